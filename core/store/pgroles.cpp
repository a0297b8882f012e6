#include "pgroles.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::ProvinceRoles)
};

bool roleExists(Database &db, const QString &role)
{
    Statement st(db, "SELECT 1 FROM pg_roles WHERE rolname = ?1");
    st.bind(1, role);
    return st.next();
}

bool mayCreateRoles(Database &db)
{
    Statement st(db, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user");
    return st.next() && st.int64(0) != 0;
}

// Officers read what their work needs (row-level security narrows it to their units) and write
// only what their actions write: cases they act on, answers, drafts, what they last saw,
// templates, corrections that teach the classifier, and the change feed their writes fill.
// Never the secrets nor the sync keys; never the units, accounts, settings or the history's head
// (administrators change those through casedesk_admin; the history grows through a function).
// Everything is granted afresh and revoked in one statement list, so that running init again
// never leaves a wider grant behind.
const char kOfficerGrants[] = R"SQL(
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM casedesk_officer;
GRANT USAGE ON SCHEMA public TO casedesk_officer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO casedesk_officer;
REVOKE ALL ON secrets, sync_keys FROM casedesk_officer;
GRANT UPDATE ON cases TO casedesk_officer;
GRANT INSERT, UPDATE ON outbox TO casedesk_officer;
GRANT INSERT, UPDATE, DELETE ON drafts, case_views, templates TO casedesk_officer;
GRANT INSERT ON classifier_feedback, changes TO casedesk_officer;
GRANT DELETE ON changes TO casedesk_officer;
GRANT INSERT, UPDATE ON settings TO casedesk_officer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casedesk_officer;
DO $$ BEGIN
  IF to_regclass('officers') IS NOT NULL THEN REVOKE ALL ON officers FROM casedesk_officer; GRANT SELECT ON officers TO casedesk_officer; END IF;
  IF to_regclass('identity_reveals') IS NOT NULL THEN REVOKE ALL ON identity_reveals FROM casedesk_officer; END IF;
END $$;
)SQL";

const char kSyncGrants[] = R"SQL(
GRANT USAGE ON SCHEMA public TO casedesk_sync;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO casedesk_sync;
REVOKE INSERT, UPDATE, DELETE ON casedesk_schema FROM casedesk_sync;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casedesk_sync;
)SQL";

// Officers sign in as their own PostgreSQL login, cd_<id> (SCRAM; the display name is only in
// the officers table). The logins are made, changed and disabled only through these functions,
// which run as casedesk_keeper: a role that cannot log in and holds CREATEROLE (in PostgreSQL 15
// that is close to a superuser's power, so no person holds it). Each checks that the session's
// own login is an administrator officer (or the superuser running database init). The sign-in
// bookkeeping (slowing down, the 15-minute lock as NOLOGIN) runs on the server's clock. Officer
// ids start at the database's oid × 1,000,000, so that the logins of two databases on one server
// never share a name.
const char kOfficerLogins[] = R"SQL(
-- No one but the owner creates objects in public (a shadowing operator would run as the keeper).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$ BEGIN CREATE ROLE casedesk_keeper NOLOGIN CREATEROLE; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
GRANT USAGE ON SCHEMA public TO casedesk_keeper;
GRANT SELECT, INSERT, UPDATE ON officers TO casedesk_keeper;
GRANT SELECT ON units TO casedesk_keeper;
GRANT pg_signal_backend TO casedesk_keeper;
-- Administrators' logins are also in casedesk_admin: the units, accounts, settings and approval
-- policies are theirs to change.
DO $$ BEGIN CREATE ROLE casedesk_admin NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM casedesk_admin;
GRANT USAGE ON SCHEMA public TO casedesk_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON units, unit_versions, settings, approval_policies, templates TO casedesk_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casedesk_admin;
GRANT SELECT ON approval_policies TO casedesk_keeper;
DO $$ BEGIN
  IF pg_has_role('casedesk_keeper', 'casedesk_officer', 'MEMBER') THEN REVOKE casedesk_officer FROM casedesk_keeper; END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk_number_officers() RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM officers) THEN
    EXECUTE format('ALTER TABLE officers ALTER COLUMN id RESTART WITH %s',
                   (SELECT oid::bigint * 1000000 + 1 FROM pg_database WHERE datname = current_database()));
  END IF;
