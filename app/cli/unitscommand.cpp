#include "commands.h"

#include "core/common/terminaltext.h"

#include "core/domain/officetime.h"
#include "core/domain/reorganisation.h"
#include "core/domain/unittreefile.h"
#include "core/store/reorganisationstore.h"
#include "core/store/unitstore.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::UnitsCommand)
};

/// The tree of today (@p includeClosed: closed units too), or of the day @p at.
int listUnits(CliContext &context, bool includeClosed, const QDate &at)
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (auto signedIn = context.signIn(); !signedIn)
        return signedIn.error();
    store::UnitStore store(**db);
    auto units = at.isValid() ? store.listAt(at) : store.list(includeClosed);
    if (!units)
        return context.fail(units.error().message);

    if (context.json()) {
        QJsonArray array;
        for (const domain::Unit &u : *units) {
            QJsonObject o {
                {QStringLiteral("id"), u.id},
                {QStringLiteral("parent"), u.parentId.isEmpty() ? QJsonValue() : QJsonValue(u.parentId)},
                {QStringLiteral("level"), domain::unitLevelKey(u.level)},
                {QStringLiteral("name"), u.name},
                {QStringLiteral("path"), u.path},
            };
            if (u.validFrom.isValid())
                o.insert(QStringLiteral("valid_from"), u.validFrom.toString(Qt::ISODate));
            if (u.validTo.isValid())
                o.insert(QStringLiteral("valid_to"), u.validTo.toString(Qt::ISODate));
            array.append(o);
        }
        context.outJson(QJsonDocument(QJsonObject {{QStringLiteral("units"), array}}));
        return ExitOk;
    }
    int idWidth = 2;
    for (const domain::Unit &u : *units)
        idWidth = std::max(idWidth, int(terminaltext::line(u.id).size()));
    context.out(QStringLiteral("%1  %2  %3").arg(Tr::tr("ID"), -idWidth).arg(Tr::tr("Level"), -12).arg(Tr::tr("Unit")));
    for (const domain::Unit &u : *units) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(terminaltext::line(u.id), -idWidth)
                           .arg(domain::unitLevelName(u.level), -12)
                           .arg(terminaltext::line(u.path));
        if (u.isClosed() && (!at.isValid() || u.validTo <= at))
            line += QLatin1Char(' ') + Tr::tr("(closed %1)").arg(u.validTo.toString(Qt::ISODate));
        else if (u.isClosed())
            line += QLatin1Char(' ') + Tr::tr("(until %1)").arg(u.validTo.addDays(-1).toString(Qt::ISODate));
        context.out(line);
    }
    return ExitOk;
}

int importUnits(CliContext &context, const QString &fileName)
{
    // Check the whole file before touching the store: a refused file changes nothing.
    auto units = domain::UnitTreeFile::read(fileName);
    if (!units)
        return context.fail(Tr::tr("%1 was refused, nothing was changed: %2").arg(fileName, units.error().message));
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (auto signedIn = context.signInFor(domain::Permission::Administer); !signedIn)
        return signedIn.error();
    store::UnitStore store(**db);
    // The office's day: what a renamed unit was stays its name for the days before this one.
    auto summary = store.importTree(*units, domain::officeDateTime(QDateTime::currentMSecsSinceEpoch()).date());
    if (!summary)
        return context.fail(Tr::tr("%1 was refused, nothing was changed: %2").arg(fileName, summary.error().message));
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("added"), summary->added},
            {QStringLiteral("updated"), summary->updated},
            {QStringLiteral("closed"), summary->closed},
            {QStringLiteral("unchanged"), summary->unchanged},
        }));
    } else {
        context.out(Tr::tr("Imported %1: %2 added, %3 updated, %4 closed, %5 unchanged.")
                        .arg(fileName)
                        .arg(summary->added)
                        .arg(summary->updated)
                        .arg(summary->closed)
                        .arg(summary->unchanged));
    }
    return ExitOk;
}

QJsonArray unitLines(const QVector<store::ReorganisationPlan::UnitLine> &lines, const char *detailKey)
{
    QJsonArray out;
    for (const auto &l : lines)
        out.append(QJsonObject {{QStringLiteral("unit"), l.id}, {QStringLiteral("name"), l.name}, {QString::fromLatin1(detailKey), l.detail}});
    return out;
}

