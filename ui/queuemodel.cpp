#include "queuemodel.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/domain/officetime.h"
#include "core/domain/textfold.h"
#include "core/store/queuestore.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace casedesk::ui {

using domain::CaseSummary;

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QString shortUnitName(const domain::Unit &u)
{
    if (!u.code.isEmpty())
        return u.code;
    if (!u.area.isEmpty())
        return u.area;
    return u.name;
}

} // namespace

QueueModel::QueueModel(store::QueueStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_zone(domain::officeTimeZone())
{
}

QueueModel::~QueueModel() = default;

void QueueModel::setUnits(const QVector<domain::Unit> &units)
{
    m_unitShort.clear();
    m_unitPath.clear();
    for (const domain::Unit &u : units) {
        m_unitShort.insert(u.id, shortUnitName(u));
        m_unitPath.insert(u.id, u.path.isEmpty() ? u.name : u.path);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, UnitColumn), index(int(m_rows.size()) - 1, UnitColumn));
}

void QueueModel::setFilter(const domain::QueueFilter &filter)
{
    domain::QueueFilter folded = filter;
    folded.search = domain::foldQuery(filter.search).trimmed();
    // The same filter again (a view taking the focus re-selects its current unit): the rows
    // shown are still right, and the change feed keeps them so.
    const bool same = m_filtered && folded.unitIds == m_filter.unitIds && folded.level == m_filter.level && folded.category == m_filter.category
        && folded.statuses == m_filter.statuses && folded.assignee == m_filter.assignee && folded.search == m_filter.search
        && folded.replyWindowClosing == m_filter.replyWindowClosing && !folded.replyWindowClosing
        && folded.awaitingApproval == m_filter.awaitingApproval && folded.sort == m_filter.sort && folded.descending == m_filter.descending;
    const bool wasSearching = searching();
    m_filter = folded;
    m_searchWords = m_filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (searching() != wasSearching)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); // the order they say
    if (same)
        return;
    m_filtered = true;
    reload();
}

std::optional<domain::QueueSort> QueueModel::sortOfColumn(int column)
{
    switch (column) {
    case ReceivedColumn:
        return domain::QueueSort::Received;
    case DeadlineColumn:
        return domain::QueueSort::Deadline;
    default:
        return std::nullopt; // no index reads the whole queue in that column's order
    }
}

int QueueModel::columnOfSort(domain::QueueSort sort)
{
    return sort == domain::QueueSort::Received ? ReceivedColumn : DeadlineColumn;
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortOfColumn(column);
    if (!by)
        return;
    domain::QueueFilter f = m_filter;
    f.sort = *by;
    f.descending = order == Qt::DescendingOrder;
    setFilter(f);
}

bool QueueModel::loadPage(QVector<CaseSummary> &into, domain::QueueCursor &cursor)
{
    domain::QueueFilter f = m_filter;
    f.now = m_clock.nowMs();
    auto page = m_store.page(f, m_scope, cursor, kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        qCWarning(lcUi) << "queue page failed:" << m_lastError;
        Q_EMIT loadFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    into += page->cases;
    cursor = page->next;
    return true;
}

void QueueModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_more = loadPage(m_rows, m_next) && m_next.valid;
    endResetModel();
    m_notifying = false;
}

void QueueModel::timePassed()
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

