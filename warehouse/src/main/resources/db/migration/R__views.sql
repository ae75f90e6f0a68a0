-- The analysts' SQL surface (docs/figures.md).
--
-- Public views (stable names and columns; analysts query them from DuckDB tools):
--   v_figure_year            (org_code, org_name, year, metric, value)
--   v_figure_term            (committee_code, committee_name, term, metric, value)
--   v_target_attainment      (committee_code, term, metric, target_kind, source, target, actual, attainment_pct, met,
--                             exceeded, basis, total, years, average, worst_year, years_judged, years_failed,
--                             data_start, data_end, in_progress)
--   v_target_attainment_year (committee_code, term, year, metric, target_kind, source, target, actual, attainment_pct, met,
--                             data_start, data_end, full_year)
--   v_flag                   (kind, org_code, metric, period_start, period_end, reported, expected, detail)
--
-- The pipeline, one rule per step (letters as in the design notes):
--   A  v_fact_reported          current reported facts only
--   A' v_fact_current           + totals derived from their parts (origin 'parts')
--   F  v_unit_ancestor          the hierarchy as effective-dated (unit, ancestor, depth) intervals
--   C  v_luy_ke_term            the term a cumulative figure runs in
--   C  v_luy_ke_in_period       cumulative figures turned into in-period values
--   C  v_flow_in_period         reported in-period flows + derived ones (a reported one wins)
--   H  v_flow_scoped            every flow in the scope(s) it can count in ('year': spans of at most
--                               366 days, 'term': all); D and G run per scope, so a term-long report
--                               wins over the years inside it for the term without erasing those
--                               years from the yearly figures
--   D  v_flow_resolved          per unit: a span inside a longer span of the same unit is dropped
--   B  v_stock_point            stocks as points (one value per unit, metric and as-of date)
--   E  v_fact_resolved          resolved facts of every unit with their anchor date
--   G  v_rollup, rollup_level   what reaches each node from the level below, summed per span, level by
--                               level, stopping at an own covering figure; v_contribution: what stopped,
--                               per unit below (for the flag)
--   G  v_node_value             a node's value per span: its own figure, else the sum of its units
--   H  window_figure(k)         table macro: the year ('year') or term ('term') windows of the node
--   I                           values (flows summed, stocks at the latest as-of date), plus the
--                               computed indicators
--   J  v_unit_latest_name, v_unit_name_term  names valid at the window's end (see v_figure_year)
-- Joins and window functions only (ASOF joins where "the latest before" is needed): this runs over
-- tens of millions of facts.

-- ---------------------------------------------------------------------------------------------
-- Rule A. Only current facts count (superseded_by IS NULL). Indicators are never imported.
-- Should two current rows share unit, metric, basis and period, the latest load wins.
CREATE OR REPLACE VIEW v_fact_reported AS
SELECT f.org_code, f.metric_code AS metric, m.kind, f.basis, f.period_start, f.period_end, f.value, f.load_id
FROM fact f
JOIN metric m ON m.code = f.metric_code
WHERE f.superseded_by IS NULL
  AND m.kind <> 'I'
QUALIFY row_number() OVER (PARTITION BY f.org_code, f.metric_code, f.basis, f.period_start, f.period_end
                           ORDER BY f.load_id DESC) = 1;

-- Rule A' (totals from their parts). A total of the catalog (metric_part: total = sum of its parts) that
-- a unit did not report is derived where the unit reported EVERY part: flows for exactly the same span
-- and basis, stocks at the same as-of date (period_end; per part the row rule B would take). The derived
-- figure then goes through every later rule exactly like a reported one. A reported total wins (flows:
-- same span and basis; stocks: same as-of date); a partial set of parts gives no total (both cases are
-- flagged: v_flag_parts_vs_total, v_flag_parts_incomplete). load_id is the latest load among the parts.
CREATE OR REPLACE VIEW v_fact_part_sets AS
WITH part AS (
    SELECT r.org_code, p.total_code, p.part_code, r.kind, r.basis,
           CASE WHEN r.kind = 'F' THEN r.period_start END AS span_start, r.period_end,
           r.period_start, r.value, r.load_id
    FROM v_fact_reported r
    JOIN metric_part p ON p.part_code = r.metric
    -- a stock part counts once per as-of date: the row rule B would keep
    QUALIFY r.kind = 'F'
         OR row_number() OVER (PARTITION BY r.org_code, r.metric, r.basis, r.period_end
                               ORDER BY r.load_id DESC, r.period_start DESC) = 1
),
needed AS (
    SELECT total_code, count(*) AS parts FROM metric_part GROUP BY total_code
)
SELECT p.org_code, p.total_code AS metric, t.kind, p.basis, max(p.period_start) AS period_start, p.period_end,
       sum(p.value) AS value, max(p.load_id) AS load_id,
       count(DISTINCT p.part_code) AS parts_reported, any_value(n.parts) AS parts_needed,
       string_agg(DISTINCT p.part_code, ', ' ORDER BY p.part_code) AS parts_present
FROM part p
JOIN needed n ON n.total_code = p.total_code
JOIN metric t ON t.code = p.total_code
GROUP BY p.org_code, p.total_code, t.kind, p.basis, p.span_start, p.period_end;

CREATE OR REPLACE VIEW v_fact_current AS
SELECT org_code, metric, kind, basis, period_start, period_end, value, load_id, 'reported' AS origin
FROM v_fact_reported
UNION ALL
SELECT d.org_code, d.metric, d.kind, d.basis, d.period_start, d.period_end, d.value, d.load_id, 'parts'
FROM v_fact_part_sets d
WHERE d.parts_reported = d.parts_needed
  AND NOT EXISTS (SELECT 1 FROM v_fact_reported r
                  WHERE r.org_code = d.org_code AND r.metric = d.metric AND r.period_end = d.period_end
                    AND (d.kind <> 'F' OR (r.basis = d.basis AND r.period_start = d.period_start)));

-- ---------------------------------------------------------------------------------------------
-- Rule F. The hierarchy at a date: the parent of X at d is the parent_code of X's org_unit row valid
-- at d; ancestors recursively. Stored as intervals: during [valid_from, valid_to] ancestor_code is
-- the depth-th ancestor of org_code (depth 0 = the unit itself). Facts join it on their anchor date.
CREATE OR REPLACE VIEW v_unit_ancestor AS
WITH RECURSIVE chain (org_code, ancestor_code, depth, valid_from, valid_to) AS (
    SELECT code, code, 0, valid_from, valid_to
    FROM org_unit
    UNION ALL
    SELECT c.org_code, u.parent_code, c.depth + 1, greatest(c.valid_from, u.valid_from), least(c.valid_to, u.valid_to)
    FROM chain c
    JOIN org_unit u ON u.code = c.ancestor_code AND u.valid_from <= c.valid_to AND u.valid_to >= c.valid_from
    WHERE u.parent_code IS NOT NULL
      AND c.depth < 12   -- a guard against cycles in bad data
)
SELECT org_code, ancestor_code, depth, valid_from, valid_to FROM chain;

