-- Offices' own Excel reports (docs/import-formats.md, the wide form, "wide form": rows are units, columns are metrics).

-- The header of the column that named the unit and of the column that held the value, so that a
-- problem found while publishing names the office's own column ("Tên tổ chức cơ sở đảng",
-- "Tinh giản biên chế — Cơ quan Đảng, đoàn thể"); NULL for the long form.
ALTER TABLE stg_figure_org ADD COLUMN org_column VARCHAR;
ALTER TABLE stg_figure_metric ADD COLUMN value_column VARCHAR;

-- The title lines above a wide table (matching keys), from which the committee the sheet concerns
-- is found: unit names are then matched within that committee only.
CREATE TABLE stg_sheet_scope (
    sheet    VARCHAR,
    name_key VARCHAR NOT NULL
);

-- Header labels of offices' reports, as group + part ("Tinh giản biên chế" over "Cơ quan QLNN, ĐVSN").
INSERT INTO metric_alias (alias_key, alias, metric_code, origin)
SELECT text_key(a), a, m, 'catalog' FROM (VALUES
 ('Tinh giản biên chế - Cơ quan QLNN, ĐVSN', 'staff_reductions_state'),
 ('Tinh giản biên chế - Cơ quan quản lý nhà nước, đơn vị sự nghiệp', 'staff_reductions_state'),
 ('Tinh giản biên chế - Cơ quan QLNN', 'staff_reductions_state'),
 ('Tinh giản biên chế - Cơ quan Đảng, MTTQ, đoàn thể', 'staff_reductions_party'),
 ('Tinh giản biên chế - Khối Đảng, đoàn thể', 'staff_reductions_party')
) AS t(a, m)
WHERE text_key(a) NOT IN (SELECT alias_key FROM metric_alias);
