-- Embedded database: colleges that exist already get the default achievement categories (V030); the core
-- seeds new colleges when it creates them.
INSERT INTO achievement_category (college_id, code, name, points_cap, evidence_required, sort_order)
SELECT co.id, d.code, d.name, d.points_cap, d.evidence_required, d.sort_order FROM college co CROSS JOIN default_category d;
INSERT INTO category_level (college_id, category_id, level, points)
SELECT c.college_id, c.id, d.level, d.points FROM achievement_category c
  JOIN default_category_level d ON d.category_code = c.code;
INSERT INTO approval_step (college_id, category_id, step_no, approver)
SELECT c.college_id, c.id, d.step_no, d.approver FROM achievement_category c
  JOIN default_approval_step d ON d.category_code = c.code;
