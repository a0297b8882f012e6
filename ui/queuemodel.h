#pragma once

#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"
#include "core/domain/unit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPoint>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace casedesk {
class Clock;
}

namespace casedesk::store {
class QueueStore;
}

namespace casedesk::ui {

/// The triage queue as a table: a thin adapter over QueueStore that loads pages of 100 cases
/// on demand (keyset paging), never the whole queue, in the store's order. Sorting by a column
/// (sort(), the header's Received and Time left) is the store's order over the whole queue, not
/// a sort of the rows loaded; a search is newest match first whatever the sort.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// A deadline @p left milliseconds away (negative: passed), as the queue and the case both
    /// say it: "2:30 left", "3 days left", "overdue 5 hours", "overdue 29 days".
    static QString deadlineSpanText(qint64 left);
    enum Column {
        UrgencyColumn,
        ReceivedColumn,
        DeadlineColumn,
        CategoryColumn,
        UnitColumn,
        CitizenColumn,
        PreviewColumn,
        StatusColumn,
        ReplyWindowColumn,
        ColumnCount,
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        CaseCodeRole,
        UrgentRole, // bool
        OverdueRole, // bool: no first response and the deadline has passed
        CategoryKeyRole,
        StatusKeyRole,
        UnitIdRole,
        ReplyWindowRole, // "free", "billed", "closed"
        HighlightRole, // PreviewColumn: QVariantList of QPoint(start, length) of search matches
    };

    static constexpr int kPageSize = 100;

    QueueModel(store::QueueStore &store, const Clock &clock, QObject *parent = nullptr);
    ~QueueModel() override;

    /// Who is looking (every query takes the scope).
    void setScope(const domain::OfficerScope &scope) { m_scope = scope; }
    /// Names and paths of units for the unit column.
    void setUnits(const QVector<domain::Unit> &units);
    /// The office's time zone for times shown (default Asia/Ho_Chi_Minh).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// Shows the cases @p filter selects from the first page, in its order (filter.now is set on
    /// each load). A search text is folded here too (domain::foldQuery), for the words it highlights.
    void setFilter(const domain::QueueFilter &filter);
    domain::QueueFilter filter() const { return m_filter; }

    /// The whole queue sorted by @p column (Received or Time left; other columns are ignored), as
    /// the store reads it: the filter's sort changes and the first page is read again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The store's order a column sorts by, when it has one.
    static std::optional<domain::QueueSort> sortOfColumn(int column);
    /// The column that shows @p sort's order.
    static int columnOfSort(domain::QueueSort sort);
    /// True while a search decides the order (newest match first).
    bool searching() const { return !m_filter.search.isEmpty(); }

    /// Reads the first page again (a new filter, or everything changed).
    void reload();
    /// Reads again as many rows as are loaded; when the same cases come back in the same order
    /// only their data changes (selection and scroll stay), otherwise the model resets.
    void refresh();
    /// Time moved on: countdowns, overdue tints and reply windows of the loaded rows change.
    void timePassed();
    /// Reads one case again after an action on it; false when it is not loaded here.
    bool refreshRow(qint64 caseId);
    /// These cases changed (the change feed says so): each loaded one is read again, moved where
    /// it now sorts or removed when the filter no longer shows it; a changed case the filter now
    /// shows is inserted where it sorts. Only those rows change: the model is never reset for them.
    void applyCaseChanges(const QSet<qint64> &caseIds);

    /// The row of a loaded case, or -1.
    int rowOfCase(qint64 caseId) const;
    /// Where @p c sorts among the loaded rows (ignoring row @p skipRow).
    int insertionRow(const domain::CaseSummary &c, int skipRow) const;
    qint64 caseIdAt(int row) const;
    const domain::CaseSummary *caseAt(int row) const;
    /// The last error of the store, or empty.
    QString lastError() const { return m_lastError; }

    /// Where @p words (folded search words) occur in @p text, ignoring case and diacritics:
    /// (start, length) pairs in @p text: whole words, the last word also as a prefix.
    static QVector<QPoint> matchRanges(const QString &text, const QStringList &words);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The store could not be read; the message says why.
    void loadFailed(const QString &message);

private:
    bool loadPage(QVector<domain::CaseSummary> &into, domain::QueueCursor &cursor);
    bool isOverdue(const domain::CaseSummary &c, qint64 now) const;
    QString deadlineText(const domain::CaseSummary &c, qint64 now) const;
    /// "free 46 h" in the column (@p brief), "46 hours left to answer free" in its tooltip.
    QString replyWindowText(const domain::CaseSummary &c, qint64 now, bool brief) const;
    QString receivedText(qint64 at, qint64 now) const;

    store::QueueStore &m_store;
    const Clock &m_clock;
    domain::OfficerScope m_scope;
    domain::QueueFilter m_filter;
    bool m_filtered = false; // setFilter() ran at least once
    QStringList m_searchWords;
    QVector<domain::CaseSummary> m_rows;
    domain::QueueCursor m_next;
    bool m_more = false;
    // While views hear of a change, they may ask for more rows; a nested insertion would
    // interleave with the change being announced, so it waits for the next ask.
    bool m_notifying = false;
    QString m_lastError;
    QHash<QString, QString> m_unitShort;
    QHash<QString, QString> m_unitPath;
    QTimeZone m_zone;
};

} // namespace casedesk::ui
