# Upgrades and dump/restore.
#
# (a) ALTER EXTENSION ntrk UPDATE: every available version has an update
#     path to the default version, and installing each older version then
#     updating gives the same catalog (functions, operators, operator
#     classes and families, types, casts, tables, views, comments) as a fresh
#     install of the default version.  With one version only, this checks
#     that the catalog snapshot is stable and that UPDATE is a no-op.
# (b) pg_dump of a database using ntrk, restored into a NEW cluster: fusion
#     columns with NULLs and order-not-guaranteed ('-', '/') values (the flag
#     must survive), GIN, btree and hash indexes, a hash-partitioned table
#     keyed on a fusion, user rows in ntrk's shipped tables, a registry table
#     with its trigger and quarantine rows.  Data, flags and binary form are
#     identical; user rows are kept and shipped rows are not duplicated.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

# Every object of the extension, described so that two databases compare
# equal when their ntrk objects are the same (no OIDs).
my $catalog_sql = q{
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'ntrk'),
member AS (
	SELECT d.classid, d.objid
	  FROM pg_depend d, ext
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
),
line AS (
	-- every member with its comment
	SELECT pg_describe_object(m.classid, m.objid, 0) || ' -- '
		   || coalesce(obj_description(m.objid, (SELECT relname FROM pg_class WHERE oid = m.classid)), '(no comment)') AS l
	  FROM member m
	UNION ALL
	-- functions: full definition (volatility, strictness, parallel, body)
	SELECT pg_get_functiondef(p.oid)
	  FROM member m JOIN pg_proc p ON p.oid = m.objid
	 WHERE m.classid = 'pg_proc'::regclass AND p.prokind IN ('f', 'p', 'w')
	UNION ALL
	SELECT 'aggregate ' || a.aggfnoid::regprocedure || ' sfunc ' || a.aggtransfn::regproc
		   || ' combine ' || a.aggcombinefn::regproc || ' final ' || a.aggfinalfn::regproc
		   || ' stype ' || format_type(a.aggtranstype, NULL)
	  FROM member m JOIN pg_aggregate a ON a.aggfnoid = m.objid
	 WHERE m.classid = 'pg_proc'::regclass
	UNION ALL
	-- operators: function, commutator, negator, estimators, merge/hash
	SELECT format('operator %s(%s, %s) -> %s code %s com %s neg %s rest %s join %s merges %s hashes %s',
				  o.oprname, format_type(o.oprleft, NULL), format_type(o.oprright, NULL),
				  format_type(o.oprresult, NULL), o.oprcode::regprocedure,
				  nullif(o.oprcom, 0)::regoperator, nullif(o.oprnegate, 0)::regoperator,
				  o.oprrest, o.oprjoin, o.oprcanmerge, o.oprcanhash)
	  FROM member m JOIN pg_operator o ON o.oid = m.objid
	 WHERE m.classid = 'pg_operator'::regclass
	UNION ALL
	-- operator classes and the members of their families
	SELECT format('opclass %s %s for %s default %s storage %s family %s',
				  am.amname, c.opcname, format_type(c.opcintype, NULL), c.opcdefault,
				  format_type(nullif(c.opckeytype, 0), NULL), f.opfname)
	  FROM member m JOIN pg_opclass c ON c.oid = m.objid
	  JOIN pg_am am ON am.oid = c.opcmethod JOIN pg_opfamily f ON f.oid = c.opcfamily
	 WHERE m.classid = 'pg_opclass'::regclass
	UNION ALL
	SELECT format('opfamily %s strategy %s %s (%s, %s) purpose %s',
				  f.opfname, ao.amopstrategy, ao.amopopr::regoperator,
				  format_type(ao.amoplefttype, NULL), format_type(ao.amoprighttype, NULL), ao.amoppurpose)
	  FROM member m JOIN pg_opfamily f ON f.oid = m.objid JOIN pg_amop ao ON ao.amopfamily = f.oid
	 WHERE m.classid = 'pg_opfamily'::regclass
	UNION ALL
	SELECT format('opfamily %s support %s %s (%s, %s)',
				  f.opfname, ap.amprocnum, ap.amproc::regprocedure,
				  format_type(ap.amproclefttype, NULL), format_type(ap.amprocrighttype, NULL))
	  FROM member m JOIN pg_opfamily f ON f.oid = m.objid JOIN pg_amproc ap ON ap.amprocfamily = f.oid
	 WHERE m.classid = 'pg_opfamily'::regclass
	UNION ALL
	-- types: I/O functions, storage, alignment; enum labels; composite columns
	SELECT format('type %s in %s out %s recv %s send %s len %s align %s storage %s category %s',
				  format_type(t.oid, NULL), t.typinput, t.typoutput, t.typreceive, t.typsend,
				  t.typlen, t.typalign, t.typstorage, t.typcategory)
	  FROM member m JOIN pg_type t ON t.oid = m.objid
	 WHERE m.classid = 'pg_type'::regclass
	UNION ALL
	SELECT format('enum %s %s %s', format_type(e.enumtypid, NULL), e.enumsortorder, e.enumlabel)
	  FROM member m JOIN pg_enum e ON e.enumtypid = m.objid
	 WHERE m.classid = 'pg_type'::regclass
	UNION ALL
	-- casts
	SELECT format('cast %s -> %s via %s context %s method %s',
				  format_type(c.castsource, NULL), format_type(c.casttarget, NULL),
				  nullif(c.castfunc, 0)::regprocedure, c.castcontext, c.castmethod)
	  FROM member m JOIN pg_cast c ON c.oid = m.objid
	 WHERE m.classid = 'pg_cast'::regclass
	UNION ALL
	-- tables and views: columns, defaults, constraints, indexes, view text
	SELECT format('column %s.%s %s not null %s default %s generated %s -- %s',
				  c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
				  pg_get_expr(ad.adbin, ad.adrelid), a.attgenerated,
				  coalesce(col_description(c.oid, a.attnum), '(no comment)'))
	  FROM member m JOIN pg_class c ON c.oid = m.objid
	  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	  LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
	 WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT format('constraint %s.%s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
	  FROM member m JOIN pg_class c ON c.oid = m.objid JOIN pg_constraint k ON k.conrelid = c.oid
	 WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT pg_get_indexdef(i.indexrelid)
	  FROM member m JOIN pg_index i ON i.indrelid = m.objid
	 WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT format('view %s %s', c.relname, pg_get_viewdef(c.oid))
	  FROM member m JOIN pg_class c ON c.oid = m.objid
	 WHERE m.classid = 'pg_class'::regclass AND c.relkind IN ('v', 'm')
	UNION ALL
	SELECT format('config %s %L', c.oid::regclass, x.cond)
	  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(reloid, cond)
	  JOIN pg_class c ON c.oid = x.reloid
	 WHERE e.extname = 'ntrk'
)
SELECT string_agg(l, E'\n' ORDER BY l COLLATE "C") FROM line};

