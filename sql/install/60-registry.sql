------------------------------------------------------------------------------
-- Registry ingestion: file loaders, the registry trigger and its quarantine
------------------------------------------------------------------------------

-- Not STRICT: a NULL format means 'auto', NULL caller_name/sample_name mean
-- "take them from the file", NULL genome_build means "not known", and NULL
-- content gives no rows.
CREATE FUNCTION ntrk_load_calls(content text, format text DEFAULT 'auto',
								caller_name text DEFAULT NULL,
								sample_name text DEFAULT NULL,
								genome_build text DEFAULT NULL)
	RETURNS TABLE (sample_id text, fusion fusion, order_inferred boolean,
				   reading_frame text, exon5 integer, exon3 integer,
				   transcript5 text, transcript3 text,
				   breakpoint5 text, breakpoint3 text,
				   split_reads integer, spanning_reads integer, caller text,
				   line_number integer, original_line text, error text, note text,
				   evidence text, genome_build text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_load_calls(text, text, text, text, text) IS
	'read a fusion caller or portal file (star-fusion, ctat-lr-fusion, fusioninspector, arriba, fusioncatcher, jaffa, ericscript, pizzly, squid, dragen, annofuse, cbioportal-sv, cbioportal-fusions, oncokb-sv, oncokb-fusion, sample-fusion, or auto, which refuses a header it does not know) and return one row per call with the true 5''->3'' fusion; lines that cannot be read come back with a NULL fusion and an error; genome_build (GRCh38/hg38/38, GRCh37/hg19/37) is returned in its canonical form on every row';

-- Quarantine: rows the registry trigger could not read.  All rows are user
-- data, so pg_dump keeps them (pg_extension_config_dump below).
CREATE SEQUENCE ntrk_quarantine_id_seq;
COMMENT ON SEQUENCE ntrk_quarantine_id_seq IS
	'ids of ntrk_quarantine rows';

CREATE TABLE ntrk_quarantine (
	id bigint PRIMARY KEY
		DEFAULT pg_catalog.nextval('ntrk_quarantine_id_seq'::pg_catalog.regclass),
	table_schema text NOT NULL,
	table_name text NOT NULL,
	operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE')),
	action text NOT NULL CHECK (action IN ('kept', 'skipped')),
	raw_value text NOT NULL,
	error text NOT NULL,
	sqlstate text NOT NULL,
	row_data jsonb NOT NULL,
	old_row jsonb,
	quarantined_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	quarantined_by text NOT NULL
);
CREATE INDEX ntrk_quarantine_table_idx ON ntrk_quarantine (table_schema, table_name, id);

COMMENT ON TABLE ntrk_quarantine IS
	'rows ntrk_registry_trigger could not read, with the error; ntrk_quarantine_retry moves them back once they parse';
COMMENT ON COLUMN ntrk_quarantine.id IS 'order of arrival';
COMMENT ON COLUMN ntrk_quarantine.table_schema IS 'schema of the table the row was written to';
COMMENT ON COLUMN ntrk_quarantine.table_name IS 'table the row was written to';
COMMENT ON COLUMN ntrk_quarantine.operation IS 'INSERT or UPDATE';
COMMENT ON COLUMN ntrk_quarantine.action IS 'kept: the row was stored with a NULL fusion; skipped: it was not stored (for UPDATE: the old row stayed)';
COMMENT ON COLUMN ntrk_quarantine.raw_value IS 'the raw fusion text that failed';
COMMENT ON COLUMN ntrk_quarantine.error IS 'why it failed';
COMMENT ON COLUMN ntrk_quarantine.sqlstate IS 'the SQLSTATE the error would have had (22P02)';
COMMENT ON COLUMN ntrk_quarantine.row_data IS 'the row as it was written, as jsonb';
COMMENT ON COLUMN ntrk_quarantine.old_row IS 'for UPDATE: the row before the update, as jsonb';
COMMENT ON COLUMN ntrk_quarantine.quarantined_at IS 'time of the transaction that wrote the row';
COMMENT ON COLUMN ntrk_quarantine.quarantined_by IS 'the user who wrote the row';
COMMENT ON INDEX ntrk_quarantine_table_idx IS 'finds one table''s quarantined rows in order';

SELECT pg_catalog.pg_extension_config_dump('ntrk_quarantine', '');
SELECT pg_catalog.pg_extension_config_dump('ntrk_quarantine_id_seq', '');

-- Registry trigger.  Writes the quarantine, so it is VOLATILE and
-- PARALLEL UNSAFE.
CREATE FUNCTION ntrk_registry_trigger() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION ntrk_registry_trigger() IS
	'BEFORE INSERT OR UPDATE row trigger: parses the raw column (argument 1) into the fusion column (argument 2), fills classification columns (class=, ntrk_gene=, partner=, driver_gene=, actionable=, orientation_inferred=, kinase_kept=, reason=; frame= names the reading-frame column) and sends bad rows to ntrk_quarantine, keeping them with a NULL fusion (on_error=keep, default) or skipping them (on_error=skip)';

CREATE FUNCTION ntrk_quarantine_retry(tbl regclass)
	RETURNS TABLE (quarantine_id bigint, outcome text, error text)
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;
COMMENT ON FUNCTION ntrk_quarantine_retry(regclass) IS
	'parse the table''s quarantined rows again and move those that now parse back into it (inserted / updated / resolved), in the caller''s transaction; the others stay (still failing, failed, no key, row gone)';
