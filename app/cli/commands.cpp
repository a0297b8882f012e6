#include "commands.h"

#include <QCoreApplication>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::Commands)
};

QString usage()
{
    QString text = Tr::tr("Usage: casedesk-cli [GLOBAL OPTIONS] COMMAND [ARGS]") + QLatin1Char('\n') + QLatin1Char('\n') + Tr::tr("Commands:")
        + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name), -12)
                    .arg(QCoreApplication::translate("casedesk::cli::Commands", c.summary));
    text += QLatin1Char('\n') + Tr::tr("Global options:") + QLatin1Char('\n');
    for (const QCommandLineOption &o : globalOptions()) {
        QString name = QStringLiteral("--") + o.names().constFirst();
        if (!o.valueName().isEmpty())
            name += QLatin1Char(' ') + o.valueName();
        text += QStringLiteral("  %1  %2\n").arg(name, -24).arg(o.description());
    }
    text += QLatin1Char('\n') + Tr::tr("\"casedesk-cli COMMAND --help\" describes one command.");
    return text;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {"units", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "List or import the unit tree."), &runUnits},
        {"accounts", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Connect units' Zalo accounts or list them."), &runAccounts},
        {"sync", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Copy every connected unit's Zalo inbox into the data folder."), &runSync},
        {"demo", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Build a demo data folder and say what it holds."), &runDemo},
        {"queue", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "List the triage queue: filter by category, level, unit, status, officer or words."),
         &runQueue},
        {"case",
         QT_TRANSLATE_NOOP("casedesk::cli::Commands",
                           "Show one case or act on it: reply, categorize, assign, note, forward, escalate, accept, return, close, reopen, reveal, "
                           "approve, reject-answer."),
         &runCase},
        {"classify", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Sort messages read from standard input into categories, one line each."),
         &runClassify},
        {"simulator", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Play Zalo (OA API and OAuth) on this computer for demos, training and tests."),
         &runSimulator},
        {"report", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Write the daily summary or a period report (PDF, HTML, JSON, CSV) of a unit."),
         &runReport},
        {"database",
         QT_TRANSLATE_NOOP("casedesk::cli::Commands", "The province's PostgreSQL database: init, migrate-to (move a folder in), settings."),
         &runDatabase},
        {"officers", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Who may sign in: add, list, disable officers, set a password."), &runOfficers},
        {"audit", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Check that the case history was not changed (its hash chain)."), &runAudit},
        {"approval", QT_TRANSLATE_NOOP("casedesk::cli::Commands", "Which answers wait for an editor's approval: set per category and level, list."),
         &runApproval},
    };
    return all;
}

int runCli(const QStringList &arguments)
{
    CliContext context(arguments);
    const QStringList words = context.arguments();
    if (words.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version"))) {
            context.out(QStringLiteral("casedesk-cli ") + QCoreApplication::applicationVersion());
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            context.out(usage());
            return ExitOk;
        }
        context.err(usage());
        return ExitUsage;
    }
    for (const Command &c : commands()) {
        if (words.constFirst() == QLatin1String(c.name))
            return c.run(context);
    }
    return context.usageError(Tr::tr("Unknown command \"%1\".").arg(words.constFirst()));
}

} // namespace casedesk::cli
