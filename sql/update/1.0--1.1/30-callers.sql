
------------------------------------------------------------------------------
-- Caller files: ntrk_load_calls gains genome_build and returns evidence and
-- genome_build.  A new parameter cannot be added in place, so the 1.0
-- signature is dropped (views using it must be dropped before the update
-- and recreated after).
------------------------------------------------------------------------------

DROP FUNCTION ntrk_load_calls(text, text, text, text);

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
