#include "commands.h"

#include "core/store/unitstore.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>

namespace casedesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::DemoCommand)
};
} // namespace

int runDemo(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli demo [--data-dir DIR]: fills a fresh data folder for a demonstration."));
    if (auto code = context.parse(parser, {}))
        return *code;
    if (context.positionals(parser, 1).size() > 0)
        return context.usageError(Tr::tr("demo takes no argument."));

    const QString dir = context.dataDir();
    if (QDir(dir).exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        return context.fail(Tr::tr("The demo needs a new or empty data folder; %1 already holds data.").arg(dir));
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    store::UnitStore units(**db);
    const int unitCount = units.count();
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("data_dir"), dir},
            {QStringLiteral("units"), unitCount},
        }));
    } else {
        context.out(Tr::tr("Demo data folder: %1").arg(dir));
        context.out(Tr::tr("Loaded the unit tree: %1 units.").arg(unitCount));
    }
    return ExitOk;
}

} // namespace casedesk::cli
