// Citizens' satisfaction (issue 18): a case closed after an answer, while Zalo's free window is
// open, gets one question through the outbox when its unit asks; a rating in reply is recorded
// on the case, anything else opens a case as before; never for crime reports or protected
// reporters, never twice, never outside the free window.
#include "casetestsupport.h"

#include "core/domain/satisfaction.h"
#include "core/report/periodreportbuilder.h"
#include "core/report/reportwriters.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/outboxstore.h"
#include "core/store/provincesettings.h"
#include "core/store/queuestore.h"

#include <QJsonObject>

using namespace casedesk;
using namespace casetest;

namespace {

const auto kOfficer = [] {
    return everyUnit(QStringLiteral("Phạm Thu"));
};

void unitsAsk(Fixture &f, const QStringList &units)
{
    store::ProvinceSettings s;
    s.satisfactionUnits = units;
    REQUIRE(store::ProvinceSettingsStore(*f.db).write(s).ok());
}

/// An officer answers case @p id and Zalo takes the answer; returns when it was sent.
qint64 answer(Fixture &f, qint64 id)
{
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(kOfficer(), id, *cases.version(kOfficer(), id), f.clock.ms).ok());
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Anh/chị mang căn cước đến Công an phường 4 ạ.");
    auto queued = writer.queueReply(kOfficer(), id, reply);
    REQUIRE(queued.ok());
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    REQUIRE((**claimed).id == *queued);
    REQUIRE(outbox.markSent(*queued, QStringLiteral("ans-%1").arg(id), f.clock.ms).ok());
    return f.clock.ms;
}

void close(Fixture &f, qint64 id)
{
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(kOfficer(), id, *cases.version(kOfficer(), id), f.clock.ms).ok());
    auto closed = store::CaseWriter(*f.db, f.clock).close(kOfficer(), id, QStringLiteral("Đã trả lời"));
    INFO((closed.ok() ? QString() : closed.error().message).toStdString());
    REQUIRE(closed.ok());
}

qint64 questions(Fixture &f, qint64 id)
{
    return f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1 AND purpose = 'satisfaction'", id);
}

/// The sender sends the queued question of case @p id: its outbox id, 0 when none was handed out.
qint64 sendQuestion(Fixture &f, qint64 id)
{
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    if (!claimed->has_value())
        return 0;
    const domain::OutboxItem item = **claimed;
    REQUIRE(item.caseId == id);
    REQUIRE(item.satisfaction);
    REQUIRE(outbox.markSent(item.id, QStringLiteral("q-%1").arg(id), f.clock.ms).ok());
    return item.id;
}

qint64 cases(Fixture &f)
{
    store::Statement st(*f.db, "SELECT count(*) FROM cases");
    REQUIRE(st.next());
    return st.int64(0);
}

} // namespace

TEST_CASE("A rating in words or digits is read, anything else is not", "[case][satisfaction]")
{
    using domain::satisfactionRating;
    CHECK(satisfactionRating(QStringLiteral("5")) == 5);
    CHECK(satisfactionRating(QStringLiteral(" 4 ")) == 4);
    CHECK(satisfactionRating(QStringLiteral("5/5")) == 5);
    CHECK(satisfactionRating(QStringLiteral("3 sao ạ")) == 3);
    CHECK(satisfactionRating(QStringLiteral("Dạ 5 ạ, cảm ơn anh")) == 5);
    CHECK(satisfactionRating(QStringLiteral("Rất hài lòng")) == 5);
    CHECK(satisfactionRating(QStringLiteral("rat hai long a")) == 5);
    CHECK(satisfactionRating(QString::fromUtf8("ha\xcc\x80i lo\xcc\x80ng")) == 4); // decomposed Unicode
    CHECK(satisfactionRating(QStringLiteral("Bình thường")) == 3);
    CHECK(satisfactionRating(QStringLiteral("chưa hài lòng")) == 2);
    CHECK(satisfactionRating(QStringLiteral("ko hài lòng")) == 1);
    CHECK(satisfactionRating(QStringLiteral("Không hài lòng!")) == 1);
    CHECK_FALSE(satisfactionRating(QStringLiteral("6")));
    CHECK_FALSE(satisfactionRating(QStringLiteral("0")));
    CHECK_FALSE(satisfactionRating(QStringLiteral("5 ngày rồi chưa có căn cước")));
    CHECK_FALSE(satisfactionRating(QStringLiteral("Cho em hỏi thêm về hộ chiếu")));
    CHECK_FALSE(satisfactionRating(QStringLiteral("Không hài lòng vì cán bộ hẹn mãi chưa làm, tôi muốn khiếu nại")));
    CHECK_FALSE(satisfactionRating(QStringLiteral("")));
}

