-- The same term figures after the file's figures are loaded (same transaction).
CREATE OR REPLACE TEMP TABLE chk_term_after AS
SELECT f.committee_code, f.term, f.metric, f.value
FROM v_figure_term f
SEMI JOIN chk_committee c ON c.committee_code = f.committee_code;
