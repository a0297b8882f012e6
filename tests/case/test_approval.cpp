// Editorial approval in core: the policy per category and unit level, held answers the sender
// never takes, an editor's approval (possibly edited) or sending back, the "Chờ duyệt" queue, and
// the outbox of a version-8 database kept through the migration that added the new states.
#include "casetestsupport.h"

#include "core/domain/answertext.h"
#include "core/domain/caseevent.h"
#include "core/store/approvalpolicystore.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/migrations.h"
#include "core/store/outboxstore.h"
#include "core/store/queuestore.h"

using namespace casedesk;
using namespace casetest;
using domain::Role;

namespace {

domain::OfficerScope communeOfficer()
{
    return domain::scopeForOfficer(2, QStringLiteral("Lê Văn Xã"), {Role::Commune}, Fixture::ward4(), false, {Fixture::ward4()});
}

domain::OfficerScope editor()
{
    return domain::scopeForOfficer(3, QStringLiteral("Tổ biên tập"), {Role::Editor}, QStringLiteral("84"), false, {});
}

/// A ward-4 fixture whose new cases are petitions (due an hour after the first message) unless
/// the text starts with "TTHC", which makes a procedure question.
struct ApprovalFixture : Fixture
{
    ApprovalFixture()
    {
        triage = [](const QString &text, qint64 at) {
            domain::TriageResult t;
            t.category = text.startsWith(QLatin1String("TTHC")) ? domain::Category::ProcedureQuestion : domain::Category::Petition;
            t.confidence = 0.9;
            t.dueAt = at + kHour;
            return t;
        };
    }

    void requireApprovalOfCommunePetitions()
    {
        auto set
            = store::ApprovalPolicyStore(*db).set(domain::Category::Petition, domain::UnitLevel::Commune, true, QStringLiteral("Admin"), clock.ms);
        REQUIRE(set.ok());
        REQUIRE(*set);
    }

    /// @p scope looks at the case and answers it; the outbox id.
    qint64 answer(const domain::OfficerScope &scope, qint64 caseId, const QString &text)
    {
        store::CaseStore cases(*db);
        REQUIRE(cases.markShown(scope, caseId, *cases.version(scope, caseId), clock.ms).ok());
        store::CaseWriter::ReplyRequest reply;
        reply.text = text;
        auto r = store::CaseWriter(*db, clock).queueReply(scope, caseId, reply);
        REQUIRE(r.ok());
        return *r;
    }

    domain::CaseDetail detail(qint64 caseId)
    {
        auto d = store::CaseStore(*db).detail(editor(), caseId);
        REQUIRE(d.ok());
        return *d;
    }

    qint64 events() { return scalar("SELECT count(*) FROM case_events WHERE id >= ?1", 0); }
};

QString stateOf(Fixture &f, qint64 outboxId)
{
    return f.text("SELECT state FROM outbox WHERE id = ?1", outboxId);
}

} // namespace

TEST_CASE("Without an approval policy a commune officer's answer is queued for sending as before", "[case][approval]")
{
    ApprovalFixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    const qint64 outboxId = f.answer(communeOfficer(), id, QStringLiteral("Chúng tôi đã ghi nhận."));
    CHECK(stateOf(f, outboxId) == QStringLiteral("queued"));
    CHECK(f.detail(id).events.constLast().kind == QString::fromLatin1(domain::events::kAnswerQueued));
    auto rules = store::ApprovalPolicyStore(*f.db).list();
    REQUIRE(rules.ok());
    CHECK(rules->isEmpty());
}