TEST_CASE("A case closed after an answer asks once, the rating is recorded and the case stays closed", "[case][satisfaction]")
{
    Fixture f;
    unitsAsk(f, {Fixture::ward4()});
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    f.clock.ms = kT0 + kHour;
    const qint64 answeredAt = answer(f, id);
    f.clock.ms = kT0 + 2 * kHour;
    close(f, id);
    REQUIRE(questions(f, id) == 1);
    CHECK(f.text("SELECT state FROM outbox WHERE case_id = ?1 AND purpose = 'satisfaction'", id) == QStringLiteral("queued"));
    CHECK(f.text("SELECT text FROM outbox WHERE case_id = ?1 AND purpose = 'satisfaction'", id) == domain::satisfactionQuestion());
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'satisfaction_asked'", id) == 1);

    // Sent: the question is no answer, the case stays closed with its first response.
    f.clock.ms = kT0 + 2 * kHour + 60000;
    REQUIRE(sendQuestion(f, id) > 0);
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", id) == QStringLiteral("closed"));
    CHECK(f.scalar("SELECT first_response_at FROM cases WHERE id = ?1", id) == answeredAt);
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'satisfaction_sent'", id) == 1);
    // Read back from the conversation by sync, it changes nothing either.
    f.message(QStringLiteral("u1"), domain::satisfactionQuestion(), f.clock.ms, false, Fixture::ward4(), Fixture::ward4Oa(),
              QStringLiteral("q-%1").arg(id));
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", id) == QStringLiteral("closed"));
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'answered_outside'", id) == 0);

    // The citizen answers "5, cảm ơn": recorded on the case, no new case, still closed.
    const qint64 before = cases(f);
    const qint64 replied = f.message(QStringLiteral("u1"), QStringLiteral("Dạ 5 ạ, cảm ơn"), kT0 + 3 * kHour);
    CHECK(replied == id);
    CHECK(cases(f) == before);
    CHECK(f.scalar("SELECT satisfaction_rating FROM cases WHERE id = ?1", id) == 5);
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", id) == QStringLiteral("closed"));
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'satisfaction_rated'", id) == 1);

    // A second rating is a new message like any other: it opens a case as before (no rating is overwritten).
    const qint64 second = f.message(QStringLiteral("u1"), QStringLiteral("4"), kT0 + 4 * kHour);
    CHECK(second != id);
    CHECK(f.scalar("SELECT satisfaction_rating FROM cases WHERE id = ?1", id) == 5);

    // The period report: one asked, one rated 5, under ward 4 and procedure questions.
    {
        report::PeriodReportBuilder builder(*f.db, f.clock);
        auto r = builder.build(QDate(2026, 11, 30), QDate(2026, 11, 30));
        REQUIRE(r.ok());
        CHECK(r->satisfaction.asked == 1);
        CHECK(r->satisfaction.rated == 1);
        CHECK(r->satisfaction.average() == 5.0);
        CHECK(r->satisfaction.ratings == std::array<int, 5> {0, 0, 0, 0, 1});
        CHECK(r->satisfactionByCategory.value(QStringLiteral("procedure_question")).asked == 1);
        CHECK(r->satisfactionByCategory.value(QStringLiteral("crime_report")).asked == 0);
        const auto ward
            = std::find_if(r->ranking.cbegin(), r->ranking.cend(), [](const report::UnitPeriodFigures &u) { return u.unitId == Fixture::ward4(); });
        REQUIRE(ward != r->ranking.cend());
        CHECK(ward->satisfaction.rated == 1);
        const QJsonObject json = report::periodReportToJson(*r).value(QStringLiteral("satisfaction")).toObject();
        CHECK(json.value(QStringLiteral("asked")).toInt() == 1);
        CHECK(json.value(QStringLiteral("average")).toDouble() == 5.0);
        CHECK(json.value(QStringLiteral("ratings")).toObject().value(QStringLiteral("5")).toInt() == 1);
        CHECK(json.value(QStringLiteral("asked_share")).toDouble() == 1.0); // one closed, one asked
    }

    // Reopened and closed again: never asked twice.
    f.clock.ms = kT0 + 5 * kHour;
    close(f, second); // the new case was not answered: no question either
    CHECK(questions(f, second) == 0);
    store::CaseStore caseStore(*f.db);
    REQUIRE(caseStore.markShown(kOfficer(), id, *caseStore.version(kOfficer(), id), f.clock.ms).ok());
    REQUIRE(store::CaseWriter(*f.db, f.clock).reopen(kOfficer(), id, QStringLiteral("Hỏi lại")).ok());
    close(f, id);
    CHECK(questions(f, id) == 1);
}

