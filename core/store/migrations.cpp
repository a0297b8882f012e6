#include "migrations.h"

#include "database.h"
#include "eventlog.h"
#include "pgschema.h"
#include "statement.h"

namespace casedesk::store {

namespace {

// Times are UTC epoch milliseconds (INTEGER); ids from Zalo are digit strings (TEXT).
const char *const kMigration1 = R"SQL(
CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    parent_id   TEXT REFERENCES units(id),
    level       TEXT NOT NULL CHECK (level IN ('province', 'department', 'district', 'commune')),
    name        TEXT NOT NULL,
    area        TEXT,
    code        TEXT,
    valid_from  TEXT,
    valid_to    TEXT
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE accounts (
    oa_id             TEXT PRIMARY KEY,
    unit_id           TEXT NOT NULL REFERENCES units(id),
    app_id            TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    openapi_base      TEXT NOT NULL,
    oauth_base        TEXT NOT NULL,
    secret_store      TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'needs_consent', 'disabled')),
    refresh_started_at INTEGER,
    access_expires_at INTEGER,
    first_sync_done   INTEGER NOT NULL DEFAULT 0,
    sync_high_water   INTEGER,
    last_attempt_at   INTEGER,
    last_success_at   INTEGER,
    last_error        TEXT,
    created_at        INTEGER NOT NULL
);
CREATE INDEX accounts_unit ON accounts(unit_id);

CREATE TABLE citizens (
    oa_id         TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    display_name  TEXT NOT NULL DEFAULT '',
    avatar        TEXT,
    shared_info   TEXT,
    is_follower   INTEGER,
    fetched_at    INTEGER,
    PRIMARY KEY (oa_id, user_id)
) WITHOUT ROWID;

CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    oa_id              TEXT NOT NULL,
    user_id            TEXT NOT NULL,
    origin_unit        TEXT NOT NULL REFERENCES units(id),
    unit_id            TEXT NOT NULL REFERENCES units(id),
    transfer_from      TEXT REFERENCES units(id),
    category           TEXT NOT NULL DEFAULT 'other'
                       CHECK (category IN ('crime_report', 'security_report', 'petition', 'procedure_question', 'other')),
    confidence         REAL NOT NULL DEFAULT 0,
    category_by        TEXT NOT NULL DEFAULT 'classifier',
    urgent             INTEGER NOT NULL DEFAULT 0,
    status             TEXT NOT NULL DEFAULT 'new'
                       CHECK (status IN ('new', 'open', 'transferred', 'answered', 'closed')),
    assignee           TEXT,
    competent_unit     TEXT,
    opened_at          INTEGER NOT NULL,
    first_response_at  INTEGER,
    last_citizen_at    INTEGER,
    last_message_at    INTEGER,
    due_at             INTEGER,
    closed_at          INTEGER,
    previous_case      INTEGER REFERENCES cases(id),
    preview            TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 0,
    -- Queue order: urgent first, then earliest deadline (none last), then oldest; a case
    -- waiting on the citizen (answered) needs nothing now and sinks below those that do.
    is_open            INTEGER GENERATED ALWAYS AS (status <> 'closed') VIRTUAL,
    queue_urgent       INTEGER GENERATED ALWAYS AS (urgent AND status <> 'answered') VIRTUAL,
    due_sort           INTEGER GENERATED ALWAYS AS (CASE WHEN status = 'answered' THEN 9007199254740991
                                                         ELSE coalesce(due_at, 9007199254740991) END) VIRTUAL
);
CREATE INDEX cases_citizen ON cases(oa_id, user_id, is_open);
CREATE INDEX cases_queue ON cases(is_open, queue_urgent DESC, due_sort, id);
CREATE INDEX cases_unit_queue ON cases(unit_id, is_open, queue_urgent DESC, due_sort, id);
CREATE INDEX cases_category_queue ON cases(category, is_open, queue_urgent DESC, due_sort, id);
CREATE INDEX cases_opened ON cases(opened_at);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    message_id  TEXT NOT NULL UNIQUE,
    oa_id       TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    sent_at     INTEGER NOT NULL,
    type        TEXT NOT NULL DEFAULT 'text',
    text        TEXT NOT NULL DEFAULT '',
    raw         TEXT,
    case_id     INTEGER REFERENCES cases(id)
);
CREATE INDEX messages_case ON messages(case_id, sent_at);