END $f$;
SELECT casedesk_number_officers();

CREATE OR REPLACE FUNCTION casedesk_now_ms() RETURNS bigint LANGUAGE sql VOLATILE
  AS $f$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $f$;

CREATE OR REPLACE FUNCTION casedesk_may_administer() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $f$ SELECT EXISTS (SELECT 1 FROM officers WHERE 'cd_' || id = session_user AND disabled_at IS NULL
                          AND ',' || roles || ',' LIKE '%,admin,%')
             OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolcreaterole)) $f$;

CREATE OR REPLACE FUNCTION casedesk_add_officer(p_name text, p_key text, p_roles text, p_unit text, p_can_reveal bigint,
                                                p_verifier text, p_by text)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE new_id bigint;
BEGIN
  IF NOT casedesk_may_administer() THEN
    RAISE EXCEPTION 'only an administrator manages officers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO officers (name, name_key, roles, unit_id, can_reveal, password_hash, created_at, created_by)
  VALUES (p_name, p_key, p_roles, p_unit, p_can_reveal, 'server-login', casedesk_now_ms(), p_by) RETURNING id INTO new_id;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE casedesk_officer', 'cd_' || new_id, p_verifier);
  IF ',' || p_roles || ',' LIKE '%,admin,%' THEN
    EXECUTE format('GRANT casedesk_admin TO %I', 'cd_' || new_id);
  END IF;
  RETURN new_id;
END $f$;

CREATE OR REPLACE FUNCTION casedesk_disable_officer(p_id bigint) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
BEGIN
  IF NOT casedesk_may_administer() THEN
    RAISE EXCEPTION 'only an administrator manages officers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Only this database's officers (logins are the whole server's), and never the last administrator.
  PERFORM 1 FROM officers WHERE disabled_at IS NULL AND ',' || roles || ',' LIKE '%,admin,%' FOR UPDATE;
  IF NOT EXISTS (SELECT 1 FROM officers WHERE id = p_id) THEN
    RAISE EXCEPTION 'no officer % in this database', p_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM officers WHERE id = p_id AND ',' || roles || ',' LIKE '%,admin,%')
     AND (SELECT count(*) FROM officers WHERE disabled_at IS NULL AND ',' || roles || ',' LIKE '%,admin,%') <= 1 THEN
    RAISE EXCEPTION 'the last administrator cannot be disabled' USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE officers SET disabled_at = casedesk_now_ms() WHERE id = p_id;
  EXECUTE format('ALTER ROLE %I NOLOGIN', 'cd_' || p_id);
  PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'cd_' || p_id AND pid <> pg_backend_pid();
END $f$;

CREATE OR REPLACE FUNCTION casedesk_set_officer_password(p_id bigint, p_verifier text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
BEGIN
  IF NOT (casedesk_may_administer() OR session_user = 'cd_' || p_id) THEN
    RAISE EXCEPTION 'only an administrator or the officer sets a password' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM officers WHERE id = p_id) THEN
    RAISE EXCEPTION 'no officer % in this database', p_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', 'cd_' || p_id, p_verifier);
  UPDATE officers SET failed_attempts = 0, next_attempt_at = NULL, locked_until = NULL WHERE id = p_id;
  IF EXISTS (SELECT 1 FROM officers WHERE id = p_id AND disabled_at IS NULL) THEN
    EXECUTE format('ALTER ROLE %I LOGIN', 'cd_' || p_id);
  END IF;
END $f$;

-- Before the officer's own login exists in this session: which login, and whether it may try now.
-- state: unknown, disabled, locked, too_soon or ok; a lock that ran out is lifted here.
CREATE OR REPLACE FUNCTION casedesk_signin_check(p_key text)
  RETURNS TABLE (login text, state text, wait_ms bigint)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE o officers; now_ms bigint := casedesk_now_ms();
