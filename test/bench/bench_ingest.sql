-- Ingestion benchmarks: the registry trigger against the same load with no
-- trigger, partner ranking against a plain GROUP BY on text, and report
-- parsing throughput for a 150 KB clinical XML report.
\set ON_ERROR_STOP 1
SET jit = off;
SET max_parallel_workers_per_gather = 0;

-- 1. Registry trigger: load the calls into a table with the trigger (parse
--    only, and parse + classification columns) vs the same table without,
--    by COPY and by INSERT ... SELECT.
COPY (SELECT sample, call FROM bench_calls) TO '/tmp/ntrk_bench_registry.txt';
CREATE UNLOGGED TABLE bench_reg_plain (sample text, raw text, f fusion);
CREATE UNLOGGED TABLE bench_reg_parse (sample text, raw text, f fusion);
CREATE UNLOGGED TABLE bench_reg_full (sample text, raw text, f fusion, class text, actionable boolean);
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON bench_reg_parse
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f');
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON bench_reg_full
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f', 'class=class', 'actionable=actionable');
CREATE FUNCTION bench_reg_copy(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('TRUNCATE %I', tbl);
    EXECUTE format('COPY %I (sample, raw) FROM %L', tbl, '/tmp/ntrk_bench_registry.txt');
END $$;
CREATE FUNCTION bench_reg_insert(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('TRUNCATE %I', tbl);
    EXECUTE format('INSERT INTO %I (sample, raw) SELECT sample, call FROM bench_calls', tbl);
END $$;
SELECT count(*) AS calls FROM bench_calls \gset
SELECT bench_ms($$SELECT bench_reg_copy('bench_reg_plain')$$) AS plain_ms,
       bench_ms($$SELECT bench_reg_copy('bench_reg_parse')$$) AS parse_ms,
       bench_ms($$SELECT bench_reg_insert('bench_reg_plain')$$) AS plain_ins_ms,
       bench_ms($$SELECT bench_reg_insert('bench_reg_parse')$$) AS parse_ins_ms \gset
SELECT bench_record('registry trigger (parse) vs no trigger, COPY',
    :parse_ms, :plain_ms, :calls, 'throughput >= 0.8x (ratio <= 1.25)', NULL);
SELECT bench_record('registry trigger (parse + class + actionable) vs no trigger, COPY',
    bench_ms($$SELECT bench_reg_copy('bench_reg_full')$$), :plain_ms,
    :calls, 'throughput >= 0.8x (ratio <= 1.25)', NULL);
SELECT bench_record('registry trigger (parse) vs no trigger, INSERT ... SELECT',
    :parse_ins_ms, :plain_ins_ms, :calls, 'throughput >= 0.8x (ratio <= 1.25)', NULL);
UPDATE bench_result SET met = ratio <= 1.25 WHERE name LIKE 'registry trigger%';

-- The floor for any row trigger: contrib's insert_username, a C trigger that
-- only sets one column.  With any BEFORE ROW trigger PostgreSQL hands rows
-- to it one at a time, and COPY stops inserting in batches.
SELECT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'insert_username') AS have_iu \gset
\if :have_iu
CREATE EXTENSION insert_username;
CREATE UNLOGGED TABLE bench_reg_iu (sample text, raw text, f fusion, who text);
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON bench_reg_iu
    FOR EACH ROW EXECUTE FUNCTION insert_username('who');
SELECT bench_ms($$SELECT bench_reg_copy('bench_reg_iu')$$) AS iu_ms,
       bench_ms($$SELECT bench_reg_insert('bench_reg_iu')$$) AS iu_ins_ms \gset
SELECT bench_record('a C trigger setting one column (contrib insert_username) vs no trigger, COPY',
    :iu_ms, :plain_ms, :calls, 'informational', NULL, 'what any BEFORE ROW trigger costs');
SELECT bench_record('a C trigger setting one column (contrib insert_username) vs no trigger, INSERT ... SELECT',
    :iu_ins_ms, :plain_ins_ms, :calls, 'informational', NULL, 'what any BEFORE ROW trigger costs');
SELECT bench_record('registry trigger (parse) vs contrib insert_username trigger, COPY',
    :parse_ms, :iu_ms, :calls, 'informational', NULL, 'the cost of ntrk''s own work in the trigger');
\endif

-- For scale: the PL/pgSQL trigger a user would write for the parse alone
-- (no quarantine: a bad row would abort the load).
CREATE UNLOGGED TABLE bench_reg_plpgsql (sample text, raw text, f fusion);
CREATE FUNCTION bench_plpgsql_parse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.f := NEW.raw::fusion;
    RETURN NEW;
END $$;
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON bench_reg_plpgsql
    FOR EACH ROW EXECUTE FUNCTION bench_plpgsql_parse();
SELECT bench_record('registry trigger (parse) vs a PL/pgSQL parse trigger, COPY',
    bench_ms($$SELECT bench_reg_copy('bench_reg_parse')$$),
    bench_ms($$SELECT bench_reg_copy('bench_reg_plpgsql')$$),
    (SELECT count(*) FROM bench_calls), 'informational', NULL);

-- 2. Partner ranking vs a plain GROUP BY on text over the same rows.
SELECT bench_record('partner ranking vs GROUP BY text',
    bench_ms($$SELECT count(*) FROM ntrk_partner_rank('bench_fusions', sample_column => 'sample')$$),
    bench_ms('SELECT count(*) FROM (SELECT call, count(DISTINCT sample) FROM bench_calls GROUP BY call) s'),
    NULL, '<= 1.2x', NULL);
UPDATE bench_result SET met = ratio <= 1.2 WHERE name = 'partner ranking vs GROUP BY text';

-- 3. A 150 KB FoundationOne-style report: many short variants around one
--    NTRK fusion, parsed into rows, against reading the same text.
SELECT '<?xml version="1.0" encoding="UTF-8"?>
<ResultsReport><ResultsPayload><FinalReport><ReportId>ORD-BENCH-01</ReportId>
<Sample><SampleId>S-BENCH</SampleId><TestType>FoundationOne CDx</TestType></Sample></FinalReport>
<variant-report xmlns="http://foundationmedicine.com/compbio/variant-report-external" test-request="ORD-BENCH-01" specimen="Lung">
<samples><sample name="SQ_BENCH" bait-set="DX1" nucleic-acid-type="DNA"/></samples>
<short-variants>' || string_agg(format('<short-variant gene="GENE%s" cds-effect="%sG&gt;A" protein-effect="R%sH" position="chr1:%s" allele-fraction="0.%s" depth="500" status="unknown" functional-effect="missense"/>',
        i, i, i, 1000 + i, 10 + i % 80), E'\n') ||