-- Contentless full-text index over the folded text of messages (rowid = messages.id).
CREATE VIRTUAL TABLE messages_fts USING fts5(
    folded,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE case_events (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    at        INTEGER NOT NULL,
    officer   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE INDEX case_events_at ON case_events(at);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    oa_id             TEXT NOT NULL,
    user_id           TEXT NOT NULL,
    text              TEXT NOT NULL,
    quote_message_id  TEXT,
    officer           TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    message_id        TEXT,
    error             TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, id);
CREATE INDEX outbox_case ON outbox(case_id, id);
CREATE INDEX outbox_message ON outbox(message_id) WHERE message_id IS NOT NULL;

CREATE TABLE templates (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    category     TEXT NOT NULL DEFAULT 'procedure_question',
    legal_basis  TEXT NOT NULL DEFAULT '',
    review_date  TEXT,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE classifier_feedback (
    id        INTEGER PRIMARY KEY,
    text      TEXT NOT NULL,
    category  TEXT NOT NULL,
    at        INTEGER NOT NULL,
    officer   TEXT NOT NULL
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE case_counters (
    year  INTEGER PRIMARY KEY,
    last  INTEGER NOT NULL
);
)SQL";

// Migration 2 (case handling): what each officer last saw of a case (for "changed since shown"),
// half-written answers per case and officer, a stable key for shipped templates, and the Zalo
// error code of a failed answer.
const char *const kMigration2 = R"SQL(
CREATE TABLE case_views (
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    officer   TEXT NOT NULL,
    version   INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    PRIMARY KEY (case_id, officer)
) WITHOUT ROWID;

CREATE TABLE drafts (
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    officer           TEXT NOT NULL,
    text              TEXT NOT NULL,
    quote_message_id  TEXT,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (case_id, officer)
) WITHOUT ROWID;

ALTER TABLE templates ADD COLUMN slug TEXT;
CREATE UNIQUE INDEX templates_slug ON templates(slug) WHERE slug IS NOT NULL;

ALTER TABLE outbox ADD COLUMN zalo_code INTEGER;
)SQL";

// An answer queued while the reply window was free may reach Zalo after 48 hours, when it is
// billed: it goes out only if the officer agreed to a billed answer.
const char *const kMigration3 = R"SQL(
ALTER TABLE outbox ADD COLUMN billed_ok INTEGER NOT NULL DEFAULT 0;
)SQL";

// Migration 4 (informants and the history): the reporter's protection sticks to a case that has
// ever been a crime report; the history becomes a hash chain (store/eventlog.h) whose events may
// also belong to no case (events of the database itself); REPLACE can no longer rewrite an event.
const char *const kMigration4Before = R"SQL(
ALTER TABLE cases ADD COLUMN reporter_protected INTEGER NOT NULL DEFAULT 0;
UPDATE cases SET reporter_protected = 1 WHERE category = 'crime_report' OR id IN (
    SELECT case_id FROM case_events
    WHERE (kind = 'opened' AND json_extract(detail, '$.category') = 'crime_report')
       OR (kind = 'categorized' AND 'crime_report' IN (json_extract(detail, '$.before'), json_extract(detail, '$.after'))));

CREATE TABLE case_events_chained (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER REFERENCES cases(id),
    at         INTEGER NOT NULL,
    officer    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '{}',
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);

CREATE TABLE audit_chain (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    event_count  INTEGER NOT NULL,
    last_event   INTEGER NOT NULL,
    head         TEXT NOT NULL
);
)SQL";

const char *const kMigration4After = R"SQL(
DROP TABLE case_events;
ALTER TABLE case_events_chained RENAME TO case_events;
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE INDEX case_events_at ON case_events(at);
)SQL";