# Lines only in one of two catalog snapshots, for the failure message.
sub catalog_diff
{
	my ($got, $want) = @_;
	my %want = map { $_ => 1 } split /\n/, $want;
	my %got = map { $_ => 1 } split /\n/, $got;
	return join("\n", (map { "only in the first: $_" } grep { !$want{$_} } sort keys %got),
		(map { "only in the second: $_" } grep { !$got{$_} } sort keys %want));
}

# ------------------------------------------------------------------------
# (a) update paths
# ------------------------------------------------------------------------
my $node = PostgreSQL::Test::Cluster->new('upgrade_dump');
$node->init;
$node->start;

my $default = $node->safe_psql('postgres',
	q{SELECT default_version FROM pg_available_extensions WHERE name = 'ntrk'});
ok($default ne '', "ntrk is available, default version $default");
my @versions = split /\n/, $node->safe_psql('postgres',
	q{SELECT version FROM pg_available_extension_versions WHERE name = 'ntrk' ORDER BY version});
note('available versions: ' . join(', ', @versions));
is($node->safe_psql('postgres', qq{
		SELECT coalesce(string_agg(v.version, ', '), '')
		  FROM pg_available_extension_versions v
		 WHERE v.name = 'ntrk' AND v.version <> '$default'
		   AND NOT EXISTS (SELECT 1 FROM pg_extension_update_paths('ntrk') p
							WHERE p.source = v.version AND p.target = '$default'
							  AND p.path IS NOT NULL)}),
	'', "every available version has an update path to $default");

$node->safe_psql('postgres', 'CREATE DATABASE fresh');
$node->safe_psql('fresh', 'CREATE EXTENSION ntrk');
my $fresh = $node->safe_psql('fresh', $catalog_sql);
cmp_ok(scalar(split /\n/, $fresh), '>', 100, 'the catalog snapshot of a fresh install lists the objects');

