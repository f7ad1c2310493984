-- PostgreSQL only: byte-wise ordering for prefix scans on the search fragments, whatever the
-- database collation (LIKE 'abc%' can use a btree only with C collation or pattern ops).
CREATE INDEX ix_student_search_fragment_pattern
    ON student_search_fragment (college_id, fragment text_pattern_ops, student_id);
CREATE INDEX ix_student_name_key_pattern ON student (college_id, name_key text_pattern_ops);
CREATE INDEX ix_student_number_pattern ON student (college_id, student_number text_pattern_ops);