Status migrate4(Database &db)
{
    const bool sqlite = db.dialect() == Dialect::Sqlite;
    if (auto r = db.exec(sqlite ? kMigration4Before : pg::migration4Before()); !r)
        return r;
    // The existing history is chained in its order, as it stands: what happened before the
    // chain existed is vouched for from now on.
    Statement read(db, "SELECT id, coalesce(case_id, 0), at, officer, kind, detail FROM case_events ORDER BY id");
    Statement write(db,
                    "INSERT INTO case_events_chained (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    QByteArray head = EventLog::genesisHash();
    qint64 count = 0;
    qint64 last = 0;
    while (read.next()) {
        const qint64 id = read.int64(0);
        const qint64 caseId = read.int64(1);
        const qint64 at = read.int64(2);
        const QString officer = read.text(3);
        const QString kind = read.text(4);
        const QByteArray detail = read.blob(5);
        const QByteArray hash = EventLog::eventHash(head, id, caseId, at, officer, kind, detail);
        write.bind(1, id);
        if (caseId > 0)
            write.bind(2, caseId);
        else
            write.bindNull(2);
        write.bind(3, at).bind(4, officer).bind(5, kind).bind(6, detail.isNull() ? QByteArray("") : detail).bind(7, head).bind(8, hash);
        if (auto r = write.exec(); !r)
            return r;
        head = hash;
        ++count;
        last = id;
    }
    if (read.failed())
        return Error {read.error()};
    Statement chain(db, "INSERT INTO audit_chain (id, event_count, last_event, head) VALUES (1, ?1, ?2, ?3)");
    chain.bind(1, count).bind(2, last).bind(3, head);
    if (auto r = chain.exec(); !r)
        return r;
    if (auto r = db.exec(sqlite ? kMigration4After : pg::migration4After()); !r)
        return r;
    for (const auto &[name, sql] : EventLog::guardTriggers(db.dialect())) {
        if (auto r = db.exec(sql.constData()); !r)
            return r;
    }
    return {};
}

// The change feed's triggers on the outbox: made by migration 5, and again by 9, which rebuilds the table.
#define CASEDESK_OUTBOX_CHANGE_TRIGGERS                                                                                                              \
    "CREATE TRIGGER changes_outbox_insert AFTER INSERT ON outbox BEGIN "                                                                             \
    "INSERT INTO changes (kind, ref) VALUES ('outbox', NEW.oa_id); INSERT INTO changes (kind, ref) VALUES ('case', NEW.case_id); END; "              \
    "CREATE TRIGGER changes_outbox_update AFTER UPDATE ON outbox BEGIN "                                                                             \
    "INSERT INTO changes (kind, ref) VALUES ('outbox', NEW.oa_id); INSERT INTO changes (kind, ref) VALUES ('case', NEW.case_id); END; "

// Migration 5 (the change feed): every write appends what it changed — a case, an account's row,
// an account's outbox, a unit — in its own transaction, by trigger, so that no writer can forget.
// Each process reads the rows after the last one it saw (store/changefeed.h); old rows are pruned.
// An event of a case needs no row of its own: every action that writes one also updates its case
// (at least its version), which is the change readers follow.
const char *const kMigration5 = R"SQL(
CREATE TABLE changes (
    seq   INTEGER PRIMARY KEY AUTOINCREMENT,
    kind  TEXT NOT NULL CHECK (kind IN ('case', 'account', 'outbox', 'unit')),
    ref   TEXT NOT NULL
);
CREATE TRIGGER changes_case_insert AFTER INSERT ON cases
BEGIN INSERT INTO changes (kind, ref) VALUES ('case', NEW.id); END;
CREATE TRIGGER changes_case_update AFTER UPDATE ON cases
BEGIN INSERT INTO changes (kind, ref) VALUES ('case', NEW.id); END;
)SQL" CASEDESK_OUTBOX_CHANGE_TRIGGERS R"SQL(
CREATE TRIGGER changes_account_insert AFTER INSERT ON accounts
BEGIN INSERT INTO changes (kind, ref) VALUES ('account', NEW.oa_id); END;
CREATE TRIGGER changes_account_update AFTER UPDATE ON accounts
BEGIN INSERT INTO changes (kind, ref) VALUES ('account', NEW.oa_id); END;
CREATE TRIGGER changes_account_delete AFTER DELETE ON accounts
BEGIN INSERT INTO changes (kind, ref) VALUES ('account', OLD.oa_id); END;
CREATE TRIGGER changes_unit_insert AFTER INSERT ON units
BEGIN INSERT INTO changes (kind, ref) VALUES ('unit', NEW.id); END;
CREATE TRIGGER changes_unit_update AFTER UPDATE ON units
BEGIN INSERT INTO changes (kind, ref) VALUES ('unit', NEW.id); END;
)SQL";

// Migration 6 (a province on one database): a citizen has at most one open case at an account,
// whichever process opens it (the database refuses a second, on both engines); folders moved
// into a shared database keep their cases' old codes as aliases, by folder.
const char *const kMigration6 = R"SQL(
CREATE UNIQUE INDEX cases_one_open_per_citizen ON cases(oa_id, user_id) WHERE status <> 'closed';
CREATE TABLE folder_moves (
    folder         TEXT PRIMARY KEY,
    prefix         TEXT NOT NULL UNIQUE,
    moved_at       INTEGER NOT NULL,
    source_anchor  TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE case_aliases (
    code     TEXT NOT NULL,
    folder   TEXT NOT NULL REFERENCES folder_moves(folder),
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (code, folder)
);
CREATE INDEX case_aliases_case ON case_aliases(case_id);
)SQL";

