// casedesk-cli approval: which answers wait for an editor before they reach Zalo.
#include "casejson.h"
#include "commands.h"

#include "core/common/terminaltext.h"
#include "core/domain/category.h"
#include "core/domain/unit.h"
#include "core/store/approvalpolicystore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::ApprovalCommand)
};

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

QStringList levelKeys()
{
    QStringList keys;
    for (const domain::UnitLevel level :
         {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune})
        keys << domain::unitLevelKey(level);
    return keys;
}

int list(CliContext &context, store::Database &db)
{
    auto rules = store::ApprovalPolicyStore(db).list();
    if (!rules)
        return context.fail(rules.error().message);
    if (context.json()) {
        QJsonArray rows;
        for (const store::ApprovalRule &r : std::as_const(*rules))
            rows.append(QJsonObject {
                {option("category"), domain::categoryKey(r.category)},
                {option("level"), domain::unitLevelKey(r.level)},
                {option("set_at"), timeJson(r.setAt)},
                {option("set_by"), r.setBy},
            });
        context.outJson(QJsonDocument(QJsonObject {{option("approval"), rows}}));
        return ExitOk;
    }
    if (rules->isEmpty()) {
        context.out(Tr::tr("No answer needs an editor's approval: every answer is queued for sending at once."));
        return ExitOk;
    }
    context.out(Tr::tr("Answers that wait for an editor's approval before they are sent:"));
    for (const store::ApprovalRule &r : std::as_const(*rules))
        context.out(Tr::tr("  %1 at %2 level (set by %3)")
                        .arg(domain::categoryName(r.category), domain::unitLevelName(r.level), terminaltext::line(r.setBy)));
    return ExitOk;
}

} // namespace

int runApproval(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli approval set --category C --level L on|off\n"
                                            "casedesk-cli approval list [--json]\n"
                                            "Which answers wait for an editor's approval before they reach Zalo: a policy per category "
                                            "and level of the case's unit, off unless set. Editors' own answers are never held. "
                                            "Administrators change it; in a shared database it holds for the whole province."));
    const QCommandLineOption category(option("category"), Tr::tr("%1.").arg(domain::categoryKeys().join(QStringLiteral(", "))), option("C"));
    const QCommandLineOption level(option("level"), Tr::tr("The level of the case's current unit: %1.").arg(levelKeys().join(QStringLiteral(", "))),
                                   option("L"));
    if (auto code = context.parse(parser, {category, level}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    const QString action = args.value(0);
    const bool listing = action == QLatin1String("list") && args.size() == 1;
    if (!listing && action != QLatin1String("set"))
        return context.usageError(Tr::tr("approval: say what to do: set or list."));
    // Everything is checked before the database is opened: bad input changes nothing.
    std::optional<domain::Category> c;
    std::optional<domain::UnitLevel> l;
    if (!listing) {
        if (args.size() != 2 || (args.at(1) != QLatin1String("on") && args.at(1) != QLatin1String("off")))
            return context.usageError(Tr::tr("approval set ends with on or off: approval set --category C --level L on."));
        c = domain::categoryFromKey(parser.value(category));
        if (!c)
            return context.usageError(Tr::tr("approval set needs --category, one of %1 (not \"%2\").")
                                          .arg(domain::categoryKeys().join(QStringLiteral(", ")), parser.value(category)));
        l = domain::unitLevelFromKey(parser.value(level));
        if (!l)
            return context.usageError(
                Tr::tr("approval set needs --level, one of %1 (not \"%2\").").arg(levelKeys().join(QStringLiteral(", ")), parser.value(level)));
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    auto scope = context.signInFor(domain::Permission::Administer);
    if (!scope)
        return scope.error();
    if (listing)
        return list(context, **db);
    const bool required = args.at(1) == QLatin1String("on");
    auto changed = store::ApprovalPolicyStore(**db).set(*c, *l, required, scope->officer, QDateTime::currentMSecsSinceEpoch());
    if (!changed)
        return context.fail(changed.error().message);
    const QString what = required ? Tr::tr("Answers to %1 from %2-level units now wait for an editor's approval.")
                                  : Tr::tr("Answers to %1 from %2-level units are sent without approval.");
    context.out(what.arg(domain::categoryName(*c), domain::unitLevelName(*l))
                + (*changed ? QString() : QLatin1Char(' ') + Tr::tr("(It already was so: nothing changed.)")));
    return ExitOk;
}

} // namespace casedesk::cli