void QueueModel::refresh()
{
    const int wanted = std::max(int(m_rows.size()), 1);
    QVector<CaseSummary> fresh;
    domain::QueueCursor cursor;
    bool more = true;
    while (more && fresh.size() < wanted) {
        if (!loadPage(fresh, cursor))
            return; // keep what is shown; loadFailed told why
        more = cursor.valid;
    }
    bool sameCases = fresh.size() == m_rows.size();
    for (int i = 0; sameCases && i < fresh.size(); ++i)
        sameCases = fresh.at(i).id == m_rows.at(i).id;
    if (sameCases) {
        m_rows = fresh;
        m_next = cursor;
        m_more = more;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    m_notifying = true;
    beginResetModel();
    m_rows = fresh;
    m_next = cursor;
    m_more = more;
    endResetModel();
    m_notifying = false;
}

bool QueueModel::refreshRow(qint64 caseId)
{
    const int row = rowOfCase(caseId);
    if (row < 0)
        return false;
    auto fresh = m_store.summary(caseId, m_scope);
    if (!fresh) {
        m_lastError = fresh.error().message;
        return false;
    }
    m_rows[row] = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void QueueModel::applyCaseChanges(const QSet<qint64> &caseIds)
{
    if (caseIds.isEmpty())
        return;
    if (!m_filter.search.isEmpty()) {
        // Search results are ordered by their newest matching message: read them again (the
        // model resets only when the cases shown changed).
        refresh();
        return;
    }
    auto found = m_store.matching(m_filter, m_scope, QVector<qint64>(caseIds.cbegin(), caseIds.cend()));
    if (!found) {
        m_lastError = found.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    QHash<qint64, CaseSummary> matches;
    for (const CaseSummary &c : *found)
        matches.insert(c.id, c);
    m_notifying = true;
    for (const qint64 id : caseIds) {
        const int row = rowOfCase(id);
        const auto match = matches.constFind(id);
        if (row >= 0) {
            if (match == matches.constEnd()) {
                // It left this queue (closed, forwarded out of the units shown, recategorized…).
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                continue;
            }
            const int at = insertionRow(*match, row);
            if (at == row || at == row + 1) {
                m_rows[row] = *match;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } else {
                beginMoveRows({}, row, row, {}, at);
                m_rows.removeAt(row);
                m_rows.insert(at > row ? at - 1 : at, *match);
                endMoveRows();
                const int now = rowOfCase(id);
                Q_EMIT dataChanged(index(now, 0), index(now, ColumnCount - 1));
            }
        } else if (match != matches.constEnd()) {
            const int at = insertionRow(*match, -1);
            // Past the last loaded row, it comes with the next page (keyset paging from that row).
            if (at < m_rows.size() || !m_more) {
                beginInsertRows({}, at, at);
                m_rows.insert(at, *match);
                endInsertRows();
            }
        }
    }
    m_notifying = false;
}

int QueueModel::insertionRow(const CaseSummary &c, int skipRow) const
{
    const store::QueueStore::SortKey key = store::QueueStore::sortKey(c, m_filter);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i == skipRow)
            continue;
        if (key < store::QueueStore::sortKey(m_rows.at(i), m_filter))
            return i;
    }
    return int(m_rows.size());
}

int QueueModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == caseId)
            return i;
    }
    return -1;
}

qint64 QueueModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const CaseSummary *QueueModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_notifying;
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_notifying)
        return;
    QVector<CaseSummary> page;
    domain::QueueCursor cursor = m_next;
    if (!loadPage(page, cursor)) {
        m_more = false;
        return;
    }
    m_next = cursor;
    m_more = cursor.valid;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    m_notifying = false;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueModel::isOverdue(const CaseSummary &c, qint64 now) const
{
    return c.dueAt > 0 && c.firstResponseAt <= 0 && c.status != domain::CaseStatus::Closed && c.dueAt < now;
}

QString QueueModel::deadlineText(const CaseSummary &c, qint64 now) const
{
    if (c.dueAt <= 0 || c.firstResponseAt > 0 || c.status == domain::CaseStatus::Closed)
        return {};
    return deadlineSpanText(c.dueAt - now);
}

