--
-- NTRK classification: ntrk_classify, ntrk_frame, ntrk_variant_class.
-- Fixtures are written in the notations of the callers, portals and
-- reports they come from (README, "NTRK classification").
--
\pset null '(null)'

-- Report SQLSTATE and message of a statement instead of failing.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

CREATE TABLE classify_fixture (
	id integer PRIMARY KEY,
	source text NOT NULL,		-- where the notation comes from
	written text NOT NULL,		-- the fusion as the source writes it
	reading_frame text			-- the source's frame word, if any
);

INSERT INTO classify_fixture VALUES
	-- actionable NTRK fusions
	(1, 'VICC/FUSOR', 'NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10', NULL),
	(2, 'lab report', 'TPM3(e8)::NTRK1(e10)', NULL),
	(3, 'CIViC exon variant', 'LMNA::NTRK1 e2::e11', NULL),
	(4, 'JAFFA', 'LMNA:NTRK1', 'TRUE'),
	(5, 'lab report', 'ETV6:exon5-NTRK3:exon15', 'in-frame'),
	(6, 'Kralik 2011 numbering', 'ETV6(e5)::NTRK3(e14)', NULL),
	(7, 'STAR-Fusion', 'ETV6--NTRK3', 'INFRAME'),
	(8, 'MSK Archer', 'ETV6-NTRK3 fusion - Archer', NULL),
	(9, 'cBioPortal Event_Info', 'SQSTM1-NTRK1 Fusion', 'In_frame'),
	(10, 'CIViC via FUSOR', 'EML4(e2)::NM_001012338.3(NTRK3):e.14', NULL),
	(11, 'TrkA-I transcript', 'TPM3::NM_001012331.1(NTRK1):e.9', NULL),
	(12, 'alias', 'TPM3-TRKA', 'in frame'),
	(13, 'STAR-Fusion genes', 'TPM3^ENSG00000143549--NTRK1^ENSG00000198400', 'INFRAME'),
	(14, 'IGV report', 'QKI(e6)::NTRK2(e15)', NULL),
	-- kinase-first panel strings (orientation repaired)
	(20, 'panel report', 'NTRK1-TPM3', NULL),
	(21, 'ESMO 2019 1549P', 'NTRK1-IRF2BP2', NULL),
	(22, 'cytogenetics', 'NTRK3/ETV6', NULL),
	(23, 'panel report, exons', 'NTRK1(e16)-TPM3(e8)', NULL),
	-- not actionable or undecided
	(30, 'lab report', 'TPM3(e8)::NTRK1(e14)', NULL),
	(31, 'VICC/FUSOR', 'ETV6(e5)::NM_001012338.2(NTRK3):e.16', NULL),
	(32, 'Arriba', 'TPM3::NTRK1', 'out-of-frame'),
	(33, 'STAR-Fusion', 'SCP2--NTRK1', 'FRAMESHIFT'),
	(34, 'Arriba', 'CD74::NTRK1', 'stop-codon'),
	(35, 'FusionCatcher reciprocal', 'NTRK3::ETV6', NULL),
	(36, 'CIViC categorical', 'NTRK1::v', NULL),
	(37, 'panel report', 'NTRK3-BTBD1', NULL),
	(38, 'panel report', 'NTRK2/PAN3', 'out-of-frame'),
	(39, 'oncokb-annotator', 'NTRK1-intragenic', NULL),
	(40, 'caller self pair', 'NTRK2-NTRK2', NULL),
	(41, 'FISH break-apart', '?::NTRK1', NULL),
	(42, 'FISH report', 'NTRK3 rearrangement', NULL),
	(43, 'unverified numbering', 'QKI(e6)::NM_001018064.2(NTRK2):e.16', 'in-frame'),
	(44, 'transcript not listed', 'TPM3::NM_999999.1(NTRK1):e.10', NULL),
	-- categorical
	(50, 'MOAlmanac', 'v::NTRK3', NULL),
	(51, 'OncoKB gene-level', 'NTRK1 Fusions', NULL),
	(52, 'CIViC representative', 'v::NM_002529.4(NTRK1):e.9', NULL),
	-- decoys
	(60, 'CIViC', 'EML4::ALK e6::e19', NULL),
	(61, 'cBioPortal', 'CD74-ROS1 Fusion', NULL),
	(62, 'STAR-Fusion', 'KIF5B--RET', 'INFRAME'),
	(63, 'PCGR issue', 'SLC34A2::ROS1', NULL),
	(64, 'cBioPortal', 'FGFR3-TACC3', NULL),
	(65, 'HGNC', 'TMPRSS2::ERG', NULL),
	(66, 'oncokb-annotator', 'EGFR-intragenic', NULL),
	(67, 'CIViC', 'CD74::NRG1', NULL);

