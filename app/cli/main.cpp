#include "app/cli/commands.h"

#include "core/common/logging.h"
#include "translations/translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.push_back(QString::fromLocal8Bit(argv[i]));
    // Only `report … --format pdf` draws (Qt Gui, Charts), headless on the offscreen platform;
    // every other command runs on a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (casedesk::cli::needsGuiApplication(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    casedesk::setQuietLogging();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    casedesk::i18n::install(*app, casedesk::i18n::languageFromArguments(arguments));
    return casedesk::cli::runCli(arguments);
}
