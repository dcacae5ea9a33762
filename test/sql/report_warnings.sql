--
-- Clinical reports with fields that do not parse: by default such a field is
-- NULL and its row says why in warnings; strict => true raises the error
-- instead (as ntrk 1.0 always did).  Errors about the whole document stay
-- errors either way.  Fixtures are read on the client side.
--
SET datestyle = ISO;
\set f1_placeholders `cat test/fixtures/reports/f1_cdx_placeholders.xml`
\set hl7 `cat test/fixtures/reports/fhir_hl7_genomics_reporting.xml`
\set mcode `cat test/fixtures/reports/fhir_mcode_fusions.xml`

-- Run a report and show how it ended (state, message, detail).
CREATE FUNCTION warn_outcome(doc text, strict boolean)
RETURNS TABLE (state text, message text, detail text)
LANGUAGE plpgsql AS $$
DECLARE
	s text;
	m text;
	d text;
BEGIN
	PERFORM * FROM ntrk_report_alterations(doc, strict);
	RETURN QUERY SELECT 'ok'::text, NULL::text, NULL::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
	RETURN QUERY SELECT s, m, d;
END $$;

-- The signatures: strict is the second argument, false by default, and
-- warnings is the last column.
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       (SELECT a.name || ' ' || format_type(a.type, NULL)
        FROM unnest(p.proargnames, p.proallargtypes) WITH ORDINALITY AS a(name, type, n)
        ORDER BY a.n DESC LIMIT 1) AS last_column
FROM pg_proc p WHERE p.proname = 'ntrk_report_alterations' ORDER BY 1::text;

-- A de-identified FoundationOne CDx-style report whose collection date is the
-- placeholder yyyy-mm-dd: all 19 alterations come out, the date is NULL and
-- every row carries the warning; the BRCA2 rearrangement's allele fraction
-- "N/A" is NULL with a second warning.  The NTRK1 fusion is there.
SELECT count(*) AS alterations, count(collection_date) AS dates,
       count(*) FILTER (WHERE cardinality(warnings) >= 1) AS rows_warned,
       count(*) FILTER (WHERE fusion = 'TPM3::NTRK1') AS ntrk1_fusions
FROM ntrk_report_alterations(:'f1_placeholders');
SELECT alteration, gene, fusion, order_inferred, reading_frame, allele_fraction,
       cardinality(warnings) AS nwarnings
FROM ntrk_report_alterations(:'f1_placeholders')
WHERE alteration <> 'short variant' ORDER BY source_line;
\pset format unaligned
SELECT DISTINCT w AS warning
FROM ntrk_report_alterations(:'f1_placeholders'), unnest(warnings) w ORDER BY 1;
-- strict => true: the first bad field fails the call, as in 1.0.
SELECT * FROM warn_outcome(:'f1_placeholders', true);
\pset format aligned

-- HL7 genomics-reporting examples: a fusion named "ROS1 Fusion" with one gene
-- studied is a fusion with an unknown partner; the region-level copy number
-- variant names no gene: its row comes out with gene NULL and a warning.
SELECT alteration, gene, fusion, allele_fraction, copy_number, effect,
       cardinality(warnings) AS nwarnings, source_path
FROM ntrk_report_alterations(:'hl7');
\pset format unaligned
SELECT w AS warning FROM ntrk_report_alterations(:'hl7'), unnest(warnings) w;
SELECT * FROM warn_outcome(:'hl7', true);
\pset format aligned

-- mCODE examples: fusions as one variant Observation with two gene-studied
-- components (MET/ALK coded as a complex rearrangement, ETV6/RUNX1 as a
-- translocation with the display "RUNx1", BCR/ABL1 without a change type),
-- a copy number loss given as a molecular consequence, an allele frequency
-- in percent; the "Absent" pertinent negative with three genes is skipped.
-- Nothing needs a warning, and strict reading gives the same rows.
SELECT alteration, gene, fusion, order_inferred, allele_fraction, effect, specimen,
       warnings
FROM ntrk_report_alterations(:'mcode');
SELECT (SELECT array_agg(r::text) FROM ntrk_report_alterations(:'mcode') r) =
       (SELECT array_agg(r::text) FROM ntrk_report_alterations(:'mcode', strict => true) r)
       AS strict_same_rows,
       (SELECT array_agg(r::text) FROM ntrk_report_alterations(:'mcode'::xml) r) =
       (SELECT array_agg(r::text) FROM ntrk_report_alterations(:'mcode') r)
       AS xml_same_rows;

