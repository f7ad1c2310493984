-- H2 compares VARCHAR byte-wise, so the common indexes already serve LIKE 'prefix%' scans;
-- this folder holds H2-only statements. Prefix scans on student numbers:
CREATE INDEX ix_student_number_prefix ON student (college_id, student_number, id);
