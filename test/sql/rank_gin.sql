--
-- The GIN index on a fusion column serves WHERE f ? 'NTRK1' and the
-- partner ranking.
--
-- 100,000 calls, 0.3% involving an NTRK gene (like a real cohort).
CREATE TABLE rank_gin_calls AS
SELECT i AS id, 'S' || (i / 2) AS sample_id,
       CASE WHEN i % 1000 < 3
            THEN (ARRAY['ETV6::NTRK3', 'TPM3::NTRK1', 'NTRK1-LMNA', 'KANK1::NTRK2'])[1 + (i / 1000) % 4]
            ELSE (ARRAY['EML4::ALK', 'KIF5B::RET', 'CD74::ROS1', 'TMPRSS2::ERG', 'BCR::ABL1',
                        NULL])[1 + i % 6]
       END::fusion AS f
FROM generate_series(1, 100000) AS i;
CREATE INDEX rank_gin_calls_f ON rank_gin_calls USING gin (f);
ANALYZE rank_gin_calls;

EXPLAIN (COSTS OFF) SELECT count(*) FROM rank_gin_calls WHERE f ? 'NTRK1';
SELECT count(*) FROM rank_gin_calls WHERE f ? 'NTRK1';
-- Aliases go through the index too: the gene constant is resolved when it is
-- read, so the plan shows NTRK1.
EXPLAIN (COSTS OFF) SELECT count(*) FROM rank_gin_calls WHERE f ? 'TRKA';
SELECT count(*) FROM rank_gin_calls WHERE f ? 'TRKA';
EXPLAIN (COSTS OFF) SELECT count(*) FROM rank_gin_calls WHERE f ?| ARRAY['NTRK1', 'NTRK2', 'NTRK3'];
SELECT count(*) FROM rank_gin_calls WHERE f ?| ARRAY['NTRK1', 'NTRK2', 'NTRK3'];

-- The index gives the same rows as a sequential scan.
SET enable_bitmapscan = off;
SET enable_indexscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM rank_gin_calls WHERE f ? 'NTRK1';
SELECT count(*) FROM rank_gin_calls WHERE f ? 'NTRK1';
SELECT count(*) FROM rank_gin_calls WHERE f ?| ARRAY['NTRK1', 'NTRK2', 'NTRK3'];
RESET enable_indexscan;
RESET enable_bitmapscan;

-- The ranking reads only the NTRK calls, through the index.
SELECT ntrk_partner_rank_sql('rank_gin_calls') AS rank_query \gset
CREATE FUNCTION rank_gin_plan(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line ~ 'rank_gin_calls' THEN
			RETURN NEXT btrim(line);
		END IF;
	END LOOP;
END;
$$;
SELECT rank_gin_plan(:'rank_query');
SELECT ntrk_gene, partner, samples, gene_samples, share, partner_rank
FROM ntrk_partner_rank('rank_gin_calls');

DROP FUNCTION rank_gin_plan(text);
DROP TABLE rank_gin_calls;
