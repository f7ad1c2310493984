-- H2 compares VARCHAR byte-wise, so the common indexes already serve LIKE 'prefix%' scans;
-- this folder holds H2-only statements. Prefix scans on student numbers:
CREATE INDEX ix_student_number_prefix ON student (college_id, student_number, id);

-- H2 has no trigram index, so substring search on names uses one row per searchable fragment of
-- a student's folded name: every word (word_start = true) and every suffix of a word of at least
-- three characters (word_start = false). A substring query of three or more characters becomes an
-- index range scan: fragment LIKE 'ros%'. The rows are derived data rebuilt by the application, so
-- there is no foreign key to check on each of the many rows a bulk import writes.
CREATE TABLE student_search_fragment (
    college_id       BIGINT       NOT NULL,
    fragment         VARCHAR(100) NOT NULL,
    student_id       BIGINT       NOT NULL,
    word_start       BOOLEAN      NOT NULL,
    CONSTRAINT pk_student_search_fragment PRIMARY KEY (college_id, fragment, student_id)
);
CREATE INDEX ix_student_search_fragment_student ON student_search_fragment (college_id, student_id);
