--
-- The NTRK knowledge is generated from data/*.tsv into C: the build says
-- which knowledge it carries, and everything that classifies stays
-- IMMUTABLE (no table is read at run time).
--

-- Digest of the data files and the table sizes.
SELECT ntrk_knowledge_version() ~ '^ntrk knowledge [0-9a-f]{12}: 15 transcripts, ' AS has_digest;
SELECT ntrk_knowledge_version() = ntrk_knowledge_version() AS stable;

-- Labels: the version and every classification function are IMMUTABLE and
-- PARALLEL SAFE, so they work in expression indexes and parallel plans.
SELECT p.proname, bool_and(p.provolatile = 'i') AS immutable,
       bool_and(p.proparallel = 's') AS parallel_safe
FROM pg_proc p
WHERE p.proname IN ('ntrk_knowledge_version', 'ntrk_gene_table_version', 'ntrk_frame',
                    'ntrk_classify', 'ntrk_class', 'ntrk_actionable', 'ntrk_variant_class')
GROUP BY p.proname
ORDER BY 1;

-- A few facts from each data file reach SQL unchanged.
SELECT (ntrk_classify('QKI::NTRK2')).class AS partner_row,
       (ntrk_classify('NTRK2-QKI')).class AS orientation_repaired,
       (ntrk_classify('EML4::ALK')).class AS other_driver_row,
       ntrk_frame('In_frame') AS frame_row,
       (ntrk_classify('TPM3::NM_002529.3(NTRK1):e.14')).class AS kinase_limit_row;
SELECT (v).gene, (v).protein_change, (v).variant_class, (v).known_resistance
FROM (VALUES (ntrk_variant_class('NTRK1', 'V573M')), (ntrk_variant_class('KRAS', 'G12D')),
             (ntrk_variant_class('MET', 'amplification')), (ntrk_variant_class('NTRK2', 'Q16620:G623R'))) AS t(v);
