# Site rows in the guidance tables survive pg_dump and restore, into another
# database and into another cluster, without duplicating the shipped rows:
# the tables are registered with pg_extension_config_dump(..., 'WHERE origin
# <> ''shipped''') and the rule-key sequence is dumped too.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my @tables = qw(ntrk_tumour_type ntrk_disease_stage ntrk_assay ntrk_therapy
  ntrk_therapy_approval ntrk_preference ntrk_evidence_level ntrk_guidance_rule
  ntrk_assay_result ntrk_patient_text);

# "table:shipped:site" for every guidance table, one line.
my $counts_sql = join(' UNION ALL ',
	map {
		"SELECT '$_' || ':' || count(*) FILTER (WHERE origin = 'shipped') || ':' "
		  . "|| count(*) FILTER (WHERE origin <> 'shipped') FROM $_"
	} @tables);
$counts_sql = "SELECT string_agg(c, ' ' ORDER BY c) FROM ($counts_sql) AS s(c)";

# The options for one patient with brain metastases: the site rule decides.
my $guidance_sql = q{
	SELECT string_agg(rank || ' ' || therapy || ' ' || rule_key, ', ' ORDER BY rank, therapy)
	  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}',
						 cns_metastases => true, age => 58, stage => 'IV', tumour_type => 'NSCLC')};

# A site option for a site tumour type, with a site therapy.
my $site_option_sql = q{
	SELECT string_agg(therapy || ' ' || preference || ' ' || rule_key, ', ' ORDER BY therapy)
	  FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', prior_trk_inhibitors => '{}',
						 cns_metastases => false, age => 40, stage => 'metastatic',
						 tumour_type => 'site spindle cell sarcoma')
	 WHERE rule_key LIKE 'user-%'};

my $node = PostgreSQL::Test::Cluster->new('guidance_dump');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION ntrk');
my $fresh_counts = $node->safe_psql('src', $counts_sql);

# Site rows: a tumour type, a therapy and its approval, two rules (one
# superseding a shipped rule), an assay row and a patient text.  The rows
# refer to each other, so restore must load them in dependency order.
$node->safe_psql(
	'src', q{
	INSERT INTO ntrk_tumour_type (tumour_type, parent, description)
	VALUES ('site spindle cell sarcoma', 'soft tissue sarcoma', 'site category for NTRK-rearranged spindle cell tumours');
	INSERT INTO ntrk_therapy (therapy, kind, drug_class, generation, trk_inhibitor, cns_activity,
							  availability, patient_name, source)
	VALUES ('site TRK inhibitor X', 'drug', 'next-generation TRK inhibitor', 'next', true, 'not established',
			'approved', 'an investigational TRK inhibitor of the site', 'site formulary');
	INSERT INTO ntrk_therapy_approval (therapy, agency, approval_type, approval_date, age_limit,
									   min_age_years, indication, excludes_resistance_mutation,
									   source, evidence)
	VALUES ('site TRK inhibitor X', 'NMPA', 'approved', '2025-12-11', '12 years and older', 12,
			'locally advanced or metastatic NTRK fusion solid tumours', false,
			'site note', 'abstract_or_secondary');
	INSERT INTO ntrk_guidance_rule (states, tumour_type, prior_trk, cns_metastases, advanced, therapy,
									preference, sort_order, recommendation, rationale, source,
									source_date, supersedes)
	VALUES ('{ntrk_fusion,ntrk_categorical}', 'NSCLC', false, true, true, 'larotrectinib',
			'preferred', 1, 'First-line TRK inhibitor with brain metastases: larotrectinib',
			'Site tumour board decision.', 'Site thoracic tumour board', '2026-01-15',
			'{nsclc.first.entrectinib.cns}');
	INSERT INTO ntrk_guidance_rule (states, tumour_type, prior_trk, advanced, therapy, preference,
									sort_order, recommendation, rationale, source, source_date)
	VALUES ('{ntrk_fusion}', 'site spindle cell sarcoma', false, true, 'site TRK inhibitor X', 'clinical trial',
			1, 'Site trial of TRK inhibitor X', 'Site sarcoma board decision.', 'Site sarcoma board', '2026-02');
	INSERT INTO ntrk_assay_result (assay, result, tumour_type, informative, meaning, why_not, next_test, source)
	VALUES ('pan_trk_ihc', 'negative', 'site spindle cell sarcoma', false, 'No TRK staining.',
			'Site validation found IHC-negative fusions in this category.', 'rna_ngs', 'site validation 2025');
	INSERT INTO ntrk_patient_text (section, body)
	VALUES ('closing', 'Questions? Call the site genomics clinic.');
});
my $site_counts = $node->safe_psql('src', $counts_sql);
like(
	$site_counts,
	qr/ntrk_assay_result:\d+:1 .*ntrk_guidance_rule:\d+:2 ntrk_patient_text:\d+:1 .*ntrk_therapy:\d+:1 ntrk_therapy_approval:\d+:1 ntrk_tumour_type:\d+:1$/,
	'site rows are in place before the dump');
