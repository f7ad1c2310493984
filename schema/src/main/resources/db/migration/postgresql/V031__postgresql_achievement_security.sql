-- PostgreSQL only: the achievement tables (V030) under the security model of V011, audited like every records
-- table (V021), and the rule that only a decision row changes an achievement's status.
--
--  * Categories, levels, chains and events: read by every member of the college (records.read), changed by
--    holders of records.write.
--  * Achievements, evidence and decisions: read and written for the students the caller reaches with
--    student.read / achievement.submit, like other student data; approvers also see and update what waits
--    for them (sh_my_routes: the same rules as the core's ApproverRoutes) and revokers what they may revoke.
--    Evidence and decisions are readable whenever their achievement is.
--  * Decisions are append-only: nobody may update or delete one, and a person's decision names that person.
--  * Notifications: each person reads and marks only their own inbox; any member of the college may notify.
--  * An achievement is inserted as a DRAFT, and its status, step or routing change only together with a new
--    APPLIED decision row that names exactly that new state (trigger sh_achievement_guard).

INSERT INTO sh_secured_table (table_name, read_permission, write_permission, student_column, deletable) VALUES
    ('achievement_category', 'records.read', 'records.write',      NULL,         FALSE),
    ('category_level',       'records.read', 'records.write',      NULL,         FALSE),
    ('approval_step',        'records.read', 'records.write',      NULL,         TRUE),
    ('activity_event',       'records.read', 'records.write',      NULL,         FALSE),
    ('achievement',          'student.read', 'achievement.submit', 'student_id', FALSE),
    ('achievement_evidence', 'student.read', 'achievement.submit', 'student_id', TRUE),
    ('achievement_decision', 'student.read', 'achievement.submit', 'student_id', FALSE),
    ('notification',         'records.read', 'records.read',       NULL,         FALSE);

CALL sh_secure_table('achievement_category');
CALL sh_secure_table('category_level');
CALL sh_secure_table('approval_step');
CALL sh_secure_table('activity_event');
CALL sh_secure_table('achievement');
CALL sh_secure_table('achievement_evidence');
CALL sh_secure_table('achievement_decision');
CALL sh_secure_table('notification');

-- The default tables are a shared catalogue, like app_role.
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('GRANT SELECT ON default_category, default_category_level, default_approval_step TO %I',
                       '${prefix}_' || r.code);
    END LOOP;
END
$$;

-------------------------------------------------------------------------------------------------------------
-- Who the caller is, and what waits for them (owned by ${prefix}_policy, like the V011 helpers).
-------------------------------------------------------------------------------------------------------------

CREATE FUNCTION sh_user_id() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id FROM public.app_user u WHERE u.db_role = session_user AND u.status = 'ACTIVE'
$$;

-- The queues whose achievements the caller decides, as 'APPROVER_KIND:route_id': the principal's (approve
-- college-wide), a head of department's departments, a faculty member's sections, a mentor's own teacher
-- record, and every approver's own events.
CREATE FUNCTION sh_my_routes() RETURNS TEXT[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH me AS (
        SELECT u.id, u.college_id, u.teacher_id
          FROM public.app_user u WHERE u.db_role = session_user AND u.status = 'ACTIVE'
    ), scopes AS (
        SELECT DISTINCT g.scope_kind, g.scope_id
          FROM me
          JOIN public.user_grant g ON g.user_id = me.id
          JOIN public.role_permission rp ON rp.college_id = me.college_id AND rp.role_code = g.role_code
         WHERE rp.permission_code = 'achievement.approve'
    )
    SELECT COALESCE(array_agg(DISTINCT route), '{}'::TEXT[]) FROM (
        SELECT 'PRINCIPAL:0' AS route FROM scopes WHERE scope_kind = 'COLLEGE'
        UNION ALL SELECT 'HEAD_OF_DEPARTMENT:' || scope_id FROM scopes WHERE scope_kind = 'DEPARTMENT'
        UNION ALL SELECT 'SECTION_FACULTY:' || scope_id FROM scopes WHERE scope_kind = 'SECTION'
        UNION ALL SELECT 'MENTOR:' || me.teacher_id FROM me
                   WHERE me.teacher_id IS NOT NULL AND EXISTS (SELECT 1 FROM scopes WHERE scope_kind = 'ASSIGNED')
        UNION ALL SELECT 'EVENT_ORGANISER:' || me.id FROM me WHERE EXISTS (SELECT 1 FROM scopes)
    ) routes
$$;

-- Whom the caller's inbox is addressed to: their account, their student record, and their queues.
CREATE FUNCTION sh_my_recipients() RETURNS TEXT[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT public.sh_my_routes() || ARRAY['USER:' || u.id]
           || CASE WHEN u.student_id IS NULL THEN '{}'::TEXT[] ELSE ARRAY['STUDENT:' || u.student_id] END
      FROM public.app_user u WHERE u.db_role = session_user AND u.status = 'ACTIVE'
$$;

-- The id of an active account of the caller's own college, by login (events name their organiser by it);
-- installation administrators (superusers, e.g. demo data) may ask for any college.
CREATE FUNCTION sh_college_user(p_college BIGINT, p_login TEXT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id FROM public.app_user u
     WHERE u.college_id = p_college AND u.login = p_login AND u.status = 'ACTIVE'
       AND (p_college = public.sh_college()
            OR COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), FALSE))
$$;
REVOKE ALL ON FUNCTION sh_user_id(), sh_my_routes(), sh_my_recipients(), sh_college_user(BIGINT, TEXT) FROM PUBLIC;

-------------------------------------------------------------------------------------------------------------
-- Approvers and revokers, beyond the student scopes sh_secure_table gave.
-------------------------------------------------------------------------------------------------------------

CREATE POLICY approver_rows ON achievement FOR SELECT
    USING ((approver_kind || ':' || route_id) = ANY ((SELECT public.sh_my_routes())::TEXT[])
           OR (SELECT public.sh_permitted('achievement.revoke', TRUE))
           OR student_id = ANY ((SELECT public.sh_scoped_students('achievement.revoke'))::BIGINT[]));
CREATE POLICY approver_decides ON achievement FOR UPDATE
    USING ((approver_kind || ':' || route_id) = ANY ((SELECT public.sh_my_routes())::TEXT[]))
    WITH CHECK ((SELECT public.sh_permitted('achievement.approve', FALSE)));
CREATE POLICY revoker_revokes ON achievement FOR UPDATE
    USING (status = 'APPROVED' AND ((SELECT public.sh_permitted('achievement.revoke', TRUE))
           OR student_id = ANY ((SELECT public.sh_scoped_students('achievement.revoke'))::BIGINT[])))
    WITH CHECK (status = 'REVOKED');

CREATE POLICY with_achievement ON achievement_evidence FOR SELECT
    USING (achievement_id IN (SELECT a.id FROM public.achievement a));
CREATE POLICY with_achievement ON achievement_decision FOR SELECT
    USING (current_user = '${prefix}_owner' OR achievement_id IN (SELECT a.id FROM public.achievement a));
CREATE POLICY approver_records ON achievement_decision FOR INSERT
    WITH CHECK ((SELECT public.sh_permitted('achievement.approve', FALSE))
                OR (SELECT public.sh_permitted('achievement.revoke', FALSE)));

-- Evidence is added and removed only while its achievement can be edited (a draft, or returned for revision).
CREATE POLICY while_editable ON achievement_evidence AS RESTRICTIVE FOR INSERT
    WITH CHECK (achievement_id IN (SELECT a.id FROM public.achievement a WHERE a.status IN ('DRAFT', 'RETURNED')));
CREATE POLICY while_editable_removed ON achievement_evidence AS RESTRICTIVE FOR DELETE
    USING (achievement_id IN (SELECT a.id FROM public.achievement a WHERE a.status IN ('DRAFT', 'RETURNED')));

-- Decisions are append-only.
DROP POLICY update_rows ON achievement_decision;
REVOKE UPDATE, DELETE ON achievement_decision FROM PUBLIC;
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('REVOKE UPDATE, DELETE ON achievement_decision FROM %I', '${prefix}_' || r.code);
    END LOOP;
    FOR r IN SELECT DISTINCT role_code FROM public.role_ceiling
              WHERE permission_code IN ('achievement.approve', 'achievement.revoke') LOOP
        EXECUTE format('GRANT SELECT, UPDATE ON achievement TO %I', '${prefix}_' || r.role_code);
        EXECUTE format('GRANT SELECT, INSERT ON achievement_decision TO %I', '${prefix}_' || r.role_code);
        EXECUTE format('GRANT SELECT ON achievement_evidence TO %I', '${prefix}_' || r.role_code);
    END LOOP;
END
$$;

-- Each person's own inbox.
CREATE POLICY own_inbox ON notification AS RESTRICTIVE FOR SELECT
    USING (recipient = ANY ((SELECT public.sh_my_recipients())::TEXT[]));
CREATE POLICY own_inbox_marks ON notification AS RESTRICTIVE FOR UPDATE
    USING (recipient = ANY ((SELECT public.sh_my_recipients())::TEXT[]))
    WITH CHECK (recipient = ANY ((SELECT public.sh_my_recipients())::TEXT[]));

-------------------------------------------------------------------------------------------------------------
-- Status changes only through decisions.
-------------------------------------------------------------------------------------------------------------

CREATE FUNCTION sh_achievement_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- a person's row for another college is left to row-level security, which refuses it
        IF NEW.college_id IS DISTINCT FROM public.sh_college() AND public.sh_college() IS NOT NULL THEN
            RETURN NEW;
        END IF;
        IF NEW.status <> 'DRAFT' OR NEW.current_step <> 0 OR NEW.approver_kind IS NOT NULL
                OR NEW.last_decision IS NOT NULL THEN
            RAISE EXCEPTION 'an achievement starts as a draft; submitting it is a decision'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_achievement_by_decision';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.status, NEW.current_step, NEW.approver_kind, NEW.route_id, NEW.points, NEW.section_id,
        NEW.department_id, NEW.mentor_id, NEW.organiser_id)
            IS NOT DISTINCT FROM (OLD.status, OLD.current_step, OLD.approver_kind, OLD.route_id, OLD.points,
                                  OLD.section_id, OLD.department_id, OLD.mentor_id, OLD.organiser_id) THEN
        RETURN NEW;
    END IF;
    IF NEW.last_decision IS NOT DISTINCT FROM OLD.last_decision OR NOT EXISTS (
            SELECT 1 FROM achievement_decision d
             WHERE d.decision_uuid = NEW.last_decision AND d.college_id = NEW.college_id
               AND d.achievement_id = NEW.id AND d.outcome = 'APPLIED'
               AND d.to_status = NEW.status AND d.to_step = NEW.current_step
               AND d.seen_version = OLD.version) THEN
        RAISE EXCEPTION 'achievement %: its status changes only through a decision naming the new state', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_achievement_by_decision';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION sh_achievement_guard() FROM PUBLIC;
