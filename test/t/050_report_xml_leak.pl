# ntrk_report_alterations does not leak: 10,000 calls in one backend, on
# good reports and on every kind of failure (refused DTD, too deep, not
# well-formed, bad field value raised while the libxml2 document is alive
# when reading strictly, or kept as a warning by default),
# leave the backend's resident memory and its memory contexts where they were.
#
# libxml2 allocates with malloc, invisible to memory contexts, so a document
# or parser context not freed on the error path shows up in VmRSS (read from
# /proc/self/status of the backend itself); palloc'd leaks into long-lived
# contexts show up in pg_backend_memory_contexts.
use strict;
use warnings;
use Cwd qw(getcwd);
use PostgreSQL::Test::Cluster;
use Test::More;

my $fixtures = getcwd() . '/test/fixtures/reports';
my $node = PostgreSQL::Test::Cluster->new('report_leak');
$node->init;
$node->start;

# Each document with the outcome it must have ('ok' or the SQLSTATE); the
# bad field document is read both ways (strict => true raises 22P02).
my $bad_field =
  q{'<variant-report><rearrangements><rearrangement targeted-gene="NTRK1" other-gene="TPM3"/>'
  || '<rearrangement targeted-gene="NTRK1" other-gene="x;y"/></rearrangements></variant-report>'};
my @docs = (
	[ "pg_read_file('$fixtures/f1_ntrk_fusion.xml')",        'ok' ],
	[ "pg_read_file('$fixtures/f1_no_fusion_crlf.xml')",     'ok' ],
	[ "pg_read_file('$fixtures/fhir_ntrk_fusion.xml')",      'ok' ],
	[ "pg_read_file('$fixtures/fhir_ntrk_mutation.xml')",    'ok' ],
	[ "pg_read_file('$fixtures/attack_xxe_file.xml')",       '2200M' ],
	[ "pg_read_file('$fixtures/attack_billion_laughs.xml')", '2200M' ],
	[ "pg_read_file('$fixtures/attack_deep_nesting.xml')",   '2200M' ],
	[ "pg_read_file('$fixtures/attack_truncated.xml')",      '2200M' ],
	[ q{'<Patient xmlns="http://hl7.org/fhir"/>'},           '2200N' ],
	[ $bad_field, '22P02', 'true' ],
	[ $bad_field, 'ok' ],
);
my $values = join(",\n",
	map { "($_, $docs[$_][0], '$docs[$_][1]', " . ($docs[$_][2] // 'false') . ")" }
	  0 .. $#docs);

my $setup = <<"SQL";
CREATE EXTENSION ntrk;
CREATE TABLE docs (i int PRIMARY KEY, body text, expect text, strict boolean);
INSERT INTO docs VALUES $values;
CREATE TABLE mem (label text, rss_kb bigint, ctx_bytes numeric, at timestamptz);

-- Call the function n times, cycling through the documents; count the
-- calls whose outcome is not the expected one.
CREATE FUNCTION run_calls(n int) RETURNS int LANGUAGE plpgsql AS \$\$
DECLARE
	bodies text[] := ARRAY(SELECT body FROM docs ORDER BY i);
	expects text[] := ARRAY(SELECT expect FROM docs ORDER BY i);
	stricts boolean[] := ARRAY(SELECT strict FROM docs ORDER BY i);
	k int;
	outcome text;
	wrong int := 0;
BEGIN
	FOR c IN 1..n LOOP
		k := 1 + c % array_length(bodies, 1);
		BEGIN
			PERFORM count(*) FROM ntrk_report_alterations(bodies[k], stricts[k]);
			outcome := 'ok';
		EXCEPTION WHEN OTHERS THEN
			outcome := SQLSTATE;
		END;
		IF outcome <> expects[k] THEN
			wrong := wrong + 1;
		END IF;
	END LOOP;
	RETURN wrong;
END \$\$;

CREATE FUNCTION measure(label text) RETURNS void LANGUAGE sql AS \$\$
	INSERT INTO mem
	SELECT label,
	       (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\\s+(\\d+)'))[1]::bigint,
	       (SELECT sum(total_bytes) FROM pg_backend_memory_contexts),
	       clock_timestamp();
\$\$;
SQL
$node->safe_psql('postgres', $setup);

# One session, so one backend: warm up, measure, 10,000 calls, measure.
my $out = $node->safe_psql(
	'postgres', q{
SELECT run_calls(1000) AS warmup_wrong;
SELECT measure('before');
SELECT run_calls(10000) AS wrong;
SELECT measure('after');
SELECT a.rss_kb - b.rss_kb, a.ctx_bytes - b.ctx_bytes,
       round(extract(epoch FROM a.at - b.at) * 1000000 / 10000)
FROM mem a, mem b WHERE a.label = 'after' AND b.label = 'before';
});
my @lines = split /\n/, $out;
is($lines[0], '0', 'warm-up: 1,000 calls had the expected outcomes');
is($lines[2], '0', '10,000 calls had the expected outcomes (rows, 2200M, 2200N, 22P02)');
my ($rss_growth_kb, $ctx_growth, $us_per_call) = split /\|/, $lines[4];
note("after 10,000 calls: VmRSS grew $rss_growth_kb kB, memory contexts grew "
	  . "$ctx_growth bytes, $us_per_call us per call");

# A leaked libxml2 document or parser context costs kilobytes per call, so
# 10,000 calls would add tens of megabytes; allow 1 MB of noise.
cmp_ok($rss_growth_kb, '<', 1024, 'resident memory stable across 10,000 calls');
cmp_ok($ctx_growth, '<', 256 * 1024, 'memory contexts stable across 10,000 calls');

$node->stop;
done_testing();
