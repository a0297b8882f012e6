#pragma once

// A store with the shipped unit tree and helpers to let citizens write, at injected times.

#include "core/common/clock.h"
#include "core/domain/officerscope.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace casetest {

using namespace casedesk;

inline constexpr qint64 kHour = 3600LL * 1000;
inline constexpr qint64 kDay = 24 * kHour;
// 2026-11-30T08:00:00+07:00
inline constexpr qint64 kT0 = 1796000400000LL;

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
    qint64 ms = kT0;
};

inline domain::OfficerScope everyUnit(const QString &officer)
{
    domain::OfficerScope scope;
    scope.officer = officer;
    return scope;
}

inline domain::OfficerScope onlyUnits(const QString &officer, std::initializer_list<QString> units)
{
    domain::OfficerScope scope;
    scope.officer = officer;
    scope.everyUnit = false;
    for (const QString &u : units)
        scope.units.insert(u);
    return scope;
}

/// A temporary database with the shipped unit tree, and a citizen who writes to ward 4's OA.
struct Fixture
{
    Fixture()
    {
        REQUIRE(dir.isValid());
        auto opened = store::Database::open(casedesk::testsupport::freshDatabase(dir.path()));
        REQUIRE(opened.ok());
        db = std::make_unique<store::Database>(std::move(*opened));
        store::UnitStore units(*db);
        REQUIRE(units.seedIfEmpty(QDate(2026, 11, 30)).ok());
    }

    /// A message in (from the citizen) or out (from the OA's own inbox) at @p at; returns the case id.
    qint64 message(const QString &userId, const QString &text, qint64 at, bool incoming = true, const QString &unit = QStringLiteral("29236"),
                   const QString &oaId = QStringLiteral("oa-29236"), const QString &messageId = {})
    {
        store::IngestStore ingest(*db);
        domain::IncomingMessage in;
        ++messageCounter;
        in.message.messageId = messageId.isEmpty() ? QStringLiteral("m%1").arg(messageCounter) : messageId;
        in.message.oaId = oaId;
        in.message.userId = userId;
        in.message.incoming = incoming;
        in.message.sentAt = at;
        in.message.text = text;
        domain::CitizenProfile citizen;
        citizen.oaId = oaId;
        citizen.userId = userId;
        citizen.displayName = QStringLiteral("Nguyễn Văn %1").arg(userId);
        citizen.fetchedAt = at;
        const domain::TriageFunction fixed = [](const QString &, qint64) {
            domain::TriageResult t;
            t.category = domain::Category::ProcedureQuestion;
            t.confidence = 0.8;
            return t;
        };
        auto r = ingest.ingest(unit, {in}, citizen, triage ? triage : fixed);
        REQUIRE(r.ok());
        store::Statement st(*db, "SELECT case_id FROM messages WHERE message_id = ?1");
        st.bind(1, in.message.messageId);
        REQUIRE(st.next());
        return st.int64(0);
    }

    QString lastMessageId() const { return QStringLiteral("m%1").arg(messageCounter); }
    static QString ward4() { return QStringLiteral("29236"); }
    static QString ward4Oa() { return QStringLiteral("oa-29236"); }

    qint64 scalar(const char *sql, qint64 bind1)
    {
        store::Statement st(*db, sql);
        st.bind(1, bind1);
        REQUIRE(st.next());
        return st.int64(0);
    }

    QString text(const char *sql, qint64 bind1)
    {
        store::Statement st(*db, sql);
        st.bind(1, bind1);
        REQUIRE(st.next());
        return st.text(0);
    }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    FakeClock clock;
    int messageCounter = 0;
    /// The triage of new and joined cases; unset: every case is a procedure question (0.8).
    domain::TriageFunction triage;
};

} // namespace casetest