TEST_CASE("Any other reply to the question opens a case as before, and so does a rating after the window", "[case][satisfaction]")
{
    Fixture f;
    unitsAsk(f, {QStringLiteral("*")});
    const qint64 a = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    const qint64 b = f.message(QStringLiteral("u2"), QStringLiteral("Cho hỏi đăng ký tạm trú"), kT0);
    f.clock.ms = kT0 + kHour;
    answer(f, a);
    answer(f, b);
    close(f, a);
    close(f, b);
    REQUIRE(sendQuestion(f, a) > 0);
    REQUIRE(sendQuestion(f, b) > 0);

    const qint64 other
        = f.message(QStringLiteral("u1"), QStringLiteral("Không hài lòng vì hẹn mãi chưa có căn cước, tôi muốn khiếu nại"), kT0 + 2 * kHour);
    CHECK(other != a);
    CHECK(f.scalar("SELECT ifnull(satisfaction_rating, 0) FROM cases WHERE id = ?1", a) == 0);
    CHECK(f.scalar("SELECT previous_case FROM cases WHERE id = ?1", other) == a);

    const qint64 late = f.message(QStringLiteral("u2"), QStringLiteral("5"), kT0 + kHour + domain::kSatisfactionReplyMs + kHour);
    CHECK(late != b);
    CHECK(f.scalar("SELECT ifnull(satisfaction_rating, 0) FROM cases WHERE id = ?1", b) == 0);
}

TEST_CASE("No question for a crime report, a protected reporter, an unanswered case, a unit that does not ask, or a billed window",
          "[case][satisfaction]")
{
    Fixture f;
    unitsAsk(f, {Fixture::ward4()});
    // A crime report, answered and closed at once.
    f.triage = [](const QString &, qint64) {
        domain::TriageResult t;
        t.category = domain::Category::CrimeReport;
        t.confidence = 0.9;
        return t;
    };
    const qint64 crime = f.message(QStringLiteral("u1"), QStringLiteral("Tôi tố giác trộm xe"), kT0);
    f.triage = {};
    // Unanswered.
    const qint64 unanswered = f.message(QStringLiteral("u2"), QStringLiteral("Cho hỏi làm hộ chiếu"), kT0);
    // Another unit's page, which does not ask.
    const qint64 elsewhere
        = f.message(QStringLiteral("u3"), QStringLiteral("Cho hỏi làm hộ chiếu"), kT0, true, QStringLiteral("29239"), QStringLiteral("oa-29239"));
    // The citizen last wrote three days before the close: answers are billed by then.
    const qint64 billed = f.message(QStringLiteral("u4"), QStringLiteral("Cho hỏi đăng ký xe"), kT0);
    f.clock.ms = kT0 + kHour;
    answer(f, crime);
    answer(f, elsewhere);
    answer(f, billed);
    close(f, crime);
    close(f, unanswered);
    close(f, elsewhere);
    f.clock.ms = kT0 + 3 * kDay;
    close(f, billed);
    for (qint64 id : {crime, unanswered, elsewhere, billed}) {
        INFO(id);
        CHECK(questions(f, id) == 0);
        CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind LIKE 'satisfaction%'", id) == 0);
    }
    // Protected reporter (a security report's informant): no question either.
    const qint64 informant = f.message(QStringLiteral("u5"), QStringLiteral("Cho hỏi làm căn cước"), f.clock.ms);
    REQUIRE(store::Statement(*f.db, "UPDATE cases SET reporter_protected = 1 WHERE id = ?1").bind(1, informant).exec().ok());
    f.clock.ms += kHour;
    answer(f, informant);
    close(f, informant);
    CHECK(questions(f, informant) == 0);
}

TEST_CASE("A question that waited past Zalo's free 48 hours is not sent, and is no failed answer", "[case][satisfaction]")
{
    Fixture f;
    unitsAsk(f, {Fixture::ward4()});
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    f.clock.ms = kT0 + kHour;
    answer(f, id);
    f.clock.ms = kT0 + 47 * kHour;
    close(f, id);
    REQUIRE(questions(f, id) == 1);
    // The sender comes back after the 48 hours (a PC switched off overnight).
    f.clock.ms = kT0 + 49 * kHour;
    CHECK(sendQuestion(f, id) == 0);
    CHECK(f.text("SELECT state FROM outbox WHERE case_id = ?1 AND purpose = 'satisfaction'", id) == QStringLiteral("failed"));
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'satisfaction_failed'", id) == 1);
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'answer_failed'", id) == 0);
    auto failed = store::QueueStore(*f.db).failedAnswers(kOfficer());
    REQUIRE(failed.ok());
    CHECK(failed->isEmpty());
    auto counts = store::OutboxStore(*f.db, f.clock).counts();
    REQUIRE(counts.ok());
    CHECK(counts->failed == 0);
    // Never sent, so a "5" afterwards is a new message as before.
    CHECK(f.message(QStringLiteral("u1"), QStringLiteral("5"), kT0 + 50 * kHour) != id);
}
