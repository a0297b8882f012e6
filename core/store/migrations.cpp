#include "migrations.h"

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

} // namespace

const std::vector<const char *> &migrations()
{
    static const std::vector<const char *> all = {
        kMigration1,
        kMigration2,
        kMigration3,
    };
    return all;
}

} // namespace casedesk::store
