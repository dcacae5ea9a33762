--
-- Partner ranking: reference table, partner knowledge, ranking over a
-- synthetic cohort with known answers, BI views, errors.
--

-- The shipped reference: every row has a citation and a source date (or is
-- marked unverified), and user rows are the ones pg_dump keeps.
SELECT count(*) AS shipped_rows,
       count(*) FILTER (WHERE source_date IS NULL) AS undated,
       bool_and(source_date IS NOT NULL OR evidence = 'unverified') AS dated_unless_unverified
FROM ntrk_partner_reference WHERE origin = 'shipped';
-- pg_dump keeps user rows of the reference table and every cohort call.
SELECT c.tbl::regclass AS config_table, c.cond AS dump_condition
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS c(tbl, cond)
WHERE e.extname = 'ntrk'
  AND c.tbl::regclass::text IN ('ntrk_partner_reference', 'ntrk_cohort_calls')
ORDER BY 1;

-- Counted partner shares and the NTRK gene split of the ESMO 2019 lung series.
SELECT ntrk_gene, partner, cancer_type, cases, denominator, denominator_of, share,
       citation, source_date
FROM ntrk_partner_reference
WHERE cases IS NOT NULL AND denominator_of <> 'tested'
ORDER BY citation, ntrk_gene, partner NULLS FIRST;

-- Prevalence rows (share of all tested).
SELECT cancer_type, cases, denominator, published_percent, share, citation
FROM ntrk_partner_reference
WHERE denominator_of = 'tested'
ORDER BY citation;

-- Partner symbols must be approved symbols (an alias would never match).
INSERT INTO ntrk_partner_reference (ntrk_gene, partner, cancer_type, cohort, citation, source_date, evidence)
VALUES ('NTRK1', 'SEPT14', 'glioma', 'alias instead of the approved symbol', 'test', '2024', 'read_in_source');
-- A count larger than its denominator is refused.
INSERT INTO ntrk_partner_reference (ntrk_gene, partner, cancer_type, cohort, cases, denominator,
                                    denominator_of, citation, source_date, evidence)
VALUES ('NTRK1', 'TPM3', 'NSCLC', 'impossible', 9, 4, 'ntrk_gene_fusion', 'test', '2024', 'read_in_source');

--
-- Partner knowledge
--
-- Recurrent: 9 of 47 NTRK1 lung cases in one series.
SELECT ntrk_gene, partner, knowledge, knowledge_rank, recurrent, sources, most_cases, citations
FROM ntrk_partner_knowledge('TPM3');
-- Recurrent by two independent sources without a count; a known partner of
-- two NTRK genes answers once per gene; aliases resolve (TRKB = NTRK2).
SELECT ntrk_gene, partner, knowledge, knowledge_rank, recurrent, sources, most_cases
FROM ntrk_partner_knowledge('lmna');
SELECT ntrk_gene, partner, knowledge, knowledge_rank, recurrent, sources
FROM ntrk_partner_knowledge('SQSTM1');
SELECT ntrk_gene, partner, knowledge, knowledge_rank, citations
FROM ntrk_partner_knowledge('SQSTM1', 'TRKB');
-- A novel partner: not previously reported, still presumptively actionable.
SELECT ntrk_gene, partner, knowledge, knowledge_rank, recurrent, sources, actionability
FROM ntrk_partner_knowledge('NOVEL1', 'NTRK2');
SELECT ntrk_gene, partner, knowledge, actionability
FROM ntrk_partner_knowledge('NOVEL1');
SELECT ntrk_gene, partner, knowledge, actionability
FROM ntrk_partner_knowledge('ETV6', 'NTRK3');
-- No row: NULL partner, or a gene that is not NTRK1/2/3.
SELECT count(*) FROM ntrk_partner_knowledge(NULL);
SELECT count(*) FROM ntrk_partner_knowledge('TPM3', 'ALK');

-- Which classes make a sample NTRK fusion-positive for ranking.
SELECT c AS class, ntrk_fusion_positive(c)
FROM unnest(enum_range(NULL::ntrk_fusion_class)) AS c;

