-- PostgreSQL only (the H2 folder has the same tables without collations). Student name search
-- by word postings instead of the trigram index (ADR 0011).
--
-- student_name_word: one row per distinct word of each student's folded name (name_key), with the
-- name_key itself, so the rows of one word come out of the primary key already in list order
-- (name_key, student id): the first page of a word's students is one short index range, and a
-- word that matches several name words is a merge of a few such ranges.
-- student_name_fragment: the college's vocabulary of name words, one row per word (fragment =
-- word) and per suffix of three or more characters, so the words containing a text are an index
-- range on fragment. Rows may repeat (writers never wait on each other to add a word) and may
-- outlive the last student with that word; readers use DISTINCT and find no postings for it.
-- Both tables are derived from student.name_key by StudentSearchIndexer; columns compare
-- byte-wise ("C") so ranges and keyset paging never depend on the database collation.
CREATE TABLE student_name_word (
    college_id       BIGINT                     NOT NULL,
    word             VARCHAR(310) COLLATE "C"   NOT NULL,
    name_key         VARCHAR(310) COLLATE "C"   NOT NULL,
    student_id       BIGINT                     NOT NULL,
    CONSTRAINT pk_student_name_word PRIMARY KEY (college_id, word, name_key, student_id)
);
-- For the indexer's "words of these students" (student_id first: H2 uses an IN list only on the
-- first column of an index).
CREATE INDEX ix_student_name_word_student ON student_name_word (student_id);

CREATE TABLE student_name_fragment (
    college_id       BIGINT                     NOT NULL,
    fragment         VARCHAR(310) COLLATE "C"   NOT NULL,
    word             VARCHAR(310) COLLATE "C"   NOT NULL
);
CREATE INDEX ix_student_name_fragment ON student_name_fragment (college_id, fragment, word);

-- Existing students, indexed the way StudentSearchIndexer indexes new ones. Row-level security is forced
-- on student even for its owner, who runs migrations and belongs to no college: it is lifted for the
-- owner inside this migration's transaction only, so that every college's students are read.
ALTER TABLE student NO FORCE ROW LEVEL SECURITY;
INSERT INTO student_name_word (college_id, word, name_key, student_id)
SELECT DISTINCT s.college_id, w.word, s.name_key, s.id
FROM student s CROSS JOIN LATERAL unnest(string_to_array(s.name_key, ' ')) AS w(word)
WHERE w.word <> '';

INSERT INTO student_name_fragment (college_id, fragment, word)
SELECT DISTINCT v.college_id, substr(v.word, p.start), v.word
FROM (SELECT DISTINCT college_id, word FROM student_name_word) v
CROSS JOIN LATERAL generate_series(1, greatest(1, length(v.word) - 2)) AS p(start);

ALTER TABLE student FORCE ROW LEVEL SECURITY;

-- The trigram index served the old LIKE '%text%' plan; nothing uses it now, and it was the
-- costliest index for bulk writes.
DROP INDEX ix_student_name_key_trgm;

-- Both tables hold personal data (the words of students' names) per college, so they live under the
-- security model of V011 like every college table. Postings follow their student's scope; indexing a
-- renamed student deletes its postings, so they are deletable (they are derived data, not history).
-- The vocabulary belongs to no one student: only holders of student.read for the whole college read it
-- (a reader of a few students must not list the name words of the others); any holder of student.write
-- adds words. Neither table is audited (ADR 0011): both are rebuilt from student.name_key, whose every
-- change the audit trail already holds.
INSERT INTO sh_secured_table (table_name, read_permission, write_permission, student_column, deletable) VALUES
    ('student_name_word',     'student.read', 'student.write', 'student_id', TRUE),
    ('student_name_fragment', 'student.read', 'student.write', NULL,         FALSE);
CALL sh_secure_table('student_name_word');
CALL sh_secure_table('student_name_fragment');

DROP POLICY read_rows ON student_name_fragment;
CREATE POLICY read_rows ON student_name_fragment FOR SELECT
    USING (CASE WHEN (SELECT current_user = '${prefix}_policy') THEN TRUE
                ELSE (SELECT sh_permitted('student.read', TRUE)) END);