-- ---------------------------------------------------------------------------------------------
-- Rule C (1). The term of a cumulative (luy_ke) flow of unit u at date d: the term row containing d
-- of the nearest ancestor-or-self of u at d. (A unit without an org_unit row can still use its own
-- terms.)
CREATE OR REPLACE VIEW v_luy_ke_term AS
WITH luy_ke AS (
    SELECT org_code, metric, period_end AS as_of, value
    FROM v_fact_current
    WHERE basis = 'luy_ke' AND kind = 'F'
),
candidate AS (
    SELECT l.org_code, l.metric, l.as_of, l.value, a.depth, a.ancestor_code AS committee_code
    FROM luy_ke l
    JOIN v_unit_ancestor a ON a.org_code = l.org_code AND l.as_of BETWEEN a.valid_from AND a.valid_to
    UNION ALL
    SELECT l.org_code, l.metric, l.as_of, l.value, 0, l.org_code
    FROM luy_ke l
)
SELECT c.org_code, c.metric, c.as_of, c.value,
       t.committee_code AS term_committee, t.term_label, t.start_date AS term_start
FROM candidate c
JOIN term t ON t.committee_code = c.committee_code AND c.as_of BETWEEN t.start_date AND t.end_date
QUALIFY row_number() OVER (PARTITION BY c.org_code, c.metric, c.as_of ORDER BY c.depth) = 1;

-- Rule C (2). Within (unit, metric, term), ordered by date: in-period value = cum_i - cum_(i-1) over
-- [d_(i-1) + 1, d_i]; the first one runs from the term's start. A falling series gives a negative
-- value: it is kept (and flagged in v_flag).
CREATE OR REPLACE VIEW v_luy_ke_in_period AS
SELECT org_code, metric, term_committee, term_label,
       coalesce(lag(as_of) OVER w + 1, term_start) AS period_start,
       as_of AS period_end,
       value - coalesce(lag(value) OVER w, 0) AS value,
       value AS cumulative,
       lag(value) OVER w AS previous_cumulative
FROM v_luy_ke_term
WINDOW w AS (PARTITION BY org_code, metric, term_committee, term_label ORDER BY as_of);

-- Rule C (3). A unit's in-period flows: the reported ones ('ky') and the derived ones ('luy_ke');
-- where both have exactly the same span, the reported one wins (a difference is flagged).
CREATE OR REPLACE VIEW v_flow_in_period AS
SELECT org_code, metric, period_start, period_end, value, 'ky' AS origin
FROM v_fact_current
WHERE kind = 'F' AND basis = 'ky'
UNION ALL
SELECT d.org_code, d.metric, d.period_start, d.period_end, d.value, 'luy_ke'
FROM v_luy_ke_in_period d
LEFT JOIN v_fact_current k
       ON k.kind = 'F' AND k.basis = 'ky' AND k.org_code = d.org_code AND k.metric = d.metric
      AND k.period_start = d.period_start AND k.period_end = d.period_end
WHERE k.org_code IS NULL;

-- ---------------------------------------------------------------------------------------------
-- Rule H (scopes). A flow counts in year windows only if its span is at most 366 days long; in term
-- windows every flow counts. Rules D and G are applied per scope, so that a term-long report wins
-- over everything inside it in the term, while the yearly reports inside it still make the years.
CREATE OR REPLACE VIEW v_flow_scoped AS
SELECT s.scope, f.org_code, f.metric, f.period_start, f.period_end, f.value
FROM v_flow_in_period f
JOIN (VALUES ('year'), ('term')) AS s (scope)
  ON s.scope = 'term' OR date_diff('day', f.period_start, f.period_end) + 1 <= 366;

