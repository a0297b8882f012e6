#include "commands.h"

#include "core/common/terminaltext.h"
#include "core/domain/unit.h"
#include "core/store/officerstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::OfficersCommand)
};

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

QString rolesForPeople(const QSet<domain::Role> &roles)
{
    QStringList names;
    for (const QString &key : domain::roleKeys()) {
        if (roles.contains(*domain::roleFromKey(key)))
            names << domain::roleName(*domain::roleFromKey(key));
    }
    return names.join(QStringLiteral(", "));
}

QJsonObject officerJson(const store::OfficerRecord &o, qint64 now)
{
    QJsonArray roles;
    for (const QString &key : store::OfficerStore::rolesText(o.roles).split(QLatin1Char(',')))
        roles.append(key);
    return {
        {option("id"), o.id},
        {option("name"), o.name},
        {option("roles"), roles},
        {option("unit"), o.unitId},
        {option("can_reveal"), o.canReveal},
        {option("enabled"), o.enabled()},
        {option("locked"), o.lockedUntil > now},
        {option("created_at"), QDateTime::fromMSecsSinceEpoch(o.createdAt, Qt::UTC).toString(Qt::ISODate)},
        {option("created_by"), o.createdBy},
    };
}

/// The new password from --new-password-file (read after the sign-in's, when both come from stdin).
Expected<QByteArray, int> newPassword(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(option("new-password-file")))
        return context.usageError(Tr::tr("Give the new password with --new-password-file FILE|- (never on the command line)."));
    auto read = context.readSecret(parser.value(option("new-password-file")), Tr::tr("new password"));
    if (!read)
        return context.fail(read.error().message);
    return *read;
}

int add(CliContext &context, const QCommandLineParser &parser, store::Database &db)
{
    store::NewOfficer o;
    o.name = parser.value(option("name"));
    if (o.name.trimmed().isEmpty())
        return context.usageError(Tr::tr("officers add needs --name NAME."));
    const auto roles = store::OfficerStore::rolesFromText(parser.value(option("role")));
    if (!roles)
        return context.usageError(Tr::tr("--role takes one or more of %1, separated by commas, not \"%2\".")
                                      .arg(domain::roleKeys().join(QStringLiteral(", ")), parser.value(option("role"))));
    o.roles = *roles;
    o.unitId = parser.value(option("unit"));
    if (o.unitId.isEmpty())
        return context.usageError(Tr::tr("officers add needs --unit ID (see casedesk-cli units list)."));
    o.canReveal = parser.isSet(option("can-reveal"));

    store::OfficerStore officers(db);
    auto count = officers.count();
    if (!count)
        return context.fail(count.error().message);
    QString by;
    if (*count == 0) {
        // The first officer: no one can sign in yet, so it must be an administrator.
        if (!o.roles.contains(domain::Role::Admin))
            return context.fail(Tr::tr("The first officer of a data folder must be an administrator (--role admin, possibly with a case "
                                       "role: admin,editor). Nothing was changed."));
        by = o.name.simplified();
    } else {
        auto scope = context.signInFor(domain::Permission::Administer);
        if (!scope)
            return scope.error();
        by = scope->officer;
    }
    auto password = newPassword(context, parser);
    if (!password)
        return password.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto made = officers.add(o, *password, by, now);
    password->fill('\0');
    if (!made)
        return context.fail(Tr::tr("The officer was not added: %1").arg(made.error().message));
    if (context.json()) {
        context.outJson(QJsonDocument(officerJson(*made, now)));
        return ExitOk;
    }
    context.out(Tr::tr("%1 is now an officer of unit %2: %3%4.")
                    .arg(terminaltext::line(made->name), made->unitId, rolesForPeople(made->roles),
                         made->canReveal ? Tr::tr(", may reveal informants") : QString()));
    if (*count == 0)
        context.out(Tr::tr("Sign-in is now enabled: every command and the window ask who you are."));
    return ExitOk;
}