TEST_CASE("With approval of communes' petitions on, a commune officer's answer is held: never sent, no first response, the case "
          "still falls overdue",
          "[case][approval]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 petition = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    const qint64 question = f.message(QStringLiteral("u2"), QStringLiteral("TTHC: làm căn cước ở đâu"), kT0);
    f.clock.ms = kT0 + 10 * 60 * 1000;
    const qint64 held = f.answer(communeOfficer(), petition, QStringLiteral("Chúng tôi đã ghi nhận phản ánh."));
    const qint64 free = f.answer(communeOfficer(), question, QStringLiteral("Bạn đến công an phường."));

    CHECK(stateOf(f, held) == QStringLiteral("pending_approval"));
    CHECK(stateOf(f, free) == QStringLiteral("queued")); // another category: not covered
    const auto e = f.detail(petition).events.constLast();
    CHECK(e.kind == QString::fromLatin1(domain::events::kAnswerHeld));
    CHECK(e.detail.value(QStringLiteral("outbox_id")).toInteger() == held);
    CHECK(e.detail.value(QStringLiteral("text")).toString() == QStringLiteral("Chúng tôi đã ghi nhận phản ánh."));

    // The sender takes the free answer only, and nothing is left for its crash recovery.
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->id == free);
    REQUIRE(outbox.markSent(free, QStringLiteral("z-free"), f.clock.ms).ok());
    auto next = outbox.claimNext();
    REQUIRE(next.ok());
    CHECK_FALSE(next->has_value());
    CHECK(outbox.leftSending()->isEmpty());
    CHECK(outbox.uncertain()->isEmpty());
    CHECK_FALSE(*outbox.hasQueued(Fixture::ward4Oa()));
    CHECK_FALSE(outbox.requeue(held).ok()); // a held answer is not "back in the queue" by the sender's hand
    CHECK_FALSE(outbox.markSent(held, QStringLiteral("z-x"), f.clock.ms).ok());
    CHECK(stateOf(f, held) == QStringLiteral("pending_approval"));
    CHECK(outbox.counts()->pendingApproval == 1);

    // Deadlines keep running: no first response, and an hour later the case is overdue.
    CHECK(f.detail(petition).summary.firstResponseAt == 0);
    CHECK(f.detail(petition).summary.status == domain::CaseStatus::Open);
    auto counts = store::QueueStore(*f.db).unitCounts(kT0 + 2 * kHour, editor());
    REQUIRE(counts.ok());
    CHECK(counts->value(Fixture::ward4()).overdue == 1); // the petition; the question was answered

    // An editor's own answer to such a case is not held.
    const qint64 own = f.answer(editor(), petition, QStringLiteral("Biên tập viên trả lời."));
    CHECK(stateOf(f, own) == QStringLiteral("queued"));
}

TEST_CASE("An editor approves a held answer: it is sent exactly once, and its sending is the first response", "[case][approval]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    const qint64 held = f.answer(communeOfficer(), id, QStringLiteral("Chúng tôi đã ghi nhận phản ánh."));
    f.clock.ms = kT0 + 2 * kHour; // past the deadline: approval does not stop the clock either

    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ApproveRequest approve;
    approve.outboxId = held;
    REQUIRE(writer.approveAnswer(editor(), id, approve).ok());
    CHECK(stateOf(f, held) == QStringLiteral("queued"));
    const auto e = f.detail(id).events.constLast();
    CHECK(e.kind == QString::fromLatin1(domain::events::kAnswerApproved));
    CHECK(e.officer == QStringLiteral("Tổ biên tập"));
    CHECK(e.detail.value(QStringLiteral("answered_by")).toString() == QStringLiteral("Lê Văn Xã"));
    CHECK_FALSE(e.detail.value(QStringLiteral("edited")).toBool());
    CHECK(e.detail.value(QStringLiteral("text")).toString() == QStringLiteral("Chúng tôi đã ghi nhận phản ánh."));

    // Approving again is refused and changes nothing.
    const qint64 before = f.events();
    auto again = writer.approveAnswer(editor(), id, approve);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("not waiting for approval")));
    CHECK(f.events() == before);

    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->id == held);
    const qint64 sentAt = f.clock.ms + 1000;
    REQUIRE(outbox.markSent(held, QStringLiteral("z-1"), sentAt).ok());
    auto none = outbox.claimNext();
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'answer_sent' AND case_id = ?1", id) == 1);
    const auto d = f.detail(id);
    CHECK(d.summary.status == domain::CaseStatus::Answered);
    CHECK(d.summary.firstResponseAt == sentAt);
}

