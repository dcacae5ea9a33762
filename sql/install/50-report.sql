
------------------------------------------------------------------------------
-- Clinical genomic reports (XML)
------------------------------------------------------------------------------

-- One row per alteration of a FoundationOne-style or FHIR R4 XML report.
--
-- A field that cannot be read (a placeholder date, "N/A" for a number, an
-- unknown unit, an Observation naming no gene) is NULL, and the row's
-- warnings say why; strict => true makes it an error instead, as in 1.0.
-- Errors about the whole document (not XML, a DTD, too large, too deep, not
-- a report) are raised either way.
--
-- IMMUTABLE like core's xpath() and xml_is_well_formed_document(): the rows
-- depend only on the arguments and on tables compiled into the library
-- (gene symbols); no setting, table or file is read, dates are parsed as ISO
-- 8601 without DateStyle.  PARALLEL SAFE: libxml2 state is per process and
-- restored after every call.  The text and xml variants share one C function.
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
