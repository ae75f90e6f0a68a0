-- The same as term-before.sql, read from the screens' table figure_term when it holds every load
-- (FigureTables.fresh): the view then need not be computed twice.
CREATE OR REPLACE TEMP TABLE chk_term_before AS
SELECT f.committee_code, f.term, f.metric, f.value
FROM figure_term f
SEMI JOIN chk_committee c ON c.committee_code = f.committee_code;
