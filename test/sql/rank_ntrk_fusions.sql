--
-- Partner ranking counts NTRK fusions only: a sample counts for an NTRK gene
-- when it has a call with that NTRK gene as the 3' partner that is not ruled
-- out; reciprocal-only and orientation-unknown samples are reported apart
-- (ntrk_partner_set_apart) and never enter shares, ranks or denominators.
--

-- Cohort:
--   S1  ETV6::NTRK3 and its reciprocal NTRK3::ETV6       -> counted (ETV6)
--   S2  only NTRK3::ETV6 (reciprocal)                     -> set apart
--   S3  RBPMS::NTRK3                                       -> counted (RBPMS)
--   S4  TPM3::NTRK1                                        -> counted
--   S5  only NTRK1::TPM3 written with '::' (reciprocal)   -> set apart
--   S6  NTRK2-TP53 ('-', order not guaranteed, TP53 not a known 5' partner) -> set apart
--   S7  ?::NTRK2 (break-apart FISH)                        -> counted, partner not identified
--   S8  TPM3::NTRK1 out of frame, and NTRK1::LMNA          -> set apart twice (two classes)
CREATE TABLE rnf_calls (sample_id text, patient_id text, f fusion, frame text);
INSERT INTO rnf_calls VALUES
  ('S1', 'P1', 'ETV6::NTRK3', NULL), ('S1', 'P1', 'NTRK3::ETV6', NULL),
  ('S2', 'P2', 'NTRK3::ETV6', NULL),
  ('S3', 'P3', 'RBPMS::NTRK3', 'in-frame'),
  ('S4', 'P4', 'TPM3::NTRK1', NULL),
  ('S5', 'P5', 'NTRK1::TPM3', NULL),
  ('S6', 'P6', 'NTRK2-TP53', NULL),
  ('S7', 'P7', '?::NTRK2', NULL),
  ('S8', 'P8', 'TPM3::NTRK1', 'out-of-frame'), ('S8', 'P8', 'NTRK1::LMNA', NULL);

-- The classes the calls get.
SELECT sample_id, f, (ntrk_classify(f, frame)).class
FROM rnf_calls ORDER BY sample_id, f::text;

-- Per NTRK gene, the ranking's sample count equals the number of samples
-- with a counted partner::NTRK call (computed here without the ranking).
WITH counted AS (
  SELECT (ntrk_classify(f, frame)).ntrk_gene AS ntrk_gene, count(DISTINCT sample_id) AS samples
  FROM rnf_calls WHERE ntrk_fusion_positive(ntrk_class(f, frame))
  GROUP BY 1
), ranked AS (
  SELECT ntrk_gene, max(gene_samples) AS gene_samples, sum(samples) AS partner_rows
  FROM ntrk_partner_rank('rnf_calls', reading_frame_column => 'frame') GROUP BY 1
)
SELECT c.ntrk_gene, c.samples, r.gene_samples, r.partner_rows,
       c.samples = r.gene_samples AND c.samples = r.partner_rows AS equal
FROM counted c FULL JOIN ranked r USING (ntrk_gene) ORDER BY 1;

SELECT ntrk_gene, partner, samples, gene_samples, share, share_of_ntrk, partner_rank
FROM ntrk_partner_rank('rnf_calls', patient_column => 'patient_id', reading_frame_column => 'frame');

-- The samples left out, by gene, partner and class.
SELECT * FROM ntrk_partner_set_apart('rnf_calls', patient_column => 'patient_id',
                                     reading_frame_column => 'frame');
-- Without a patient column, patients is NULL; the errors are the ranking's.
SELECT ntrk_gene, partner, class, samples, patients FROM ntrk_partner_set_apart('rnf_calls', reading_frame_column => 'frame')
WHERE ntrk_gene = 'NTRK2';
SELECT * FROM ntrk_partner_set_apart('rnf_calls', evidence_column => 'no_such_column');

-- The BI view over ntrk_cohort_calls.
INSERT INTO ntrk_cohort_calls (cohort, sample_id, patient_id, f, reading_frame)
SELECT 'c1', sample_id, patient_id, f, frame FROM rnf_calls;
SELECT * FROM ntrk_partner_ranking_set_apart;
SELECT cohort, ntrk_gene, partner, samples, gene_samples FROM ntrk_partner_ranking;
DELETE FROM ntrk_cohort_calls;
DROP TABLE rnf_calls;