-- Hand-made edge cases the examples lack, one field each: the row stays, the
-- field is NULL, the warning names the element.
CREATE TABLE edge_cases (name text PRIMARY KEY, doc text);
INSERT INTO edge_cases VALUES
 ('unknown unit', '<Bundle xmlns="http://hl7.org/fhir"><entry><resource><DiagnosticReport><issued value="2024-05-02"/></DiagnosticReport></resource></entry>
<entry><resource><Observation><code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><coding><display value="NTRK3"/></coding></valueCodeableConcept></component>
<component><code><coding><system value="http://loinc.org"/><code value="81258-6"/></coding></code><valueQuantity><value value="12"/><code value="mg"/></valueQuantity></component>
</Observation></resource></entry></Bundle>'),
 ('copy number in percent', '<Bundle xmlns="http://hl7.org/fhir"><entry><resource><DiagnosticReport/></resource></entry>
<entry><resource><Observation><code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><text value="MET"/></valueCodeableConcept></component>
<component><code><coding><system value="http://loinc.org"/><code value="82155-3"/></coding></code><valueQuantity><value value="8"/><unit value="%"/></valueQuantity></component>
</Observation></resource></entry></Bundle>'),
 ('gene without symbol', '<Bundle xmlns="http://hl7.org/fhir"><entry><resource><DiagnosticReport/></resource></entry>
<entry><resource><Observation><code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><coding><code value="HGNC:8031"/></coding></valueCodeableConcept></component>
<component><code><coding><system value="http://loinc.org"/><code value="48005-3"/></coding></code><valueCodeableConcept><text value="p.Gly595Arg"/></valueCodeableConcept></component>
</Observation></resource></entry></Bundle>'),
 ('three genes studied', '<Bundle xmlns="http://hl7.org/fhir"><entry><resource><DiagnosticReport/></resource></entry>
<entry><resource><Observation><code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><text value="ETV6"/></valueCodeableConcept></component>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><text value="NTRK3"/></valueCodeableConcept></component>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><text value="RUNX1"/></valueCodeableConcept></component>
</Observation></resource></entry></Bundle>'),
 ('placeholder issued', '<DiagnosticReport xmlns="http://hl7.org/fhir"><effectiveDateTime value="2024"/><issued value="yyyy-mm-ddThh:mm:ss"/>
<contained><Observation><id value="v1"/><code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
<note><text value="ETV6(e5)::NTRK3(e15)"/></note>
<component><code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code><valueCodeableConcept><text value="NTRK3"/></valueCodeableConcept></component>
</Observation></contained></DiagnosticReport>'),
 ('bad partner, in-frame maybe', '<variant-report><rearrangements>
<rearrangement targeted-gene="NTRK1" other-gene="TPM3;DROP TABLE x" type="fusion" in-frame="maybe"/>
<rearrangement targeted-gene="N/A" other-gene="TPM3" type="fusion"/></rearrangements>
<short-variants><short-variant protein-effect="G595R" allele-fraction="42%"/></short-variants>
<copy-number-alterations><copy-number-alteration gene="MET" copy-number="NaN"/></copy-number-alterations></variant-report>');
SELECT e.name, r.alteration, r.gene, r.fusion, r.reading_frame, r.protein_change,
       r.allele_fraction, r.copy_number, r.collection_date, r.report_date,
       cardinality(r.warnings) AS nwarnings
FROM edge_cases e, ntrk_report_alterations(e.doc) r ORDER BY e.name, r.source_line;
\pset format unaligned
SELECT e.name, w AS warning
FROM edge_cases e, ntrk_report_alterations(e.doc) r, unnest(r.warnings) w
ORDER BY e.name, r.source_line, w;
-- Each of them fails when read strictly.
SELECT e.name, o.state, o.message
FROM edge_cases e, warn_outcome(e.doc, true) o ORDER BY e.name;

-- Whole-document errors stay errors when not reading strictly.
SELECT d.name, o.state, o.message
FROM (VALUES ('not XML', 'yyyy-mm-dd'),
             ('DTD', '<!DOCTYPE r [<!ENTITY x "y">]><variant-report/>'),
             ('unsupported root', '<Patient xmlns="http://hl7.org/fhir"/>'),
             ('too deep', repeat('<a>', 200) || repeat('</a>', 200))) AS d(name, doc),
     warn_outcome(d.doc, false) o ORDER BY d.name;
\pset format aligned

-- Well-formed reports give no warning at all.
\set f1_ntrk_fusion `cat test/fixtures/reports/f1_ntrk_fusion.xml`
\set f1_ntrk_mutation `cat test/fixtures/reports/f1_ntrk_mutation.xml`
\set f1_no_fusion_crlf `cat test/fixtures/reports/f1_no_fusion_crlf.xml`
\set f1_intragenic `cat test/fixtures/reports/f1_intragenic.xml`
\set fhir_ntrk_fusion `cat test/fixtures/reports/fhir_ntrk_fusion.xml`
\set fhir_ntrk_mutation `cat test/fixtures/reports/fhir_ntrk_mutation.xml`
\set fhir_report_only `cat test/fixtures/reports/fhir_report_only.xml`
\set fhir_one_gene `cat test/fixtures/reports/fhir_one_gene.xml`
SELECT f.name, count(*) AS alterations, sum(cardinality(r.warnings)) AS warnings
FROM (VALUES ('f1_ntrk_fusion', :'f1_ntrk_fusion'),
             ('f1_ntrk_mutation', :'f1_ntrk_mutation'),
             ('f1_no_fusion_crlf', :'f1_no_fusion_crlf'),
             ('f1_intragenic', :'f1_intragenic'),
             ('fhir_ntrk_fusion', :'fhir_ntrk_fusion'),
             ('fhir_ntrk_mutation', :'fhir_ntrk_mutation'),
             ('fhir_report_only', :'fhir_report_only'),
             ('fhir_one_gene', :'fhir_one_gene')) AS f(name, doc),
     ntrk_report_alterations(f.doc) r GROUP BY 1 ORDER BY 1;

DROP TABLE edge_cases;
DROP FUNCTION warn_outcome(text, boolean);
RESET datestyle;
