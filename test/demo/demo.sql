-- ntrk demo on the bundled sample cohort (test/demo/cohort.tsv).
\pset footer off
CREATE EXTENSION ntrk;

CREATE TABLE calls (patient text, sample text, caller text, cancer_type text, call text);
\copy calls FROM 'test/demo/cohort.tsv' WITH (FORMAT text, HEADER true)

\echo
\echo '== 1. Every notation parses to one canonical value (/ marks an order the notation did not guarantee)'
SELECT caller, call AS as_written, fusion_try(call) AS fusion,
       fusion_kind(fusion_try(call)) AS kind,
       fusion_order_guaranteed(fusion_try(call)) AS ordered
FROM calls ORDER BY patient, caller;

\echo
\echo '== 2. Rows ntrk cannot read are not lost: fusion_error says why'
SELECT patient, call, fusion_error(call) AS problem
FROM calls WHERE fusion_error(call) IS NOT NULL;

\echo
\echo '== 3. Three callers, three notations, one fusion: equality ignores notation'
SELECT fusion_try(call) AS fusion, count(*) AS calls, count(DISTINCT sample) AS samples,
       string_agg(DISTINCT caller, ', ') AS callers
FROM calls WHERE fusion_try(call) IS NOT NULL
GROUP BY 1 ORDER BY 3 DESC, 1;

\echo
\echo '== 4. Which samples involve NTRK1 (aliases work: TRKA is NTRK1), through a GIN index'
CREATE TABLE fusions AS SELECT patient, sample, cancer_type, fusion_try(call) AS f FROM calls;
CREATE INDEX ON fusions USING gin (f);
SELECT patient, sample, f, fusion_partner(f, 'TRKA') AS ntrk1_partner
FROM fusions WHERE f ? 'TRKA' ORDER BY patient;

\echo
\echo '== 5. Which fusions can a TRK inhibitor treat, and why (kinase-first NTRK1-TPM3 is repaired)'
SELECT f, c.class, c.actionable, c.orientation_inferred AS repaired, c.reason
FROM (SELECT DISTINCT f FROM fusions WHERE f IS NOT NULL) AS d,
     LATERAL ntrk_classify(d.f) AS c
ORDER BY c.actionable DESC NULLS LAST, c.class, f;

\echo
\echo '== 6. Partner ranking: distinct samples, reciprocal and duplicate calls counted once, with published frequencies'
SELECT ntrk_gene, partner, partner_rank AS rank, samples, patients, share,
       reference_share, knowledge
FROM ntrk_partner_rank('fusions', fusion_column => 'f', sample_column => 'sample',
                       patient_column => 'patient')
ORDER BY ntrk_gene, partner_rank NULLS LAST, partner;

\echo
\echo '== 7. Therapy options for three patients (a LATERAL join over a patient table)'
CREATE TABLE patients (id text, fusions fusion[], mutations text[], prior_trk text[],
                       brain_mets boolean, age numeric, stage text, tumour text);
INSERT INTO patients VALUES
    ('P02 treatment-naive, brain metastases', '{NTRK1-TPM3}', NULL, '{}', true, 61, 'IV', 'NSCLC'),
    ('P03 progressed on larotrectinib, G595R', '{TPM3(e8)::NTRK1(e10)}', '{NTRK1 G595R}',
     '{larotrectinib}', false, 55, 'IV', 'NSCLC'),
    ('P12 NTRK2 mutation, no fusion', '{}', '{NTRK2 G639R}', '{}', false, 70, 'IV', 'NSCLC');
SELECT p.id, g.rank, coalesce(g.therapy, g.next_test || ' test', '(statement)') AS option,
       g.preference, g.evidence_level AS level
FROM patients p
CROSS JOIN LATERAL ntrk_guidance(fusions => p.fusions, mutations => p.mutations,
                                 prior_trk_inhibitors => p.prior_trk, cns_metastases => p.brain_mets,
                                 age => p.age, stage => p.stage, tumour_type => p.tumour) AS g
WHERE g.rank <= 3
ORDER BY p.id, g.rank, option;

\echo
\echo '== 8. Is a negative test informative?'
SELECT a.assay, t.informative, coalesce(t.why_not, t.meaning) AS why, t.next_test
FROM (VALUES ('dna_ngs'), ('rna_ngs'), ('pan_trk_ihc'), ('cfdna')) AS a(assay),
     LATERAL ntrk_test_informativeness(a.assay, 'negative', 'NSCLC') AS t;
