-- Publishes the staged terms of one file (inside the file's transaction).

CREATE OR REPLACE TEMP TABLE pt AS
SELECT row_number() OVER (ORDER BY sheet, row_no) AS rid, * FROM stg_term;

-- The committee must exist and be a bloc committee or a province.
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'error', sheet, row_no, 'Mã đơn vị', committee_code, 'term.committee_unknown', committee_code
FROM pt WHERE committee_code NOT IN (SELECT code FROM org_unit);

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2)
SELECT 'error', p.sheet, p.row_no, 'Mã đơn vị', p.committee_code, 'term.committee_type', p.committee_code, u.type
FROM pt p JOIN (SELECT code, arg_max(type, valid_from) AS type FROM org_unit GROUP BY code) u ON u.code = p.committee_code
WHERE u.type NOT IN ('dang_bo_khoi', 'tinh');

-- The same committee and term twice in the file.
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'error', b.sheet, b.row_no, 'Nhiệm kỳ', b.term_label, 'row.duplicate_key', CAST(a.row_no AS VARCHAR)
FROM pt a JOIN pt b ON a.committee_code = b.committee_code AND a.term_label = b.term_label AND a.rid < b.rid
QUALIFY row_number() OVER (PARTITION BY b.rid ORDER BY a.rid) = 1;

-- All terms of the committees concerned: this file's replace the warehouse's of the same label.
CREATE OR REPLACE TEMP TABLE pt_all AS
SELECT rid, committee_code, term_label, start_date, end_date, sheet, row_no FROM pt
UNION ALL
SELECT NULL, committee_code, term_label, start_date, end_date, NULL, NULL FROM term t
WHERE t.committee_code IN (SELECT committee_code FROM pt)
  AND NOT EXISTS (SELECT 1 FROM pt WHERE pt.committee_code = t.committee_code AND pt.term_label = t.term_label);

-- A missing end date is the day before the next term's congress.
CREATE OR REPLACE TEMP TABLE pt_end AS
SELECT rid, coalesce(end_date, lead(start_date) OVER (PARTITION BY committee_code ORDER BY start_date) - 1) AS end_date
FROM pt_all;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule)
SELECT 'error', p.sheet, p.row_no, 'Đến ngày', '', 'term.end_unknown'
FROM pt p JOIN pt_end e ON e.rid = p.rid WHERE e.end_date IS NULL;

UPDATE pt_all SET end_date = e.end_date FROM pt_end e WHERE pt_all.rid = e.rid;

-- Terms of one committee must not overlap.
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2, a3, a4, a5, a6)
SELECT 'error', b.sheet, b.row_no, 'Từ ngày', CAST(b.start_date AS VARCHAR), 'term.overlap',
       b.term_label, CAST(b.start_date AS VARCHAR), CAST(b.end_date AS VARCHAR),
       a.term_label, CAST(a.start_date AS VARCHAR), CAST(a.end_date AS VARCHAR)
FROM pt_all a JOIN pt_all b ON a.committee_code = b.committee_code AND a.term_label <> b.term_label
     AND a.start_date <= b.end_date AND b.start_date <= a.end_date
WHERE b.rid IS NOT NULL AND (a.rid IS NULL OR a.rid < b.rid)
QUALIFY row_number() OVER (PARTITION BY b.rid ORDER BY a.start_date) = 1;

CREATE OR REPLACE TEMP TABLE pt_ok AS
SELECT p.*, a.end_date AS final_end FROM pt p JOIN pt_all a ON a.rid = p.rid
WHERE a.end_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM stg_issue i WHERE i.severity = 'error'
                  AND i.sheet IS NOT DISTINCT FROM p.sheet AND i.row_no = p.row_no);

INSERT OR REPLACE INTO term (committee_code, term_label, congress_number, start_year, end_year, start_date, end_date, load_id)
SELECT committee_code, term_label, congress_number, start_year, end_year, start_date, final_end, (SELECT load_id FROM pub_ctx)
FROM pt_ok;

INSERT INTO pub_count SELECT 'terms', count(*) FROM pt_ok;