QString QueueModel::deadlineSpanText(qint64 left)
{
    if (left >= 0) {
        if (left < kDayMs) {
            const qint64 minutes = left / kMinuteMs;
            return tr("%1:%2 left").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
        }
        return tr("%n day(s) left", nullptr, int(left / kDayMs));
    }
    const qint64 over = -left;
    if (over < kHourMs)
        return tr("overdue %n min", nullptr, int(std::max<qint64>(1, over / kMinuteMs)));
    if (over < 2 * kDayMs)
        return tr("overdue %n hour(s)", nullptr, int(over / kHourMs));
    return tr("overdue %n day(s)", nullptr, int(over / kDayMs));
}

QString QueueModel::replyWindowText(const CaseSummary &c, qint64 now, bool brief) const
{
    const domain::ReplyWindow w = domain::replyWindowAt(c.lastCitizenAt, now);
    const int hours = int((w.closesAt - now + kHourMs - 1) / kHourMs);
    switch (w.state) {
    case domain::ReplyWindowState::Free:
        return brief ? tr("free %n h", nullptr, hours) : tr("%n hour(s) left to answer free", nullptr, hours);
    case domain::ReplyWindowState::Billed:
        return brief ? tr("billed") : tr("Billed answer");
    case domain::ReplyWindowState::Closed:
        return brief ? tr("closed") : tr("Zalo reply window closed");
    }
    return {};
}

QString QueueModel::receivedText(qint64 at, qint64 now) const
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, m_zone);
    const QDateTime today = QDateTime::fromMSecsSinceEpoch(now, m_zone);
    if (when.date() == today.date())
        return when.toString(QStringLiteral("HH:mm"));
    if (when.date().year() == today.date().year())
        return when.toString(QStringLiteral("dd/MM HH:mm"));
    return when.toString(QStringLiteral("dd/MM/yyyy"));
}

