-- The analysts' views are computed when queried. For the screens, their results are also kept as
-- tables (figure_year, figure_term, target_attainment, target_attainment_year), rebuilt in one
-- transaction after every import run (FigureTables.refresh); this row says up to which load they are
-- current, so that a reader can fall back to the live views when they are not.
CREATE TABLE figure_refresh (
    refreshed_at TIMESTAMP NOT NULL,
    last_load_id BIGINT NOT NULL
);
