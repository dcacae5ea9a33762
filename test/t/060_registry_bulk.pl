# Bulk load through the registry trigger: 1M rows by COPY into a table with
# ntrk_registry_trigger (on_error=skip, classification columns) and into one
# with on_error=keep.  Every input row must end up accounted for: accepted +
# quarantined = input, with no row in both places and none twice.  Also:
# pg_dump keeps the quarantine's rows and its sequence (config tables).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use File::Spec;
use Time::HiRes qw(time);

my $N = 1_000_000;

my $node = PostgreSQL::Test::Cluster->new('registry_bulk');
$node->init;
$node->append_conf('postgresql.conf', "fsync = off\nshared_buffers = 256MB\nmax_wal_size = 4GB\n");
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION ntrk');

# The input: every 10th row is a notation ntrk cannot read.
my @good = ('ETV6::NTRK3', 'ETV6-NTRK3', 'TPM3-NTRK1', 'LMNA--NTRK1', 'NTRK1-TPM3',
	'trka::tpm3', 'EML4::ALK', 'NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10', 'v::NTRK3');
my @bad = ('FOO1-BAR2', 'NTRK1 G595R', 'ETV6 NTRK3', 'ETV6::', 'NTRK3-');
my $dir = File::Spec->rel2abs(PostgreSQL::Test::Utils::tempdir());
my $file = "$dir/calls.tsv";
open(my $fh, '>', $file) or die "cannot write $file: $!";
my $n_bad = 0;
for my $i (1 .. $N)
{
	my $raw;
	if ($i % 10 == 0) { $raw = $bad[ int($i / 10) % @bad ]; $n_bad++; }
	else { $raw = $good[ $i % @good ]; }
	print $fh "$i\tS" . ($i % 5000) . "\t$raw\n";
}
close($fh);
chmod 0644, $file;

$node->safe_psql('postgres', q{
	CREATE TABLE calls_skip (id bigint PRIMARY KEY, sample text NOT NULL,
							 fusion_text text NOT NULL, f fusion NOT NULL,
							 cls ntrk_fusion_class, actionable boolean);
	CREATE TRIGGER calls_skip_ntrk BEFORE INSERT OR UPDATE ON calls_skip
		FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f',
			'on_error=skip', 'class=cls', 'actionable=actionable');
	CREATE TABLE calls_keep (id bigint PRIMARY KEY, sample text NOT NULL,
							 fusion_text text NOT NULL, f fusion);
	CREATE TRIGGER calls_keep_ntrk BEFORE INSERT OR UPDATE ON calls_keep
		FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f');
	CREATE UNLOGGED TABLE calls_plain (id bigint, sample text, fusion_text text);
});

# Time a statement; returns seconds.
sub timed
{
	my ($sql) = @_;
	my $t0 = time;
	$node->safe_psql('postgres', $sql, timeout => 600);
	return time - $t0;
}

my $t_plain = timed("COPY calls_plain FROM '$file'");
my $t_skip = timed("COPY calls_skip (id, sample, fusion_text) FROM '$file'");
my $t_keep = timed("COPY calls_keep (id, sample, fusion_text) FROM '$file'");
diag(sprintf("COPY of %d rows: no trigger %.1f s; skip + classification %.1f s; keep %.1f s",
		$N, $t_plain, $t_skip, $t_keep));

# on_error=skip: accepted + quarantined = input, disjoint, no duplicates.
my ($accepted, $quarantined, $distinct, $both, $unclassified) = split /\|/,
  $node->safe_psql('postgres', q{
	SELECT (SELECT count(*) FROM calls_skip),
		   (SELECT count(*) FROM ntrk_quarantine WHERE table_name = 'calls_skip'),
		   (SELECT count(DISTINCT row_data ->> 'id') FROM ntrk_quarantine
			 WHERE table_name = 'calls_skip'),
		   (SELECT count(*) FROM calls_skip c JOIN ntrk_quarantine q
			   ON q.table_name = 'calls_skip' AND (q.row_data ->> 'id')::bigint = c.id),
		   (SELECT count(*) FROM calls_skip WHERE cls IS NULL)
  });
is($accepted + $quarantined, $N, 'skip: accepted + quarantined = input');
is($quarantined, $n_bad, 'skip: exactly the unreadable rows are quarantined');
is($distinct, $quarantined, 'skip: no row quarantined twice');
is($both, 0, 'skip: no row both accepted and quarantined');
is($unclassified, 0, 'skip: every accepted row is classified');

# on_error=keep: every row stored; the NULL fusions are the quarantined ones.
my ($stored, $nulls, $kept_q, $unexplained) = split /\|/,
  $node->safe_psql('postgres', q{
	SELECT (SELECT count(*) FROM calls_keep),
		   (SELECT count(*) FROM calls_keep WHERE f IS NULL),
		   (SELECT count(*) FROM ntrk_quarantine WHERE table_name = 'calls_keep'),
		   (SELECT count(*) FROM calls_keep c WHERE f IS NULL AND NOT EXISTS
			  (SELECT FROM ntrk_quarantine q WHERE q.table_name = 'calls_keep'
				  AND (q.row_data ->> 'id')::bigint = c.id))
  });
is($stored, $N, 'keep: every input row is stored');
is($kept_q, $n_bad, 'keep: one quarantine entry per unreadable row');
is($nulls, $kept_q, 'keep: NULL fusions = quarantine entries');
is($unexplained, 0, 'keep: every NULL fusion has its quarantine entry');

# The accepted rows are the same whatever the mode.
is($node->safe_psql('postgres', q{
	SELECT count(*) FROM calls_skip s JOIN calls_keep k USING (id) WHERE s.f = k.f}),
	$accepted, 'accepted rows parse identically in both modes');

# pg_dump keeps quarantined rows and the id sequence (extension config).
$node->safe_psql('postgres', 'CREATE DATABASE dump_src');
$node->safe_psql('dump_src', q{
	CREATE EXTENSION ntrk;
	CREATE TABLE reg (id int PRIMARY KEY, fusion_text text, f fusion);
	CREATE TRIGGER reg_ntrk BEFORE INSERT ON reg
		FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=skip');
	INSERT INTO reg VALUES (1, 'ETV6::NTRK3'), (2, 'bad one'), (3, 'FOO1-BAR2');
});
my $dump = "$dir/dump.sql";
$node->command_ok([ 'pg_dump', '-d', $node->connstr('dump_src'), '-f', $dump ],
	'pg_dump of a database with quarantined rows');
$node->safe_psql('postgres', 'CREATE DATABASE dump_dst');
$node->command_ok([ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $node->connstr('dump_dst'),
		'-f', $dump ], 'restore');
is($node->safe_psql('dump_dst', q{
	SELECT string_agg(raw_value, ', ' ORDER BY id) FROM ntrk_quarantine}),
	'bad one, FOO1-BAR2', 'restored quarantine keeps its rows');
$node->safe_psql('dump_dst', q{INSERT INTO reg VALUES (4, 'NTRK3-')});
is($node->safe_psql('dump_dst', q{
	SELECT count(DISTINCT id) = count(*) FROM ntrk_quarantine}),
	't', 'restored id sequence continues after the restored rows');

$node->stop;
done_testing();
