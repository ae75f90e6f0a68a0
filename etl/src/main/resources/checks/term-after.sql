-- The same term figures after the file's figures are loaded (same transaction), computed inside
-- FigureTables.withinGroups: the views give the figures of the changed units' groups for the metrics
-- depending on the changed ones (temp.refresh_metric), so the "before" keeps just those metrics too.
CREATE OR REPLACE TEMP TABLE chk_term_after AS
SELECT f.committee_code, f.term, f.metric, f.value
FROM v_figure_term f
SEMI JOIN chk_committee c ON c.committee_code = f.committee_code;

DELETE FROM chk_term_before WHERE metric NOT IN (SELECT code FROM temp.refresh_metric);