// Migration 7 (syncing a shared province): secrets kept once, encrypted with the province's sync
// key (only its id and a check value are in the database; the key is on the sync hosts); which
// sync host holds which account (a lease with an epoch, renewed by heartbeat); the hosts alive;
// and the Zalo app's request budget, counted per minute for every host together.
const char *const kMigration7 = R"SQL(
CREATE TABLE sync_keys (
    key_id       TEXT PRIMARY KEY,
    created_at   INTEGER NOT NULL,
    retired_at   INTEGER,
    check_value  TEXT NOT NULL
);
CREATE TABLE secrets (
    name        TEXT PRIMARY KEY,
    key_id      TEXT NOT NULL REFERENCES sync_keys(key_id),
    nonce       TEXT NOT NULL,
    ciphertext  TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE TABLE sync_hosts (
    host_id       TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    pid           INTEGER,
    session_pid   INTEGER,
    started_at    INTEGER NOT NULL,
    heartbeat_at  INTEGER NOT NULL,
    stopped_at    INTEGER
);
CREATE TABLE sync_leases (
    oa_id         TEXT PRIMARY KEY REFERENCES accounts(oa_id) ON DELETE CASCADE,
    holder        TEXT REFERENCES sync_hosts(host_id),
    epoch         INTEGER NOT NULL DEFAULT 0,
    taken_at      INTEGER,
    heartbeat_at  INTEGER
);
CREATE TABLE request_budget (
    app_id  TEXT NOT NULL,
    minute  INTEGER NOT NULL,
    used    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (app_id, minute)
);
)SQL";

// Migration 8 (officers and roles): who may sign in, with which roles and unit. Passwords only as
// Argon2id hashes (libsodium's crypto_pwhash_str); failed sign-ins counted to slow down and then
// lock an officer for a while. name_key is the name case-folded: one officer per name.
const char *const kMigration8 = R"SQL(
CREATE TABLE officers (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    name_key         TEXT NOT NULL UNIQUE,
    roles            TEXT NOT NULL,
    unit_id          TEXT NOT NULL REFERENCES units(id),
    can_reveal       INTEGER NOT NULL DEFAULT 0,
    password_hash    TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    created_by       TEXT NOT NULL,
    disabled_at      INTEGER,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    locked_until     INTEGER
);
)SQL";

// Migration 9 (editorial approval): an answer may wait for an editor ('pending_approval') and be
// sent back ('rejected'). SQLite cannot change a CHECK: the outbox is rebuilt with every column
// and row it has (ids kept), its indexes and the change feed's triggers made again. Which answers
// need approval is a policy per category and unit level: a row means "required" (none: off).
const char *const kMigration9 = R"SQL(
CREATE TABLE outbox_v9 (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    oa_id             TEXT NOT NULL,
    user_id           TEXT NOT NULL,
    text              TEXT NOT NULL,
    quote_message_id  TEXT,
    officer           TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('pending_approval', 'queued', 'sending', 'sent', 'failed', 'uncertain', 'rejected')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    message_id        TEXT,
    error             TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    zalo_code         INTEGER,
    billed_ok         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_v9 (id, case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, error,
                       created_at, updated_at, zalo_code, billed_ok)
    SELECT id, case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, error,
           created_at, updated_at, zalo_code, billed_ok FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v9 RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, id);
CREATE INDEX outbox_case ON outbox(case_id, id);
CREATE INDEX outbox_message ON outbox(message_id) WHERE message_id IS NOT NULL;
)SQL" CASEDESK_OUTBOX_CHANGE_TRIGGERS R"SQL(

CREATE TABLE approval_policies (
    category  TEXT NOT NULL,
    level     TEXT NOT NULL,
    set_at    INTEGER NOT NULL,
    set_by    TEXT NOT NULL,
    PRIMARY KEY (category, level)
) WITHOUT ROWID;
)SQL";

// Migration 10 (failed answers): an answer that failed to send may be given up by an officer
// ('given_up': never sent; the citizen was reached another way, or the answer was taken back to
// be corrected). SQLite cannot change a CHECK: the outbox is rebuilt as migration 9 did.
const char *const kMigration10 = R"SQL(
CREATE TABLE outbox_v10 (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    oa_id             TEXT NOT NULL,
    user_id           TEXT NOT NULL,
    text              TEXT NOT NULL,
    quote_message_id  TEXT,
    officer           TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('pending_approval', 'queued', 'sending', 'sent', 'failed', 'uncertain', 'rejected', 'given_up')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    message_id        TEXT,
    error             TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    zalo_code         INTEGER,
    billed_ok         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_v10 (id, case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, error,
                        created_at, updated_at, zalo_code, billed_ok)
    SELECT id, case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, message_id, error,
           created_at, updated_at, zalo_code, billed_ok FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v10 RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, id);
