-- The term figures of the committees a correction touches, before the file's figures are loaded.
CREATE OR REPLACE TEMP TABLE chk_term_before AS
SELECT f.committee_code, f.term, f.metric, f.value
FROM v_figure_term f
SEMI JOIN chk_committee c ON c.committee_code = f.committee_code;
