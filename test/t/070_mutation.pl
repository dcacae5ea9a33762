# Mutation test in a running server: thousands of random insertions,
# deletions, truncations, bit flips and splices of valid fusion literals, of
# their binary (send) form, of the XML report fixtures and of the caller
# file fixtures.  Every input is either accepted (and then a fusion's text
# must read back to the same value, order flag included) or refused with a
# clean SQLSTATE whose message names the type or the report; never an
# internal error (XX000), never a crashed backend.
#
# The database is SQL_ASCII so that any byte reaches ntrk's parsers as
# written.  Reproducible: NTRK_MUTATION_SEED picks the random sequence
# (default fixed), NTRK_MUTATIONS scales the number of text mutations.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Cwd qw(abs_path);

my $seed = $ENV{NTRK_MUTATION_SEED} // 20240501;
my $n_text = $ENV{NTRK_MUTATIONS} // 6000;
my $n_binary = int($n_text / 4);
my $n_xml = int($n_text / 4);
my $n_calls = int($n_text / 10);
srand($seed);
note("seed $seed: $n_text text, $n_binary binary, $n_xml XML, $n_calls caller-file mutations");

my $top = $ENV{NTRK_TOP} // '.';

# Valid literals in every notation ntrk reads.
my @seeds = (
	'ETV6::NTRK3', 'ETV6--NTRK3', 'ETV6:NTRK3', 'ETV6-NTRK3', 'ETV6/NTRK3',
	'NTRK1-TPM3', 'etv6::ntrk3 fusion', 'LMNA::NTRK1 Fusion',
	'NTRK3-ETV6 fusion - Archer', 'ETV6(e5)::NTRK3(e15)',
	'ETV6:exon5-NTRK3:exon15', 'EML4::ALK e6::e19',
	'NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10',
	'ENST00000396373(ETV6):e.5::ENST00000394480(NTRK3):e.15',
	'ETV6^ENSG00000139083--NTRK3^ENSG00000140538',
	'v::NTRK1', 'NTRK1 fusion', 'NTRK1 Fusions', '?::NTRK1', 'NTRK1 rearrangement',
	'NTRK1-intragenic', 'NTRK1-NTRK1', 'TRKA::TPM3', 'EGFR-SEPT14', 'MLL::MLLT3',
	'HLA-DRB1-NTRK1', 'C1orf61::NTRK1', 'FOO1::BAR2', 'CATIP-AS2::NTRK1',
	'SQSTM1::NTRK2', 'BCAN::NTRK1', 'KANK1--NTRK2',
);

# Characters that matter to the parsers, used more often than random bytes.
my @special = split //, ":-/()^?v .e_,;\t\n\r'\"\\<>&=#x0123456789";
push @special, "\x80", "\xff", "\xc3", "\x01", "\x7f";

# One random mutation of a byte string (no NUL bytes: text cannot hold them
# unless $allow_nul).
sub mutate_once
{
	my ($s, $allow_nul, $pool) = @_;
	my $len = length($s);
	my $pos = $len ? int(rand($len)) : 0;
	my $kind = int(rand(8));
	my $byte = sub {
		return $special[ int(rand(@special)) ] if rand() < 0.6;
		my $b = int(rand(256));
		$b = 1 if $b == 0 && !$allow_nul;
		return chr($b);
	};
	if ($kind == 0) { substr($s, $pos, 0) = $byte->(); }
	elsif ($kind == 1 && $len) { substr($s, $pos, 1) = ''; }
	elsif ($kind == 2 && $len) { $s = substr($s, 0, $pos); }
	elsif ($kind == 3 && $len)
	{
		my $c = ord(substr($s, $pos, 1)) ^ (1 << int(rand(8)));
		$c = 1 if $c == 0 && !$allow_nul;
		substr($s, $pos, 1) = chr($c);
	}
	elsif ($kind == 4 && $len) { substr($s, $pos, 1) = $byte->(); }
	elsif ($kind == 5 && $len)
	{
		my $n = 1 + int(rand(8));
		substr($s, $pos, 0) = substr($s, $pos, $n);
	}
	elsif ($kind == 6 && $pool)
	{
		my $other = $pool->[ int(rand(@$pool)) ];
		$s = substr($s, 0, $pos) . substr($other, int(rand(length($other) + 1)));
	}
	else { $s = reverse($s) if rand() < 0.1; substr($s, $pos, 0) = $byte->() x (1 + int(rand(4))); }
	return $s;
}

