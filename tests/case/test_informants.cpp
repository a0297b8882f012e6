// The person who reports a crime, protected whatever happens to the case afterwards; and triage
// that follows the conversation, with urgency and deadline following the category.
#include "clifixture.h"

#include "core/common/datafolder.h"
#include "core/domain/caseevent.h"
#include "core/domain/officetime.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/triage/triageengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casetest;

namespace {

const QString kReporter = QStringLiteral("Trần Thị Mai"); // CliFixture's citizen

std::shared_ptr<triage::TriageEngine> engineFor(store::Database &db)
{
    auto units = store::UnitStore(db).list();
    REQUIRE(units.ok());
    auto engine = triage::TriageEngine::create(*units);
    REQUIRE(engine.ok());
    return *engine;
}

/// Every place a CLI user sees the case shows the masked reporter and never the name, id or avatar.
void checkMasked(CliFixture &f, qint64 id)
{
    const QString masked = domain::maskedReporterName();
    auto show = f.run({QStringLiteral("case"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().value(QStringLiteral("citizen")).toString() == masked);
    CHECK(show.json().value(QStringLiteral("reporter_protected")).toBool());
    auto showText = f.run({QStringLiteral("case"), QStringLiteral("show"), QString::number(id)});
    REQUIRE(showText.exitCode == 0);
    auto queue = f.run({QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--json")});
    REQUIRE(queue.exitCode == 0);
    auto queueText = f.run({QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("all")});
    REQUIRE(queueText.exitCode == 0);
    auto search = f.run({QStringLiteral("queue"), QStringLiteral("--search"), QStringLiteral("xe"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    for (const Result *r : {&show, &showText, &queue, &queueText, &search}) {
        CHECK_FALSE(r->text().contains(kReporter));
        CHECK_FALSE(r->text().contains(QStringLiteral("u-reporter")));
        CHECK_FALSE(r->text().contains(QStringLiteral("avatar")));
    }
    CHECK(showText.text().contains(masked));
    CHECK(queueText.text().contains(masked));
}

} // namespace

TEST_CASE("A crime report's reporter stays hidden after the category changes, everywhere, until revealed with a reason", "[case][informant][cli]")
{
    CliFixture f;
    const qint64 id
        = f.citizenWrites(QStringLiteral("u-reporter"), QStringLiteral("Tôi tố giác ổ đề và trộm xe ở ấp 3"), kHour, domain::Category::CrimeReport);
    checkMasked(f, id);

    for (const char *category : {"other", "petition", "crime_report", "procedure_question"}) {
        DYNAMIC_SECTION("after categorize " << category)
        {
            auto r = f.run({QStringLiteral("case"), QStringLiteral("categorize"), QString::number(id), QStringLiteral("--category"),
                            QString::fromLatin1(category)});
            REQUIRE(r.exitCode == 0);
            CHECK_FALSE(r.text().contains(kReporter));
            checkMasked(f, id);
        }
    }

    // The report of the day names nobody.
    const QString day = QDateTime::currentDateTimeUtc().toTimeZone(domain::officeTimeZone()).date().toString(Qt::ISODate);
    for (const char *format : {"json", "csv", "html"}) {
        auto report = f.run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day, QStringLiteral("--format"),
                             QString::fromLatin1(format), QStringLiteral("--out"), QStringLiteral("-")});
        REQUIRE(report.exitCode == 0);
        CHECK_FALSE(report.text().contains(kReporter));
    }

    // Revealing needs a reason; with one it shows the identity and says so in the history.
    auto noReason = f.run({QStringLiteral("case"), QStringLiteral("reveal"), QString::number(id)});
    CHECK(noReason.exitCode == 2);
    CHECK_FALSE(noReason.text().contains(kReporter));
    auto reveal = f.run({QStringLiteral("case"), QStringLiteral("reveal"), QString::number(id), QStringLiteral("--reason"),
                         QStringLiteral("Điều tra viên cần lấy lời khai"), QStringLiteral("--json")});
    REQUIRE(reveal.exitCode == 0);
    CHECK(reveal.json().value(QStringLiteral("name")).toString() == kReporter);
    CHECK(reveal.json().value(QStringLiteral("zalo_user_id")).toString() == QStringLiteral("u-reporter"));
    auto show = f.run({QStringLiteral("case"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonArray events = show.json().value(QStringLiteral("events")).toArray();
    REQUIRE_FALSE(events.isEmpty());
    const QJsonObject last = events.last().toObject();
    CHECK(last.value(QStringLiteral("kind")).toString() == QString::fromLatin1(domain::events::kIdentityRevealed));
    CHECK(last.value(QStringLiteral("officer")).toString() == QStringLiteral("Phạm Thu"));
    CHECK(last.value(QStringLiteral("detail")).toObject().value(QStringLiteral("reason")).toString()
          == QStringLiteral("Điều tra viên cần lấy lời khai"));
    // A reveal shows the identity to the officer who asked; the case stays protected for everyone else.
    checkMasked(f, id);

    // Nothing to reveal in a case that never was a crime report.
    const qint64 question = f.citizenWrites(QStringLiteral("u-question"), QStringLiteral("Làm căn cước cần gì"), kHour);
    auto refused
        = f.run({QStringLiteral("case"), QStringLiteral("reveal"), QString::number(question), QStringLiteral("--reason"), QStringLiteral("xem")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("never been a crime report")));
}

TEST_CASE("A case that opens with a greeting and then reports a crime becomes a crime report, hidden, due from that message",
          "[case][informant][triage]")
{
    Fixture f;
    auto engine = engineFor(*f.db);
    f.triage = triage::TriageEngine::function(engine);
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Xin chào"), kT0);
    store::CaseStore cases(*f.db);
    const auto scope = everyUnit(QStringLiteral("Phạm Thu"));
    auto before = cases.summary(scope, id);
    REQUIRE(before.ok());
    REQUIRE(before->category != domain::Category::CrimeReport);
    CHECK_FALSE(before->reporterProtected);

    const qint64 reportAt = kT0 + kDay + 2 * kHour; // the next morning
    const QString report = QStringLiteral("Tôi muốn tố giác: tối qua nhà tôi bị kẻ trộm cạy cửa lấy mất xe máy và hai chỉ vàng");
    REQUIRE(f.message(QStringLiteral("u1"), report, reportAt) == id);
    const QString reportMessage = f.lastMessageId();
    auto after = cases.summary(scope, id);
    REQUIRE(after.ok());
    CHECK(after->category == domain::Category::CrimeReport);
    CHECK(after->reporterProtected);
    CHECK(after->categoryBy == QStringLiteral("classifier"));
    // Not urgent (it happened last night): 3 working days counted from the report, not from "Xin chào"
    // the day before.
    CHECK_FALSE(after->urgent);
    CHECK(after->dueAt == engine->dueAt(reportAt, domain::Category::CrimeReport, false));
    CHECK(after->dueAt != engine->dueAt(kT0, domain::Category::CrimeReport, false));

    auto detail = cases.detail(scope, id);
    REQUIRE(detail.ok());
    const domain::CaseEvent &e = detail->events.last();
    CHECK(e.kind == QString::fromLatin1(domain::events::kRetriaged));
    CHECK(e.detail.value(QStringLiteral("after")).toString() == QStringLiteral("crime_report"));
    CHECK(e.detail.value(QStringLiteral("message_id")).toString() == reportMessage);
    CHECK(e.at == reportAt);

    // A "thank you" afterwards does not take it out of the crime reports.
    f.message(QStringLiteral("u1"), QStringLiteral("Cảm ơn các anh nhiều"), reportAt + kHour);
    CHECK(cases.summary(scope, id)->category == domain::Category::CrimeReport);

    // Once an officer has set the category, what the citizen adds no longer changes it; the
    // reporter stays hidden.
    store::CaseWriter writer(*f.db, f.clock);
    REQUIRE(writer.categorize(scope, id, domain::Category::Petition).ok());
    f.message(QStringLiteral("u1"), QStringLiteral("Có người đang cầm dao đòi chém nhà tôi, cứu với"), reportAt + 3 * kHour);
    auto later = cases.summary(scope, id);
    CHECK(later->category == domain::Category::Petition);
    CHECK(later->reporterProtected);
}

TEST_CASE("Something happening now, added to a quiet report, makes it urgent with a one-hour deadline from that message", "[case][triage]")
{
    Fixture f;
    auto engine = engineFor(*f.db);
    f.triage = triage::TriageEngine::function(engine);
    const qint64 id = f.message(QStringLiteral("u2"), QStringLiteral("Xin chào công an xã"), kT0);
    const qint64 at = kT0 + 30 * 60 * 1000;
    f.message(QStringLiteral("u2"), QStringLiteral("Cứu với, đang có nhóm thanh niên cầm dao đánh nhau trước cổng chợ"), at);
    store::CaseStore cases(*f.db);
    auto c = cases.summary(everyUnit(QStringLiteral("Phạm Thu")), id);
    REQUIRE(c.ok());
    CHECK((c->category == domain::Category::CrimeReport || c->category == domain::Category::SecurityReport));
    CHECK(c->urgent);
    CHECK(c->dueAt == at + kHour);
}

TEST_CASE("An officer's category change brings the category's urgency and deadline, counted from the opening, and the history says so",
          "[case][triage]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u3"), QStringLiteral("Đang có nhóm thanh niên cầm dao đánh nhau trước cổng chợ, cứu với"), kT0);
    store::CaseStore cases(*f.db);
    const auto scope = everyUnit(QStringLiteral("Phạm Thu"));
    auto before = cases.summary(scope, id);
    REQUIRE(before->category == domain::Category::ProcedureQuestion); // the fixture's triage
    CHECK_FALSE(before->urgent);

    auto engine = engineFor(*f.db);
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::Hooks hooks;
    hooks.assess = triage::TriageEngine::assessFunction(engine);
    writer.setHooks(hooks);
    f.clock.ms = kT0 + 10 * 60 * 1000;
    REQUIRE(writer.categorize(scope, id, domain::Category::SecurityReport).ok());
    auto after = cases.summary(scope, id);
    CHECK(after->urgent);
    CHECK(after->dueAt == kT0 + kHour);
    CHECK_FALSE(after->reporterProtected);

    auto detail = cases.detail(scope, id);
    const domain::CaseEvent &e = detail->events.last();
    CHECK(e.kind == QString::fromLatin1(domain::events::kCategorized));
    CHECK(e.detail.value(QStringLiteral("urgent_before")).toBool() == false);
    CHECK(e.detail.value(QStringLiteral("urgent_after")).toBool() == true);
    CHECK(qint64(e.detail.value(QStringLiteral("due_before")).toDouble()) == before->dueAt);
    CHECK(qint64(e.detail.value(QStringLiteral("due_after")).toDouble()) == kT0 + kHour);

    // To "other": no deadline, not urgent.
    REQUIRE(writer.categorize(scope, id, domain::Category::Other).ok());
    after = cases.summary(scope, id);
    CHECK_FALSE(after->urgent);
    CHECK(after->dueAt == 0);
}

TEST_CASE("A thank-you after a question or a report neither buries the case in other nor lifts its deadline", "[case][triage]")
{
    Fixture f;
    auto engine = engineFor(*f.db);
    f.triage = triage::TriageEngine::function(engine);
    store::CaseStore cases(*f.db);
    const auto scope = everyUnit(QStringLiteral("Phạm Thu"));
    const qint64 question = f.message(QStringLiteral("u4"), QStringLiteral("Cho em hỏi làm căn cước gắn chip cần mang giấy tờ gì ạ"), kT0);
    const auto before = cases.summary(scope, question);
    REQUIRE(before->category == domain::Category::ProcedureQuestion);
    f.message(QStringLiteral("u4"), QStringLiteral("Dạ em cảm ơn ạ"), kT0 + kHour);
    f.message(QStringLiteral("u4"), QStringLiteral("Chúc các anh sức khỏe, cảm ơn nhiều"), kT0 + 2 * kHour);
    const auto after = cases.summary(scope, question);
    CHECK(after->category == domain::Category::ProcedureQuestion);
    CHECK(after->dueAt == before->dueAt);

    const qint64 report
        = f.message(QStringLiteral("u5"), QStringLiteral("Đang có nhóm thanh niên đua xe lạng lách trên đường Nguyễn Đáng, rất nguy hiểm"), kT0);
    const auto r0 = cases.summary(scope, report);
    REQUIRE((r0->category == domain::Category::SecurityReport || r0->category == domain::Category::CrimeReport));
    f.message(QStringLiteral("u5"), QStringLiteral("Cảm ơn các anh đã hỗ trợ, mong công an xã xử lý"), kT0 + kHour);
    CHECK(cases.summary(scope, report)->category == r0->category);
    CHECK(cases.summary(scope, report)->dueAt == r0->dueAt);
}