TEST_CASE("An editor's changes to a held answer are what is sent, NFC, and the history keeps both texts", "[case][approval]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    const qint64 held = f.answer(communeOfficer(), id, QStringLiteral("Đã nhận"));
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ApproveRequest approve;
    approve.outboxId = held;

    approve.text = QString(domain::kMaxAnswerLength + 1, QLatin1Char('a'));
    const qint64 before = f.events();
    auto tooLong = writer.approveAnswer(editor(), id, approve);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("2000")));
    CHECK(stateOf(f, held) == QStringLiteral("pending_approval"));
    CHECK(f.events() == before);

    const QString decomposed = QStringLiteral("Công an phường đã nhận phản ánh").normalized(QString::NormalizationForm_D);
    approve.text = decomposed;
    REQUIRE(writer.approveAnswer(editor(), id, approve).ok());
    const QString composed = decomposed.normalized(QString::NormalizationForm_C);
    CHECK(f.text("SELECT text FROM outbox WHERE id = ?1", held) == composed);
    const auto e = f.detail(id).events.constLast();
    CHECK(e.kind == QString::fromLatin1(domain::events::kAnswerApproved));
    CHECK(e.detail.value(QStringLiteral("edited")).toBool());
    CHECK(e.detail.value(QStringLiteral("text_before")).toString() == QStringLiteral("Đã nhận"));
    CHECK(e.detail.value(QStringLiteral("text_after")).toString() == composed);
    auto claimed = store::OutboxStore(*f.db, f.clock).claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->text == composed);
}

TEST_CASE("An editor sends a held answer back with a reason: never sent, the case still needs an answer", "[case][approval]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    const qint64 held = f.answer(communeOfficer(), id, QStringLiteral("Không thuộc thẩm quyền."));
    store::CaseWriter writer(*f.db, f.clock);

    CHECK_FALSE(writer.rejectAnswer(editor(), id, held, QStringLiteral("  ")).ok()); // a reason is required
    CHECK(stateOf(f, held) == QStringLiteral("pending_approval"));

    REQUIRE(writer.rejectAnswer(editor(), id, held, QStringLiteral("Nêu rõ cơ quan có thẩm quyền")).ok());
    CHECK(stateOf(f, held) == QStringLiteral("rejected"));
    const auto d = f.detail(id);
    CHECK(d.outbox.constFirst().error == QStringLiteral("Nêu rõ cơ quan có thẩm quyền"));
    const auto e = d.events.constLast();
    CHECK(e.kind == QString::fromLatin1(domain::events::kAnswerRejected));
    CHECK(e.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("Nêu rõ cơ quan có thẩm quyền"));
    CHECK(e.detail.value(QStringLiteral("answered_by")).toString() == QStringLiteral("Lê Văn Xã"));
    CHECK(d.summary.status == domain::CaseStatus::Open);
    CHECK(d.summary.firstResponseAt == 0);

    auto claimed = store::OutboxStore(*f.db, f.clock).claimNext();
    REQUIRE(claimed.ok());
    CHECK_FALSE(claimed->has_value());
    store::CaseWriter::ApproveRequest approve;
    approve.outboxId = held;
    CHECK_FALSE(writer.approveAnswer(editor(), id, approve).ok());
    CHECK(stateOf(f, held) == QStringLiteral("rejected"));

    // Back in the unit's queue of open cases, not in the editors' one.
    domain::QueueFilter open;
    CHECK(*store::QueueStore(*f.db).total(open, communeOfficer()) == 1);
    domain::QueueFilter awaiting;
    awaiting.awaitingApproval = true;
    CHECK(*store::QueueStore(*f.db).total(awaiting, editor()) == 0);
}

TEST_CASE("Approval is refused to officers without the permission, for answers of other cases, closed windows and cases - nothing "
          "changes",
          "[case][approval]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    const qint64 other = f.message(QStringLiteral("u2"), QStringLiteral("Đèn đường không sáng"), kT0);
    const qint64 held = f.answer(communeOfficer(), id, QStringLiteral("Đã nhận"));
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ApproveRequest approve;
    approve.outboxId = held;
    const qint64 before = f.events();

    auto commune = writer.approveAnswer(communeOfficer(), id, approve);
    REQUIRE_FALSE(commune.ok());
    CHECK(commune.error().code == store::ActionError::Code::Forbidden);
    CHECK(commune.error().message.contains(QStringLiteral("answer.approve")));
    auto communeReject = writer.rejectAnswer(communeOfficer(), id, held, QStringLiteral("x"));
    REQUIRE_FALSE(communeReject.ok());
    CHECK(communeReject.error().message.contains(QStringLiteral("answer.approve")));

    auto wrongCase = writer.approveAnswer(editor(), other, approve);
    REQUIRE_FALSE(wrongCase.ok());
    CHECK(wrongCase.error().message.contains(QStringLiteral("has no answer %1").arg(held)));
    approve.outboxId = 999999;
    CHECK_FALSE(writer.approveAnswer(editor(), id, approve).ok());
    approve.outboxId = held;

    f.clock.ms = kT0 + 8 * kDay; // Zalo's 7-day window closed while the answer waited
    auto late = writer.approveAnswer(editor(), id, approve);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == store::ActionError::Code::WindowClosed);
    CHECK(stateOf(f, held) == QStringLiteral("pending_approval"));
    CHECK(f.events() == before);

    f.clock.ms = kT0 + 3 * kDay; // billed: the editor must agree
    auto billed = writer.approveAnswer(editor(), id, approve);
    REQUIRE_FALSE(billed.ok());
    CHECK(billed.error().code == store::ActionError::Code::NeedsBilledConfirmation);
    approve.confirmBilled = true;
    REQUIRE(writer.approveAnswer(editor(), id, approve).ok());
    CHECK(f.scalar("SELECT billed_ok FROM outbox WHERE id = ?1", held) == 1);
}

