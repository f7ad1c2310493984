-- PostgreSQL only: the portfolio tables (V032) under the security model of V011, audited like every records
-- table (V021).
--
--  * college_branding: read by every member of the college (records.read), changed by holders of
--    records.write (the core asks for it college-wide).
--  * issued_portfolio and its items: read for the students the caller reaches with student.read, written by
--    holders of portfolio.issue for the students they reach. Nobody updates or deletes them.
--  * sh_staff_names: the names of the staff accounts of the caller's college that decided achievements, so
--    that a portfolio can say who approved what without opening the account table to anyone.

INSERT INTO sh_secured_table (table_name, read_permission, write_permission, student_column, deletable) VALUES
    ('college_branding',      'records.read', 'records.write',   NULL,         FALSE),
    ('issued_portfolio',      'student.read', 'portfolio.issue', 'student_id', FALSE),
    ('issued_portfolio_item', 'student.read', 'portfolio.issue', 'student_id', FALSE);

CALL sh_secure_table('college_branding');
CALL sh_secure_table('issued_portfolio');
CALL sh_secure_table('issued_portfolio_item');

-- The register is append-only.
DROP POLICY update_rows ON issued_portfolio;
DROP POLICY update_rows ON issued_portfolio_item;
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('REVOKE UPDATE, DELETE ON issued_portfolio, issued_portfolio_item FROM %I',
                       '${prefix}_' || r.code);
    END LOOP;
END
$$;

CALL audit_attach('college_branding');
CALL audit_attach('issued_portfolio');
CALL audit_attach('issued_portfolio_item');

-- Display names of staff accounts (never students') of one college: the caller's own, or any for installation
-- administrators (superusers, e.g. demo data and batch work).
CREATE FUNCTION sh_staff_names(p_college BIGINT, p_ids BIGINT[]) RETURNS TABLE (id BIGINT, display_name TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id, u.display_name::TEXT FROM public.app_user u
     WHERE u.college_id = p_college AND u.id = ANY (p_ids) AND u.student_id IS NULL
       AND (p_college = public.sh_college()
            OR COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), FALSE))
$$;
REVOKE ALL ON FUNCTION sh_staff_names(BIGINT, BIGINT[]) FROM PUBLIC;
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_staff_names(BIGINT, BIGINT[]) TO %I', '${prefix}_' || r.code);
    END LOOP;
END
$$;
ALTER FUNCTION sh_staff_names(BIGINT, BIGINT[]) OWNER TO ${prefix}_policy;
