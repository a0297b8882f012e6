#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace casedesk::i18n {

QString languageFromArguments(const QStringList &arguments)
{
    QString language = qEnvironmentVariable("CASEDESK_LANG");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    language = language.trimmed().toLower();
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
}

bool install(QCoreApplication &app, const QString &language)
{
    // Numbers and dates follow the interface's language (1.593,1 in a Vietnamese report); English
    // as in Britain, so that a date reads day first, as everywhere else in CaseDesk (07/12/2026).
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/casedesk_") + language + QStringLiteral(".qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace casedesk::i18n
