-- What the warehouse is, beside its figures: one row per setting (name, value). The row 'demo' marks
-- a demo warehouse — invented sample figures about real committees, never for a document: every
-- screen and every export of it says so. "./blocstats serve --demo" (and any command with --demo)
-- sets it, with what set it as the value. A warehouse any of whose loads was the sample data is a
-- demo too, marked or not (WarehouseInfo.demo): imported_by 'sample', or — loads recorded before
-- V006 said who imported, when the first start of "serve" loaded sample-data/ into any new
-- warehouse — a file from a folder sample-data/. Such a warehouse is marked here once, for good.
CREATE TABLE warehouse_info (
    name   VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL,
    set_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
INSERT INTO warehouse_info (name, value)
SELECT 'demo', 'sample'
WHERE EXISTS (SELECT 1 FROM load
              WHERE imported_by = 'sample'
                 OR (imported_by IS NULL AND replace(file_path, '\', '/') LIKE '%/sample-data/%'));