--
-- A synthetic cohort with known answers.
--
-- Cohort A:
--   P1/S1   ETV6::NTRK3 called by 3 callers in 3 notations, its reciprocal
--           NTRK3::ETV6, and a DNA panel's ETV6-NTRK3       -> ETV6, 1 sample
--   P2/S2   RNA ETV6(e5)::NTRK3(e15); P2/S3 DNA ETV6-NTRK3  -> ETV6, 2 samples, 1 patient
--   P13/S14 only the reciprocal NTRK3::ETV6                  -> ETV6 (not actionable)
--   P3/S4   kinase-first NTRK1-TPM3 and RNA TPM3(e8)::NTRK1(e10) -> TPM3, 1 sample
--   P4/S5   TPM3::NTRK1                                      -> TPM3
--   P12/S13 TPM3::NTRK1 called out of frame                  -> not counted
--   P5/S6, P15/S16 LMNA::NTRK1                               -> LMNA, 2 samples
--   P6/S7   IRF2BP2::NTRK1 plus a break-apart FISH ?::NTRK1  -> IRF2BP2 only
--   P6/S19  ?::NTRK1 (a second sample of P6)                -> NTRK1, partner not identified
--   P7/S8   ?::NTRK1 (FISH only), P14/S15 'NTRK1 fusion'    -> NTRK1, partner not identified
--   P8/S9   NOVEL1::NTRK2                                    -> novel partner
--   S17     ETV6::NTRK3 without a patient id                 -> counts as its own patient
--   non-NTRK (EML4::ALK), intragenic NTRK1, a NULL call, a call without a
--   sample id and an unparsable call                        -> not counted
-- Cohort B: P20/S20 ETV6::NTRK3.
CREATE TABLE rank_calls (cohort text, patient_id text, sample_id text, caller text,
                         call text, frame text);
INSERT INTO rank_calls VALUES
  ('A', 'P1',  'S1',  'star-fusion',   'ETV6--NTRK3',          NULL),
  ('A', 'P1',  'S1',  'arriba',        'ETV6::NTRK3',          'in-frame'),
  ('A', 'P1',  'S1',  'fusioncatcher', 'ETV6::NTRK3',          NULL),
  ('A', 'P1',  'S1',  'fusioncatcher', 'NTRK3::ETV6',          NULL),
  ('A', 'P1',  'S1',  'dna panel',     'ETV6-NTRK3',           NULL),
  ('A', 'P2',  'S2',  'arriba',        'ETV6(e5)::NTRK3(e15)', 'in-frame'),
  ('A', 'P2',  'S3',  'dna panel',     'ETV6-NTRK3',           NULL),
  ('A', 'P13', 'S14', 'fusioncatcher', 'NTRK3::ETV6',          NULL),
  ('A', 'P3',  'S4',  'dna panel',     'NTRK1-TPM3',           NULL),
  ('A', 'P3',  'S4',  'arriba',        'TPM3(e8)::NTRK1(e10)', 'in-frame'),
  ('A', 'P4',  'S5',  'arriba',        'TPM3::NTRK1',          NULL),
  ('A', 'P12', 'S13', 'arriba',        'TPM3::NTRK1',          'out-of-frame'),
  ('A', 'P5',  'S6',  'arriba',        'LMNA::NTRK1',          NULL),
  ('A', 'P15', 'S16', 'arriba',        'LMNA::NTRK1',          NULL),
  ('A', 'P6',  'S7',  'arriba',        'IRF2BP2::NTRK1',       NULL),
  ('A', 'P6',  'S7',  'fish',          '?::NTRK1',             NULL),
  ('A', 'P6',  'S19', 'fish',          '?::NTRK1',             NULL),
  ('A', 'P7',  'S8',  'fish',          '?::NTRK1',             NULL),
  ('A', 'P14', 'S15', 'ihc + panel',   'NTRK1 fusion',         NULL),
  ('A', 'P8',  'S9',  'arriba',        'NOVEL1::NTRK2',        NULL),
  ('A', NULL,  'S17', 'arriba',        'ETV6::NTRK3',          NULL),
  ('A', 'P9',  'S10', 'arriba',        'EML4::ALK',            NULL),
  ('A', 'P11', 'S12', 'dna panel',     'NTRK1-intragenic',     NULL),
  ('A', 'P10', 'S11', 'arriba',        NULL,                   NULL),
  ('A', 'P99', NULL,  'arriba',        'ETV6::NTRK3',          NULL),
  ('A', 'P16', 'S18', 'lab',           'not a fusion at all',  NULL),
  ('B', 'P20', 'S20', 'arriba',        'ETV6::NTRK3',          NULL);

