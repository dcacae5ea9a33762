--
-- Clinical genomic XML reports: ntrk_report_alterations(xml | text).
-- Fixtures are in test/fixtures/reports (pg_regress runs psql in the top
-- directory of the tree).
--
\set fixtures test/fixtures/reports
\i test/fixtures/load.psql
SET datestyle = ISO;
CREATE TABLE report_files (name text PRIMARY KEY, body text);
INSERT INTO report_files
SELECT f, pg_temp.fixture(:'fixtures' || '/' || f || '.xml')
FROM unnest(ARRAY['f1_ntrk_fusion', 'f1_ntrk_mutation', 'f1_no_fusion_crlf',
                  'f1_intragenic', 'f1_empty', 'fhir_ntrk_fusion',
                  'fhir_ntrk_mutation', 'fhir_report_only', 'fhir_one_gene']) AS f;

-- Labels: parsing is deterministic (no setting, table or file is read).
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p WHERE p.proname = 'ntrk_report_alterations' ORDER BY p.oid::regprocedure::text;

-- Report-level fields, one line per report (f1_empty has no alteration).
SELECT f.name, r.format, r.report_id, r.sample_id, r.specimen, r.test_name,
       r.collection_date, r.report_date, count(r.format) AS alterations
FROM report_files f
LEFT JOIN LATERAL ntrk_report_alterations(f.body) r ON true
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1;

-- FoundationOne-style, namespaced: the targeted gene is listed first.
-- "TPM3-NTRK1 fusion" names the partner first, against the listing: stated
-- order.  No description: order kept as listed, flagged inferred.  A trailing
-- remark "(E13; A20)" does not hide the order.
SELECT alteration, gene, fusion, order_inferred, reading_frame, protein_change,
       dna_change, transcript, allele_fraction, copy_number, effect, status
FROM report_files, ntrk_report_alterations(body) WHERE name = 'f1_ntrk_fusion';
SELECT source_path, source_line
FROM report_files, ntrk_report_alterations(body) WHERE name = 'f1_ntrk_fusion';

-- Without namespaces; aliases resolve (TRKA is NTRK1); introns from the
-- description; the fusion after a TRK inhibitor with two kinase mutations.
SELECT alteration, gene, fusion, order_inferred, intron5, intron3, reading_frame,
       protein_change, dna_change, allele_fraction, status, source_line
FROM report_files, ntrk_report_alterations(body) WHERE name = 'f1_ntrk_mutation';

-- No fusion; CRLF line ends (lines still count right); UTF-8 names above.
SELECT alteration, gene, fusion, protein_change, allele_fraction, copy_number,
       effect, source_line
FROM report_files, ntrk_report_alterations(body) WHERE name = 'f1_no_fusion_crlf';

-- A bare variant-report: intragenic NTRK1 (not a fusion) and an NTRK2
-- truncation whose partner is "N/A" (unknown partner).
SELECT alteration, gene, fusion, fusion_kind(fusion) AS kind, order_inferred,
       intron5, intron3, reading_frame, effect, source_path, source_line
FROM report_files, ntrk_report_alterations(body) WHERE name = 'f1_intragenic';

-- FHIR R4: the fusion's order comes from the note "ETV6(e5)::NTRK3(e15)",
-- although the gene-studied components list NTRK3 first; the contained TP53
-- variant is read in document order; the KRAS variant reported absent, the
-- TMB observation and the unknown component code are skipped.
SELECT alteration, gene, fusion, order_inferred, exon5, exon3, protein_change,
       dna_change, allele_fraction, effect, status, source_path, source_line
FROM report_files, ntrk_report_alterations(body) WHERE name = 'fhir_ntrk_fusion';

-- FHIR R4: allele frequency given in percent, copy number as valueInteger,
-- a fusion whose hyphenated note agrees with the component order (inferred).
SELECT alteration, gene, fusion, order_inferred, protein_change, transcript,
       allele_fraction, copy_number, effect, status, source_path
FROM report_files, ntrk_report_alterations(body) WHERE name = 'fhir_ntrk_mutation';

-- FHIR R4: a DiagnosticReport on its own (no Bundle), its specimen and
-- Observations contained: the fusion's order comes from its note.
SELECT alteration, gene, fusion, order_inferred, exon5, exon3, protein_change, source_path
FROM report_files, ntrk_report_alterations(body) WHERE name = 'fhir_report_only';

-- FHIR R4 with less structure: one gene studied and a note naming the fusion
-- (no fusion code) is a fusion; a point mutation whose note names a fusion
-- of other genes stays a short variant; two NTRK1 gene-studied components
-- are an intragenic rearrangement, with the introns of its note.
SELECT alteration, gene, fusion, order_inferred, protein_change, intron5, intron3, source_path
FROM report_files, ntrk_report_alterations(body) WHERE name = 'fhir_one_gene';

