-- Who imported a file: a user's name (the import screen, a command-line hand-off to the server),
-- 'cli:<system user>' (an import from the command line), 'inbox' (the nightly inbox), 'sample' (the
-- sample data on a first start); NULL for loads recorded before this column existed.
ALTER TABLE load ADD COLUMN imported_by VARCHAR;