BEGIN
  SELECT * INTO o FROM officers WHERE name_key = p_key FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::text, 'unknown'::text, 0::bigint; RETURN;
  END IF;
  IF o.disabled_at IS NOT NULL THEN
    RETURN QUERY SELECT 'cd_' || o.id, 'disabled'::text, 0::bigint; RETURN;
  END IF;
  IF o.locked_until IS NOT NULL THEN
    IF o.locked_until > now_ms THEN
      RETURN QUERY SELECT 'cd_' || o.id, 'locked'::text, o.locked_until - now_ms; RETURN;
    END IF;
    UPDATE officers SET locked_until = NULL WHERE id = o.id;
    EXECUTE format('ALTER ROLE %I LOGIN', 'cd_' || o.id);
  END IF;
  IF o.next_attempt_at IS NOT NULL AND o.next_attempt_at > now_ms THEN
    RETURN QUERY SELECT 'cd_' || o.id, 'too_soon'::text, o.next_attempt_at - now_ms; RETURN;
  END IF;
  RETURN QUERY SELECT 'cd_' || o.id, 'ok'::text, 0::bigint;
END $f$;

-- A refused password: the next try waits a second more each time; the fifth in a row locks the
-- login (NOLOGIN) for 15 minutes. state: failed or locked.
CREATE OR REPLACE FUNCTION casedesk_signin_failed(p_key text)
  RETURNS TABLE (state text, wait_ms bigint)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE o officers; failures bigint; now_ms bigint := casedesk_now_ms();
BEGIN
  SELECT * INTO o FROM officers WHERE name_key = p_key FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'failed'::text, 0::bigint; RETURN;
  END IF;
  failures := o.failed_attempts + 1;
  IF failures >= 5 THEN
    UPDATE officers SET failed_attempts = 0, next_attempt_at = now_ms + failures * 1000, locked_until = now_ms + 900000
     WHERE id = o.id;
    EXECUTE format('ALTER ROLE %I NOLOGIN', 'cd_' || o.id);
    PERFORM casedesk_append_event_as_server(NULL, now_ms, 'CaseDesk', 'officer_locked',
              json_build_object('failures', failures, 'officer', o.name, 'officer_id', o.id, 'until', now_ms + 900000)::text);
    RETURN QUERY SELECT 'locked'::text, 900000::bigint;
  ELSE
    UPDATE officers SET failed_attempts = failures, next_attempt_at = now_ms + failures * 1000 WHERE id = o.id;
    RETURN QUERY SELECT 'failed'::text, failures * 1000;
  END IF;
END $f$;

CREATE OR REPLACE FUNCTION casedesk_signin_succeeded() RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
  AS $f$ UPDATE officers SET failed_attempts = 0, next_attempt_at = NULL WHERE 'cd_' || id = session_user $f$;

ALTER FUNCTION casedesk_may_administer() OWNER TO casedesk_keeper;
ALTER FUNCTION casedesk_add_officer(text, text, text, text, bigint, text, text) OWNER TO casedesk_keeper;
ALTER FUNCTION casedesk_disable_officer(bigint) OWNER TO casedesk_keeper;
ALTER FUNCTION casedesk_set_officer_password(bigint, text) OWNER TO casedesk_keeper;
ALTER FUNCTION casedesk_signin_check(text) OWNER TO casedesk_keeper;
ALTER FUNCTION casedesk_signin_failed(text) OWNER TO casedesk_keeper;
ALTER FUNCTION casedesk_signin_succeeded() OWNER TO casedesk_keeper;
REVOKE ALL ON FUNCTION casedesk_signin_check(text), casedesk_signin_failed(text), casedesk_signin_succeeded() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_signin_check(text), casedesk_signin_failed(text), casedesk_signin_succeeded() TO casedesk_officer;
REVOKE ALL ON FUNCTION casedesk_add_officer(text, text, text, text, bigint, text, text), casedesk_disable_officer(bigint),
                       casedesk_set_officer_password(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_add_officer(text, text, text, text, bigint, text, text), casedesk_disable_officer(bigint),
                          casedesk_set_officer_password(bigint, text) TO casedesk_officer;
-- Officers read who is who, never a secret (there is none in this table on a server).
REVOKE INSERT, UPDATE, DELETE ON officers FROM casedesk_officer, casedesk_sync;
)SQL";

