--
-- ntrk_load_calls with format 'auto' on excerpts of real caller outputs
-- (test/fixtures/callers/README.md says where each comes from), read on the
-- client side.  Each file must be recognised from its header, read with no
-- error row, and give the 5'->3' fusions its caller states.
--
\pset null '(null)'

-- DRAGEN fusion_candidates.final (umccr/RNAsum test data): A--B, order
-- flagged as not stated by DRAGEN; a side overlapping two genes is an
-- unknown partner with the genes in the note.
\set content `cat test/fixtures/callers/dragen.fusion_candidates.final`
SELECT line_number, caller, fusion, order_inferred, breakpoint5, breakpoint3,
       split_reads, spanning_reads, error, note
FROM ntrk_load_calls(:'content');

-- annoFuse standardized calls of a paediatric cohort (annoFuseData): NTRK
-- fusions; Arriba's intergenic "A/B" read as an unknown partner with the
-- nearest genes in the note; HGNC:18790 kept as written; Caller is the
-- caller column.
\set content `cat test/fixtures/callers/annofuse.PutativeDriverAnnoFuse.tsv`
SELECT line_number, sample_id, caller, fusion, reading_frame, split_reads,
       spanning_reads, error, note
FROM ntrk_load_calls(:'content');
SELECT fusion, (ntrk_classify(fusion, reading_frame)).class
FROM ntrk_load_calls(:'content')
WHERE fusion_genes(fusion) && ARRAY['NTRK1', 'NTRK2', 'NTRK3']
ORDER BY line_number;

-- Arriba fusions.tsv (umccr/RNAsum test data): an intergenic gene2
-- "AC112492.1(83716),DCAF8L1(218)" is an unknown partner, not an error.
\set content `cat test/fixtures/callers/arriba.rnasum.fusions.tsv`
SELECT line_number, caller, fusion, fusion_order_guaranteed(fusion) AS ordered,
       reading_frame, split_reads, spanning_reads, error, note
FROM ntrk_load_calls(:'content');

-- Arriba and STAR-Fusion written back by R's read.delim/write.table
-- (X.gene1, strand1.gene.fusion., X.FusionName).
\set content `cat test/fixtures/callers/arriba.r_read_delim.tsv`
SELECT line_number, caller, fusion, breakpoint5, error, note
FROM ntrk_load_calls(:'content');
\set content `cat test/fixtures/callers/star-fusion.r_read_delim.tsv`
SELECT line_number, caller, fusion, split_reads, spanning_reads, breakpoint5, error
FROM ntrk_load_calls(:'content');

-- FusionInspector's saved test output (old column names, J_FFPM).
\set content `cat test/fixtures/callers/fusioninspector.ex1.fusion_predictions.final.abridged.FFPM`
SELECT caller, count(*) AS calls, count(fusion) AS fusions, count(error) AS errors,
       bool_and(fusion_order_guaranteed(fusion)) AS all_ordered
FROM ntrk_load_calls(:'content') GROUP BY caller;
SELECT line_number, fusion, split_reads, spanning_reads, breakpoint5, breakpoint3
FROM ntrk_load_calls(:'content') WHERE line_number <= 5;

-- EricScript results (as quoted in FuMa's reader): GeneName1 5';
-- spanningreads are split reads; an unpredicted breakpoint is left out.
\set content `cat test/fixtures/callers/ericscript.results.total.tsv`
SELECT line_number, caller, fusion, breakpoint5, breakpoint3, split_reads,
       spanning_reads, error, note
FROM ntrk_load_calls(:'content');
-- EricScript's output when it finds nothing: no rows, no error.
\set content `cat test/fixtures/callers/ericscript.nothing_found.tsv`
SELECT count(*) AS calls FROM ntrk_load_calls(:'content');

-- oncokb-annotator example inputs: GeneA/GeneB without order, the Fusion
-- notation as written.
\set content `cat test/fixtures/callers/oncokb.example_sv.txt`
SELECT line_number, sample_id, caller, fusion, error FROM ntrk_load_calls(:'content');
\set content `cat test/fixtures/callers/oncokb.example_fusions.txt`
SELECT line_number, sample_id, caller, fusion, error FROM ntrk_load_calls(:'content');

-- Hand-made (no published output found): pizzly's flattened table, SQuID
-- annotated with genes, CTAT-LR-Fusion.
\set content `cat test/fixtures/callers/pizzly.flat.tsv`
SELECT line_number, caller, fusion, order_inferred, split_reads, spanning_reads, error, note
FROM ntrk_load_calls(:'content');
\set content `cat test/fixtures/callers/squid.annotated_sv.txt`
SELECT line_number, caller, fusion, error, note FROM ntrk_load_calls(:'content');
\set content `cat test/fixtures/callers/ctat-lr-fusion.fusion_predictions.tsv`
SELECT line_number, caller, fusion, split_reads, breakpoint5, breakpoint3, error
FROM ntrk_load_calls(:'content');

-- auto never guesses: SQuID's own sv.txt names no genes, and its header is
-- not one ntrk reads.  One 22023 error naming the columns and the formats.
\set content `cat test/fixtures/callers/squid.sv.txt`
SELECT * FROM ntrk_load_calls(:'content');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM ntrk_load_calls(E'CHROM\tPOS\tID\tREF\tALT\n1\t100\t.\tA\tT\n');
\echo :LAST_ERROR_SQLSTATE
-- A headerless line whose second column is a fusion is the two-column file.
SELECT sample_id, fusion, caller FROM ntrk_load_calls(E'S1\tETV6::NTRK3\nS2\tTHRA1/BTR::NTRK3\n');
-- Named explicitly, a format reads a file with mangled names too.
SELECT caller, fusion FROM ntrk_load_calls(E'X.gene1\tgene2\tbreakpoint1\tbreakpoint2\nETV6\tNTRK3\t12:1\t15:2\n', 'arriba');