-- Every fixture: class, gene, partner, decision.
SELECT x.id, x.written, x.reading_frame, c.class, c.ntrk_gene, c.partner,
	   c.actionable, c.orientation_inferred, c.kinase_kept, c.reading_frame AS frame,
	   c.driver_gene
  FROM classify_fixture x, ntrk_classify(x.written::fusion, x.reading_frame) c
 ORDER BY x.id;

-- One reason per class (and the "reference transcript assumed" wording).
\x on
SELECT DISTINCT ON (c.class) c.class, x.written, c.reason
  FROM classify_fixture x, ntrk_classify(x.written::fusion, x.reading_frame) c
 WHERE x.id IN (2, 20, 30, 32, 35, 37, 39, 41, 50, 60, 65, 43)
 ORDER BY c.class, x.id;
\x off

-- The same junction numbered e14 (Kralik) and e15 keeps the kinase either way.
SELECT (ntrk_classify('ETV6(e5)::NTRK3(e14)')).kinase_kept AS e14,
	   (ntrk_classify('ETV6(e5)::NTRK3(e15)')).kinase_kept AS e15,
	   (ntrk_classify('ETV6(e5)::NTRK3(e16)')).kinase_kept AS e16;

-- '::' guarantees order: never flipped, even with a known 5' partner.
SELECT f, (ntrk_classify(f::fusion)).class, (ntrk_classify(f::fusion)).orientation_inferred
  FROM (VALUES ('NTRK1::TPM3'), ('NTRK1--TPM3'), ('NTRK1-TPM3'), ('NTRK1/TPM3')) v(f);

-- Composite is usable in WHERE and GROUP BY.
SELECT c.class, count(*), bool_or(c.actionable) AS any_actionable
  FROM classify_fixture x, ntrk_classify(x.written::fusion, x.reading_frame) c
 GROUP BY c.class ORDER BY c.class;

-- Default argument and NULLs.
SELECT (ntrk_classify('ETV6::NTRK3')).reading_frame,
	   (ntrk_classify('ETV6::NTRK3', NULL)).reading_frame,
	   ntrk_classify(NULL) IS NULL AS null_fusion;

-- Every frame word real callers write.
SELECT w, ntrk_frame(w)
  FROM (VALUES ('in-frame'), ('inframe'), ('INFRAME'), ('In_frame'), ('in frame'),
			   ('IN_FRAME'), ('TRUE'), ('in-frame (with mutation)'),
			   ('out-of-frame'), ('Out-of-frame'), ('out of frame'), ('FRAMESHIFT'),
			   ('Frameshift'), ('FALSE'), ('stop-codon'), ('.'), ('-'),
			   ('unknown'), (''), ('NA'), (NULL)) v(w);

