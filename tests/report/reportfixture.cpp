#include "reportfixture.h"
#include "support/testdatabase.h"

#include "core/store/eventlog.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

namespace casedesk::tests {

using store::Statement;

qint64 local(const char *isoLocal)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(isoLocal), Qt::ISODate);
    REQUIRE(t.isValid());
    return QDateTime(t.date(), t.time(), QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).toMSecsSinceEpoch();
}

ReportFixture::ReportFixture()
    : m_clock(QDateTime::fromMSecsSinceEpoch(local("2026-12-02T10:00"), QTimeZone::utc()))
{
    REQUIRE(m_dir.isValid());
    auto db = store::Database::open(casedesk::testsupport::freshDatabase(m_dir.path()));
    REQUIRE(db.ok());
    m_db = std::make_unique<store::Database>(std::move(*db));
    store::UnitStore units(*m_db);
    REQUIRE(units.seedIfEmpty(QDate(2026, 11, 1)).ok());
    // A unit name with a quote, to check CSV quoting (84-PC07's name already holds commas).
    Statement rename(*m_db, "UPDATE units SET name = ?2 WHERE id = ?1");
    rename.bind(1, QStringLiteral("29266")).bind(2, QStringLiteral("Công an thị trấn \"Càng Long\""));
    REQUIRE(rename.exec().ok());
    build();
}

qint64 ReportFixture::addCase(const QString &code, const QString &origin, const QString &unit, const QString &category, bool urgent,
                              const QString &status, qint64 openedAt, qint64 dueAt, qint64 firstResponseAt, qint64 closedAt)
{
    const QString user = QStringLiteral("u%1").arg(++m_citizen);
    Statement citizen(*m_db, "INSERT INTO citizens (oa_id, user_id, display_name) VALUES ('oa1', ?1, ?2)");
    citizen.bind(1, user).bind(2, citizenName());
    REQUIRE(citizen.exec().ok());
    Statement st(*m_db,
                 "INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, category, urgent, status, opened_at, due_at, "
                 "first_response_at, closed_at, last_citizen_at, last_message_at, preview) "
                 "VALUES (?1, 'oa1', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?8, ?8, ?12) RETURNING id");
    st.bind(1, code)
        .bind(2, user)
        .bind(3, origin)
        .bind(4, unit)
        .bind(5, category)
        .bind(6, urgent)
        .bind(7, status)
        .bind(8, openedAt)
        .bindOptionalMs(9, dueAt)
        .bindOptionalMs(10, firstResponseAt)
        .bindOptionalMs(11, closedAt)
        .bind(12, QStringLiteral("Tôi là ") + citizenName());
    const auto r = st.execReturningId();
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    const qint64 id = *r;
    addEvent(id, openedAt, QStringLiteral("opened"),
             {{QStringLiteral("unit"), origin}, {QStringLiteral("category"), category}, {QStringLiteral("urgent"), urgent}},
             QStringLiteral("CaseDesk"));
    return id;
}

void ReportFixture::addEvent(qint64 caseId, qint64 at, const QString &kind, const QJsonObject &detail, const QString &officer)
{
    store::EventLog log(*m_db);
    REQUIRE(log.append(caseId, at, officer, kind, detail).ok());
}

namespace {

QJsonObject transfer(const char *from, const char *to, const char *statusBefore, const char *statusAfter)
{
    return {
        {QStringLiteral("from"), QString::fromLatin1(from)},
        {QStringLiteral("to"), QString::fromLatin1(to)},
        {QStringLiteral("reason"), QStringLiteral("Thẩm quyền, đúng \"quy định\"")},
        {QStringLiteral("unit_before"), QString::fromLatin1(from)},
        {QStringLiteral("unit_after"), QString::fromLatin1(to)},
        {QStringLiteral("status_before"), QString::fromLatin1(statusBefore)},
        {QStringLiteral("status_after"), QString::fromLatin1(statusAfter)},
    };
}

QJsonObject status(const char *before, const char *after)
{
    return {{QStringLiteral("status_before"), QString::fromLatin1(before)}, {QStringLiteral("status_after"), QString::fromLatin1(after)}};
}

} // namespace

