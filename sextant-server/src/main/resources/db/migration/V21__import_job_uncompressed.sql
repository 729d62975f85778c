-- An import job's file and document are kept only until the import is done (then set to null), and are
-- written and read once each. PostgreSQL's default compression (pglz) of these megabytes cost more CPU
-- than the bytes save (issue 4: ~70 ms to store a 6 MB XER file, as much again for its JSON document,
-- plus decompressing both when read back). Stored out of line, uncompressed.
alter table import_job alter column content set storage external;
alter table import_job alter column document set storage external;
