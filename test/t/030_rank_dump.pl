# Partner reference and cohort calls across pg_dump / restore: user rows of
# ntrk_partner_reference and every row of ntrk_cohort_calls come back, the
# shipped reference rows are not duplicated, and the ranking view answers the
# same in the restored database.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('rank_dump');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE DATABASE source');
$node->safe_psql('postgres', 'CREATE DATABASE target');
$node->safe_psql('source', q{
	CREATE EXTENSION ntrk;
	INSERT INTO ntrk_partner_reference (ntrk_gene, partner, cancer_type, cohort, cases,
		denominator, denominator_of, citation, source_date, evidence)
	VALUES ('NTRK2', 'NOVEL1', 'NSCLC', 'local registry', 2, 3, 'ntrk_gene_fusion',
		'local registry 2024', '2024-06', 'read_in_source');
	INSERT INTO ntrk_cohort_calls (cohort, cancer_type, patient_id, sample_id, f)
	VALUES ('c1', 'NSCLC', 'P1', 'S1', 'ETV6::NTRK3'), ('c1', 'NSCLC', 'P1', 'S1', 'NTRK3::ETV6'),
		   ('c1', 'NSCLC', 'P2', 'S2', 'NOVEL1::NTRK2'), ('c1', 'NSCLC', 'P3', 'S3', NULL);
});

my $ranking = q{SELECT string_agg(concat_ws('|', cohort, ntrk_gene, partner, samples,
	reference_share, knowledge), ';' ORDER BY ntrk_gene, partner) FROM ntrk_partner_ranking};
my $before = $node->safe_psql('source', $ranking);
like($before, qr/NTRK2\|NOVEL1\|1\|0\.6667\|recurrent/, 'user reference row used before dump');

my $dump = $node->basedir . '/rank.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-d', $node->connstr('source'), '-f', $dump ],
	'pg_dump of a database with ntrk user rows');
$node->command_ok([ 'pg_restore', '-d', $node->connstr('target'), $dump ],
	'pg_restore into an empty database');

is($node->safe_psql('target',
		q{SELECT count(*) FILTER (WHERE origin = 'shipped') || ' ' || count(*) FILTER (WHERE origin = 'user')
		  FROM ntrk_partner_reference}),
	$node->safe_psql('source',
		q{SELECT count(*) FILTER (WHERE origin = 'shipped') || ' ' || count(*) FILTER (WHERE origin = 'user')
		  FROM ntrk_partner_reference}),
	'shipped rows once, user row kept');
is($node->safe_psql('target', 'SELECT count(*) FROM ntrk_cohort_calls'), '4',
	'every cohort call restored');
is($node->safe_psql('target', $ranking), $before, 'ranking view answers the same after restore');

$node->stop;
done_testing();
