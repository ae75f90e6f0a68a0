-- Validation rules as data (after DHIS2's validation rules): "left side  operator  right side", each
-- side a sum of catalog metrics with optional coefficients ("orgs_excellent + orgs_good",
-- "2 * members_probationary"). A rule is checked per unit and period over the current facts, only
-- where every metric of both sides has a figure for that unit and period: flows over the same span
-- and basis, stocks at the same as-of date (vn.blocstats.warehouse.rules.ValidationRules). A
-- violation is a warning (import report, data quality screen), never a rejection. Administrators
-- edit the rules (blocstats rule add|disable|enable|remove, or the data quality screen); the
-- expression text is parsed against the metric catalog and stored with its terms below.
CREATE TABLE validation_rule (
    code           VARCHAR PRIMARY KEY,
    left_expr      VARCHAR NOT NULL,
    operator       VARCHAR NOT NULL CHECK (operator IN ('=', '<=', '>=', '<', '>')),
    right_expr     VARCHAR NOT NULL,
    importance     VARCHAR NOT NULL DEFAULT 'medium' CHECK (importance IN ('high', 'medium', 'low')),
    enabled        BOOLEAN NOT NULL DEFAULT true,
    explanation_vi VARCHAR NOT NULL,
    explanation_en VARCHAR NOT NULL,
    origin         VARCHAR NOT NULL DEFAULT 'catalog' CHECK (origin IN ('catalog', 'admin')),
    sort_order     INTEGER NOT NULL
);

-- The terms of each side: value = sum(coefficient * figure of metric_code). Written by the parser
-- (RuleExpression) for an administrator's rule; for the shipped rules below, by this script
-- (ValidationRulesTests checks that parsing each shipped text gives exactly these terms).
CREATE TABLE validation_rule_term (
    rule_code   VARCHAR NOT NULL,
    side        VARCHAR NOT NULL CHECK (side IN ('L', 'R')),
    metric_code VARCHAR NOT NULL REFERENCES metric (code),
    coefficient DOUBLE NOT NULL
);

-- The violations found, refreshed for the units an import touched (inside its transaction: a dry
-- run leaves it as it was) and for every unit when a rule changes. period_start = period_end for
-- stocks; basis is that of the flows compared ('ky' for stocks). load_id: the newest load among
-- the figures compared (the import whose figures are involved reports the violation).
CREATE TABLE rule_violation (
    rule_code    VARCHAR NOT NULL,
    org_code     VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    left_value   DOUBLE NOT NULL,
    right_value  DOUBLE NOT NULL,
    load_id      BIGINT NOT NULL
);

-- The rules the domain implies. Totals equal their parts (metric_part); parts, ratings, assessed
-- counts are at most what they are part of (evaluated where the total's other parts are missing).
INSERT INTO validation_rule (code, left_expr, operator, right_expr, importance, explanation_vi, explanation_en, sort_order) VALUES
 ('org_grassroots_parts', 'org_grassroots', '=', 'org_grassroots_committees + org_grassroots_cells', 'high',
  'Tổng số TCCSĐ bằng số đảng bộ cơ sở cộng số chi bộ cơ sở',
  'Grassroots organisations equal grassroots committees plus grassroots cells', 10),
 ('members_total_parts', 'members_total', '=', 'members_official + members_probationary', 'high',
  'Tổng số đảng viên bằng số đảng viên chính thức cộng số đảng viên dự bị',
  'Party members equal full members plus probationary members', 20),
 ('staff_reductions_parts', 'staff_reductions', '=', 'staff_reductions_party + staff_reductions_state', 'high',
  'Tổng số tinh giản biên chế bằng số ở cơ quan Đảng, đoàn thể cộng số ở cơ quan QLNN, đơn vị sự nghiệp',
  'Staff reductions equal those in party and mass bodies plus those in state bodies and public-service units', 30),
 ('orgs_assessed_parts', 'orgs_assessed', '=', 'orgs_excellent + orgs_good + orgs_complete + orgs_incomplete', 'high',
  'Số TCCSĐ được đánh giá bằng tổng số TCCSĐ ở bốn mức xếp loại',
  'Organisations assessed equal the organisations in the four grades', 40),
 ('members_assessed_parts', 'members_assessed', '=', 'members_excellent + members_good + members_complete + members_incomplete', 'high',
  'Số đảng viên được đánh giá bằng tổng số đảng viên ở bốn mức xếp loại',
  'Members assessed equal the members in the four grades', 50),
 ('orgs_good_or_better_le_assessed', 'orgs_excellent + orgs_good', '<=', 'orgs_assessed', 'high',
  'Số TCCSĐ hoàn thành tốt nhiệm vụ trở lên không vượt quá số TCCSĐ được đánh giá',
  'Organisations rated good or better are at most the organisations assessed', 60),
 ('members_good_or_better_le_assessed', 'members_excellent + members_good', '<=', 'members_assessed', 'high',
  'Số đảng viên hoàn thành tốt nhiệm vụ trở lên không vượt quá số đảng viên được đánh giá',
  'Members rated good or better are at most the members assessed', 70),
 ('orgs_assessed_le_grassroots', 'orgs_assessed', '<=', 'org_grassroots', 'medium',
  'Số TCCSĐ được đánh giá không vượt quá tổng số TCCSĐ cùng thời điểm',
  'Organisations assessed are at most the grassroots organisations on the same date', 80),
 ('members_assessed_le_total', 'members_assessed', '<=', 'members_total', 'medium',
  'Số đảng viên được đánh giá không vượt quá tổng số đảng viên cùng thời điểm',
  'Members assessed are at most the party members on the same date', 90),
 ('members_probationary_le_total', 'members_probationary', '<=', 'members_total', 'medium',
  'Số đảng viên dự bị không vượt quá tổng số đảng viên',
  'Probationary members are at most the party members', 100),
 ('members_official_le_total', 'members_official', '<=', 'members_total', 'medium',
  'Số đảng viên chính thức không vượt quá tổng số đảng viên',
  'Full members are at most the party members', 110),
 ('org_committees_le_grassroots', 'org_grassroots_committees', '<=', 'org_grassroots', 'medium',
  'Số đảng bộ cơ sở không vượt quá tổng số TCCSĐ',
  'Grassroots committees are at most the grassroots organisations', 120),
 ('org_cells_le_grassroots', 'org_grassroots_cells', '<=', 'org_grassroots', 'medium',
  'Số chi bộ cơ sở không vượt quá tổng số TCCSĐ',
  'Grassroots cells are at most the grassroots organisations', 130),
 ('staff_reductions_party_le_total', 'staff_reductions_party', '<=', 'staff_reductions', 'medium',
  'Số tinh giản biên chế ở cơ quan Đảng, đoàn thể không vượt quá tổng số tinh giản biên chế',
  'Staff reductions in party and mass bodies are at most all staff reductions', 140),
 ('staff_reductions_state_le_total', 'staff_reductions_state', '<=', 'staff_reductions', 'medium',
  'Số tinh giản biên chế ở cơ quan QLNN, đơn vị sự nghiệp không vượt quá tổng số tinh giản biên chế',
  'Staff reductions in state bodies and public-service units are at most all staff reductions', 150);

-- The terms of the shipped rules, as the parser writes them.
INSERT INTO validation_rule_term (rule_code, side, metric_code, coefficient)
SELECT r.code, s.side, trim(t.term), 1.0
FROM validation_rule r
CROSS JOIN (VALUES ('L'), ('R')) AS s (side)
CROSS JOIN LATERAL (SELECT unnest(string_split(CASE s.side WHEN 'L' THEN r.left_expr ELSE r.right_expr END, '+')) AS term) t;

-- Problems of a load may now also be information (a correction: old → new), besides errors and
-- warnings: the table is rebuilt with the wider check (DuckDB cannot alter a CHECK constraint).
CREATE TABLE load_issue_v6 (
    load_id     BIGINT NOT NULL,
    severity    VARCHAR NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    file_name   VARCHAR NOT NULL,
    sheet       VARCHAR,
    row_no      INTEGER,
    column_name VARCHAR,
    value       VARCHAR,
    reason      VARCHAR NOT NULL,
    rule        VARCHAR NOT NULL
);
INSERT INTO load_issue_v6 SELECT load_id, severity, file_name, sheet, row_no, column_name, value, reason, rule FROM load_issue;
DROP TABLE load_issue;
ALTER TABLE load_issue_v6 RENAME TO load_issue;
