--
-- Memory of the per-call-site memo follows use: every literal of a
-- statement is its own call site, so a statement with 5,000 fusion literals
-- must not allocate 5,000 memos.  Pinned: the peak memory (VmHWM of the
-- backend) such a statement adds stays within 2x of the same statement
-- with text literals.  Each measurement runs in a fresh backend.
--

\set peak_kb 'SELECT (regexp_match(pg_read_file(''/proc/self/status''), ''VmHWM:\\s+(\\d+) kB''))[1]::bigint'

-- 5,000 text literals.
SELECT 'SELECT count(*) FROM (VALUES ' || string_agg('(''ETV6::NTRK3''::text)', ',') || ') v' AS q
FROM generate_series(1, 5000) \gset
:peak_kb AS before_kb \gset
:q;
:peak_kb - :before_kb AS text_kb \gset

-- The same 5,000 literals as fusion, in a fresh backend.
\c
SELECT 'SELECT count(*) FROM (VALUES ' || string_agg('(''ETV6::NTRK3''::fusion)', ',') || ') v' AS q
FROM generate_series(1, 5000) \gset
:peak_kb AS before_kb \gset
:q;
:peak_kb - :before_kb AS fusion_kb \gset

-- Within 2x (plus 2 MB of slack for allocator noise on small numbers).
SELECT :fusion_kb <= 2 * :text_kb + 2048 AS fusion_within_2x_of_text;
\if :{?VERBOSE}
SELECT :text_kb AS text_kb, :fusion_kb AS fusion_kb;
\endif

-- A site that sees many distinct rows grows its memo and still answers
-- exactly as without one (the memo never changes results).
-- Each of 3,000 distinct texts comes twice through one cast: the first is
-- computed, the second may come from the memo; both must print the same.
SELECT count(DISTINCT t) AS distinct_inputs,
       count(DISTINCT (t, f::text)) AS distinct_input_output_pairs
FROM (SELECT t::fusion AS f, t
      FROM generate_series(1, 3000) i,
           LATERAL (SELECT 'GENE' || i || '::NTRK' || (1 + i % 3) AS t) g,
           generate_series(1, 2)) x;
SELECT count(*) FILTER (WHERE (ntrk_classify(f)).class = 'ntrk_fusion') AS fusions,
       count(*) FILTER (WHERE ntrk_class(f) = (ntrk_classify(f)).class) AS class_agrees
FROM (SELECT ('TPM3::NTRK' || (1 + i % 3))::fusion AS f FROM generate_series(1, 3000) i) t;
