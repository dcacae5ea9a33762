# Sharding a calls table with postgres_fdw: a coordinator and two shard
# clusters on loopback, a calls table range-partitioned by sample_id whose two
# partitions are foreign tables on the shards (servers with
# extensions 'ntrk' and async_capable).  The test asserts, from EXPLAIN
# (VERBOSE) "Remote SQL:" lines, which filters and aggregates PostgreSQL 15
# ships to the shards, and that every cohort answer equals the answer of a
# local copy of the same rows.
#
# What ships (postgres_fdw documentation, "Remote Execution Options"; measured here): WHERE clauses
# and aggregates whose functions, operators and types are built in or belong
# to ntrk and are IMMUTABLE, such as ntrk_actionable(f, frame); a GROUP BY on
# the partition key with enable_partitionwise_aggregate; a per-shard GROUP BY
# on anything when written as UNION ALL over the foreign partitions.  What
# does not: a field of a composite result such as
# (ntrk_classify(f)).actionable (postgres_fdw does not deparse field
# selection), and any comparison whose text operand's collation does not
# come from a remote column, such as fusion_gene3(f) = 'NTRK1'.  Generated
# columns computed on the shards make both kinds of filter shippable.  The
# gene-membership operators take a gene, which has no collation, so
# f ? 'NTRK1', ?| and ?& ship.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use File::Basename qw(dirname);
use PostgreSQL::Test::Utils;
use Test::More;

my $coordinator = PostgreSQL::Test::Cluster->new('fdw_coordinator');
my @shards = map { PostgreSQL::Test::Cluster->new("fdw_shard$_") } (1, 2);
for my $node ($coordinator, @shards)
{
	$node->init;
	$node->start;
	$node->safe_psql('postgres', 'CREATE EXTENSION ntrk');
}

# The columns of a calls table, shared by the shard tables, the partitioned
# table and the local copy.  The classification is kept in generated
# columns: each node computes them itself (postgres_fdw never sends values of
# generated columns, the shard's own expression fills them), and a filter or
# GROUP BY on a plain column ships where one on a field of ntrk_classify()
# does not.
my $calls_columns = q{
	sample_id	text NOT NULL,
	patient_id	text,
	cancer_type text,
	fusion		fusion,
	reading_frame text,
	gene		text,
	protein_change text,
	prior_trk_inhibitor boolean,
	class		ntrk_fusion_class
		GENERATED ALWAYS AS ((ntrk_classify(fusion, reading_frame)).class) STORED,
	ntrk_gene	text GENERATED ALWAYS AS ((ntrk_classify(fusion, reading_frame)).ntrk_gene) STORED,
	partner		text GENERATED ALWAYS AS ((ntrk_classify(fusion, reading_frame)).partner) STORED,
	actionable	boolean
		GENERATED ALWAYS AS ((ntrk_classify(fusion, reading_frame)).actionable) STORED,
	genes		text[] GENERATED ALWAYS AS (fusion_genes(fusion)) STORED
};
my $input_columns = 'sample_id, patient_id, cancer_type, fusion, reading_frame, gene, '
  . 'protein_change, prior_trk_inhibitor';

$_->safe_psql('postgres', "CREATE TABLE calls_shard ($calls_columns)") for @shards;

# Samples S00001-S01499 live on shard 1, S01500 and up on shard 2.
$coordinator->safe_psql('postgres', 'CREATE EXTENSION postgres_fdw');
for my $i (1, 2)
{
	my $shard = $shards[ $i - 1 ];
	my ($host, $port) = ($shard->host, $shard->port);
	$coordinator->safe_psql('postgres', qq{
		CREATE SERVER shard$i FOREIGN DATA WRAPPER postgres_fdw
			OPTIONS (host '$host', port '$port', dbname 'postgres',
					 extensions 'ntrk', async_capable 'true', batch_size '500');
		CREATE USER MAPPING FOR CURRENT_USER SERVER shard$i;
	});
}
$coordinator->safe_psql('postgres', qq{
	CREATE TABLE calls ($calls_columns) PARTITION BY RANGE (sample_id);
	CREATE FOREIGN TABLE calls_s1 PARTITION OF calls
		FOR VALUES FROM (MINVALUE) TO ('S01500')
		SERVER shard1 OPTIONS (table_name 'calls_shard');
	CREATE FOREIGN TABLE calls_s2 PARTITION OF calls
		FOR VALUES FROM ('S01500') TO (MAXVALUE)
		SERVER shard2 OPTIONS (table_name 'calls_shard');
	CREATE TABLE calls_local ($calls_columns);
});