-- Rule D. Among one unit's in-period flows of one metric (in one scope), a fact whose span lies
-- inside a longer fact's span is dropped: the year report wins over its half-years, a term-long
-- report over everything inside it. Ordered by (start, end DESC), a span is inside an earlier one
-- exactly when an earlier span ends on or after its end.
-- (The running maximum is taken up to and including the current row, a frame DuckDB computes in one
-- streaming pass, and lag() then gives the maximum of the rows before.)
CREATE OR REPLACE VIEW v_flow_resolved AS
SELECT scope, org_code, metric, period_start, period_end, value
FROM (SELECT *, lag(running_end) OVER w AS earlier_end
      FROM (SELECT *, max(period_end) OVER w AS running_end
            FROM v_flow_scoped
            WINDOW w AS (PARTITION BY scope, org_code, metric ORDER BY period_start, period_end DESC
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
      WINDOW w AS (PARTITION BY scope, org_code, metric ORDER BY period_start, period_end DESC))
WHERE coalesce(earlier_end, DATE '0001-01-01') < period_end;

-- Rule B. Stocks (kind S and Y) are points: one value per unit, metric and as-of date (period_end).
CREATE OR REPLACE VIEW v_stock_point AS
SELECT org_code, metric, kind, period_end AS as_of, value
FROM v_fact_current
WHERE kind IN ('S', 'Y')
QUALIFY row_number() OVER (PARTITION BY org_code, metric, period_end
                           ORDER BY basis = 'ky' DESC, load_id DESC, period_start DESC) = 1;

-- Rule E. The resolved facts of every unit, each with its anchor date: a flow's span midpoint
-- (start + (end - start) / 2 days, integer division), a stock's as-of date. Stocks are the same in
-- both scopes.
CREATE OR REPLACE VIEW v_fact_resolved AS
SELECT scope, org_code, metric, 'F' AS kind, period_start, period_end,
       period_start + CAST(date_diff('day', period_start, period_end) // 2 AS INTEGER) AS anchor,
       value
FROM v_flow_resolved
UNION ALL
SELECT s.scope, p.org_code, p.metric, p.kind, p.as_of, p.as_of, p.as_of, p.value
FROM v_stock_point p
CROSS JOIN (VALUES ('year'), ('term')) AS s (scope);

-- ---------------------------------------------------------------------------------------------
-- Rule G, level by level. Every resolved fact goes to its unit's parent at the fact's anchor date
-- (rule F); there it stops if the parent has its own figure whose span contains the fact's span (for
-- stocks: its own figure at the same as-of date) — own wins — and otherwise it is added to the
-- parent's sum for that span, which goes on to the grandparent the same way. Summing at each level
-- before climbing (and before looking for an own figure, which depends only on the node, metric and
-- span) gives the same values as letting each fact climb alone, with far fewer rows.
-- The ASOF join finds the parent's own figure starting last on or before the span's start; since one
-- unit's resolved spans never nest (rule D), that is the one that contains the span if any does.
-- Four steps cover the deepest hierarchy of the catalog (chi bộ trực thuộc → đảng bộ cơ sở →
-- committee → province) with one to spare; deeper chains exist only in corrupt data.
-- (v_rollup_step was the per-fact climb of an earlier version.)
DROP VIEW IF EXISTS v_rollup_step;

-- One level: rows (scope, org_code, metric, kind, span, anchor, value) at some nodes → the same at
-- their parents, summed per parent and span, with the parent's own covering figure if it has one.
CREATE OR REPLACE MACRO rollup_level(rows_below) AS TABLE
WITH up AS (
    SELECT x.scope, u.parent_code AS node_code, x.metric, x.kind, x.period_start, x.period_end, x.anchor,
           sum(x.value) AS value
    FROM query_table(rows_below) x
    JOIN org_unit u ON u.code = x.org_code AND x.anchor BETWEEN u.valid_from AND u.valid_to
    WHERE u.parent_code IS NOT NULL
    GROUP BY ALL
)
SELECT up.*, o.period_start AS own_start, o.period_end AS own_end, o.value AS own_value,
       coalesce(o.period_end >= up.period_end, false) AS at_own
FROM up ASOF LEFT JOIN v_stopper o
     ON o.scope = up.scope AND o.org_code = up.node_code AND o.metric = up.metric AND up.period_start >= o.period_start;

-- The own figures of the nodes that have units under them: the only ones that can stop a climb.
CREATE OR REPLACE VIEW v_stopper AS
SELECT o.* FROM v_fact_resolved o
SEMI JOIN (SELECT DISTINCT parent_code FROM org_unit WHERE parent_code IS NOT NULL) p ON p.parent_code = o.org_code;

-- The climb: step k holds what arrived at each node from the level below, summed per span.
CREATE OR REPLACE VIEW v_rollup AS
WITH l0 AS MATERIALIZED (
    SELECT scope, org_code, metric, kind, period_start, period_end, anchor, value FROM v_fact_resolved
),
s1 AS MATERIALIZED (SELECT * FROM rollup_level(l0)),
l1 AS MATERIALIZED (SELECT scope, node_code AS org_code, metric, kind, period_start, period_end, anchor, value
                    FROM s1 WHERE NOT at_own),
s2 AS MATERIALIZED (SELECT * FROM rollup_level(l1)),
l2 AS MATERIALIZED (SELECT scope, node_code AS org_code, metric, kind, period_start, period_end, anchor, value
                    FROM s2 WHERE NOT at_own),
s3 AS MATERIALIZED (SELECT * FROM rollup_level(l2)),
l3 AS MATERIALIZED (SELECT scope, node_code AS org_code, metric, kind, period_start, period_end, anchor, value
                    FROM s3 WHERE NOT at_own),
s4 AS MATERIALIZED (SELECT * FROM rollup_level(l3))
SELECT 1 AS step, * FROM s1
UNION ALL SELECT 2, * FROM s2
UNION ALL SELECT 3, * FROM s3
UNION ALL SELECT 4, * FROM s4;

-- What stopped at a node, per unit it came from (for the flag comparing a node's own figure with
-- its units): the units' rows whose (node, metric, span) stopped in the climb. At step 1 the units are
-- the reporting units themselves; above, the node just below.
CREATE OR REPLACE VIEW v_contribution AS
WITH stopped AS (
    SELECT * FROM v_rollup WHERE at_own
),
below AS (
    SELECT 1 AS step, scope, org_code, metric, period_start, period_end, anchor, value FROM v_fact_resolved
    UNION ALL
    SELECT step + 1, scope, node_code, metric, period_start, period_end, anchor, value FROM v_rollup WHERE NOT at_own
)
SELECT s.scope, s.node_code, b.org_code AS from_org, s.metric, s.kind, s.period_start, s.period_end, s.anchor,
       b.value, s.at_own, s.own_start, s.own_end, s.own_value
FROM stopped s
JOIN below b ON b.step = s.step AND b.scope = s.scope AND b.metric = s.metric
            AND b.period_start = s.period_start AND b.period_end = s.period_end
JOIN org_unit u ON u.code = b.org_code AND b.anchor BETWEEN u.valid_from AND u.valid_to AND u.parent_code = s.node_code;

-- Rule G. A node's value for a span: its own figure if it has one, else the sum of what reached it
-- with that span (over all steps: a committee hears from its grassroots units at step 1 and, through
-- a đảng bộ cơ sở without an own figure, from the chi bộ under it at step 2). What stopped at a node
-- (at_own) is not added: own wins.
CREATE OR REPLACE VIEW v_node_value AS
SELECT scope, org_code, metric, kind, period_start, period_end, anchor, value, 'own' AS origin
FROM v_fact_resolved
UNION ALL
SELECT scope, node_code, metric, kind, period_start, period_end, anchor, sum(value), 'units'
FROM v_rollup
WHERE NOT at_own
GROUP BY scope, node_code, metric, kind, period_start, period_end, anchor;

-- ---------------------------------------------------------------------------------------------
-- Rule I. Indicators in percent, from the window's stock values: a missing part counts as 0, but at
-- least one numerator part and an assessed count > 0 must exist. admissions_per_100_members =
-- 100 * admissions of the window / members_total at the latest as-of date strictly before the window
-- starts (no row when that is unknown or zero).
-- window_figure(wanted_kind) gives all figures of the windows of one kind ('year' or 'term'): the
-- window values of the metrics (rule H) and the indicators computed from them (rule I). It is a table
-- macro so that each public view evaluates the pipeline once, for its own kind of window only.
CREATE OR REPLACE MACRO window_figure(wanted_kind) AS TABLE
WITH node AS MATERIALIZED (
    SELECT org_code, metric, kind, period_start, period_end, anchor, value
    FROM v_node_value
    WHERE scope = wanted_kind
),
-- Rule H (windows). Year Y: flows of the 'year' scope (spans of at most 366 days) whose midpoint
-- falls in Y, summed; stocks at the latest as-of date in Y. Term of committee C: flows whose
-- midpoint lies in [start_date, end_date], summed; stocks at the latest as-of date within the term.
-- Rule B: a stock is never summed over time.
window_value AS MATERIALIZED (
    SELECT 'year' AS window_kind, org_code, CAST(year(anchor) AS INTEGER) AS year, CAST(NULL AS VARCHAR) AS term_label,
           make_date(year(anchor), 1, 1) AS window_start, metric,
           CASE WHEN kind = 'F' THEN sum(value) ELSE arg_max(value, anchor) END AS value,
           CASE WHEN kind = 'F' THEN min(period_start) ELSE max(anchor) END AS data_start,
           max(CASE WHEN kind = 'F' THEN period_end ELSE anchor END) AS data_end
    FROM node
    WHERE wanted_kind = 'year'
    GROUP BY org_code, year(anchor), metric, kind
    UNION ALL
    SELECT 'term', t.committee_code, NULL, t.term_label, t.start_date, n.metric,
           CASE WHEN n.kind = 'F' THEN sum(n.value) ELSE arg_max(n.value, n.anchor) END,
           CASE WHEN n.kind = 'F' THEN min(n.period_start) ELSE max(n.anchor) END,
           max(CASE WHEN n.kind = 'F' THEN n.period_end ELSE n.anchor END)
    FROM term t
    JOIN node n ON n.org_code = t.committee_code AND n.anchor BETWEEN t.start_date AND t.end_date
    WHERE wanted_kind = 'term'
    GROUP BY t.committee_code, t.term_label, t.start_date, n.metric, n.kind
),
parts AS MATERIALIZED (
    SELECT window_kind, org_code, year, term_label, window_start,
           max(value) FILTER (WHERE metric = 'orgs_assessed')     AS orgs_assessed,
           max(value) FILTER (WHERE metric = 'orgs_excellent')    AS orgs_excellent,
           max(value) FILTER (WHERE metric = 'orgs_good')         AS orgs_good,
           max(value) FILTER (WHERE metric = 'members_assessed')  AS members_assessed,
           max(value) FILTER (WHERE metric = 'members_excellent') AS members_excellent,
           max(value) FILTER (WHERE metric = 'members_good')      AS members_good,
           max(value) FILTER (WHERE metric = 'admissions')        AS admissions
    FROM window_value
    WHERE metric IN ('orgs_assessed', 'orgs_excellent', 'orgs_good', 'members_assessed', 'members_excellent',
                     'members_good', 'admissions')
    GROUP BY window_kind, org_code, year, term_label, window_start
),
shares AS (
    SELECT p.window_kind, p.org_code, p.year, p.term_label, i.metric,
           CASE i.metric
               WHEN 'share_orgs_good_or_better' THEN
                   CASE WHEN p.orgs_assessed > 0 AND (p.orgs_excellent IS NOT NULL OR p.orgs_good IS NOT NULL)
                        THEN 100 * (coalesce(p.orgs_excellent, 0) + coalesce(p.orgs_good, 0)) / p.orgs_assessed END
               WHEN 'share_orgs_excellent' THEN
                   CASE WHEN p.orgs_assessed > 0 AND p.orgs_excellent IS NOT NULL
                        THEN 100 * p.orgs_excellent / p.orgs_assessed END
               WHEN 'share_members_good_or_better' THEN
                   CASE WHEN p.members_assessed > 0 AND (p.members_excellent IS NOT NULL OR p.members_good IS NOT NULL)
                        THEN 100 * (coalesce(p.members_excellent, 0) + coalesce(p.members_good, 0)) / p.members_assessed END
               WHEN 'share_members_excellent' THEN
                   CASE WHEN p.members_assessed > 0 AND p.members_excellent IS NOT NULL
                        THEN 100 * p.members_excellent / p.members_assessed END
           END AS value
    FROM parts p
    CROSS JOIN (VALUES ('share_orgs_good_or_better'), ('share_orgs_excellent'),
                       ('share_members_good_or_better'), ('share_members_excellent')) AS i (metric)
),
members AS (
    SELECT org_code, anchor AS as_of, value
    FROM node
    WHERE metric = 'members_total'
)
SELECT window_kind, org_code, year, term_label, metric, value, data_start, data_end
FROM window_value
UNION ALL
SELECT window_kind, org_code, year, term_label, metric, value, NULL, NULL
FROM shares
WHERE value IS NOT NULL
UNION ALL
SELECT p.window_kind, p.org_code, p.year, p.term_label, 'admissions_per_100_members', 100 * p.admissions / m.value,
       NULL, NULL
FROM parts p
ASOF JOIN members m ON m.org_code = p.org_code AND p.window_start > m.as_of
WHERE p.admissions IS NOT NULL AND m.value > 0;

-- Rule J. The latest row of every unit (the fallback name).
CREATE OR REPLACE VIEW v_unit_latest_name AS
SELECT code, arg_max(name, valid_from) AS name
FROM org_unit
GROUP BY code;

-- Rule J. A committee's name in a term: the name of its row valid on the term's end_date, else of
-- its latest row overlapping the term, else of its latest row.
CREATE OR REPLACE VIEW v_unit_name_term AS
SELECT t.committee_code, t.term_label, u.name AS committee_name
FROM term t
JOIN org_unit u ON u.code = t.committee_code
QUALIFY row_number() OVER (
    PARTITION BY t.committee_code, t.term_label
    ORDER BY t.end_date BETWEEN u.valid_from AND u.valid_to DESC,
             (u.valid_from <= t.end_date AND u.valid_to >= t.start_date) DESC,
             u.valid_from DESC) = 1;

-- ---------------------------------------------------------------------------------------------
-- v_figure_year: every unit at every level that has a value, per calendar year.
-- Rule J: org_name is the name of the unit's row valid on 31/12 of the year, else of its latest row
-- overlapping the year, else of its latest row. The ASOF join finds the row starting last on or
-- before 31/12; rows of a code do not overlap, so if that row ended before the year began, no row
-- overlaps the year.
CREATE OR REPLACE VIEW v_figure_year AS
SELECT f.org_code,
       CASE WHEN u.valid_to >= make_date(f.year, 1, 1) THEN u.name ELSE l.name END AS org_name,
       f.year, f.metric, f.value
FROM (SELECT *, make_date(year, 12, 31) AS year_end FROM window_figure('year')) f
ASOF LEFT JOIN org_unit u ON u.code = f.org_code AND f.year_end >= u.valid_from
LEFT JOIN v_unit_latest_name l ON l.code = f.org_code;

-- v_figure_term: committees (and provinces) with term rows, per term.
CREATE OR REPLACE VIEW v_figure_term AS
SELECT f.org_code AS committee_code, n.committee_name, f.term_label AS term, f.metric, f.value
FROM window_figure('term') f
LEFT JOIN v_unit_name_term n ON n.committee_code = f.org_code AND n.term_label = f.term_label;

-- ---------------------------------------------------------------------------------------------
-- Targets: one window per target, congress to congress (docs/figures.md, "Targets").
--
-- Every target is judged over its term: the flows whose midpoint lies in [start_date, end_date] and the
-- stocks whose as-of date does (rule H, as for v_figure_term). A term that has not ended yet
-- (end_date >= today) is judged on what has been reported so far (in_progress, "ước").
--   tong_nhiem_ky    actual = the term figure (v_figure_term).
--   hang_nam         actual = the per-year average = the term total / the years it covers, where the
--                    years covered are the days from the first to the last reported day of each calendar
--                    year's part of the term, summed, / 365.25, rounded to one decimal (so that the
--                    printed sentence can be checked: "1.612 trong 5 năm" gives 322,4). The calendar
--                    years (v_target_attainment_year) are context: they add up to the term total.
--   ty_le_toi_thieu  a minimum every year: actual = the WORST year's share among the rating years of the
--                    term (the years whose 31 December, the as-of date of the year's rating, lies in the
--                    term); the average of those years is context (average); the years below the
--                    minimum are the rows of v_target_attainment_year with met = false.
-- For every target: met = actual >= target; attainment_pct = 100 * actual / target to one decimal, but
-- never rounded up to 100 when the target is missed (99.96 % of a missed target is 99.9), so that
-- met <=> attainment_pct >= 100 always holds; exceeded <=> attainment_pct > 100. Every target kind
-- is a minimum (the catalog has no "at most" target).
CREATE OR REPLACE MACRO attainment_pct(actual, target) AS
    CASE WHEN target > 0 AND actual IS NOT NULL THEN
        CASE WHEN actual >= target THEN round(100 * actual / target, 1)
             ELSE least(round(100 * actual / target, 1), 99.9) END
    END;

-- The calendar years of each term; rating_year: its 31 December lies in the term.
CREATE OR REPLACE VIEW v_term_year AS
SELECT committee_code, term_label, year, make_date(year, 12, 31) BETWEEN start_date AND end_date AS rating_year
FROM (SELECT committee_code, term_label, start_date, end_date,
             CAST(unnest(range(year(start_date), year(end_date) + 1)) AS INTEGER) AS year
      FROM term);

-- The flows of a term that yearly targets are set on, split by the calendar year of their midpoint:
-- the parts of the term total (they add up to it), each with the first and last day it covers.
CREATE OR REPLACE VIEW v_term_flow_year AS
SELECT t.committee_code, t.term_label, CAST(year(n.anchor) AS INTEGER) AS year, n.metric,
       sum(n.value) AS value, min(n.period_start) AS data_start, max(n.period_end) AS data_end
FROM term t
JOIN v_node_value n ON n.scope = 'term' AND n.kind = 'F' AND n.org_code = t.committee_code
                   AND n.anchor BETWEEN t.start_date AND t.end_date
SEMI JOIN target h ON h.committee_code = t.committee_code AND h.term_label = t.term_label
                  AND h.target_kind = 'hang_nam' AND h.metric_code = n.metric
GROUP BY t.committee_code, t.term_label, year(n.anchor), n.metric;

-- hang_nam and ty_le_toi_thieu targets year by year.
--   hang_nam: every calendar year of the term, with the part of it that counts in the term
--     (v_term_flow_year); judged (attainment_pct, met) only when that part is the whole year.
--   ty_le_toi_thieu: every rating year of the term, the committee's share of that year (v_figure_year).
CREATE OR REPLACE VIEW v_target_attainment_year AS
WITH years AS (
    SELECT g.committee_code, g.term_label, y.year, g.metric_code, g.target_kind, g.source, g.value AS target,
           y.rating_year
    FROM target g
    JOIN v_term_year y ON y.committee_code = g.committee_code AND y.term_label = g.term_label
    WHERE g.target_kind = 'hang_nam' OR (g.target_kind = 'ty_le_toi_thieu' AND y.rating_year)
),
valued AS (
    SELECT y.*, f.value AS actual, f.data_start, f.data_end,
           f.data_start = make_date(y.year, 1, 1) AND f.data_end = make_date(y.year, 12, 31) AS full_year
    FROM years y
    LEFT JOIN v_term_flow_year f
           ON f.committee_code = y.committee_code AND f.term_label = y.term_label AND f.year = y.year
          AND f.metric = y.metric_code
    WHERE y.target_kind = 'hang_nam'
    UNION ALL
    SELECT y.*, f.value, CASE WHEN f.value IS NOT NULL THEN make_date(y.year, 12, 31) END,
           CASE WHEN f.value IS NOT NULL THEN make_date(y.year, 12, 31) END, true
    FROM years y
    LEFT JOIN window_figure('year') f
           ON f.org_code = y.committee_code AND f.year = y.year AND f.metric = y.metric_code
    WHERE y.target_kind = 'ty_le_toi_thieu'
)
SELECT committee_code, term_label AS term, year, metric_code AS metric, target_kind, source, target, actual,
       CASE WHEN full_year THEN attainment_pct(actual, target) END AS attainment_pct,
       CASE WHEN full_year AND actual IS NOT NULL THEN actual >= target END AS met,
       data_start, data_end, coalesce(full_year, false) AS full_year
FROM valued;

-- One row per target (see above). Columns after met: exceeded; basis ('term_total', 'year_average',
-- 'worst_year'); total (the term total of a hang_nam target); years (the years it covers); average
-- (ty_le_toi_thieu: the mean of the rating years with data); worst_year; years_judged and years_failed
-- (ty_le_toi_thieu); data_start, data_end (the first and last day of the figures used); in_progress.
CREATE OR REPLACE VIEW v_target_attainment AS
WITH term_total AS (
    SELECT g.committee_code, g.term_label, g.metric_code, g.target_kind, g.source, g.value AS target,
           f.value AS actual, 'term_total' AS basis, f.value AS total, CAST(NULL AS DOUBLE) AS years,
           CAST(NULL AS DOUBLE) AS average, CAST(NULL AS INTEGER) AS worst_year,
           CAST(NULL AS BIGINT) AS years_judged, CAST(NULL AS BIGINT) AS years_failed, f.data_start, f.data_end
    FROM target g
    LEFT JOIN window_figure('term') f
           ON f.org_code = g.committee_code AND f.term_label = g.term_label AND f.metric = g.metric_code
    WHERE g.target_kind = 'tong_nhiem_ky'
),
year_average AS (
    SELECT committee_code, term_label, metric_code, target_kind, source, target,
           total / nullif(years, 0) AS actual, 'year_average', total, years,
           CAST(NULL AS DOUBLE), CAST(NULL AS INTEGER), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), data_start, data_end
    FROM (SELECT g.committee_code, g.term_label, g.metric_code, g.target_kind, g.source, g.value AS target,
                 sum(f.value) AS total,
                 round(sum(date_diff('day', f.data_start, f.data_end) + 1) / 365.25, 1) AS years,
                 min(f.data_start) AS data_start, max(f.data_end) AS data_end
          FROM target g
          LEFT JOIN v_term_flow_year f
                 ON f.committee_code = g.committee_code AND f.term_label = g.term_label AND f.metric = g.metric_code
          WHERE g.target_kind = 'hang_nam'
          GROUP BY ALL)
),
-- (the worst year: the earliest of the years with the lowest share; the average rounded to 9 decimals so
-- that it does not depend on the order DuckDB adds the years in)
worst_year AS (
    SELECT committee_code, term AS term_label, metric AS metric_code, target_kind, source, target,
           min(actual) AS actual, 'worst_year', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE),
           round(avg(actual), 9), min(year) FILTER (WHERE actual = lowest),
           count(actual), count(*) FILTER (WHERE NOT met),
           min(data_start), max(data_end)
    FROM (SELECT *, min(actual) OVER (PARTITION BY committee_code, term, metric, target_kind, source, target) AS lowest
          FROM v_target_attainment_year
          WHERE target_kind = 'ty_le_toi_thieu')
    GROUP BY committee_code, term, metric, target_kind, source, target
),
judged AS (
    SELECT * FROM term_total
    UNION ALL SELECT * FROM year_average
    UNION ALL SELECT * FROM worst_year
)
SELECT j.committee_code, j.term_label AS term, j.metric_code AS metric, j.target_kind, j.source, j.target, j.actual,
       attainment_pct(j.actual, j.target) AS attainment_pct,
       CASE WHEN j.actual IS NOT NULL THEN j.actual >= j.target END AS met,
       attainment_pct(j.actual, j.target) > 100 AS exceeded,
       j.basis, j.total, j.years, j.average, j.worst_year, j.years_judged, j.years_failed, j.data_start, j.data_end,
       t.end_date >= current_date AS in_progress
