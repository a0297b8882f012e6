// The figures of cases written the way the program writes them: IngestStore (sync) and
// CaseWriter (officers' actions), on a clock set to each action's time.

#include "reportfixture.h"
#include "support/testdatabase.h"

#include "core/domain/officerscope.h"
#include "core/report/dailyreportbuilder.h"
#include "core/store/casewriter.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/unitstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace casedesk;
using casedesk::tests::FixedClock;
using casedesk::tests::local;

namespace {

domain::IncomingMessage message(const QString &id, const QString &user, bool incoming, qint64 at, const QString &text)
{
    domain::IncomingMessage m;
    m.message.messageId = id;
    m.message.oaId = QStringLiteral("oa-29236");
    m.message.userId = user;
    m.message.incoming = incoming;
    m.message.sentAt = at;
    m.message.text = text;
    return m;
}

QDateTime at(const char *isoLocal)
{
    return QDateTime::fromMSecsSinceEpoch(local(isoLocal), QTimeZone::utc());
}

} // namespace

TEST_CASE("Figures of cases written by sync and by officers' actions through CaseWriter", "[report]")
{
    QTemporaryDir dir;
    auto opened = store::Database::open(casedesk::testsupport::freshDatabase(dir.path()));
    REQUIRE(opened.ok());
    store::Database &db = *opened;
    REQUIRE(store::UnitStore(db).seedIfEmpty(QDate(2026, 11, 1)).ok());
    FixedClock clock(at("2026-11-30T08:00"));

    const domain::TriageFunction triage = [](const QString &, qint64 openedAt) {
        domain::TriageResult t;
        t.category = domain::Category::Petition;
        t.confidence = 0.9;
        t.dueAt = openedAt + 2LL * 24 * 3600 * 1000;
        return t;
    };
    store::IngestStore ingest(db);
    // A petition at ward 4 at 08:00, answered from Zalo's inbox at 08:20.
    auto r = ingest.ingest(QStringLiteral("29236"),
                           {message(QStringLiteral("m1"), QStringLiteral("u1"), true, local("2026-11-30T08:00"), QStringLiteral("Phản ánh đường hư")),
                            message(QStringLiteral("m2"), QStringLiteral("u1"), false, local("2026-11-30T08:20"), QStringLiteral("Đã tiếp nhận"))},
                           std::nullopt, triage);
    REQUIRE(r.ok());
    REQUIRE(r->casesOpened == 1);
    const qint64 id = 1;

    store::CaseWriter writer(db, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Trần B");
    const auto ok = [](const store::ActionStatus &s) {
        INFO((s.ok() ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
    };
    // Forwarded twice (ward 4 → PC02 → PC07), returned to PC02, closed, reopened.
    clock.set(at("2026-11-30T09:00"));
    auto f1 = writer.forward(scope, id, {QStringLiteral("84-PC02"), QStringLiteral("Thẩm quyền"), QString(), false});
    INFO((f1.ok() ? QString() : f1.error().message).toStdString());
    REQUIRE(f1.ok());
    clock.set(at("2026-11-30T10:00"));
    ok(writer.accept(scope, id));
    clock.set(at("2026-11-30T10:30"));
    REQUIRE(writer.forward(scope, id, {QStringLiteral("84-PC07"), QStringLiteral("Đúng thẩm quyền"), QString(), false}).ok());
    clock.set(at("2026-11-30T11:00"));
    ok(writer.returnToSender(scope, id, QStringLiteral("Không thuộc thẩm quyền")));
    clock.set(at("2026-11-30T12:00"));
    ok(writer.close(scope, id));
    clock.set(at("2026-11-30T13:00"));
    ok(writer.reopen(scope, id, QStringLiteral("Người dân bổ sung")));

    clock.set(at("2026-12-01T09:00"));
    report::DailyReportBuilder builder(db, clock);
    auto province = builder.build(QDate(2026, 11, 30));
    REQUIRE(province.ok());
    CHECK(province->today.received == 1);
    CHECK(province->receivedByCategory.value(QStringLiteral("petition")) == 1);
    CHECK(province->today.answered == 1);
    CHECK(province->today.forwarded == 1); // one case, forwarded twice
    CHECK(province->today.returned == 1);
    CHECK(province->today.closed == 1);
    CHECK(province->today.open == 1); // reopened
    CHECK(province->today.overdue == 0);
    CHECK(*province->firstResponse.value(QStringLiteral("petition")).medianMinutes == Approx(20));
    REQUIRE(province->cases.size() == 1);
    CHECK(province->cases.at(0).unit == QStringLiteral("84-PC02"));
    CHECK(province->cases.at(0).status == QStringLiteral("open"));

    auto ward = builder.build(QDate(2026, 11, 30), QStringLiteral("29236"));
    REQUIRE(ward.ok());
    CHECK(ward->today.received == 1);
    CHECK(ward->today.forwarded == 1); // the first forward
    CHECK(ward->today.open == 0); // PC02 holds it
    auto pc02 = builder.build(QDate(2026, 11, 30), QStringLiteral("84-PC02"));
    REQUIRE(pc02.ok());
    CHECK(pc02->today.received == 0);
    CHECK(pc02->today.forwarded == 1); // the second forward
    CHECK(pc02->today.closed == 1); // it held the case when it was closed
    CHECK(pc02->today.open == 1);
    auto pc07 = builder.build(QDate(2026, 11, 30), QStringLiteral("84-PC07"));
    REQUIRE(pc07.ok());
    CHECK(pc07->today.returned == 1);
    CHECK(pc07->today.open == 0);
}
