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
