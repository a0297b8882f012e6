// Over 1,000 lines on purpose: one move is one transaction on the server, and each table it
// copies (units, accounts and their tokens, citizens, cases and aliases, messages, the history,
// outbox, templates, corrections, drafts) is a step of it that must see the ones before — the new
// case ids, the chain's head — and be counted on both sides at the end; kept together so that the
// order of the steps and what each keeps idempotent can be read in one place.
#include "foldermove.h"

#include "auditstore.h"
#include "database.h"
#include "eventlog.h"
#include "queuestore.h"
#include "statement.h"

#include "core/common/privatefiles.h"
#include "core/domain/caseevent.h"
#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <tuple>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::FolderMove)
};

const char kFolderIdKey[] = "folder_id";
const char kMovedToKey[] = "moved_to";
/// Taken for the whole move: two moves into one database run one after the other.
constexpr qint64 kMoveLock = 20261212;

/// One value of a row read from the folder; its type is the column's (see readRows).
struct Cell
{
    bool null = true;
    qint64 i = 0;
    double r = 0;
    QByteArray t;
};
using Row = QVector<Cell>;

/// Every row of @p sql; @p types holds one letter per column: T text, I integer, R real.
Expected<QVector<Row>> readRows(Database &db, const char *sql, const char *types, qint64 param = -1)
{
    Statement st(db, sql);
    if (!st.isValid())
        return Error {st.prepareError()};
    if (param >= 0)
        st.bind(1, param);
    const int n = int(qstrlen(types));
    QVector<Row> rows;
    while (st.next()) {
        Row row(n);
        for (int c = 0; c < n; ++c) {
            Cell &cell = row[c];
            cell.null = st.isNull(c);
            if (cell.null)
                continue;
            if (types[c] == 'I')
                cell.i = st.int64(c);
            else if (types[c] == 'R')
                cell.r = st.real(c);
            else
                cell.t = st.blob(c).isNull() ? QByteArray("") : st.blob(c);
        }
        rows.push_back(std::move(row));
    }
    if (st.failed())
        return Error {st.error()};
    return rows;
}

/// Binds @p row's cells [first, first + count) to the parameters ?1…, by @p types (of the row).
void bindCells(Statement &st, const Row &row, const char *types, int first, int count, int firstParam = 1)
{
    for (int k = 0; k < count; ++k) {
        const Cell &cell = row.at(first + k);
        const int index = firstParam + k;
        if (cell.null)
            st.bindNull(index);
        else if (types[first + k] == 'I')
            st.bind(index, cell.i);
        else if (types[first + k] == 'R')
            st.bind(index, cell.r);
        else
            st.bind(index, cell.t);
    }
}

QString text(const Cell &cell)
{
    return cell.null ? QString() : QString::fromUtf8(cell.t);
}

Expected<qint64> scalar(Database &db, const char *sql, const std::function<void(Statement &)> &bind = {})
{
    Statement st(db, sql);
    if (bind)
        bind(st);
    if (!st.next()) {
        if (st.failed() || !st.isValid())
            return Error {st.isValid() ? st.error() : st.prepareError()};
        return qint64(0);
    }
    return st.int64(0);
}

/// Runs @p st (bound) and says whether it gave a row.
Expected<bool> exists(Statement &st)
{
    const bool found = st.next();
    const QString error = st.error();
    st.reset();
    if (!found && !error.isEmpty())
        return Error {error};
    return found;
}

