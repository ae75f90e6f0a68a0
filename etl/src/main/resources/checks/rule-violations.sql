-- After the file's figures are loaded and the rules checked for its units: the violations that
-- involve at least one of its figures (rule_violation.load_id = this load), each with the file's
-- row of the first such figure (sheet, row, column).
WITH mine AS (
    SELECT v.rule_code, v.org_code, v.basis, v.period_start, v.period_end, v.left_value, v.right_value
    FROM rule_violation v
    WHERE v.load_id = (SELECT load_id FROM pub_ctx)
),
placed AS (
    SELECT x.rule_code, x.org_code, x.basis, x.period_start, x.period_end,
           arg_min(p.sheet, p.rid) AS sheet, arg_min(p.row_no, p.rid) AS row_no, arg_min(p.value_column, p.rid) AS value_column,
           arg_min(p.value, p.rid) AS value
    FROM mine x
    JOIN validation_rule_term t ON t.rule_code = x.rule_code
    JOIN metric k ON k.code = t.metric_code
    JOIN pf_final p ON p.code = x.org_code AND p.metric_code = t.metric_code AND p.p_end = x.period_end
     AND (k.kind <> 'F' OR (p.p_start = x.period_start AND p.basis = x.basis))
    GROUP BY x.rule_code, x.org_code, x.basis, x.period_start, x.period_end
)
SELECT x.rule_code, x.org_code, x.basis, x.period_start, x.period_end, x.left_value, x.right_value,
       p.sheet, p.row_no, p.value_column, p.value
FROM mine x
LEFT JOIN placed p USING (rule_code, org_code, basis, period_start, period_end)
ORDER BY p.sheet NULLS FIRST, p.row_no, x.org_code, x.period_end, x.rule_code
