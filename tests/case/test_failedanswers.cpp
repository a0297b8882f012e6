// Failed answers (the window's "Gửi lỗi" list): listed within the officer's scope, sent again
// by an officer (refused once Zalo's reply window closed), or given up — taken back to be
// corrected, or with a note that the citizen was reached another way and the case closed.
#include "casetestsupport.h"

#include "core/domain/caseevent.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/outboxstore.h"
#include "core/store/queuestore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casetest;

namespace {

const QString kZaloError = QStringLiteral("Zalo refused the answer: the citizen blocked the official account.");

/// A case of ward 4 whose answer failed to send; returns {case id, outbox id}.
std::pair<qint64, qint64> failedAnswer(Fixture &f, const QString &userId = QStringLiteral("u1"))
{
    const qint64 id = f.message(userId, QStringLiteral("Cho em hỏi làm căn cước gắn chip"), f.clock.ms);
    f.clock.ms += 10 * 60 * 1000;
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(officer, id, *cases.version(officer, id), f.clock.ms).ok());
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Chào anh, anh mang căn cước cũ đến Công an phường 4 vào giờ hành chính.");
    auto queued = writer.queueReply(officer, id, reply);
    REQUIRE(queued.ok());
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    REQUIRE((*claimed)->id == *queued);
    REQUIRE(outbox.markFailed(*queued, kZaloError, -201).ok());
    return {id, *queued};
}

int eventsOfKind(Fixture &f, qint64 caseId, const char *kind)
{
    store::Statement st(*f.db, "SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = ?2");
    st.bind(1, caseId);
    st.bind(2, QString::fromLatin1(kind));
    REQUIRE(st.next());
    return int(st.int64(0));
}

QJsonObject lastDetail(Fixture &f, qint64 caseId, const char *kind)
{
    store::Statement st(*f.db, "SELECT detail FROM case_events WHERE case_id = ?1 AND kind = ?2 ORDER BY id DESC LIMIT 1");
    st.bind(1, caseId);
    st.bind(2, QString::fromLatin1(kind));
    REQUIRE(st.next());
    return QJsonDocument::fromJson(st.text(0).toUtf8()).object();
}

} // namespace

TEST_CASE("Failed answers are listed with their case, only within the officer's scope", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::QueueStore queue(*f.db);

    auto all = queue.failedAnswers(everyUnit(QStringLiteral("Phạm Thu")));
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->at(0).caseSummary.id == caseId);
    CHECK(all->at(0).caseSummary.unitId == Fixture::ward4());
    CHECK(all->at(0).answer.id == outboxId);
    CHECK(all->at(0).answer.error == kZaloError);
    CHECK(all->at(0).answer.zaloCode == -201);
    CHECK(all->at(0).answer.text.startsWith(QStringLiteral("Chào anh")));

    auto ward4 = queue.failedAnswers(onlyUnits(QStringLiteral("Lê Hoa"), {Fixture::ward4()}));
    REQUIRE(ward4.ok());
    CHECK(ward4->size() == 1);
    auto otherUnit = queue.failedAnswers(onlyUnits(QStringLiteral("Trần Nam"), {QStringLiteral("84-PC02")}));
    REQUIRE(otherUnit.ok());
    CHECK(otherUnit->isEmpty());
}

TEST_CASE("An officer sends a failed answer again: queued for the sender, with a history event", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::CaseWriter writer(*f.db, f.clock);
    store::QueueStore queue(*f.db);
    const qint64 versionBefore = f.scalar("SELECT version FROM cases WHERE id = ?1", caseId);

    REQUIRE(writer.retryAnswer(everyUnit(QStringLiteral("Phạm Thu")), caseId, outboxId).ok());
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("queued"));
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE id = ?1 AND error IS NULL AND zalo_code IS NULL", outboxId) == 1);
    CHECK(f.scalar("SELECT version FROM cases WHERE id = ?1", caseId) == versionBefore + 1);
    CHECK(eventsOfKind(f, caseId, domain::events::kAnswerRetried) == 1);
    const QJsonObject detail = lastDetail(f, caseId, domain::events::kAnswerRetried);
    CHECK(qint64(detail.value(QStringLiteral("outbox_id")).toDouble()) == outboxId);
    CHECK(detail.value(QStringLiteral("error_before")).toString() == kZaloError);
    auto list = queue.failedAnswers(everyUnit(QStringLiteral("Phạm Thu")));
    REQUIRE(list.ok());
    CHECK(list->isEmpty());

    // The sender takes it as any queued answer.
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->id == outboxId);
    CHECK((*claimed)->attempts == 2);

    // Only a failed answer can be sent again.
    auto again = writer.retryAnswer(everyUnit(QStringLiteral("Phạm Thu")), caseId, outboxId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == store::ActionError::Code::NotAllowed);
}

