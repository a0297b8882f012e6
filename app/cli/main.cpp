#include "app/cli/commands.h"

#include "translations/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    casedesk::i18n::install(app, casedesk::i18n::languageFromArguments(arguments));
    return casedesk::cli::runCli(arguments);
}