// Row-level security keyed on the officer's own login: an officer's session reads the cases of
// the units it may read (its unit's subtree; every unit for an editor; none for an administrator
// alone), and of those cases only the messages, history, answers, drafts and views; citizens only
// of cases whose reporter is not protected. A protected reporter's identity is read only through
// casedesk_reveal_identity(case, reason), which checks --can-reveal and logs the reveal in
// identity_reveals. Sync hosts read and write everything; a table's owner (who ran init) is not
// restricted. Logins in casedesk_officer that are no officer read no case at all.
const char kRowSecurity[] = R"SQL(
CREATE OR REPLACE FUNCTION casedesk_readable_units() RETURNS text[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  WITH RECURSIVE me AS (SELECT roles, unit_id FROM officers WHERE 'cd_' || id = session_user AND disabled_at IS NULL),
  below(id) AS (SELECT unit_id FROM me UNION SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id)
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM me) OR (SELECT roles FROM me) = 'admin' THEN ARRAY[]::text[]
    WHEN (SELECT ',' || roles || ',' LIKE '%,editor,%' FROM me) THEN (SELECT coalesce(array_agg(id), ARRAY[]::text[]) FROM units)
    ELSE (SELECT coalesce(array_agg(id), ARRAY[]::text[]) FROM below) END $f$;
ALTER FUNCTION casedesk_readable_units() OWNER TO casedesk_keeper;

CREATE TABLE IF NOT EXISTS identity_reveals (
    id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases(id),
    login      text NOT NULL,
    reason     text NOT NULL,
    at         bigint NOT NULL
);
GRANT SELECT, INSERT ON identity_reveals TO casedesk_keeper;
GRANT SELECT ON cases, citizens TO casedesk_keeper;
REVOKE ALL ON identity_reveals FROM casedesk_officer;
GRANT SELECT ON identity_reveals TO casedesk_sync;

CREATE OR REPLACE FUNCTION casedesk_reveal_identity(p_case bigint, p_reason text)
  RETURNS TABLE (display_name text, avatar text, shared_info text, is_follower bigint, fetched_at bigint)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE c cases; r text[] := casedesk_readable_units();
BEGIN
  IF NOT EXISTS (SELECT 1 FROM officers WHERE 'cd_' || id = session_user AND disabled_at IS NULL AND can_reveal <> 0) THEN
    RAISE EXCEPTION 'this login may not reveal informants' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF coalesce(trim(p_reason), '') = '' THEN
    RAISE EXCEPTION 'a reveal needs a reason' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT * INTO c FROM cases WHERE id = p_case;
  IF NOT FOUND OR NOT (c.unit_id = ANY (r) OR c.origin_unit = ANY (r) OR c.transfer_from = ANY (r)) THEN
    RAISE EXCEPTION 'no such case among this login''s units' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO identity_reveals (case_id, login, reason, at) VALUES (p_case, session_user, p_reason, casedesk_now_ms());
  RETURN QUERY SELECT z.display_name, coalesce(z.avatar, ''), coalesce(z.shared_info, ''), z.is_follower, coalesce(z.fetched_at, 0)
                 FROM citizens z WHERE z.oa_id = c.oa_id AND z.user_id = c.user_id;
END $f$;
ALTER FUNCTION casedesk_reveal_identity(bigint, text) OWNER TO casedesk_keeper;
REVOKE ALL ON FUNCTION casedesk_reveal_identity(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_reveal_identity(bigint, text) TO casedesk_officer;

-- The history's head check reads the event just written, whichever unit's case it is.
ALTER FUNCTION audit_chain_follow_events() SECURITY DEFINER SET search_path = public, pg_temp;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['cases', 'messages', 'case_events', 'outbox', 'drafts', 'case_views', 'case_aliases', 'citizens',
                           'classifier_feedback'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('DROP POLICY IF EXISTS sync_host_all ON %I', t);
    EXECUTE format('CREATE POLICY sync_host_all ON %I TO casedesk_sync USING (true) WITH CHECK (true)', t);
    EXECUTE format('DROP POLICY IF EXISTS officer_scope ON %I', t);
  END LOOP;
END $$;

CREATE POLICY officer_scope ON cases TO casedesk_officer
  USING (unit_id = ANY ((SELECT casedesk_readable_units())::text[]) OR origin_unit = ANY ((SELECT casedesk_readable_units())::text[])
         OR transfer_from = ANY ((SELECT casedesk_readable_units())::text[]))
  WITH CHECK (true);
CREATE POLICY officer_scope ON messages TO casedesk_officer
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = messages.case_id));
CREATE POLICY officer_scope ON case_events TO casedesk_officer
  USING (case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = case_events.case_id)) WITH CHECK (true);
