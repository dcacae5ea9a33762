-- Benchmarks of the fusion type itself: text input, COPY, GIN.
\set ON_ERROR_STOP 1
SET max_parallel_workers_per_gather = 0;
SET jit = off;

-- 1. Text input: cast the text column to fusion vs just reading it.
SELECT bench_record('fusion text input (per row over reading text)',
    bench_ms('SELECT count(call::fusion) FROM bench_calls'),
    bench_ms('SELECT count(call) FROM bench_calls'),
    (SELECT count(*) FROM bench_calls), '<= 100 ns/row', NULL);
UPDATE bench_result SET met = per_row_ns <= 100 WHERE name LIKE 'fusion text input%';

-- 2. COPY FROM a file into a fusion column vs a text column (text and binary).
COPY (SELECT call FROM bench_calls) TO '/tmp/ntrk_bench_calls.txt';
CREATE UNLOGGED TABLE bench_into_text (t text);
CREATE UNLOGGED TABLE bench_into_fusion (f fusion);
CREATE FUNCTION bench_copy(tbl text, file text, fmt text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('TRUNCATE %I', tbl);
    EXECUTE format('COPY %I FROM %L WITH (FORMAT %s)', tbl, file, fmt);
END $$;
SELECT bench_record('COPY FROM text into fusion vs text',
    bench_ms($$SELECT bench_copy('bench_into_fusion', '/tmp/ntrk_bench_calls.txt', 'text')$$, 5),
    bench_ms($$SELECT bench_copy('bench_into_text', '/tmp/ntrk_bench_calls.txt', 'text')$$, 5),
    (SELECT count(*) FROM bench_calls), '<= 1.15x', NULL);
COPY bench_into_fusion TO '/tmp/ntrk_bench_fusion.bin' WITH (FORMAT binary);
COPY bench_into_text TO '/tmp/ntrk_bench_text.bin' WITH (FORMAT binary);
SELECT bench_record('COPY FROM binary into fusion vs text',
    bench_ms($$SELECT bench_copy('bench_into_fusion', '/tmp/ntrk_bench_fusion.bin', 'binary')$$, 5),
    bench_ms($$SELECT bench_copy('bench_into_text', '/tmp/ntrk_bench_text.bin', 'binary')$$, 5),
    (SELECT count(*) FROM bench_calls), '<= 1.15x', NULL);
UPDATE bench_result SET met = ratio <= 1.15 WHERE name LIKE 'COPY FROM%';

-- 3. WHERE f ? gene: GIN index vs sequential scan, for NTRK1 and for a
--    rarer gene (NTRK2, about 0.04% of calls): the index's cost is mostly one
--    heap page visit per matching row, so the speed-up grows as the gene
--    gets rarer.  Plan settings are local to the function call.
CREATE INDEX bench_fusions_gin ON bench_fusions USING gin (f);
VACUUM ANALYZE bench_fusions;
-- How many heap pages the bitmap heap scan of a probe touched (shared
-- buffers hit or read by the heap node less those of its index child),
-- against the number of heap pages that hold a matching row: when the two
-- are equal, every matching page was read (no page skipped as all-visible).
CREATE FUNCTION bench_heap_pages(probe text, gene text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    plan json;
    heap json;
    child json;
    pages_read bigint;
    pages_matching bigint;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ' || probe INTO plan;
    heap := plan -> 0 -> 'Plan' -> 'Plans' -> 0;
    IF heap ->> 'Node Type' IS DISTINCT FROM 'Bitmap Heap Scan' THEN
        RETURN format('plan has no bitmap heap scan (%s)', heap ->> 'Node Type');
    END IF;
    child := heap -> 'Plans' -> 0;
    pages_read := (heap ->> 'Shared Hit Blocks')::bigint + (heap ->> 'Shared Read Blocks')::bigint
        - (child ->> 'Shared Hit Blocks')::bigint - (child ->> 'Shared Read Blocks')::bigint;
    SELECT count(DISTINCT (ctid::text::point)[0]) INTO pages_matching
    FROM bench_fusions WHERE f ? gene;
    RETURN format('bitmap heap scan read %s heap pages (exact heap blocks %s) for %s pages holding a match',
        pages_read, heap ->> 'Exact Heap Blocks', pages_matching);
END $$;

CREATE FUNCTION bench_gene_probe(gene text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    probe text := format('SELECT count(*) FROM bench_fusions WHERE f ? %L', gene);
    gin_ms numeric;
    seq_ms numeric;
    heap_note text;
BEGIN
    PERFORM set_config('enable_seqscan', 'off', true);
    gin_ms := bench_ms(probe, 5);
    heap_note := bench_heap_pages(probe, gene);
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    PERFORM set_config('enable_indexscan', 'off', true);
    seq_ms := bench_ms(probe);
    PERFORM set_config('enable_bitmapscan', 'on', true);
    PERFORM set_config('enable_indexscan', 'on', true);
    PERFORM bench_record(format('GIN f ? %s vs sequential scan (speed-up = 1/ratio)', gene),
        gin_ms, seq_ms, NULL, '>= 100x faster', seq_ms / NULLIF(gin_ms, 0) >= 100,
        (SELECT format('%s of %s rows match; %s', count(*) FILTER (WHERE f ? gene), count(*), heap_note)
         FROM bench_fusions));
END $$;
SELECT bench_gene_probe('NTRK1');
SELECT bench_gene_probe('NTRK2');

-- 4. GROUP BY fusion vs GROUP BY text (hash aggregate over the compact type).
SELECT bench_record('GROUP BY fusion vs GROUP BY text',
    bench_ms('SELECT count(*) FROM (SELECT f, count(*) FROM bench_fusions GROUP BY f) s'),
    bench_ms('SELECT count(*) FROM (SELECT call, count(*) FROM bench_calls GROUP BY call) s'),
    NULL, 'informational', NULL);
