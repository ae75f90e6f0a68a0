-- Outliers among the file's figures (after they are loaded, same transaction): each in-period
-- ('ky') flow and each stock of the file against the same unit's current series of that metric
-- with periods of the same length (flows: the span's length in months, rounded; stocks: as-of
-- dates). Cumulative ('luy_ke') figures are not judged.
--   jump: against the previous period of the series, at least ×5 or ÷5 (from or to 0 included),
--         and at least 20 apart;
--   band: when the unit has at least 4 earlier periods (the last 8 are used), farther from their
--         median than 5 × their MAD (median absolute deviation, at least 1) and at least
--         max(20, half the median) from it.
-- Warnings only: the figures are loaded. One row per figure that is either.
WITH incoming AS (
    SELECT DISTINCT code AS org_code, metric_code FROM pf_final WHERE basis = 'ky'
),
series AS (
    SELECT f.org_code, f.metric_code, f.period_start, f.period_end, f.value, f.load_id,
           CASE WHEN m.kind = 'F' THEN CAST(round((date_diff('day', f.period_start, f.period_end) + 1) / 30.4375) AS INTEGER)
                ELSE 0 END AS months
    FROM fact f
    JOIN metric m ON m.code = f.metric_code
    SEMI JOIN incoming i ON i.org_code = f.org_code AND i.metric_code = f.metric_code
    WHERE f.superseded_by IS NULL AND f.basis = 'ky'
),
judged AS (
    SELECT *,
           lag(value) OVER p AS prev_value, lag(period_start) OVER p AS prev_start, lag(period_end) OVER p AS prev_end,
           count(*) OVER h AS n_hist, median(value) OVER h AS med, mad(value) OVER h AS mad
    FROM series
    WINDOW p AS (PARTITION BY org_code, metric_code, months ORDER BY period_end, period_start),
           h AS (PARTITION BY org_code, metric_code, months ORDER BY period_end, period_start
                 ROWS BETWEEN 8 PRECEDING AND 1 PRECEDING)
),
flagged AS (
    SELECT *,
           prev_value IS NOT NULL AND abs(value - prev_value) >= 20
               AND (value >= 5 * prev_value OR prev_value >= 5 * value) AS jump,
           n_hist >= 4 AND abs(value - med) > 5 * greatest(mad, 1)
               AND abs(value - med) >= greatest(20, 0.5 * abs(med)) AS band
    FROM judged
    WHERE load_id = (SELECT load_id FROM pub_ctx)
)
SELECT p.sheet, p.row_no, p.value_column, f.org_code, m.label_vi, f.period_start, f.period_end, f.value,
       f.jump, f.prev_value, f.prev_start, f.prev_end, f.band, f.n_hist, f.med, f.mad
FROM flagged f
JOIN metric m ON m.code = f.metric_code
LEFT JOIN (SELECT code, metric_code, p_start, p_end, arg_min(sheet, rid) AS sheet, arg_min(row_no, rid) AS row_no,
                  arg_min(value_column, rid) AS value_column
           FROM pf_final WHERE basis = 'ky' GROUP BY ALL) p
       ON p.code = f.org_code AND p.metric_code = f.metric_code AND p.p_start = f.period_start AND p.p_end = f.period_end
WHERE f.jump OR f.band
ORDER BY p.sheet NULLS FIRST, p.row_no, m.sort_order