CREATE POLICY officer_scope ON outbox TO casedesk_officer
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = outbox.case_id));
CREATE POLICY officer_scope ON drafts TO casedesk_officer
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = drafts.case_id));
CREATE POLICY officer_scope ON case_views TO casedesk_officer
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_views.case_id));
CREATE POLICY officer_scope ON case_aliases TO casedesk_officer
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_aliases.case_id));
-- A citizen who ever reported a crime (any case, any unit) stays hidden, whatever else they wrote.
CREATE OR REPLACE FUNCTION casedesk_citizen_protected(p_oa text, p_user text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $f$ SELECT EXISTS (SELECT 1 FROM cases c WHERE c.oa_id = p_oa AND c.user_id = p_user AND c.reporter_protected <> 0) $f$;
ALTER FUNCTION casedesk_citizen_protected(text, text) OWNER TO casedesk_keeper;
CREATE POLICY officer_scope ON citizens FOR SELECT TO casedesk_officer
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.oa_id = citizens.oa_id AND c.user_id = citizens.user_id)
         AND NOT casedesk_citizen_protected(citizens.oa_id, citizens.user_id));

-- Answers: an officer who is no editor queues an answer as the approval policy says and never
-- changes its state or text afterwards (sending is the sync hosts', approving the editors').
CREATE OR REPLACE FUNCTION casedesk_outbox_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE me officers; held boolean;
BEGIN
  SELECT * INTO me FROM officers WHERE 'cd_' || id = session_user;
  IF NOT FOUND OR ',' || me.roles || ',' LIKE '%,editor,%' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.state IS DISTINCT FROM NEW.state OR OLD.text IS DISTINCT FROM NEW.text THEN
      RAISE EXCEPTION 'only sync hosts send answers and only editors approve them' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  SELECT EXISTS (SELECT 1 FROM cases c JOIN units u ON u.id = c.unit_id
                   JOIN approval_policies p ON p.category = c.category AND p.level = u.level WHERE c.id = NEW.case_id) INTO held;
  IF NEW.state IS DISTINCT FROM (CASE WHEN held THEN 'pending_approval' ELSE 'queued' END) THEN
    RAISE EXCEPTION 'an answer is queued as the approval policy says' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $f$;
ALTER FUNCTION casedesk_outbox_guard() OWNER TO casedesk_keeper;
DROP TRIGGER IF EXISTS outbox_officer_guard ON outbox;
CREATE TRIGGER outbox_officer_guard BEFORE INSERT OR UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION casedesk_outbox_guard();
-- The keeper's functions read the case and its citizen they check (a reveal, for one).
DROP POLICY IF EXISTS keeper_reads ON cases;
CREATE POLICY keeper_reads ON cases FOR SELECT TO casedesk_keeper USING (true);
DROP POLICY IF EXISTS keeper_reads ON citizens;
CREATE POLICY keeper_reads ON citizens FOR SELECT TO casedesk_keeper USING (true);
-- The history is appended through casedesk_append_event only (the chain's head row locked, the
-- hash made by the server as EventLog::eventHash makes it): an officer's event carries the
-- officer's own name and belongs to a case of the units the officer may read.
-- The append itself, for the server's own functions only (granted to no one).
CREATE OR REPLACE FUNCTION casedesk_append_event_as_server(p_case bigint, p_at bigint, p_officer text, p_kind text, p_detail text)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE h audit_chain; new_id bigint;
BEGIN
  SELECT * INTO h FROM audit_chain WHERE id = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the head of the case history is missing';
  END IF;
  new_id := h.last_event + 1;
  INSERT INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash)
  VALUES (new_id, p_case, p_at, p_officer, p_kind, p_detail, h.head,
          encode(sha256(convert_to(h.head || chr(31) || new_id::text || chr(31) || coalesce(p_case::text, '') || chr(31) || p_at::text
                                   || chr(31) || p_officer || chr(31) || p_kind || chr(31) || p_detail, 'UTF8')), 'hex'));
  RETURN new_id;