TEST_CASE("The awaiting-approval queue holds the cases with a held answer, earliest deadline first", "[case][approval][queue]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 later = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng"), kT0 + kHour);
    const qint64 earlier = f.message(QStringLiteral("u2"), QStringLiteral("Đèn đường hỏng"), kT0);
    const qint64 none = f.message(QStringLiteral("u3"), QStringLiteral("Cống tắc"), kT0);
    f.clock.ms = kT0 + 2 * kHour;
    f.answer(communeOfficer(), later, QStringLiteral("Đã nhận 1"));
    f.answer(communeOfficer(), earlier, QStringLiteral("Đã nhận 2"));
    CHECK(none > 0);

    domain::QueueFilter awaiting;
    awaiting.awaitingApproval = true;
    store::QueueStore queue(*f.db);
    auto page = queue.page(awaiting, editor());
    REQUIRE(page.ok());
    REQUIRE(page->cases.size() == 2);
    CHECK(page->cases.at(0).id == earlier);
    CHECK(page->cases.at(1).id == later);
    CHECK(*queue.total(awaiting, editor()) == 2);
    auto counts = queue.categoryCounts(awaiting, editor());
    REQUIRE(counts.ok());
    CHECK(counts->value(domain::Category::Petition) == 2);
}

TEST_CASE("Turning the policy on twice changes nothing the second time, and each change is an event of the history", "[case][approval]")
{
    ApprovalFixture f;
    store::ApprovalPolicyStore policy(*f.db);
    REQUIRE(*policy.set(domain::Category::Petition, domain::UnitLevel::Commune, true, QStringLiteral("Admin"), kT0));
    CHECK_FALSE(*policy.set(domain::Category::Petition, domain::UnitLevel::Commune, true, QStringLiteral("Admin"), kT0));
    auto rules = policy.list();
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 1);
    CHECK(rules->at(0).category == domain::Category::Petition);
    CHECK(rules->at(0).level == domain::UnitLevel::Commune);
    CHECK(rules->at(0).setBy == QStringLiteral("Admin"));
    REQUIRE(*policy.set(domain::Category::Petition, domain::UnitLevel::Commune, false, QStringLiteral("Admin"), kT0));
    CHECK(policy.list()->isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'approval_policy_set' AND case_id IS NULL AND id > ?1", 0) == 2);
}

