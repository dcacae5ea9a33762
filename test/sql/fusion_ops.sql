--
-- fusion operators, indexes, hashing, binary I/O and accessors.
--

-- Equality ignores notation.
SELECT 'ETV6-NTRK3'::fusion = 'ETV6--NTRK3'::fusion AS hyphen_vs_star,
       'ETV6-NTRK3'::fusion = 'etv6::ntrk3 fusion'::fusion AS hyphen_vs_hgnc,
       'ETV6:NTRK3'::fusion = 'ETV6/NTRK3'::fusion AS jaffa_vs_slash,
       'ETV6::TRKC'::fusion = 'ETV6::NTRK3'::fusion AS alias,
       'v::NTRK1'::fusion = 'NTRK1 fusion'::fusion AS categorical,
       'NTRK1-NTRK1'::fusion = 'NTRK1-intragenic'::fusion AS intragenic,
       'ETV6::NTRK3'::fusion <> 'NTRK3::ETV6'::fusion AS reciprocal_differs,
       'ETV6::NTRK3'::fusion <> 'ETV6(e5)::NTRK3'::fusion AS exons_count,
       'ETV6(e5)::NTRK3(e15)'::fusion = 'ETV6:exon5-NTRK3:exon15'::fusion AS exon_forms;

-- ... but the order flag stays with the value.
SELECT f, fusion_order_guaranteed(f)
FROM (VALUES ('ETV6-NTRK3'::fusion), ('ETV6::NTRK3'::fusion)) AS v(f);

-- Ordering: by 5' gene, then 3' gene.
SELECT f FROM (VALUES ('TPM3::NTRK1'::fusion), ('ETV6::NTRK3'), ('v::NTRK1'),
                      ('ETV6(e5)::NTRK3(e15)'), ('LMNA::NTRK1'), ('EML4::ALK'),
                      ('ETV6::NTRK2')) AS v(f)
ORDER BY f;
SELECT 'A1BG::NTRK1'::fusion < 'ZNF1::NTRK1'::fusion AS lt,
       'ETV6::NTRK3'::fusion <= 'ETV6-NTRK3'::fusion AS le,
       'TPM3::NTRK1'::fusion > 'LMNA::NTRK1'::fusion AS gt,
       'TPM3::NTRK1'::fusion >= 'TPM3::NTRK1'::fusion AS ge,
       fusion_cmp('ETV6::NTRK3', 'ETV6-NTRK3') AS cmp_equal;

-- Hashing agrees with equality and disperses.
SELECT fusion_hash('ETV6-NTRK3') = fusion_hash('ETV6::NTRK3') AS hash_eq,
       fusion_hash_extended('ETV6-NTRK3', 7) = fusion_hash_extended('etv6--ntrk3', 7) AS hash_ext_eq,
       fusion_hash_extended('ETV6::NTRK3', 0) <> fusion_hash_extended('ETV6::NTRK3', 1) AS seeded;
SELECT count(DISTINCT fusion_hash(fusion_make('GENE' || i, 'NTRK1'))) AS distinct_hashes
FROM generate_series(1, 1000) AS i;

-- A cohort of calls in mixed notations.
CREATE TABLE fusion_calls (id int PRIMARY KEY, sample text, f fusion);
INSERT INTO fusion_calls
SELECT i, 'S' || (i % 50),
       (ARRAY['ETV6-NTRK3', 'ETV6--NTRK3', 'etv6::ntrk3 fusion', 'TPM3::NTRK1',
              'NTRK1-TPM3', 'LMNA:NTRK1', 'EML4::ALK', 'v::NTRK2', NULL])[1 + i % 9]::fusion
FROM generate_series(1, 900) AS i;
ANALYZE fusion_calls;

-- Hash aggregate, forced.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT f, count(*) FROM fusion_calls GROUP BY f;
SELECT f, count(*) FROM fusion_calls GROUP BY f ORDER BY f;
RESET enable_sort;

-- Sort-based aggregate gives the same groups.
SET enable_hashagg = off;
SELECT f, count(*) FROM fusion_calls GROUP BY f ORDER BY f;
RESET enable_hashagg;