QString jsonList(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Letters and digits of @p text, uppercased (a prefix made from a unit's code or a folder's name).
QString prefixFrom(const QString &text)
{
    QString out;
    for (QChar ch : text.normalized(QString::NormalizationForm_D).toUpper()) {
        if (ch == QChar(0x0110)) // Đ has no decomposition
            ch = QLatin1Char('D');
        if ((ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            out += ch;
    }
    return out.left(12);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate);
}

/// How a row without a key the database enforces is found there: by its content.
struct Lookup
{
    const char *sql;
    void (*bind)(Statement &st, const Row &row);
};

// An answer: its case (the database's id), time, officer and text.
const Lookup kSameAnswer {"SELECT 1 FROM outbox WHERE case_id = ?1 AND created_at = ?2 AND officer = ?3 AND text = ?4",
                          [](Statement &st, const Row &row) {
                              st.bind(1, row.at(0).i).bind(2, row.at(10).i).bind(3, row.at(5).t).bind(4, row.at(3).t);
                          }};
// A template: the same slug (shipped ones), else the same title.
const Lookup kSameTemplate {"SELECT 1 FROM templates WHERE slug = ?1 OR title = ?2", [](Statement &st, const Row &row) {
                                const bool slugged = !row.at(6).null;
                                st.bind(1, slugged ? row.at(6).t : QByteArray());
                                st.bind(2, slugged ? QByteArray() : row.at(0).t);
                            }};
// A correction: its text, category, time and officer.
const Lookup kSameCorrection {"SELECT 1 FROM classifier_feedback WHERE text = ?1 AND category = ?2 AND at = ?3 AND officer = ?4",
                              [](Statement &st, const Row &row) {
                                  bindCells(st, row, "TTIT", 0, 4);
                              }};

/// The move's work inside the database's transaction, table by table.
class Mover
{
public:
    Mover(Database &source, Database &target, QString folderId)
        : m_source(source)
        , m_target(target)
        , m_folderId(std::move(folderId))
    {
    }

    QHash<QString, MoveCount> counts;
    QVector<QJsonArray> eventRanges; // of this run: [first, last] target event ids
    qint64 lastSourceEvent = 0;

    Status copyUnits();
    Status copyAccounts();
    Status copyCitizens();
    Status copyTemplates();
    Status copyCorrections();
    Status copyCases(const QString &prefix);
    Status copyMessages();
    Status copyOutbox();
    Status copyEvents(qint64 afterSourceEvent);

    /// Counts the folder's rows in the database (the source's are counted as they are read).
    Status countTarget(const QJsonArray &allEventRanges);

private:
    /// Copies the rows of @p select (columns of @p types) with @p insert, which leaves alone a row the
    /// database has (merged by key); the first @p keyColumns columns of each row go to @p keys.
    Status copyMerged(const QString &table, const char *select, const char *types, const char *insert, int keyColumns, QJsonArray &keys);
    /// Copies @p rows (columns of @p types) that the database lacks, looked for by @p same, with @p insert.
    Status copyUnkeyed(const QString &table, const QVector<Row> &rows, const char *types, const Lookup &same, const char *insert);
    /// Copies the rows of @p select (column 0 a case id of the folder) that belong to cases this run added.
    Status copyOfNewCases(const QString &table, const char *select, const char *types, const char *insert);
    /// How many of @p rows the database has; @p missing is called for each one it lacks.
    Expected<qint64> countFound(const QVector<Row> &rows, const Lookup &same, const std::function<Status(const Row &)> &missing = {});
    Status fail(const QString &table, const QString &why) const
    {
        return Error {Tr::tr("Copying the %1 failed: %2. Nothing was changed in the database.").arg(FolderMove::tableName(table), why)};
    }
    /// The database's case id for a case id of the folder; 0 when none.
    qint64 mapped(qint64 sourceCaseId) const { return m_caseIds.value(sourceCaseId, 0); }

    Database &m_source;
    Database &m_target;
    QString m_folderId;
    QHash<qint64, qint64> m_caseIds; // the folder's case id → the database's
    QSet<qint64> m_newCases; // source ids of cases this run added
    QJsonArray m_unitIds, m_accountIds, m_citizenKeys, m_messageIds;
    QVector<Row> m_outbox, m_templates, m_corrections;
};

Status Mover::copyMerged(const QString &table, const char *select, const char *types, const char *insert, int keyColumns, QJsonArray &keys)
{
    auto rows = readRows(m_source, select, types);
    if (!rows)
        return fail(table, rows.error().message);
    Statement add(m_target, insert);
    MoveCount &c = counts[table];
    for (const Row &row : *rows) {
        bindCells(add, row, types, 0, int(qstrlen(types)));
        if (auto r = add.exec(); !r)
            return fail(table, r.error().message);
        c.copied += m_target.changes();
        if (keyColumns == 1)
            keys.append(text(row.at(0)));
        else
            keys.append(QJsonArray {text(row.at(0)), text(row.at(1))});
    }
    c.source = rows->size();
    return {};
}

Status Mover::copyUnits()
{
    // A parent may come after its child here: on the server units.parent_id is checked at commit.
    if (auto r = m_target.exec("SET CONSTRAINTS ALL DEFERRED"); !r)
        return fail(QStringLiteral("units"), r.error().message);
    return copyMerged(QStringLiteral("units"), "SELECT id, parent_id, level, name, area, code, valid_from, valid_to FROM units ORDER BY id",
                      "TTTTTTTT",
                      "INSERT INTO units (id, parent_id, level, name, area, code, valid_from, valid_to) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING",
                      1, m_unitIds);
}

Status Mover::copyAccounts()
{
    return copyMerged(QStringLiteral("accounts"),
                      "SELECT oa_id, unit_id, app_id, name, openapi_base, oauth_base, secret_store, state, refresh_started_at, "
                      "access_expires_at, first_sync_done, sync_high_water, last_attempt_at, last_success_at, last_error, created_at "
                      "FROM accounts ORDER BY oa_id",
                      "TTTTTTTTIIIIIITI",
                      "INSERT INTO accounts (oa_id, unit_id, app_id, name, openapi_base, oauth_base, secret_store, state, refresh_started_at, "
                      "access_expires_at, first_sync_done, sync_high_water, last_attempt_at, last_success_at, last_error, created_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT (oa_id) DO NOTHING",
                      1, m_accountIds);
}

Status Mover::copyCitizens()
{
    return copyMerged(QStringLiteral("citizens"),
                      "SELECT oa_id, user_id, display_name, avatar, shared_info, is_follower, fetched_at FROM citizens ORDER BY oa_id, user_id",
                      "TTTTTII",
                      "INSERT INTO citizens (oa_id, user_id, display_name, avatar, shared_info, is_follower, fetched_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (oa_id, user_id) DO NOTHING",
                      2, m_citizenKeys);
}

Status Mover::copyUnkeyed(const QString &table, const QVector<Row> &rows, const char *types, const Lookup &same, const char *insert)
{
    Statement add(m_target, insert);
    MoveCount &c = counts[table];
    auto found = countFound(rows, same, [&](const Row &row) -> Status {
        bindCells(add, row, types, 0, int(qstrlen(types)));
        if (auto r = add.exec(); !r)
            return r;
        ++c.copied;
        return {};
    });
    if (!found)
        return fail(table, found.error().message);
    c.source = rows.size();
    return {};
}

Expected<qint64> Mover::countFound(const QVector<Row> &rows, const Lookup &same, const std::function<Status(const Row &)> &missing)
{
    Statement st(m_target, same.sql);
    qint64 found = 0;
    for (const Row &row : rows) {
        same.bind(st, row);
        auto there = exists(st);
        if (!there)
            return there.error();
        if (*there) {
            ++found;
        } else if (missing) {
            if (auto r = missing(row); !r)
                return r.error();
        }
    }
    return found;
}

Status Mover::copyTemplates()
{
    const char types[] = "TTTTTIT";
    auto rows = readRows(m_source, "SELECT title, text, category, legal_basis, review_date, updated_at, slug FROM templates ORDER BY id", types);
    if (!rows)
        return fail(QStringLiteral("templates"), rows.error().message);
    m_templates = *rows;
    return copyUnkeyed(QStringLiteral("templates"), m_templates, types, kSameTemplate,
                       "INSERT INTO templates (title, text, category, legal_basis, review_date, updated_at, slug) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
}

Status Mover::copyCorrections()
{
    const char types[] = "TTIT";
    auto rows = readRows(m_source, "SELECT text, category, at, officer FROM classifier_feedback ORDER BY id", types);
    if (!rows)
        return fail(QStringLiteral("corrections"), rows.error().message);
    m_corrections = *rows;
    return copyUnkeyed(QStringLiteral("corrections"), m_corrections, types, kSameCorrection,
                       "INSERT INTO classifier_feedback (text, category, at, officer) VALUES (?1, ?2, ?3, ?4)");
}

Status Mover::copyCases(const QString &prefix)
{
    // Column 0 is the folder's id, 20 previous_case; the rest goes as it is (code with the prefix).
    const char types[] = "ITTTTTTTRTITTTIIIIIIITII";
    auto rows = readRows(m_source,
                         "SELECT id, code, oa_id, user_id, origin_unit, unit_id, transfer_from, category, confidence, category_by, urgent, "
                         "status, assignee, competent_unit, opened_at, first_response_at, last_citizen_at, last_message_at, due_at, "
                         "closed_at, previous_case, preview, version, reporter_protected FROM cases ORDER BY id",
                         types);
    if (!rows)
        return fail(QStringLiteral("cases"), rows.error().message);
    const QString table = QStringLiteral("cases");
    Statement alias(m_target,
                    "SELECT a.case_id, c.oa_id, c.user_id, c.opened_at, c.code FROM case_aliases a JOIN cases c ON c.id = a.case_id "
                    "WHERE a.folder = ?1 AND a.code = ?2");
    Statement codeTaken(m_target, "SELECT 1 FROM cases WHERE code = ?1");
    Statement openCase(m_target, "SELECT code FROM cases WHERE oa_id = ?1 AND user_id = ?2 AND status <> 'closed'");
    Statement insert(m_target,
                     "INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, transfer_from, category, confidence, category_by, "
                     "urgent, status, assignee, competent_unit, opened_at, first_response_at, last_citizen_at, last_message_at, due_at, "
                     "closed_at, previous_case, preview, version, reporter_protected) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) "
                     "RETURNING id");
    Statement addAlias(m_target, "INSERT INTO case_aliases (code, folder, case_id) VALUES (?1, ?2, ?3)");
    Statement previous(m_target, "UPDATE cases SET previous_case = ?2 WHERE id = ?1");
    QVector<QPair<qint64, qint64>> laterPrevious; // (database id, folder's previous case id)
    MoveCount &c = counts[table];
    for (const Row &row : *rows) {
        const qint64 sourceId = row.at(0).i;
        const QString code = text(row.at(1));
        alias.bind(1, m_folderId).bind(2, code);
        if (alias.next()) {
            // Moved before: the same case (citizen, account, opening), or this is not the folder moved then.
            const bool same = alias.text(1) == text(row.at(2)) && alias.text(2) == text(row.at(3)) && alias.int64(3) == row.at(14).i;
            const qint64 id = alias.int64(0);
            const QString newCode = alias.text(4);
            alias.reset();
            if (!same)
                return Error {Tr::tr("Case %1 of this folder is not the case moved before under that code (now %2): the folder looks like "
                                     "a copy of another folder that was moved. Nothing was changed in the database.")
                                  .arg(code, newCode)};
            m_caseIds.insert(sourceId, id);
            continue;
        }
        if (alias.failed()) {
            const QString error = alias.error();
            alias.reset();
            return fail(table, error);
        }
        alias.reset();
        const QString newCode = prefix + QLatin1Char('-') + code;
        codeTaken.bind(1, newCode);
        auto taken = exists(codeTaken);
        if (!taken)
            return fail(table, taken.error().message);
        if (*taken)
            return Error {Tr::tr("The database already has a case %1 that is not case %2 of this folder: choose another prefix with "
                                 "--prefix. Nothing was changed in the database.")
                              .arg(newCode, code)};
        if (text(row.at(11)) != QLatin1String("closed")) {
            openCase.bind(1, text(row.at(2))).bind(2, text(row.at(3)));
            const bool open = openCase.next();
            const QString other = open ? openCase.text(0) : QString();
            const QString error = openCase.error();
            openCase.reset();
            if (!open && !error.isEmpty())
                return fail(table, error);
            if (open)
                return Error {Tr::tr("The citizen of case %1 already has an open case %2 at the same Zalo account in the database: a "
                                     "citizen has one open case per account. Close one of the two, then move the folder again. Nothing "
                                     "was changed in the database.")
                                  .arg(code, other)};
        }
        bindCells(insert, row, types, 1, 23);
        insert.bind(1, newCode);
        const qint64 prev = row.at(20).null ? 0 : row.at(20).i;
        if (prev > 0 && mapped(prev) > 0)
            insert.bind(20, mapped(prev));
        else
            insert.bindNull(20);
        auto id = insert.execReturningId();
        if (!id)
            return fail(table, id.error().message);
        if (prev > 0 && mapped(prev) == 0)
            laterPrevious.push_back({*id, prev});
        addAlias.bind(1, code).bind(2, m_folderId).bind(3, *id);
        if (auto r = addAlias.exec(); !r)
            return fail(table, r.error().message);
        m_caseIds.insert(sourceId, *id);
        m_newCases.insert(sourceId);
        ++c.copied;
    }
    for (const auto &[id, prev] : std::as_const(laterPrevious)) {
        if (mapped(prev) == 0)
            continue;
        previous.bind(1, id).bind(2, mapped(prev));
        if (auto r = previous.exec(); !r)
            return fail(table, r.error().message);
    }
    c.source = rows->size();

    // What officers left on the cases this run added: half-written answers, what each last saw.
    if (auto r = copyOfNewCases(QStringLiteral("drafts"), "SELECT case_id, officer, text, quote_message_id, updated_at FROM drafts", "ITTTI",
                                "INSERT INTO drafts (case_id, officer, text, quote_message_id, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                                "ON CONFLICT (case_id, officer) DO NOTHING");
        !r)
        return r;
    return copyOfNewCases(QStringLiteral("case_views"), "SELECT case_id, officer, version, at FROM case_views", "ITII",
                          "INSERT INTO case_views (case_id, officer, version, at) VALUES (?1, ?2, ?3, ?4) "
                          "ON CONFLICT (case_id, officer) DO NOTHING");
}

Status Mover::copyOfNewCases(const QString &table, const char *select, const char *types, const char *insert)
{
    auto rows = readRows(m_source, select, types);
    if (!rows)
        return fail(table, rows.error().message);
    Statement add(m_target, insert);
    MoveCount &c = counts[table];
    c.source = rows->size();
    for (const Row &row : *rows) {
        if (!m_newCases.contains(row.at(0).i))
            continue;
        add.bind(1, mapped(row.at(0).i));
        bindCells(add, row, types, 1, int(qstrlen(types)) - 1, 2);
        if (auto r = add.exec(); !r)
            return fail(table, r.error().message);
        c.copied += m_target.changes();
    }
    return {};
}

Status Mover::copyMessages()
{
    const char types[] = "TTTTITTTI";
    auto rows
        = readRows(m_source, "SELECT message_id, oa_id, user_id, direction, sent_at, type, text, raw, case_id FROM messages ORDER BY id", types);
    if (!rows)
        return fail(QStringLiteral("messages"), rows.error().message);
    // The server searches the folded text kept in the row, folded as sync folds it (IngestStore).
    Statement insert(m_target,
                     "INSERT INTO messages (message_id, oa_id, user_id, direction, sent_at, type, text, raw, case_id, folded) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (message_id) DO NOTHING");
    MoveCount &c = counts[QStringLiteral("messages")];
    for (const Row &row : *rows) {
        bindCells(insert, row, types, 0, 8);
        if (row.at(8).null) {
            insert.bindNull(9);
        } else if (const qint64 id = mapped(row.at(8).i); id > 0) {
            insert.bind(9, id);
        } else {
            insert.reset();
            return fail(QStringLiteral("messages"), Tr::tr("message %1 belongs to a case the folder does not have").arg(text(row.at(0))));
        }
        // (Never NULL: a message without words, a sticker say, has an empty folded text.)
        const QString folded = QueueStore::indexText(domain::foldForIndex(text(row.at(6))));
        insert.bind(10, folded.isNull() ? QStringLiteral("") : folded);
        if (auto r = insert.exec(); !r)
            return fail(QStringLiteral("messages"), r.error().message);
        c.copied += m_target.changes();
        m_messageIds.append(text(row.at(0)));
    }
    c.source = rows->size();
    return {};
}

Status Mover::copyOutbox()
{
    const char types[] = "ITTTTTTITTIIII";
    auto rows = readRows(m_source,
                         "SELECT case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, error, created_at, "
                         "updated_at, zalo_code, billed_ok FROM outbox ORDER BY id",
                         types);
    if (!rows)
        return fail(QStringLiteral("outbox"), rows.error().message);
    for (Row &row : *rows) {
        row[0].i = mapped(row.at(0).i);
        if (row.at(0).i == 0)
            return fail(QStringLiteral("outbox"), Tr::tr("an answer belongs to a case the folder does not have"));
    }
    m_outbox = *rows;
    return copyUnkeyed(QStringLiteral("outbox"), m_outbox, types, kSameAnswer,
                       "INSERT INTO outbox (case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, error, "
                       "created_at, updated_at, zalo_code, billed_ok) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
}

Status Mover::copyEvents(qint64 afterSourceEvent)
{
    const char types[] = "IIITTT";
    auto rows = readRows(m_source, "SELECT id, ifnull(case_id, 0), at, officer, kind, detail FROM case_events WHERE id > ?1 ORDER BY id", types,
                         afterSourceEvent);
    if (!rows)
        return fail(QStringLiteral("events"), rows.error().message);
    EventLog log(m_target);
    MoveCount &c = counts[QStringLiteral("events")];
    qint64 first = 0;
    qint64 last = 0;
    lastSourceEvent = afterSourceEvent;
    for (const Row &row : *rows) {
        qint64 caseId = 0;
        if (row.at(1).i > 0) {
            caseId = mapped(row.at(1).i);
            if (caseId == 0)
                return fail(QStringLiteral("events"), Tr::tr("event %1 belongs to a case the folder does not have").arg(row.at(0).i));
        }
        // Time, officer, kind and detail exactly as the folder has them: the event keeps its meaning
        // and its detail's bytes; its hash and link are the database's chain's.
        auto id = log.appendRaw(caseId, row.at(2).i, text(row.at(3)), text(row.at(4)), row.at(5).t);
        if (!id)
            return fail(QStringLiteral("events"), id.error().message);
        if (first == 0)
            first = *id;
        last = *id;
        lastSourceEvent = row.at(0).i;
        ++c.copied;
    }
    if (first > 0)
        eventRanges.push_back(QJsonArray {first, last});
    return {};
}

Status Mover::countTarget(const QJsonArray &allEventRanges)
{
    const auto listed = [this](const char *sql, const QJsonArray &keys) {
        return scalar(m_target, sql, [&keys](Statement &st) { st.bind(1, jsonList(keys)); });
    };
    const struct
    {
        const char *table;
        const char *sql;
        const QJsonArray &keys;
    } byKey[] = {
        {"units", "SELECT count(*) FROM units WHERE id IN (SELECT value FROM json_each(?1))", m_unitIds},
        {"accounts", "SELECT count(*) FROM accounts WHERE oa_id IN (SELECT value FROM json_each(?1))", m_accountIds},
        {"citizens",
         "SELECT count(*) FROM citizens c JOIN (SELECT json_extract(value, '$[0]') AS oa, json_extract(value, '$[1]') AS usr "
         "FROM json_each(?1)) AS k ON c.oa_id = k.oa AND c.user_id = k.usr",
         m_citizenKeys},
        {"messages", "SELECT count(*) FROM messages WHERE message_id IN (SELECT value FROM json_each(?1))", m_messageIds},
    };
    for (const auto &k : byKey) {
        auto n = listed(k.sql, k.keys);
        if (!n)
            return Error {Tr::tr("Counting the %1 in the database failed: %2").arg(FolderMove::tableName(QLatin1String(k.table)), n.error().message)};
        counts[QLatin1String(k.table)].target = *n;
    }
    auto cases = scalar(m_target, "SELECT count(*) FROM case_aliases a JOIN cases c ON c.id = a.case_id WHERE a.folder = ?1",
                        [this](Statement &st) { st.bind(1, m_folderId); });
    if (!cases)
        return Error {
            Tr::tr("Counting the %1 in the database failed: %2").arg(FolderMove::tableName(QStringLiteral("cases")), cases.error().message)};
    counts[QStringLiteral("cases")].target = *cases;

    // The history copied by every move of the folder: the ranges of the database's event ids.
    qint64 events = 0;
    for (const QJsonValue &range : allEventRanges) {
        auto n = scalar(m_target, "SELECT count(*) FROM case_events WHERE id BETWEEN ?1 AND ?2", [&range](Statement &st) {
            st.bind(1, qint64(range.toArray().at(0).toDouble())).bind(2, qint64(range.toArray().at(1).toDouble()));
        });
        if (!n)
            return Error {
                Tr::tr("Counting the %1 in the database failed: %2").arg(FolderMove::tableName(QStringLiteral("events")), n.error().message)};
        events += *n;
    }
    counts[QStringLiteral("events")].target = events;

    // Rows without a key of their own: found by their content.
    for (const auto &[table, rows, same] : {std::tuple {"outbox", &m_outbox, &kSameAnswer}, std::tuple {"templates", &m_templates, &kSameTemplate},
                                            std::tuple {"corrections", &m_corrections, &kSameCorrection}}) {
        auto found = countFound(*rows, *same);
        if (!found)
            return Error {
                Tr::tr("Counting the %1 in the database failed: %2").arg(FolderMove::tableName(QLatin1String(table)), found.error().message)};
        counts[QLatin1String(table)].target = *found;
    }
    return {};
}

/// The folder's id (settings "folder_id" of its file); "" when it has none yet.
Expected<QString> folderIdOf(Database &source)
{
    Statement st(source, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kFolderIdKey));
    if (st.next())
        return st.text(0);
    if (st.failed() || !st.isValid())
        return Error {st.isValid() ? st.error() : st.prepareError()};
    return QString();
}

/// Gives the folder an id, kept in its file, when it has none.
Expected<QString> makeFolderId(Database &source)
{
    Transaction tx(source);
    if (!tx.isActive())
        return Error {Tr::tr("The data folder's file is busy: %1").arg(tx.beginError())};
    Statement put(source, "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING");
    put.bind(1, QString::fromLatin1(kFolderIdKey)).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto r = put.exec(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return folderIdOf(source);
}

/// A prefix for a folder moved without --prefix: its accounts' unit (code or id; their nearest
/// common unit when several), else the folder's name.
Expected<QString> derivedPrefix(Database &source, const QString &folderPath)
{
    QHash<QString, QPair<QString, QString>> units; // id → (parent, code)
    {
        Statement st(source, "SELECT id, ifnull(parent_id, ''), ifnull(code, '') FROM units");
        while (st.next())
            units.insert(st.text(0), {st.text(1), st.text(2)});
        if (st.failed())
            return Error {st.error()};
    }
    QStringList accountUnits;
    {
        Statement st(source, "SELECT DISTINCT unit_id FROM accounts ORDER BY unit_id");
        while (st.next())
            accountUnits << st.text(0);
        if (st.failed())
            return Error {st.error()};
    }
    const auto chain = [&units](const QString &id) {
        QStringList up; // the unit, its parent, … up to the root
        for (QString at = id; !at.isEmpty() && !up.contains(at); at = units.value(at).first)
            up << at;
        return up;
    };
    QString unit;
    if (!accountUnits.isEmpty()) {
        QStringList common = chain(accountUnits.constFirst());
        for (const QString &other : std::as_const(accountUnits)) {
            const QStringList up = chain(other);
            common.erase(std::remove_if(common.begin(), common.end(), [&up](const QString &u) { return !up.contains(u); }), common.end());
        }
        if (!common.isEmpty())
            unit = common.constFirst();
    }
    QString prefix;
    if (!unit.isEmpty()) {
        const QString code = units.value(unit).second;
        prefix = prefixFrom(code.isEmpty() ? unit : code);
    }
    if (prefix.isEmpty())
        prefix = prefixFrom(QFileInfo(folderPath).fileName());
    return prefix.isEmpty() ? QStringLiteral("F") : prefix;
}

QJsonObject markJson(const MovedMark &mark)
{
    return {
        {QStringLiteral("url"), mark.url},
        {QStringLiteral("prefix"), mark.prefix},
        {QStringLiteral("moved_at"), timeText(mark.movedAt)},
    };
}

std::optional<MovedMark> markFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString url = o.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        return std::nullopt;
    MovedMark mark;
    mark.url = url;
    mark.prefix = o.value(QStringLiteral("prefix")).toString();
    mark.movedAt = QDateTime::fromString(o.value(QStringLiteral("moved_at")).toString(), Qt::ISODate).toMSecsSinceEpoch();
    return mark;
}

const QStringList &countOrder()
{
    static const QStringList order = {
        QStringLiteral("units"),  QStringLiteral("accounts"), QStringLiteral("citizens"),  QStringLiteral("cases"),       QStringLiteral("messages"),
        QStringLiteral("events"), QStringLiteral("outbox"),   QStringLiteral("templates"), QStringLiteral("corrections"),
    };
    return order;
}

} // namespace

qint64 FolderMoveReport::copiedRows() const
{
    qint64 n = 0;
    for (const MoveCount &c : counts)
        n += c.copied;
    return n;
}

QStringList FolderMoveReport::mismatches() const
{
    QStringList out;
    for (const MoveCount &c : counts) {
        if (c.source != c.target)
            out << c.table;
    }
    return out;
}

QString FolderMove::tableName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "units")},
        {QStringLiteral("accounts"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "Zalo accounts")},
        {QStringLiteral("citizens"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "citizens")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "cases")},
        {QStringLiteral("messages"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "messages")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "history events")},
        {QStringLiteral("outbox"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "answers (outbox)")},
        {QStringLiteral("templates"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "templates")},
        {QStringLiteral("corrections"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "classifier corrections")},
        {QStringLiteral("drafts"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "drafts")},
        {QStringLiteral("case_views"), QT_TRANSLATE_NOOP("casedesk::store::FolderMove", "what officers last saw")},
    };
    const char *name = names.value(table);
    return name ? Tr::tr(name) : table;
}

