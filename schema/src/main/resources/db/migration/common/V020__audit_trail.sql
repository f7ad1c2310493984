-- The audit trail (both databases; ADR 0008).
--
--  * audit_event holds one row per audited change or read: every insert, update and delete of a records
--    row, every full view of a student and every export. seq numbers a college's rows 1, 2, 3... without gaps.
--  * changes is the JSON of the changed fields before and after (only changed fields for an update; the
--    whole row for an insert or delete; details for a view or an export). It may hold personal data, so it
--    is NOT hashed into the chain directly: payload_sha256 is the SHA-256 of its text, and erasing the
--    payload (changes set to NULL) keeps the digest and therefore the chain.
--  * Rows are chained per college in "links": the rows written together by one statement (PostgreSQL) or
--    one core call (H2). Only a link's last row carries prev_hash (the previous link's hash) and hash:
--        hash = SHA-256( prev_hash || LF || line(row 1) || ... || line(row n) )
--    where line(row) = college_id|seq|occurred_at in microseconds since 1970 UTC|actor|device|table_name|
--    row_id|action|payload_sha256 LF, with backslash, '|' and LF escaped in the text fields. Java
--    (org.studenthub.core.audit.AuditLine) and PostgreSQL (V021 audit_line) build the same text.
--  * audit_chain_head is each college's last seq and last hash as of the last commit. A writer locks it
--    FOR UPDATE, so audited writes of one college are serialised until commit. It reveals a truncated tail.
--    pending is true only inside a PostgreSQL transaction that has appended (see V021 audit_append).
--  * No foreign key to college: a college removed by a failed demo run keeps its trail.

CREATE TABLE audit_event (
    college_id       BIGINT       NOT NULL,
    seq              BIGINT       NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(128) NOT NULL,
    device           VARCHAR(200) NOT NULL,
    table_name       VARCHAR(63)  NOT NULL,
    row_id           BIGINT,
    action           VARCHAR(8)   NOT NULL,
    changes          VARCHAR,
    payload_sha256   CHAR(64)     NOT NULL,
    prev_hash        CHAR(64),
    hash             CHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (college_id, seq),
    CONSTRAINT ck_audit_event_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'VIEW', 'EXPORT'))
);
-- The history of one record: audit show --table T --row ID.
CREATE INDEX ix_audit_event_row ON audit_event (college_id, table_name, row_id, seq);

CREATE TABLE audit_chain_head (
    college_id       BIGINT       NOT NULL PRIMARY KEY,
    last_seq         BIGINT       NOT NULL,
    last_hash        CHAR(64)     NOT NULL,
    pending          BOOLEAN      NOT NULL DEFAULT FALSE
);