-- Hash join, forced.
CREATE TABLE fusion_notes (f fusion, note text);
INSERT INTO fusion_notes VALUES ('ETV6::NTRK3', 'classic'), ('NTRK1-TPM3', 'kinase first'),
                                ('EML4::ALK', 'not NTRK');
ANALYZE fusion_notes;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT n.note, count(*) FROM fusion_calls c JOIN fusion_notes n USING (f) GROUP BY n.note;
SELECT n.note, count(*) FROM fusion_calls c JOIN fusion_notes n USING (f) GROUP BY n.note ORDER BY 1;
-- Merge join, forced, agrees.
SET enable_hashjoin = off;
SET enable_mergejoin = on;
SELECT n.note, count(*) FROM fusion_calls c JOIN fusion_notes n USING (f) GROUP BY n.note ORDER BY 1;
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_nestloop;

-- The gene type: the operand of ?, ?| and ?&.  Input resolves an approved
-- symbol, previous symbol or unique alias to the approved symbol,
-- case-insensitively, as fusion input does; valid symbols the gene table
-- does not list are upper-cased (open reading frames as C1orf43) and kept.
SELECT input, input::gene AS gene, ntrk_gene(input) IS NOT NULL AS listed
FROM (VALUES ('NTRK1'), ('ntrk1'), ('TRKA'), ('trkc'), ('SEPT14'), ('MLL'), ('c1orf43'),
             ('HLA-DRB1'), ('IGH@'), ('foo1'), ('c99orf99')) AS v(input);