-- The xml and text variants give the same rows.
SELECT name,
       (SELECT array_agg(r::text) FROM ntrk_report_alterations(body::xml) r) IS NOT DISTINCT FROM
       (SELECT array_agg(r::text) FROM ntrk_report_alterations(body) r) AS same_rows
FROM report_files ORDER BY name;

-- The flag is the fusion value's own order flag, and the rows feed the type.
SELECT r.fusion, r.order_inferred = NOT fusion_order_guaranteed(r.fusion) AS consistent,
       r.fusion = 'TPM3::NTRK1' AS is_tpm3_ntrk1, r.fusion ? 'TRKA' AS involves_trka
FROM report_files f, ntrk_report_alterations(f.body) r
WHERE r.fusion IS NOT NULL ORDER BY f.name, r.source_line;

-- The declared encoding is ignored: the text is already decoded.
SELECT specimen, gene FROM ntrk_report_alterations(
  '<?xml version="1.0" encoding="ISO-8859-1"?>
   <variant-report specimen="Cœur, biopsie"><short-variants>
   <short-variant gene="NTRK2" protein-effect="G639R"/></short-variants></variant-report>');

-- Errors: SQLSTATE, message and detail (never libxml2's own text).  Read
-- with strict => true, so that a bad field is an error as in ntrk 1.0 (the
-- default, a NULL with a warning, is tested in report_warnings).
CREATE FUNCTION report_error(doc text)
RETURNS TABLE (state text, message text, detail text)
LANGUAGE plpgsql AS $$
DECLARE
	s text;
	m text;
	d text;
BEGIN
	PERFORM * FROM ntrk_report_alterations(doc, strict => true);
	RETURN QUERY SELECT 'ok'::text, NULL::text, NULL::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
	RETURN QUERY SELECT s, m, d;
END $$;

\pset format unaligned
\pset fieldsep ' | '
-- Not well-formed (2200M), not a report (2200N).
SELECT * FROM report_error('');
SELECT * FROM report_error('<variant-report><rearrangements></variant-report>');
SELECT * FROM report_error('<variant-report/><variant-report/>');
SELECT * FROM report_error('<rr:ResultsReport/>');
SELECT * FROM report_error('<variant-report specimen="&foo;"/>');
SELECT * FROM report_error('<Patient xmlns="http://hl7.org/fhir"/>');
SELECT * FROM report_error('<ResultsReport><ResultsPayload/></ResultsReport>');
SELECT * FROM report_error('<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/></Bundle>');
SELECT * FROM report_error('<Bundle xmlns="urn:not-fhir"/>');
SELECT * FROM report_error('<DiagnosticReport xmlns="urn:not-fhir"/>');
-- Bad field values (22P02), named with element, line and path.
SELECT * FROM report_error('<variant-report><short-variants>
<short-variant gene="NTRK1" allele-fraction="42%"/></short-variants></variant-report>');
SELECT * FROM report_error('<variant-report><short-variants>
<short-variant gene="NTRK1" allele-fraction="1.5"/></short-variants></variant-report>');
SELECT * FROM report_error('<variant-report><short-variants>
<short-variant protein-effect="G595R"/></short-variants></variant-report>');
SELECT * FROM report_error('<variant-report><copy-number-alterations>
<copy-number-alteration gene="MET" copy-number="NaN"/></copy-number-alterations></variant-report>');
SELECT * FROM report_error('<variant-report><rearrangements>
<rearrangement targeted-gene="NTRK1" other-gene="TPM3;DROP TABLE x"/></rearrangements></variant-report>');
SELECT * FROM report_error('<variant-report><rearrangements>
<rearrangement targeted-gene="N/A" other-gene="TPM3"/></rearrangements></variant-report>');
SELECT * FROM report_error('<variant-report><rearrangements>
<rearrangement targeted-gene="NTRK1" other-gene="TPM3" in-frame="maybe"/></rearrangements></variant-report>');
SELECT * FROM report_error('<ResultsReport><ResultsPayload><FinalReport><PMI><CollDate>02/27/2023</CollDate></PMI></FinalReport>
<variant-report/></ResultsPayload></ResultsReport>');
SELECT * FROM report_error('<Bundle xmlns="http://hl7.org/fhir"><entry><resource><DiagnosticReport/></resource></entry>
<entry><resource><Observation><code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code>
<valueCodeableConcept><coding><code value="HGNC:8031"/></coding></valueCodeableConcept></component>
</Observation></resource></entry></Bundle>');
\pset format aligned

DROP FUNCTION report_error(text);
DROP TABLE report_files;
RESET datestyle;
