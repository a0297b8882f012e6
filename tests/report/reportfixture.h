#pragma once

// A store with KNOWN cases and events around 2026-11-30 (Asia/Ho_Chi_Minh), shared by the
// report tests. Every figure of that day is worked out by hand in test_reportfigures.cpp.

#include "core/common/clock.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace casedesk::tests {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

/// UTC ms of a local time in Asia/Ho_Chi_Minh ("2026-11-30T08:00" or with seconds).
qint64 local(const char *isoLocal);

class ReportFixture
{
public:
    ReportFixture();
    store::Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    /// The data folder holding the store (casedesk.sqlite), for casedesk-cli --data-dir.
    QString dataDir() const { return m_dir.path(); }

    qint64 addCase(const QString &code, const QString &origin, const QString &unit, const QString &category, bool urgent, const QString &status,
                   qint64 openedAt, qint64 dueAt, qint64 firstResponseAt = 0, qint64 closedAt = 0);
    void addEvent(qint64 caseId, qint64 at, const QString &kind, const QJsonObject &detail, const QString &officer = QStringLiteral("Trần B"));

    /// The citizen of every case: its name must never appear in a report.
    static QString citizenName() { return QStringLiteral("Nguyễn Văn Tố Giác"); }

private:
    void build();

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    FixedClock m_clock;
    int m_citizen = 0;
};

} // namespace casedesk::tests