-- A name that cannot be a gene symbol is an input error, 22P02 with a detail.
CREATE FUNCTION pg_temp.gene_outcome(input text, OUT code text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM input::gene;
    code := '00000';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL;
END
$$;
SELECT left(input, 20) AS input, octet_length(input) AS bytes, o.code, o.detail
FROM (VALUES (''), ('not a gene!'), ('-NTRK1'), ('NTRK1 '), ('NTRK1;'), ('NTRK1,NTRK2'),
             (repeat('A', 63)), (repeat('A', 64))) AS v(input),
     LATERAL pg_temp.gene_outcome(input) AS o;
SELECT 'not a gene!'::gene;
-- No collation: the type is not collatable.
SELECT typcollation = 0 AS not_collatable FROM pg_type WHERE oid = 'gene'::regtype;
SELECT 'NTRK1'::gene COLLATE "C";

-- Equality, ordering and hashing are bytewise on the resolved symbol.
SELECT 'TRKA'::gene = 'NTRK1' AS alias_equal, 'NTRK1'::gene <> 'NTRK2' AS ne,
       'ETV6'::gene < 'NTRK1' AS lt, 'NTRK1'::gene <= 'trka' AS le,
       'NTRK3'::gene > 'NTRK2' AS gt, 'NTRK3'::gene >= 'trkc' AS ge,
       'Z'::gene > 'A1BG' AS bytewise, gene_cmp('NTRK1', 'TRKA') AS cmp_equal,
       gene_hash('trka') = gene_hash('NTRK1') AS hash_eq,
       gene_hash_extended('TRKA', 7) = gene_hash_extended('NTRK1', 7) AS hash_ext_eq,
       gene_hash_extended('NTRK1', 0) <> gene_hash_extended('NTRK1', 1) AS seeded;
SELECT count(DISTINCT gene_hash(('GENE' || i)::gene)) AS distinct_hashes
FROM generate_series(1, 1000) AS i;

-- Casts: text and varchar to gene are implicit, gene to text on assignment.
CREATE TABLE gene_panel (id int, g gene, names text[], genes gene[]);
INSERT INTO gene_panel VALUES
    (1, 'trka', '{TRKA,trkb}', '{TRKA,trkb}'),
    (2, 'NTRK3'::varchar, '{ETV6}', '{ETV6,NULL}'),
    (3, 'foo1', '{}', '{}'),
    (4, NULL, NULL, NULL);
SELECT id, g, genes, g::text AS as_text, pg_typeof(names::gene[]) AS cast_array
FROM gene_panel ORDER BY id;
CREATE TEMP TABLE gene_as_text (t text);
INSERT INTO gene_as_text SELECT g FROM gene_panel WHERE id = 1;
TABLE gene_as_text;

-- Hash aggregate and btree index on a gene column.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g, count(*) FROM gene_panel GROUP BY g;
SELECT g, count(*) FROM gene_panel GROUP BY g ORDER BY g;
RESET enable_sort;
CREATE INDEX gene_panel_g ON gene_panel (g);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM gene_panel WHERE g = 'TRKC';
SELECT id FROM gene_panel WHERE g = 'TRKC';
RESET enable_seqscan;

-- Binary: a format-version byte, then the symbol.  Binary COPY round trip of
-- gene and gene[] columns, NULLs included.
SELECT gene_send('trka');
\copy gene_panel TO 'results/gene_panel.bin' WITH (FORMAT binary)
CREATE TABLE gene_panel_copy (LIKE gene_panel);
\copy gene_panel_copy FROM 'results/gene_panel.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, count(c.g) AS non_null,
       count(*) FILTER (WHERE c.g IS DISTINCT FROM o.g OR c.genes IS DISTINCT FROM o.genes) AS differing
FROM gene_panel_copy c JOIN gene_panel o USING (id);
-- Binary input is validated like text input: the symbol must be valid and in
-- the form text input resolves it to.
CREATE TABLE gene_wire (label text, bytes bytea);
INSERT INTO gene_wire VALUES
    ('valid', gene_send('ETV6')),
    ('format version 9', '\x0945545636'),
    ('no symbol', '\x01'),
    ('empty', '\x'),
    ('alias, not resolved', '\x01'::bytea || convert_to('TRKA', 'UTF8')),
    ('lower case', '\x01'::bytea || convert_to('etv6', 'UTF8')),
    ('space', '\x01'::bytea || convert_to('ETV6 ', 'UTF8'));
CREATE TABLE gene_wire_in (g gene);
\copy (SELECT bytes FROM gene_wire WHERE label = 'valid') TO 'results/gene_wire_valid.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_valid.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM gene_wire WHERE label = 'format version 9') TO 'results/gene_wire_v9.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_v9.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM gene_wire WHERE label = 'no symbol') TO 'results/gene_wire_nosym.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_nosym.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM gene_wire WHERE label = 'empty') TO 'results/gene_wire_empty.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_empty.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM gene_wire WHERE label = 'alias, not resolved') TO 'results/gene_wire_alias.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_alias.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM gene_wire WHERE label = 'lower case') TO 'results/gene_wire_lower.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_lower.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM gene_wire WHERE label = 'space') TO 'results/gene_wire_space.bin' WITH (FORMAT binary)
\copy gene_wire_in FROM 'results/gene_wire_space.bin' WITH (FORMAT binary)
SELECT g FROM gene_wire_in;
DROP TABLE gene_panel, gene_panel_copy, gene_wire, gene_wire_in;

-- btree index.
CREATE INDEX fusion_calls_f ON fusion_calls (f);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM fusion_calls WHERE f = 'ETV6::NTRK3';
SELECT count(*) FROM fusion_calls WHERE f = 'ETV6::NTRK3';
RESET enable_bitmapscan;

-- Gene membership, alias-aware (the gene operand resolves trka to NTRK1),
-- and the GIN index.
SELECT 'NTRK1-TPM3'::fusion ? 'NTRK1' AS has, 'NTRK1-TPM3'::fusion ? 'trka' AS alias,
       'NTRK1-TPM3'::fusion ? 'NTRK3' AS other, 'v::NTRK1'::fusion ? 'NTRK1' AS categorical,
       'FOO1::NTRK1'::fusion ? 'foo1' AS unlisted,
       'ETV6::NTRK3'::fusion ?| ARRAY['NTRK1', 'NTRK3'] AS any_of,
       'ETV6::NTRK3'::fusion ?& ARRAY['ETV6', 'TRKC'] AS all_of,
       'ETV6::NTRK3'::fusion ?& ARRAY['ETV6', 'NTRK1'] AS not_all,
       'ETV6::NTRK3'::fusion ?| ARRAY[NULL]::gene[] AS any_of_nulls,
       'ETV6::NTRK3'::fusion ?& ARRAY[NULL]::gene[] AS all_of_nulls;