FROM judged j
JOIN term t ON t.committee_code = j.committee_code AND t.term_label = j.term_label;

-- ---------------------------------------------------------------------------------------------
-- Flags: disagreements and anomalies, shown to the analysts rather than hidden.

-- Rule C. A cumulative figure for which no term could be found is left out.
CREATE OR REPLACE VIEW v_flag_luy_ke_no_term AS
SELECT 'luy_ke_no_term' AS kind, f.org_code, f.metric, f.period_start, f.period_end,
       f.value AS reported, CAST(NULL AS DOUBLE) AS expected,
       'Số lũy kế không thuộc nhiệm kỳ nào của đơn vị hoặc cấp trên: không được tính' AS detail
FROM v_fact_current f
LEFT JOIN v_luy_ke_term t ON t.org_code = f.org_code AND t.metric = f.metric AND t.as_of = f.period_end
WHERE f.basis = 'luy_ke' AND f.kind = 'F' AND t.org_code IS NULL;

-- Rule C. A cumulative series that falls: reported = the cumulative value, expected = at least the
-- previous one; the span is that of the (negative) derived in-period value.
CREATE OR REPLACE VIEW v_flag_luy_ke_falls AS
SELECT 'luy_ke_falls' AS kind, org_code, metric, period_start, period_end,
       cumulative AS reported, previous_cumulative AS expected,
       'Số lũy kế giảm so với lần báo cáo trước' AS detail