-- Text calls are parsed with fusion_try (unparsable ones are skipped).
-- Expected, cohort A: NTRK1 fusion-positive samples S4 S5 S6 S7 S8 S15 S16
-- S19 = 8; TPM3 2 and LMNA 2 tie at rank 1, IRF2BP2 is rank 3 (rank(), not
-- dense_rank()); partner not identified: S8 S15 S19 of P7 P14 P6, 1 of them
-- actionable (the categorical 'NTRK1 fusion'); ETV6 S1 S2 S3 S14 S17 = 5
-- samples of 4 patients (P1 P2 P13 and S17), 4 actionable (S14 has only the
-- reciprocal); all NTRK samples = 14.
SELECT group_value, ntrk_gene, partner, samples, patients, actionable_samples, gene_samples,
       share, share_of_ntrk, partner_rank, reference_share, reference_cases,
       reference_denominator, reference_basis, knowledge, not_previously_reported
FROM ntrk_partner_rank('rank_calls', fusion_column => 'call', sample_column => 'sample_id',
                       patient_column => 'patient_id', reading_frame_column => 'frame',
                       group_column => 'cohort');

-- The same calls as a fusion column, no group, no patient column (patients
-- NULL), no reading frame: the out-of-frame TPM3 call now counts (S13).
CREATE TABLE rank_fusions AS
SELECT cohort, patient_id, sample_id, fusion_try(call) AS f FROM rank_calls WHERE cohort = 'A';
SELECT group_value, ntrk_gene, partner, samples, patients, gene_samples, share, partner_rank,
       reference_cancer_type, reference_citation
FROM ntrk_partner_rank('rank_fusions');

-- The reference row preferred: same cancer type first, then a share of the
-- NTRK gene's cases, then the larger series.
SELECT ntrk_gene, partner, reference_share, reference_basis, reference_cancer_type
FROM ntrk_partner_rank('rank_fusions', prefer_cancer_type => 'nsclc')
WHERE partner IS NOT NULL;

-- A user row in the reference changes the answer; it is kept by pg_dump
-- (origin defaults to 'user').
INSERT INTO ntrk_partner_reference (ntrk_gene, partner, cancer_type, cohort, cases, denominator,
                                    denominator_of, citation, source_date, evidence)
VALUES ('NTRK2', 'NOVEL1', 'NSCLC', 'local registry', 2, 3, 'ntrk_gene_fusion',
        'local registry 2024', '2024-06', 'read_in_source');
SELECT origin FROM ntrk_partner_reference WHERE partner = 'NOVEL1';
SELECT ntrk_gene, partner, samples, reference_share, reference_citation, knowledge,
       not_previously_reported
FROM ntrk_partner_rank('rank_fusions') WHERE ntrk_gene = 'NTRK2';
DELETE FROM ntrk_partner_reference WHERE partner = 'NOVEL1';

-- A view of calls ranks like the table it reads.
CREATE VIEW rank_view AS SELECT * FROM rank_fusions WHERE patient_id <> 'P4';
SELECT ntrk_gene, partner, samples, partner_rank
FROM ntrk_partner_rank('rank_view') WHERE ntrk_gene = 'NTRK1';

-- Works whatever the search_path: ntrk's objects are schema-qualified inside.
SET search_path = pg_catalog;
SELECT ntrk_gene, partner, samples, partner_rank
FROM public.ntrk_partner_rank('public.rank_fusions', sample_column => 'sample_id')
WHERE ntrk_gene = 'NTRK3';
SELECT knowledge FROM public.ntrk_partner_knowledge('TPM3');
RESET search_path;

-- The query text, for views and EXPLAIN: identifiers are quoted.
CREATE TABLE "Rank Calls" ("Sample" text, "the fusion" fusion);
INSERT INTO "Rank Calls" VALUES ('x1', 'ETV6::NTRK3'), ('x1', 'NTRK3::ETV6'), ('x2', 'ETV6::NTRK3');
SELECT position('FROM public."Rank Calls" c' IN q) > 0 AS relation_quoted,
       position('c."the fusion"' IN q) > 0 AS column_quoted
FROM ntrk_partner_rank_sql('"Rank Calls"', 'the fusion', 'Sample') AS q;
SELECT ntrk_gene, partner, samples FROM ntrk_partner_rank('"Rank Calls"', 'the fusion', 'Sample');

