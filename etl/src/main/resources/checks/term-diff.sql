-- The term figures that change (appear, disappear or take another value), by committee, term and
-- the catalog's order.
SELECT coalesce(a.committee_code, b.committee_code) AS committee_code, coalesce(a.term, b.term) AS term,
       coalesce(a.metric, b.metric) AS metric, m.label_vi, m.kind, m.unit_vi, b.value AS before_value, a.value AS after_value
FROM chk_term_after a
FULL JOIN chk_term_before b ON b.committee_code = a.committee_code AND b.term = a.term AND b.metric = a.metric
JOIN metric m ON m.code = coalesce(a.metric, b.metric)
WHERE NOT coalesce(abs(a.value - b.value) <= 1e-9, false)
ORDER BY 1, 2, m.sort_order
