#include "casetestsupport.h"

#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/outboxstore.h"

using namespace casedesk;
using namespace casetest;

namespace {

qint64 queueAnswer(Fixture &f, qint64 caseId, const QString &text)
{
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(officer, caseId, *cases.version(officer, caseId), f.clock.ms).ok());
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = text;
    auto r = writer.queueReply(officer, caseId, reply);
    REQUIRE(r.ok());
    return *r;
}

domain::CaseDetail detailOf(Fixture &f, qint64 id)
{
    store::CaseStore cases(*f.db);
    auto d = cases.detail(everyUnit(QStringLiteral("test")), id);
    REQUIRE(d.ok());
    return *d;
}

} // namespace

TEST_CASE("claimNext marks the oldest queued answer sending and counts the attempt - markSent answers the case", "[case][outbox]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    f.clock.ms = kT0 + 10 * 60 * 1000;
    const qint64 first = queueAnswer(f, id, QStringLiteral("Trả lời 1"));
    const qint64 second = queueAnswer(f, id, QStringLiteral("Trả lời 2"));
    store::OutboxStore outbox(*f.db, f.clock);

    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    const domain::OutboxItem item = **claimed;
    CHECK(item.id == first);
    CHECK(item.state == QStringLiteral("sending"));
    CHECK(item.attempts == 1);
    CHECK(item.oaId == QStringLiteral("oa-29236"));
    CHECK(item.userId == QStringLiteral("u1"));
    CHECK(item.text == QStringLiteral("Trả lời 1"));
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", first) == QStringLiteral("sending"));
    CHECK(f.scalar("SELECT attempts FROM outbox WHERE id = ?1", first) == 1);

    // Another OA's sender does not take it.
    auto otherOa = outbox.claimNext(QStringLiteral("oa-other"));
    REQUIRE(otherOa.ok());
    CHECK_FALSE(otherOa->has_value());

    const qint64 sentAt = kT0 + 11 * 60 * 1000;
    REQUIRE(outbox.markSent(first, QStringLiteral("zmsg-1"), sentAt).ok());
    auto d = detailOf(f, id);
    CHECK(d.summary.status == domain::CaseStatus::Answered);
    CHECK(d.summary.firstResponseAt == sentAt);
    const auto e = d.events.constLast();
    CHECK(e.kind == QStringLiteral("answer_sent"));
    CHECK(e.officer == QStringLiteral("CaseDesk"));
    CHECK(e.detail.value(QStringLiteral("message_id")).toString() == QStringLiteral("zmsg-1"));
    CHECK(e.detail.value(QStringLiteral("outbox_id")).toInteger() == first);
    CHECK(e.detail.value(QStringLiteral("status_after")).toString() == QStringLiteral("answered"));
    // Repeating it is harmless; a different id is refused.
    CHECK(outbox.markSent(first, QStringLiteral("zmsg-1"), sentAt).ok());
    CHECK_FALSE(outbox.markSent(first, QStringLiteral("zmsg-other"), sentAt).ok());

    // The second answer keeps the first response time.
    auto next = outbox.claimNext(QStringLiteral("oa-29236"));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->id == second);
    REQUIRE(outbox.markSent(second, QStringLiteral("zmsg-2"), sentAt + 60000).ok());
    CHECK(detailOf(f, id).summary.firstResponseAt == sentAt);
    auto none = outbox.claimNext();
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    // When sync later reads the sent message from the conversation, it links it, with no "answered outside".
    CHECK(f.message(QStringLiteral("u1"), QStringLiteral("Trả lời 1"), sentAt, false, Fixture::ward4(), Fixture::ward4Oa(), QStringLiteral("zmsg-1"))
          == id);
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'answered_outside' AND case_id = ?1", id) == 0);
}