FROM v_luy_ke_in_period
WHERE value < 0;

-- Rule C. A reported in-period figure differs from the one derived from the cumulative series for
-- exactly the same span (the reported one is used).
CREATE OR REPLACE VIEW v_flag_ky_vs_luy_ke AS
SELECT 'ky_vs_luy_ke' AS kind, d.org_code, d.metric, d.period_start, d.period_end,
       k.value AS reported, d.value AS expected,
       'Số liệu trong kỳ khác số suy ra từ số lũy kế' AS detail
FROM v_luy_ke_in_period d
JOIN v_fact_current k
  ON k.kind = 'F' AND k.basis = 'ky' AND k.org_code = d.org_code AND k.metric = d.metric
 AND k.period_start = d.period_start AND k.period_end = d.period_end
WHERE abs(k.value - d.value) > 1e-9;

-- Rule D. The maximal facts of a unit inside one of its longer facts tile it exactly (no gap, no
-- overlap) but do not add up to it.
CREATE OR REPLACE VIEW v_flag_span_parts AS
WITH inside AS (
    SELECT c.org_code, c.metric, c.period_start AS c_start, c.period_end AS c_end, c.value AS c_value,
           p.period_start, p.period_end, p.value
    FROM v_flow_in_period c
    JOIN v_flow_in_period p
      ON p.org_code = c.org_code AND p.metric = c.metric
     AND p.period_start >= c.period_start AND p.period_end <= c.period_end
     AND (p.period_start > c.period_start OR p.period_end < c.period_end)
),
maximal AS (
    SELECT * FROM inside
    QUALIFY coalesce(max(period_end) OVER (PARTITION BY org_code, metric, c_start, c_end
                                           ORDER BY period_start, period_end DESC
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                     DATE '0001-01-01') < period_end
),
chained AS (
    SELECT *, lag(period_end) OVER (PARTITION BY org_code, metric, c_start, c_end ORDER BY period_start) AS prev_end
    FROM maximal
)
SELECT 'span_parts' AS kind, org_code, metric, c_start AS period_start, c_end AS period_end,
       any_value(c_value) AS reported, sum(value) AS expected,
       'Số liệu cả kỳ khác tổng các kỳ ngắn hơn của cùng đơn vị' AS detail
FROM chained
GROUP BY org_code, metric, c_start, c_end
HAVING min(period_start) = c_start AND max(period_end) = c_end
   AND bool_and(prev_end IS NULL OR period_start = prev_end + 1)
   AND abs(sum(value) - any_value(c_value)) > 1e-9;

-- Rule G. A node's own figure differs from its units' contributions that exactly match its span or
-- tile it exactly. Judged per reporting unit (each one's contributions inside the own span must
-- tile it; a unit reporting only part of the span is left out of the comparison). Where both scopes
-- judge the same figure, the 'year' scope is shown.
CREATE OR REPLACE VIEW v_flag_own_vs_units AS
WITH stopped AS (
    SELECT scope, node_code, metric, own_start, own_end, own_value, from_org, period_start, period_end, value,
           lag(period_end) OVER (PARTITION BY scope, node_code, metric, own_start, own_end, from_org
                                 ORDER BY period_start) AS prev_end
    FROM v_contribution
    WHERE at_own
),
per_unit AS (
    SELECT scope, node_code, metric, own_start, own_end, any_value(own_value) AS own_value, from_org,
           sum(value) AS value,
           min(period_start) = own_start AND max(period_end) = own_end
               AND bool_and(prev_end IS NULL OR period_start = prev_end + 1) AS tiles
    FROM stopped
    GROUP BY scope, node_code, metric, own_start, own_end, from_org
),
per_node AS (
    SELECT scope, node_code, metric, own_start, own_end, any_value(own_value) AS own_value,
           sum(value) AS units_value
    FROM per_unit
    WHERE tiles
    GROUP BY scope, node_code, metric, own_start, own_end
)
SELECT 'own_vs_units' AS kind, node_code AS org_code, metric, own_start AS period_start, own_end AS period_end,
       own_value AS reported, units_value AS expected,
       'Số liệu tự báo cáo khác tổng số của các đơn vị trực thuộc' AS detail
FROM per_node
WHERE abs(own_value - units_value) > 1e-9
QUALIFY row_number() OVER (PARTITION BY node_code, metric, own_start, own_end ORDER BY scope = 'year' DESC) = 1;

-- Rule A'. A reported total differs from the sum of its parts reported for the same span and basis
-- (stocks: the same as-of date). The reported total is used.
CREATE OR REPLACE VIEW v_flag_parts_vs_total AS
SELECT 'parts_vs_total' AS kind, r.org_code, r.metric, r.period_start, r.period_end,
       r.value AS reported, d.value AS expected,
       'Tổng số khác tổng các thành phần (' || d.parts_present || '): dùng tổng số đã báo cáo' AS detail
FROM v_fact_part_sets d
JOIN v_fact_reported r
  ON r.org_code = d.org_code AND r.metric = d.metric AND r.period_end = d.period_end
 AND (d.kind <> 'F' OR (r.basis = d.basis AND r.period_start = d.period_start))
WHERE d.parts_reported = d.parts_needed
  AND abs(r.value - d.value) > 1e-9;

-- Rule A'. Some parts of a total but not all, and no total: no total is derived (a partial sum is never
-- shown as a total).
CREATE OR REPLACE VIEW v_flag_parts_incomplete AS
SELECT 'parts_incomplete' AS kind, d.org_code, d.metric, d.period_start, d.period_end,
       d.value AS reported, CAST(NULL AS DOUBLE) AS expected,
       'Chỉ có ' || d.parts_reported || '/' || d.parts_needed || ' thành phần (' || d.parts_present
           || '), không có tổng số: không tính tổng' AS detail
