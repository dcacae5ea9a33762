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
