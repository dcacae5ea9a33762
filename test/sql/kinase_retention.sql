--
-- Kinase retention from breakpoints: ntrk_classify, ntrk_actionable and
-- ntrk_class with breakpoint5, breakpoint3 and genome_build.
--
\pset null '(null)'

CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

CREATE TABLE junction_fixture (
	id integer PRIMARY KEY,
	written text NOT NULL,
	breakpoint5 text,
	breakpoint3 text,
	genome_build text
);
INSERT INTO junction_fixture VALUES
	-- ETV6::NTRK3 exon 15 (STAR-Fusion, both builds)
	(1, 'ETV6::NTRK3', 'chr12:11869969:+', 'chr15:87940753:-', 'GRCh38'),
	(2, 'ETV6::NTRK3', '12:12022903', '15:88483984', 'GRCh37'),
	-- NTRK3 first base of exon 19: the kinase is lost
	(3, 'ETV6::NTRK3', 'chr12:11869969:+', 'chr15:87880428:-', 'GRCh38'),
	-- LMNA::NTRK1 exon 11, TPM3::NTRK1 exon 10
	(4, 'LMNA::NTRK1', 'chr1:156130773:+', 'chr1:156874906:+', 'GRCh38'),
	(5, 'TPM3::NTRK1', NULL, 'chr1:156844363', 'hg19'),
	-- NTRK1 inside exon 14 (GRCh37): lost
	(6, 'TPM3::NTRK1', NULL, '1:156846307', 'GRCh37'),
	-- breakpoints given in the other order (NTRK3's as breakpoint5)
	(7, 'ETV6::NTRK3', 'chr15:87880428:-', 'chr12:11869969:+', 'GRCh38'),
	-- no build: not read, the reason says why
	(8, 'ETV6::NTRK3', 'chr12:11869969:+', 'chr15:87880428:-', NULL),
	-- exon given and agreeing / disagreeing with the breakpoint
	(9, 'ETV6::NTRK3 e5::e15', NULL, 'chr15:87940753:-', 'GRCh38'),
	(10, 'ETV6::NTRK3 e5::e14', NULL, 'chr15:87940753:-', 'GRCh38'),
	(11, 'ETV6::NTRK3 e5::e19', NULL, 'chr15:87940753:-', 'GRCh38'),
	-- exon on a transcript whose numbering is not verified: the breakpoint decides
	(12, 'ETV6::NM_002530(NTRK3):e15', NULL, 'chr15:87880428:-', 'GRCh38'),
	-- NTRK written first with '-': repaired to partner::NTRK, breakpoint read
	(13, 'NTRK1-TPM3', 'chr1:156874571:+', NULL, 'GRCh38'),
	-- reciprocal NTRK3::ETV6: not actionable whatever the breakpoint
	(14, 'NTRK3::ETV6', 'chr15:87940753:-', 'chr12:11869969:+', 'GRCh38'),
	-- not NTRK: breakpoints are not read
	(15, 'EML4::ALK', 'chr2:42300000', 'chr2:29223528', 'GRCh38'),
	-- only the partner's breakpoint: nothing to read
	(16, 'ETV6::NTRK3', 'chr12:11869969:+', NULL, 'GRCh38');

SELECT j.id, c.class, c.actionable, c.kinase_kept
  FROM junction_fixture j,
	   LATERAL ntrk_classify(j.written::fusion, NULL, j.breakpoint5, j.breakpoint3,
							 j.genome_build) AS c
 ORDER BY j.id;

SELECT j.id, c.reason
  FROM junction_fixture j,
	   LATERAL ntrk_classify(j.written::fusion, 'in-frame', j.breakpoint5, j.breakpoint3,
							 j.genome_build) AS c
 ORDER BY j.id;

-- The scalar shortcuts agree with ntrk_classify, with and without breakpoints.
SELECT j.id
  FROM junction_fixture j
 WHERE ntrk_actionable(j.written::fusion, NULL, j.breakpoint5, j.breakpoint3, j.genome_build)
		 IS DISTINCT FROM (ntrk_classify(j.written::fusion, NULL, j.breakpoint5, j.breakpoint3,
										  j.genome_build)).actionable
	OR ntrk_class(j.written::fusion, NULL, j.breakpoint5, j.breakpoint3, j.genome_build)
		 IS DISTINCT FROM (ntrk_classify(j.written::fusion, NULL, j.breakpoint5, j.breakpoint3,
										  j.genome_build)).class;

-- Without breakpoints, today's answers (kinase retention not checked).
SELECT c.class, c.actionable, c.kinase_kept
  FROM ntrk_classify('ETV6::NTRK3') AS c;

-- The memo keys on the breakpoints: the same fusion, different breakpoints.
SELECT ntrk_class('ETV6::NTRK3', NULL, NULL, b, 'GRCh38')
  FROM (VALUES ('chr15:87940753'), ('chr15:87880428'), ('chr15:87940753'),
			   ('chr15:87880428')) AS v(b);

-- Named arguments.
SELECT ntrk_class('ETV6::NTRK3', breakpoint3 => 'chr15:87880428:-', genome_build => 'hg38');

-- Bad input.
SELECT pg_temp.try($$SELECT ntrk_classify('ETV6::NTRK3', NULL, NULL, 'chr15:x', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_classify('ETV6::NTRK3', NULL, NULL, 'chr15:87940753', 'hg17')$$);
SELECT pg_temp.try($$SELECT ntrk_classify('ETV6::NTRK3', NULL, NULL, 'chr15:88483984', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_actionable('ETV6::NTRK3', NULL, 'chr12:1', 'chr12:5', 'GRCh38')$$);
-- a malformed partner breakpoint is an error even when no build is given
SELECT pg_temp.try($$SELECT ntrk_class('ETV6::NTRK3', NULL, 'chr12', NULL, NULL)$$);

-- ntrk_patient_status with breakpoints: the kinase-lost fusion does not make
-- the patient fusion_actionable; without the breakpoint it would.
SELECT p.patient, (p.st).status, (p.st).fusion
  FROM (SELECT r.patient,
			   ntrk_patient_status(r.f::fusion, 'in-frame', r.b5, r.b3, r.build, NULL, NULL, NULL) AS st
		  FROM (VALUES ('lost', 'ETV6::NTRK3', 'chr12:11869969:+', 'chr15:87880428:-', 'GRCh38'),
					   ('kept', 'ETV6::NTRK3', 'chr12:11869969:+', 'chr15:87940753:-', 'GRCh38'),
					   ('no build', 'ETV6::NTRK3', 'chr12:11869969:+', 'chr15:87880428:-', NULL))
			   AS r(patient, f, b5, b3, build)
		 GROUP BY r.patient) AS p
 ORDER BY p.patient;
SELECT (ntrk_patient_status('ETV6::NTRK3'::fusion, 'in-frame', NULL, NULL, NULL)).status
	AS five_argument_form;
SELECT pg_temp.try($$SELECT ntrk_patient_status('ETV6::NTRK3'::fusion, NULL, NULL, 'chr15:x', 'GRCh38', NULL, NULL, NULL)$$);

-- The patient explanation of a fusion whose kinase part cannot be decided
-- (an exon on a transcript whose numbering is not verified) says in plain
-- words that an RNA test can confirm it.
SELECT position('RNA sequencing' IN
				ntrk_patient_explanation(ARRAY['ETV6::NM_002530(NTRK3):e15'::fusion],
										 tumour_type => 'solid tumour')) > 0 AS names_rna_test,
	   (ntrk_guidance_state(ARRAY['ETV6::NM_002530(NTRK3):e15'::fusion])).state;

-- The registry trigger reads breakpoint and build columns when configured.
CREATE TABLE bp_registry (
	id integer PRIMARY KEY,
	fusion_text text,
	f fusion,
	bp5 text,
	bp3 text,
	build varchar(16),
	cls text,
	kinase_kept boolean,
	actionable boolean,
	reason text
);
CREATE TRIGGER bp_registry_ntrk BEFORE INSERT OR UPDATE ON bp_registry
	FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger(
		'fusion_text', 'f', 'breakpoint5=bp5', 'breakpoint3=bp3', 'genome_build=build',
		'class=cls', 'kinase_kept=kinase_kept', 'actionable=actionable', 'reason=reason');
INSERT INTO bp_registry (id, fusion_text, bp5, bp3, build) VALUES
	(1, 'ETV6--NTRK3', 'chr12:11869969:+', 'chr15:87940753:-', 'GRCh38'),
	(2, 'ETV6--NTRK3', 'chr12:11869969:+', 'chr15:87880428:-', 'GRCh38'),
	(3, 'ETV6--NTRK3', 'chr12:11869969:+', 'chr15:87880428:-', NULL),
	(4, 'ETV6--NTRK3', NULL, 'chr15:garbage', 'GRCh38'),
	(5, 'ETV6--NTRK3', NULL, 'chr15:87880428', 'hg17'),
	(6, 'ETV6--NTRK3', NULL, NULL, NULL);
SELECT id, f, cls, kinase_kept, actionable FROM bp_registry ORDER BY id;
SELECT id, reason FROM bp_registry WHERE id IN (3, 4, 5) ORDER BY id;
-- a trigger that would write a breakpoint column is refused
CREATE TABLE bp_registry_bad (fusion_text text, f fusion, bp3 text);
CREATE TRIGGER bp_registry_bad_ntrk BEFORE INSERT ON bp_registry_bad
	FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'breakpoint3=bp3', 'reason=bp3');
SELECT pg_temp.try($$INSERT INTO bp_registry_bad VALUES ('ETV6--NTRK3', NULL, 'chr15:1')$$);
