-- The violations of rule_violation with what a person needs to read them: the rule, the unit's
-- name on the period's last day (else its latest name). Parameters: the committee whose units are
-- wanted (NULL: all), twice. Newest period first, then unit and rule order.
SELECT v.rule_code, v.org_code, coalesce(u.name, l.name, v.org_code) AS org_name, v.basis, v.period_start, v.period_end,
       v.left_value, v.right_value, v.load_id
FROM rule_violation v
JOIN validation_rule r ON r.code = v.rule_code
LEFT JOIN org_unit u ON u.code = v.org_code AND v.period_end BETWEEN u.valid_from AND u.valid_to
LEFT JOIN (SELECT code, arg_max(name, valid_from) AS name FROM org_unit GROUP BY code) l ON l.code = v.org_code
WHERE CAST(? AS VARCHAR) IS NULL OR v.org_code = ?
   OR EXISTS (SELECT 1 FROM v_unit_ancestor a WHERE a.org_code = v.org_code AND a.ancestor_code = ? AND a.depth >= 1
              AND v.period_end BETWEEN a.valid_from AND a.valid_to)
ORDER BY v.period_end DESC, v.org_code, r.sort_order, v.period_start
