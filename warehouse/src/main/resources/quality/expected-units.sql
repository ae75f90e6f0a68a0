-- Completeness of a committee's reporting, per half-year: the grassroots units it expects a report
-- from, and whether each one reported. Read by QualityQueries (one statement, three bound parameters:
-- the committee's code, the first and the last year; NULL years mean "from the first to the last
-- half-year with a figure of the committee or of a unit that was ever under it"). A half-year in
-- which the committee did not exist has no row.
--
-- Expected: the grassroots organisations (dang_bo_co_so, chi_bo_co_so) under the committee, at any
-- depth, on the half-year's reference day — its last day, or the committee's last day within it when
-- the committee ended earlier (a bloc that ended on 31/1/2025 expects its units of that day for the
-- first half of 2025). Effective-dated: org_unit rows and v_unit_ancestor intervals valid that day.
-- Reported: the unit, or a unit under it (a chi bộ trực thuộc of a đảng bộ cơ sở), has a current
-- figure (any metric) whose period ends in the half-year: a stock as of 30/6, a flow of the first
-- half, a quarter, a cumulative figure as of a date in it.
WITH params AS (
    SELECT CAST(? AS VARCHAR) AS committee, CAST(? AS INTEGER) AS first_year, CAST(? AS INTEGER) AS last_year
),
ancestor AS MATERIALIZED (
    SELECT org_code, ancestor_code, depth, valid_from, valid_to FROM v_unit_ancestor
),
under AS MATERIALIZED (
    SELECT a.org_code, a.depth, a.valid_from, a.valid_to
    FROM ancestor a JOIN params p ON a.ancestor_code = p.committee
),
figure_end AS (
    SELECT f.period_end
    FROM fact f
    WHERE f.superseded_by IS NULL AND f.org_code IN (SELECT org_code FROM under)
),
-- Half-years are numbered year * 2 + (0 for the first half, 1 for the second).
span AS (
    SELECT coalesce(p.first_year * 2, (SELECT min(year(period_end) * 2 + CAST(month(period_end) > 6 AS INTEGER)) FROM figure_end))
               AS first_half,
           coalesce(p.last_year * 2 + 1, (SELECT max(year(period_end) * 2 + CAST(month(period_end) > 6 AS INTEGER)) FROM figure_end))
               AS last_half
    FROM params p
),
half_year AS (
    SELECT CAST(n // 2 AS INTEGER) AS year, CAST(n % 2 + 1 AS INTEGER) AS half,
           make_date(CAST(n // 2 AS INTEGER), CAST(6 * (n % 2) + 1 AS INTEGER), 1) AS period_start,
           CASE n % 2 WHEN 0 THEN make_date(CAST(n // 2 AS INTEGER), 6, 30) ELSE make_date(CAST(n // 2 AS INTEGER), 12, 31) END
               AS period_end
    FROM (SELECT unnest(range(first_half, last_half + 1)) AS n FROM span)
),
reference_day AS (
    SELECT h.year, h.half, h.period_start, h.period_end, max(least(h.period_end, c.valid_to)) AS day
    FROM half_year h
    JOIN org_unit c ON c.valid_from <= h.period_end AND c.valid_to >= h.period_start
    JOIN params p ON c.code = p.committee
    GROUP BY h.year, h.half, h.period_start, h.period_end
),
expected AS (
    SELECT DISTINCT d.year, d.half, d.period_start, d.period_end, u.code AS org_code, u.name, u.type
    FROM reference_day d
    JOIN under a ON a.depth >= 1 AND d.day BETWEEN a.valid_from AND a.valid_to
    JOIN org_unit u ON u.code = a.org_code AND d.day BETWEEN u.valid_from AND u.valid_to
    WHERE u.type IN ('dang_bo_co_so', 'chi_bo_co_so')
),
reported AS (
    SELECT DISTINCT e.year, e.half, e.org_code
    FROM expected e
    JOIN ancestor a ON a.ancestor_code = e.org_code
    JOIN fact f ON f.org_code = a.org_code AND f.superseded_by IS NULL
               AND f.period_end BETWEEN e.period_start AND e.period_end
               AND f.period_end BETWEEN a.valid_from AND a.valid_to
)
SELECT e.year, e.half, e.org_code, e.name, e.type, r.org_code IS NOT NULL AS reported
FROM expected e
LEFT JOIN reported r ON r.year = e.year AND r.half = e.half AND r.org_code = e.org_code
