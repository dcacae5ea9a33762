-- Benchmark data: :rows fusion calls in the notations seen in real files,
-- with a skewed partner distribution (a few recurrent NTRK partners, a long
-- tail of other fusions).  Deterministic: setseed() fixes the sample.
SELECT setseed(0.42);

CREATE UNLOGGED TABLE bench_pairs (w int, g5 text, g3 text);
-- Weights per 100,000 calls: NTRK fusions are rare among fusion calls
-- (about 0.5% here; NTRK1 about 0.25%), as in pan-cancer cohorts.
INSERT INTO bench_pairs VALUES
    (120, 'ETV6', 'NTRK3'), (80, 'TPM3', 'NTRK1'), (48, 'LMNA', 'NTRK1'), (40, 'IRF2BP2', 'NTRK1'),
    (24, 'EML4', 'NTRK3'), (20, 'SQSTM1', 'NTRK1'), (20, 'CD74', 'NTRK1'), (16, 'MPRIP', 'NTRK1'),
    (16, 'TPR', 'NTRK1'), (12, 'QKI', 'NTRK2'), (12, 'KANK1', 'NTRK2'), (12, 'TPM4', 'NTRK3'),
    (8, 'SCP2', 'NTRK1'), (8, 'TFG', 'NTRK1'), (8, 'AFAP1', 'NTRK2'), (8, 'NACC2', 'NTRK2'),
    (20000, 'EML4', 'ALK'), (9000, 'KIF5B', 'RET'), (7000, 'CD74', 'ROS1'), (6000, 'CCDC6', 'RET'),
    (15000, 'TMPRSS2', 'ERG'), (5000, 'FGFR3', 'TACC3'), (8000, 'BCR', 'ABL1'), (4000, 'SLC34A2', 'ROS1'),
    (3000, 'EZR', 'ROS1'), (2500, 'CD74', 'NRG1'), (3000, 'KIF5B', 'ALK'), (2500, 'NCOA4', 'RET'),
    (3000, 'PAX8', 'PPARG'), (5000, 'EWSR1', 'FLI1'), (3000, 'ETV6', 'RUNX1'), (2000, 'NPM1', 'ALK'),
    (1548, 'EWSR1', 'WT1');

-- cumulative weights for sampling
CREATE UNLOGGED TABLE bench_cum AS
SELECT g5, g3, sum(w) OVER (ORDER BY g5, g3) - w AS lo, sum(w) OVER (ORDER BY g5, g3) AS hi,
       sum(w) OVER () AS total
FROM bench_pairs;

CREATE UNLOGGED TABLE bench_calls AS
SELECT i AS id,
       'S' || (i / 3) AS sample,
       CASE (i % 10)
           WHEN 0 THEN p.g5 || '::' || p.g3
           WHEN 1 THEN p.g5 || '--' || p.g3
           WHEN 2 THEN p.g5 || '-' || p.g3
           WHEN 3 THEN p.g3 || '-' || p.g5
           WHEN 4 THEN p.g5 || ':' || p.g3
           WHEN 5 THEN p.g5 || '-' || p.g3 || ' fusion'
           WHEN 6 THEN p.g5 || '(e5)::' || p.g3 || '(e15)'
           WHEN 7 THEN lower(p.g5) || '::' || lower(p.g3)
           WHEN 8 THEN p.g5 || '::' || p.g3 || ' Fusion'
           ELSE p.g5 || '/' || p.g3
       END AS call
FROM (SELECT i, floor(random() * 100000)::int AS r FROM generate_series(1, :rows) AS i) AS s
JOIN bench_cum p ON s.r >= p.lo AND s.r < p.hi;

ALTER TABLE bench_calls SET (parallel_workers = 2);
VACUUM ANALYZE bench_calls;

-- The same calls parsed once, for benchmarks that start from a fusion column.
CREATE UNLOGGED TABLE bench_fusions AS SELECT id, sample, call::fusion AS f FROM bench_calls;
ALTER TABLE bench_fusions SET (parallel_workers = 2);
VACUUM ANALYZE bench_fusions;
