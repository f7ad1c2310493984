-- PostgreSQL only: the database itself isolates colleges and enforces roles and scopes.
--
-- Roles (created by `studenthub server init` before this runs; ${prefix} namespaces them on a shared server):
--   ${prefix}_owner    NOLOGIN, owns every table; migrations run as this role (SET ROLE).
--   ${prefix}_policy   NOLOGIN, owns the functions that row-level security policies call.
--   ${prefix}_usermgr  NOLOGIN CREATEROLE, owns the user-management functions and nothing else.
--   ${prefix}_<role>   NOLOGIN group role per application role (registrar, faculty, ...).
--   <login>@${prefix}  one LOGIN per person, member of the group roles of their grants, owns nothing.
--
-- Who is calling is always session_user (SET ROLE and session variables cannot change it), mapped to a
-- college, roles and scopes through app_user and user_grant. Policy functions are wrapped in sub-selects so
-- that each is evaluated once per query (an InitPlan), not once per row.

CREATE TABLE sh_installation (
    id          INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    role_prefix VARCHAR(24) NOT NULL
);
INSERT INTO sh_installation (id, role_prefix) VALUES (1, '${prefix}');
GRANT SELECT ON sh_installation TO PUBLIC;

-- Which tables hold college data, which permission reads and writes them, and which column names the
-- student a row belongs to (for scoped grants). Every table with a college_id column must be listed here:
-- the catalogue test fails otherwise, and sh_secure_table() below derives policies and grants from it.
CREATE TABLE sh_secured_table (
    table_name        VARCHAR(63) NOT NULL PRIMARY KEY,
    read_permission   VARCHAR(64) NOT NULL REFERENCES app_permission (code),
    write_permission  VARCHAR(64) REFERENCES app_permission (code),
    student_column    VARCHAR(63),
    deletable         BOOLEAN     NOT NULL DEFAULT FALSE
);
REVOKE ALL ON sh_secured_table FROM PUBLIC;

-------------------------------------------------------------------------------------------------------------
-- Policy helpers (owned by ${prefix}_policy). STABLE, SECURITY DEFINER, search_path pinned, callable by the
-- application roles only. They answer only about the caller (session_user).
-------------------------------------------------------------------------------------------------------------

CREATE FUNCTION sh_college() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.college_id FROM public.app_user u WHERE u.db_role = session_user AND u.status = 'ACTIVE'
$$;

CREATE FUNCTION sh_is_platform_admin() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.app_user u JOIN public.user_grant g ON g.user_id = u.id
                   WHERE u.db_role = session_user AND u.status = 'ACTIVE' AND u.college_id IS NULL
                     AND g.role_code = 'platform_admin' AND g.scope_kind = 'PLATFORM')
$$;

-- True when the caller holds the permission in their college at any scope, or (p_college_wide) college-wide.
CREATE FUNCTION sh_permitted(p_permission TEXT, p_college_wide BOOLEAN) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1
          FROM public.app_user u
          JOIN public.user_grant g ON g.user_id = u.id
          JOIN public.role_permission rp ON rp.college_id = u.college_id AND rp.role_code = g.role_code
         WHERE u.db_role = session_user AND u.status = 'ACTIVE'
           AND rp.permission_code = p_permission
           AND (NOT p_college_wide OR g.scope_kind = 'COLLEGE'))
$$;

