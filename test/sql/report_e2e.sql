--
-- End to end: clinical XML reports -> rows (ntrk_report_alterations) ->
-- classification (ntrk_classify, ntrk_variant_class, ntrk_patient_status)
-- -> therapy guidance (ntrk_guidance).
--
\set fixtures test/fixtures/reports
\i test/fixtures/load.psql
CREATE TABLE e2e_reports (patient text PRIMARY KEY, tumour_type text,
                          prior_trk_inhibitors text[], report text);
INSERT INTO e2e_reports VALUES
  ('P1', 'colorectal cancer', '{}', pg_temp.fixture(:'fixtures' || '/f1_ntrk_fusion.xml')),
  ('P2', 'colorectal cancer', '{larotrectinib}', pg_temp.fixture(:'fixtures' || '/f1_ntrk_mutation.xml')),
  ('P3', 'NSCLC', '{}', pg_temp.fixture(:'fixtures' || '/f1_no_fusion_crlf.xml')),
  ('P4', 'soft tissue sarcoma', '{}', pg_temp.fixture(:'fixtures' || '/f1_intragenic.xml')),
  ('P5', 'salivary gland cancer', '{}', pg_temp.fixture(:'fixtures' || '/fhir_ntrk_fusion.xml')),
  ('P6', 'salivary gland cancer', '{entrectinib}', pg_temp.fixture(:'fixtures' || '/fhir_ntrk_mutation.xml'));

-- A registry table filled straight from the reports.
CREATE TABLE e2e_alterations AS
SELECT p.patient, r.*
FROM e2e_reports p, ntrk_report_alterations(p.report) r;

-- The changes ntrk_variant_class takes: protein changes of the genes it
-- knows, and amplifications ("amplification" in FoundationOne-style reports,
-- SO copy_number_gain in FHIR).
CREATE VIEW e2e_changes AS
SELECT a.patient, a.gene,
       CASE WHEN a.alteration = 'copy number' THEN 'amplification' ELSE a.protein_change END AS change
FROM e2e_alterations a
WHERE a.gene IN ('NTRK1', 'NTRK2', 'NTRK3', 'KRAS', 'BRAF', 'MET')
  AND (a.alteration = 'short variant' OR a.effect IN ('amplification', 'copy_number_gain'));

SELECT patient, alteration, count(*) FROM e2e_alterations GROUP BY 1, 2 ORDER BY 1, 2;

-- Fusions: classification sees the order flag the report gave.  NTRK3/ETV6
-- (kinase listed first, order not stated) is repaired to ETV6::NTRK3.
SELECT a.patient, a.fusion, a.order_inferred, a.reading_frame,
       c.class, c.actionable, c.orientation_inferred, c.ntrk_gene, c.partner
FROM e2e_alterations a, ntrk_classify(a.fusion, a.reading_frame) c
WHERE a.fusion IS NOT NULL ORDER BY a.patient, a.source_line;

-- Protein changes and amplifications.
SELECT c.patient, c.gene, c.change, v.protein_change, v.variant_class, v.known_resistance
FROM e2e_changes c, ntrk_variant_class(c.gene, c.change) v ORDER BY 1, 2, 3;

-- Patient status from every row of the patient.
SELECT r.patient, (s).status, (s).ntrk_gene, (s).fusion, (s).resistance, (s).prior_trk_inhibitor
FROM (SELECT p.patient,
             ntrk_patient_status(x.fusion, x.reading_frame, x.gene, x.change,
                                 cardinality(p.prior_trk_inhibitors) > 0) AS s
      FROM e2e_reports p
      JOIN (SELECT a.patient, a.fusion, a.reading_frame, NULL AS gene, NULL AS change
            FROM e2e_alterations a WHERE a.fusion IS NOT NULL
            UNION ALL
            SELECT c.patient, NULL, NULL, c.gene, c.change FROM e2e_changes c) x
        ON x.patient = p.patient
      GROUP BY p.patient) r
ORDER BY 1;

-- Guidance: the first two ranks per patient.  JIT is off because compiling
-- the inlined guidance plan takes about 2 s here, against 26 ms to run it.
SET jit = off;
SELECT p.patient, g.rank, g.biomarker_state, g.therapy
FROM e2e_reports p
CROSS JOIN LATERAL (
  SELECT (SELECT coalesce(array_agg(a.fusion), '{}') FROM e2e_alterations a
          WHERE a.patient = p.patient AND a.fusion IS NOT NULL) AS fusions,
         (SELECT array_agg(c.gene || ' ' || c.change) FROM e2e_changes c
          WHERE c.patient = p.patient) AS mutations) x
CROSS JOIN LATERAL ntrk_guidance(fusions => x.fusions, mutations => x.mutations,
                                 prior_trk_inhibitors => p.prior_trk_inhibitors,
                                 tumour_type => p.tumour_type, stage => 'metastatic') g
WHERE g.rank <= 2
ORDER BY 1, 2, 4;
RESET jit;

DROP VIEW e2e_changes;
DROP TABLE e2e_alterations;
DROP TABLE e2e_reports;
