-- blocstats warehouse, version 1: reference data, facts with lineage, load history.
-- Conventions
--   * codes are VARCHAR as written by the offices (e.g. '74-KCQDN-017');
--   * dates are DATE; a "point" fact (a stock, or a cumulative flow) has period_start = period_end;
--   * values are DOUBLE: every catalog metric is a count, exact in a double up to 2^53;
--   * *_key columns hold TextKey.key(...) of a label: NFC, lower case, no diacritics, '_' between words.

CREATE SEQUENCE seq_load_id START 1;

-- The metric catalog (seeded by V002; administrators may add aliases).
CREATE TABLE metric (
    code        VARCHAR PRIMARY KEY,
    label_vi    VARCHAR NOT NULL,
    label_en    VARCHAR NOT NULL,
    -- 'S' stock (last value over a period), 'F' flow (sum over a period),
    -- 'Y' yearly stock (ratings, as of the year's end), 'I' indicator (computed, never imported)
    kind        VARCHAR NOT NULL CHECK (kind IN ('S', 'F', 'Y', 'I')),
    unit_vi     VARCHAR NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
);

-- Labels and aliases by which a metric is recognised in headers and in the "Chỉ tiêu" column.
CREATE TABLE metric_alias (
    alias_key   VARCHAR PRIMARY KEY,
    alias       VARCHAR NOT NULL,
    metric_code VARCHAR NOT NULL REFERENCES metric (code),
    origin      VARCHAR NOT NULL DEFAULT 'catalog' CHECK (origin IN ('catalog', 'admin'))
);

-- Rules "total = sum of parts" (checked with a warning at import).
CREATE TABLE metric_part (
    total_code  VARCHAR NOT NULL REFERENCES metric (code),
    part_code   VARCHAR NOT NULL REFERENCES metric (code),
    PRIMARY KEY (total_code, part_code)
);

-- Every import of a file (also dry runs, which are rolled back and so never stay here).
CREATE TABLE load (
    load_id          BIGINT PRIMARY KEY,
    file_name        VARCHAR NOT NULL,
    file_path        VARCHAR,
    file_sha256      VARCHAR NOT NULL,
    table_kind       VARCHAR,
    status           VARCHAR NOT NULL,  -- LOADED | PARTIAL | FAILED
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    rows_read        BIGINT NOT NULL DEFAULT 0,
    rows_loaded      BIGINT NOT NULL DEFAULT 0,
    rows_rejected    BIGINT NOT NULL DEFAULT 0,
    warnings         BIGINT NOT NULL DEFAULT 0,
    job_execution_id BIGINT
);

-- Rejected rows (severity 'error') and warnings of each load.
CREATE TABLE load_issue (
    load_id     BIGINT NOT NULL,
    severity    VARCHAR NOT NULL CHECK (severity IN ('error', 'warning')),
    file_name   VARCHAR NOT NULL,
    sheet       VARCHAR,
    row_no      INTEGER,
    column_name VARCHAR,
    value       VARCHAR,
    reason      VARCHAR NOT NULL,
    rule        VARCHAR NOT NULL
);

-- Organisation units, effective-dated: a code may stand on several rows with non-overlapping
-- validity; each row gives the unit's name, type and parent for that interval.
CREATE TABLE org_unit (
    code        VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    name_key    VARCHAR NOT NULL,
    type        VARCHAR NOT NULL CHECK (type IN ('tinh', 'dang_bo_khoi', 'dang_bo_co_so', 'chi_bo_co_so', 'chi_bo_truc_thuoc')),
    parent_code VARCHAR,
    valid_from  DATE NOT NULL DEFAULT DATE '0001-01-01',
    valid_to    DATE NOT NULL DEFAULT DATE '9999-12-31',
    load_id     BIGINT NOT NULL,
    source_row  INTEGER,
    PRIMARY KEY (code, valid_from)
);

-- A unit taken over by others (merge, split, rename): weight is the successor's share for a split.
CREATE TABLE org_succession (
    predecessor_code VARCHAR NOT NULL,
    successor_code   VARCHAR NOT NULL,
    weight           DOUBLE NOT NULL DEFAULT 1,
    effective_date   DATE,
    load_id          BIGINT NOT NULL,
    PRIMARY KEY (predecessor_code, successor_code)
);

-- Terms (nhiệm kỳ) of a committee: from the congress date to the day before the next congress.
CREATE TABLE term (
    committee_code  VARCHAR NOT NULL,
    term_label      VARCHAR NOT NULL,   -- '2015-2020'
    congress_number INTEGER NOT NULL,
    start_year      INTEGER NOT NULL,
    end_year        INTEGER NOT NULL,
    start_date      DATE NOT NULL,
    end_date        DATE NOT NULL,
    load_id         BIGINT NOT NULL,
    PRIMARY KEY (committee_code, term_label)
);

-- Targets (chỉ tiêu) set for a committee's term.
CREATE TABLE target (
    committee_code VARCHAR NOT NULL,
    term_label     VARCHAR NOT NULL,
    metric_code    VARCHAR NOT NULL REFERENCES metric (code),
    target_kind    VARCHAR NOT NULL CHECK (target_kind IN ('tong_nhiem_ky', 'hang_nam', 'ty_le_toi_thieu')),
    source         VARCHAR NOT NULL CHECK (source IN ('nghi_quyet', 'tinh_uy_giao')),
    value          DOUBLE NOT NULL,   -- a count, or a share in percent (90 = 90 %)
    load_id        BIGINT NOT NULL,
    PRIMARY KEY (committee_code, term_label, metric_code, target_kind, source)
);

-- Figures as reported, with lineage. A re-imported figure (same org, metric, period, basis)
-- supersedes the old one: the old row stays, with superseded_by = the load that replaced it.
CREATE TABLE fact (
    org_code      VARCHAR NOT NULL,
    metric_code   VARCHAR NOT NULL,
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    basis         VARCHAR NOT NULL CHECK (basis IN ('ky', 'luy_ke')),
    value         DOUBLE NOT NULL,
    period_text   VARCHAR,
    note          VARCHAR,
    load_id       BIGINT NOT NULL,
    source_sheet  VARCHAR,
    source_row    INTEGER,
    superseded_by BIGINT
);

-- Staging tables: filled by the import's first step (Appender), emptied by the publish step.
-- Figures are staged dictionary-encoded: the values that repeat (unit, metric, period, sheet) sit
-- once in small side tables and each row holds integer references (the Appender writes narrow
-- numeric rows about three times faster than rows of strings).
CREATE TABLE stg_figure (
    sheet_ref    INTEGER,            -- stg_sheet.ref; NULL for CSV
    row_no       INTEGER NOT NULL,
    org_ref      INTEGER NOT NULL,   -- stg_figure_org.ref
    metric_ref   INTEGER NOT NULL,   -- stg_figure_metric.ref
    period_ref   INTEGER NOT NULL,   -- stg_figure_period.ref
    cumulative   BOOLEAN NOT NULL,   -- basis 'luy_ke'
    value        DOUBLE NOT NULL,
    note         VARCHAR
);

CREATE TABLE stg_sheet (ref INTEGER NOT NULL, name VARCHAR NOT NULL);

CREATE TABLE stg_figure_org (
    ref          INTEGER NOT NULL,
    org_code     VARCHAR,
    org_name     VARCHAR,
    org_name_key VARCHAR
);

CREATE TABLE stg_figure_metric (ref INTEGER NOT NULL, metric_code VARCHAR NOT NULL);

CREATE TABLE stg_figure_period (
    ref          INTEGER NOT NULL,
    period_kind  VARCHAR NOT NULL,   -- see Period.Kind; 'TERM' is resolved against the term table
    period_start DATE,               -- a point (stock, cumulative) has start = end
    period_end   DATE,
    term_label   VARCHAR,
    period_text  VARCHAR
);

CREATE TABLE stg_unit (
    sheet             VARCHAR,
    row_no            INTEGER,
    code              VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    name_key          VARCHAR NOT NULL,
    type              VARCHAR NOT NULL,
    parent_code       VARCHAR,
    valid_from        DATE NOT NULL,
    valid_to          DATE NOT NULL,
    successor_codes   VARCHAR,    -- ';'-separated
    successor_weights VARCHAR     -- ';'-separated, same order
);

CREATE TABLE stg_term (
    sheet           VARCHAR,
    row_no          INTEGER,
    committee_code  VARCHAR NOT NULL,
    term_label      VARCHAR NOT NULL,
    congress_number INTEGER NOT NULL,
    start_year      INTEGER NOT NULL,
    end_year        INTEGER NOT NULL,
    start_date      DATE NOT NULL,
    end_date        DATE            -- empty: the day before the next term's congress
);

CREATE TABLE stg_target (
    sheet          VARCHAR,
    row_no         INTEGER,
    committee_code VARCHAR NOT NULL,
    term_label     VARCHAR NOT NULL,
    metric_code    VARCHAR NOT NULL,
    target_kind    VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    value          DOUBLE NOT NULL
);

-- Problems found while staging (reason given) and while publishing (reason NULL: formatted in
-- Java from rule and the arguments a1..a6, ISO dates among them shown as d/M/yyyy).
CREATE TABLE stg_issue (
    severity    VARCHAR NOT NULL,
    sheet       VARCHAR,
    row_no      INTEGER,
    column_name VARCHAR,
    value       VARCHAR,
    reason      VARCHAR,
    rule        VARCHAR NOT NULL,
    a1 VARCHAR, a2 VARCHAR, a3 VARCHAR, a4 VARCHAR, a5 VARCHAR, a6 VARCHAR
);