QVector<QPoint> QueueModel::matchRanges(const QString &text, const QStringList &words)
{
    // Fold the text character by character so that each folded character knows where it
    // came from (a decomposed letter and its marks fold to one character).
    QString plain;
    QVector<int> origin;
    plain.reserve(text.size());
    origin.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QString folded = domain::TextFold::stripDiacritics(QString(text.at(i))).toLower();
        for (const QChar ch : folded) {
            plain += ch;
            origin.push_back(i);
        }
    }
    // Like the search itself: whole words, the last one also as a prefix.
    QVector<QPoint> ranges;
    for (int w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        if (word.isEmpty())
            continue;
        for (qsizetype at = plain.indexOf(word); at >= 0; at = plain.indexOf(word, at + 1)) {
            if (at > 0 && plain.at(at - 1).isLetterOrNumber())
                continue;
            const qsizetype endPlain = at + word.size();
            if (w + 1 < words.size() && endPlain < plain.size() && plain.at(endPlain).isLetterOrNumber())
                continue;
            const int start = origin.at(at);
            const int end = endPlain < plain.size() ? origin.at(endPlain) : int(text.size());
            ranges.push_back(QPoint(start, end - start));
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const QPoint &a, const QPoint &b) { return a.x() < b.x(); });
    QVector<QPoint> merged;
    for (const QPoint &r : ranges) {
        const int lastEnd = merged.isEmpty() ? 0 : merged.last().x() + merged.last().y();
        // Words of the query next to each other are marked as one phrase.
        if (!merged.isEmpty() && (r.x() <= lastEnd || text.mid(lastEnd, r.x() - lastEnd).trimmed().isEmpty())) {
            const int end = std::max(merged.last().x() + merged.last().y(), r.x() + r.y());
            merged.last().setY(end - merged.last().x());
        } else {
            merged.push_back(r);
        }
    }
    return merged;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &c = m_rows.at(index.row());
    const qint64 now = m_clock.nowMs();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case UrgencyColumn:
            return c.urgent ? tr("Urgent") : QString();
        case ReceivedColumn:
            return receivedText(c.openedAt, now);
        case DeadlineColumn:
            return deadlineText(c, now);
        case CategoryColumn:
            return domain::categoryNeedsCheck(c.categoryBy, c.confidence) ? tr("%1 ?").arg(domain::categoryShortName(c.category))
                                                                          : domain::categoryShortName(c.category);
        case UnitColumn:
            return m_unitShort.value(c.unitId, c.unitId);
        case CitizenColumn:
            return domain::citizenForDisplay(c.reporterProtected, c.citizenName);
        case PreviewColumn:
            return c.preview;
        case StatusColumn:
            return domain::caseStatusName(c.status);
        case ReplyWindowColumn:
            return replyWindowText(c, now, true);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == UrgencyColumn && c.urgent && qApp)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case UnitColumn:
            return m_unitPath.value(c.unitId, c.unitId);
        case CategoryColumn:
            return domain::categoryNeedsCheck(c.categoryBy, c.confidence)
                ? tr("%1 — check the category: the classifier is only %2% sure").arg(domain::categoryName(c.category)).arg(qRound(c.confidence * 100))
                : domain::categoryName(c.category);
        case ReceivedColumn:
            return QDateTime::fromMSecsSinceEpoch(c.openedAt, m_zone).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case ReplyWindowColumn:
            return replyWindowText(c, now, false);
        case DeadlineColumn:
            return c.dueAt > 0
                ? tr("Response deadline: %1").arg(QDateTime::fromMSecsSinceEpoch(c.dueAt, m_zone).toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                : QVariant();
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (isOverdue(c, now))
            return QBrush(QColor(255, 226, 222));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == DeadlineColumn && isOverdue(c, now)) || (index.column() == UrgencyColumn && c.urgent))
            return QBrush(QColor(160, 20, 20));
        return {};
    case Qt::FontRole:
        if (c.urgent && index.column() == UrgencyColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CaseIdRole:
        return c.id;
    case CaseCodeRole:
        return c.code;
    case UrgentRole:
        return c.urgent;
    case OverdueRole:
        return isOverdue(c, now);
    case CategoryKeyRole:
        return domain::categoryKey(c.category);
    case StatusKeyRole:
        return domain::caseStatusKey(c.status);
    case UnitIdRole:
        return c.unitId;
    case ReplyWindowRole:
        return domain::replyWindowKey(domain::replyWindowAt(c.lastCitizenAt, now).state);
    case HighlightRole:
        if (index.column() == PreviewColumn && !m_searchWords.isEmpty()) {
            QVariantList list;
            for (const QPoint &r : matchRanges(c.preview, m_searchWords))
                list.push_back(r);
            return list;
        }
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && sortOfColumn(section))
        return section == ReceivedColumn ? Qt::DescendingOrder : Qt::AscendingOrder; // newest first; the usual queue order
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < ColumnCount) {
        if (searching())
            return tr("Search results come newest matching message first. Clear the search to sort the queue by a column.");
        switch (Column(section)) {
        case ReceivedColumn:
            return tr("Sorts the whole queue by when each case was received: newest first, and oldest first when clicked again.");
        case DeadlineColumn:
            return tr("Sorts the whole queue by deadline: urgent cases first, then the earliest deadline, cases without one last (the usual "
                      "order); clicked again, the reverse.");
        default:
            return tr("The queue cannot be sorted by this column; sort it by \"%1\" or \"%2\".")
                .arg(headerData(ReceivedColumn, Qt::Horizontal).toString(), headerData(DeadlineColumn, Qt::Horizontal).toString());
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PreviewColumn && searching())
        return tr("Message (newest match first)");
    switch (Column(section)) {
    case UrgencyColumn:
        return tr("!");
    case ReceivedColumn:
        return tr("Received");
    case DeadlineColumn:
        return tr("Time left");
    case CategoryColumn:
        return tr("Category");
    case UnitColumn:
        return tr("Unit");
    case CitizenColumn:
        return tr("Citizen");
    case PreviewColumn:
        return tr("Message");
    case StatusColumn:
        return tr("Status");
    case ReplyWindowColumn:
        return tr("Zalo window");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casedesk::ui