CREATE TRIGGER achievement_guard BEFORE INSERT OR UPDATE ON achievement
    FOR EACH ROW EXECUTE FUNCTION sh_achievement_guard();

-- The guard (owned by the owner) reads decisions of any college: demo data and installation administrators
-- write decisions without being a college member.
-- The owner is named first in each policy the guard meets, so that its look-up calls no policy function (see
-- V023: they are planned anew on every call).
DROP POLICY college_only ON achievement_decision;
CREATE POLICY college_only ON achievement_decision AS RESTRICTIVE FOR ALL
    USING (current_user = '${prefix}_owner' OR college_id = (SELECT sh_college()))
    WITH CHECK (current_user = '${prefix}_owner' OR college_id = (SELECT sh_college()));
DO $$
BEGIN
    DROP POLICY read_rows ON achievement_decision;
    EXECUTE format('CREATE POLICY read_rows ON achievement_decision FOR SELECT USING (current_user = %L OR %s)',
                   '${prefix}_owner', public.sh_row_check('student.read', 'student_id'));
END
$$;
CREATE POLICY guard_reads ON achievement_decision FOR SELECT USING (current_user = '${prefix}_owner');

-- A person's decision names that person (installation administrators, e.g. demo data, are trusted).
CREATE FUNCTION sh_decision_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    v_me BIGINT := public.sh_user_id();
BEGIN
    -- rows for another college are left to row-level security, which refuses them
    IF v_me IS NOT NULL AND NEW.college_id = public.sh_college() AND NEW.decided_by <> v_me THEN
        RAISE EXCEPTION 'a decision names the person who takes it'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_achievement_decision_by_caller';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER decision_guard BEFORE INSERT ON achievement_decision
    FOR EACH ROW EXECUTE FUNCTION sh_decision_guard();

