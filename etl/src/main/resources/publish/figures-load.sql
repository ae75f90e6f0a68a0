-- The second half of publishing a file's figures (after figures.sql, in the same transaction):
-- context pf_final (the figures that pass) and pub_ctx(load_id).
-- 8. Load: a corrected figure supersedes the current one with the same unit, metric, period and basis.
UPDATE fact SET superseded_by = (SELECT load_id FROM pub_ctx)
FROM pf_final n
WHERE fact.superseded_by IS NULL AND fact.org_code = n.code AND fact.metric_code = n.metric_code
  AND fact.period_start = n.p_start AND fact.period_end = n.p_end AND fact.basis = n.basis;

INSERT INTO fact (org_code, metric_code, period_start, period_end, basis, value, period_text, note, load_id,
                  source_sheet, source_row, superseded_by)
SELECT code, metric_code, p_start, p_end, basis, value, period_text, note, (SELECT load_id FROM pub_ctx), sheet, row_no, NULL
FROM pf_final;

INSERT INTO pub_count SELECT 'figures', count(*) FROM pf_final;
