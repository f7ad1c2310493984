-- PostgreSQL only: changes of accounts, grants and role permissions are audited (ADR 0008, "Accounts").
--
--  * Triggers on app_user, user_grant and role_permission write audit rows like those of the records tables:
--    creating a user, granting and revoking roles, enabling and disabling, resetting a password, and every
--    edit of a college's role-permission matrix. Whoever makes the change (session_user) is the actor.
--  * Never audited: the password (it lives only in PostgreSQL's own catalogue) and, on the embedded database,
--    its hash; nor the sign-in bookkeeping (failed attempts, lock, last sign-in), which changes on every
--    sign-in and says nothing about who may do what. A password reset shows as a change of
--    password_changed_at (V025), set by sh_reset_password below.
--  * The platform chain: accounts without a college (platform administrators, created by server init) are
--    audited in chain 0, which no college uses (college ids start at 1). Platform administrators may read and
--    verify it, and only it; a college's own accounts stay in the college's chain, even when a platform
--    administrator creates them.
--  * role_permission rows have no id: they are inserted and deleted, never updated (UPDATE is revoked here),
--    so each audit row names its role and permission in the payload and has no row id.

-- One capture function for the three account tables. TG_ARGV lists columns kept out of the payload besides
-- the bookkeeping ones; the row's college is college_id, or the platform chain (0) when it has none.
-- These tables change a few rows at a time, so the payload is built generically with jsonb.
CREATE FUNCTION audit_capture_account() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_skip text[] := ARRAY['id', 'college_id', 'created_at', 'updated_at', 'version'] || TG_ARGV::text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_append(TG_TABLE_NAME, TG_OP, array_agg(coalesce((r->>'college_id')::bigint, 0)),
                    array_agg((r->>'id')::bigint), array_agg('{"after":' || jsonb_strip_nulls(r - v_skip)::text || '}'))
            FROM (SELECT to_jsonb(n) AS r FROM new_rows n) rows HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM audit_append(TG_TABLE_NAME, TG_OP, array_agg(coalesce((r->>'college_id')::bigint, 0)),
                    array_agg((r->>'id')::bigint), array_agg('{"before":' || jsonb_strip_nulls(r - v_skip)::text || '}'))
            FROM (SELECT to_jsonb(o) AS r FROM old_rows o) rows HAVING count(*) > 0;
    ELSE
        -- only app_user is updated (by id); an update changing none of the audited columns is not recorded
        PERFORM audit_append(TG_TABLE_NAME, TG_OP, array_agg(coalesce((a->>'college_id')::bigint, 0)),
                    array_agg((a->>'id')::bigint),
                    array_agg('{"before":' || diff.before::text || ',"after":' || diff.after::text || '}'))
            FROM (SELECT to_jsonb(o) AS b FROM old_rows o) old_row
            JOIN (SELECT to_jsonb(n) AS a FROM new_rows n) new_row ON new_row.a->'id' = old_row.b->'id'
            CROSS JOIN LATERAL (SELECT jsonb_object_agg(k, b->k) AS before, jsonb_object_agg(k, a->k) AS after
                                  FROM jsonb_object_keys(a - v_skip) k WHERE a->k IS DISTINCT FROM b->k) diff
            WHERE diff.before IS NOT NULL
            HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION audit_capture_account() FROM PUBLIC;

CREATE TRIGGER audit_insert AFTER INSERT ON app_user REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account('password_hash', 'failed_attempts', 'last_failed_at', 'locked_until',
                                           'last_sign_in_at');
CREATE TRIGGER audit_update AFTER UPDATE ON app_user REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account('password_hash', 'failed_attempts', 'last_failed_at', 'locked_until',
                                           'last_sign_in_at');
CREATE TRIGGER audit_delete AFTER DELETE ON app_user REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account('password_hash', 'failed_attempts', 'last_failed_at', 'locked_until',
                                           'last_sign_in_at');
CREATE TRIGGER audit_insert AFTER INSERT ON user_grant REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account();
CREATE TRIGGER audit_delete AFTER DELETE ON user_grant REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account();
CREATE TRIGGER audit_insert AFTER INSERT ON role_permission REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account();
CREATE TRIGGER audit_delete AFTER DELETE ON role_permission REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION audit_capture_account();
-- Grants and role permissions are inserted and deleted, never updated, so an update cannot slip past the audit.
CREATE FUNCTION audit_refuse_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    RAISE EXCEPTION '% rows are added and removed, never changed', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION audit_refuse_update() FROM PUBLIC;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON user_grant FOR EACH STATEMENT
    EXECUTE FUNCTION audit_refuse_update();
CREATE TRIGGER audit_no_update BEFORE UPDATE ON role_permission FOR EACH STATEMENT
    EXECUTE FUNCTION audit_refuse_update();
CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON app_user FOR EACH STATEMENT
    EXECUTE FUNCTION audit_refuse_truncate();
CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON user_grant FOR EACH STATEMENT
    EXECUTE FUNCTION audit_refuse_truncate();
CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON role_permission FOR EACH STATEMENT
    EXECUTE FUNCTION audit_refuse_truncate();

DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('REVOKE UPDATE ON role_permission FROM %I', '${prefix}_' || r.code);
    END LOOP;
END
$$;

-- The platform chain (0): read by platform administrators, and by nobody else but the owner.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['audit_event', 'audit_chain_head'] LOOP
        EXECUTE format('DROP POLICY college_only ON %I', t);
        EXECUTE format('CREATE POLICY college_only ON %I AS RESTRICTIVE FOR ALL '
                       'USING (current_user = %L OR college_id = (SELECT sh_college()) '
                       '       OR (college_id = 0 AND (SELECT sh_is_platform_admin()))) '
                       'WITH CHECK (current_user = %2$L OR college_id = (SELECT sh_college()))', t, '${prefix}_owner');
        EXECUTE format('CREATE POLICY platform_reads ON %I FOR SELECT '
                       'USING (college_id = 0 AND (SELECT sh_is_platform_admin()))', t);
    END LOOP;
END
$$;

GRANT SELECT ON audit_event, audit_chain_head TO ${prefix}_platform_admin;
SET ROLE ${prefix}_policy;
GRANT EXECUTE ON FUNCTION sh_is_platform_admin() TO ${prefix}_owner;
SET ROLE ${prefix}_owner;

-- A reset password is recorded as the time it was reset (never the password or its verifier).
SET ROLE ${prefix}_usermgr;
CREATE OR REPLACE FUNCTION sh_reset_password(p_login TEXT, p_verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v public.app_user := public.sh_account_in(public.sh_demand('user.unlock'), p_login);
BEGIN
    PERFORM public.sh_check_verifier(p_verifier);
    UPDATE public.app_user SET failed_attempts = 0, locked_until = NULL, password_changed_at = CURRENT_TIMESTAMP,
           updated_at = CURRENT_TIMESTAMP, version = version + 1
     WHERE id = v.id;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v.db_role, p_verifier);
END
$$;
SET ROLE ${prefix}_owner;