TEST_CASE("A version-8 database migrates to the approval states keeping every outbox row and the change feed", "[case][approval][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
    {
        auto old = store::Database::openAtVersion(path, 8);
        REQUIRE(old.ok());
        REQUIRE(store::UnitStore(*old).seedIfEmpty(QDate(2026, 11, 30)).ok());
        store::IngestStore ingest(*old);
        domain::IncomingMessage in;
        in.message.messageId = QStringLiteral("m1");
        in.message.oaId = QStringLiteral("oa-29236");
        in.message.userId = QStringLiteral("u1");
        in.message.sentAt = kT0;
        in.message.text = QStringLiteral("Hỏi");
        domain::CitizenProfile citizen;
        citizen.oaId = in.message.oaId;
        citizen.userId = in.message.userId;
        citizen.displayName = QStringLiteral("Nguyễn Văn A");
        REQUIRE(ingest.ingest(QStringLiteral("29236"), {in}, citizen, [](const QString &, qint64) { return domain::TriageResult(); }).ok());
        REQUIRE(old->exec("INSERT INTO outbox (id, case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, "
                          "error, created_at, updated_at, zalo_code, billed_ok) VALUES "
                          "(7, 1, 'oa-29236', 'u1', 'Đã gửi', 'm1', 'Phạm Thu', 'sent', 1, 'z-7', NULL, 10, 20, NULL, 0), "
                          "(8, 1, 'oa-29236', 'u1', 'Lỗi', NULL, 'Phạm Thu', 'failed', 2, NULL, 'Hết hạn', 30, 40, -230, 1)")
                    .ok());
    }
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    CHECK(db->userVersion() == store::Database::schemaVersion());
    store::Statement rows(*db,
                          "SELECT id, case_id, text, ifnull(quote_message_id, ''), officer, state, attempts, ifnull(message_id, ''), "
                          "ifnull(error, ''), created_at, updated_at, ifnull(zalo_code, 0), billed_ok FROM outbox ORDER BY id");
    REQUIRE(rows.next());
    CHECK(rows.int64(0) == 7);
    CHECK(rows.text(2) == QStringLiteral("Đã gửi"));
    CHECK(rows.text(3) == QStringLiteral("m1"));
    CHECK(rows.text(5) == QStringLiteral("sent"));
    CHECK(rows.text(7) == QStringLiteral("z-7"));
    CHECK(rows.int64(10) == 20);
    REQUIRE(rows.next());
    CHECK(rows.int64(0) == 8);
    CHECK(rows.text(5) == QStringLiteral("failed"));
    CHECK(rows.int64(6) == 2);
    CHECK(rows.text(8) == QStringLiteral("Hết hạn"));
    CHECK(rows.int64(11) == -230);
    CHECK(rows.int64(12) == 1);
    CHECK_FALSE(rows.next());
    rows.reset();

    // The new states are allowed, a word outside them is not, and the change feed still follows the outbox.
    store::Statement seq(*db, "SELECT ifnull(max(seq), 0) FROM changes");
    REQUIRE(seq.next());
    const qint64 lastSeq = seq.int64(0);
    seq.reset();
    CHECK(db->exec("UPDATE outbox SET state = 'pending_approval' WHERE id = 8").ok());
    CHECK_FALSE(db->exec("UPDATE outbox SET state = 'parked' WHERE id = 8").ok());
    store::Statement fed(*db, "SELECT count(*) FROM changes WHERE kind = 'outbox' AND seq > ?1");
    fed.bind(1, lastSeq);
    REQUIRE(fed.next());
    CHECK(fed.int64(0) == 1);
    for (const char *index : {"outbox_state", "outbox_case", "outbox_message", "changes_outbox_insert", "changes_outbox_update"}) {
        store::Statement st(*db, "SELECT count(*) FROM sqlite_master WHERE name = ?1 AND tbl_name = 'outbox'");
        st.bind(1, QString::fromLatin1(index));
        REQUIRE(st.next());
        INFO(index);
        CHECK(st.int64(0) == 1);
    }
    store::Statement check(*db, "PRAGMA foreign_key_check");
    CHECK_FALSE(check.next());
}

TEST_CASE("A forward's acknowledgement from a commune is held like an answer when the policy covers the case", "[case][approval]")
{
    ApprovalFixture f;
    f.requireApprovalOfCommunePetitions();
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Đường hỏng trước nhà"), kT0);
    store::CaseWriter::ForwardRequest forward {QStringLiteral("84-PC02"), QStringLiteral("Thẩm quyền"), QStringLiteral("Đã chuyển PC02."), false};
    auto ack = store::CaseWriter(*f.db, f.clock).forward(communeOfficer(), id, forward);
    REQUIRE(ack.ok());
    REQUIRE(*ack > 0);
    CHECK(stateOf(f, *ack) == QStringLiteral("pending_approval"));
    const auto e = f.detail(id).events.constLast();
    CHECK(e.kind == QString::fromLatin1(domain::events::kForwarded));
    CHECK(e.detail.value(QStringLiteral("acknowledgement_held")).toBool());
    auto claimed = store::OutboxStore(*f.db, f.clock).claimNext();
    REQUIRE(claimed.ok());
    CHECK_FALSE(claimed->has_value());
}
