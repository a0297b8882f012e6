#pragma once

#include "core/common/expected.h"

#include <QString>
#include <QVector>

namespace casedesk::store {

class Database;

/// One officer's correction of a category: what the classifier learns from.
struct FeedbackRow
{
    qint64 id = 0;
    QString text;
    QString category; ///< a category key ("crime_report", …)
    qint64 atMs = 0; ///< when, ms since the epoch (UTC)
    QString officer;
};

/// Reads and writes the classifier_feedback table.
class FeedbackStore final
{
public:
    explicit FeedbackStore(Database &db);

    /// Records a correction; returns its id.
    Expected<qint64> add(const QString &text, const QString &category, qint64 atMs, const QString &officer);
    /// Every correction, oldest first.
    Expected<QVector<FeedbackRow>> all() const;
    int count() const;

    /// A forward an officer made: what the citizen wrote first, and the unit it went to.
    struct Forward
    {
        QString text;
        QString unitId;
    };
    /// Every forward of the case histories, oldest first: they teach the competent-unit suggestion.
    Expected<QVector<Forward>> forwards() const;

private:
    Database &m_db;
};

} // namespace casedesk::store
