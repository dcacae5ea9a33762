--
-- ntrk_load_calls(content, format, caller_name, sample_name, genome_build):
-- the genome_build argument, and the evidence and genome_build columns.
--
\pset null '(null)'

-- The result columns, in order: evidence and genome_build come last.
SELECT pg_catalog.pg_get_function_arguments('ntrk_load_calls'::regproc) AS arguments;
SELECT pg_catalog.pg_get_function_result('ntrk_load_calls'::regproc) AS result;

-- Every accepted spelling comes back in its canonical form, on every row.
SELECT b.given, c.line_number, c.fusion, c.genome_build, c.evidence
FROM (VALUES ('GRCh38'), ('hg38'), ('38'), ('grch37'), ('HG19'), ('37'), (NULL)) AS b(given),
     LATERAL ntrk_load_calls(E'S1\tETV6::NTRK3\nS2\tTPM3::NTRK1\n', 'sample-fusion',
                             genome_build => b.given) AS c
ORDER BY b.given NULLS LAST, c.line_number;

-- Positional call with all five arguments (the file's sample column wins
-- over sample_name).
SELECT sample_id, fusion, caller, genome_build
FROM ntrk_load_calls(E'S9\tETV6::NTRK3\n', 'sample-fusion', 'lab-caller', 'S0', 'hg38');

-- Any other name is refused before the file is read (22023, with the
-- accepted names in the hint).
SELECT * FROM ntrk_load_calls(E'S1\tETV6::NTRK3\n', 'sample-fusion', genome_build => 'hg18');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM ntrk_load_calls(E'S1\tETV6::NTRK3\n', genome_build => 'GRCh38.p14');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM ntrk_load_calls(E'S1\tETV6::NTRK3\n', genome_build => '');
\echo :LAST_ERROR_SQLSTATE

-- Checked even when there is no content to read.
SELECT count(*) FROM ntrk_load_calls(NULL, genome_build => 'T2T');
SELECT count(*) FROM ntrk_load_calls(NULL, genome_build => 'GRCh37');