$node->safe_psql('postgres', 'CREATE DATABASE fresh2');
$node->safe_psql('fresh2', 'CREATE EXTENSION ntrk');
my $fresh2 = $node->safe_psql('fresh2', $catalog_sql);
ok($fresh2 eq $fresh, 'two fresh installs give the same catalog') or diag(catalog_diff($fresh2, $fresh));

my ($rc, $out, $err) = $node->psql('fresh2', 'ALTER EXTENSION ntrk UPDATE');
is($rc, 0, "ALTER EXTENSION ntrk UPDATE at $default succeeds");
like($err, qr/already installed|version "\Q$default\E" of extension "ntrk" is already installed/,
	'and says there is nothing to do');
my $same = $node->safe_psql('fresh2', $catalog_sql);
ok($same eq $fresh, 'and leaves the catalog as it was') or diag(catalog_diff($same, $fresh));

# 1.0's install script (frozen) adds gene[] to the extension itself, which
# PostgreSQL 17 and later refuse (they make an extension type's array type a
# member on their own; 16 does not): there, 1.0 cannot be installed, so there
# is nothing to update from.  That refusal is checked, and the comparison
# skipped.
my $server_major = int($node->safe_psql('postgres', 'SHOW server_version_num') / 10000);
for my $old (grep { $_ ne $default } @versions)
{
	my $db = "from_$old";
	$db =~ s/\W/_/g;
	$node->safe_psql('postgres', qq{CREATE DATABASE "$db"});
	my ($crc, $cout, $cerr) = $node->psql($db, qq{CREATE EXTENSION ntrk VERSION '$old'});
  SKIP:
	{
		if ($old eq '1.0' && $server_major >= 17)
		{
			like($cerr, qr/type gene\[\] is already a member of extension "ntrk"/,
				"1.0 cannot be installed on PostgreSQL $server_major: its script adds gene[] itself");
			skip "no 1.0 install to update from on PostgreSQL $server_major", 2;
		}
		is($crc, 0, "CREATE EXTENSION ntrk VERSION '$old'") or diag($cerr);
		$node->safe_psql($db, 'ALTER EXTENSION ntrk UPDATE');
		is($node->safe_psql($db, 'SELECT extversion FROM pg_extension WHERE extname = \'ntrk\''),
			$default, "$old updates to $default");
		my $updated = $node->safe_psql($db, $catalog_sql);
		ok($updated eq $fresh, "catalog after updating from $old equals a fresh install of $default")
		  or diag(catalog_diff($updated, $fresh));
	}
}

