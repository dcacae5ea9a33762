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

-- 3. WHERE f ? 'NTRK1': GIN index vs sequential scan.
CREATE INDEX bench_fusions_gin ON bench_fusions USING gin (f);
VACUUM ANALYZE bench_fusions;
SET enable_seqscan = off;
SELECT bench_ms($$SELECT count(*) FROM bench_fusions WHERE f ? 'NTRK1'$$, 5) AS gin_ms \gset
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT bench_ms($$SELECT count(*) FROM bench_fusions WHERE f ? 'NTRK1'$$) AS seq_ms \gset
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT bench_record('GIN f ? NTRK1 vs sequential scan (speed-up = 1/ratio)',
    :gin_ms, :seq_ms, NULL, '>= 100x faster',
    :seq_ms / NULLIF(:gin_ms, 0) >= 100,
    (SELECT format('%s of %s rows match', count(*) FILTER (WHERE f ? 'NTRK1'), count(*))
     FROM bench_fusions));
-- The same for a rarer gene (NTRK2, about 0.04% of calls): the index's
-- cost is mostly one heap page visit per matching row, so the speed-up
-- grows as the gene gets rarer.
SET enable_seqscan = off;
SELECT bench_ms($$SELECT count(*) FROM bench_fusions WHERE f ? 'NTRK2'$$, 5) AS gin2_ms \gset
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT bench_ms($$SELECT count(*) FROM bench_fusions WHERE f ? 'NTRK2'$$) AS seq2_ms \gset
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT bench_record('GIN f ? NTRK2 vs sequential scan (speed-up = 1/ratio)',
    :gin2_ms, :seq2_ms, NULL, '>= 100x faster',
    :seq2_ms / NULLIF(:gin2_ms, 0) >= 100,
    (SELECT format('%s of %s rows match', count(*) FILTER (WHERE f ? 'NTRK2'), count(*))
     FROM bench_fusions));

-- 4. GROUP BY fusion vs GROUP BY text (hash aggregate over the compact type).
SELECT bench_record('GROUP BY fusion vs GROUP BY text',
    bench_ms('SELECT count(*) FROM (SELECT f, count(*) FROM bench_fusions GROUP BY f) s'),
    bench_ms('SELECT count(*) FROM (SELECT call, count(*) FROM bench_calls GROUP BY call) s'),
    NULL, 'informational', NULL);