my $site_guidance = $node->safe_psql('src', $guidance_sql);
my $site_option = $node->safe_psql('src', $site_option_sql);
like($site_guidance, qr/^1 larotrectinib user-1, 2 entrectinib nsclc\.first\.entrectinib, /,
	'the site rule supersedes the shipped entrectinib-first rule');
is($site_option, 'site TRK inhibitor X clinical trial user-2',
	'a site rule for a site tumour type with a site therapy applies');

my $tmp = PostgreSQL::Test::Utils::tempdir;
my @conn = ('-h', $node->host, '-p', $node->port);

# Custom-format dump restored into another database of the same cluster.
command_ok([ 'pg_dump', @conn, '-Fc', '-f', "$tmp/src.dump", 'src' ], 'pg_dump -Fc');
$node->safe_psql('postgres', 'CREATE DATABASE copy1');
command_ok([ 'pg_restore', @conn, '--exit-on-error', '-d', 'copy1', "$tmp/src.dump" ],
	'pg_restore into a new database');
is($node->safe_psql('copy1', $counts_sql), $site_counts,
	'new database: site rows restored once, shipped rows not duplicated');
is($node->safe_psql('copy1', $guidance_sql), $site_guidance, 'new database: same guidance');
is($node->safe_psql('copy1', $site_option_sql), $site_option, 'new database: site option kept');

# Plain-format dump restored into a new cluster.
command_ok([ 'pg_dump', @conn, '-f', "$tmp/src.sql", 'src' ], 'pg_dump plain');
my $node2 = PostgreSQL::Test::Cluster->new('guidance_restore');
$node2->init;
$node2->start;
$node2->safe_psql('postgres', 'CREATE DATABASE copy2');
command_ok(
	[
		'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', $node2->host,
		'-p', $node2->port, '-d', 'copy2', '-f', "$tmp/src.sql"
	],
	'plain dump restores into a new cluster without errors');
is($node2->safe_psql('copy2', $counts_sql), $site_counts,
	'new cluster: site rows restored once, shipped rows not duplicated');
is($node2->safe_psql('copy2', $guidance_sql), $site_guidance, 'new cluster: same guidance');
is($node2->safe_psql('copy2', $site_option_sql), $site_option, 'new cluster: site option kept');
is( $node2->safe_psql(
		'copy2', q{SELECT body FROM ntrk_patient_text WHERE section = 'closing' AND origin <> 'shipped'}),
	'Questions? Call the site genomics clinic.',
	'new cluster: site patient text kept');

# The rule-key sequence was dumped: the next site rule does not reuse user-1 or user-2.
is( $node2->safe_psql(
		'copy2', q{
	INSERT INTO ntrk_guidance_rule (states, therapy, preference, recommendation, rationale, source, source_date)
	VALUES ('{negative}', 'standard therapy', 'preferred', 'Site standard', 'Site.', 'Site', '2026')
	RETURNING rule_key}),
	'user-3',
	'new cluster: the rule-key sequence continues');

# The shipped rows alone equal a fresh install (nothing shipped was dumped).
my $restored_shipped = $node2->safe_psql('copy2', $counts_sql);
$node2->safe_psql('postgres', 'CREATE DATABASE fresh');
$node2->safe_psql('fresh', 'CREATE EXTENSION ntrk');
(my $shipped_only = $restored_shipped) =~ s/:\d+(?= |$)/:/g;
(my $fresh_only = $node2->safe_psql('fresh', $counts_sql)) =~ s/:\d+(?= |$)/:/g;
is($shipped_only, $fresh_only, 'restored shipped rows equal a fresh install');
(my $fresh_src = $fresh_counts) =~ s/:\d+(?= |$)/:/g;
is($fresh_only, $fresh_src, 'fresh installs in both clusters ship the same rows');

$node2->stop;
$node->stop;
done_testing();