# ------------------------------------------------------------------------
# Install-time hijacking (contrib/seg's security test, CVE-2022-2625): a
# role that may create objects in the schema ntrk goes into plants
# look-alikes first.  Plain CREATE must refuse to adopt an object with the
# same name and arguments, and nothing ntrk creates may bind to (depend on)
# a planted object.  The planted functions raise an error if they run; they
# are declared IMMUTABLE, as an attacker would, so that even a generated
# column or an index expression could bind to them.
# ------------------------------------------------------------------------
$node->safe_psql('postgres', 'CREATE DATABASE planted');
$node->safe_psql(
	'planted', q{
	CREATE ROLE regress_planter;
	CREATE SCHEMA genomics AUTHORIZATION regress_planter;
	CREATE SCHEMA squatted AUTHORIZATION regress_planter;
	SET ROLE regress_planter;
	CREATE FUNCTION squatted.ntrk_gene(name text) RETURNS text LANGUAGE sql RETURN 'HIJACKED';
	CREATE FUNCTION genomics.boom_bool(anycompatible, anycompatible) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted operator ran as %', current_user; END$$;
	CREATE FUNCTION genomics.boom_num(numeric, bigint) RETURNS numeric LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted operator ran as %', current_user; END$$;
	CREATE FUNCTION genomics.boom_num_int(numeric, integer) RETURNS numeric LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted operator ran as %', current_user; END$$;
	CREATE FUNCTION genomics.boom_text(text, text) RETURNS text LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted function ran as %', current_user; END$$;
	CREATE FUNCTION genomics.boom_eq_vt(varchar, text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted operator ran as %', current_user; END$$;
	CREATE FUNCTION genomics.boom_eq_nt(name, text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted operator ran as %', current_user; END$$;
	CREATE OPERATOR genomics./ (LEFTARG = numeric, RIGHTARG = bigint, FUNCTION = genomics.boom_num);
	CREATE OPERATOR genomics./ (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = genomics.boom_num_int);
	CREATE OPERATOR genomics.= (LEFTARG = varchar, RIGHTARG = text, FUNCTION = genomics.boom_eq_vt);
	CREATE OPERATOR genomics.= (LEFTARG = name, RIGHTARG = text, FUNCTION = genomics.boom_eq_nt);
	CREATE OPERATOR genomics.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = genomics.boom_text);
	CREATE FUNCTION genomics.format(text, text) RETURNS text LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted format ran as %', current_user; END$$;
	CREATE FUNCTION genomics.lower(varchar) RETURNS text LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted lower ran as %', current_user; END$$;
	CREATE FUNCTION genomics.round(numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE
		AS $$BEGIN RAISE EXCEPTION 'planted round ran as %', current_user; END$$;
});
($rc, $out, $err) = $node->psql('planted', 'CREATE EXTENSION ntrk SCHEMA squatted');
ok($rc != 0 && $err =~ /function "?ntrk_gene"? .*already exists|already exists/,
	'CREATE EXTENSION refuses to adopt a function planted under one of its names')
  or diag($err);
($rc, $out, $err) = $node->psql('planted', 'CREATE EXTENSION ntrk SCHEMA genomics');
is($rc, 0, 'CREATE EXTENSION into a schema holding planted look-alikes succeeds (none of them ran)')
  or diag($err);
SKIP:
{
	skip 'ntrk is not installed next to the look-alikes', 2 if $rc != 0;
	is($node->safe_psql('planted', q{
			SELECT coalesce(string_agg(DISTINCT pg_describe_object(d.classid, d.objid, 0) || ' -> '
									   || pg_describe_object(d.refclassid, d.refobjid, 0), E'\n'), '')
			  FROM pg_depend d
			  JOIN pg_depend member ON member.classid = d.classid AND member.objid = d.objid
				   AND member.refclassid = 'pg_extension'::regclass AND member.deptype = 'e'
			 WHERE d.deptype = 'n'
			   AND ((d.refclassid = 'pg_proc'::regclass
					 AND d.refobjid IN (SELECT p.oid FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
										 WHERE r.rolname = 'regress_planter'))
					OR (d.refclassid = 'pg_operator'::regclass
						AND d.refobjid IN (SELECT o.oid FROM pg_operator o JOIN pg_roles r ON r.oid = o.oprowner
											WHERE r.rolname = 'regress_planter')))}),
		'', 'no ntrk object is bound to a planted function or operator');
	my $guidance = q{
		SELECT count(*) FROM %sntrk_guidance(fusions => '{ETV6::NTRK3}', prior_trk_inhibitors => '{}',
											  cns_metastases => false, age => 40, stage => 'IV',
											  tumour_type => 'NSCLC')};
	my ($grc, $got, $gerr) = $node->psql('planted',
		'SET search_path = genomics, pg_catalog; ' . sprintf($guidance, 'genomics.'));
	is($got, $node->safe_psql('fresh', sprintf($guidance, '')),
		'the guidance function answers as in a clean install, next to the look-alikes')
	  or diag($gerr);
}

# ------------------------------------------------------------------------
# (b) dump and restore into a new cluster
# ------------------------------------------------------------------------
$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql(
	'src', q{
	CREATE EXTENSION ntrk;

	-- fusion values in every notation, NULLs, order not guaranteed
	CREATE TABLE calls (id integer PRIMARY KEY, f fusion, note text);
	INSERT INTO calls VALUES
		(1, 'ETV6::NTRK3', 'stated order'), (2, 'ETV6-NTRK3', 'hyphen: order not guaranteed'),
		(3, 'NTRK1-TPM3', 'kinase written first'), (4, NULL, 'no call'),
		(5, 'ETV6(e5)::NTRK3(e15)', 'exons'),
		(6, 'NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10', 'transcripts'),
		(7, 'v::NTRK1', 'any partner'), (8, '?::NTRK1', 'unknown partner'),
		(9, 'NTRK1-intragenic', 'not a fusion'), (10, 'FOO1::BAR2', 'unlisted genes'),
		(11, 'EGFR-SEPT14', 'previous symbol'), (12, 'HLA-DRB1-NTRK1', 'hyphenated symbol'),
		(13, 'NTRK3/ETV6', 'slash'), (14, 'C1orf61::NTRK1', 'orf'), (15, 'NTRK1 fusion', 'gene level'),
		(16, 'NTRK3-ETV6 fusion - Archer', 'vendor tag'), (17, NULL, 'no call');
	CREATE INDEX calls_gin ON calls USING gin (f);
	CREATE INDEX calls_btree ON calls (f);
	CREATE INDEX calls_hash ON calls USING hash (f);

	-- hash partitions keyed on a fusion: rows must land in the same partition
	CREATE TABLE calls_by_fusion (f fusion NOT NULL, id integer) PARTITION BY HASH (f);
	CREATE TABLE calls_by_fusion_0 PARTITION OF calls_by_fusion FOR VALUES WITH (MODULUS 4, REMAINDER 0);
	CREATE TABLE calls_by_fusion_1 PARTITION OF calls_by_fusion FOR VALUES WITH (MODULUS 4, REMAINDER 1);
	CREATE TABLE calls_by_fusion_2 PARTITION OF calls_by_fusion FOR VALUES WITH (MODULUS 4, REMAINDER 2);
	CREATE TABLE calls_by_fusion_3 PARTITION OF calls_by_fusion FOR VALUES WITH (MODULUS 4, REMAINDER 3);
	INSERT INTO calls_by_fusion SELECT f, id FROM calls WHERE f IS NOT NULL;

	-- user rows in shipped tables
	INSERT INTO ntrk_partner_reference (ntrk_gene, partner, cancer_type, cohort, cases,
		denominator, denominator_of, citation, source_date, evidence)
	VALUES ('NTRK2', 'NOVEL1', 'NSCLC', 'site registry', 2, 3, 'ntrk_gene_fusion',
		'site registry 2024', '2024-06', 'read_in_source');
	INSERT INTO ntrk_patient_text (section, body)
	VALUES ('closing', 'Questions? Call the site genomics clinic.');
	INSERT INTO ntrk_cohort_calls (cohort, cancer_type, patient_id, sample_id, f)
	VALUES ('c1', 'NSCLC', 'P1', 'S1', 'ETV6-NTRK3'), ('c1', 'NSCLC', 'P2', 'S2', NULL);

	-- a registry table with its trigger; two bad rows go to the quarantine
	CREATE TABLE registry (id integer PRIMARY KEY, raw text, f fusion, cls ntrk_fusion_class);
	CREATE TRIGGER registry_ntrk BEFORE INSERT OR UPDATE ON registry
		FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f', 'class=cls');
	INSERT INTO registry VALUES (1, 'ETV6-NTRK3'), (2, 'FOO1-BAR2'), (3, 'TPM3::NTRK1'), (4, 'N/A');
});
is($node->safe_psql('src', 'SELECT count(*) FROM ntrk_quarantine'), '2',
	'the registry trigger quarantined the two bad rows before the dump');

# Everything the restore must reproduce, one string per aspect.
my %checks = (
	'fusion values, order flags and binary form' => q{
		SELECT string_agg(concat_ws('|', id, f, fusion_order_guaranteed(f), encode(fusion_send(f), 'hex'), note),
						  E'\n' ORDER BY id) FROM calls},
	'equality and order across notations' => q{
		SELECT string_agg(a.id || '=' || b.id, ' ' ORDER BY a.id, b.id)
		  FROM calls a JOIN calls b ON a.f = b.f AND a.id < b.id},
	'fusion_order_guaranteed survives (order-not-guaranteed rows)' => q{
		SELECT string_agg(id::text, ',' ORDER BY id) FROM calls WHERE NOT fusion_order_guaranteed(f)},
	'rows stay in their hash partitions' => q{
		SELECT string_agg(tableoid::regclass || ':' || id, ' ' ORDER BY id) FROM calls_by_fusion},
	'the quarantine rows' => q{
		SELECT string_agg(concat_ws('|', id, table_name, operation, action, raw_value, error, sqlstate,
									row_data, quarantined_at, quarantined_by), E'\n' ORDER BY id)
		  FROM ntrk_quarantine},
	'the registry rows' => q{
		SELECT string_agg(concat_ws('|', id, raw, f, cls), E'\n' ORDER BY id) FROM registry},
);

# Every configuration table ntrk registers, row for row (user rows kept,
# shipped rows exactly once), and every configuration sequence.
my @config = split /\n/, $node->safe_psql('src', q{
	SELECT c.oid::regclass || ' ' || c.relkind::text
	  FROM pg_extension e, unnest(e.extconfig) AS x(oid) JOIN pg_class c ON c.oid = x.oid
	 WHERE e.extname = 'ntrk' ORDER BY 1});
ok(scalar(@config) > 0, 'ntrk registers configuration tables: ' . join(', ', map { (split / /)[0] } @config));
for (@config)
{
	my ($rel, $kind) = split / /;
	$checks{"configuration $rel"} = $kind eq 'S'
	  ? "SELECT last_value || ' ' || is_called FROM $rel"
	  : "SELECT count(*) || ' rows, ' || count(DISTINCT t::text) || ' distinct, md5 '
		 || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE \"C\"), '')) FROM $rel t";
}

my %before = map { $_ => $node->safe_psql('src', $checks{$_}) } keys %checks;
like($before{'fusion_order_guaranteed survives (order-not-guaranteed rows)'},
	qr/^2,3,11,12,13,15,16$/, 'the source has the expected order-not-guaranteed rows');

# Index scans in the source, to compare with the restored indexes.
my $index_sql = q{
	SET enable_seqscan = off;
	SELECT (SELECT string_agg(id::text, ',' ORDER BY id) FROM calls WHERE f ? 'TRKA') || ' / '
		   || (SELECT string_agg(id::text, ',' ORDER BY id) FROM calls WHERE f ?| ARRAY['ETV6', 'ALK']) || ' / '
		   || (SELECT string_agg(id::text, ',' ORDER BY id) FROM calls WHERE f = 'ETV6::NTRK3'::fusion) || ' / '
		   || (SELECT string_agg(id::text, ',' ORDER BY f, id) FROM calls WHERE f > 'EGFR::NTRK1'::fusion)};
my $index_before = $node->safe_psql('src', $index_sql);

my $dump = $node->basedir . '/src.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-d', $node->connstr('src'), '-f', $dump ], 'pg_dump -Fc');
my $plain = $node->basedir . '/src.sql';
$node->command_ok([ 'pg_dump', '-Fp', '-d', $node->connstr('src'), '-f', $plain ], 'pg_dump -Fp');