-------------------------------------------------------------------------------------------------------------
-- New colleges start with the default categories (the core seeds them on H2).
-------------------------------------------------------------------------------------------------------------

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['achievement_category', 'category_level', 'approval_step'] LOOP
        EXECUTE format('DROP POLICY college_only ON %I', t);
        EXECUTE format('CREATE POLICY college_only ON %I AS RESTRICTIVE FOR ALL '
                       'USING (current_user = %L OR college_id = (SELECT public.sh_college())) '
                       'WITH CHECK (current_user = %L OR college_id = (SELECT public.sh_college()))',
                       t, '${prefix}_owner', '${prefix}_owner');
        EXECUTE format('CREATE POLICY owner_seeds ON %I FOR ALL USING (current_user = %L) '
                       'WITH CHECK (current_user = %L)', t, '${prefix}_owner', '${prefix}_owner');
    END LOOP;
END
$$;

-- A statement trigger, so that it runs after the college's own audit trigger (statement triggers run in name
-- order, and row triggers before them all): a college's chain starts with the college itself.
CREATE FUNCTION sh_seed_categories() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO achievement_category (college_id, code, name, points_cap, evidence_required, sort_order)
    SELECT n.id, d.code, d.name, d.points_cap, d.evidence_required, d.sort_order
      FROM created_colleges n CROSS JOIN default_category d;
    INSERT INTO category_level (college_id, category_id, level, points)
    SELECT c.college_id, c.id, d.level, d.points FROM achievement_category c
      JOIN default_category_level d ON d.category_code = c.code
     WHERE c.college_id IN (SELECT n.id FROM created_colleges n);
    INSERT INTO approval_step (college_id, category_id, step_no, approver)
    SELECT c.college_id, c.id, d.step_no, d.approver FROM achievement_category c
      JOIN default_approval_step d ON d.category_code = c.code
     WHERE c.college_id IN (SELECT n.id FROM created_colleges n);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sh_seed_categories() FROM PUBLIC;