FROM v_fact_part_sets d
WHERE d.parts_reported < d.parts_needed
  AND NOT EXISTS (SELECT 1 FROM v_fact_reported r
                  WHERE r.org_code = d.org_code AND r.metric = d.metric AND r.period_end = d.period_end
                    AND (d.kind <> 'F' OR (r.basis = d.basis AND r.period_start = d.period_start)));

CREATE OR REPLACE VIEW v_flag AS
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_own_vs_units
UNION ALL
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_span_parts
UNION ALL
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_ky_vs_luy_ke
UNION ALL
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_luy_ke_falls
UNION ALL
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_luy_ke_no_term
UNION ALL
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_parts_vs_total
UNION ALL
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_parts_incomplete
;

-- ---------------------------------------------------------------------------------------------
-- Screens (compare, drill-down): the units below a committee over the committee's terms.
-- v_figure_unit_term (committee_code, term, org_code, metric, value): for every term of a committee
-- and every unit below it (any depth) during the term, the unit's figures from what it had while it
-- was below the committee — flows whose anchor lies in the term summed, stocks at the latest as-of
-- date in the term (rule H, as for v_figure_term; indicators are not computed here).
CREATE OR REPLACE VIEW v_figure_unit_term AS
WITH node AS MATERIALIZED (
    SELECT org_code, metric, kind, anchor, value
    FROM v_node_value
    WHERE scope = 'term'
)
SELECT t.committee_code, t.term_label AS term, n.org_code, n.metric,
       CASE WHEN n.kind = 'F' THEN sum(n.value) ELSE arg_max(n.value, n.anchor) END AS value