-- A name that cannot be a gene symbol is an error of the gene operand (not
-- false, as when the operand was text).
SELECT 'NTRK1-TPM3'::fusion ? 'not a gene!';
-- Text and varchar values and text[] arrays are cast to gene implicitly.
SELECT f ? t AS text_operand, f ? v AS varchar_operand, f ?| a AS text_array_any,
       f ?& a AS text_array_all, fusion_has_gene(f, t) AS function_form
FROM (VALUES ('ETV6::NTRK3'::fusion, 'trkc'::text, 'ETV6'::varchar, ARRAY['etv6', 'TRKC'])) AS v(f, t, v, a);
CREATE INDEX fusion_calls_genes ON fusion_calls USING gin (f);
EXPLAIN (COSTS OFF) SELECT count(*) FROM fusion_calls WHERE f ? 'NTRK1';
SELECT count(*) FROM fusion_calls WHERE f ? 'NTRK1';
SELECT count(*) FROM fusion_calls WHERE f ? 'TRKA';
SELECT count(*) FROM fusion_calls WHERE f ?| ARRAY['NTRK2', 'ALK'];
SELECT count(*) FROM fusion_calls WHERE f ?& ARRAY['ETV6', 'NTRK3'];
-- NULL elements are skipped: ?| of none matches nothing, ?& of none matches
-- every fusion (NULL fusions give NULL).
SELECT count(*) FROM fusion_calls WHERE f ?| ARRAY[NULL, 'NTRK2']::gene[];
SELECT count(*) FROM fusion_calls WHERE f ?| ARRAY[NULL]::gene[];
EXPLAIN (COSTS OFF) SELECT count(*) FROM fusion_calls WHERE f ?& ARRAY[NULL]::gene[];
SELECT count(*) FROM fusion_calls WHERE f ?& ARRAY[NULL]::gene[];
SELECT count(*) FROM fusion_calls WHERE f ?& ARRAY['ETV6', 'not a gene!'];
RESET enable_seqscan;
-- The same counts without the index.
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FILTER (WHERE f ? 'NTRK1') AS ntrk1,
       count(*) FILTER (WHERE f ?| ARRAY['NTRK2', 'ALK']) AS ntrk2_or_alk,
       count(*) FILTER (WHERE f ?& ARRAY['ETV6', 'NTRK3']) AS etv6_ntrk3,
       count(*) FILTER (WHERE f ?| ARRAY[NULL, 'NTRK2']::gene[]) AS ntrk2_or_null,
       count(*) FILTER (WHERE f ?| ARRAY[NULL]::gene[]) AS any_of_nulls,
       count(*) FILTER (WHERE f ?& ARRAY[NULL]::gene[]) AS all_of_nulls
FROM fusion_calls;
RESET enable_indexscan;
RESET enable_bitmapscan;

-- Binary COPY round trip, NULLs included.
\copy fusion_calls TO 'results/fusion_calls.bin' WITH (FORMAT binary)
CREATE TABLE fusion_calls_copy (LIKE fusion_calls);
\copy fusion_calls_copy FROM 'results/fusion_calls.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, count(c.f) AS non_null,
       count(*) FILTER (WHERE c.f IS DISTINCT FROM o.f) AS differing,
       count(*) FILTER (WHERE fusion_order_guaranteed(c.f) IS DISTINCT FROM fusion_order_guaranteed(o.f)) AS flag_lost