my $new = PostgreSQL::Test::Cluster->new('restored');
$new->init;
$new->start;
$new->safe_psql('postgres', 'CREATE DATABASE dst');
$new->command_ok([ 'pg_restore', '--exit-on-error', '-d', $new->connstr('dst'), $dump ],
	'pg_restore into a new cluster');
$new->safe_psql('postgres', 'CREATE DATABASE dst_plain');
$new->command_ok([ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $new->connstr('dst_plain'), '-f', $plain ],
	'plain dump replays with psql into a new cluster');

for my $db ('dst', 'dst_plain')
{
	for my $what (sort keys %checks)
	{
		is($new->safe_psql($db, $checks{$what}), $before{$what}, "$db: $what");
	}
	is($new->safe_psql($db, $index_sql), $index_before, "$db: GIN, btree and hash indexes answer the same");
	like($new->safe_psql($db, q{SET enable_seqscan = off; EXPLAIN (COSTS OFF) SELECT id FROM calls WHERE f ? 'NTRK1'}),
		qr/calls_gin/, "$db: the GIN index is used");
	is($new->safe_psql($db, q{SELECT count(*) FROM ntrk_partner_reference WHERE origin = 'user'}),
		'1', "$db: the user reference row is kept");
	is($new->safe_psql($db, q{
			SELECT count(*) FROM ntrk_partner_reference
			 GROUP BY citation, cancer_type, ntrk_gene, partner HAVING count(*) > 1}),
		'', "$db: no shipped reference row is duplicated");

	# The restored trigger still works and the quarantine ids continue.
	$new->safe_psql($db, q{INSERT INTO registry VALUES (5, 'LMNA NTRK1'), (6, 'LMNA::NTRK1')});
	is($new->safe_psql($db, q{
			SELECT string_agg(concat_ws('|', id, raw_value), ' ' ORDER BY id) FROM ntrk_quarantine
			 WHERE id > (SELECT max(id) - 1 FROM ntrk_quarantine)}),
		'3|LMNA NTRK1', "$db: the restored trigger quarantines a bad row, and quarantine ids continue");
	is($new->safe_psql($db, q{SELECT f FROM registry WHERE id = 6}), 'LMNA::NTRK1',
		"$db: and parses a good one");
}

