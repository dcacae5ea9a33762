--
-- cBioPortal / GENIE structural-variant files: the evidence each row gives,
-- and classification, ranking and guidance following it.  Fixtures and their
-- provenance: test/fixtures/callers/portal/README.md.
--
\set content `cat test/fixtures/callers/portal/msk_style.data_sv.txt`
CREATE TABLE portal_calls AS
SELECT * FROM ntrk_load_calls(:'content', 'auto');

-- A well-formed file: no error rows, one row per line.
SELECT count(*) AS rows, count(*) FILTER (WHERE error IS NOT NULL) AS error_rows FROM portal_calls;

SELECT line_number, sample_id, fusion, evidence, order_inferred, reading_frame, exon5, exon3,
       transcript5, transcript3
FROM portal_calls ORDER BY line_number;
SELECT line_number, note FROM portal_calls WHERE note IS NOT NULL ORDER BY line_number;

-- Classification follows the evidence, with no glue: the loader's columns
-- go into ntrk_classify as they come.
SELECT p.sample_id, k.class, k.actionable, k.reason
FROM portal_calls p, ntrk_classify(p.fusion, p.reading_frame, p.breakpoint5, p.breakpoint3,
                                   p.genome_build, p.evidence) k
WHERE p.fusion ?| '{NTRK1,NTRK2,NTRK3}'::gene[]
ORDER BY p.line_number;

-- Done-when checks: antisense, transcript-fusion and generic-DNA NTRK rows
-- are never actionable = true; the RNA-panel row comes out RBPMS::NTRK3.
SELECT count(*) AS actionable_true_among_non_protein_rows
FROM portal_calls p
WHERE p.evidence IN ('antisense', 'transcript_fusion', 'dna_rearrangement')
  AND ntrk_actionable(p.fusion, p.reading_frame, evidence => p.evidence);
SELECT fusion_gene5(fusion) AS gene5, fusion_gene3(fusion) AS gene3, exon5, exon3
FROM portal_calls WHERE evidence = 'rna_fusion';

-- The scalar forms agree with the row.
SELECT count(*) AS disagreements
FROM portal_calls p
WHERE p.fusion IS NOT NULL
  AND (ntrk_class(p.fusion, p.reading_frame, evidence => p.evidence)
         IS DISTINCT FROM (ntrk_classify(p.fusion, p.reading_frame, evidence => p.evidence)).class
       OR ntrk_actionable(p.fusion, p.reading_frame, evidence => p.evidence)
         IS DISTINCT FROM (ntrk_classify(p.fusion, p.reading_frame, evidence => p.evidence)).actionable);

-- The ranking reads the evidence column: antisense and transcript-only
-- samples are set apart, never counted.
SELECT ntrk_gene, partner, samples, gene_samples
FROM ntrk_partner_rank('portal_calls', 'fusion', 'sample_id', reading_frame_column => 'reading_frame',
                       evidence_column => 'evidence');
SELECT ntrk_gene, partner, class, samples
FROM ntrk_partner_set_apart('portal_calls', 'fusion', 'sample_id', reading_frame_column => 'reading_frame',
                            evidence_column => 'evidence');

-- Evidence words: any case, '-' or ' ' for '_'; others are refused.
SELECT (ntrk_classify('ETV6::NTRK3', NULL, evidence => 'DNA-Rearrangement')).actionable;
SELECT ntrk_classify('ETV6::NTRK3', evidence => 'fusion');
\set VERBOSITY terse
SELECT ntrk_class('ETV6::NTRK3', evidence => 'maybe');
\set VERBOSITY default

-- A real published test file of cBioPortal's importer: symbols, descriptions
-- and annotations that do not agree; every row is read, none is an error.
\set content `cat test/fixtures/callers/portal/cbioportal-core.data_structural_variants.txt`
SELECT line_number, sample_id, fusion, evidence, error IS NOT NULL AS is_error, note
FROM ntrk_load_calls(:'content', 'cbioportal-sv') ORDER BY line_number;

DROP TABLE portal_calls;
