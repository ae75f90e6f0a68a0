-- Checks the enabled validation rules for the units of the temp table rule_scope(org_code) and
-- replaces their rows of rule_violation. Run inside the caller's transaction.
--
-- A rule is checked per unit and period over the unit's current reported figures (fact, not
-- superseded; indicators are never figures): flows of the same basis over exactly the same span,
-- stocks (kinds S and Y) at the same as-of date. It is checked only where every metric of both
-- sides has a figure for that unit and period; a missing metric means "not checked", never 0.
-- Two current rows of one unit, metric, basis and period: the latest load wins (as v_fact_current).
-- Values are compared with a tolerance of 1e-9 (they are counts).
DELETE FROM rule_violation WHERE org_code IN (SELECT org_code FROM rule_scope);

INSERT INTO rule_violation (rule_code, org_code, basis, period_start, period_end, left_value, right_value, load_id)
WITH terms AS (
    SELECT t.rule_code, t.side, t.metric_code, t.coefficient
    FROM validation_rule_term t
    JOIN validation_rule r ON r.code = t.rule_code
    WHERE r.enabled
),
needed AS (
    SELECT rule_code, count(DISTINCT metric_code) AS n FROM terms GROUP BY rule_code
),
figures AS (
    SELECT f.org_code, f.metric_code,
           CASE WHEN m.kind = 'F' THEN f.basis ELSE 'ky' END AS basis,
           CASE WHEN m.kind = 'F' THEN f.period_start ELSE f.period_end END AS period_start,
           f.period_end, f.value, f.load_id
    FROM fact f
    JOIN metric m ON m.code = f.metric_code
    SEMI JOIN rule_scope s ON s.org_code = f.org_code
    WHERE f.superseded_by IS NULL
      AND f.metric_code IN (SELECT metric_code FROM terms)
    QUALIFY row_number() OVER (PARTITION BY f.org_code, f.metric_code, CASE WHEN m.kind = 'F' THEN f.basis ELSE 'ky' END,
                                            CASE WHEN m.kind = 'F' THEN f.period_start ELSE f.period_end END, f.period_end
                               ORDER BY f.load_id DESC) = 1
),
sides AS (
    SELECT t.rule_code, f.org_code, f.basis, f.period_start, f.period_end,
           count(DISTINCT t.metric_code) AS n,
           coalesce(sum(t.coefficient * f.value) FILTER (WHERE t.side = 'L'), 0) AS left_value,
           coalesce(sum(t.coefficient * f.value) FILTER (WHERE t.side = 'R'), 0) AS right_value,
           max(f.load_id) AS load_id
    FROM terms t
    JOIN figures f ON f.metric_code = t.metric_code
    GROUP BY t.rule_code, f.org_code, f.basis, f.period_start, f.period_end
)
SELECT s.rule_code, s.org_code, s.basis, s.period_start, s.period_end, s.left_value, s.right_value, s.load_id
FROM sides s
JOIN needed n ON n.rule_code = s.rule_code AND n.n = s.n
JOIN validation_rule r ON r.code = s.rule_code
WHERE NOT CASE r.operator
        WHEN '=' THEN abs(s.left_value - s.right_value) <= 1e-9
        WHEN '<=' THEN s.left_value <= s.right_value + 1e-9
        WHEN '>=' THEN s.left_value >= s.right_value - 1e-9
        WHEN '<' THEN s.left_value < s.right_value - 1e-9
        WHEN '>' THEN s.left_value > s.right_value + 1e-9
    END;