FROM fusion_calls_copy c JOIN fusion_calls o USING (id);
-- Text COPY keeps the order flag too.
\copy fusion_calls TO 'results/fusion_calls.txt'
TRUNCATE fusion_calls_copy;
\copy fusion_calls_copy FROM 'results/fusion_calls.txt'
SELECT count(*) FILTER (WHERE fusion_order_guaranteed(c.f) IS DISTINCT FROM fusion_order_guaranteed(o.f)) AS flag_lost
FROM fusion_calls_copy c JOIN fusion_calls o USING (id);

-- Binary input is validated like text input: a bytea column copied in binary
-- format hands its bytes to fusion_recv.
SELECT fusion_send('ETV6(e5)::NTRK3(e15)');
CREATE TABLE fusion_wire (label text, bytes bytea);
INSERT INTO fusion_wire VALUES
    ('valid', fusion_send('ETV6(e5)::NTRK3(e15)')),
    ('format version 9', '\x090045545636004e54524b3300000005000f0000'),
    ('unknown flag', '\x018045545636004e54524b3300000005000f0000'),
    ('truncated', '\x010045545636004e54524b33'),
    ('lower-case symbol', '\x010065747636004e54524b3300000005000f0000'),
    ('trailing byte', '\x010045545636004e54524b3300000005000f000000'),
    ('kind 7', '\x010045545636004e54524b3300070005000f0000');
CREATE TABLE fusion_wire_in (f fusion);
\copy (SELECT bytes FROM fusion_wire WHERE label = 'valid') TO 'results/wire_valid.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_valid.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM fusion_wire WHERE label = 'format version 9') TO 'results/wire_v9.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_v9.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM fusion_wire WHERE label = 'unknown flag') TO 'results/wire_flag.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_flag.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM fusion_wire WHERE label = 'truncated') TO 'results/wire_trunc.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_trunc.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM fusion_wire WHERE label = 'lower-case symbol') TO 'results/wire_lower.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_lower.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM fusion_wire WHERE label = 'trailing byte') TO 'results/wire_trail.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_trail.bin' WITH (FORMAT binary)
\copy (SELECT bytes FROM fusion_wire WHERE label = 'kind 7') TO 'results/wire_kind.bin' WITH (FORMAT binary)
\copy fusion_wire_in FROM 'results/wire_kind.bin' WITH (FORMAT binary)
SELECT f FROM fusion_wire_in;
DROP TABLE fusion_wire, fusion_wire_in;

-- Accessors.
SELECT f, fusion_gene5(f) AS g5, fusion_gene3(f) AS g3, fusion_genes(f) AS genes,
       fusion_exon5(f) AS e5, fusion_exon3(f) AS e3,
       fusion_transcript5(f) AS tx5, fusion_transcript3(f) AS tx3,
       fusion_kind(f) AS kind, fusion_partner(f, 'NTRK1') AS ntrk1_partner
FROM (VALUES ('NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10'::fusion),
             ('ETV6(e5)::NTRK3(e15)'), ('NTRK1-TPM3'), ('v::NTRK1'), ('?::NTRK1'),
             ('NTRK1-intragenic'), ('EML4::ALK')) AS v(f);
SELECT fusion_partner('ETV6::NTRK3', 'trkc') AS via_alias,
       fusion_partner('ETV6::NTRK3', 'NTRK1') AS not_involved;

-- Constructor from separate columns.
SELECT fusion_make('ETV6', 'NTRK3') AS plain,
       fusion_make('etv6', 'ntrk3', 5, 15) AS exons,
       fusion_make('TPM3', 'NTRK1', 8, 10, 'NM_152263.3', 'NM_002529.3') AS transcripts,
       fusion_make('NTRK1', 'TPM3', order_guaranteed => false) AS unordered,
       fusion_make(NULL, 'NTRK1') IS NULL AS null_gene;
SELECT fusion_make('ETV6', 'NTRK3', 0, 15);

-- Gene table.
SELECT ntrk_gene('trka') AS trka, ntrk_gene('SEPT14') AS sept14, ntrk_gene('nope1') AS unknown;
SELECT ntrk_gene_table_version() LIKE 'NCBI Gene%' AS has_source;

DROP TABLE fusion_calls, fusion_calls_copy, fusion_notes;