# The cohort of test/citus/cohort.sql (4250 calls of 3000 samples and 1800
# patients), first into the local copy, then through the partitioned table.
my $cohort = slurp_file(dirname(__FILE__) . '/../citus/cohort.sql');
$coordinator->safe_psql('postgres', qq{
	$cohort
	INSERT INTO calls ($input_columns) SELECT $input_columns FROM calls_local;
});

is($coordinator->safe_psql('postgres',
		q{SELECT count(*) || ' ' || count(DISTINCT sample_id) FROM calls}),
	'4250 3000', 'calls routed through the foreign partitions');
is( $shards[0]->safe_psql('postgres', 'SELECT count(DISTINCT sample_id) FROM calls_shard')
	  . ' '
	  . $shards[1]->safe_psql('postgres', 'SELECT count(DISTINCT sample_id) FROM calls_shard'),
	'1499 1501', 'each shard holds its range of samples');
is($shards[0]->safe_psql('postgres', q{
		SELECT count(*) FROM calls_shard
		WHERE class IS DISTINCT FROM (ntrk_classify(fusion, reading_frame)).class
		   OR actionable IS DISTINCT FROM (ntrk_classify(fusion, reading_frame)).actionable}),
	'0', 'the shard computed the generated classification columns itself');

# EXPLAIN (VERBOSE, COSTS OFF) of a query on the coordinator, after
# optional settings.
sub plan_of
{
	my ($query, $settings) = @_;
	return $coordinator->safe_psql('postgres',
		($settings // '') . "EXPLAIN (VERBOSE, COSTS OFF) $query");
}

# The "Remote SQL:" lines of a plan, one per foreign scan.
sub remote_sql
{
	my ($plan) = @_;
	return grep { /Remote SQL:/ } split /\n/, $plan;
}

# Asserts that both foreign scans of the plan (one per shard) ship every
# pattern (the planner orders the quals by cost, so each is matched on its
# own) and that the coordinator filters nothing itself; returns the plan.
sub ships
{
	my ($query, $patterns, $name, $settings) = @_;
	my $plan = plan_of($query, $settings);
	my @remote = remote_sql($plan);
	my $all_ship = @remote == 2;
	for my $pattern (@$patterns)
	{
		$all_ship &&= !grep { !/$pattern/ } @remote;
	}
	ok($all_ship && $plan !~ /^\s*Filter:/m, $name) or diag($plan);
	return $plan;
}

# Asserts that the plan evaluates the pattern on the coordinator (a local
# Filter) and that no Remote SQL line contains it.
sub stays_local
{
	my ($query, $filter, $remote_pattern, $name) = @_;
	my $plan = plan_of($query);
	ok($plan =~ /^\s*Filter: .*\Q$filter\E/m && !grep({ /$remote_pattern/ } remote_sql($plan)),
		$name)
	  or diag($plan);
	return;
}

# Classification filters: the scalar shortcuts ship, so do the generated
# columns.
my $plan = ships(q{SELECT sample_id FROM calls WHERE ntrk_actionable(fusion, reading_frame)},
	[qr/FROM public\.calls_shard WHERE \(public\.ntrk_actionable\(fusion, reading_frame(?:, NULL::text){4}\)\)$/],
	'ntrk_actionable(f, frame) ships');
like($plan, qr/Async Foreign Scan on public\.calls_s1/,
	'the shards are scanned concurrently (async_capable)');
ships(q{SELECT sample_id FROM calls WHERE ntrk_fusion_positive(ntrk_class(fusion, reading_frame))},
	[qr/WHERE \(public\.ntrk_fusion_positive\(public\.ntrk_class\(fusion, reading_frame(?:, NULL::text){4}\)\)\)$/],
	'ntrk_fusion_positive(ntrk_class(f, frame)) ships');
ships(q{SELECT sample_id FROM calls WHERE actionable},
	[qr/FROM public\.calls_shard WHERE \(actionable\)$/],
	'a filter on the generated actionable column ships');
ships(q{SELECT sample_id FROM calls WHERE ntrk_fusion_positive(class) AND ntrk_gene = 'NTRK1'},
	[qr/\(public\.ntrk_fusion_positive\(class\)\)/, qr/\(\(ntrk_gene = 'NTRK1'\)\)/],
	'ntrk_fusion_positive(class) and the NTRK gene ship');
ships(q{SELECT sample_id FROM calls
		WHERE ntrk_frame(reading_frame) = 'in_frame' AND fusion_exon3(fusion) <= 13},
	[qr/\(\(public\.ntrk_frame\(reading_frame\) = 'in_frame'::public\.ntrk_reading_frame\)\)/,
	 qr/\(\(public\.fusion_exon3\(fusion\) <= 13\)\)/],
	'ntrk_frame() and fusion_exon3() filters ship');
ships(q{SELECT sample_id FROM calls WHERE fusion = 'ETV6::NTRK3'},
	[qr/WHERE \(\(fusion OPERATOR\(public\.=\) 'ETV6::NTRK3'\)\)$/],
	'fusion equality ships, the constant as canonical text');
stays_local(q{SELECT sample_id FROM calls WHERE (ntrk_classify(fusion, reading_frame)).actionable},
	'(ntrk_classify(', qr/ntrk_classify/,
	'(ntrk_classify(f, frame)).actionable is filtered on the coordinator (field selection does not ship)');

# Gene tests.  f ? 'NTRK1' ships: its operand is a gene, which has no
# collation (a text operand would not, its collation coming from no remote
# column).  An alias is resolved on the coordinator, when the constant is
# read, and ships as the approved symbol.  ?| ships too (ntrk makes gene[]
# a member of the extension).  The generated genes column ships as well.
ships(q{SELECT sample_id FROM calls WHERE fusion ? 'NTRK1'},
	[qr/FROM public\.calls_shard WHERE \(\(fusion OPERATOR\(public\.\?\) 'NTRK1'::public\.gene\)\)$/],
	q{f ? 'NTRK1' ships (the gene operand has no collation)});
ships(q{SELECT sample_id FROM calls WHERE fusion ? 'TRKA'},
	[qr/WHERE \(\(fusion OPERATOR\(public\.\?\) 'NTRK1'::public\.gene\)\)$/],
	q{f ? 'TRKA' ships as f ? 'NTRK1'::gene});
ships(q{SELECT sample_id FROM calls WHERE fusion ?| ARRAY['NTRK1', 'NTRK3']},
	[qr/WHERE \(\(fusion OPERATOR\(public\.\?\|\) '\{NTRK1,NTRK3\}'::public\.gene\[\]\)\)$/],
	q{f ?| ARRAY['NTRK1', 'NTRK3'] ships as a gene[] constant});
ships(q{SELECT sample_id FROM calls WHERE genes @> '{NTRK1}'},
	[qr/WHERE \(\(genes @> '\{NTRK1\}'\)\)$/],
	'the generated genes column ships as genes @> {NTRK1}');
is($coordinator->safe_psql('postgres', q{
		SELECT (SELECT count(*) FROM calls WHERE fusion ? 'NTRK1')
			 = (SELECT count(*) FROM calls WHERE genes @> '{NTRK1}')
		   AND (SELECT count(*) FROM calls WHERE fusion ? 'NTRK1')
			 = (SELECT count(*) FROM calls_local WHERE fusion ? 'NTRK1')}),
	't', q{genes @> {NTRK1} selects the rows f ? 'NTRK1' selects, sharded and local});
is($coordinator->safe_psql('postgres', q{
		SELECT (SELECT count(*) FROM calls WHERE fusion ?| ARRAY['NTRK1', 'NTRK3'])
			 = (SELECT count(*) FROM calls_local WHERE fusion ?| ARRAY['NTRK1', 'NTRK3'])}),
	't', q{f ?| ARRAY['NTRK1', 'NTRK3'] selects the same rows on the shards as on one node});

# Per-sample aggregate: GROUP BY the partition key ships whole with
# partitionwise aggregation, ntrk's own aggregate included.
my $per_sample = q{
	SELECT sample_id, count(*) AS calls, count(*) FILTER (WHERE actionable) AS actionable_calls,
		   ntrk_patient_status(fusion, reading_frame, gene, protein_change,
							   prior_trk_inhibitor) AS status
	FROM %s GROUP BY sample_id};
my $partitionwise = 'SET enable_partitionwise_aggregate = on; ';
$plan = ships(sprintf($per_sample, 'calls'),
	[qr/SELECT sample_id, count\(\*\), count\(\*\) FILTER \(WHERE actionable\), public\.ntrk_patient_status\(fusion, reading_frame, gene, protein_change, prior_trk_inhibitor\) FROM public\.calls_shard GROUP BY 1$/],
	'per-sample count and ntrk_patient_status run on the shards', $partitionwise);
like($plan, qr/Relations: Aggregate on \(public\.calls_s1 calls\)/,
	'the aggregate is a foreign scan of shard 1');
unlike(plan_of(sprintf($per_sample, 'calls')), qr/Relations: Aggregate/,
	'with enable_partitionwise_aggregate off (the default) the coordinator aggregates');

# A GROUP BY that is not the partition key ships when written per foreign
# partition (UNION ALL), here with the classification computed on the shards.
my $class_counts_union = q{
	SELECT class, sum(n)::bigint AS calls
	FROM (SELECT ntrk_class(fusion, reading_frame) AS class, count(*) AS n FROM calls_s1
		  WHERE fusion IS NOT NULL GROUP BY 1
		  UNION ALL
		  SELECT ntrk_class(fusion, reading_frame), count(*) FROM calls_s2
		  WHERE fusion IS NOT NULL GROUP BY 1) AS per_shard
	GROUP BY 1};
$plan = plan_of($class_counts_union);
my @remote = remote_sql($plan);
ok(@remote == 2
	  && !grep({ !/SELECT public\.ntrk_class\(fusion, reading_frame(?:, NULL::text){4}\), count\(\*\) FROM public\.calls_shard WHERE \(\(fusion IS NOT NULL\)\) GROUP BY 1$/ } @remote),
	'UNION ALL per foreign partition: classification and count run on the shards')
  or diag($plan);

# Partner counts of distinct samples: a sample lives on one shard, so
# per-shard count(DISTINCT sample_id) add up exactly.
my $partner_samples_union = q{
	SELECT ntrk_gene, partner, sum(samples)::bigint AS samples
	FROM (SELECT ntrk_gene, partner, count(DISTINCT sample_id) AS samples FROM calls_s1
		  WHERE ntrk_fusion_positive(class) GROUP BY 1, 2
		  UNION ALL
		  SELECT ntrk_gene, partner, count(DISTINCT sample_id) FROM calls_s2
		  WHERE ntrk_fusion_positive(class) GROUP BY 1, 2) AS per_shard
	GROUP BY 1, 2};
$plan = plan_of($partner_samples_union);
@remote = remote_sql($plan);
ok(@remote == 2
	  && !grep({ !/SELECT ntrk_gene, partner, count\(DISTINCT sample_id\) FROM public\.calls_shard WHERE \(public\.ntrk_fusion_positive\(class\)\) GROUP BY 1, 2$/ } @remote),
	'UNION ALL per foreign partition: distinct samples per partner counted on the shards')
  or diag($plan);

# The cohort answers equal the single-node answers on the local copy.  Each
# query is written once with %s for the relation; both answers are
# materialised, then compared with EXCEPT ALL both ways (same rows, same
# multiplicities), and the number of rows is reported.
sub same_answer
{
	my ($sharded, $local, $name, $settings) = @_;
	my $result = $coordinator->safe_psql('postgres', ($settings // '') . qq{
		CREATE TEMP TABLE answer_sharded AS $sharded;
		CREATE TEMP TABLE answer_single AS $local;
		SELECT (SELECT count(*) FROM (TABLE answer_sharded EXCEPT ALL TABLE answer_single) AS d)
			 + (SELECT count(*) FROM (TABLE answer_single EXCEPT ALL TABLE answer_sharded) AS d)
			 || ' ' || (SELECT count(*) FROM answer_single)});
	my ($differences, $rows) = split / /, $result;
	ok($differences == 0 && $rows > 0, "$name ($rows rows, same on one node)")
	  or diag("$differences rows differ");
	return;
}

my $round_trip = q{SELECT sample_id, fusion::text FROM %s};
same_answer(sprintf($round_trip, 'calls'), sprintf($round_trip, 'calls_local'),
	'fusion values come back from the shards with the same text and order flag');
my $actionable_calls = q{
	SELECT sample_id, fusion::text, reading_frame FROM %s WHERE ntrk_actionable(fusion, reading_frame)};
same_answer(sprintf($actionable_calls, 'calls'), sprintf($actionable_calls, 'calls_local'),
	'actionable calls, filtered on the shards');
my $class_counts = q{
	SELECT (ntrk_classify(fusion, reading_frame)).class, count(*) AS calls
	FROM %s WHERE fusion IS NOT NULL GROUP BY 1};
same_answer(sprintf($class_counts, 'calls'), sprintf($class_counts, 'calls_local'),
	'counts by class over the partitioned table');
same_answer($class_counts_union, sprintf($class_counts, 'calls_local'),
	'counts by class from the UNION ALL per shard');
same_answer(sprintf($per_sample, 'calls'), sprintf($per_sample, 'calls_local'),
	'per-sample status, pushed down', $partitionwise);
my $per_patient = q{
	SELECT patient_id, ntrk_patient_status(fusion, reading_frame, gene, protein_change,
										   prior_trk_inhibitor) AS status
	FROM %s GROUP BY patient_id};
same_answer(sprintf($per_patient, 'calls'), sprintf($per_patient, 'calls_local'),
	'per-patient status across shards', $partitionwise);
my $partner_samples = q{
	SELECT ntrk_gene, partner, count(DISTINCT sample_id) AS samples
	FROM %s WHERE ntrk_fusion_positive(class) GROUP BY 1, 2};
same_answer($partner_samples_union, sprintf($partner_samples, 'calls_local'),
	'distinct samples per partner from the UNION ALL per shard');
my $ranking = q{
	SELECT * FROM ntrk_partner_rank('%s', 'fusion', 'sample_id', 'patient_id', 'reading_frame')};
same_answer(sprintf($ranking, 'calls'), sprintf($ranking, 'calls_local'),
	'ntrk_partner_rank over the partitioned table');
# Guidance per sample, for 400 samples from both shards (ntrk_guidance
# takes milliseconds per call).
my $guidance = q{
	SELECT p.sample_id, g.rank, g.biomarker_state, g.therapy, g.recommendation, g.rule_key
	FROM (SELECT sample_id, min(cancer_type) AS cancer_type,
				 coalesce(array_agg(fusion ORDER BY fusion::text) FILTER (WHERE fusion IS NOT NULL),
						  '{}') AS fusions
		  FROM %s WHERE sample_id < 'S00201' OR sample_id > 'S02800'
		  GROUP BY sample_id) AS p
	CROSS JOIN LATERAL ntrk_guidance(p.fusions, tumour_type => p.cancer_type) AS g};
same_answer(sprintf($guidance, 'calls'), sprintf($guidance, 'calls_local'),
	'ntrk_guidance per sample over the partitioned table', $partitionwise);
is($coordinator->safe_psql('postgres', q{
		SELECT partner || ' ' || samples FROM ntrk_partner_rank('calls', 'fusion', 'sample_id',
			'patient_id', 'reading_frame')
		WHERE ntrk_gene = 'NTRK3' AND partner_rank = 1}),
	$coordinator->safe_psql('postgres', q{
		SELECT partner || ' ' || count(DISTINCT sample_id) FROM calls_local
		WHERE ntrk_gene = 'NTRK3' AND ntrk_fusion_positive(class) AND partner IS NOT NULL
		GROUP BY partner ORDER BY count(DISTINCT sample_id) DESC LIMIT 1}),
	'top NTRK3 partner and its sample count');

$_->stop for ($coordinator, @shards);
done_testing();
