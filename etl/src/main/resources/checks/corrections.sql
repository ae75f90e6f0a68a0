-- The figures of the file that replaced a current figure with another value (chk_changed), in
-- file order.
SELECT c.sheet, c.row_no, c.value_column, c.org_code, m.label_vi, c.period_start, c.period_end, c.basis,
       c.old_value, c.new_value
FROM chk_changed c
JOIN metric m ON m.code = c.metric_code
ORDER BY c.sheet NULLS FIRST, c.row_no, m.sort_order