# One to three mutations.
sub mutate
{
	my ($s, $allow_nul, $pool) = @_;
	my $k = 1 + int(rand(3));
	$s = mutate_once($s, $allow_nul, $pool) for 1 .. $k;
	return $s;
}

# Load byte strings into a table (id, v text) through hex, so that no byte
# needs escaping on the way.
sub load_inputs
{
	my ($node, $db, $table, $type, @values) = @_;
	my $rows = '';
	my $i = 0;
	$rows .= ++$i . "\t" . unpack('H*', $_) . "\n" for @values;
	my $conv = $type eq 'bytea' ? "decode(h, 'hex')" : "convert_from(decode(h, 'hex'), 'SQL_ASCII')";
	$node->safe_psql($db,
		"CREATE TABLE ${table}_hex (id integer, h text);\n"
		  . "COPY ${table}_hex FROM STDIN;\n$rows\\.\n"
		  . "CREATE TABLE $table AS SELECT id, $conv AS v FROM ${table}_hex;\n"
		  . "DROP TABLE ${table}_hex;");
}

my $node = PostgreSQL::Test::Cluster->new('mutation');
$node->init;
$node->append_conf('postgresql.conf', "log_min_messages = warning\n");
$node->start;
$node->safe_psql('postgres',
	"CREATE DATABASE mut TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'");
$node->safe_psql('mut', 'CREATE EXTENSION ntrk');
my $started = time;

# Outcome of running one statement: 'ok' or SQLSTATE, and the message.
$node->safe_psql(
	'mut', q{
	CREATE TABLE outcome (suite text, id integer, path text, state text, message text);
	CREATE FUNCTION try_sql(q text, OUT state text, OUT message text) LANGUAGE plpgsql AS $$
	BEGIN
		EXECUTE q;
		state := 'ok';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
	END $$;
});

# ------------------------------------------------------------------------
# Text literals: the input function (quoted literal), the text cast,
# fusion_error and fusion_try.
# ------------------------------------------------------------------------
my @text_inputs;
for (1 .. $n_text)
{
	my $v = mutate($seeds[ int(rand(@seeds)) ], 0, \@seeds);
	# now and then a long one, around the 1024-byte limit
	$v = ($v x int(1 + 1100 / (length($v) + 1))) if rand() < 0.02;
	push @text_inputs, $v;
}
load_inputs($node, 'mut', 'text_in', 'text', @text_inputs);
$node->safe_psql(
	'mut', q{
	INSERT INTO outcome
	SELECT 'text', t.id, p.path, r.state, r.message
	  FROM text_in t,
		   (VALUES ('literal', 'SELECT %L::fusion'), ('cast', 'SELECT %L::text::fusion')) AS p(path, q),
		   LATERAL try_sql(format(p.q, t.v)) r;
});

is($node->safe_psql('mut',
		q{SELECT count(*) FROM outcome WHERE suite = 'text' AND state NOT IN ('ok', '22P02')}),
	'0', 'text: every refusal is SQLSTATE 22P02');
is($node->safe_psql('mut', q{
		SELECT count(*) FROM outcome o JOIN text_in t USING (id)
		 WHERE suite = 'text' AND state = '22P02'
		   AND message NOT LIKE 'invalid input syntax for type fusion: %'}),
	'0', 'text: every refusal message names the type');
is($node->safe_psql('mut', q{
		SELECT count(*) FROM text_in t
		  JOIN outcome l ON l.suite = 'text' AND l.id = t.id AND l.path = 'literal'
		  JOIN outcome c ON c.suite = 'text' AND c.id = t.id AND c.path = 'cast'
		 WHERE l.state <> c.state
			OR (l.state = 'ok') <> (fusion_error(t.v) IS NULL)
			OR (l.state = 'ok') <> (fusion_try(t.v) IS NOT NULL)}),
	'0', 'text: literal, cast, fusion_error and fusion_try agree on every input');
