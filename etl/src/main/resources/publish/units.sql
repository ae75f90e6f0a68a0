-- Publishes the staged organisation units of one file (runs inside the file's transaction).
-- Context: temp table pub_ctx(load_id). Problems go to stg_issue with their rule and arguments.

CREATE OR REPLACE TEMP TABLE pu AS
SELECT row_number() OVER (ORDER BY sheet, row_no) AS rid, * FROM stg_unit;

-- The same code twice in the file with overlapping validity.
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2, a3, a4, a5)
SELECT 'error', b.sheet, b.row_no, 'Hiệu lực từ', CAST(b.valid_from AS VARCHAR), 'unit.overlap',
       CAST(b.valid_from AS VARCHAR), CAST(b.valid_to AS VARCHAR), CAST(a.valid_from AS VARCHAR), CAST(a.valid_to AS VARCHAR),
       CAST(a.row_no AS VARCHAR)
FROM pu a JOIN pu b ON a.code = b.code AND a.rid < b.rid AND a.valid_from <= b.valid_to AND b.valid_from <= a.valid_to
QUALIFY row_number() OVER (PARTITION BY b.rid ORDER BY a.rid) = 1;

-- Overlap with the warehouse's rows of the same code (a row with the same start is replaced, not overlapped).
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1, a2, a3, a4)
SELECT 'error', p.sheet, p.row_no, 'Hiệu lực từ', CAST(p.valid_from AS VARCHAR), 'unit.overlap_existing',
       CAST(p.valid_from AS VARCHAR), CAST(p.valid_to AS VARCHAR), CAST(u.valid_from AS VARCHAR), CAST(u.valid_to AS VARCHAR)
FROM pu p JOIN org_unit u ON u.code = p.code AND u.valid_from <> p.valid_from
     AND u.valid_from <= p.valid_to AND p.valid_from <= u.valid_to
WHERE NOT EXISTS (SELECT 1 FROM pu q WHERE q.code = u.code AND q.valid_from = u.valid_from)
QUALIFY row_number() OVER (PARTITION BY p.rid ORDER BY u.valid_from) = 1;

-- Parents and successors must exist (in the warehouse or in this file).
INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'error', p.sheet, p.row_no, 'Mã cấp trên', p.parent_code, 'unit.parent_unknown', p.parent_code
FROM pu p
WHERE p.parent_code IS NOT NULL
  AND p.parent_code NOT IN (SELECT code FROM org_unit UNION SELECT code FROM pu);

INSERT INTO stg_issue (severity, sheet, row_no, column_name, value, rule, a1)
SELECT 'error', s.sheet, s.row_no, 'Kế thừa bởi', s.successor, 'unit.successor_unknown', s.successor
FROM (SELECT sheet, row_no, trim(unnest(string_split(successor_codes, ';'))) AS successor FROM pu
      WHERE successor_codes IS NOT NULL AND successor_codes <> '') s
WHERE s.successor NOT IN (SELECT code FROM org_unit UNION SELECT code FROM pu);

CREATE OR REPLACE TEMP TABLE pu_ok AS
SELECT p.* FROM pu p
WHERE NOT EXISTS (SELECT 1 FROM stg_issue i WHERE i.severity = 'error'
                  AND i.sheet IS NOT DISTINCT FROM p.sheet AND i.row_no = p.row_no);

INSERT OR REPLACE INTO org_unit (code, name, name_key, type, parent_code, valid_from, valid_to, load_id, source_row)
SELECT code, name, name_key, type, parent_code, valid_from, valid_to, (SELECT load_id FROM pub_ctx), row_no FROM pu_ok;

INSERT OR REPLACE INTO org_succession (predecessor_code, successor_code, weight, effective_date, load_id)
SELECT code, successor, weight, effective_date, (SELECT load_id FROM pub_ctx)
FROM (SELECT code,
             trim(unnest(string_split(successor_codes, ';'))) AS successor,
             CAST(trim(unnest(string_split(successor_weights, ';'))) AS DOUBLE) AS weight,
             CASE WHEN valid_to = DATE '9999-12-31' THEN NULL ELSE valid_to + 1 END AS effective_date
      FROM pu_ok WHERE successor_codes IS NOT NULL AND successor_codes <> '');

INSERT INTO pub_count SELECT 'units', count(*) FROM pu_ok;
