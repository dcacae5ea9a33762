# ntrk_report_alterations across the 1.0 -> 1.1 update.  Between installing
# the 1.1 files and ALTER EXTENSION UPDATE, the catalog still declares the
# 1.0 function (one argument, 25 columns): the 1.1 library must serve it as
# 1.0 did (strict, no warnings column).  After the update the function takes
# strict and returns warnings; a view of the user's own on the 1.0 function
# blocks the update, as CHANGELOG says.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('report_update');
$node->init;
$node->start;

# 1.0's install script adds gene[] to the extension itself, which PostgreSQL
# 17 and later refuse: 1.0 installs on 15 and 16 only, so there is no 1.0 to
# update on 17+.
my $major = int($node->safe_psql('postgres', 'SHOW server_version_num') / 10000);
if ($major >= 17)
{
	$node->stop;
	plan skip_all => "1.0 cannot be installed on PostgreSQL $major";
}

my $good = q{'<variant-report><rearrangements><rearrangement targeted-gene="NTRK1" other-gene="TPM3" description="TPM3-NTRK1 fusion"/></rearrangements></variant-report>'};
my $bad = q{'<variant-report><rearrangements><rearrangement targeted-gene="NTRK1" other-gene="TPM3" in-frame="maybe"/></rearrangements></variant-report>'};

$node->safe_psql('postgres', q{CREATE EXTENSION ntrk VERSION '1.0'});

# The 1.0 declaration, served by the 1.1 library.
is( $node->safe_psql(
		'postgres', qq{SELECT fusion || ' ' || count(*) OVER () FROM ntrk_report_alterations($good)}),
	'TPM3::NTRK1 1',
	'1.0 declaration: rows as before');
my ($rc, $out, $err) =
  $node->psql('postgres', qq{SELECT * FROM ntrk_report_alterations($bad)}, on_error_stop => 1);
like($err, qr/invalid value in clinical report/, '1.0 declaration: a bad field is still an error');

# A view of the user's own on the 1.0 function blocks the update.
$node->safe_psql('postgres',
	qq{CREATE VIEW my_fusions AS SELECT fusion FROM ntrk_report_alterations($good)});
($rc, $out, $err) = $node->psql('postgres', 'ALTER EXTENSION ntrk UPDATE');
isnt($rc, 0, 'update refused while a view uses the 1.0 function');
like($err, qr/depends on function ntrk_report_alterations/, 'and the error names the dependency');
$node->safe_psql('postgres', 'DROP VIEW my_fusions');
$node->safe_psql('postgres', 'ALTER EXTENSION ntrk UPDATE');

# After the update: warnings by default, the 1.0 error with strict => true.
is( $node->safe_psql(
		'postgres', qq{SELECT fusion IS NOT NULL, reading_frame IS NULL, cardinality(warnings)
						FROM ntrk_report_alterations($bad)}),
	't|t|1',
	'1.1: a bad field is NULL with one warning');
($rc, $out, $err) = $node->psql('postgres',
	qq{SELECT * FROM ntrk_report_alterations($bad, strict => true)}, on_error_stop => 1);
like($err, qr/invalid value in clinical report/, '1.1: strict => true raises as 1.0 did');

$node->stop;
done_testing();
