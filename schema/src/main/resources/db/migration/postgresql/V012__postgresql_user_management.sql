-- PostgreSQL only: people are database logins, managed only through these functions.
--
-- Each function is SECURITY DEFINER with a pinned search_path, checks the caller's permission itself
-- (sh_permitted reads the caller's grants from session_user), validates every input, and builds its DDL with
-- format(%I/%L). EXECUTE is revoked from PUBLIC and granted only to the group roles whose ceiling holds the
-- permission. The user manager (${prefix}_usermgr, CREATEROLE) owns them; administrators never get
-- CREATEROLE themselves, and may only ever grant the application's own group roles.
-- Passwords never reach the database in clear: the client sends a SCRAM-SHA-256 verifier.

-- Who am I, and what may I do (for the client's sign-in). Owned by the policy role.
CREATE FUNCTION sh_whoami()
    RETURNS TABLE (user_id BIGINT, college_id BIGINT, login VARCHAR, display_name VARCHAR,
                   student_id BIGINT, teacher_id BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id, u.college_id, u.login, u.display_name, u.student_id, u.teacher_id
      FROM public.app_user u WHERE u.db_role = session_user AND u.status = 'ACTIVE'
$$;

CREATE FUNCTION sh_my_access()
    RETURNS TABLE (permission_code VARCHAR, scope_kind VARCHAR, scope_id BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT rp.permission_code, g.scope_kind, g.scope_id
      FROM public.app_user u
      JOIN public.user_grant g ON g.user_id = u.id
      JOIN public.role_permission rp ON rp.college_id = u.college_id AND rp.role_code = g.role_code
     WHERE u.db_role = session_user AND u.status = 'ACTIVE'
    UNION
    SELECT c.permission_code, g.scope_kind, g.scope_id
      FROM public.app_user u
      JOIN public.user_grant g ON g.user_id = u.id AND g.scope_kind = 'PLATFORM'
      JOIN public.role_ceiling c ON c.role_code = g.role_code
     WHERE u.db_role = session_user AND u.status = 'ACTIVE' AND u.college_id IS NULL
$$;
REVOKE ALL ON FUNCTION sh_whoami(), sh_my_access() FROM PUBLIC;

-- Raises insufficient_privilege unless the caller holds the permission college-wide.
CREATE FUNCTION sh_demand(p_permission TEXT) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_college BIGINT := public.sh_college();
BEGIN
    IF v_college IS NULL OR NOT public.sh_permitted(p_permission, TRUE) THEN
        RAISE EXCEPTION 'permission % is required', p_permission USING ERRCODE = '42501';
    END IF;
    RETURN v_college;
END
$$;

CREATE FUNCTION sh_demand_platform() RETURNS VOID
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT public.sh_is_platform_admin() THEN
        RAISE EXCEPTION 'only a platform administrator may do this' USING ERRCODE = '42501';
    END IF;
END
$$;

-- The account row of a login in the caller's college (raises when absent: other colleges do not exist).
CREATE FUNCTION sh_account_in(p_college BIGINT, p_login TEXT) RETURNS public.app_user
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v public.app_user;
BEGIN
    SELECT * INTO v FROM public.app_user WHERE login = p_login AND college_id = p_college;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user "%" in this college', p_login USING ERRCODE = 'P0002';
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION sh_check_verifier(p_verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'the password must be sent as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
END
$$;

-- Creates the login and its account. Internal: callers are the functions below.
CREATE FUNCTION sh_new_login(p_college BIGINT, p_login TEXT, p_display_name TEXT, p_verifier TEXT,
                             p_student_id BIGINT, p_teacher_id BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_role TEXT := p_login || '@${prefix}';
    v_id BIGINT;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9._-]{1,39}$' THEN
        RAISE EXCEPTION 'a login is 2 to 40 lower-case letters, digits, ".", "_" or "-", starting with a letter'
            USING ERRCODE = '22023';
    END IF;
    IF p_display_name IS NULL OR length(btrim(p_display_name)) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'a display name is 1 to 200 characters' USING ERRCODE = '22023';
    END IF;
    PERFORM public.sh_check_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_role) THEN
        RAISE EXCEPTION 'the login "%" already exists', p_login USING ERRCODE = '23505';
    END IF;
    INSERT INTO public.app_user (college_id, login, db_role, display_name, student_id, teacher_id)
    VALUES (p_college, p_login, v_role, btrim(p_display_name), p_student_id, p_teacher_id)
    RETURNING id INTO v_id;
    EXECUTE format('CREATE ROLE %I WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'NOBYPASSRLS CONNECTION LIMIT 20 PASSWORD %L', v_role, p_verifier);
    RETURN v_id;
END
$$;

-- Grants one application role (never platform_admin) within a scope of the account's college.
CREATE FUNCTION sh_add_grant(p_account public.app_user, p_role TEXT, p_scope_kind TEXT, p_scope_id BIGINT)
    RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role = 'platform_admin' OR NOT EXISTS (SELECT 1 FROM public.app_role WHERE code = p_role) THEN
        RAISE EXCEPTION '"%" is not a role that can be granted in a college', p_role USING ERRCODE = '22023';
    END IF;
    IF p_scope_kind IS NULL OR p_scope_kind NOT IN ('COLLEGE', 'DEPARTMENT', 'SECTION', 'ASSIGNED', 'SELF') THEN
        RAISE EXCEPTION '"%" is not a scope', p_scope_kind USING ERRCODE = '22023';
    END IF;
    IF p_scope_kind = 'DEPARTMENT' AND NOT EXISTS (SELECT 1 FROM public.department
            WHERE college_id = p_account.college_id AND id = p_scope_id) THEN
        RAISE EXCEPTION 'no department % in this college', p_scope_id USING ERRCODE = 'P0002';
    END IF;
    IF p_scope_kind = 'SECTION' AND NOT EXISTS (SELECT 1 FROM public.section
            WHERE college_id = p_account.college_id AND id = p_scope_id) THEN
        RAISE EXCEPTION 'no section % in this college', p_scope_id USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO public.user_grant (college_id, user_id, role_code, scope_kind, scope_id)
    VALUES (p_account.college_id, p_account.id, p_role, p_scope_kind,
            CASE WHEN p_scope_kind IN ('DEPARTMENT', 'SECTION') THEN p_scope_id ELSE 0 END);
    EXECUTE format('GRANT %I TO %I', '${prefix}_' || p_role, p_account.db_role);
END
$$;

CREATE FUNCTION sh_create_user(p_login TEXT, p_display_name TEXT, p_verifier TEXT,
                               p_student_id BIGINT, p_teacher_id BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN public.sh_new_login(public.sh_demand('user.manage'), p_login, p_display_name, p_verifier,
                               p_student_id, p_teacher_id);
END
$$;

CREATE FUNCTION sh_grant_role(p_login TEXT, p_role TEXT, p_scope_kind TEXT, p_scope_id BIGINT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.sh_add_grant(public.sh_account_in(public.sh_demand('user.manage'), p_login),
                                p_role, p_scope_kind, p_scope_id);
END
$$;

CREATE FUNCTION sh_revoke_role(p_login TEXT, p_role TEXT, p_scope_kind TEXT, p_scope_id BIGINT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v public.app_user := public.sh_account_in(public.sh_demand('user.manage'), p_login);
BEGIN
    DELETE FROM public.user_grant
     WHERE user_id = v.id AND role_code = p_role AND scope_kind = p_scope_kind
       AND scope_id = CASE WHEN p_scope_kind IN ('DEPARTMENT', 'SECTION') THEN p_scope_id ELSE 0 END;
    IF NOT FOUND THEN
        RAISE EXCEPTION '"%" has no grant of % at that scope', p_login, p_role USING ERRCODE = 'P0002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.user_grant WHERE user_id = v.id AND role_code = p_role) THEN
        EXECUTE format('REVOKE %I FROM %I', '${prefix}_' || p_role, v.db_role);
    END IF;
END
$$;

CREATE FUNCTION sh_set_user_active(p_login TEXT, p_active BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v public.app_user := public.sh_account_in(public.sh_demand('user.manage'), p_login);
BEGIN
    IF v.db_role = session_user THEN
        RAISE EXCEPTION 'you cannot disable or enable your own account' USING ERRCODE = '42501';
    END IF;
    UPDATE public.app_user SET status = CASE WHEN p_active THEN 'ACTIVE' ELSE 'DISABLED' END,
           updated_at = CURRENT_TIMESTAMP, version = version + 1
     WHERE id = v.id;
    EXECUTE format('ALTER ROLE %I %s', v.db_role, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

CREATE FUNCTION sh_reset_password(p_login TEXT, p_verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v public.app_user := public.sh_account_in(public.sh_demand('user.unlock'), p_login);
BEGIN
    PERFORM public.sh_check_verifier(p_verifier);
    UPDATE public.app_user SET failed_attempts = 0, locked_until = NULL, updated_at = CURRENT_TIMESTAMP,
           version = version + 1
     WHERE id = v.id;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v.db_role, p_verifier);
END
$$;

CREATE FUNCTION sh_list_users()
    RETURNS TABLE (user_id BIGINT, login VARCHAR, display_name VARCHAR, status VARCHAR, student_id BIGINT,
                   teacher_id BIGINT, grants TEXT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_college BIGINT := public.sh_college();
BEGIN
    IF v_college IS NULL OR NOT (public.sh_permitted('user.manage', TRUE) OR public.sh_permitted('user.unlock', TRUE)) THEN
        RAISE EXCEPTION 'permission user.manage or user.unlock is required' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
        SELECT u.id, u.login, u.display_name, u.status, u.student_id, u.teacher_id,
               COALESCE(string_agg(g.role_code || '@' || lower(g.scope_kind)
                            || CASE WHEN g.scope_id > 0 THEN ':' || g.scope_id ELSE '' END,
                            ' ' ORDER BY g.role_code, g.scope_kind, g.scope_id), '')
          FROM public.app_user u LEFT JOIN public.user_grant g ON g.user_id = u.id
         WHERE u.college_id = v_college
         GROUP BY u.id, u.login, u.display_name, u.status, u.student_id, u.teacher_id
         ORDER BY u.login;
END
$$;

-- Platform administrators create colleges (with the default role matrix) and their first administrator.
CREATE FUNCTION sh_create_college(p_code TEXT, p_name TEXT, p_locale TEXT, p_time_zone TEXT, p_credit TEXT)
    RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id BIGINT;
BEGIN
    PERFORM public.sh_demand_platform();
    INSERT INTO public.college (code, name, default_locale, time_zone, credit_system)
    VALUES (p_code, p_name, p_locale, p_time_zone, p_credit)
    RETURNING id INTO v_id;
    INSERT INTO public.role_permission (college_id, role_code, permission_code)
    SELECT v_id, c.role_code, c.permission_code FROM public.role_ceiling c
     WHERE c.granted_by_default AND c.role_code <> 'platform_admin';
    RETURN v_id;
END
$$;

CREATE FUNCTION sh_create_college_admin(p_college_id BIGINT, p_login TEXT, p_display_name TEXT, p_verifier TEXT)
    RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id BIGINT;
    v public.app_user;
BEGIN
    PERFORM public.sh_demand_platform();
    IF NOT EXISTS (SELECT 1 FROM public.college WHERE id = p_college_id) THEN
        RAISE EXCEPTION 'no college %', p_college_id USING ERRCODE = 'P0002';
    END IF;
    v_id := public.sh_new_login(p_college_id, p_login, p_display_name, p_verifier, NULL, NULL);
    SELECT * INTO v FROM public.app_user WHERE id = v_id;
    PERFORM public.sh_add_grant(v, 'college_admin', 'COLLEGE', 0);
    RETURN v_id;
END
$$;

REVOKE ALL ON FUNCTION sh_demand(TEXT), sh_demand_platform(), sh_account_in(BIGINT, TEXT),
    sh_check_verifier(TEXT), sh_new_login(BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT),
    sh_add_grant(public.app_user, TEXT, TEXT, BIGINT), sh_create_user(TEXT, TEXT, TEXT, BIGINT, BIGINT),
    sh_grant_role(TEXT, TEXT, TEXT, BIGINT), sh_revoke_role(TEXT, TEXT, TEXT, BIGINT),
    sh_set_user_active(TEXT, BOOLEAN), sh_reset_password(TEXT, TEXT), sh_list_users(),
    sh_create_college(TEXT, TEXT, TEXT, TEXT, TEXT), sh_create_college_admin(BIGINT, TEXT, TEXT, TEXT)
    FROM PUBLIC;

-- What the user manager's functions read.
GRANT SELECT (id, college_id) ON department, section TO ${prefix}_usermgr;

-- EXECUTE for exactly the group roles whose ceiling holds the permission each function demands.
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_whoami(), sh_my_access() TO %I', '${prefix}_' || r.code);
    END LOOP;
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling WHERE permission_code = 'user.manage' LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_create_user(TEXT, TEXT, TEXT, BIGINT, BIGINT), '
                       'sh_grant_role(TEXT, TEXT, TEXT, BIGINT), sh_revoke_role(TEXT, TEXT, TEXT, BIGINT), '
                       'sh_set_user_active(TEXT, BOOLEAN), sh_list_users() TO %I', '${prefix}_' || r.role_code);
    END LOOP;
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling WHERE permission_code = 'user.unlock' LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_reset_password(TEXT, TEXT), sh_list_users() TO %I',
                       '${prefix}_' || r.role_code);
    END LOOP;
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling WHERE permission_code = 'college.manage' LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_create_college(TEXT, TEXT, TEXT, TEXT, TEXT), '
                       'sh_create_college_admin(BIGINT, TEXT, TEXT, TEXT) TO %I', '${prefix}_' || r.role_code);
    END LOOP;
END
$$;
-- The user manager's own internal helpers call one another and the policy helpers.
GRANT EXECUTE ON FUNCTION sh_demand(TEXT), sh_demand_platform(), sh_account_in(BIGINT, TEXT),
    sh_check_verifier(TEXT), sh_new_login(BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT),
    sh_add_grant(public.app_user, TEXT, TEXT, BIGINT) TO ${prefix}_usermgr;

-- Hand the functions over last: only a function's owner can revoke the default PUBLIC grant and grant
-- EXECUTE, and the owner role that runs migrations stops being theirs here.
ALTER FUNCTION sh_whoami() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_my_access() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_demand(TEXT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_demand_platform() OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_account_in(BIGINT, TEXT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_check_verifier(TEXT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_new_login(BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_add_grant(public.app_user, TEXT, TEXT, BIGINT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_create_user(TEXT, TEXT, TEXT, BIGINT, BIGINT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_grant_role(TEXT, TEXT, TEXT, BIGINT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_revoke_role(TEXT, TEXT, TEXT, BIGINT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_set_user_active(TEXT, BOOLEAN) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_reset_password(TEXT, TEXT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_list_users() OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_create_college(TEXT, TEXT, TEXT, TEXT, TEXT) OWNER TO ${prefix}_usermgr;
ALTER FUNCTION sh_create_college_admin(BIGINT, TEXT, TEXT, TEXT) OWNER TO ${prefix}_usermgr;

-- Anyone who may connect can see which schema version the database is at (the client checks it).
DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        GRANT SELECT ON flyway_schema_history TO PUBLIC;
    END IF;
END
$$;