TEST_CASE("markFailed and markUncertain keep the reason and write their events", "[case][outbox]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    const qint64 a = queueAnswer(f, id, QStringLiteral("A"));
    const qint64 b = queueAnswer(f, id, QStringLiteral("B"));
    store::OutboxStore outbox(*f.db, f.clock);
    REQUIRE(outbox.claimNext().ok());
    REQUIRE(outbox.markFailed(a, QStringLiteral("Người dân không còn quan tâm trang Zalo"), -213).ok());
    auto d = detailOf(f, id);
    CHECK(d.outbox.at(0).state == QStringLiteral("failed"));
    CHECK(d.outbox.at(0).error == QStringLiteral("Người dân không còn quan tâm trang Zalo"));
    CHECK(d.outbox.at(0).zaloCode == -213);
    CHECK(d.events.constLast().kind == QStringLiteral("answer_failed"));
    CHECK(d.events.constLast().detail.value(QStringLiteral("zalo_code")).toInt() == -213);
    CHECK(d.summary.status == domain::CaseStatus::Open); // not answered
    CHECK(d.summary.firstResponseAt == 0);

    REQUIRE(outbox.claimNext().ok());
    REQUIRE(outbox.markUncertain(b, QStringLiteral("Hết thời gian chờ sau khi gửi")).ok());
    d = detailOf(f, id);
    CHECK(d.outbox.at(1).state == QStringLiteral("uncertain"));
    CHECK(d.events.constLast().kind == QStringLiteral("answer_uncertain"));
    auto uncertain = outbox.uncertain();
    REQUIRE(uncertain.ok());
    REQUIRE(uncertain->size() == 1);
    // Uncertain is never handed out again by itself.
    auto none = outbox.claimNext();
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    // Found in the conversation later: sent.
    REQUIRE(outbox.markSent(b, QStringLiteral("zmsg-b"), kT0 + 60000).ok());
    CHECK(detailOf(f, id).summary.status == domain::CaseStatus::Answered);
    auto counts = outbox.counts();
    REQUIRE(counts.ok());
    CHECK(counts->failed == 1);
    CHECK(counts->sent == 1);
    CHECK(counts->queued == 0);
}

TEST_CASE("A crash mid-send leaves the row sending: leftSending reports it and nothing sends it again by itself", "[case][outbox]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    const qint64 a = queueAnswer(f, id, QStringLiteral("Câu trả lời"));
    const QString path = f.db->path();
    {
        // The sender claims, and the process dies before it hears Zalo's answer.
        auto other = store::Database::open(path);
        REQUIRE(other.ok());
        store::OutboxStore sender(*other, f.clock);
        auto claimed = sender.claimNext();
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
    }
    auto reopened = store::Database::open(path);
    REQUIRE(reopened.ok());
    store::OutboxStore outbox(*reopened, f.clock);
    auto left = outbox.leftSending();
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->at(0).id == a);
    CHECK(left->at(0).attempts == 1);
    auto claim = outbox.claimNext();
    REQUIRE(claim.ok());
    CHECK_FALSE(claim->has_value()); // never claimed twice

    SECTION("not in the conversation: requeued, then sent once")
    {
        REQUIRE(outbox.requeue(a).ok());
        auto again = outbox.claimNext();
        REQUIRE(again.ok());
        REQUIRE(again->has_value());
        CHECK((*again)->attempts == 2);
        REQUIRE(outbox.markSent(a, QStringLiteral("zmsg-a"), kT0 + 1000).ok());
    }
    SECTION("found in the conversation: marked sent without sending again")
    {
        REQUIRE(outbox.markSent(a, QStringLiteral("zmsg-a"), kT0 + 1000).ok());
        CHECK_FALSE(outbox.requeue(a).ok());
    }
    auto after = outbox.leftSending();
    REQUIRE(after.ok());
    CHECK(after->isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'answer_sent' AND case_id = ?1", id) == 1);
}

TEST_CASE("An answer whose reply window closed while queued is failed at claim time not sent", "[case][outbox][window]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    f.clock.ms = kT0 + 6 * kDay;
    const auto officer = everyUnit(QStringLiteral("A"));
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(officer, id, *cases.version(officer, id), f.clock.ms).ok());
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Trả lời muộn");
    reply.confirmBilled = true;
    auto queued = writer.queueReply(officer, id, reply);
    REQUIRE(queued.ok());

    f.clock.ms = kT0 + 7 * kDay + kHour; // the sender was offline for a day
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    CHECK_FALSE(claimed->has_value());
    auto d = detailOf(f, id);
    CHECK(d.outbox.at(0).state == QStringLiteral("failed"));
    CHECK(d.outbox.at(0).error.contains(QStringLiteral("7-day")));
    CHECK(d.events.constLast().kind == QStringLiteral("answer_failed"));
}

TEST_CASE("An answer queued free but sent after 48 hours goes out only if the officer agreed to a billed answer", "[case][outbox][window]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    f.clock.ms = kT0 + kHour;
    const auto officer = everyUnit(QStringLiteral("A"));
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(officer, id, *cases.version(officer, id), f.clock.ms).ok());
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Trả lời trong giờ miễn phí");
    REQUIRE(writer.queueReply(officer, id, reply).ok());
    reply.text = QStringLiteral("Trả lời, đồng ý tính phí nếu quá hạn");
    reply.confirmBilled = true;
    reply.confirmChanged = true;
    REQUIRE(writer.queueReply(officer, id, reply).ok());

    f.clock.ms = kT0 + 3 * kDay; // the sender was offline over a weekend
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->text == reply.text); // the unconfirmed one was skipped, failed
    auto d = detailOf(f, id);
    CHECK(d.outbox.at(0).state == QStringLiteral("failed"));
    CHECK(d.outbox.at(0).error.contains(QStringLiteral("billed")));
}