END $f$;
ALTER FUNCTION casedesk_append_event_as_server(bigint, bigint, text, text, text) OWNER TO casedesk_keeper;
REVOKE ALL ON FUNCTION casedesk_append_event_as_server(bigint, bigint, text, text, text) FROM PUBLIC;

-- An officer's event carries the officer's own name and the server's time, for a case of the
-- officer's units; a session that is no officer appends only as a sync host or the server's owner.
CREATE OR REPLACE FUNCTION casedesk_append_event(p_case bigint, p_at bigint, p_officer text, p_kind text, p_detail text)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE me text; r text[]; at_ms bigint := p_at;
BEGIN
  SELECT name INTO me FROM officers WHERE 'cd_' || id = session_user;
  IF me IS NOT NULL THEN
    IF p_officer IS DISTINCT FROM me THEN
      RAISE EXCEPTION 'an officer''s events carry their own name' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_case IS NOT NULL THEN
      r := casedesk_readable_units();
      IF NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND (c.unit_id = ANY (r) OR c.origin_unit = ANY (r) OR c.transfer_from = ANY (r))) THEN
        RAISE EXCEPTION 'no such case among this login''s units' USING ERRCODE = 'insufficient_privilege';
      END IF;
    END IF;
    at_ms := casedesk_now_ms();
  ELSIF NOT (pg_has_role(session_user, 'casedesk_sync', 'MEMBER')
             OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
             OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'case_events'), 'MEMBER')) THEN
    RAISE EXCEPTION 'only officers, sync hosts and the server''s owner append to the history' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN casedesk_append_event_as_server(p_case, at_ms, p_officer, p_kind, p_detail);