FROM term t
JOIN v_unit_ancestor a ON a.ancestor_code = t.committee_code AND a.depth >= 1
                      AND a.valid_from <= t.end_date AND a.valid_to >= t.start_date
JOIN node n ON n.org_code = a.org_code
           AND n.anchor BETWEEN t.start_date AND t.end_date
           AND n.anchor BETWEEN a.valid_from AND a.valid_to
GROUP BY t.committee_code, t.term_label, n.org_code, n.metric, n.kind
;
SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag_luy_ke_no_term;

-- ---------------------------------------------------------------------------------------------
-- Trends: half-year windows, and series restated to today's structure (the 2025 reorganisation).
--
--   v_figure_half            (org_code, year, half, metric, value)   as structured at the time
--   v_unit_today             every unit's latest row: its parent, type and end today
--   v_unit_successor_today   a unit or committee that ended → the current units that took it over
--                            (the succession chain followed to its end, weights multiplied)
--   v_unit_today_ancestor    today's hierarchy (latest rows), (org_code, ancestor_code, depth)
--   restated_figure(grain)   table macro: a unit's figures restated to today's structure
--   v_figure_restated_year   (org_code, year, metric, value)
--   v_figure_restated_half   (org_code, year, half, metric, value)
--
-- Half-years (H1 = January–June, H2 = July–December of the year). Stocks: the value at the latest
-- as-of date in the half. Flows: the node values (rule G, 'year' scope) whose whole span lies in the
-- half, summed; a flow reported for a longer span (a year report) cannot be split and counts in no
-- half (its year still counts in v_figure_year); where such a figure is a committee's own, its
-- units' half-years make the committee's halves. Indicators are yearly only.
CREATE OR REPLACE MACRO half_window(node_rows) AS TABLE
SELECT org_code, CAST(year(anchor) AS INTEGER) AS year, CASE WHEN month(anchor) <= 6 THEN 1 ELSE 2 END AS half,
       metric, kind, period_start, period_end, anchor, value
FROM query_table(node_rows)
WHERE kind <> 'F'
   OR (period_start >= make_date(year(anchor), CASE WHEN month(anchor) <= 6 THEN 1 ELSE 7 END, 1)
       AND period_end <= CASE WHEN month(anchor) <= 6 THEN make_date(year(anchor), 6, 30) ELSE make_date(year(anchor), 12, 31) END);

CREATE OR REPLACE VIEW v_figure_half AS
WITH node AS MATERIALIZED (
    SELECT org_code, metric, kind, period_start, period_end, anchor, value FROM v_node_value WHERE scope = 'year'
    UNION ALL
    -- A node's own figure for a longer span (a committee's year, or cumulative differences by year)
    -- wins over its units in the year, but says nothing of the halves: there, what its units reported
    -- by half-year counts (the own figure itself counts in no half). One level: a province above such
    -- a committee gets no half-year value from it.
    SELECT node_code, metric, kind, period_start, period_end, anchor, sum(value)
    FROM v_rollup
    WHERE scope = 'year' AND at_own AND date_diff('day', own_start, own_end) + 1 > 184
    GROUP BY node_code, metric, kind, period_start, period_end, anchor
)
SELECT org_code, year, half, metric,
       CASE WHEN kind = 'F' THEN sum(value) ELSE arg_max(value, anchor) END AS value
FROM half_window(node)
GROUP BY org_code, year, half, metric, kind;

-- Today's structure: every unit as its latest row has it (a unit that ended keeps its last parent).
CREATE OR REPLACE VIEW v_unit_today AS
SELECT code, arg_max(parent_code, valid_from) AS parent_code, arg_max(type, valid_from) AS type,
       arg_max(name, valid_from) AS name, max(valid_to) AS valid_to, max(valid_to) >= current_date AS current
FROM org_unit
GROUP BY code;

-- What a unit that ended became: its successors, and theirs, until a current unit is reached, the
-- weights multiplied along the chain (a merge or rename has weight 1; a committee split, such as a
-- bloc's into the two committees of 2025, has the successors' shares).
CREATE OR REPLACE VIEW v_unit_successor_today AS
WITH RECURSIVE chain (origin, code, weight, depth) AS (
    SELECT s.predecessor_code, s.successor_code, s.weight, 1
    FROM org_succession s
    JOIN v_unit_today p ON p.code = s.predecessor_code AND NOT p.current
    UNION ALL
    SELECT c.origin, s.successor_code, c.weight * s.weight, c.depth + 1
    FROM chain c
    JOIN v_unit_today u ON u.code = c.code AND NOT u.current
    JOIN org_succession s ON s.predecessor_code = c.code
    WHERE c.depth < 12   -- a guard against cycles in bad data
)
SELECT c.origin AS predecessor_code, c.code AS successor_code, sum(c.weight) AS weight
FROM chain c
JOIN v_unit_today u ON u.code = c.code AND u.current
GROUP BY c.origin, c.code;

