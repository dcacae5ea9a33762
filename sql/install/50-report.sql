
------------------------------------------------------------------------------
-- Clinical genomic reports (XML)
------------------------------------------------------------------------------

-- One row per alteration of a FoundationOne-style or FHIR R4 XML report.
--
-- IMMUTABLE like core's xpath() and xml_is_well_formed_document(): the rows
-- depend only on the report text and on tables compiled into the library
-- (gene symbols); no setting, table or file is read, dates are parsed as ISO
-- 8601 without DateStyle.  PARALLEL SAFE: libxml2 state is per process and
-- restored after every call.  The text and xml variants share one C function.
CREATE FUNCTION ntrk_report_alterations(report text)
	RETURNS TABLE (format text, report_id text, sample_id text, specimen text,
				   test_name text, collection_date date, report_date date,
				   alteration text, gene text, fusion fusion,
				   order_inferred boolean, exon5 integer, exon3 integer,
				   intron5 integer, intron3 integer, reading_frame text,
				   protein_change text, dna_change text, transcript text,
				   allele_fraction double precision,
				   copy_number double precision, effect text, status text,
				   source_path text, source_line integer)
	AS 'MODULE_PATHNAME', 'ntrk_report_alterations'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION ntrk_report_alterations(report xml)
	RETURNS TABLE (format text, report_id text, sample_id text, specimen text,
				   test_name text, collection_date date, report_date date,
				   alteration text, gene text, fusion fusion,
				   order_inferred boolean, exon5 integer, exon3 integer,
				   intron5 integer, intron3 integer, reading_frame text,
				   protein_change text, dna_change text, transcript text,
				   allele_fraction double precision,
				   copy_number double precision, effect text, status text,
				   source_path text, source_line integer)
	AS 'MODULE_PATHNAME', 'ntrk_report_alterations'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION ntrk_report_alterations(text) IS
	'alterations (fusions, short variants, copy numbers) of a FoundationOne-style or FHIR R4 XML report, one row each; at most 10 MB, no DTD';
COMMENT ON FUNCTION ntrk_report_alterations(xml) IS
	'alterations (fusions, short variants, copy numbers) of a FoundationOne-style or FHIR R4 XML report, one row each; at most 10 MB, no DTD';
