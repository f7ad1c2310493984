-- PostgreSQL only: audited writes stop paying for the audit tables' row-level security (ADR 0008, cost).
--
-- The audit trigger writes audit_event and audit_chain_head as the owner, which V022's policies let through
-- with "OR current_user = owner" AFTER the per-college and audit.read checks. PostgreSQL evaluates a
-- policy's sub-select (an InitPlan) only when the expression reaches it, but it reached sh_college() and
-- sh_permitted() first: SECURITY DEFINER SQL functions with a pinned search_path, which PostgreSQL never
-- inlines and plans anew on each call. Claiming and sealing the chain head and appending the row cost about
-- 2.4 ms per audited write that way. Naming the owner first lets the owner's statements stop there, so the
-- trigger never calls a policy function; everyone else is checked exactly as before.
--
-- Same policies, same meaning (an OR does not depend on the order of its arms); only the order changes.

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['audit_event', 'audit_chain_head'] LOOP
        EXECUTE format('DROP POLICY college_only ON %I', t);
        EXECUTE format('CREATE POLICY college_only ON %I AS RESTRICTIVE FOR ALL '
                       'USING (current_user = %L OR college_id = (SELECT sh_college())) '
                       'WITH CHECK (current_user = %2$L OR college_id = (SELECT sh_college()))', t, '${prefix}_owner');
        EXECUTE format('DROP POLICY read_rows ON %I', t);
        EXECUTE format('CREATE POLICY read_rows ON %I FOR SELECT '
                       'USING (current_user IN (%L, %L) OR (SELECT sh_permitted(''audit.read'', FALSE)))',
                       t, '${prefix}_owner', '${prefix}_policy');
    END LOOP;
END
$$;
