-- PostgreSQL only: the audit chain finds a college's newest row in constant time.
--
-- Two look-ups of V021 read "the newest row of the college" as ORDER BY seq DESC LIMIT 1: the trigger that
-- continues a chain already pending in this transaction (every audited statement after the first), and
-- the seal at commit. Run by the owner, the query carries the audit table's row-level security filter, whose
-- selectivity PostgreSQL cannot know; when the statistics are older than the table (a busy day, before
-- autovacuum analyses it) it estimates a handful of rows and reads every row of the college to sort them:
-- 16 ms at 20,000 rows and growing with the trail (the achievement benchmark paid it at each decision's
-- commit; max(seq) is planned the same way). audit_newest() asks the same question with bitmap scans, sorts
-- and sequential scans turned off for that one query, so the primary key is read backwards and the first row
-- ends it, whatever the statistics say. Same results; only the plan changes.

CREATE FUNCTION audit_newest(p_college bigint, OUT seq bigint, OUT hash text)
    LANGUAGE sql STABLE
    SET enable_bitmapscan = off SET enable_sort = off SET enable_seqscan = off
    SET search_path = pg_catalog, public AS $$
    SELECT e.seq, e.hash FROM audit_event e WHERE e.college_id = p_college ORDER BY e.seq DESC LIMIT 1
$$;
REVOKE ALL ON FUNCTION audit_newest(bigint) FROM PUBLIC;

CREATE OR REPLACE FUNCTION audit_append(p_table text, p_action text, p_colleges bigint[], p_rows bigint[], p_changes text[])
    RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    v_colleges bigint[];
    v_college  bigint;
    v_seq      bigint;
    v_prev     text;
    v_payload  text;
    v_at       timestamptz;
    v_actor    text := session_user;
    v_device   text := audit_device();
BEGIN
    IF cardinality(p_colleges) = 1 THEN
        v_colleges := p_colleges;
    ELSE
        SELECT array_agg(DISTINCT c ORDER BY c) INTO v_colleges FROM unnest(p_colleges) AS c;
    END IF;
    FOREACH v_college IN ARRAY v_colleges LOOP
        LOOP
            -- the transaction's first link for this college: lock the head and mark it pending
            UPDATE audit_chain_head SET pending = true WHERE college_id = v_college AND NOT pending
                RETURNING last_seq, last_hash INTO v_seq, v_prev;
            EXIT WHEN FOUND;
            -- already pending, so locked by this transaction: continue from its newest row
            SELECT n.seq, n.hash INTO v_seq, v_prev FROM audit_newest(v_college) n WHERE n.seq IS NOT NULL;
            EXIT WHEN FOUND;
            -- the college's first audit row ever
            INSERT INTO audit_chain_head (college_id, last_seq, last_hash, pending)
                VALUES (v_college, 0, repeat('0', 64), true) ON CONFLICT (college_id) DO NOTHING
                RETURNING last_seq, last_hash INTO v_seq, v_prev;
            EXIT WHEN FOUND;
        END LOOP;
        v_at := clock_timestamp();
        IF cardinality(p_colleges) = 1 THEN
            -- the common case, one row: plain expressions, no set-based machinery
            v_payload := audit_sha256(p_changes[1]);
            INSERT INTO audit_event (college_id, seq, occurred_at, actor, device, table_name, row_id, action, changes,
                                     payload_sha256, prev_hash, hash)
            VALUES (v_college, v_seq + 1, v_at, v_actor, v_device, p_table, p_rows[1], p_action, p_changes[1],
                    v_payload, v_prev,
                    audit_sha256(v_prev || chr(10) || audit_line(v_college, v_seq + 1, v_at, v_actor, v_device,
                                 p_table, p_rows[1], p_action, v_payload)));
            CONTINUE;
        END IF;
        WITH entry AS MATERIALIZED (
            SELECT v_seq + row_number() OVER (ORDER BY e.ord) AS seq, e.row_id, e.changes,
                   audit_sha256(e.changes) AS payload
            FROM unnest(p_colleges, p_rows, p_changes) WITH ORDINALITY AS e(college_id, row_id, changes, ord)
            WHERE e.college_id = v_college
        ), link AS MATERIALIZED (
            SELECT v_seq + count(*) AS last, audit_sha256(v_prev || chr(10) || string_agg(audit_line(v_college,
                       entry.seq, v_at, v_actor, v_device, p_table, entry.row_id, p_action, entry.payload), ''
                       ORDER BY entry.seq)) AS hash
            FROM entry
        )
        INSERT INTO audit_event (college_id, seq, occurred_at, actor, device, table_name, row_id, action, changes,
                                 payload_sha256, prev_hash, hash)
        SELECT v_college, entry.seq, v_at, v_actor, v_device, p_table, entry.row_id, p_action, entry.changes,
               entry.payload,
               CASE WHEN entry.seq = link.last THEN v_prev END,
               CASE WHEN entry.seq = link.last THEN link.hash END
        FROM entry CROSS JOIN link;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION audit_seal_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE audit_chain_head h SET last_seq = n.seq, last_hash = n.hash, pending = false
        FROM audit_newest(NEW.college_id) n
        WHERE h.college_id = NEW.college_id AND n.seq IS NOT NULL;
    RETURN NULL;
END
$$;