# ------------------------------------------------------------------------
# Values the fuzzer found accepted by the input function whose text did not
# read back (test/fuzz/crashers/fusion_parse): whatever the type accepts
# must survive a dump and restore unchanged.
# ------------------------------------------------------------------------
$node->safe_psql('postgres', 'CREATE DATABASE edge');
$node->safe_psql('edge', q{
	CREATE EXTENSION ntrk;
	CREATE TABLE edge (id integer, input text, f fusion);
	INSERT INTO edge SELECT id, input, fusion_try(input)
	  FROM (VALUES (1, 'n^x/a'), (2, '?::NTRK1 e5::e15'), (3, 'v::NTRK1 e5::e15'), (4, 'NTRK1:intragenic'),
				   (5, 'FOO1:intragenic')) AS v(id, input);
});
my $edge_sql = q{SELECT string_agg(concat_ws('|', id, input, f, encode(fusion_send(f), 'hex')), E'\n' ORDER BY id) FROM edge};
my $edge_before = $node->safe_psql('edge', $edge_sql);
my $edge_dump = $node->basedir . '/edge.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-d', $node->connstr('edge'), '-f', $edge_dump ], 'pg_dump of the edge values');
$new->safe_psql('postgres', 'CREATE DATABASE edge');
$new->command_ok([ 'pg_restore', '-d', $new->connstr('edge'), $edge_dump ],
	'the edge values restore without error');
