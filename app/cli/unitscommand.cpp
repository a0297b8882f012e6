#include "commands.h"

#include "core/common/terminaltext.h"

#include "core/domain/unittreefile.h"
#include "core/store/unitstore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::UnitsCommand)
};

int listUnits(CliContext &context, bool includeClosed)
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (auto signedIn = context.signIn(); !signedIn)
        return signedIn.error();
    store::UnitStore store(**db);
    auto units = store.list(includeClosed);
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
        if (u.isClosed())
            line += QLatin1Char(' ') + Tr::tr("(closed %1)").arg(u.validTo.toString(Qt::ISODate));
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
    auto summary = store.importTree(*units, QDate::currentDate());
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

} // namespace

int runUnits(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli units list [--all] [--json]\ncasedesk-cli units import FILE"));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Also list closed units."));
    if (auto code = context.parse(parser, {all}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("units: say \"list\" or \"import FILE\"."));
    if (args.constFirst() == QLatin1String("list")) {
        if (args.size() != 1)
            return context.usageError(Tr::tr("units list takes no argument."));
        return listUnits(context, parser.isSet(all));
    }
    if (args.constFirst() == QLatin1String("import")) {
        if (args.size() != 2)
            return context.usageError(Tr::tr("units import takes one FILE."));
        return importUnits(context, args.at(1));
    }
    return context.usageError(Tr::tr("units: unknown subcommand \"%1\".").arg(args.constFirst()));
}

} // namespace casedesk::cli
