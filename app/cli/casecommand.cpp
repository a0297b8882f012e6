#include "casejson.h"
#include "commands.h"

#include "core/common/clock.h"
#include "core/domain/caseevent.h"
#include "core/domain/officetime.h"
#include "core/domain/replywindow.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/outboxstore.h"
#include "core/store/templatestore.h"
#include "core/store/unitstore.h"
#include "core/sync/synccontext.h"
#include "core/triage/triageengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::CaseCommand)
};

using store::ActionError;

int refusal(CliContext &context, const ActionError &error, const QString &caseKey)
{
    QString message = error.message;
    if (error.code == ActionError::Code::NeedsBilledConfirmation)
        message += QLatin1Char(' ') + Tr::tr("Add --confirm-billed to queue it anyway.");
    else if (error.code == ActionError::Code::ChangedSinceShown)
        message += QLatin1Char(' ') + Tr::tr("Run \"casedesk-cli case show %1\" to see it, then add --confirm-changed.").arg(caseKey);
    return context.fail(message);
}

QString unitName(store::Database &db, const QString &id)
{
    store::UnitStore units(db);
    auto u = units.find(id);
    return u ? u->name : id;
}

QString unitPath(store::Database &db, const QString &id)
{
    store::UnitStore units(db);
    auto u = units.find(id);
    return u ? u->path : id;
}

int show(CliContext &context, store::Database &db, const domain::OfficerScope &scope, const Clock &clock, qint64 caseId)
{
    store::CaseStore cases(db);
    auto d = cases.detail(scope, caseId);
    if (!d)
        return context.fail(d.error().message);
    if (auto r = cases.markShown(scope, caseId, d->summary.version, clock.nowMs()); !r)
        return context.fail(r.error().message);
    const domain::CaseSummary &c = d->summary;
    const qint64 now = clock.nowMs();

    if (context.json()) {
        QJsonObject o = caseJson(c, now);
        o.insert(QStringLiteral("unit_path"), unitPath(db, c.unitId));
        QJsonArray messages;
        for (const domain::MessageRecord &m : d->messages) {
            messages.append(QJsonObject {
                {QStringLiteral("message_id"), m.messageId},
                {QStringLiteral("direction"), m.incoming ? QStringLiteral("in") : QStringLiteral("out")},
                {QStringLiteral("time"), timeJson(m.sentAt)},
                {QStringLiteral("type"), m.type},
                {QStringLiteral("text"), m.text},
            });
        }
        QJsonArray events;
        for (const domain::CaseEvent &e : d->events) {
            events.append(QJsonObject {
                {QStringLiteral("at"), timeJson(e.at)},
                {QStringLiteral("officer"), e.officer},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("detail"), e.detail},
            });
        }
        QJsonArray outbox;
        for (const domain::OutboxItem &item : d->outbox) {
            outbox.append(QJsonObject {
                {QStringLiteral("id"), item.id},
                {QStringLiteral("state"), item.state},
                {QStringLiteral("text"), item.text},
                {QStringLiteral("error"), optionalText(item.error)},
                {QStringLiteral("attempts"), item.attempts},
                {QStringLiteral("message_id"), optionalText(item.messageId)},
                {QStringLiteral("quote_message_id"), optionalText(item.quoteMessageId)},
                {QStringLiteral("officer"), item.officer},
                {QStringLiteral("created_at"), timeJson(item.createdAt)},
            });
        }
        o.insert(QStringLiteral("messages"), messages);
        o.insert(QStringLiteral("events"), events);
        o.insert(QStringLiteral("outbox"), outbox);
        context.outJson(QJsonDocument(o));
        return ExitOk;
    }

    const domain::ReplyWindow w = domain::replyWindowAt(c.lastCitizenAt, now);
    context.out(
        QStringLiteral("%1  %2%3").arg(c.code, domain::categoryName(c.category), c.urgent ? QStringLiteral(" · ") + Tr::tr("URGENT") : QString()));
    context.out(Tr::tr("Status:     %1").arg(domain::caseStatusName(c.status)));
    // What came from citizens, Zalo or other officers is printed inert (terminaltext.h).
    context.out(Tr::tr("Unit:       %1").arg(terminaltext::line(unitPath(db, c.unitId))));
    if (!c.transferFrom.isEmpty())
        context.out(Tr::tr("From:       %1").arg(terminaltext::line(unitPath(db, c.transferFrom))));
    context.out(Tr::tr("Citizen:    %1").arg(terminaltext::line(domain::citizenForDisplay(c.reporterProtected, c.citizenName))));
    context.out(Tr::tr("Assignee:   %1").arg(c.assignee.isEmpty() ? Tr::tr("nobody") : terminaltext::line(c.assignee)));
    context.out(Tr::tr("Opened:     %1   Due: %2").arg(domain::officeDateTimeText(c.openedAt), domain::officeDateTimeText(c.dueAt)));
    context.out(Tr::tr("Zalo:       %1").arg(domain::replyWindowText(w, now)));
    context.out(QString());
    context.out(Tr::tr("Conversation:"));
    for (const domain::MessageRecord &m : d->messages) {
        const QString who = m.incoming ? Tr::tr("citizen") : Tr::tr("unit");
        const QString head = QStringLiteral("  %1  %2  [%3]  ").arg(domain::officeDateTimeText(m.sentAt), who, terminaltext::line(m.messageId));
        // Continuation lines start under the text, deeper than any row: they cannot pass for one.
        const QString body = m.text.isEmpty() ? QLatin1Char('[') + terminaltext::line(m.type) + QLatin1Char(']')
                                              : terminaltext::lines(m.text, QString(head.size(), QLatin1Char(' ')));
        context.out(head + body);
    }
    if (!d->outbox.isEmpty()) {
        context.out(QString());
        context.out(Tr::tr("Outbox:"));
        for (const domain::OutboxItem &item : d->outbox) {
            QString line = QStringLiteral("  #%1  %2  %3").arg(item.id).arg(item.state, -9).arg(terminaltext::line(item.text.left(80)));
            if (!item.error.isEmpty())
                line += QStringLiteral("  (") + terminaltext::line(item.error) + QLatin1Char(')');
            context.out(line);
        }
    }
    context.out(QString());
    context.out(Tr::tr("History:"));
    for (const domain::CaseEvent &e : d->events)
        context.out(QStringLiteral("  %1  %2  %3  %4")
                        .arg(domain::officeDateTimeText(e.at), terminaltext::line(e.officer), terminaltext::line(e.kind),
                             terminaltext::line(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)))));
    return ExitOk;
}