CREATE INDEX outbox_case ON outbox(case_id, id);
CREATE INDEX outbox_message ON outbox(message_id) WHERE message_id IS NOT NULL;
)SQL" CASEDESK_OUTBOX_CHANGE_TRIGGERS;

// Migration 11 (the queue sorted by reception): the queue by when each case was opened, newest
// or oldest first, read in order from an index as the deadline order is from cases_queue and its
// siblings — the whole queue, a unit's, a category's — never by sorting every case.
const char *const kMigration11 = R"SQL(
CREATE INDEX cases_received ON cases(is_open, opened_at, id);
CREATE INDEX cases_unit_received ON cases(unit_id, is_open, opened_at, id);
CREATE INDEX cases_category_received ON cases(category, is_open, opened_at, id);
)SQL";

// Migration 12 (reorganisations): a closed unit names its successors (a JSON array of unit ids,
// the default one first: where its cases went and where "(nay là …)" points).
const char *const kMigration12 = R"SQL(
ALTER TABLE units ADD COLUMN successors TEXT;
)SQL";

// Migration 13 (the tree of a past day): what a unit was before a rename or a move. A row says
// that until valid_until (exclusive) the unit had this parent, level and name, since the unit's
// own valid_from or the valid_until of its previous row; the units row holds what it is now.
// Written by units reorganise (valid_until = the effective date) and by units import (today).
const char *const kMigration13 = R"SQL(
CREATE TABLE unit_versions (
    unit_id     TEXT NOT NULL REFERENCES units(id),
    valid_until TEXT NOT NULL,
    parent_id   TEXT,
    level       TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (unit_id, valid_until)
);
)SQL";

// Migration 14 (citizens' satisfaction): a case closed after an answer may get one question
// (satisfaction_queued_at: never twice), sent through the outbox as a row whose purpose is
// 'satisfaction' (not an answer: no first response, never in the failed answers);
// satisfaction_sent_at once Zalo took it; the citizen's rating (1-5) and when it came.
const char *const kMigration14 = R"SQL(
ALTER TABLE cases ADD COLUMN satisfaction_queued_at INTEGER;
ALTER TABLE cases ADD COLUMN satisfaction_sent_at INTEGER;
ALTER TABLE cases ADD COLUMN satisfaction_rating INTEGER CHECK (satisfaction_rating BETWEEN 1 AND 5);
ALTER TABLE cases ADD COLUMN satisfaction_rated_at INTEGER;
ALTER TABLE outbox ADD COLUMN purpose TEXT NOT NULL DEFAULT 'answer' CHECK (purpose IN ('answer', 'satisfaction'));
CREATE INDEX cases_satisfaction ON cases(satisfaction_sent_at) WHERE satisfaction_sent_at IS NOT NULL;
)SQL";

// Migration 15 (a year's report in seconds): the events of some kinds over a span of time —
// answers, transfers and closings in a period, closings and transfers since an instant — read
// from an index by kind and time instead of every event of the span; and a case's last transfer
// before an event (the unit that acted) found among the few transfers, not its whole history.
// On the 1,000,000-message benchmark store a year's answers, transfers and closings with the unit
// that acted went from 1.1 s to 0.4 s.
const char *const kMigration15 = R"SQL(
CREATE INDEX case_events_kind_at ON case_events(kind, at, case_id);
CREATE INDEX case_events_transfers ON case_events(case_id, id) WHERE kind IN ('forwarded', 'escalated', 'returned', 'reorganised');
)SQL";

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {kMigration1, pg::migrationSql(1), {}},   {kMigration2, pg::migrationSql(2), {}},
        {kMigration3, pg::migrationSql(3), {}},   {nullptr, nullptr, migrate4},
        {kMigration5, pg::migrationSql(5), {}},   {kMigration6, pg::migrationSql(6), {}},
        {kMigration7, pg::migrationSql(7), {}},   {kMigration8, pg::migrationSql(8), {}},
        {kMigration9, pg::migrationSql(9), {}},   {kMigration10, pg::migrationSql(10), {}},
        {kMigration11, pg::migrationSql(11), {}}, {kMigration12, pg::migrationSql(12), {}},
        {kMigration13, pg::migrationSql(13), {}}, {kMigration14, pg::migrationSql(14), {}},
        {kMigration15, pg::migrationSql(15), {}},
    };
    return all;
}

} // namespace casedesk::store
