-- Timing helper: best of :reps runs of a statement, in milliseconds.
-- Statements are timed server-side (clock_timestamp around EXECUTE), so
-- client transfer is not counted; count()/sum() wrappers keep output small.
CREATE FUNCTION bench_ms(stmt text, reps int DEFAULT 3) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    best numeric := NULL;
    t0 timestamptz;
    ms numeric;
BEGIN
    FOR i IN 1..reps LOOP
        t0 := clock_timestamp();
        EXECUTE stmt;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        IF best IS NULL OR ms < best THEN best := ms; END IF;
    END LOOP;
    RETURN round(best, 1);
END $$;

CREATE TABLE bench_result (
    name text PRIMARY KEY, ntrk_ms numeric, baseline_ms numeric, ratio numeric,
    per_row_ns numeric, target text, met boolean, note text);

-- Record one comparison: ntrk against its baseline on the same data.
CREATE FUNCTION bench_record(name text, ntrk_ms numeric, baseline_ms numeric,
                             rows bigint, target text, met boolean, note text DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO bench_result VALUES (name, ntrk_ms, baseline_ms,
        round(ntrk_ms / NULLIF(baseline_ms, 0), 2),
        round((ntrk_ms - baseline_ms) * 1e6 / NULLIF(rows, 0), 1), target, met, note);
$$;

-- Serial against parallel: :reps rounds of one serial and one parallel run
-- (max_parallel_workers_per_gather 0, then 2), best of each.  Interleaving
-- keeps a slow spell of a shared machine from landing on one side only.
CREATE FUNCTION bench_parallel_ms(stmt text, reps int DEFAULT 5,
                                  OUT serial_ms numeric, OUT parallel_ms numeric)
LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1..reps LOOP
        PERFORM set_config('max_parallel_workers_per_gather', '0', true);
        serial_ms := least(serial_ms, bench_ms(stmt, 1));
        PERFORM set_config('max_parallel_workers_per_gather', '2', true);
        parallel_ms := least(parallel_ms, bench_ms(stmt, 1));
    END LOOP;
END $$;