-- NTRK mutations: every class, the forms real files use.
SELECT g, pc, v.gene, v.protein_change, v.position, v.numbering, v.variant_class,
	   v.known_resistance
  FROM (VALUES ('NTRK1', 'G595R'), ('NTRK1', 'p.G595R'), ('NTRK1', 'p.Gly595Arg'),
			   (NULL, 'NTRK1 G595R'), ('NTRK1', 'p.(Gly595Arg)'), ('ntrk1', 'g595r'),
			   ('TRKA', 'NP_002520.2:p.Gly595Arg'), ('NTRK3', 'G623R'), ('NTRK3', 'G623E'),
			   ('NTRK2', 'G639R'), ('NTRK2', 'Q16620:p.G623R'),
			   ('NTRK1', 'F589L'), ('NTRK3', 'F617L'), ('NTRK3', 'F617I'),
			   ('NTRK2', 'F633L'), ('NTRK1', 'G667C'), ('NTRK1', 'G667S'),
			   ('NTRK1', 'G667A'), ('NTRK3', 'G696A'), ('NTRK3', 'G696C'),
			   ('NTRK3', 'G696S'), ('NTRK2', 'G709C'), ('NTRK2', 'NP_001018074.1:p.Gly693Ser'),
			   ('NTRK1', 'V573M'), ('NTRK1', 'G595V'), ('NTRK1', 'p.Arg700Trp'),
			   ('NTRK1', 'p.Arg700Ter'), ('NTRK1', 'R100W'), ('NTRK2', 'Y434C'),
			   ('NTRK3', 'amplification'),
			   ('KRAS', 'G12D'), ('KRAS', 'p.Gly13Asp'), ('KRAS', 'Q61H'),
			   ('BRAF', 'V600E'), ('MET', 'amplification'), (NULL, 'MET Amplification'),
			   ('KRAS', 'A146T'), ('BRAF', 'V600K')) t(g, pc),
	   ntrk_variant_class(g, pc) v;

-- The seed's point, in the reasons: a mutation alone is not an indication.
\x on
SELECT v.variant_class, v.reason
  FROM (VALUES ('NTRK1', 'G595R'), ('NTRK1', 'F589L'), ('NTRK3', 'G696A'),
			   ('NTRK1', 'R100W'), ('NTRK2', 'G623R'), ('KRAS', 'G12D')) t(g, pc),
	   ntrk_variant_class(g, pc) v;
\x off

SELECT ntrk_variant_class('NTRK1', NULL) IS NULL AS null_change;

-- Bad input: SQLSTATE 22P02 / 22023, naming the argument; never XX000.
SELECT q, pg_temp.try(q)
  FROM (VALUES
		($$SELECT ntrk_frame('maybe')$$),
		($$SELECT ntrk_frame('in')$$),
		($$SELECT ntrk_classify('TPM3::NTRK1', 'yes')$$),
		($$SELECT ntrk_variant_class('FOO1', 'R175H')$$),
		($$SELECT ntrk_variant_class('', 'G595R')$$),
		($$SELECT ntrk_variant_class(NULL, 'G595R')$$),
		($$SELECT ntrk_variant_class(NULL, 'TP53 R175H')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'NTRK3 G623R')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'G595')$$),
		($$SELECT ntrk_variant_class('NTRK1', '')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'Gla595Arg')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'G595X')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'G595R AND G667C')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'G595R/G667C')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'p.G595fs')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'G595=')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'A595R')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'G900R')$$),
		($$SELECT ntrk_variant_class('NTRK2', 'F617L')$$),
		($$SELECT ntrk_variant_class('NTRK2', 'Q16620:S460L')$$),
		($$SELECT ntrk_variant_class('NTRK1', 'NP_006171.2:p.G595R')$$),
		($$SELECT ntrk_variant_class('KRAS', 'A12D')$$)
	   ) v(q);

-- Two errors in full (message, detail, hint).
SELECT ntrk_classify('ETV6::NTRK3', 'maybe');
SELECT ntrk_variant_class('NTRK2', 'F617L');

-- Truthful labels and a comment on every object of this file.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
	   obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc p
 WHERE p.proname IN ('ntrk_frame', 'ntrk_classify', 'ntrk_variant_class',
					 'ntrk_patient_status', 'ntrk_patient_status_transfn',
					 'ntrk_patient_status_combinefn', 'ntrk_patient_status_finalfn')
 ORDER BY p.oid::regprocedure::text;
SELECT t.typname, obj_description(t.oid, 'pg_type') IS NOT NULL AS commented
  FROM pg_type t
 WHERE t.typname IN ('ntrk_fusion_class', 'ntrk_reading_frame', 'ntrk_alteration_class',
					 'ntrk_status', 'ntrk_classification', 'ntrk_variant', 'ntrk_patient')
 ORDER BY 1;
