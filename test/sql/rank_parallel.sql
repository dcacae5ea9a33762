--
-- Partner ranking in a parallel plan gives the same answer as serially.
--
-- Parallel workers cannot read temporary tables, so the calls are in a
-- regular table (dropped at the end).
CREATE TABLE rank_par_calls AS
SELECT 'cohort' || (i % 3) AS cohort,
       'P' || (i / 4) AS patient_id,
       'S' || (i / 2) AS sample_id,
       (ARRAY['ETV6::NTRK3', 'NTRK3::ETV6', 'TPM3::NTRK1', 'NTRK1-TPM3', 'LMNA::NTRK1',
              'EML4::ALK', '?::NTRK1', 'IRF2BP2::NTRK1', 'KANK1::NTRK2', NULL,
              'NOVEL1::NTRK3', 'NTRK1 fusion', 'TPM3::NTRK1', 'CD74::ROS1'])[1 + (i * 5) % 14]::fusion AS f,
       CASE WHEN i % 11 = 0 THEN 'out-of-frame' END AS reading_frame
FROM generate_series(1, 20000) AS i;
ANALYZE rank_par_calls;

-- Plan lines that show parallelism (the rest of the plan is not the point).
CREATE FUNCTION rank_par_plan(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line ~ 'Gather|Parallel|Workers|Partial' THEN
			RETURN NEXT btrim(line);
		END IF;
	END LOOP;
END;
$$;

-- Serial answer.
SET max_parallel_workers_per_gather = 0;
CREATE TABLE rank_par_serial AS
SELECT * FROM ntrk_partner_rank('rank_par_calls', patient_column => 'patient_id',
                                reading_frame_column => 'reading_frame',
                                group_column => 'cohort');
SELECT group_value, ntrk_gene, partner, samples, patients, actionable_samples, gene_samples,
       share, share_of_ntrk, partner_rank, not_previously_reported
FROM rank_par_serial;

-- Force a parallel plan.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- force_parallel_mode became debug_parallel_query in PostgreSQL 16.
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END,
                  'on', false) IS NOT NULL AS forced;
SELECT ntrk_partner_rank_sql('rank_par_calls', patient_column => 'patient_id',
                             reading_frame_column => 'reading_frame',
                             group_column => 'cohort') AS rank_query \gset
SELECT rank_par_plan(:'rank_query');

-- Same rows, both ways.
SELECT count(*) AS only_serial
FROM (SELECT * FROM rank_par_serial
      EXCEPT ALL
      SELECT * FROM ntrk_partner_rank('rank_par_calls', patient_column => 'patient_id',
                                      reading_frame_column => 'reading_frame',
                                      group_column => 'cohort')) AS s;
SELECT count(*) AS only_parallel
FROM (SELECT * FROM ntrk_partner_rank('rank_par_calls', patient_column => 'patient_id',
                                      reading_frame_column => 'reading_frame',
                                      group_column => 'cohort')
      EXCEPT ALL
      SELECT * FROM rank_par_serial) AS p;

-- The generated query run directly, as a BI tool would run a saved query.
SELECT count(*) AS only_direct
FROM ((:rank_query) EXCEPT ALL SELECT * FROM rank_par_serial) AS d;

-- A temporary copy is never scanned in parallel.
CREATE TEMP TABLE rank_par_temp AS SELECT * FROM rank_par_calls;
ANALYZE rank_par_temp;
SELECT rank_par_plan(ntrk_partner_rank_sql('rank_par_temp', patient_column => 'patient_id'));

SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END,
                  'off', false) IS NOT NULL AS unforced;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE rank_par_calls, rank_par_serial, rank_par_temp;
DROP FUNCTION rank_par_plan(text);