/// Prints the case after a successful action.
int done(CliContext &context, store::Database &db, const domain::OfficerScope &scope, const Clock &clock, qint64 caseId, const QString &said,
         QJsonObject extra = {})
{
    store::CaseStore cases(db);
    auto c = cases.summary(scope, caseId);
    if (!c) // the action moved the case out of the officer's units: report what was done
        return context.json() ? (context.outJson(QJsonDocument(extra)), int(ExitOk)) : (context.out(said), int(ExitOk));
    if (context.json()) {
        QJsonObject o = caseJson(*c, clock.nowMs());
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        context.outJson(QJsonDocument(o));
    } else {
        context.out(said);
    }
    return ExitOk;
}

} // namespace

int runCase(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli case show ID [--json]\n"
                                            "casedesk-cli case reply ID --text T [--quote MESSAGE_ID] [--confirm-billed] [--confirm-changed]\n"
                                            "casedesk-cli case categorize ID --category C\n"
                                            "casedesk-cli case assign ID --to OFFICER\n"
                                            "casedesk-cli case note ID --text T\n"
                                            "casedesk-cli case forward ID --to UNIT --reason T [--acknowledge] [--confirm-billed]\n"
                                            "casedesk-cli case escalate ID --reason T\n"
                                            "casedesk-cli case accept ID\n"
                                            "casedesk-cli case return ID --reason T\n"
                                            "casedesk-cli case close ID [--reason T]\n"
                                            "casedesk-cli case reopen ID [--reason T]\n"
                                            "casedesk-cli case reveal ID --reason T\n"
                                            "casedesk-cli case approve ID --answer OUTBOX_ID [--text T] [--confirm-billed]\n"
                                            "casedesk-cli case reject-answer ID --answer OUTBOX_ID --reason T\n"
                                            "ID is the case's number or its code (TV-2026-000123)."));
    const QCommandLineOption text(QStringLiteral("text"), Tr::tr("The answer or note."), QStringLiteral("T"));
    const QCommandLineOption quote(QStringLiteral("quote"), Tr::tr("Quote this message of the citizen."), QStringLiteral("MESSAGE_ID"));
    const QCommandLineOption confirmBilled(QStringLiteral("confirm-billed"), Tr::tr("Queue the answer although it is billed (48 h – 7 days)."));
    const QCommandLineOption confirmChanged(QStringLiteral("confirm-changed"),
                                            Tr::tr("Queue the answer although the case changed since it was last shown."));
    const QCommandLineOption category(QStringLiteral("category"), Tr::tr("crime_report, security_report, petition, procedure_question or other."),
                                      QStringLiteral("C"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("The officer (assign) or unit id (forward)."), QStringLiteral("NAME|UNIT"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why (forward, escalate, return, reveal; optional for close and reopen)."),
                                    QStringLiteral("T"));
    const QCommandLineOption acknowledge(QStringLiteral("acknowledge"), Tr::tr("Also queue an acknowledgement with the case code for the citizen."));
    const QCommandLineOption answer(QStringLiteral("answer"), Tr::tr("The held answer (its outbox number in case show) to approve or send back."),
                                    QStringLiteral("OUTBOX_ID"));
    if (auto code = context.parse(parser, {text, quote, confirmBilled, confirmChanged, category, to, reason, acknowledge, answer}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    static const QStringList subcommands = {
        QStringLiteral("show"),    QStringLiteral("reply"),    QStringLiteral("categorize"), QStringLiteral("assign"),        QStringLiteral("note"),
        QStringLiteral("forward"), QStringLiteral("escalate"), QStringLiteral("accept"),     QStringLiteral("return"),        QStringLiteral("close"),
        QStringLiteral("reopen"),  QStringLiteral("reveal"),   QStringLiteral("approve"),    QStringLiteral("reject-answer"),
    };
    if (args.isEmpty())
        return context.usageError(Tr::tr("case: say what to do: %1.").arg(subcommands.join(QStringLiteral(", "))));
    const QString sub = args.constFirst();
    if (!subcommands.contains(sub))
        return context.usageError(Tr::tr("case: unknown subcommand \"%1\".").arg(sub));
    if (args.size() != 2)
        return context.usageError(Tr::tr("case %1 takes one case id or code.").arg(sub));
    const QString caseKey = args.at(1);

    // Options each subcommand needs, checked before the store is touched.
    const auto require = [&](const QCommandLineOption &option) -> std::optional<int> {
        if (parser.isSet(option) && !parser.value(option).trimmed().isEmpty())
            return std::nullopt;
        return context.usageError(Tr::tr("case %1 needs --%2.").arg(sub, option.names().constFirst()));
    };
    std::optional<domain::Category> newCategory;
    if (sub == QLatin1String("reply") || sub == QLatin1String("note")) {
        if (auto e = require(text))
            return *e;
    } else if (sub == QLatin1String("categorize")) {
        if (auto e = require(category))
            return *e;
        newCategory = domain::categoryFromKey(parser.value(category));
        if (!newCategory)
            return context.usageError(
                Tr::tr("Unknown category \"%1\": use one of %2.").arg(parser.value(category), domain::categoryKeys().join(QStringLiteral(", "))));
    } else if (sub == QLatin1String("assign")) {
        if (auto e = require(to))
            return *e;
    } else if (sub == QLatin1String("forward")) {
        if (auto e = require(to))
            return *e;
        if (auto e = require(reason))
            return *e;
    } else if (sub == QLatin1String("escalate") || sub == QLatin1String("return") || sub == QLatin1String("reveal")) {
        if (auto e = require(reason))
            return *e;
    }
    qint64 outboxId = 0;
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject-answer")) {
        if (auto e = require(answer))
            return *e;
        if (sub == QLatin1String("reject-answer")) {
            if (auto e = require(reason))
                return *e;
        }
        bool ok = false;
        outboxId = parser.value(answer).trimmed().toLongLong(&ok);
        if (!ok || outboxId <= 0)
            return context.usageError(Tr::tr("--answer takes the answer's outbox number (see case show), not \"%1\".").arg(parser.value(answer)));
        if (parser.isSet(text) && parser.value(text).trimmed().isEmpty())
            return context.usageError(Tr::tr("--text is empty: leave it out to approve the answer as written."));
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    store::Database &database = **db;
    SystemClock clock;
    auto signedIn = context.signInFor(domain::Permission::ReadCases);
    if (!signedIn)
        return signedIn.error();
    const domain::OfficerScope scope = *signedIn;

    store::CaseStore cases(database);
    auto found = cases.find(scope, caseKey);
    if (!found)
        return context.fail(found.error().message);
    const domain::CaseSummary c = *found;
    if (sub == QLatin1String("show"))
        return show(context, database, scope, clock, c.id);

    store::CaseWriter writer(database, clock);
    if (sub == QLatin1String("reply")) {
        store::CaseWriter::ReplyRequest request;
        request.text = parser.value(text);
        request.quoteMessageId = parser.value(quote);
        request.confirmBilled = parser.isSet(confirmBilled);
        request.confirmChanged = parser.isSet(confirmChanged);
        auto r = writer.queueReply(scope, c.id, request);
        if (!r)
            return refusal(context, r.error(), caseKey);
        auto queued = store::OutboxStore(database, clock).item(*r);
        if (!queued)
            return context.fail(queued.error().message);
        const bool held = queued->state == QLatin1String(domain::outboxstate::kPendingApproval);
        return done(context, database, scope, clock, c.id,
                    held ? Tr::tr("Answer for %1 (outbox #%2) waits for an editor's approval: it is sent once approved.").arg(c.code).arg(*r)
                         : Tr::tr("Answer queued for %1 (outbox #%2); the sync service sends it.").arg(c.code).arg(*r),
                    {{QStringLiteral("outbox_id"), *r}, {QStringLiteral("outbox_state"), queued->state}});
    }
    if (sub == QLatin1String("approve")) {
        store::CaseWriter::ApproveRequest request;
        request.outboxId = outboxId;
        if (parser.isSet(text))
            request.text = parser.value(text);
        request.confirmBilled = parser.isSet(confirmBilled);
        if (auto r = writer.approveAnswer(scope, c.id, request); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id,
                    request.text ? Tr::tr("Answer %1 of %2 approved with your changes; the sync service sends it.").arg(outboxId).arg(c.code)
                                 : Tr::tr("Answer %1 of %2 approved; the sync service sends it.").arg(outboxId).arg(c.code),
                    {{QStringLiteral("outbox_id"), outboxId}});
    }
    if (sub == QLatin1String("reject-answer")) {
        if (auto r = writer.rejectAnswer(scope, c.id, outboxId, parser.value(reason)); !r)
            return refusal(context, r.error(), caseKey);
        return done(
            context, database, scope, clock, c.id,
            Tr::tr("Answer %1 of %2 sent back with your reason: it will not be sent, and the case waits for a new answer.").arg(outboxId).arg(c.code),
            {{QStringLiteral("outbox_id"), outboxId}});
    }
    if (sub == QLatin1String("categorize")) {
        // A new category brings its urgency and deadline, decided by the same triage as sync's.
        auto engine = sync::loadTriageEngine(database, context.dataDir());
        if (!engine)
            return context.fail(engine.error().message);
        store::CaseWriter::Hooks hooks;
        hooks.assess = triage::TriageEngine::assessFunction(*engine);
        writer.setHooks(hooks);
        if (auto r = writer.categorize(scope, c.id, *newCategory); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("%1 is now: %2.").arg(c.code, domain::categoryName(*newCategory)));
    }
    if (sub == QLatin1String("assign")) {
        if (auto r = writer.assign(scope, c.id, parser.value(to)); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("%1 is assigned to %2.").arg(c.code, parser.value(to).trimmed()));
    }
    if (sub == QLatin1String("note")) {
        if (auto r = writer.note(scope, c.id, parser.value(text)); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("Note added to %1 (internal, never sent).").arg(c.code));
    }
    if (sub == QLatin1String("forward")) {
        store::CaseWriter::ForwardRequest request;
        request.toUnit = parser.value(to).trimmed();
        request.reason = parser.value(reason);
        request.confirmBilled = parser.isSet(confirmBilled);
        if (parser.isSet(acknowledge)) {
            store::TemplateStore templates(database, clock);
            if (auto seeded = templates.seedIfNew(); !seeded)
                return context.fail(seeded.error().message);
            request.acknowledgementText = templates.acknowledgement(c.category, c.code, unitName(database, c.unitId));
        }
        auto r = writer.forward(scope, c.id, request);
        if (!r)
            return refusal(context, r.error(), caseKey);
        QString said = Tr::tr("%1 forwarded to %2.").arg(c.code, unitPath(database, request.toUnit));
        if (*r > 0)
            said += QLatin1Char(' ') + Tr::tr("Acknowledgement queued (outbox #%1).").arg(*r);
        QJsonObject extra {{QStringLiteral("code"), c.code}, {QStringLiteral("unit"), request.toUnit}};
        if (*r > 0)
            extra.insert(QStringLiteral("acknowledgement_outbox_id"), *r);
        return done(context, database, scope, clock, c.id, said, extra);
    }
    if (sub == QLatin1String("escalate")) {
        auto r = writer.escalate(scope, c.id, parser.value(reason));
        if (!r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("%1 escalated to %2.").arg(c.code, unitPath(database, *r)),
                    {{QStringLiteral("code"), c.code}, {QStringLiteral("unit"), *r}});
    }
    if (sub == QLatin1String("accept")) {
        if (auto r = writer.accept(scope, c.id); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("%1 accepted by %2.").arg(c.code, unitPath(database, c.unitId)));
    }
    if (sub == QLatin1String("return")) {
        if (auto r = writer.returnToSender(scope, c.id, parser.value(reason)); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("%1 returned to %2.").arg(c.code, unitPath(database, c.transferFrom)),
                    {{QStringLiteral("code"), c.code}, {QStringLiteral("unit"), c.transferFrom}});
    }
    if (sub == QLatin1String("close")) {
        if (auto r = writer.close(scope, c.id, parser.value(reason)); !r)
            return refusal(context, r.error(), caseKey);
        return done(context, database, scope, clock, c.id, Tr::tr("%1 closed.").arg(c.code));
    }
    if (sub == QLatin1String("reveal")) {
        auto r = writer.revealIdentity(scope, c.id, parser.value(reason));
        if (!r)
            return refusal(context, r.error(), caseKey);
        if (context.json()) {
            context.outJson(QJsonDocument(QJsonObject {
                {QStringLiteral("code"), c.code},
                {QStringLiteral("name"), r->displayName},
                {QStringLiteral("zalo_user_id"), r->userId},
                {QStringLiteral("oa_id"), r->oaId},
                {QStringLiteral("avatar"), optionalText(r->avatar)},
                {QStringLiteral("reason"), parser.value(reason).trimmed()},
            }));
            return ExitOk;
        }
        context.out(Tr::tr("The reporter of %1 (this reveal is recorded in the case history with your reason):").arg(c.code));
        context.out(Tr::tr("Name:       %1").arg(r->displayName.isEmpty() ? Tr::tr("(no name)") : r->displayName));
        context.out(Tr::tr("Zalo id:    %1 (at account %2)").arg(r->userId, r->oaId));
        if (!r->avatar.isEmpty())
            context.out(Tr::tr("Avatar:     %1").arg(r->avatar));
        return ExitOk;
    }
    // reopen
    if (auto r = writer.reopen(scope, c.id, parser.value(reason)); !r)
        return refusal(context, r.error(), caseKey);
    return done(context, database, scope, clock, c.id, Tr::tr("%1 reopened.").arg(c.code));
}

} // namespace casedesk::cli