int reorganiseUnits(CliContext &context, const QString &fileName, bool dryRun)
{
    // The whole file is read and checked against the tree before anything changes.
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Tr::tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    auto reorganisation = domain::Reorganisation::fromJson(file.readAll(), fileName);
    if (!reorganisation)
        return context.fail(Tr::tr("%1 was refused, nothing was changed: %2").arg(fileName, reorganisation.error().message));
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    auto signedIn = context.signInFor(domain::Permission::Administer);
    if (!signedIn)
        return signedIn.error();
    store::ReorganisationStore store(**db);
    auto plan = dryRun ? store.plan(*reorganisation) : store.apply(*reorganisation, signedIn->officer, QDateTime::currentMSecsSinceEpoch());
    if (!plan)
        return context.fail(Tr::tr("%1 was refused, nothing was changed: %2").arg(fileName, plan.error().message));
    if (context.json()) {
        QJsonArray cases;
        for (const auto &c : plan->cases)
            cases.append(QJsonObject {
                {QStringLiteral("code"), c.code}, {QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to}, {QStringLiteral("open"), c.open}});
        QJsonArray accounts;
        for (const auto &a : plan->accounts)
            accounts.append(QJsonObject {{QStringLiteral("oa_id"), a.oaId},
                                         {QStringLiteral("from"), a.from},
                                         {QStringLiteral("to"), a.to.isEmpty() ? QJsonValue() : QJsonValue(a.to)},
                                         {QStringLiteral("disabled"), a.to.isEmpty()}});
        QJsonArray officers;
        for (const auto &o : plan->officers)
            officers.append(QJsonObject {{QStringLiteral("name"), o.name}, {QStringLiteral("from"), o.from}, {QStringLiteral("to"), o.to}});
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("effective"), reorganisation->effective.toString(Qt::ISODate)},
            {QStringLiteral("title"), reorganisation->title},
            {QStringLiteral("created"), unitLines(plan->created, "parent")},
            {QStringLiteral("renamed"), unitLines(plan->renamed, "new_name")},
            {QStringLiteral("moved"), unitLines(plan->moved, "parent")},
            {QStringLiteral("closed"), unitLines(plan->closed, "successors")},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("officers"), officers},
        }));
        return ExitOk;
    }
    context.out(dryRun ? Tr::tr("%1 (from %2) would change, if applied:").arg(reorganisation->title, reorganisation->effective.toString(Qt::ISODate))
                       : Tr::tr("%1 (from %2) is applied:").arg(reorganisation->title, reorganisation->effective.toString(Qt::ISODate)));
    context.out(Tr::tr("Units: %1 created, %2 renamed, %3 moved, %4 closed.")
                    .arg(plan->created.size())
                    .arg(plan->renamed.size())
                    .arg(plan->moved.size())
                    .arg(plan->closed.size()));
    for (const auto &c : plan->closed)
        context.out(Tr::tr("  closed %1 %2 → %3").arg(c.id, terminaltext::line(c.name), c.detail));
    int open = 0;
    for (const auto &c : plan->cases)
        open += c.open ? 1 : 0;
    context.out(Tr::tr("Cases moved to successors: %1 (%2 open, %3 opened there since the effective date).")
                    .arg(plan->cases.size())
                    .arg(open)
                    .arg(plan->cases.size() - open));
    int disabled = 0;
    for (const auto &a : plan->accounts)
        disabled += a.to.isEmpty() ? 1 : 0;
    context.out(Tr::tr("Zalo accounts: %1 moved, %2 disabled. Officers moved: %3.")
                    .arg(plan->accounts.size() - disabled)
                    .arg(disabled)
                    .arg(plan->officers.size()));
    if (dryRun)
        context.out(Tr::tr("Nothing was changed (--dry-run)."));
    return ExitOk;
}

} // namespace

int runUnits(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli units list [--all | --at YYYY-MM-DD] [--json]\ncasedesk-cli units import "
                                            "FILE\ncasedesk-cli units reorganise FILE [--dry-run] [--json]"));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Also list closed units."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Say what a reorganisation would change, and change nothing."));
    const QCommandLineOption at(QStringLiteral("at"),
                                Tr::tr("List the tree of that day: the units that existed then, under the parents and with the names they had."),
                                Tr::tr("YYYY-MM-DD"));
    if (auto code = context.parse(parser, {all, dryRun, at}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("units: say \"list\", \"import FILE\" or \"reorganise FILE\"."));
    if (args.constFirst() == QLatin1String("list")) {
        if (args.size() != 1)
            return context.usageError(Tr::tr("units list takes no argument."));
        QDate day;
        if (parser.isSet(at)) {
            day = QDate::fromString(parser.value(at), Qt::ISODate);
            if (!day.isValid())
                return context.usageError(Tr::tr("--at needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(at)));
            if (parser.isSet(all))
                return context.usageError(Tr::tr("--all and --at do not go together: the tree of a day holds the units that existed then."));
        }
        return listUnits(context, parser.isSet(all), day);
    }
    if (args.constFirst() == QLatin1String("import")) {
        if (args.size() != 2)
            return context.usageError(Tr::tr("units import takes one FILE."));
        return importUnits(context, args.at(1));
    }
    if (args.constFirst() == QLatin1String("reorganise")) {
        if (args.size() != 2)
            return context.usageError(Tr::tr("units reorganise takes one FILE."));
        return reorganiseUnits(context, args.at(1), parser.isSet(dryRun));
    }
    return context.usageError(Tr::tr("units: unknown subcommand \"%1\".").arg(args.constFirst()));
}

} // namespace casedesk::cli