int list(CliContext &context, store::Database &db)
{
    auto scope = context.signInFor(domain::Permission::Administer);
    if (!scope)
        return scope.error();
    auto all = store::OfficerStore(db).list();
    if (!all)
        return context.fail(all.error().message);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (context.json()) {
        QJsonArray rows;
        for (const store::OfficerRecord &o : *all)
            rows.append(officerJson(o, now));
        context.outJson(QJsonDocument(QJsonObject {{option("officers"), rows}}));
        return ExitOk;
    }
    if (all->isEmpty()) {
        context.out(Tr::tr("No officers: sign-in is not enabled in this data folder."));
        return ExitOk;
    }
    for (const store::OfficerRecord &o : *all) {
        QString state = o.enabled() ? Tr::tr("enabled") : Tr::tr("disabled");
        if (o.lockedUntil > now)
            state = Tr::tr("locked until %1").arg(QDateTime::fromMSecsSinceEpoch(o.lockedUntil).toString(QStringLiteral("HH:mm")));
        context.out(QStringLiteral("%1\t%2\t%3\t%4%5")
                        .arg(terminaltext::line(o.name), rolesForPeople(o.roles), o.unitId, state,
                             o.canReveal ? QStringLiteral("\t") + Tr::tr("may reveal informants") : QString()));
    }
    return ExitOk;
}

int disable(CliContext &context, store::Database &db, const QString &name)
{
    auto scope = context.signInFor(domain::Permission::Administer);
    if (!scope)
        return scope.error();
    if (auto r = store::OfficerStore(db).disable(name, scope->officer, QDateTime::currentMSecsSinceEpoch()); !r)
        return context.fail(Tr::tr("%1 Nothing was changed.").arg(r.error().message));
    context.out(Tr::tr("%1 is disabled: they can no longer sign in; their history stays.").arg(terminaltext::line(name)));
    return ExitOk;
}

int password(CliContext &context, const QCommandLineParser &parser, store::Database &db, const QString &name)
{
    auto scope = context.signIn();
    if (!scope)
        return scope.error();
    // An administrator sets anyone's; an officer their own.
    const bool own = store::OfficerStore::nameKey(name) == store::OfficerStore::nameKey(scope->officer) && scope->signedIn();
    if (!own && !scope->may(domain::Permission::Administer))
        return context.fail(scope->refusal(domain::Permission::Administer));
    auto fresh = newPassword(context, parser);
    if (!fresh)
        return fresh.error();
    auto r = store::OfficerStore(db).setPassword(name, *fresh, scope->officer, QDateTime::currentMSecsSinceEpoch());
    fresh->fill('\0');
    if (!r)
        return context.fail(Tr::tr("The password was not changed: %1").arg(r.error().message));
    context.out(Tr::tr("The password of %1 is changed.").arg(terminaltext::line(name)));
    return ExitOk;
}

} // namespace

int runOfficers(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli officers add --name NAME --role ROLE[,ROLE] --unit ID [--can-reveal] --new-password-file FILE|-\n"
               "casedesk-cli officers list [--json]\n"
               "casedesk-cli officers disable NAME\n"
               "casedesk-cli officers password NAME --new-password-file FILE|-\n"
               "Who may sign in, with which roles (%1) and unit. The first officer of a data folder is an administrator and is added "
               "without signing in; after that every command needs sign-in, and only an administrator manages officers.")
            .arg(domain::roleKeys().join(QStringLiteral(", "))));
    const QList<QCommandLineOption> own {
        QCommandLineOption(option("name"), Tr::tr("officers add: the officer's name as shown in histories."), option("NAME")),
        QCommandLineOption(option("role"), Tr::tr("officers add: one or more roles, separated by commas."), option("ROLE")),
        QCommandLineOption(option("unit"), Tr::tr("officers add: the officer's unit."), option("ID")),
        QCommandLineOption(option("can-reveal"), Tr::tr("officers add: may reveal who reported a crime (each reveal logged with a reason).")),
        QCommandLineOption(option("new-password-file"), Tr::tr("The new password: the first line of FILE, or of standard input with -."),
                           option("FILE|-")),
    };
    if (auto code = context.parse(parser, own))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("officers: say what to do: add, list, disable or password."));
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    const QString action = args.constFirst();
    if (action == QLatin1String("add") && args.size() == 1)
        return add(context, parser, **db);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, **db);
    if (action == QLatin1String("disable") && args.size() == 2)
        return disable(context, **db, args.at(1));
    if (action == QLatin1String("password") && args.size() == 2)
        return password(context, parser, **db, args.at(1));
    if (QStringList {option("disable"), option("password")}.contains(action))
        return context.usageError(Tr::tr("officers %1 takes the officer's name: officers %1 NAME.").arg(action));
    return context.usageError(Tr::tr("officers: unknown action \"%1\"; there are add, list, disable and password.").arg(args.join(QLatin1Char(' '))));
}

} // namespace casedesk::cli