-- Today's hierarchy: the ancestors (depth 0 = itself) of every unit by the units' latest rows.
CREATE OR REPLACE VIEW v_unit_today_ancestor AS
WITH RECURSIVE chain (org_code, ancestor_code, depth) AS (
    SELECT code, code, 0 FROM v_unit_today
    UNION ALL
    SELECT c.org_code, u.parent_code, c.depth + 1
    FROM chain c
    JOIN v_unit_today u ON u.code = c.ancestor_code
    WHERE u.parent_code IS NOT NULL AND c.depth < 12
)
SELECT org_code, ancestor_code, depth FROM chain;

-- Restated to today's structure ("quy đổi theo cơ cấu hiện nay"). The figures of a committee (or a
-- province) C in a window are those of the grassroots organisations (đảng bộ cơ sở, chi bộ cơ sở)
-- that belong to C today, over their whole history, wherever they stood at the time:
--   * a grassroots organisation belongs where its latest row puts it (its latest parent chain); one
--     that ended belongs where its successors are today (a merged unit with the unit it merged into;
--     by the succession's weight, 1 for a merge); one dissolved without a successor belongs nowhere
--     today and is in no restated series;
--   * its window values are its own node values (rule G: its own report, else the sum of its chi bộ
--     trực thuộc), so nothing is counted twice and a unit that moved mid-year is counted once, whole,
--     in today's committee;
--   * flows: the units' window values summed; stocks: the sum of the units' values at the latest
--     as-of date in the window at which any of C's units reported (the stock at the period's end).
-- Only figures that exist at committee level alone — an ended committee's own figures for which
-- none of its units reported anything inside the span, such as the bloc's own classes, cards and
-- badges — are shared out by weight: to each successor S of today of the ended committee P, times the
-- weight of the succession P → … → S (the bloc's split of 2025: its members' shares on 31/12/2024),
-- and to S's ancestors of today; and only in the windows where no unit of the restated committee has
-- a value of the metric (no window mixes the two). Unit figures are never split by these weights:
-- units are placed one by one.
CREATE OR REPLACE MACRO restated_figure(grain) AS TABLE
WITH node AS MATERIALIZED (
    SELECT n.org_code, n.metric, n.kind, n.period_start, n.period_end, n.anchor, n.value
    FROM v_node_value n
    SEMI JOIN v_unit_today u ON u.code = n.org_code AND u.type IN ('dang_bo_co_so', 'chi_bo_co_so')
    WHERE n.scope = 'year' AND n.kind <> 'I'
),
windowed AS MATERIALIZED (
    SELECT org_code, metric, kind, CAST(year(anchor) AS INTEGER) AS year, 0 AS half, anchor, value
    FROM node
    WHERE grain = 'year'
    UNION ALL
    SELECT org_code, metric, kind, year, half, anchor, value
    FROM half_window(node)
    WHERE grain = 'half'
),
place AS (
    SELECT code AS org_code, code AS place_code, 1.0 AS weight FROM v_unit_today WHERE current
    UNION ALL
    SELECT predecessor_code, successor_code, weight FROM v_unit_successor_today
),
restated AS MATERIALIZED (
    SELECT a.ancestor_code AS org_code, w.metric, w.kind, w.year, w.half, w.anchor, sum(w.value * p.weight) AS value
    FROM windowed w
    JOIN place p ON p.org_code = w.org_code
    JOIN v_unit_today_ancestor a ON a.org_code = p.place_code
    GROUP BY ALL
),
from_units AS (
    SELECT org_code, year, half, metric,
           CASE WHEN kind = 'F' THEN sum(value) ELSE arg_max(value, anchor) END AS value
    FROM restated
    GROUP BY org_code, year, half, metric, kind
),
-- committee-level figures: an ended committee's own figures for which none of its units reported
-- anything inside the figure's span (a unit figure inside it means the committee's figure is also
-- the units', and the units are restated one by one instead)
committee_own AS MATERIALIZED (
    SELECT r.org_code, r.metric, r.kind, r.period_start, r.period_end, r.anchor, r.value
    FROM v_fact_resolved r
    SEMI JOIN v_unit_today p ON p.code = r.org_code AND p.type IN ('tinh', 'dang_bo_khoi') AND NOT p.current
    ANTI JOIN (SELECT DISTINCT node_code, metric, period_start, period_end FROM v_rollup WHERE scope = 'year') u
        ON u.node_code = r.org_code AND u.metric = r.metric
       AND u.period_start >= r.period_start AND u.period_end <= r.period_end
    WHERE r.scope = 'year' AND r.kind <> 'I'
),
committee_windowed AS (
    SELECT org_code, metric, kind, CAST(year(anchor) AS INTEGER) AS year, 0 AS half, anchor, value
    FROM committee_own
    WHERE grain = 'year'
    UNION ALL
    SELECT org_code, metric, kind, year, half, anchor, value
    FROM half_window(committee_own)
    WHERE grain = 'half'
),
committee_value AS (
    SELECT org_code, year, half, metric,
           CASE WHEN kind = 'F' THEN sum(value) ELSE arg_max(value, anchor) END AS value
    FROM committee_windowed
    GROUP BY org_code, year, half, metric, kind
),
-- shared out to each successor of today and to the successor's ancestors of today
from_predecessors AS (
    SELECT a.ancestor_code AS org_code, v.year, v.half, v.metric, sum(v.value * s.weight) AS value
    FROM committee_value v
    JOIN v_unit_successor_today s ON s.predecessor_code = v.org_code
    JOIN v_unit_today_ancestor a ON a.org_code = s.successor_code
    GROUP BY ALL
)
SELECT org_code, year, half, metric, value, 'units' AS origin FROM from_units
UNION ALL
SELECT p.org_code, p.year, p.half, p.metric, p.value, 'predecessors'
FROM from_predecessors p
ANTI JOIN from_units u ON u.org_code = p.org_code AND u.year = p.year AND u.half = p.half AND u.metric = p.metric;

CREATE OR REPLACE VIEW v_figure_restated_year AS
SELECT org_code, year, metric, value, origin FROM restated_figure('year');

CREATE OR REPLACE VIEW v_figure_restated_half AS
SELECT org_code, year, half, metric, value, origin FROM restated_figure('half');

-- ---------------------------------------------------------------------------------------------
-- Lineage of derived totals: every unit, and every ancestor it rolls up to, whose figure of a metric at a
-- date (a flow's midpoint, a stock's as-of date) includes a total derived from its parts. Charts,
-- tables and the congress pack say "tính từ các thành phần" where their window holds such a date.
CREATE OR REPLACE VIEW v_figure_derived AS
WITH derived AS (
    SELECT DISTINCT org_code, metric,
           CASE WHEN kind = 'F' THEN period_start + CAST(date_diff('day', period_start, period_end) // 2 AS INTEGER)
                ELSE period_end END AS anchor
    FROM v_fact_current
    WHERE origin = 'parts'
)
SELECT DISTINCT a.ancestor_code AS org_code, d.metric, d.anchor
FROM derived d
JOIN v_unit_ancestor a ON a.org_code = d.org_code AND d.anchor BETWEEN a.valid_from AND a.valid_to
UNION
SELECT org_code, metric, anchor FROM derived;
