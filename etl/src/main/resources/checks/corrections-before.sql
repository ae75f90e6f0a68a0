-- Before the file's figures are loaded (between publish/figures.sql and publish/figures-load.sql):
-- the current figures it will replace by another value (chk_changed: old → new per figure), and
-- the committees whose term figures may change with them (chk_committee: the units' ancestors, and
-- the units themselves, that have terms, on the figure's anchor date — a flow's midpoint, a stock's
-- date). Two current rows of one key: the latest load's is the one replaced (as v_fact_current).
CREATE OR REPLACE TEMP TABLE chk_changed AS
SELECT n.code AS org_code, n.metric_code, n.p_start AS period_start, n.p_end AS period_end, n.basis,
       arg_max(o.value, o.load_id) AS old_value, any_value(n.value) AS new_value,
       arg_min(n.sheet, n.rid) AS sheet, arg_min(n.row_no, n.rid) AS row_no, arg_min(n.value_column, n.rid) AS value_column
FROM pf_final n
JOIN fact o ON o.superseded_by IS NULL AND o.org_code = n.code AND o.metric_code = n.metric_code
 AND o.period_start = n.p_start AND o.period_end = n.p_end AND o.basis = n.basis
GROUP BY n.code, n.metric_code, n.p_start, n.p_end, n.basis
HAVING abs(arg_max(o.value, o.load_id) - any_value(n.value)) > 1e-9;

CREATE OR REPLACE TEMP TABLE chk_committee AS
SELECT DISTINCT a.ancestor_code AS committee_code
FROM chk_changed c
JOIN v_unit_ancestor a ON a.org_code = c.org_code
 AND c.period_start + CAST((c.period_end - c.period_start) // 2 AS INTEGER) BETWEEN a.valid_from AND a.valid_to
SEMI JOIN term t ON t.committee_code = a.ancestor_code;