'</short-variants>
<rearrangements><rearrangement targeted-gene="NTRK1" other-gene="TPM3" description="TPM3-NTRK1 fusion" type="fusion" in-frame="Yes" status="known"/></rearrangements>
</variant-report></ResultsPayload></ResultsReport>' AS report
FROM generate_series(1, 780) AS i \gset
CREATE TABLE bench_report AS SELECT :'report'::text AS report;
SELECT octet_length(report) AS report_bytes FROM bench_report \gset
-- each of the 50 calls gets a different text (trailing blanks), so none is
-- computed once and reused
SELECT bench_ms($$SELECT count(*) FROM bench_report, generate_series(1, 50) AS g,
                  LATERAL ntrk_report_alterations(report || repeat(' ', g)) AS a$$) AS xml_ms \gset
SELECT bench_ms($$SELECT count(*) FROM bench_report, generate_series(1, 50) AS g
                  WHERE length(report || repeat(' ', g)) > 0$$) AS read_ms \gset
SELECT bench_record('XML report parsing, 50 reports',
    :xml_ms, :read_ms, NULL, '>= 50 reports/s per core',
    50 * 1000.0 / NULLIF(:xml_ms, 0) >= 50,
    format('%s-byte report: %s reports/s', :report_bytes, round(50 * 1000.0 / NULLIF(:xml_ms, 0))));
