#include "commands.h"

#include "core/common/datafolder.h"
#include "core/domain/unittreefile.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::DatabaseCommand)
};

int runInit(CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &unitsOption)
{
    const QString url = DataFolder::databaseAddress();
    if (url.isEmpty())
        return context.usageError(Tr::tr("database init works on the province's server: give its address with --database URL "
                                         "(or CASEDESK_DATABASE). A single PC's file needs no init: CaseDesk creates and upgrades it."));
    std::optional<QVector<domain::Unit>> tree;
    if (parser.isSet(unitsOption)) {
        auto read = domain::UnitTreeFile::read(parser.value(unitsOption));
        if (!read)
            return context.fail(read.error().message);
        tree = *read;
    }
    // The schema before: a client's open refuses an old one, so ask the server itself.
    int before = 0;
    if (auto probe = store::Database::initialize(url, 0); probe)
        before = probe->userVersion();
    else
        return context.fail(probe.error().message);
    auto db = store::Database::initialize(url);
    if (!db)
        return context.fail(db.error().message);
    store::UnitStore units(*db);
    int added = 0;
    if (tree) {
        auto summary = units.importTree(*tree, QDate::currentDate());
        if (!summary)
            return context.fail(summary.error().message);
        added = summary->added;
    } else {
        const int had = units.count();
        if (auto seeded = units.seedIfEmpty(QDate::currentDate()); !seeded)
            return context.fail(Tr::tr("Cannot load the shipped unit tree: %1").arg(seeded.error().message));
        added = units.count() - had;
    }
    const int after = db->userVersion();
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {{QStringLiteral("schema_before"), before},
                                                   {QStringLiteral("schema"), after},
                                                   {QStringLiteral("units"), units.count()},
                                                   {QStringLiteral("units_added"), added}}));
    } else if (before == after) {
        context.out(Tr::tr("The database is at schema %1 already; %2 units (%3 added).").arg(after).arg(units.count()).arg(added));
    } else {
        context.out(
            Tr::tr("The database was upgraded from schema %1 to %2; %3 units (%4 added).").arg(before).arg(after).arg(units.count()).arg(added));
    }
    return ExitOk;
}

} // namespace

int runDatabase(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli --database URL database init [--units FILE] [--json]\n"
                                            "Creates or upgrades the schema of the province's PostgreSQL database and loads the unit tree "
                                            "(the shipped one, or FILE). Only this command changes a server's schema: every PC refuses a "
                                            "database whose schema is older or newer than its own."));
    const QCommandLineOption unitsOption(QStringLiteral("units"), Tr::tr("A unit tree file (JSON) to load instead of the shipped one."),
                                         QStringLiteral("FILE"));
    if (auto code = context.parse(parser, {unitsOption}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("database: say what to do: \"init\"."));
    if (args.constFirst() == QLatin1String("init")) {
        if (args.size() > 1)
            return context.usageError(Tr::tr("database init takes no argument besides its options (\"%1\").").arg(args.at(1)));
        return runInit(context, parser, unitsOption);
    }
    return context.usageError(Tr::tr("database: unknown action \"%1\"; there is \"init\".").arg(args.constFirst()));
}

} // namespace casedesk::cli