-- Errors.
SELECT * FROM ntrk_partner_rank('rank_calls', 'call', 'sample');
SELECT * FROM ntrk_partner_rank('rank_calls', 'call', 'sample_id', group_column => 'x"; DROP TABLE rank_calls; --');
SELECT * FROM ntrk_partner_rank('rank_calls', 'cohort_id');
CREATE TABLE rank_numbers (f integer, sample_id text);
SELECT * FROM ntrk_partner_rank('rank_numbers');
CREATE SEQUENCE rank_seq;
SELECT * FROM ntrk_partner_rank('rank_seq');
SELECT * FROM ntrk_partner_rank('rank_calls', NULL);
SELECT * FROM ntrk_partner_rank('no_such_table');
-- An error inside the ranking query (here a reading-frame word ntrk does not
-- know) comes out with its own SQLSTATE (the context, not shown, holds the
-- query).
\set VERBOSITY terse
SELECT * FROM ntrk_partner_rank('rank_calls', 'call', 'sample_id', reading_frame_column => 'caller');
\set VERBOSITY default
SELECT count(*) AS rank_calls_still_there FROM rank_calls;

--
-- BI views over ntrk_cohort_calls: plain columns only.
--
SELECT c.relname, count(*) AS columns,
       count(*) FILTER (WHERE t.typcategory IN ('A', 'C') OR t.typtype = 'c') AS arrays_or_composites
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relname IN ('ntrk_partner_ranking', 'ntrk_partner_ranking_by_cancer_type',
                    'ntrk_status_by_cohort')
GROUP BY c.relname ORDER BY c.relname;

INSERT INTO ntrk_cohort_calls (cohort, cancer_type, patient_id, sample_id, assay, caller, f,
                               reading_frame, gene, protein_change, prior_trk_inhibitor)
VALUES
  ('lung-2024', 'NSCLC', 'P1', 'S1', 'RNA NGS', 'arriba', 'ETV6::NTRK3', 'in-frame', NULL, NULL, NULL),
  ('lung-2024', 'NSCLC', 'P1', 'S1', 'RNA NGS', 'fusioncatcher', 'NTRK3::ETV6', NULL, NULL, NULL, NULL),
  ('lung-2024', 'NSCLC', 'P2', 'S2', 'RNA NGS', 'arriba', 'TPM3::NTRK1', NULL, NULL, NULL, NULL),
  ('lung-2024', 'NSCLC', 'P2', 'S3', 'DNA NGS', 'panel', NULL, NULL, 'NTRK1', 'G595R', true),
  ('lung-2024', 'NSCLC', 'P3', 'S4', 'RNA NGS', 'arriba', NULL, NULL, NULL, NULL, NULL),
  ('lung-2024', 'NSCLC', 'P4', 'S5', 'DNA NGS', 'panel', NULL, NULL, 'NTRK1', 'G595R', NULL),
  ('lung-2024', 'NSCLC', 'P6', 'S7', 'RNA NGS', 'arriba', 'EML4::ALK', NULL, NULL, NULL, NULL),
  ('lung-2024', 'CRC', 'P5', 'S6', 'RNA NGS', 'arriba', 'LMNA::NTRK1', NULL, NULL, NULL, NULL),
  ('lung-2024', 'CRC', NULL, 'S8', 'RNA NGS', 'fusioncatcher', 'NTRK3::ETV6', NULL, NULL, NULL, NULL),
  ('sarcoma-2023', 'infantile fibrosarcoma', 'P9', 'S9', 'FISH', 'lab', '?::NTRK3', NULL, NULL, NULL, NULL),
  ('sarcoma-2023', 'infantile fibrosarcoma', 'P10', 'S10', 'RNA NGS', 'arriba', 'ETV6::NTRK3', NULL, NULL, NULL, NULL);

-- P1 actionable; P2 resistant (TPM3::NTRK1 after a TRK inhibitor with
-- G595R); P4 mutation only; P3 and P6 negative; P5 actionable; S8 (no
-- patient id) indeterminate (only the reciprocal); P9 indeterminate (FISH).
SELECT * FROM ntrk_status_by_cohort ORDER BY cohort, cancer_type;
SELECT * FROM ntrk_partner_ranking;
SELECT cancer_type, ntrk_gene, partner, partner_rank, samples, share, reference_share,
       reference_cancer_type
FROM ntrk_partner_ranking_by_cancer_type;

DELETE FROM ntrk_cohort_calls;
DROP VIEW rank_view;
DROP TABLE rank_calls, rank_fusions, "Rank Calls", rank_numbers;
DROP SEQUENCE rank_seq;
