
-- Clinical reports: ntrk_report_alterations gains strict boolean DEFAULT false
-- and a warnings text[] column.  A function's arguments and result columns
-- cannot change in place, so the 1.0 functions are dropped (views using them
-- must be dropped before the update and recreated after).
DROP FUNCTION ntrk_report_alterations(text);
DROP FUNCTION ntrk_report_alterations(xml);

CREATE FUNCTION ntrk_report_alterations(report text, strict boolean DEFAULT false)
	RETURNS TABLE (format text, report_id text, sample_id text, specimen text,
				   test_name text, collection_date date, report_date date,
				   alteration text, gene text, fusion fusion,
				   order_inferred boolean, exon5 integer, exon3 integer,
				   intron5 integer, intron3 integer, reading_frame text,
				   protein_change text, dna_change text, transcript text,
				   allele_fraction double precision,
				   copy_number double precision, effect text, status text,
				   source_path text, source_line integer, warnings text[])
	AS 'MODULE_PATHNAME', 'ntrk_report_alterations'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION ntrk_report_alterations(report xml, strict boolean DEFAULT false)
	RETURNS TABLE (format text, report_id text, sample_id text, specimen text,
				   test_name text, collection_date date, report_date date,
				   alteration text, gene text, fusion fusion,
				   order_inferred boolean, exon5 integer, exon3 integer,
				   intron5 integer, intron3 integer, reading_frame text,
				   protein_change text, dna_change text, transcript text,
				   allele_fraction double precision,
				   copy_number double precision, effect text, status text,
				   source_path text, source_line integer, warnings text[])
	AS 'MODULE_PATHNAME', 'ntrk_report_alterations'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION ntrk_report_alterations(text, boolean) IS
	'alterations (fusions, short variants, copy numbers) of a FoundationOne-style or FHIR R4 XML report, one row each; a field that cannot be read is NULL with a warning (an error with strict => true); at most 10 MB, no DTD';
COMMENT ON FUNCTION ntrk_report_alterations(xml, boolean) IS
	'alterations (fusions, short variants, copy numbers) of a FoundationOne-style or FHIR R4 XML report, one row each; a field that cannot be read is NULL with a warning (an error with strict => true); at most 10 MB, no DTD';
