-- Publishes the staged figures of one file (inside the file's transaction): resolves units and
-- term periods, rejects what the warehouse contradicts and warns on suspicious values; then
-- figures-load.sql replaces the figures it corrects (the old rows stay, superseded) and adds the
-- new ones (the import's checks look at the warehouse between the two: vn.blocstats.etl.checks).
-- Context: temp table pub_ctx(load_id). Problems go to stg_issue with rule and arguments.

-- 1. Candidates, decoded from the staging dictionaries; rid is the row's place in the file (the
--    staging table's rowid: rows are appended in file order).
--    A TERM period gets provisional dates (its calendar years) until its term is found.
CREATE OR REPLACE TEMP TABLE pf AS
SELECT f.rowid AS rid, sh.name AS sheet, f.row_no, o.org_code, o.org_name, o.org_name_key, m.metric_code,
       p.period_kind, p.term_label, CASE WHEN f.cumulative THEN 'luy_ke' ELSE 'ky' END AS basis, f.value,
       p.period_text, f.note,
       coalesce(p.period_start, make_date(CAST(split_part(p.term_label, '-', 1) AS INTEGER), 1, 1)) AS p_start,
       coalesce(p.period_end, make_date(CAST(split_part(p.term_label, '-', 2) AS INTEGER), 12, 31)) AS p_end,
       o.org_code AS code, o.org_column, m.value_column
FROM stg_figure f
JOIN stg_figure_org o ON o.ref = f.org_ref
JOIN stg_figure_metric m ON m.ref = f.metric_ref
JOIN stg_figure_period p ON p.ref = f.period_ref
LEFT JOIN stg_sheet sh ON sh.ref = f.sheet_ref;

-- 2. Units named instead of coded: the name is matched (by its key) among the units valid at the
--    period's midpoint, within the committee (dang_bo_khoi) the rows concern:
--    a) a sheet whose title lines name a committee (stg_sheet_scope, wide-form reports: a line equal
--       to a committee's name or to its beginning of four words or more, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN
--       TỈNH"; several committees so named are narrowed by the province named on another line)
--       has its names matched within that committee only;
--    b) otherwise a name that matches several units is resolved within the one committee that all
--       the file's surely known units belong to (by code, or by a name matching one unit only).
--    A name still matching several units is an error naming the candidates: never a guess.
CREATE OR REPLACE TEMP TABLE pf_named AS
SELECT rid, coalesce(sheet, '') AS sk, org_name_key, p_start + CAST((p_end - p_start) // 2 AS INTEGER) AS d
FROM pf WHERE org_code IS NULL;

CREATE OR REPLACE TEMP TABLE pf_cand AS
SELECT DISTINCT n.rid, n.sk, n.d, u.code
FROM pf_named n JOIN org_unit u ON u.name_key = n.org_name_key AND n.d BETWEEN u.valid_from AND u.valid_to;

CREATE OR REPLACE TEMP TABLE pf_ncand AS SELECT rid, count(*) AS n FROM pf_cand GROUP BY rid;

-- The committee above each candidate, and above each coded unit when a name is ambiguous.
CREATE OR REPLACE TEMP TABLE pf_committee AS
WITH RECURSIVE chain(code, d, cur, depth) AS (
    SELECT DISTINCT code, d, code, 0 FROM (
        SELECT code, d FROM pf_cand
        UNION ALL
        SELECT org_code, p_start + CAST((p_end - p_start) // 2 AS INTEGER) FROM pf
        WHERE org_code IS NOT NULL AND (SELECT count(*) FROM pf_ncand WHERE n > 1) > 0
    )
    UNION ALL
    SELECT c.code, c.d, u.parent_code, c.depth + 1
    FROM chain c JOIN org_unit u ON u.code = c.cur AND c.d BETWEEN u.valid_from AND u.valid_to
    WHERE u.parent_code IS NOT NULL AND u.type <> 'dang_bo_khoi' AND c.depth < 12
)
SELECT c.code, c.d, c.cur AS committee
FROM chain c JOIN org_unit u ON u.code = c.cur AND c.d BETWEEN u.valid_from AND u.valid_to
WHERE u.type = 'dang_bo_khoi'
QUALIFY row_number() OVER (PARTITION BY c.code, c.d ORDER BY c.depth) = 1;

CREATE OR REPLACE TEMP TABLE pf_title_committee AS
SELECT DISTINCT coalesce(s.sheet, '') AS sk, u.code, u.parent_code
FROM stg_sheet_scope s JOIN org_unit u ON u.type = 'dang_bo_khoi'
     AND (u.name_key = s.name_key
          OR (starts_with(u.name_key, s.name_key || '_') AND length(s.name_key) - length(replace(s.name_key, '_', '')) >= 3));

CREATE OR REPLACE TEMP TABLE pf_sheet_scope AS
WITH named AS (
    SELECT sk, count(DISTINCT code) AS n, min(code) AS code FROM pf_title_committee GROUP BY sk
), narrowed AS (
    SELECT t.sk, count(DISTINCT t.code) AS n, min(t.code) AS code
    FROM pf_title_committee t
    WHERE EXISTS (SELECT 1 FROM stg_sheet_scope s JOIN org_unit p ON p.code = t.parent_code
                  WHERE coalesce(s.sheet, '') = t.sk AND (s.name_key = p.name_key OR ends_with(s.name_key, '_' || p.name_key)))
    GROUP BY t.sk
)
SELECT n.sk, CASE WHEN n.n = 1 THEN n.code ELSE w.code END AS committee,
       (SELECT any_value(u.name) FROM org_unit u WHERE u.code = CASE WHEN n.n = 1 THEN n.code ELSE w.code END) AS committee_name
FROM named n LEFT JOIN narrowed w ON w.sk = n.sk
WHERE n.n = 1 OR w.n = 1;

CREATE OR REPLACE TEMP TABLE pf_file_scope AS
SELECT min(committee) AS committee FROM (
    SELECT k.committee FROM pf_cand c JOIN pf_ncand n ON n.rid = c.rid AND n.n = 1 JOIN pf_committee k ON k.code = c.code AND k.d = c.d
    UNION ALL
    SELECT k.committee FROM pf p JOIN pf_committee k ON k.code = p.org_code AND k.d = p.p_start + CAST((p.p_end - p.p_start) // 2 AS INTEGER)
    WHERE p.org_code IS NOT NULL AND (SELECT count(*) FROM pf_ncand WHERE n > 1) > 0
)
HAVING count(DISTINCT committee) = 1;

CREATE OR REPLACE TEMP TABLE pf_name AS
SELECT n.rid, n.sk, sc.committee AS sheet_committee, sc.committee_name,
       coalesce(list(DISTINCT c.code ORDER BY c.code) FILTER (WHERE c.code IS NOT NULL), []) AS codes,
       coalesce(list(DISTINCT c.code ORDER BY c.code) FILTER (WHERE k.committee = sc.committee OR c.code = sc.committee), []) AS in_sheet,
       coalesce(list(DISTINCT c.code ORDER BY c.code) FILTER (WHERE k.committee = fs.committee OR c.code = fs.committee), []) AS in_file
FROM pf_named n
LEFT JOIN pf_cand c ON c.rid = n.rid
LEFT JOIN pf_committee k ON k.code = c.code AND k.d = c.d
LEFT JOIN pf_sheet_scope sc ON sc.sk = n.sk
LEFT JOIN pf_file_scope fs ON true
GROUP BY n.rid, n.sk, sc.committee, sc.committee_name;

CREATE OR REPLACE TEMP TABLE pf_name_pick AS
SELECT *, CASE
        WHEN sheet_committee IS NOT NULL THEN in_sheet
        WHEN len(codes) <= 1 OR len(in_file) = 0 THEN codes
        ELSE in_file
    END AS pick
FROM pf_name;

UPDATE pf SET code = n.pick[1] FROM pf_name_pick n WHERE pf.rid = n.rid AND len(n.pick) = 1;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2)
SELECT DISTINCT 'error', p.sheet, p.row_no, coalesce(p.org_column, 'Tên đơn vị'), p.org_name, 'org.name_unknown', p.org_name,
       CAST(p.p_start + CAST((p.p_end - p.p_start) // 2 AS INTEGER) AS VARCHAR)
FROM pf p JOIN pf_name_pick n ON n.rid = p.rid WHERE len(n.pick) = 0 AND n.sheet_committee IS NULL;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2, a3)
SELECT DISTINCT 'error', p.sheet, p.row_no, coalesce(p.org_column, 'Tên đơn vị'), p.org_name, 'org.name_unknown_in', p.org_name,
       CAST(p.p_start + CAST((p.p_end - p.p_start) // 2 AS INTEGER) AS VARCHAR), n.committee_name
FROM pf p JOIN pf_name_pick n ON n.rid = p.rid WHERE len(n.pick) = 0 AND n.sheet_committee IS NOT NULL;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2)
SELECT DISTINCT 'error', p.sheet, p.row_no, coalesce(p.org_column, 'Tên đơn vị'), p.org_name, 'org.name_ambiguous', p.org_name,
       array_to_string(n.pick, ', ')
FROM pf p JOIN pf_name_pick n ON n.rid = p.rid WHERE len(n.pick) > 1;

-- 3. Unknown unit codes.
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT DISTINCT 'error', p.sheet, p.row_no, coalesce(p.org_column, 'Mã đơn vị'), p.org_code, 'org.unknown', p.org_code
FROM pf p ANTI JOIN (SELECT DISTINCT code FROM org_unit) u ON u.code = p.org_code
WHERE p.org_code IS NOT NULL;

-- 4. "nhiệm kỳ 2015-2020": the term of that label of the nearest committee above the unit.
CREATE OR REPLACE TEMP TABLE pf_anc AS
WITH RECURSIVE anc(rid, code, d, depth) AS (
    SELECT rid, code, p_start + CAST((p_end - p_start) // 2 AS INTEGER), 0 FROM pf
    WHERE code IS NOT NULL AND period_kind = 'TERM'
    UNION ALL
    SELECT a.rid, u.parent_code, a.d, a.depth + 1
    FROM anc a JOIN org_unit u ON u.code = a.code AND a.d BETWEEN u.valid_from AND u.valid_to
    WHERE u.parent_code IS NOT NULL AND a.depth < 12
)
SELECT * FROM anc;

CREATE OR REPLACE TEMP TABLE pf_term AS
SELECT a.rid, t.start_date, t.end_date
FROM pf_anc a JOIN pf p ON p.rid = a.rid JOIN term t ON t.committee_code = a.code AND t.term_label = p.term_label
QUALIFY row_number() OVER (PARTITION BY a.rid ORDER BY a.depth) = 1;

UPDATE pf SET p_start = CASE WHEN pf.basis = 'luy_ke' THEN t.end_date ELSE t.start_date END, p_end = t.end_date
FROM pf_term t WHERE pf.rid = t.rid;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2)
SELECT DISTINCT 'error', p.sheet, p.row_no, 'Kỳ báo cáo', p.period_text, 'period.term_unknown', p.term_label, p.code
FROM pf p WHERE p.period_kind = 'TERM' AND p.code IS NOT NULL AND p.rid NOT IN (SELECT rid FROM pf_term);

-- 5. The unit must be valid on the anchor date: a stock's or cumulative's date, a flow's midpoint.
--    (Points have p_start = p_end, so the midpoint formula gives their date.)
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2)
SELECT DISTINCT 'error', p.sheet, p.row_no, coalesce(p.org_column, 'Mã đơn vị'), p.code, 'org.not_valid', p.code,
       CAST(p.p_start + CAST((p.p_end - p.p_start) // 2 AS INTEGER) AS VARCHAR)
FROM pf p
SEMI JOIN (SELECT DISTINCT code FROM org_unit) k ON k.code = p.code
WHERE p.org_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.code = p.code
                  AND p.p_start + CAST((p.p_end - p.p_start) // 2 AS INTEGER) BETWEEN u.valid_from AND u.valid_to);

-- A row with an error found here (unit, term) is rejected whole. Errors found while staging
-- (reason given) were already kept out of staging cell by cell: the other cells of a wide row load.
CREATE OR REPLACE TEMP TABLE pf_ok AS
SELECT p.* FROM pf p
ANTI JOIN (SELECT DISTINCT sheet, row_no FROM stg_issue WHERE severity = 'error' AND reason IS NULL) i
     ON i.sheet IS NOT DISTINCT FROM p.sheet AND i.row_no = p.row_no
WHERE p.code IS NOT NULL;

-- 6. The same unit, period, metric and basis twice in the file: with different values every such
--    row is rejected (which one is right cannot be known); with the same value it is loaded once.
--    Candidates are found by a hash of the key (one integer to group on), then checked on the key.
CREATE OR REPLACE TEMP TABLE pf_dupkey AS
SELECT hash(code, metric_code, p_start, p_end, basis) AS h FROM pf_ok GROUP BY h HAVING count(*) > 1;

CREATE OR REPLACE TEMP TABLE pf_dupcand AS
SELECT p.* FROM pf_ok p SEMI JOIN pf_dupkey k ON k.h = hash(p.code, p.metric_code, p.p_start, p.p_end, p.basis);

CREATE OR REPLACE TEMP TABLE pf_dup AS
SELECT p.rid, p.sheet, p.row_no, p.value, p.value_column, g.nv, g.first_rid,
       (SELECT q.row_no FROM pf_dupcand q WHERE q.rid = CASE WHEN p.rid = g.first_rid THEN g.second_rid ELSE g.first_rid END) AS other_row,
       (SELECT q.value FROM pf_dupcand q WHERE q.rid = CASE WHEN p.rid = g.first_rid THEN g.second_rid ELSE g.first_rid END) AS other_value
FROM pf_dupcand p JOIN (
    SELECT code, metric_code, p_start, p_end, basis, count(DISTINCT value) AS nv,
           min(rid) AS first_rid, list(rid ORDER BY rid)[2] AS second_rid
    FROM pf_dupcand GROUP BY ALL HAVING count(*) > 1
) g USING (code, metric_code, p_start, p_end, basis);

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2, a3)
SELECT 'error', sheet, row_no, coalesce(value_column, 'Giá trị'), CAST(CAST(value AS BIGINT) AS VARCHAR), 'row.duplicate_conflict',
       CAST(other_row AS VARCHAR), CAST(CAST(value AS BIGINT) AS VARCHAR), CAST(CAST(other_value AS BIGINT) AS VARCHAR)
FROM pf_dup WHERE nv > 1;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'warning', sheet, row_no, NULL, NULL, 'row.duplicate_same', CAST(other_row AS VARCHAR)
FROM pf_dup WHERE nv = 1 AND rid <> first_rid;

CREATE OR REPLACE TEMP TABLE pf_final AS
SELECT p.* FROM pf_ok p
ANTI JOIN (SELECT rid FROM pf_dup WHERE nv > 1 OR rid <> first_rid) d ON d.rid = p.rid;

-- 7. Warnings. (Parts that do not add up to their total, ratings above the count assessed: the
--    validation rules, checked over the current figures after the load, see checks/ and V005.)
-- A cumulative series that falls within a term (this file's values with the warehouse's current ones).
CREATE OR REPLACE TEMP TABLE pf_cum AS
SELECT rid, sheet, row_no, code, metric_code, p_end AS d, value FROM pf_final WHERE basis = 'luy_ke'
UNION ALL
SELECT NULL, NULL, NULL, f.org_code, f.metric_code, f.period_end, f.value
FROM fact f
SEMI JOIN (SELECT DISTINCT code, metric_code FROM pf_final WHERE basis = 'luy_ke') k
     ON k.code = f.org_code AND k.metric_code = f.metric_code
WHERE f.basis = 'luy_ke' AND f.superseded_by IS NULL
  AND NOT EXISTS (SELECT 1 FROM pf_final n WHERE n.basis = 'luy_ke' AND n.code = f.org_code
                  AND n.metric_code = f.metric_code AND n.p_end = f.period_end);

CREATE OR REPLACE TEMP TABLE pf_cum_term AS
WITH RECURSIVE anc(k, code, d, depth) AS (
    SELECT DISTINCT code || '|' || CAST(d AS VARCHAR), code, d, 0 FROM pf_cum
    UNION ALL
    SELECT a.k, u.parent_code, a.d, a.depth + 1
    FROM anc a JOIN org_unit u ON u.code = a.code AND a.d BETWEEN u.valid_from AND u.valid_to
    WHERE u.parent_code IS NOT NULL AND a.depth < 12
)
SELECT a.k, t.committee_code || '|' || t.term_label AS term_key
FROM anc a JOIN term t ON t.committee_code = a.code AND a.d BETWEEN t.start_date AND t.end_date
QUALIFY row_number() OVER (PARTITION BY a.k ORDER BY a.depth) = 1;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2, a3, a4)
SELECT 'warning', sheet, row_no, 'Giá trị', CAST(CAST(value AS BIGINT) AS VARCHAR), 'check.cumulative_falls',
       CAST(CAST(value AS BIGINT) AS VARCHAR), CAST(d AS VARCHAR), CAST(CAST(prev_value AS BIGINT) AS VARCHAR), CAST(prev_d AS VARCHAR)
FROM (
    SELECT c.*, lag(c.value) OVER w AS prev_value, lag(c.d) OVER w AS prev_d
    FROM pf_cum c JOIN pf_cum_term t ON t.k = c.code || '|' || CAST(c.d AS VARCHAR)
    WINDOW w AS (PARTITION BY c.code, c.metric_code, t.term_key ORDER BY c.d)
)
WHERE rid IS NOT NULL AND prev_value IS NOT NULL AND value < prev_value;
