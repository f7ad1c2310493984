-- H2 only (the PostgreSQL folder has the same tables with byte-wise collations). Student name
-- search by word postings instead of per-suffix fragments of every student (ADR 0011).
--
-- student_name_word: one row per distinct word of each student's folded name (name_key), with the
-- name_key itself, so the rows of one word come out of the primary key already in list order
-- (name_key, student id): the first page of a word's students is one short index range, and a
-- word that matches several name words is a merge of a few such ranges.
-- student_name_fragment: the college's vocabulary of name words, one row per word (fragment =
-- word) and per suffix of three or more characters, so the words containing a text are an index
-- range on fragment. Rows may repeat (writers never wait on each other to add a word) and may
-- outlive the last student with that word; readers use DISTINCT and find no postings for it.
-- Both tables are derived from student.name_key by StudentSearchIndexer.
CREATE TABLE student_name_word (
    college_id       BIGINT       NOT NULL,
    word             VARCHAR(310) NOT NULL,
    name_key         VARCHAR(310) NOT NULL,
    student_id       BIGINT       NOT NULL,
    CONSTRAINT pk_student_name_word PRIMARY KEY (college_id, word, name_key, student_id)
);
-- For the indexer's "words of these students" (student_id first: H2 uses an IN list only on the
-- first column of an index).
CREATE INDEX ix_student_name_word_student ON student_name_word (student_id);

CREATE TABLE student_name_fragment (
    college_id       BIGINT       NOT NULL,
    fragment         VARCHAR(310) NOT NULL,
    word             VARCHAR(310) NOT NULL
);
CREATE INDEX ix_student_name_fragment ON student_name_fragment (college_id, fragment, word);

-- Existing students, indexed as StudentSearchIndexer indexes new ones. Name keys are words
-- separated by single spaces. The word positions and the distinct words go through small work
-- tables so that H2 never re-reads the student or word table once per position or per suffix.
CREATE TABLE student_name_position_tmp AS
SELECT CAST(X AS INTEGER) AS word_number FROM SYSTEM_RANGE(1,
    (SELECT COALESCE(MAX(LENGTH(name_key) - LENGTH(REPLACE(name_key, ' ', '')) + 1), 0) FROM student));

INSERT INTO student_name_word (college_id, word, name_key, student_id)
SELECT DISTINCT s.college_id, REGEXP_SUBSTR(s.name_key, '[^ ]+', 1, p.word_number), s.name_key, s.id
FROM student s JOIN student_name_position_tmp p
    ON p.word_number <= LENGTH(s.name_key) - LENGTH(REPLACE(s.name_key, ' ', '')) + 1
WHERE s.name_key <> '';

CREATE TABLE student_name_vocabulary_tmp AS SELECT DISTINCT college_id, word FROM student_name_word;

INSERT INTO student_name_fragment (college_id, fragment, word)
SELECT v.college_id, SUBSTRING(v.word, CAST(p.X AS INTEGER)), v.word
FROM student_name_vocabulary_tmp v JOIN SYSTEM_RANGE(1, 310) p ON p.X <= GREATEST(1, LENGTH(v.word) - 2);

DROP TABLE student_name_position_tmp;
DROP TABLE student_name_vocabulary_tmp;
DROP TABLE student_search_fragment;