END $f$;
ALTER FUNCTION casedesk_append_event(bigint, bigint, text, text, text) OWNER TO casedesk_keeper;
REVOKE ALL ON FUNCTION casedesk_append_event(bigint, bigint, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_append_event(bigint, bigint, text, text, text) TO casedesk_officer, casedesk_sync;
GRANT SELECT, UPDATE ON audit_chain TO casedesk_keeper;
GRANT SELECT, INSERT ON case_events TO casedesk_keeper;
DROP POLICY IF EXISTS keeper_appends ON case_events;
CREATE POLICY keeper_appends ON case_events FOR INSERT TO casedesk_keeper WITH CHECK (true);
REVOKE INSERT ON case_events FROM casedesk_officer;
-- An officer's login reads only its units' events; the whole chain's links are read through
-- this function: each event's link and hash, and the hash of its content as the server makes it
-- (never the content), with the case's code only where the login may read the case.
CREATE OR REPLACE FUNCTION casedesk_history_links()
  RETURNS TABLE (id bigint, case_id bigint, prev_hash text, hash text, content_hash text, code text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE r text[] := casedesk_readable_units();
BEGIN
  RETURN QUERY
  SELECT e.id, coalesce(e.case_id, 0), e.prev_hash, e.hash,
         encode(sha256(convert_to(e.prev_hash || chr(31) || e.id::text || chr(31) || coalesce(e.case_id::text, '') || chr(31) || e.at::text
                                  || chr(31) || e.officer || chr(31) || e.kind || chr(31) || e.detail, 'UTF8')), 'hex'),
         CASE WHEN c.unit_id = ANY (r) OR c.origin_unit = ANY (r) OR c.transfer_from = ANY (r) THEN c.code ELSE '' END
    FROM case_events e LEFT JOIN cases c ON c.id = e.case_id ORDER BY e.id;
END $f$;
ALTER FUNCTION casedesk_history_links() OWNER TO casedesk_keeper;
REVOKE ALL ON FUNCTION casedesk_history_links() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_history_links() TO casedesk_officer;
DROP POLICY IF EXISTS keeper_reads ON case_events;
CREATE POLICY keeper_reads ON case_events FOR SELECT TO casedesk_keeper USING (true);
-- Settings: every officer reads them; an officer's own writes are only the templates' marker
-- (shipped templates stored once); the province's settings are administrators'.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON settings;
CREATE POLICY everyone_reads ON settings FOR SELECT USING (true);
DROP POLICY IF EXISTS officer_marks ON settings;
CREATE POLICY officer_marks ON settings FOR INSERT TO casedesk_officer WITH CHECK (key = 'templates_seeded');
DROP POLICY IF EXISTS officer_marks_again ON settings;
CREATE POLICY officer_marks_again ON settings FOR UPDATE TO casedesk_officer USING (key = 'templates_seeded') WITH CHECK (key = 'templates_seeded');
DROP POLICY IF EXISTS admin_all ON settings;
CREATE POLICY admin_all ON settings TO casedesk_admin USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS sync_host_all ON settings;
CREATE POLICY sync_host_all ON settings TO casedesk_sync USING (true) WITH CHECK (true);
-- Corrections teach the classifier: officers add them; reading them back is the sync hosts'.
CREATE POLICY officer_scope ON classifier_feedback FOR INSERT TO casedesk_officer WITH CHECK (true);
)SQL";

bool isSuperuser(Database &db)
{
    Statement st(db, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    return st.next() && st.int64(0) != 0;
}

} // namespace

Expected<RoleGrants> grantProvinceRoles(Database &db)
{
    RoleGrants result;
    if (!db.isShared())
        return result;
    const bool canCreate = mayCreateRoles(db);
    for (const char *name : {kOfficerRole, kSyncRole}) {
        const QString role = QString::fromLatin1(name);
        if (!roleExists(db, role)) {
            if (!canCreate) {
                result.notes << Tr::tr("The role %1 does not exist and this database user may not create roles (CREATEROLE); its "
                                       "privileges were not granted. Have the server's administrator run database init once, or "
                                       "CREATE ROLE %1 NOLOGIN.")
                                    .arg(role);
                continue;
            }
            // Another init may make it at the same moment: a duplicate is no failure.
            const QByteArray create
                = "DO $$ BEGIN CREATE ROLE " + QByteArray(name) + " NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$";
            if (auto made = db.exec(create.constData()); !made)
                return Error {Tr::tr("The role %1 cannot be created: %2").arg(role, made.error().message)};
            result.created << role;
        }
        const char *grants = QByteArray(name) == kOfficerRole ? kOfficerGrants : kSyncGrants;
        if (auto granted = db.exec(grants); !granted)
            return Error {Tr::tr("The privileges of the role %1 cannot be granted: %2").arg(role, granted.error().message)};
        result.granted << role;
    }
    // Officers' own logins: only a superuser can make the keeper role own the functions.
    if (roleExists(db, QString::fromLatin1(kOfficerRole))) {
        if (isSuperuser(db)) {
            if (auto r = db.exec(kOfficerLogins); !r)
                return Error {Tr::tr("The officers' sign-in functions cannot be made: %1").arg(r.error().message)};
            if (auto r = db.exec(kRowSecurity); !r)
                return Error {Tr::tr("The officers' row-level security cannot be set up: %1").arg(r.error().message)};
            result.officerLogins = true;
        } else {
            result.notes << Tr::tr("Officers cannot sign in to this server until a superuser runs database init once (it makes the "
                                   "functions that manage officers' logins).");
        }
    }
    // A sync host that takes over a dead host's accounts ends that host's database sessions
    // (another login's): that needs PostgreSQL's predefined roles, which only a superuser grants.
    if (roleExists(db, QString::fromLatin1(kSyncRole))) {
        const char *kTakeOver = "DO $$ BEGIN GRANT pg_signal_backend, pg_read_all_stats TO casedesk_sync; "
                                "EXCEPTION WHEN insufficient_privilege THEN RAISE NOTICE 'not granted'; END $$";
        Statement granted(db,
                          "SELECT pg_has_role('casedesk_sync', 'pg_signal_backend', 'MEMBER') "
                          "AND pg_has_role('casedesk_sync', 'pg_read_all_stats', 'MEMBER')");
        const bool before = granted.next() && granted.int64(0) != 0;
        granted.reset();
        if (!before) {
            if (auto r = db.exec(kTakeOver); !r)
                return Error {Tr::tr("The privileges of the role casedesk_sync cannot be granted: %1").arg(r.error().message)};
            if (!(granted.next() && granted.int64(0) != 0))
                result.notes << Tr::tr("casedesk_sync may not end a dead sync host's sessions yet: have the server's administrator "
                                       "(a superuser) run GRANT pg_signal_backend, pg_read_all_stats TO casedesk_sync.");
        }
    }
    return result;
}

} // namespace casedesk::store