QString FolderMove::markFileName()
{
    return QStringLiteral("moved-to");
}

QString FolderMove::prefixProblem(const QString &prefix)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{1,12}$"));
    if (form.match(prefix).hasMatch())
        return {};
    return Tr::tr("The prefix \"%1\" is not usable: write 1 to 12 capital letters or digits (A–Z, 0–9), such as PC06 or XA29236.").arg(prefix);
}

FolderMove::FolderMove(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{
}

namespace {

/// Writes the accounts' sealed secrets into the database, in the move's transaction (which holds
/// the writers' lock, so a key rotation comes wholly before or after it), and names the database
/// as those accounts' secret store.
Status moveSecrets(Database &target, const QVector<SecretToMove> &secrets, FolderMoveReport &report)
{
    if (secrets.isEmpty())
        return {};
    Statement there(target, "SELECT 1 FROM secrets WHERE name = ?1");
    Statement put(target,
                  "INSERT INTO secrets (name, key_id, nonce, ciphertext, updated_at) "
                  "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM sync_keys WHERE key_id = ?2 AND retired_at IS NULL)");
    Statement spec(target, "UPDATE accounts SET secret_store = ?2 WHERE oa_id = ?1");
    for (const SecretToMove &s : secrets) {
        there.bind(1, s.record.name);
        auto found = exists(there);
        if (!found)
            return Error {Tr::tr("The Zalo tokens cannot be moved into the database: %1").arg(found.error().message)};
        if (*found) {
            // A sync host may have used and renewed them since: the database's are the ones kept.
            report.tokensThereAlready.append(s.oaId);
        } else {
            put.bind(1, s.record.name).bind(2, s.record.keyId).bind(3, s.record.nonce).bind(4, s.record.ciphertext).bind(5, s.record.updatedAt);
            if (auto r = put.exec(); !r)
                return Error {Tr::tr("The Zalo tokens cannot be moved into the database: %1").arg(r.error().message)};
            if (target.changes() != 1)
                return Error {Tr::tr("The database's sync key changed while the folder was being moved (it was rotated): nothing was "
                                     "moved; run the command again.")};
            report.tokensMoved.append(s.oaId);
        }
        spec.bind(1, s.oaId).bind(2, QStringLiteral("database"));
        if (auto r = spec.exec(); !r)
            return Error {Tr::tr("The Zalo tokens cannot be moved into the database: %1").arg(r.error().message)};
    }
    return {};
}

} // namespace

Expected<FolderMoveReport> FolderMove::run(const Options &options)
{
    if (m_target.dialect() != Dialect::Postgres)
        return Error {Tr::tr("A data folder moves into a province's PostgreSQL database, not into another file.")};
    if (!options.prefix.isEmpty()) {
        if (const QString why = prefixProblem(options.prefix); !why.isEmpty())
            return Error {why};
    }
    FolderMoveReport report;
    report.folderPath = options.folderPath;

    // Where this folder went before, if it did (read again under the lock below).
    auto folderId = folderIdOf(m_source);
    if (!folderId)
        return Error {Tr::tr("The data folder's file cannot be read: %1").arg(folderId.error().message)};
    report.folderId = *folderId;
    const auto previousMove = [this, &report]() -> Expected<std::optional<QJsonObject>> {
        if (report.folderId.isEmpty())
            return std::optional<QJsonObject>(); // never moved: it has no id yet
        Statement st(m_target, "SELECT prefix, moved_at, source_anchor, detail FROM folder_moves WHERE folder = ?1");
        st.bind(1, report.folderId);
        if (!st.next()) {
            if (st.failed() || !st.isValid())
                return Error {st.isValid() ? st.error() : st.prepareError()};
            return std::optional<QJsonObject>();
        }
        QJsonObject o = QJsonDocument::fromJson(st.blob(3)).object();
        o.insert(QStringLiteral("@prefix"), st.text(0));
        o.insert(QStringLiteral("@moved_at"), double(st.int64(1)));
        o.insert(QStringLiteral("@anchor"), st.text(2));
        return std::optional<QJsonObject>(o);
    };
    auto before = previousMove();
    if (!before)
        return Error {Tr::tr("The database cannot be read: %1").arg(before.error().message)};

    // The folder's history must be whole, and still hold what an earlier move copied.
    std::optional<ChainHead> anchor;
    if (*before)
        anchor = ChainHead::fromAnchorText((**before).value(QStringLiteral("@anchor")).toString());
    auto audit = AuditStore(m_source).verify(anchor && anchor->eventCount > 0 ? anchor : std::nullopt);
    if (!audit)
        return audit.error();
    if (!audit->ok()) {
        if (audit->problem == AuditReport::Problem::AnchorMissing)
            return Error {Tr::tr("This folder's history no longer holds what was moved into the database before (anchor %1): it was "
                                 "rewritten since, or the folder is a copy of the one moved then. Nothing was moved.")
                              .arg(anchor->anchorText())};
        return Error {Tr::tr("This folder's history is broken, so it cannot be moved: %1 Run \"casedesk-cli audit verify\" on the folder; "
                             "nothing was moved.")
                          .arg(audit->message)};
    }
    report.sourceAnchor = audit->headHash + QLatin1Char(':') + QString::number(audit->eventCount);
    if (report.folderId.isEmpty()) {
        auto made = makeFolderId(m_source);
        if (!made)
            return Error {Tr::tr("The data folder's file cannot be written: %1").arg(made.error().message)};
        report.folderId = *made;
    }

    // The folder as of one moment: its history's head must be the one just verified.
    Transaction read(m_source, false);
    if (!read.isActive())
        return Error {Tr::tr("The data folder's file cannot be read: %1").arg(read.beginError())};
    auto head = AuditStore(m_source).head();
    if (!head)
        return head.error();
    if (head->eventCount != audit->eventCount || head->hash != audit->headHash)
        return Error {Tr::tr("The folder's history grew while it was checked: close CaseDesk on this PC and move the folder again.")};

    Transaction tx(m_target);
    if (!tx.isActive())
        return Error {Tr::tr("The database cannot start the move: %1").arg(tx.beginError())};
    {
        Statement lock(m_target, "SELECT pg_advisory_xact_lock(?1)");
        lock.bind(1, kMoveLock);
        if (auto r = lock.exec(); !r)
            return Error {Tr::tr("The database cannot start the move: %1").arg(r.error().message)};
    }
    auto now = previousMove();
    if (!now)
        return Error {Tr::tr("The database cannot be read: %1").arg(now.error().message)};
    if (now->has_value() != before->has_value() || (*now && (**now).value(QStringLiteral("@anchor")) != (**before).value(QStringLiteral("@anchor"))))
        return Error {Tr::tr("This folder was being moved by another process at the same time; move it again to see where it stands.")};

    QJsonObject detail;
    if (*now) {
        detail = **now;
        report.firstMove = false;
        report.prefix = detail.value(QStringLiteral("@prefix")).toString();
        report.movedAt = qint64(detail.value(QStringLiteral("@moved_at")).toDouble());
        if (!options.prefix.isEmpty() && options.prefix != report.prefix)
            return Error {Tr::tr("This folder was moved into the database before with the prefix %1; it keeps it (leave out --prefix, "
                                 "or give %1).")
                              .arg(report.prefix)};
    } else {
        report.movedAt = options.nowMs;
        Statement taken(m_target, "SELECT folder FROM folder_moves WHERE prefix = ?1");
        const auto isTaken = [&taken](const QString &prefix) -> Expected<bool> {
            taken.bind(1, prefix);
            return exists(taken);
        };
        if (!options.prefix.isEmpty()) {
            auto t = isTaken(options.prefix);
            if (!t)
                return t.error();
            if (*t)
                return Error {
                    Tr::tr("The prefix %1 is used by another folder moved into this database: choose another with --prefix.").arg(options.prefix)};
            report.prefix = options.prefix;
        } else {
            auto base = derivedPrefix(m_source, options.folderPath);
            if (!base)
                return base.error();
            // Another folder of the same unit: a letter after its prefix (84B, 84C…).
            QString candidate = *base;
            for (int n = 1;; ++n) {
                auto t = isTaken(candidate);
                if (!t)
                    return t.error();
                if (!*t)
                    break;
                const QString suffix = n < 26 ? QString(QChar(u'A' + n)) : QStringLiteral("Z%1").arg(n - 24);
                candidate = base->left(12 - suffix.size()) + suffix;
            }
            report.prefix = candidate;
        }
        Statement add(m_target, "INSERT INTO folder_moves (folder, prefix, moved_at, source_anchor, detail) VALUES (?1, ?2, ?3, ?4, '{}')");
        add.bind(1, report.folderId).bind(2, report.prefix).bind(3, report.movedAt).bind(4, report.sourceAnchor);
        if (auto r = add.exec(); !r)
            return Error {Tr::tr("The move cannot be recorded in the database: %1").arg(r.error().message)};
    }

    // Referenced rows first (units, accounts, citizens), then cases, what hangs on them, and the history.
    Mover mover(m_source, m_target, report.folderId);
    for (auto step : {&Mover::copyUnits, &Mover::copyAccounts, &Mover::copyCitizens, &Mover::copyTemplates, &Mover::copyCorrections}) {
        if (auto r = (mover.*step)(); !r)
            return r.error();
    }
    if (auto r = moveSecrets(m_target, options.secrets, report); !r)
        return r.error();
    if (auto r = mover.copyCases(report.prefix); !r)
        return r.error();
    if (auto r = mover.copyMessages(); !r)
        return r.error();
    if (auto r = mover.copyOutbox(); !r)
        return r.error();
    const qint64 copiedBefore = qint64(detail.value(QStringLiteral("source_last_event")).toDouble());
    if (auto r = mover.copyEvents(copiedBefore); !r)
        return r.error();
    mover.counts[QStringLiteral("events")].source = audit->eventCount;

    QJsonArray ranges = detail.value(QStringLiteral("event_ranges")).toArray();
    for (const QJsonArray &range : std::as_const(mover.eventRanges))
        ranges.append(range);
    if (auto r = mover.countTarget(ranges); !r)
        return r.error();
    for (const QString &table : countOrder()) {
        MoveCount c = mover.counts.value(table);
        c.table = table;
        report.counts.push_back(c);
    }

    // The move is an event of the database itself, when it brought anything.
    QJsonObject sourceCounts;
    QJsonObject copied;
    for (const MoveCount &c : std::as_const(report.counts)) {
        sourceCounts.insert(c.table, c.source);
        copied.insert(c.table, c.copied);
    }
    const qint64 extra = mover.counts.value(QStringLiteral("drafts")).copied + mover.counts.value(QStringLiteral("case_views")).copied;
    QJsonArray movedEvents = detail.value(QStringLiteral("moved_events")).toArray();
    if (report.firstMove || report.copiedRows() + extra > 0) {
        EventLog log(m_target);
        const QJsonObject eventDetail {
            {QStringLiteral("folder"), report.folderId},      {QStringLiteral("folder_path"), report.folderPath},
            {QStringLiteral("prefix"), report.prefix},        {QStringLiteral("source_anchor"), report.sourceAnchor},
            {QStringLiteral("counts"), sourceCounts},         {QStringLiteral("copied"), copied},
            {QStringLiteral("first_move"), report.firstMove},
        };
        auto id = log.append(0, options.nowMs, options.officer, QString::fromLatin1(domain::events::kFolderMoved), eventDetail);
        if (!id)
            return Error {Tr::tr("The move cannot be recorded in the history: %1").arg(id.error().message)};
        report.movedEventId = *id;
        movedEvents.append(*id);
    }

    QJsonObject kept {
        {QStringLiteral("folder_path"), report.folderPath},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("source_last_event"), mover.lastSourceEvent},
        {QStringLiteral("event_ranges"), ranges},
        {QStringLiteral("moved_events"), movedEvents},
        {QStringLiteral("counts"), sourceCounts},
        {QStringLiteral("last_run_at"), timeText(options.nowMs)},
    };
    Statement record(m_target, "UPDATE folder_moves SET source_anchor = ?2, detail = ?3 WHERE folder = ?1");
    record.bind(1, report.folderId).bind(2, report.sourceAnchor).bind(3, QJsonDocument(kept).toJson(QJsonDocument::Compact));
    if (auto r = record.exec(); !r)
        return Error {Tr::tr("The move cannot be recorded in the database: %1").arg(r.error().message)};

    if (!report.mismatches().isEmpty())
        return report; // not committed: the transaction's end rolls everything back
    if (auto r = tx.commit(); !r)
        return Error {Tr::tr("The database did not take the move (nothing of it was kept): %1").arg(r.error().message)};
    report.committed = true;
    return report;
}

Status FolderMove::markMoved(const QString &dataDir, Database &source, const MovedMark &mark)
{
    const QByteArray json = QJsonDocument(markJson(mark)).toJson(QJsonDocument::Indented);
    const QString path = QDir(dataDir).filePath(markFileName());
    if (!privatefiles::createFileIfMissing(path))
        return Error {Tr::tr("Cannot write %1.").arg(path)};
    privatefiles::restrictFile(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size() || !file.flush())
        return Error {Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.close();
    Transaction tx(source);
    if (!tx.isActive())
        return Error {Tr::tr("The data folder's file is busy: %1").arg(tx.beginError())};
    Statement put(source, "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    put.bind(1, QString::fromLatin1(kMovedToKey)).bind(2, QJsonDocument(markJson(mark)).toJson(QJsonDocument::Compact));
    if (auto r = put.exec(); !r)
        return r;
    return tx.commit();
}

std::optional<MovedMark> FolderMove::readMark(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(markFileName()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return markFromJson(file.read(64 * 1024));
}

std::optional<MovedMark> FolderMove::readMark(Database &source)
{
    Statement st(source, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kMovedToKey));
    if (!st.next())
        return std::nullopt;
    return markFromJson(st.blob(0));
}

} // namespace casedesk::store
