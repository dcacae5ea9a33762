-- requires PostgreSQL 16
--
-- Soft errors (PostgreSQL 16 and later): pg_input_is_valid() and
-- pg_input_error_info() receive the fusion and gene input errors -- the same
-- 22P02, message, detail and hint a cast raises -- without an exception.
-- On PostgreSQL 15 there is no soft-error context; test/check.sh lists this
-- file as skipped there.
--
\set fixtures test/fixtures
\i test/fixtures/load.psql

-- The example from the README: a space is not a fusion separator.
SELECT pg_input_is_valid('ETV6 NTRK3', 'fusion') AS valid;
SELECT * FROM pg_input_error_info('ETV6 NTRK3', 'fusion') \gx
SELECT pg_input_is_valid('ETV6::NTRK3', 'fusion') AS valid,
       pg_input_is_valid('ETV6-NTRK3 fusion', 'fusion') AS valid_vendor_form;

-- The gene type: empty, too long, and impossible names.
SELECT left(input, 12) AS input, pg_input_is_valid(input, 'gene') AS valid,
       e.sql_error_code, left(e.message, 50) AS message, e.detail,
       e.hint IS NOT NULL AS hinted
FROM (VALUES ('NTRK1'), ('trka'), (''), (repeat('A', 200)), ('NTRK1 NTRK2'), ('-NTRK1')) AS t(input),
     LATERAL pg_input_error_info(input, 'gene') AS e;

-- Arrays pass the context on to each element.
SELECT pg_input_is_valid('{ETV6::NTRK3,TPM3::NTRK1}', 'fusion[]') AS all_valid,
       pg_input_is_valid('{ETV6::NTRK3,ETV6 NTRK3}', 'fusion[]') AS one_bad,
       pg_input_is_valid('{NTRK1,TRKB}', 'gene[]') AS genes_valid,
       pg_input_is_valid('{NTRK1,"NTRK 2"}', 'gene[]') AS one_bad_gene;
SELECT sql_error_code, message, detail FROM pg_input_error_info('{ETV6::NTRK3,ETV6 NTRK3}', 'fusion[]');

-- A long input is quoted back shortened, as by the cast.
SELECT length(message) < 200 AS shortened, message LIKE '%...\"' AS marked
FROM pg_input_error_info(repeat('ETV6 ', 100), 'fusion');

-- The whole bad-input corpus in one statement: no line raises (an
-- exception would abort the query and show here as an ERROR), every line is
-- invalid with 22P02, the message the cast gives and the detail
-- fusion_error() gives.
CREATE TEMP TABLE bad_input AS
SELECT n::integer AS n, line AS input
FROM regexp_split_to_table(pg_temp.fixture(:'fixtures' || '/bad_inputs.txt'), E'\n')
     WITH ORDINALITY AS t(line, n)
WHERE line <> '' AND line NOT LIKE '#%';
SELECT count(*) AS inputs,
       count(*) FILTER (WHERE pg_input_is_valid(input, 'fusion')) AS valid,
       count(*) FILTER (WHERE e.sql_error_code IS DISTINCT FROM '22P02') AS not_22p02,
       count(*) FILTER (WHERE e.message IS DISTINCT FROM
                        'invalid input syntax for type fusion: "' || input || '"') AS other_message,
       count(*) FILTER (WHERE e.detail IS DISTINCT FROM fusion_error(input)) AS other_detail,
       count(*) FILTER (WHERE e.hint IS NULL) AS without_hint
FROM bad_input, LATERAL pg_input_error_info(input, 'fusion') AS e;

-- Valid and invalid inputs mixed in one statement (the input function
-- remembers valid inputs per call site): each answer is its own.
SELECT input, pg_input_is_valid(input, 'fusion') AS valid
FROM (VALUES ('ETV6::NTRK3'), ('ETV6 NTRK3'), ('ETV6::NTRK3'), ('ETV6 NTRK3'),
             ('TPM3-NTRK1')) AS t(input);

-- Hard errors are unchanged: the cast still raises.
SELECT 'ETV6 NTRK3'::fusion;
SELECT 'NTRK1 NTRK2'::gene;
