-- PostgreSQL only. Name search uses a trigram index on the folded name key, so writers of
-- student names have nothing else to maintain. Byte-wise ("C") ordering on name_key and
-- student_number makes LIKE 'prefix%' and keyset paging one index range scan, whatever the
-- database collation; queries use the same COLLATE "C" expressions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_student_name_key_trgm ON student USING gin (name_key gin_trgm_ops);
CREATE INDEX ix_student_name_key_c ON student (college_id, (name_key COLLATE "C"), id);
CREATE INDEX ix_student_number_c ON student (college_id, (student_number COLLATE "C"), id);
