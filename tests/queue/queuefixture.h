#pragma once

// A data folder with the shipped unit tree and cases made the way sync makes them (through
// IngestStore), for the queue's store, model, window and command-line tests. Core only.

#include "core/common/datafolder.h"
#include "core/domain/casetypes.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace casedesk::queuetest {

inline constexpr qint64 kMinute = 60LL * 1000;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

/// 2026-11-30 09:00 in Trà Vinh (UTC+7).
inline qint64 testNow()
{
    return QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

/// What a test case is made of.
struct CaseSpec
{
    QString unit = QStringLiteral("29236");
    QString user; // a new citizen when empty
    QString citizenName;
    QString text = QStringLiteral("Cho em hỏi thủ tục");
    qint64 at = 0; // when the citizen wrote (default: now - 1 h)
    domain::Category category = domain::Category::ProcedureQuestion;
    bool urgent = false;
    qint64 dueAt = 0; // 0 = no deadline
    qint64 answeredAt = 0; // an answer from the unit at this time
    double confidence = 0.9; // the classifier's

    CaseSpec &in(const QString &v)
    {
        unit = v;
        return *this;
    }
    CaseSpec &by(const QString &v)
    {
        user = v;
        return *this;
    }
    CaseSpec &named(const QString &v)
    {
        citizenName = v;
        return *this;
    }
    CaseSpec &saying(const QString &v)
    {
        text = v;
        return *this;
    }
    CaseSpec &when(qint64 v)
    {
        at = v;
        return *this;
    }
    CaseSpec &as(domain::Category v)
    {
        category = v;
        return *this;
    }
    CaseSpec &isUrgent(bool v = true)
    {
        urgent = v;
        return *this;
    }
    CaseSpec &due(qint64 v)
    {
        dueAt = v;
        return *this;
    }
    CaseSpec &answered(qint64 v)
    {
        answeredAt = v;
        return *this;
    }
};

class QueueFixture final
{
public:
    QueueFixture()
    {
        REQUIRE(m_dir.isValid());
        const DataFolder folder(m_dir.path());
        auto opened = store::Database::open(casedesk::testsupport::freshDatabase(m_dir.path()));
        REQUIRE(opened.ok());
        m_db = std::make_unique<store::Database>(std::move(*opened));
        store::UnitStore units(*m_db);
        REQUIRE(units.seedIfEmpty(QDate(2026, 11, 30)).ok());
        m_ingest = std::make_unique<store::IngestStore>(*m_db);
    }

    store::Database &db() { return *m_db; }
    QString dataDir() const { return m_dir.path(); }

    /// Opens a case as sync would; returns its id.
    qint64 addCase(const CaseSpec &spec)
    {
        const QString user = spec.user.isEmpty() ? QStringLiteral("u%1").arg(++m_users) : spec.user;
        const QString oa = QStringLiteral("oa-") + spec.unit;
        const qint64 at = spec.at ? spec.at : testNow() - kHour;
        QVector<domain::IncomingMessage> messages;
        messages.push_back(message(oa, user, true, at, spec.text));
        if (spec.answeredAt)
            messages.push_back(message(oa, user, false, spec.answeredAt, QStringLiteral("Chào bạn, đơn vị đã nhận.")));
        std::optional<domain::CitizenProfile> profile;
        if (!spec.citizenName.isEmpty()) {
            domain::CitizenProfile p;
            p.oaId = oa;
            p.userId = user;
            p.displayName = spec.citizenName;
            p.fetchedAt = at;
            profile = p;
        }
        const domain::Category category = spec.category;
        const bool urgent = spec.urgent;
        const qint64 due = spec.dueAt;
        const double confidence = spec.confidence;
        auto result = m_ingest->ingest(spec.unit, messages, profile, [category, urgent, due, confidence](const QString &, qint64) {
            domain::TriageResult t;
            t.category = category;
            t.confidence = confidence;
            t.urgent = urgent;
            t.dueAt = due;
            return t;
        });
        REQUIRE(result.ok());
        store::Statement st(*m_db, "SELECT case_id FROM messages WHERE message_id = ?1");
        st.bind(1, QStringLiteral("m%1").arg(m_messages - int(messages.size()) + 1));
        REQUIRE(st.next());
        return st.int64(0);
    }

    /// Another message of a citizen (joins their open case).
    void addMessage(const QString &unit, const QString &user, qint64 at, const QString &text, bool incoming = true)
    {
        auto result = m_ingest->ingest(unit, {message(QStringLiteral("oa-") + unit, user, incoming, at, text)}, std::nullopt, {});
        REQUIRE(result.ok());
    }

    /// Officers' actions are not the queue's business: tests set their outcome directly.
    void setColumn(qint64 caseId, const char *sql, const QString &value)
    {
        store::Statement st(*m_db, sql);
        st.bind(1, value).bind(2, caseId);
        REQUIRE(st.exec().ok());
    }
    void setStatus(qint64 caseId, const QString &status) { setColumn(caseId, "UPDATE cases SET status = ?1 WHERE id = ?2", status); }
    void setAssignee(qint64 caseId, const QString &who) { setColumn(caseId, "UPDATE cases SET assignee = ?1 WHERE id = ?2", who); }
    void moveTo(qint64 caseId, const QString &unit) { setColumn(caseId, "UPDATE cases SET unit_id = ?1 WHERE id = ?2", unit); }

private:
    domain::IncomingMessage message(const QString &oa, const QString &user, bool incoming, qint64 at, const QString &text)
    {
        domain::IncomingMessage in;
        in.message.messageId = QStringLiteral("m%1").arg(++m_messages);
        in.message.oaId = oa;
        in.message.userId = user;
        in.message.incoming = incoming;
        in.message.sentAt = at;
        in.message.text = text;
        return in;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::IngestStore> m_ingest;
    int m_users = 0;
    int m_messages = 0;
};

} // namespace casedesk::queuetest