is($new->safe_psql('edge', $edge_sql), $edge_before, 'the edge values are unchanged after restore');

# ------------------------------------------------------------------------
# (c) A real 1.0 database with user rows, updated to the default version:
# nothing is lost.  User rows in every configuration table (the rows its
# pg_extension_config_dump condition selects, compared on 1.0's columns),
# a site guidance rule that supersedes a shipped one, a registry table with
# its trigger and kept and skipped quarantine rows, stored fusions of every
# kind 1.0 could store (test/fixtures/canonical/1.0.tsv) with GIN, btree,
# hash and expression indexes.  1.0 installs only up to PostgreSQL 16 (see
# above): elsewhere this part is skipped, not passed.
# ------------------------------------------------------------------------
# (the runner starts in a copy of the tree holding test/)
my @corpus10 = map { (split /\t/)[0] }
  grep { /\t/ } split /\n/, slurp_file('test/fixtures/canonical/1.0.tsv');
SKIP:
{
	skip "1.0 cannot be installed on PostgreSQL $server_major: no 1.0 database to update", 14
	  if $server_major >= 17 || !grep { $_ eq '1.0' } @versions;
	$node->safe_psql('postgres', 'CREATE DATABASE user_rows');
	$node->safe_psql('user_rows', q{CREATE EXTENSION ntrk VERSION '1.0'});
	is($node->safe_psql('user_rows', q{SELECT extversion FROM pg_extension WHERE extname = 'ntrk'}),
		'1.0', 'a 1.0 database to update');
	my $i = 0;
	my $values = join(",\n", map { $i++; my $t = $_; $t =~ s/'/''/g; "($i, '$t')" } @corpus10);
	$node->safe_psql('user_rows', qq{
		-- stored fusions of every kind, with indexes
		CREATE TABLE stored (id integer PRIMARY KEY, f fusion NOT NULL);
		INSERT INTO stored VALUES $values;
		CREATE INDEX stored_gin ON stored USING gin (f);
		CREATE INDEX stored_btree ON stored (f);
		CREATE INDEX stored_hash ON stored USING hash (f);
		CREATE INDEX stored_text ON stored ((f::text));

		-- site rows in shipped tables, and a site rule that supersedes a shipped one
		INSERT INTO ntrk_partner_reference (ntrk_gene, partner, cancer_type, cohort, cases,
			denominator, denominator_of, citation, source_date, evidence)
		VALUES ('NTRK2', 'NOVEL1', 'NSCLC', 'site registry', 2, 3, 'ntrk_gene_fusion',
			'site registry 2024', '2024-06', 'read_in_source');
		INSERT INTO ntrk_patient_text (section, body)
		VALUES ('closing', 'Questions? Call the site genomics clinic.');
		INSERT INTO ntrk_cohort_calls (cohort, cancer_type, patient_id, sample_id, f)
		VALUES ('c1', 'NSCLC', 'P1', 'S1', 'ETV6-NTRK3'), ('c1', 'NSCLC', 'P2', 'S2', NULL);
		INSERT INTO ntrk_guidance_rule (rule_key, states, tumour_type, prior_trk, advanced, preference,
			recommendation, rationale, source, source_date, priority, supersedes)
		VALUES ('site.first.tumour_board', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', false, true,
			'preferred', 'Site rule: present at the molecular tumour board before a TRK inhibitor',
			'site policy', 'site guideline 2026', '2026-01', 10, '{solid.first.entrectinib}');

		-- a registry table with its trigger; kept and skipped quarantine rows
		CREATE TABLE registry (id integer PRIMARY KEY, raw text, f fusion, cls ntrk_fusion_class);
		CREATE TRIGGER registry_ntrk BEFORE INSERT OR UPDATE ON registry
			FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f', 'class=cls');
		INSERT INTO registry VALUES (1, 'ETV6-NTRK3'), (2, 'FOO1-BAR2'), (3, 'TPM3::NTRK1');
		CREATE TABLE registry_skip (id integer PRIMARY KEY, raw text, f fusion NOT NULL);
		CREATE TRIGGER registry_skip_ntrk BEFORE INSERT OR UPDATE ON registry_skip
			FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f', 'on_error=skip');
		INSERT INTO registry_skip VALUES (1, 'v::NTRK3'), (2, 'N/A');
	});

	# What must survive, read on 1.0's columns.
	my %keep = (
		'stored fusions: text and binary' => q{
			SELECT string_agg(concat_ws('|', id, f, encode(fusion_send(f), 'hex')), E'\n' ORDER BY id) FROM stored},
		'index scans (GIN, btree, hash, expression)' => q{
			SET enable_seqscan = off;
			SELECT (SELECT string_agg(id::text, ',' ORDER BY id) FROM stored WHERE f ? 'NTRK3') || ' / '
				|| (SELECT string_agg(id::text, ',' ORDER BY id) FROM stored WHERE f = 'ETV6::NTRK3'::fusion) || ' / '
				|| (SELECT string_agg(id::text, ',' ORDER BY f, id) FROM stored WHERE f > 'EGFR::NTRK1'::fusion) || ' / '
				|| (SELECT string_agg(id::text, ',' ORDER BY id) FROM stored WHERE f::text = 'FOOINTRAGENIC::NTRK1')},
		'registry rows' => q{
			SELECT string_agg(concat_ws('|', id, raw, f, cls), E'\n' ORDER BY id) FROM registry},
		'site rule in the guidance' => q{
			SELECT string_agg(rule_key || ': ' || recommendation, E'\n' ORDER BY rank)
			  FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', prior_trk_inhibitors => '{}', age => 40,
								 stage => 'IV', tumour_type => 'NSCLC')
			 WHERE rule_key LIKE 'site.%'},
	);
	for my $rel (split /\n/, $node->safe_psql('user_rows', q{
			SELECT c.oid::regclass || '|' || coalesce(nullif(x.cond, ''), '')
			  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(oid, cond)
			  JOIN pg_class c ON c.oid = x.oid
			 WHERE e.extname = 'ntrk' AND c.relkind = 'r' ORDER BY 1}))
	{
		my ($table, $cond) = split /\|/, $rel, 2;
		my $cols = $node->safe_psql('user_rows', qq{
			SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
			 WHERE attrelid = '$table'::regclass AND attnum > 0 AND NOT attisdropped});
		$keep{"user rows of $table"} = qq{
			SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), ''))
			  FROM (SELECT $cols FROM $table $cond) t};
	}
	my %before = map { $_ => $node->safe_psql('user_rows', $keep{$_}) } keys %keep;
	like($before{'site rule in the guidance'}, qr/^site\.first\.tumour_board: /,
		'1.0 answers with the site rule before the update');
	like($before{'user rows of ntrk_quarantine'}, qr/^2 rows/, 'two rows in the quarantine before the update');

	my ($urc, $uout, $uerr) = $node->psql('user_rows', 'ALTER EXTENSION ntrk UPDATE');
	is($urc, 0, "ALTER EXTENSION ntrk UPDATE from 1.0 with user rows") or diag($uerr);
	is($node->safe_psql('user_rows', q{SELECT extversion FROM pg_extension WHERE extname = 'ntrk'}),
		$default, "the database is at $default");
	for my $what (sort keys %keep)
	{
		is($node->safe_psql('user_rows', $keep{$what}), $before{$what}, "after the update: $what");
	}
	# The trigger still fires, and quarantine ids continue.
	$node->safe_psql('user_rows', q{INSERT INTO registry VALUES (4, 'LMNA NTRK1'), (5, 'LMNA::NTRK1')});
	is($node->safe_psql('user_rows', q{
			SELECT (SELECT f::text FROM registry WHERE id = 5) || ' / '
				   || (SELECT raw_value FROM ntrk_quarantine ORDER BY id DESC LIMIT 1) || ' / '
				   || (SELECT count(*) FROM ntrk_quarantine)}),
		'LMNA::NTRK1 / LMNA NTRK1 / 3', 'after the update the trigger parses, quarantines, and ids continue');
}

$new->stop;
$node->stop;
done_testing();