my $roundtrip_bad = $node->safe_psql('mut', q{
	SELECT string_agg(format('%L -> %s', t.v, f::text), E'\n' ORDER BY t.id)
	  FROM text_in t CROSS JOIN LATERAL fusion_try(t.v) AS f
	 WHERE f IS NOT NULL
	   AND (fusion_try(f::text) IS NULL
			OR fusion_try(f::text) <> f
			OR fusion_order_guaranteed(fusion_try(f::text)) <> fusion_order_guaranteed(f)
			OR fusion_try(f::text)::text <> f::text)});
is($roundtrip_bad, '', 'text: every accepted value reads back from its own text, order flag included');
note('text: ' . $node->safe_psql('mut', q{
	SELECT string_agg(state || ' ' || n, ', ' ORDER BY state)
	  FROM (SELECT state, count(*) AS n FROM outcome WHERE suite = 'text' AND path = 'literal' GROUP BY state) s}));

# ------------------------------------------------------------------------
# Binary input: mutated fusion_send output through COPY ... (FORMAT binary),
# one file per value, so that every value meets fusion_recv on its own.
# ------------------------------------------------------------------------
my @sent = map { pack('H*', $_) } split /\n/, $node->safe_psql('mut',
	'SELECT encode(fusion_send(v::fusion), \'hex\') FROM (VALUES '
	  . join(', ', map { my $q = $_; $q =~ s/'/''/g; "('$q')" } @seeds) . ') AS s(v)');
my $bindir = abs_path($node->basedir) . '/binary';
mkdir $bindir or die "mkdir $bindir: $!";
my @binary_inputs = map { mutate($sent[ int(rand(@sent)) ], 1, \@sent) } 1 .. $n_binary;
for my $i (0 .. $#binary_inputs)
{
	my $v = $binary_inputs[$i];
	open(my $fh, '>:raw', "$bindir/" . ($i + 1)) or die $!;
	print $fh "PGCOPY\n\xff\r\n\0", pack('NN', 0, 0), pack('nN', 1, length($v)), $v, pack('n', 0xffff);
	close($fh);
}
$node->safe_psql('mut', "CREATE TABLE bin_sink (f fusion)");
$node->safe_psql('mut', qq{
	INSERT INTO outcome
	SELECT 'binary', i, 'recv', r.state, r.message
	  FROM generate_series(1, $n_binary) i,
		   LATERAL try_sql(format('COPY bin_sink FROM %L (FORMAT binary)', '$bindir/' || i)) r;
});
is($node->safe_psql('mut',
		q{SELECT count(*) FROM outcome WHERE suite = 'binary' AND state NOT IN ('ok', '22P03')}),
	'0', 'binary: every refusal is SQLSTATE 22P03');
is($node->safe_psql('mut', q{
		SELECT count(*) FROM outcome WHERE suite = 'binary' AND state = '22P03'
		   AND message <> 'invalid binary data for type fusion'}),
	'0', 'binary: every refusal message names the type');
is($node->safe_psql('mut', q{
		SELECT count(*) FROM bin_sink
		 WHERE fusion_try(f::text) IS NULL OR fusion_try(f::text) <> f
			OR fusion_send(fusion_try(f::text)) <> fusion_send(f)}),
	'0', 'binary: every accepted value is canonical (its text reads back to the same bytes)');
note('binary: ' . $node->safe_psql('mut', q{
	SELECT string_agg(state || ' ' || n, ', ' ORDER BY state)
	  FROM (SELECT state, count(*) AS n FROM outcome WHERE suite = 'binary' GROUP BY state) s}));

# ------------------------------------------------------------------------
# XML reports: mutated fixtures through ntrk_report_alterations(text).
# ------------------------------------------------------------------------
SKIP:
{
	my @xml = grep { !/attack_/ } glob("$top/test/fixtures/reports/*.xml");
	skip 'no XML report fixtures', 2 unless @xml;
	my @docs = map { slurp_file($_) } @xml;
	my @xml_inputs;
	for (1 .. $n_xml)
	{
		my $doc = $docs[ int(rand(@docs)) ];
		# several mutations: documents are long, one byte rarely matters
		$doc = mutate_once($doc, 0, \@docs) for 1 .. 1 + int(rand(6));
		push @xml_inputs, $doc;
	}
	load_inputs($node, 'mut', 'xml_in', 'text', @xml_inputs);
	$node->safe_psql('mut', q{
		INSERT INTO outcome
		SELECT 'xml', x.id, 'report', r.state, r.message
		  FROM xml_in x,
			   LATERAL try_sql(format('SELECT count(*) FROM ntrk_report_alterations(%L::text)', x.v)) r;
	});
	is($node->safe_psql('mut', q{
			SELECT coalesce(string_agg(DISTINCT state || ': ' || message, E'\n'), '')
			  FROM outcome WHERE suite = 'xml'
			   AND state NOT IN ('ok', '22P02', '2200M', '2200N', '54000', '22021')}),
		'', 'XML: every refusal is a data or XML error (22P02, 2200M, 2200N, 54000, 22021)');
	is($node->safe_psql('mut', q{
			SELECT coalesce(string_agg(DISTINCT message, E'\n'), '') FROM outcome
			 WHERE suite = 'xml' AND state <> 'ok'
			   AND message !~ '(clinical report|XML|fusion|encoding|character)'}),
		'', 'XML: every refusal message says what was refused');
	note('xml: ' . $node->safe_psql('mut', q{
		SELECT string_agg(state || ' ' || n, ', ' ORDER BY state)
		  FROM (SELECT state, count(*) AS n FROM outcome WHERE suite = 'xml' GROUP BY state) s}));
}

# ------------------------------------------------------------------------
# Caller files: mutated fixtures through ntrk_load_calls(text, 'auto').
# ------------------------------------------------------------------------
SKIP:
{
	my @files = grep { !/README/ } glob("$top/test/fixtures/callers/*");
	skip 'no caller file fixtures', 1 unless @files;
	my @texts = map { slurp_file($_) } @files;
	my @call_inputs;
	for (1 .. $n_calls)
	{
		my $t = $texts[ int(rand(@texts)) ];
		$t = mutate_once($t, 0, \@texts) for 1 .. 1 + int(rand(6));
		push @call_inputs, $t;
	}
	load_inputs($node, 'mut', 'calls_in', 'text', @call_inputs);
	$node->safe_psql('mut', q{
		INSERT INTO outcome
		SELECT 'calls', c.id, 'load', r.state, r.message
		  FROM calls_in c,
			   LATERAL try_sql(format('SELECT count(*) FROM ntrk_load_calls(%L, %L)', c.v, 'auto')) r;
	});
	is($node->safe_psql('mut', q{
			SELECT coalesce(string_agg(DISTINCT state || ': ' || message, E'\n'), '')
			  FROM outcome WHERE suite = 'calls' AND state NOT IN ('ok', '22023')}),
		'', 'caller files: unreadable lines come back as rows; the only refusal is 22023 (format not recognised)');
	note('calls: ' . $node->safe_psql('mut', q{
		SELECT string_agg(state || ' ' || n, ', ' ORDER BY state)
		  FROM (SELECT state, count(*) AS n FROM outcome WHERE suite = 'calls' GROUP BY state) s}));
}

# The commonest refusals, for the log.
note("refusals:\n" . $node->safe_psql('mut', q{
	SELECT string_agg(line, E'\n') FROM (
		SELECT format('%s %s %s x%s', suite, state, m, count(*)) AS line
		  FROM outcome, LATERAL regexp_replace(left(message, 90), ': .*$', ': ...') AS m
		 WHERE state <> 'ok'
		 GROUP BY suite, state, m ORDER BY suite, count(*) DESC) s}));

# ------------------------------------------------------------------------
# The server survived.
# ------------------------------------------------------------------------
is($node->safe_psql('mut', q{SELECT count(*) FROM outcome WHERE state = 'XX000'}),
	'0', 'no internal error (XX000) anywhere');
is($node->safe_psql('postgres',
		q{SELECT count(*) > 0 FROM pg_stat_activity WHERE pid = pg_backend_pid()}),
	't', 'a new connection works and pg_stat_activity answers');
my $log = slurp_file($node->logfile);
unlike($log, qr/terminated by signal|server process .* was terminated|PANIC|TRAP:/,
	'the server log shows no crashed backend');
note('elapsed ' . (time - $started) . ' s');
$node->stop;
done_testing();