CREATE TRIGGER college_categories AFTER INSERT ON college REFERENCING NEW TABLE AS created_colleges
    FOR EACH STATEMENT EXECUTE FUNCTION sh_seed_categories();

-- Colleges that exist already get the defaults now: the owner reads every college for it.
SET ROLE ${prefix}_policy;
GRANT EXECUTE ON FUNCTION sh_is_platform_admin(), sh_scoped_students(TEXT) TO ${prefix}_owner;
SET ROLE ${prefix}_owner;
CREATE POLICY owner_reads ON college FOR SELECT USING (current_user = '${prefix}_owner');
INSERT INTO achievement_category (college_id, code, name, points_cap, evidence_required, sort_order)
SELECT co.id, d.code, d.name, d.points_cap, d.evidence_required, d.sort_order FROM college co CROSS JOIN default_category d;
INSERT INTO category_level (college_id, category_id, level, points)
SELECT c.college_id, c.id, d.level, d.points FROM achievement_category c
  JOIN default_category_level d ON d.category_code = c.code;
INSERT INTO approval_step (college_id, category_id, step_no, approver)
SELECT c.college_id, c.id, d.step_no, d.approver FROM achievement_category c
  JOIN default_approval_step d ON d.category_code = c.code;

CALL audit_attach('achievement_category');
CALL audit_attach('category_level');
CALL audit_attach('approval_step');
CALL audit_attach('activity_event');
CALL audit_attach('achievement');
CALL audit_attach('achievement_evidence');
CALL audit_attach('achievement_decision');

-- Hand the policy helpers over last (see V011).
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT code FROM public.app_role LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION sh_user_id(), sh_my_routes(), sh_my_recipients(), '
                       'sh_college_user(BIGINT, TEXT) TO %I', '${prefix}_' || r.code);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION sh_user_id(), sh_my_routes(), sh_my_recipients() TO ${prefix}_policy;
ALTER FUNCTION sh_user_id() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_my_routes() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_my_recipients() OWNER TO ${prefix}_policy;
ALTER FUNCTION sh_college_user(BIGINT, TEXT) OWNER TO ${prefix}_policy;
-- The owner's guard and audit triggers read rows whose policies call them (a grant to the owner made before
-- the hand-over would merge into the new owner's own rights, so the new owner grants it).
SET ROLE ${prefix}_policy;
GRANT EXECUTE ON FUNCTION sh_user_id(), sh_my_routes(), sh_my_recipients() TO ${prefix}_owner;
SET ROLE ${prefix}_owner;
