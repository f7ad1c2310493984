-- PostgreSQL audit trail: statement-level triggers on every records table write audit_event rows
-- set-based from the transition tables, as the owner of the schema (SECURITY DEFINER), so the
-- application's roles cannot skip or forge them. See V020 for the chain and ADR 0008 for the design.
--
-- Functions that run as the owner pin their search_path; EXECUTE on every function here is revoked from
-- PUBLIC (firing a trigger needs no EXECUTE privilege). Grants to the application's roles are made where
-- those roles are created, not here: they need EXECUTE on audit_record (views and exports) only.
--
-- A new records table is audited with one call in its migration:  CALL audit_attach('new_table');
-- Call it again after adding columns to a table, so that the new columns are audited too.

-- Text fields of a chain line, with the line's separators escaped (AuditLine.escape in the core).
CREATE FUNCTION audit_escape(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN replace(replace(replace(p_text, '\', '\\'), '|', '\|'), chr(10), '\n');

-- One row's line of the chain (AuditLine.of in the core builds the same text).
CREATE FUNCTION audit_line(p_college bigint, p_seq bigint, p_at timestamptz, p_actor text, p_device text,
                           p_table text, p_row bigint, p_action text, p_payload text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN p_college::text || '|' || p_seq::text || '|' || (extract(epoch FROM p_at) * 1000000)::bigint::text
        || '|' || audit_escape(p_actor) || '|' || audit_escape(p_device) || '|' || audit_escape(p_table)
        || '|' || coalesce(p_row::text, '') || '|' || p_action || '|' || p_payload || chr(10);

-- Lower-case hex SHA-256 of a text's UTF-8 bytes (STABLE like convert_to, so that it is inlined).
CREATE FUNCTION audit_sha256(p_text text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN encode(sha256(convert_to(p_text, 'UTF8')), 'hex');

-- Where the writer connects from: the client's application_name and address.
CREATE FUNCTION audit_device() RETURNS text
    LANGUAGE sql STABLE
    RETURN left(coalesce(nullif(current_setting('application_name', true), ''), 'unknown') || ' '
        || coalesce(host(inet_client_addr()), 'local'), 200);

-- Appends the entries of one statement: one link per college they belong to, colleges in id order.
-- The first statement of a transaction locks the college's head by marking it pending, which serialises
-- the college's audited writes until commit; audit_seal_head brings it up to date at commit. So the head
-- row changes twice per transaction, not once per statement: a row updated on every statement of a long
-- transaction leaves a version per statement that each later lookup steps over. While the head is pending
-- (which only its own transaction can see), the chain continues from the transaction's newest row.
-- The entries come as three parallel arrays (college, row id, payload): arrays of plain values cost far less
-- to build and read than an array of composite values.
-- Called only from the capture functions and audit_record, which run as the owner with a pinned search_path.
CREATE FUNCTION audit_append(p_table text, p_action text, p_colleges bigint[], p_rows bigint[], p_changes text[])
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
            SELECT e.seq, e.hash INTO v_seq, v_prev
                FROM audit_event e WHERE e.college_id = v_college ORDER BY e.seq DESC LIMIT 1;
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

-- At commit (deferred), brings a college's head up to its newest row, so a truncated tail is detected.
CREATE FUNCTION audit_seal_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE audit_chain_head h SET last_seq = e.seq, last_hash = e.hash, pending = false
        FROM (SELECT seq, hash FROM audit_event WHERE college_id = NEW.college_id ORDER BY seq DESC LIMIT 1) e
        WHERE h.college_id = NEW.college_id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_chain_head_seal AFTER INSERT OR UPDATE ON audit_chain_head
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.pending) EXECUTE FUNCTION audit_seal_head();

-- Reads that are audited (a student's full profile, an export): called by the core.
CREATE FUNCTION audit_record(p_college bigint, p_action text, p_table text, p_row bigint, p_details text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_action NOT IN ('VIEW', 'EXPORT') THEN
        RAISE EXCEPTION 'audit_record only records VIEW and EXPORT, not %', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM audit_append(p_table, p_action, ARRAY[p_college], ARRAY[p_row], ARRAY[p_details]);
END
$$;

-- Erases the payloads (personal data) of one record's audit rows; digests and chain stay intact.
CREATE FUNCTION audit_erase(p_college bigint, p_table text, p_row bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_count bigint;
BEGIN
    UPDATE audit_event SET changes = NULL
    WHERE college_id = p_college AND table_name = p_table AND row_id = p_row AND changes IS NOT NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Audit rows are never changed or removed; the only update allowed is erasing a payload.
CREATE FUNCTION audit_event_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.changes IS NULL
                AND (NEW.college_id, NEW.seq, NEW.occurred_at, NEW.actor, NEW.device, NEW.table_name, NEW.row_id,
                     NEW.action, NEW.payload_sha256, NEW.prev_hash, NEW.hash)
                IS NOT DISTINCT FROM
                    (OLD.college_id, OLD.seq, OLD.occurred_at, OLD.actor, OLD.device, OLD.table_name, OLD.row_id,
                     OLD.action, OLD.payload_sha256, OLD.prev_hash, OLD.hash) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit rows cannot be changed or removed (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Removing audit rows or chain heads wholesale is refused.
CREATE FUNCTION audit_refuse_removal() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    RAISE EXCEPTION 'audit rows cannot be changed or removed (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_guard BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_guard();
CREATE TRIGGER audit_event_truncate_guard BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_removal();
CREATE TRIGGER audit_chain_head_guard BEFORE DELETE OR TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_removal();

-- TRUNCATE of a records table would remove rows without audit: refused.
CREATE FUNCTION audit_refuse_truncate() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    RAISE EXCEPTION 'records tables are audited and cannot be truncated (%)', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- SQL text building a JSON object by concatenation, e.g. {"code":"D1","credits":180}. Each part is an
-- expression yielding ',"column":value' or NULL (left out); concat() skips NULLs, takes at most 100
-- arguments, and converts only the values it is given (cheaper than a whole-row to_jsonb).
CREATE FUNCTION audit_json_sql(p_parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN (SELECT '''{'' || substr(' || string_agg('concat(' || g.parts || ')', ' || ' ORDER BY g.chunk)
                   || ', 2) || ''}'''
            FROM (SELECT (u.i - 1) / 50 AS chunk, string_agg(u.part, ', ' ORDER BY u.i) AS parts
                  FROM unnest(p_parts) WITH ORDINALITY AS u(part, i) GROUP BY 1) g);

-- Audits a records table: generates its capture function (large binary columns are never copied into JSON)
-- and attaches AFTER INSERT/UPDATE/DELETE statement triggers with transition
-- tables, so a statement writing many rows writes its audit rows in one set-based insert.
-- The row id is the table's single-column bigint primary key; the college is college_id (the college
-- table itself is audited in each college's own chain). Not audited: college_id, created_at, updated_at,
-- version, the primary key (it is row_id) and bytea columns (their tables keep a sha256 column).
-- Payloads: {"after":{...}} for an insert (non-null columns), {"before":{...}} for a delete, and
-- {"before":{...},"after":{...}} with only the changed columns for an update (an update changing none of
-- the audited columns is not recorded). The three aggregates of a capture query read the same rows in the
-- same order, so the arrays they hand to audit_append line up.
CREATE PROCEDURE audit_attach(p_table text)
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $attach$
DECLARE
    v_table    regclass := p_table::regclass;
    v_function text;
    v_key      text;
    v_usable   boolean;
    v_college  text;
    v_columns  text[];
    v_skipped  text[];
    v_binary   boolean;
    v_inserted text;
    v_deleted  text;
    v_before   text;
    v_after    text;
    v_differs  text;
BEGIN
    -- created beside the table (a bare name would land in pg_catalog, first on this search_path)
    SELECT format('%I.%I', n.nspname, 'audit_capture_' || c.relname) INTO v_function
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = v_table;
    SELECT min(a.attname), count(*) = 1 AND bool_and(a.atttypid = 'bigint'::regtype)
        INTO v_key, v_usable
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = v_table AND i.indisprimary;
    IF NOT coalesce(v_usable, false) THEN
        RAISE EXCEPTION 'audit_attach(%): the table needs a single-column bigint primary key', p_table;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = v_table AND attname = 'college_id' AND NOT attisdropped) THEN
        v_college := 'college_id';
    ELSIF p_table = 'college' THEN
        v_college := v_key;
    ELSE
        RAISE EXCEPTION 'audit_attach(%): the table has no college_id column', p_table;
    END IF;
    v_skipped := ARRAY['college_id', 'created_at', 'updated_at', 'version', v_key];
    SELECT array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.atttypid <> 'bytea'::regtype
                                                                   AND a.attname <> ALL (v_skipped)),
           bool_or(a.atttypid = 'bytea'::regtype)
        INTO v_columns, v_binary
        FROM pg_attribute a
        WHERE a.attrelid = v_table AND a.attnum > 0 AND NOT a.attisdropped;

    -- A whole row's image: its non-null columns. to_jsonb of the row is the cheapest way to build it, but it
    -- converts every column, so a table with binary columns names its columns instead.
    SELECT CASE WHEN v_binary
                THEN audit_json_sql(array_agg(format('CASE WHEN n.%I IS NOT NULL THEN %L || to_json(n.%1$I) END',
                                                     c, ',' || to_json(c) || ':') ORDER BY i))
                ELSE format('jsonb_strip_nulls(to_jsonb(n) - %L::text[])::text', v_skipped) END,
           CASE WHEN v_binary
                THEN audit_json_sql(array_agg(format('CASE WHEN o.%I IS NOT NULL THEN %L || to_json(o.%1$I) END',
                                                     c, ',' || to_json(c) || ':') ORDER BY i))
                ELSE format('jsonb_strip_nulls(to_jsonb(o) - %L::text[])::text', v_skipped) END,
           audit_json_sql(array_agg(format('CASE WHEN o.%I IS DISTINCT FROM n.%1$I'
                                           || ' THEN %L || coalesce(to_json(o.%1$I)::text, ''null'') END',
                                           c, ',' || to_json(c) || ':') ORDER BY i)),
           audit_json_sql(array_agg(format('CASE WHEN o.%I IS DISTINCT FROM n.%1$I'
                                           || ' THEN %L || coalesce(to_json(n.%1$I)::text, ''null'') END',
                                           c, ',' || to_json(c) || ':') ORDER BY i)),
           format('(%s) IS DISTINCT FROM (%s)', string_agg(format('o.%I', c), ', ' ORDER BY i),
                  string_agg(format('n.%I', c), ', ' ORDER BY i))
        INTO v_inserted, v_deleted, v_before, v_after, v_differs
        FROM unnest(v_columns) WITH ORDINALITY AS u(c, i);

    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION %1$s() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $body$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM audit_append(TG_TABLE_NAME, TG_OP, array_agg(n.%2$I), array_agg(n.%3$I),
                            array_agg('{"after":' || %4$s || '}'))
                    FROM new_rows n HAVING count(*) > 0;
            ELSIF TG_OP = 'DELETE' THEN
                PERFORM audit_append(TG_TABLE_NAME, TG_OP, array_agg(o.%2$I), array_agg(o.%3$I),
                            array_agg('{"before":' || %5$s || '}'))
                    FROM old_rows o HAVING count(*) > 0;
            ELSE
                -- only the changed columns are converted, so an update costs little whatever the row's width
                PERFORM audit_append(TG_TABLE_NAME, TG_OP, array_agg(n.%2$I), array_agg(n.%3$I),
                            array_agg('{"before":' || %6$s || ',"after":' || %7$s || '}'))
                    FROM old_rows o JOIN new_rows n ON n.%3$I = o.%3$I
                    WHERE %8$s
                    HAVING count(*) > 0;
            END IF;
            RETURN NULL;
        END
        $body$$f$,
        v_function, v_college, v_key, v_inserted, v_deleted, v_before, v_after, v_differs);
    EXECUTE format('REVOKE ALL ON FUNCTION %s() FROM PUBLIC', v_function);

    EXECUTE format('CREATE OR REPLACE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows'
        || ' FOR EACH STATEMENT EXECUTE FUNCTION %s()', v_table, v_function);
    EXECUTE format('CREATE OR REPLACE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows'
        || ' NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %s()', v_table, v_function);
    EXECUTE format('CREATE OR REPLACE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows'
        || ' FOR EACH STATEMENT EXECUTE FUNCTION %s()', v_table, v_function);
    EXECUTE format('CREATE OR REPLACE TRIGGER audit_truncate BEFORE TRUNCATE ON %s'
        || ' FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_truncate()', v_table);
END
$attach$;

CALL audit_attach('college');
CALL audit_attach('department');
CALL audit_attach('programme');
CALL audit_attach('course');
CALL audit_attach('academic_year');
CALL audit_attach('term');
CALL audit_attach('section');
CALL audit_attach('student');
CALL audit_attach('student_photo');
CALL audit_attach('guardian');
CALL audit_attach('teacher');
CALL audit_attach('teaching_assignment');
CALL audit_attach('enrolment');
CALL audit_attach('mentor_assignment');
CALL audit_attach('attendance_session');
CALL audit_attach('attendance_mark');
CALL audit_attach('student_document');

REVOKE ALL ON TABLE audit_event, audit_chain_head FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_escape(text), audit_line(bigint, bigint, timestamptz, text, text, text, bigint, text, text),
    audit_sha256(text), audit_device(), audit_append(text, text, bigint[], bigint[], text[]), audit_seal_head(),
    audit_record(bigint, text, text, bigint, text), audit_erase(bigint, text, bigint), audit_event_guard(),
    audit_refuse_removal(), audit_refuse_truncate(), audit_json_sql(text[])
    FROM PUBLIC;
REVOKE ALL ON PROCEDURE audit_attach(text) FROM PUBLIC;