void ReportFixture::build()
{
    const QString pq = QStringLiteral("procedure_question");
    const QString crime = QStringLiteral("crime_report");
    const QString security = QStringLiteral("security_report");
    const QString petition = QStringLiteral("petition");
    const QString p4 = QStringLiteral("29236"); // Công an phường 4 (under 842)
    const QString p1 = QStringLiteral("29239"); // Công an phường 1 (under 842)
    const QString cl = QStringLiteral("29266"); // Công an thị trấn Càng Long (under 844)
    const QString pc07 = QStringLiteral("84-PC07");

    // A: a procedure question answered from Zalo's inbox after 30 minutes.
    const qint64 a = addCase(QStringLiteral("TV-2026-000001"), p4, p4, pq, false, QStringLiteral("answered"), local("2026-11-30T08:00"),
                             local("2026-12-02T08:00"), local("2026-11-30T08:30"));
    addEvent(a, local("2026-11-30T08:30"), QStringLiteral("answered_outside"), status("new", "answered"), QStringLiteral("CaseDesk"));
    // An unrelated failure (not the reply window): not a missed window.
    addEvent(a, local("2026-11-30T08:20"), QStringLiteral("answer_failed"),
             {{QStringLiteral("outbox_id"), 1}, {QStringLiteral("error"), QStringLiteral("x")}, {QStringLiteral("zalo_code"), -201}},
             QStringLiteral("CaseDesk"));

    // B: an urgent crime report, never answered, forwarded twice that day (P.4 → PC02 → PC07)
    // and once more the next day (PC07 → PC03): at the end of the day PC07 held it.
    const qint64 b = addCase(QStringLiteral("TV-2026-000002"), p4, QStringLiteral("84-PC03"), crime, true, QStringLiteral("transferred"),
                             local("2026-11-30T09:00"), local("2026-11-30T10:00"));
    addEvent(b, local("2026-11-30T09:20"), QStringLiteral("forwarded"), transfer("29236", "84-PC02", "new", "transferred"));
    addEvent(b, local("2026-11-30T11:00"), QStringLiteral("forwarded"), transfer("84-PC02", "84-PC07", "transferred", "transferred"));
    addEvent(b, local("2026-12-01T09:00"), QStringLiteral("forwarded"), transfer("84-PC07", "84-PC03", "transferred", "transferred"));

    // C: a petition of the day before, answered and closed then, reopened this day, closed the next.
    const qint64 c = addCase(QStringLiteral("TV-2026-000003"), p1, p1, petition, false, QStringLiteral("closed"), local("2026-11-29T10:00"),
                             local("2026-12-10T10:00"), local("2026-11-29T11:00"), local("2026-12-01T10:00"));
    addEvent(c, local("2026-11-29T11:00"), QStringLiteral("answered_outside"), status("new", "answered"), QStringLiteral("CaseDesk"));
    addEvent(c, local("2026-11-29T15:00"), QStringLiteral("closed"), status("answered", "closed"));
    addEvent(c, local("2026-11-30T09:00"), QStringLiteral("reopened"), status("closed", "open"));
    addEvent(c, local("2026-12-01T10:00"), QStringLiteral("closed"), status("open", "closed"));

    // D: a security report 30 seconds before local midnight (counts on the 30th).
    addCase(QStringLiteral("TV-2026-000004"), cl, cl, security, false, QStringLiteral("new"), local("2026-11-30T23:59:30"),
            local("2026-12-01T00:59:30"));
    // E: another 30 seconds after midnight (counts on 1 December).
    addCase(QStringLiteral("TV-2026-000005"), cl, cl, QStringLiteral("other"), false, QStringLiteral("new"), local("2026-12-01T00:00:30"), 0);

    // F: a question of the evening before, escalated to the district, returned, answered late.
    const qint64 f = addCase(QStringLiteral("TV-2026-000006"), p4, p4, pq, false, QStringLiteral("answered"), local("2026-11-29T20:00"),
                             local("2026-11-30T09:00"), local("2026-11-30T10:00"));
    addEvent(f, local("2026-11-30T08:00"), QStringLiteral("escalated"), transfer("29236", "842", "new", "transferred"));
    addEvent(f, local("2026-11-30T09:00"), QStringLiteral("returned"), transfer("842", "29236", "transferred", "open"));
    addEvent(f, local("2026-11-30T10:00"), QStringLiteral("answer_sent"),
             {{QStringLiteral("outbox_id"), 7},
              {QStringLiteral("message_id"), QStringLiteral("m7")},
              {QStringLiteral("status_before"), QStringLiteral("open")},
              {QStringLiteral("status_after"), QStringLiteral("answered")}},
             QStringLiteral("CaseDesk"));

    // G: an old crime report never answered; that day two answers were refused: window closed.
    const qint64 g = addCase(QStringLiteral("TV-2026-000007"), p1, p1, crime, false, QStringLiteral("new"), local("2026-11-20T10:00"),
                             local("2026-11-21T10:00"));
    addEvent(g, local("2026-11-30T13:00"), QStringLiteral("answer_failed"),
             {{QStringLiteral("outbox_id"), 2}, {QStringLiteral("error"), QStringLiteral("closed")}, {QStringLiteral("zalo_code"), -230}},
             QStringLiteral("CaseDesk"));
    addEvent(g, local("2026-11-30T13:05"), QStringLiteral("answer_failed"),
             {{QStringLiteral("outbox_id"), 3}, {QStringLiteral("error"), QStringLiteral("closed")}, {QStringLiteral("zalo_code"), -232}},
             QStringLiteral("CaseDesk"));

    // H: a petition of 23 November never answered: its 7 days ran out that day at 14:00.
    const qint64 h = addCase(QStringLiteral("TV-2026-000008"), p4, p4, petition, false, QStringLiteral("open"), local("2026-11-23T14:00"),
                             local("2026-11-25T12:00"));
    addEvent(h, local("2026-11-24T09:00"), QStringLiteral("assigned"),
             {{QStringLiteral("before"), QString()},
              {QStringLiteral("after"), QStringLiteral("Trần B")},
              {QStringLiteral("status_before"), QStringLiteral("new")},
              {QStringLiteral("status_after"), QStringLiteral("open")}});

    // I: answered after 10 minutes and closed the same day.
    const qint64 i = addCase(QStringLiteral("TV-2026-000009"), p4, p4, pq, false, QStringLiteral("closed"), local("2026-11-30T07:00"),
                             local("2026-12-02T07:00"), local("2026-11-30T07:10"), local("2026-11-30T18:00"));
    addEvent(i, local("2026-11-30T07:10"), QStringLiteral("answered_outside"), status("new", "answered"), QStringLiteral("CaseDesk"));
    addEvent(i, local("2026-11-30T18:00"), QStringLiteral("closed"), status("answered", "closed"));

    // J: an urgent security report at a department, answered in 30 minutes, still open.
    const qint64 j = addCase(QStringLiteral("TV-2026-000010"), pc07, pc07, security, true, QStringLiteral("answered"), local("2026-11-30T14:00"),
                             local("2026-11-30T15:00"), local("2026-11-30T14:30"));
    addEvent(j, local("2026-11-30T14:30"), QStringLiteral("answer_sent"),
             {{QStringLiteral("outbox_id"), 9},
              {QStringLiteral("message_id"), QStringLiteral("m9")},
              {QStringLiteral("status_before"), QStringLiteral("new")},
              {QStringLiteral("status_after"), QStringLiteral("answered")}},
             QStringLiteral("CaseDesk"));
    addEvent(j, local("2026-11-30T14:40"), QStringLiteral("noted"), {{QStringLiteral("text"), QStringLiteral("Đã cử tổ công tác")}});
}

} // namespace casedesk::tests
