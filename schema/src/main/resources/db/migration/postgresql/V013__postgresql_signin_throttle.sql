-- PostgreSQL only: throttling of failed sign-ins (OWASP ASVS 2.2.1 style growing delays).
--
-- PostgreSQL checks passwords itself, before any StudentHub code runs, so failures are reported by the client
-- through the gate login ${prefix}_gate (its password is public by design: it can do nothing but call the two
-- gate functions). Failures are counted per login AND per client address, and only ever delay further tries
-- of that login from that address: guessing someone's password from one machine slows that machine down, it
-- never locks the person out. Nothing is disabled automatically; IT support can clear the counters
-- (sh_reset_password). Direct connections that skip the client are slowed by the server's auth_delay
-- module and kept off the network by pg_hba.conf (see docs/security.md).

CREATE TABLE sh_signin_attempt (
    db_role          VARCHAR(63) NOT NULL,
    source           INET        NOT NULL,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    next_allowed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sh_signin_attempt PRIMARY KEY (db_role, source)
);
REVOKE ALL ON sh_signin_attempt FROM PUBLIC;

-- Seconds the caller must wait before trying p_login again from their address (0: go ahead).
CREATE FUNCTION sh_signin_wait(p_login TEXT) RETURNS INTEGER
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(max(GREATEST(0, ceil(extract(epoch FROM a.next_allowed_at - clock_timestamp())))::INTEGER), 0)
      FROM public.sh_signin_attempt a
     WHERE a.db_role = p_login AND a.source = COALESCE(inet_client_addr(), '127.0.0.1'::INET)
$$;

-- Records one failed try of p_login from the caller's address; returns the seconds to wait now.
-- Free tries: 3. Then 5 s, doubling per failure, capped at 15 minutes. Counters older than a day are dropped.
CREATE FUNCTION sh_signin_failed(p_login TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_source INET := COALESCE(inet_client_addr(), '127.0.0.1'::INET);
    v_failures INTEGER;
    v_wait INTEGER;
BEGIN
    IF p_login IS NULL OR length(p_login) > 63 THEN
        RETURN 0;
    END IF;
    DELETE FROM public.sh_signin_attempt WHERE last_failure_at < clock_timestamp() - INTERVAL '1 day';
    INSERT INTO public.sh_signin_attempt AS a (db_role, source, failures, last_failure_at, next_allowed_at)
    VALUES (p_login, v_source, 1, clock_timestamp(), clock_timestamp())
    ON CONFLICT (db_role, source) DO UPDATE SET failures = a.failures + 1, last_failure_at = clock_timestamp()
    RETURNING failures INTO v_failures;
    v_wait := CASE WHEN v_failures <= 3 THEN 0 ELSE LEAST(900, 5 * power(2, LEAST(v_failures - 4, 10))::INTEGER) END;
    UPDATE public.sh_signin_attempt SET next_allowed_at = clock_timestamp() + make_interval(secs => v_wait)
     WHERE db_role = p_login AND source = v_source;
    RETURN v_wait;
END
$$;

-- Called by a person right after signing in: their password was right, so every counter of theirs goes.
CREATE FUNCTION sh_signin_succeeded() RETURNS VOID
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DELETE FROM public.sh_signin_attempt WHERE db_role = session_user
$$;

-- IT support clears a person's counters (together with, or instead of, resetting the password).
CREATE FUNCTION sh_unlock_user(p_login TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v public.app_user := public.sh_account_in(public.sh_demand('user.unlock'), p_login);
BEGIN
    DELETE FROM public.sh_signin_attempt WHERE db_role = v.db_role;
    UPDATE public.app_user SET failed_attempts = 0, locked_until = NULL, updated_at = CURRENT_TIMESTAMP,
           version = version + 1
     WHERE id = v.id;
END
$$;

REVOKE ALL ON FUNCTION sh_signin_wait(TEXT), sh_signin_failed(TEXT), sh_signin_succeeded(), sh_unlock_user(TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sh_signin_wait(TEXT), sh_signin_failed(TEXT) TO ${prefix}_gate;
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_signin_succeeded() TO %I', '${prefix}_' || r.code);
    END LOOP;
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling WHERE permission_code = 'user.unlock' LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_unlock_user(TEXT) TO %I', '${prefix}_' || r.role_code);
    END LOOP;
END
$$;
GRANT SELECT, DELETE ON sh_signin_attempt TO ${prefix}_usermgr;

-- The owner keeps the throttle functions; the unlock function belongs to the user manager.
ALTER FUNCTION sh_unlock_user(TEXT) OWNER TO ${prefix}_usermgr;