SELECT enum_range(NULL::ntrk_fusion_class);
SELECT enum_range(NULL::ntrk_alteration_class);
SELECT enum_range(NULL::ntrk_status);

DROP TABLE classify_fixture;

-- The scalar shortcuts agree with ntrk_classify, frame included.
SELECT count(*) AS rows,
       count(*) FILTER (WHERE ntrk_actionable(f, fr) IS DISTINCT FROM (ntrk_classify(f, fr)).actionable) AS actionable_differs,
       count(*) FILTER (WHERE ntrk_class(f, fr) IS DISTINCT FROM (ntrk_classify(f, fr)).class) AS class_differs
FROM (VALUES ('TPM3(e8)::NTRK1(e10)'::fusion), ('TPM3(e8)::NTRK1(e14)'), ('NTRK3::ETV6'), ('NTRK1-TPM3'),
             ('NTRK3-BTBD1'), ('?::NTRK1'), ('v::NTRK3'), ('NTRK1-intragenic'), ('EML4::ALK'),
             ('TMPRSS2::ERG'), (NULL)) AS v(f),
     (VALUES ('in-frame'), ('out-of-frame'), (NULL)) AS w(fr);
SELECT ntrk_actionable('ETV6::NTRK3') AS etv6_ntrk3, ntrk_actionable('NTRK3::ETV6') AS reciprocal,
       ntrk_actionable('?::NTRK1') AS presumptive, ntrk_class('NTRK1-TPM3') AS repaired;
SELECT ntrk_actionable('ETV6::NTRK3', 'sideways');

-- A real gene that is neither NTRK nor an off-target resistance gene gets a
-- row with a NULL class (mutation tables hold every gene), not an error.
SELECT gene, protein_change, variant_class, known_resistance, reason
FROM ntrk_variant_class('TP53', 'R175H');
SELECT count(*) FILTER (WHERE v.variant_class IS NOT NULL) AS classified, count(*) AS rows
FROM (VALUES ('TP53', 'R175H'), ('EGFR', 'L858R'), ('NTRK3', 'G623R'), ('KRAS', 'G12D')) AS m(g, c),
     ntrk_variant_class(m.g, m.c) AS v;

-- Remembered answers equal fresh ones.  Each call site keeps its last answers
-- for (fusion bytes, frame); 1,800 distinct keys overflow its slots, so
-- repeated, shuffled calls replace and re-find entries.  The first call per
-- key (fresh) is always computed; a memo keyed without the frame would give
-- frame-dependent answers from the wrong frame.
CREATE TEMP TABLE memo_keys AS
SELECT format('ETV6(e%s)::NTRK3(e%s)', e, x)::fusion AS f, fr
FROM generate_series(1, 100) AS e, generate_series(12, 17) AS x,
     (VALUES ('in-frame'), ('out-of-frame'), (NULL)) AS w(fr);
CREATE TEMP TABLE memo_fresh AS
SELECT f, fr, ntrk_classify(f, fr)::text AS row, ntrk_actionable(f, fr) AS actionable,
       ntrk_class(f, fr) AS class
FROM memo_keys;
SELECT count(*) AS calls,
       count(*) FILTER (WHERE ntrk_classify(k.f, k.fr)::text IS DISTINCT FROM m.row) AS row_differs,
       count(*) FILTER (WHERE ntrk_actionable(k.f, k.fr) IS DISTINCT FROM m.actionable) AS actionable_differs,
       count(*) FILTER (WHERE ntrk_class(k.f, k.fr) IS DISTINCT FROM m.class) AS class_differs,
       count(DISTINCT m.actionable) AS actionable_values
FROM (SELECT f, fr FROM memo_keys, generate_series(1, 4) ORDER BY md5(f::text || coalesce(fr, '') || random()::text)) AS k
JOIN memo_fresh m ON m.f = k.f AND m.fr IS NOT DISTINCT FROM k.fr;
DROP TABLE memo_keys, memo_fresh;
