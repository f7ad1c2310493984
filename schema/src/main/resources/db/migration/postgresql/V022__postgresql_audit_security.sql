-- PostgreSQL only: the audit trail (V020/V021) under the security model of V011.
--
--  * audit_event and audit_chain_head are college tables: row-level security enabled and forced, a
--    restrictive per-college policy, read by holders of audit.read. Only the owner's trigger and definer
--    functions write them (the restrictive policy lets the owner through, since a trigger audits whatever
--    college the audited row belongs to); no application role can insert, update or delete audit rows.
--  * audit_record (views and exports, called by the core) and audit_erase (data protection) act only for the
--    caller's own college, and only for callers allowed to: any reader of student data records a view or an
--    export; erasing needs privacy.erase college-wide. Installation administrators (superusers) are trusted.
--  * Accounts and grants are not audited by triggers yet: platform administrators have no college chain.

INSERT INTO sh_secured_table (table_name, read_permission, write_permission, student_column, deletable) VALUES
    ('audit_event',      'audit.read', NULL, NULL, FALSE),
    ('audit_chain_head', 'audit.read', NULL, NULL, FALSE);
CALL sh_secure_table('audit_event');
CALL sh_secure_table('audit_chain_head');

DROP POLICY college_only ON audit_event;
CREATE POLICY college_only ON audit_event AS RESTRICTIVE FOR ALL
    USING (college_id = (SELECT sh_college()) OR current_user = '${prefix}_owner')
    WITH CHECK (college_id = (SELECT sh_college()) OR current_user = '${prefix}_owner');
CREATE POLICY owner_reads ON audit_event FOR SELECT USING (current_user = '${prefix}_owner');
CREATE POLICY owner_appends ON audit_event FOR INSERT WITH CHECK (current_user = '${prefix}_owner');
CREATE POLICY owner_erases ON audit_event FOR UPDATE
    USING (current_user = '${prefix}_owner') WITH CHECK (current_user = '${prefix}_owner');

DROP POLICY college_only ON audit_chain_head;
CREATE POLICY college_only ON audit_chain_head AS RESTRICTIVE FOR ALL
    USING (college_id = (SELECT sh_college()) OR current_user = '${prefix}_owner')
    WITH CHECK (college_id = (SELECT sh_college()) OR current_user = '${prefix}_owner');
CREATE POLICY owner_keeps_head ON audit_chain_head FOR ALL
    USING (current_user = '${prefix}_owner') WITH CHECK (current_user = '${prefix}_owner');

-- The owner's definer functions ask who the caller is.
SET ROLE ${prefix}_policy;
GRANT EXECUTE ON FUNCTION sh_college(), sh_permitted(TEXT, BOOLEAN) TO ${prefix}_owner;
SET ROLE ${prefix}_owner;

CREATE OR REPLACE FUNCTION audit_record(p_college bigint, p_action text, p_table text, p_row bigint, p_details text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_action NOT IN ('VIEW', 'EXPORT') THEN
        RAISE EXCEPTION 'audit_record only records VIEW and EXPORT, not %', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT (p_college = public.sh_college() OR audit_by_administrator()) THEN
        RAISE EXCEPTION 'audit rows are recorded only for your own college' USING ERRCODE = '42501';
    END IF;
    PERFORM audit_append(p_table, p_action, ARRAY[p_college], ARRAY[p_row], ARRAY[p_details]);
END
$$;

CREATE OR REPLACE FUNCTION audit_erase(p_college bigint, p_table text, p_row bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_count bigint;
BEGIN
    IF NOT ((p_college = public.sh_college() AND public.sh_permitted('privacy.erase', TRUE))
            OR audit_by_administrator()) THEN
        RAISE EXCEPTION 'erasing audit payloads needs privacy.erase in your own college' USING ERRCODE = '42501';
    END IF;
    UPDATE audit_event SET changes = NULL
    WHERE college_id = p_college AND table_name = p_table AND row_id = p_row AND changes IS NOT NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- True when the session belongs to an installation administrator (a superuser), not to a person.
CREATE FUNCTION audit_by_administrator() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), FALSE)
$$;
REVOKE ALL ON FUNCTION audit_by_administrator() FROM PUBLIC;

DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling
              WHERE permission_code IN ('student.read', 'student.export', 'records.read') LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION audit_record(bigint, text, text, bigint, text) TO %I',
                       '${prefix}_' || r.role_code);
    END LOOP;
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling WHERE permission_code = 'privacy.erase' LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION audit_erase(bigint, text, bigint) TO %I', '${prefix}_' || r.role_code);
    END LOOP;
END
$$;