TEST_CASE("Sending a failed answer again is refused once Zalo's reply window closed, changing nothing", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::CaseWriter writer(*f.db, f.clock);
    f.clock.ms += 8 * kDay;
    const qint64 versionBefore = f.scalar("SELECT version FROM cases WHERE id = ?1", caseId);

    auto r = writer.retryAnswer(everyUnit(QStringLiteral("Phạm Thu")), caseId, outboxId);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == store::ActionError::Code::WindowClosed);
    CHECK(r.error().message.contains(QStringLiteral("7 days")));
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));
    CHECK(f.scalar("SELECT version FROM cases WHERE id = ?1", caseId) == versionBefore);
    CHECK(eventsOfKind(f, caseId, domain::events::kAnswerRetried) == 0);
}

TEST_CASE("Sending a failed answer again in the billed window needs the officer's agreement", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::CaseWriter writer(*f.db, f.clock);
    f.clock.ms += 3 * kDay;
    auto asked = writer.retryAnswer(everyUnit(QStringLiteral("Phạm Thu")), caseId, outboxId);
    REQUIRE_FALSE(asked.ok());
    CHECK(asked.error().code == store::ActionError::Code::NeedsBilledConfirmation);
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));
    REQUIRE(writer.retryAnswer(everyUnit(QStringLiteral("Phạm Thu")), caseId, outboxId, true).ok());
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("queued"));
    CHECK(f.scalar("SELECT billed_ok FROM outbox WHERE id = ?1", outboxId) == 1);
}

TEST_CASE("Note and close gives up a failed answer and closes the case with the note in its history", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    const QString note = QStringLiteral("Đã gọi điện cho công dân theo số 0912 345 678, hướng dẫn trực tiếp.");

    store::CaseWriter::GiveUpRequest noNote;
    noNote.outboxId = outboxId;
    noNote.closeCase = true;
    auto refused = writer.giveUpAnswer(officer, caseId, noNote);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == store::ActionError::Code::Invalid);
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));

    store::CaseWriter::GiveUpRequest request;
    request.outboxId = outboxId;
    request.note = note;
    request.closeCase = true;
    REQUIRE(writer.giveUpAnswer(officer, caseId, request).ok());
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("given_up"));
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", caseId) == QStringLiteral("closed"));
    const QJsonObject given = lastDetail(f, caseId, domain::events::kAnswerGivenUp);
    CHECK(given.value(QStringLiteral("note")).toString() == note);
    CHECK(given.value(QStringLiteral("closed")).toBool());
    const QJsonObject closed = lastDetail(f, caseId, domain::events::kClosed);
    CHECK(closed.value(QStringLiteral("reason")).toString() == note);
    CHECK(closed.value(QStringLiteral("status_after")).toString() == QStringLiteral("closed"));
    store::QueueStore queue(*f.db);
    auto list = queue.failedAnswers(officer);
    REQUIRE(list.ok());
    CHECK(list->isEmpty());
    // The sender never takes it.
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    CHECK_FALSE(claimed->has_value());
}

TEST_CASE("Taking a failed answer back to correct it keeps the case open", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::GiveUpRequest request;
    request.outboxId = outboxId;
    request.toEdit = true;
    REQUIRE(writer.giveUpAnswer(everyUnit(QStringLiteral("Phạm Thu")), caseId, request).ok());
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("given_up"));
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", caseId) != QStringLiteral("closed"));
    CHECK(lastDetail(f, caseId, domain::events::kAnswerGivenUp).value(QStringLiteral("to_edit")).toBool());
    CHECK(eventsOfKind(f, caseId, domain::events::kClosed) == 0);
}

TEST_CASE("Failed answers: an officer who may only read the case, or another unit's, cannot act on it", "[case][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f);
    store::CaseWriter writer(*f.db, f.clock);
    domain::OfficerScope reader = onlyUnits(QStringLiteral("Lê Hoa"), {Fixture::ward4()});
    reader.actEveryUnit = false; // reads ward 4, acts on none
    auto r = writer.retryAnswer(reader, caseId, outboxId);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == store::ActionError::Code::OutOfScope);
    auto other = writer.retryAnswer(onlyUnits(QStringLiteral("Trần Nam"), {QStringLiteral("84-PC02")}), caseId, outboxId);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == store::ActionError::Code::OutOfScope);
    store::CaseWriter::GiveUpRequest request;
    request.outboxId = outboxId;
    request.note = QStringLiteral("Đã gọi điện.");
    request.closeCase = true;
    CHECK_FALSE(writer.giveUpAnswer(reader, caseId, request).ok());
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", caseId) != QStringLiteral("closed"));
}
