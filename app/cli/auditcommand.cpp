#include "commands.h"

#include "core/store/auditstore.h"
#include "core/store/officerstore.h"

#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::AuditCommand)
};

} // namespace

int runAudit(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli audit verify [--anchor HASH:COUNT] [--json]\n"
               "Checks the case history's hash chain: every event against its hash and the one before it, and the chain's head.\n"
               "--anchor checks that the chain still holds an anchor printed earlier (the daily summary prints one).\n"
               "Exit 1 names the first broken event."));
    const QCommandLineOption anchorOption(QStringLiteral("anchor"), Tr::tr("An anchor printed on a daily summary: HASH:COUNT."),
                                          QStringLiteral("HASH:COUNT"));
    if (auto code = context.parse(parser, {anchorOption}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("audit: say what to do: \"verify\"."));
    if (args.constFirst() != QLatin1String("verify"))
        return context.usageError(Tr::tr("audit: unknown action \"%1\"; there is \"verify\".").arg(args.constFirst()));
    if (args.size() > 1)
        return context.usageError(Tr::tr("audit verify takes no argument besides its options (\"%1\").").arg(args.at(1)));
    std::optional<store::ChainHead> anchor;
    if (parser.isSet(anchorOption)) {
        anchor = store::ChainHead::fromAnchorText(parser.value(anchorOption));
        if (!anchor)
            return context.usageError(Tr::tr("--anchor takes HASH:COUNT (64 hexadecimal digits, a colon, a number), as printed on a daily "
                                             "summary, not \"%1\".")
                                          .arg(parser.value(anchorOption)));
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    // On a server its own login (its owner, a sync host) reads the whole chain without an
    // officer's sign-in; an officer's login has the server read it (AuditStore says how).
    bool serverLogin = false;
    if ((*db)->isShared() && context.officerName().isEmpty()) {
        auto mayOpen = store::OfficerStore(**db).mayWorkWithoutOfficers();
        if (!mayOpen)
            return context.fail(mayOpen.error().message);
        serverLogin = *mayOpen;
    }
    if (!serverLogin) {
        if (auto signedIn = context.signIn(); !signedIn)
            return signedIn.error();
    }
    store::AuditStore audit(**db);
    auto report = audit.verify(anchor);
    if (!report)
        return context.fail(report.error().message);
    const store::AuditReport &r = *report;

    if (context.json()) {
        QJsonObject o {
            {QStringLiteral("ok"), r.ok()},
            {QStringLiteral("events"), r.eventCount},
            {QStringLiteral("head"), r.headHash},
            {QStringLiteral("anchor"), QString(r.headHash + QLatin1Char(':') + QString::number(r.eventCount))},
            {QStringLiteral("problem"), r.ok() ? QJsonValue() : QJsonValue(store::AuditReport::problemKey(r.problem))},
            {QStringLiteral("message"), r.ok() ? QJsonValue() : QJsonValue(r.message)},
        };
        if (r.brokenEventId > 0) {
            o.insert(QStringLiteral("first_broken_event"),
                     QJsonObject {
                         {QStringLiteral("id"), r.brokenEventId},
                         {QStringLiteral("case"), r.brokenCaseCode.isEmpty() ? QJsonValue() : QJsonValue(r.brokenCaseCode)},
                     });
        }
        if (anchor) {
            o.insert(QStringLiteral("anchor_checked"), anchor->anchorText());
            o.insert(QStringLiteral("anchor_found"), r.anchorFound);
        }
        context.outJson(QJsonDocument(o));
        return r.ok() ? ExitOk : ExitFailure;
    }
    if (!r.ok())
        return context.fail(r.message);
    context.out(Tr::tr("The case history is intact: %n event(s), each matching its hash and the one before it.", nullptr, int(r.eventCount)));
    context.out(Tr::tr("Anchor now: %1").arg(r.headHash + QLatin1Char(':') + QString::number(r.eventCount)));
    if (anchor)
        context.out(Tr::tr("The anchor %1 is on the chain.").arg(anchor->anchorText()));
    return ExitOk;
}

} // namespace casedesk::cli
