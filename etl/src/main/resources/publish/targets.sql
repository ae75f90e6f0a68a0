-- Publishes the staged targets of one file (inside the file's transaction).

CREATE OR REPLACE TEMP TABLE pg AS
SELECT row_number() OVER (ORDER BY sheet, row_no) AS rid, * FROM stg_target;

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'error', sheet, row_no, 'Mã đơn vị', committee_code, 'target.committee_unknown', committee_code
FROM pg WHERE committee_code NOT IN (SELECT code FROM org_unit);

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2)
SELECT 'error', sheet, row_no, 'Nhiệm kỳ', term_label, 'target.term_unknown', term_label, committee_code
FROM pg
WHERE committee_code IN (SELECT code FROM org_unit)
  AND NOT EXISTS (SELECT 1 FROM term t WHERE t.committee_code = pg.committee_code AND t.term_label = pg.term_label);

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'error', b.sheet, b.row_no, 'Chỉ tiêu', b.metric_code, 'row.duplicate_key', CAST(a.row_no AS VARCHAR)
FROM pg a JOIN pg b ON a.committee_code = b.committee_code AND a.term_label = b.term_label AND a.metric_code = b.metric_code
     AND a.target_kind = b.target_kind AND a.source = b.source AND a.rid < b.rid
QUALIFY row_number() OVER (PARTITION BY b.rid ORDER BY a.rid) = 1;

CREATE OR REPLACE TEMP TABLE pg_ok AS
SELECT p.* FROM pg p
WHERE NOT EXISTS (SELECT 1 FROM stg_issue i WHERE i.severity = 'error'
                  AND i.sheet IS NOT DISTINCT FROM p.sheet AND i.row_no = p.row_no);

INSERT OR REPLACE INTO target (committee_code, term_label, metric_code, target_kind, source, value, load_id)
SELECT committee_code, term_label, metric_code, target_kind, source, value, (SELECT load_id FROM pub_ctx) FROM pg_ok;

INSERT INTO pub_count SELECT 'targets', count(*) FROM pg_ok;
