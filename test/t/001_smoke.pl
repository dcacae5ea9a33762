# Smoke test of the TAP harness: a private cluster loads ntrk and parses a fusion.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('smoke');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION ntrk');
is($node->safe_psql('postgres', q{SELECT 'ETV6-NTRK3'::fusion = 'ETV6::NTRK3'::fusion}),
	't', 'fusion equality across notations in a private cluster');
my ($ret, $out, $err) = $node->psql('postgres', q{SELECT 'FOO1-BAR2'::fusion});
like($err, qr/invalid input syntax for type fusion/, 'bad input is reported');
$node->stop;
done_testing();