-- The students the caller reaches with the permission through narrower grants (self, mentees, section,
-- department). College-wide grants are answered by sh_permitted(.., TRUE) and never listed here.
CREATE FUNCTION sh_scoped_students(p_permission TEXT) RETURNS BIGINT[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH me AS (
        SELECT u.id, u.college_id, u.student_id, u.teacher_id
          FROM public.app_user u WHERE u.db_role = session_user AND u.status = 'ACTIVE'
    ), scopes AS (
        SELECT DISTINCT g.scope_kind, g.scope_id
          FROM me
          JOIN public.user_grant g ON g.user_id = me.id
          JOIN public.role_permission rp ON rp.college_id = me.college_id AND rp.role_code = g.role_code
         WHERE rp.permission_code = p_permission
    )
    SELECT COALESCE(array_agg(DISTINCT reached.student_id), '{}'::BIGINT[]) FROM (
        SELECT me.student_id FROM me
         WHERE me.student_id IS NOT NULL AND EXISTS (SELECT 1 FROM scopes WHERE scope_kind = 'SELF')
        UNION ALL
        SELECT m.student_id FROM me JOIN public.mentor_assignment m
            ON m.college_id = me.college_id AND m.teacher_id = me.teacher_id AND m.status = 'ACTIVE'
         WHERE EXISTS (SELECT 1 FROM scopes WHERE scope_kind = 'ASSIGNED')
        UNION ALL
        SELECT s.id FROM me JOIN public.student s ON s.college_id = me.college_id
            JOIN scopes ON scopes.scope_kind = 'SECTION' AND s.section_id = scopes.scope_id
        UNION ALL
        SELECT s.id FROM me JOIN public.student s ON s.college_id = me.college_id
            JOIN public.programme p ON p.college_id = s.college_id AND p.id = s.programme_id
            JOIN scopes ON scopes.scope_kind = 'DEPARTMENT' AND p.department_id = scopes.scope_id
    ) reached
$$;

REVOKE ALL ON FUNCTION sh_college(), sh_is_platform_admin(), sh_permitted(TEXT, BOOLEAN),
    sh_scoped_students(TEXT) FROM PUBLIC;

-- What the policy functions read, and nothing more.
GRANT SELECT ON app_user, user_grant, role_permission TO ${prefix}_policy;
GRANT SELECT (id, college_id, section_id, programme_id) ON student TO ${prefix}_policy;
GRANT SELECT (id, college_id, department_id) ON programme TO ${prefix}_policy;
GRANT SELECT (college_id, teacher_id, student_id, status) ON mentor_assignment TO ${prefix}_policy;

-------------------------------------------------------------------------------------------------------------
-- Accounts and grants: readable and writable only inside the owner's, the policy helpers' and the
-- user-management functions' own code (current_user is the function owner there). No application role has
-- any privilege on them; people see their own account through sh_whoami() and sh_my_access().
-------------------------------------------------------------------------------------------------------------

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY internal_only ON app_user
    USING (current_user IN ('${prefix}_owner', '${prefix}_policy', '${prefix}_usermgr'))
    WITH CHECK (current_user IN ('${prefix}_owner', '${prefix}_usermgr'));
ALTER TABLE user_grant ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_grant FORCE ROW LEVEL SECURITY;
CREATE POLICY internal_only ON user_grant
    USING (current_user IN ('${prefix}_owner', '${prefix}_policy', '${prefix}_usermgr'))
    WITH CHECK (current_user IN ('${prefix}_owner', '${prefix}_usermgr'));
REVOKE ALL ON app_user, user_grant FROM PUBLIC;

-------------------------------------------------------------------------------------------------------------
-- Records tables: one procedure secures a table from its sh_secured_table row: RLS enabled and forced, a
-- restrictive per-college policy, permissive read and write policies for the permission (college-wide, or
-- for rows of students in the caller's narrower scopes), and table privileges for exactly the group roles
-- whose ceiling holds the permission. Later migrations add a row and call it for new tables.
-------------------------------------------------------------------------------------------------------------

CREATE PROCEDURE sh_secure_table(p_table TEXT)
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    t public.sh_secured_table%ROWTYPE;
    read_check TEXT;
    write_check TEXT;
    grantee RECORD;
BEGIN
    SELECT * INTO STRICT t FROM public.sh_secured_table WHERE table_name = p_table;
    read_check := public.sh_row_check(t.read_permission, t.student_column);
    write_check := CASE WHEN t.write_permission IS NULL THEN 'FALSE'
                        ELSE public.sh_row_check(t.write_permission, t.student_column) END;

    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('DROP POLICY IF EXISTS college_only ON %I', p_table);
    EXECUTE format('DROP POLICY IF EXISTS read_rows ON %I', p_table);
    EXECUTE format('DROP POLICY IF EXISTS insert_rows ON %I', p_table);
    EXECUTE format('DROP POLICY IF EXISTS update_rows ON %I', p_table);
    EXECUTE format('DROP POLICY IF EXISTS delete_rows ON %I', p_table);
    EXECUTE format('CREATE POLICY college_only ON %I AS RESTRICTIVE FOR ALL '
                   'USING (college_id = (SELECT public.sh_college())) '
                   'WITH CHECK (college_id = (SELECT public.sh_college()))', p_table);
    EXECUTE format('CREATE POLICY read_rows ON %I FOR SELECT USING (%s)', p_table, read_check);
    EXECUTE format('CREATE POLICY insert_rows ON %I FOR INSERT WITH CHECK (%s)', p_table, write_check);
    EXECUTE format('CREATE POLICY update_rows ON %I FOR UPDATE USING (%s) WITH CHECK (%s)',
                   p_table, write_check, write_check);
    IF t.deletable THEN
        EXECUTE format('CREATE POLICY delete_rows ON %I FOR DELETE USING (%s)', p_table, write_check);
    END IF;

    EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', p_table);
    FOR grantee IN
        SELECT DISTINCT c.role_code, c.permission_code FROM public.role_ceiling c
         WHERE c.permission_code IN (t.read_permission, t.write_permission)
    LOOP
        IF grantee.permission_code = t.read_permission THEN
            EXECUTE format('GRANT SELECT ON %I TO %I', p_table, '${prefix}_' || grantee.role_code);
        END IF;
        IF grantee.permission_code = t.write_permission THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE%s ON %I TO %I',
                           CASE WHEN t.deletable THEN ', DELETE' ELSE '' END,
                           p_table, '${prefix}_' || grantee.role_code);
        END IF;
    END LOOP;
END
$$;

-- The row condition for one permission: the policy helpers themselves see the rows they need; a caller
-- holding the permission college-wide sees every row of the college; otherwise only rows of students in
-- the caller's scopes (tables without a student column: holding the permission at any scope is enough).
CREATE FUNCTION sh_row_check(p_permission TEXT, p_student_column TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN p_student_column IS NULL THEN
        format('CASE WHEN (SELECT current_user = %L) THEN TRUE '
               'ELSE (SELECT public.sh_permitted(%L, FALSE)) END', '${prefix}_policy', p_permission)
    ELSE
        format('CASE WHEN (SELECT current_user = %L) THEN TRUE '
               'WHEN (SELECT public.sh_permitted(%L, TRUE)) THEN TRUE '
               'ELSE %I = ANY ((SELECT public.sh_scoped_students(%L))::BIGINT[]) END',
               '${prefix}_policy', p_permission, p_student_column, p_permission)
    END
$$;
REVOKE ALL ON PROCEDURE sh_secure_table(TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION sh_row_check(TEXT, TEXT) FROM PUBLIC;

INSERT INTO sh_secured_table (table_name, read_permission, write_permission, student_column, deletable) VALUES
    ('department',          'records.read', 'records.write',    NULL,         FALSE),
    ('programme',           'records.read', 'records.write',    NULL,         FALSE),
    ('course',              'records.read', 'records.write',    NULL,         FALSE),
    ('academic_year',       'records.read', 'records.write',    NULL,         FALSE),
    ('term',                'records.read', 'records.write',    NULL,         FALSE),
    ('section',             'records.read', 'records.write',    NULL,         FALSE),
    ('teacher',             'records.read', 'records.write',    NULL,         FALSE),
    ('teaching_assignment', 'records.read', 'records.write',    NULL,         FALSE),
    ('attendance_session',  'records.read', 'attendance.write', NULL,         FALSE),
    ('student',             'student.read', 'student.write',    'id',         FALSE),
    ('student_photo',       'student.read', 'student.write',    'student_id', TRUE),
    ('guardian',            'student.read', 'student.write',    'student_id', FALSE),
    ('enrolment',           'student.read', 'student.write',    'student_id', FALSE),
    ('mentor_assignment',   'student.read', 'student.write',    'student_id', FALSE),
    ('attendance_mark',     'student.read', 'attendance.write', 'student_id', FALSE),
    ('student_document',    'student.read', 'student.write',    'student_id', FALSE),
    ('role_permission',     'records.read', 'role.manage',      NULL,         TRUE);

CALL sh_secure_table('department');
CALL sh_secure_table('programme');
CALL sh_secure_table('course');
CALL sh_secure_table('academic_year');
CALL sh_secure_table('term');
CALL sh_secure_table('section');
CALL sh_secure_table('teacher');
CALL sh_secure_table('teaching_assignment');
CALL sh_secure_table('attendance_session');
CALL sh_secure_table('student');
CALL sh_secure_table('student_photo');
CALL sh_secure_table('guardian');
CALL sh_secure_table('enrolment');
CALL sh_secure_table('mentor_assignment');
CALL sh_secure_table('attendance_mark');
CALL sh_secure_table('student_document');
CALL sh_secure_table('role_permission');

-- The matrix is seeded by the user-management functions when a college is created.
CREATE POLICY seed_rows ON role_permission FOR INSERT WITH CHECK (current_user = '${prefix}_usermgr');
CREATE POLICY seed_read ON role_permission FOR SELECT USING (current_user = '${prefix}_usermgr');
-- An insert by the seeding function passes the restrictive college policy only for the caller's college,
-- so seeding a new college goes through a dedicated restrictive exception for the user manager.
DROP POLICY college_only ON role_permission;
CREATE POLICY college_only ON role_permission AS RESTRICTIVE FOR ALL
    USING (college_id = (SELECT sh_college()) OR current_user = '${prefix}_usermgr')
    WITH CHECK (college_id = (SELECT sh_college()) OR current_user = '${prefix}_usermgr');
GRANT SELECT, INSERT ON role_permission TO ${prefix}_usermgr;

-- Colleges: a person sees their own college; a platform administrator sees every college (its name and
-- settings, never its records). Colleges are created only through sh_create_college().
ALTER TABLE college ENABLE ROW LEVEL SECURITY;
ALTER TABLE college FORCE ROW LEVEL SECURITY;
CREATE POLICY read_college ON college FOR SELECT
    USING (id = (SELECT sh_college()) OR (SELECT sh_is_platform_admin())
           OR current_user IN ('${prefix}_policy', '${prefix}_usermgr'));
CREATE POLICY create_college ON college FOR INSERT WITH CHECK (current_user = '${prefix}_usermgr');
REVOKE ALL ON college FROM PUBLIC;
GRANT SELECT, INSERT ON college TO ${prefix}_usermgr;

-- The catalogue is readable by everyone who may connect.
REVOKE ALL ON app_permission, app_role, role_ceiling FROM PUBLIC;
GRANT SELECT ON app_permission, app_role, role_ceiling TO ${prefix}_usermgr, ${prefix}_policy;

-- The account tables, for the user manager.
GRANT SELECT, INSERT, UPDATE ON app_user TO ${prefix}_usermgr;
GRANT SELECT, INSERT, DELETE ON user_grant TO ${prefix}_usermgr;

-- Every group role may connect-level read the shared catalogue and its own college, and call the policy
-- helpers (policies run them with the caller's privileges).
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('GRANT SELECT ON college, app_permission, app_role, role_ceiling TO %I', '${prefix}_' || r.code);
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_college(), sh_is_platform_admin(), '
                       'sh_permitted(TEXT, BOOLEAN), sh_scoped_students(TEXT) TO %I', '${prefix}_' || r.code);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION sh_college(), sh_is_platform_admin(), sh_permitted(TEXT, BOOLEAN),
    sh_scoped_students(TEXT) TO ${prefix}_usermgr, ${prefix}_policy;

-- Hand the functions over last: only a function's owner can revoke the default PUBLIC grant and grant
-- EXECUTE, and the owner role that runs migrations stops being theirs here.
ALTER FUNCTION sh_college() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_is_platform_admin() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_permitted(TEXT, BOOLEAN) OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_scoped_students(TEXT) OWNER TO ${prefix}_policy;
