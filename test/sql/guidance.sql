--
-- Therapy guidance: ntrk_guidance, ntrk_guidance_state, ntrk_test_informativeness,
-- ntrk_patient_explanation and the knowledge tables behind them.
-- One query per patient scenario (README, "Therapy guidance").
--
\pset null '(null)'

-- Report SQLSTATE, message and detail of a statement instead of failing.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	detail text;
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	RETURN concat_ws(E'\n', SQLSTATE || ': ' || SQLERRM, nullif(detail, ''));
END $$;

-- The shipped knowledge -------------------------------------------------------

-- Approvals by agency, with dates and age limits (NULL date: not in the references).
SELECT therapy, agency, approval_type, to_char(approval_date, 'YYYY-MM-DD') AS approval_date,
	   age_limit, min_age_years,
	   excludes_resistance_mutation AS excl_resistance, trk_inhibitor_naive_only AS naive_only
  FROM ntrk_therapy_approval ORDER BY therapy, approval_date NULLS LAST, agency;

SELECT therapy, kind, generation, trk_inhibitor, cns_activity, availability
  FROM ntrk_therapy ORDER BY trk_inhibitor DESC, therapy;

-- Every biomarker state has at least one shipped rule for solid tumours.
SELECT s AS state_without_rule
  FROM unnest(enum_range(NULL::ntrk_biomarker_state)) AS s
 WHERE NOT EXISTS (SELECT 1 FROM ntrk_guidance_rule r
					WHERE s = ANY (r.states) AND r.tumour_type = 'solid tumour' AND r.origin = 'shipped');

-- ... and a plain-language paragraph for ntrk_patient_explanation.
SELECT s AS state_without_patient_text
  FROM unnest(enum_range(NULL::ntrk_biomarker_state)) AS s
 WHERE NOT EXISTS (SELECT 1 FROM ntrk_patient_text t WHERE t.section = 'state:' || s);

-- Shipped rows are marked, and only the other rows are dumped.
SELECT c.relname, e.cond
  FROM pg_extension x,
	   unnest(x.extconfig, x.extcondition) AS e(rel, cond)
	   JOIN pg_class c ON c.oid = e.rel
 WHERE x.extname = 'ntrk'
   AND c.relname IN ('ntrk_tumour_type', 'ntrk_disease_stage', 'ntrk_assay', 'ntrk_therapy',
					 'ntrk_therapy_approval', 'ntrk_preference', 'ntrk_evidence_level',
					 'ntrk_guidance_rule', 'ntrk_guidance_rule_seq', 'ntrk_assay_result',
					 'ntrk_patient_text')
 ORDER BY c.relname;
SELECT count(*) AS rules, count(*) FILTER (WHERE origin = 'shipped') AS shipped FROM ntrk_guidance_rule;

-- Biomarker states ----------------------------------------------------------------

SELECT t.label, g.state, g.ntrk_gene, g.fusion, g.resistance, g.prior_trk_inhibitor, g.ntrk_status
  FROM (VALUES
		('fusion, naive', '{TPM3::NTRK1}'::fusion[], NULL::text[], '{}'::text[]),
		('fusion + G595R after laro', '{TPM3::NTRK1}', '{NTRK1 G595R}', '{Vitrakvi}'),
		('fusion + G595R + G667C', '{LMNA::NTRK1}', '{NTRK1 G595R,NTRK1 G667C}', '{entrectinib}'),
		('fusion + KRAS G12D after laro', '{TPM3::NTRK1}', '{KRAS G12D}', '{larotrectinib}'),
		('fusion + KRAS G12D, naive', '{TPM3::NTRK1}', '{KRAS G12D}', '{}'),
		('fusion + G595R, no TKI recorded', '{TPM3::NTRK1}', '{NTRK1 G595R}', NULL),
		('G595R in NTRK1, fusion of NTRK3', '{ETV6::NTRK3}', '{NTRK1 G595R}', '{larotrectinib}'),
		('fusion + A608D after laro', '{TPM3::NTRK1}', '{NTRK1 A608D}', '{larotrectinib}'),
		('mutation, no fusion', '{}', '{NTRK1 G595R}', '{}'),
		('FISH break-apart', '{?::NTRK1}', NULL, NULL),
		('gene-level report', '{NTRK3 fusion}', NULL, NULL),
		('kinase first, known partner', '{NTRK1-TPM3}', NULL, NULL),
		('kinase first, unknown partner', '{NTRK1/GAPDH}', NULL, NULL),
		('reciprocal only', '{NTRK3::ETV6}', NULL, NULL),
		('ALK fusion', '{EML4::ALK}', NULL, NULL),
		('tested negative', '{}', NULL, NULL),
		('no result', NULL, NULL, NULL)) AS t(label, fusions, mutations, prior)
 CROSS JOIN LATERAL ntrk_guidance_state(t.fusions, t.mutations, t.prior) AS g;

-- First line ----------------------------------------------------------------------

-- Treatment-naive NSCLC stage IV without brain metastases: larotrectinib and
-- entrectinib preferred (tied), repotrectinib other recommended.
SELECT rank, therapy, preference, evidence_level, line, guideline_category, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 58, stage => 'Stage IV', tumour_type => 'NSCLC');

-- The same patient with brain metastases: entrectinib first (a site-editable
-- judgement), larotrectinib second; repotrectinib carries the TRIDENT-1 caveat.
SELECT rank, therapy, preference, guideline_category, rule_key, caveats
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => true,
					 age => 58, stage => 'IVB', tumour_type => 'non-small cell lung cancer');

\x on
SELECT * FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => true,
							age => 58, stage => 'IVB', tumour_type => 'NSCLC')
 WHERE rank = 1;
\x off

-- A child under 12 (infantile fibrosarcoma): repotrectinib (12 years and
-- older) is not offered; a one-week-old gets entrectinib's age caveat.
SELECT rank, therapy, preference, evidence_level, rule_key, caveats
  FROM ntrk_guidance(fusion => 'ETV6::NTRK3', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 5, stage => 'unresectable', tumour_type => 'infantile fibrosarcoma');
SELECT rank, therapy, caveats
  FROM ntrk_guidance(fusion => 'ETV6(e5)::NTRK3(e15)', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 0.02, stage => 'unresectable', tumour_type => 'infantile fibrosarcoma');

-- Early NSCLC: stage-appropriate standard treatment.
SELECT rank, therapy, preference, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 58, stage => 'IB', tumour_type => 'NSCLC');

-- After a TRK inhibitor -------------------------------------------------------------

-- Progression on larotrectinib, mechanism not known yet: test first.
SELECT rank, therapy, preference, line, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{larotrectinib}',
					 cns_metastases => false, age => 58, stage => 'IV', tumour_type => 'NSCLC');

-- After larotrectinib with the solvent-front mutation G595R.
SELECT rank, therapy, preference, evidence_level, rule_key, caveats
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', mutations => '{NTRK1 G595R}',
					 prior_trk_inhibitors => '{larotrectinib}', cns_metastases => false, age => 58,
					 stage => 'IV', tumour_type => 'NSCLC');

-- After larotrectinib with the gatekeeper mutation F589L (written as a
-- three-letter HGVS change).
SELECT rank, therapy, preference, evidence_level, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', mutations => '{NTRK1 p.Phe589Leu}',
					 prior_trk_inhibitors => '{larotrectinib}', cns_metastases => false, age => 58,
					 stage => 'IV', tumour_type => 'NSCLC');

-- After larotrectinib with the xDFG mutation G667C: type II trial; next-generation
-- type I inhibitors are not expected to work.
SELECT rank, therapy, preference, evidence_level, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', mutations => '{NTRK1 G667C}',
					 prior_trk_inhibitors => '{larotrectinib}', cns_metastases => false, age => 58,
					 stage => 'IV', tumour_type => 'NSCLC');

-- After larotrectinib with KRAS G12D (off-target MAPK bypass).
SELECT rank, therapy, preference, evidence_level, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', mutations => '{KRAS G12D}',
					 prior_trk_inhibitors => '{larotrectinib}', cns_metastases => false, age => 58,
					 stage => 'IV', tumour_type => 'NSCLC');

-- NTRK3 solvent front (G623R) in a colorectal cancer: larotrectinib R1 from
-- the NTRK3-specific rule, selitrectinib 3A.
SELECT rank, therapy, preference, evidence_level, rule_key
  FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', mutations => '{NTRK3 G623R}',
					 prior_trk_inhibitors => '{entrectinib}', age => 70, stage => 'IV',
					 tumour_type => 'CRC');

-- The line column: the rule's line, else the line the patient is at (a
-- rule written for any line is offered at the patient's line); unknown
-- prior treatment leaves rules for any line as "any line".
SELECT p.prior, g.line, count(*) AS options
  FROM (VALUES ('none', '{}'::text[]), ('larotrectinib', '{larotrectinib}'), ('not given', NULL)) AS p(prior, drugs),
	   ntrk_guidance(fusions => '{TPM3::NTRK1}', mutations => '{NTRK1 G595R}',
					 prior_trk_inhibitors => p.drugs, cns_metastases => false, age => 60,
					 stage => 'IV', tumour_type => 'NSCLC') AS g
 GROUP BY 1, 2 ORDER BY 1, 2;

-- A mutation on another NTRK gene than the fused one does not count towards
-- the state (here the NTRK3 G623R does: solvent front), and a caveat names it.
SELECT DISTINCT biomarker_state, c AS caveat
  FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', mutations => '{NTRK1 G595R, NTRK3 G623R}',
					 prior_trk_inhibitors => '{larotrectinib}', age => 60, stage => 'IV',
					 tumour_type => 'NSCLC') AS g,
	   unnest(g.caveats) AS c
 WHERE c LIKE 'mutations not used%';

-- Findings that are not an actionable NTRK fusion -----------------------------------

-- NTRK mutation without a fusion: no TRK-inhibitor indication, said so.
SELECT rank, therapy, preference, recommendation, rule_key
  FROM ntrk_guidance(fusions => '{}', mutations => '{NTRK1 G595R}', prior_trk_inhibitors => '{}',
					 age => 66, stage => 'IV', tumour_type => 'NSCLC');

-- Unknown partner by break-apart FISH: confirm by RNA first.
SELECT rank, therapy, preference, recommendation, rule_key
  FROM ntrk_guidance(fusions => '{?::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 66, stage => 'IV', tumour_type => 'NSCLC');

-- Tested negative, and not tested at all.
SELECT rank, therapy, preference, recommendation, rule_key
  FROM ntrk_guidance(fusions => '{}', prior_trk_inhibitors => '{}', age => 66, stage => 'IV',
					 tumour_type => 'lung adenocarcinoma');
SELECT rank, therapy, preference, recommendation, rule_key
  FROM ntrk_guidance(tumour_type => 'NSCLC');

-- A reciprocal call and an ALK fusion.
SELECT rank, therapy, preference, rule_key
  FROM ntrk_guidance(fusions => '{NTRK3::ETV6}', tumour_type => 'salivary gland cancer');
SELECT rank, therapy, preference, recommendation
  FROM ntrk_guidance(fusions => '{EML4::ALK}', tumour_type => 'NSCLC');

-- Missing context: the options that do not depend on it, and a caveat naming it --

-- Brain metastases not given: the CNS-specific rules are left out, and said so.
SELECT rank, therapy, rule_key, caveats
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', age => 58,
					 stage => 'IV', tumour_type => 'NSCLC');

-- Only the fusion known: no rule applies, one row says what is missing.
SELECT rank, therapy, recommendation, caveats
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', tumour_type => 'NSCLC');

-- Stage IIIB does not say whether the disease is advanced; no tumour type given.
SELECT rank, therapy, caveats
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 40, stage => 'IIIB');

-- Resistance rules do not depend on the line, so they apply with it unknown.
SELECT rank, therapy, preference, caveats
  FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', mutations => '{NTRK3 G696A}', age => 30, stage => 'IV',
					 cns_metastases => false)
 ORDER BY rank, therapy;

-- Test informativeness ------------------------------------------------------------

-- A negative DNA panel is not informative; a negative RNA panel is.
SELECT * FROM ntrk_test_informativeness('DNA panel', 'negative');
SELECT * FROM ntrk_test_informativeness('RNA NGS', 'not detected');

SELECT a.assay, r.result, t.informative, t.next_test, left(coalesce(t.why_not, t.meaning), 70) AS why_not_or_meaning
  FROM ntrk_assay a
 CROSS JOIN (VALUES ('positive'), ('negative'), ('failed')) AS r(result)
 CROSS JOIN LATERAL ntrk_test_informativeness(a.assay, r.result) AS t
 ORDER BY a.assay, r.result;

-- Tumour-specific rows win over the general one.
SELECT tumour, t.tested_assay, t.informative, t.why_not
  FROM (VALUES ('glioma'), ('salivary gland cancer'), ('lung adenocarcinoma'), ('melanoma')) AS v(tumour)
 CROSS JOIN LATERAL ntrk_test_informativeness('pan-TRK IHC', 'positive', v.tumour) AS t;
SELECT * FROM ntrk_test_informativeness('liquid biopsy', 'negative');
SELECT count(*) AS rows_for_null_assay FROM ntrk_test_informativeness(NULL, 'negative');

-- Bad input: 22023 with the accepted values -------------------------------------

SELECT pg_temp.try($$SELECT * FROM ntrk_guidance(tumour_type => 'leukaemia')$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', stage => 'V')$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_guidance(age => -1)$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_guidance(prior_trk_inhibitors => '{larotrectinib,crizotinib}')$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_test_informativeness('NanoString', 'negative')$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_test_informativeness('FISH', 'equivocal')$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_test_informativeness('FISH', 'negative', 'lymphoma')$$);
SELECT pg_temp.try($$SELECT * FROM ntrk_guidance(mutations => '{NTRK1 G595}')$$);
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT * FROM ntrk_guidance(tumour_type => 'leukaemia');
\set SHOW_CONTEXT errors

-- A site's own rule overrides a shipped one ---------------------------------------

-- This site prefers larotrectinib with brain metastases: its rule (priority 100
-- by default) supersedes the shipped entrectinib-first judgement, and entrectinib
-- falls back to the general NSCLC first-line rule.
INSERT INTO ntrk_guidance_rule (states, tumour_type, prior_trk, cns_metastases, advanced, therapy,
								preference, sort_order, evidence_level, guideline_category,
								recommendation, rationale, source, source_date, supersedes)
VALUES ('{ntrk_fusion,ntrk_categorical}', 'NSCLC', false, true, true, 'larotrectinib',
		'preferred', 1, '1', 'site tumour board',
		'First-line TRK inhibitor with brain metastases: larotrectinib',
		'Tumour board decision: larotrectinib first; lung patients with brain metastases responded in 63% (Drilon 2022).',
		'Site thoracic tumour board minutes', '2026-01-15', '{nsclc.first.entrectinib.cns}')
RETURNING rule_key ~ '^user-[0-9]+$' AS default_key, priority, origin;

SELECT rank, therapy, preference, guideline_category, rule_key ~ '^user-' AS site_rule,
	   CASE WHEN rule_key ~ '^user-' THEN 'user-N' ELSE rule_key END AS rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => true,
					 age => 58, stage => 'IV', tumour_type => 'NSCLC');

-- Without brain metastases the site rule does not apply.
SELECT rank, therapy, rule_key
  FROM ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}', cns_metastases => false,
					 age => 58, stage => 'IV', tumour_type => 'NSCLC');

DELETE FROM ntrk_guidance_rule WHERE origin <> 'shipped';

-- A LATERAL join over a patient table -----------------------------------------------

CREATE TABLE guidance_patient (
	patient text PRIMARY KEY,
	fusions fusion[],
	mutations text[],
	prior_trk text[],
	brain_mets boolean,
	age numeric,
	stage text,
	tumour text
);
INSERT INTO guidance_patient VALUES
	('P1', '{TPM3::NTRK1}', NULL, '{}', false, 58, 'IV', 'NSCLC'),
	('P2', '{EML4-NTRK3}', NULL, '{}', true, 47, 'IVB', 'NSCLC'),
	('P3', '{ETV6::NTRK3}', NULL, '{}', false, 0.8, 'unresectable', 'infantile fibrosarcoma'),
	('P4', '{LMNA::NTRK1}', '{NTRK1 G595R}', '{entrectinib}', false, 63, 'IV', 'colorectal cancer'),
	('P5', '{TPM3::NTRK1}', '{NTRK1 G667C}', '{larotrectinib}', false, 71, 'IV', 'NSCLC'),
	('P6', '{}', '{NTRK2 G639R}', '{}', false, 55, 'IV', 'NSCLC'),
	('P7', '{?::NTRK1}', NULL, '{}', false, 49, 'IV', 'NSCLC'),
	('P8', NULL, NULL, NULL, NULL, NULL, NULL, 'thyroid cancer');

SELECT p.patient, g.biomarker_state, g.rank, g.therapy, g.preference, g.evidence_level
  FROM guidance_patient p
 CROSS JOIN LATERAL ntrk_guidance(fusions => p.fusions, mutations => p.mutations,
								  prior_trk_inhibitors => p.prior_trk, cns_metastases => p.brain_mets,
								  age => p.age, stage => p.stage, tumour_type => p.tumour) AS g
 WHERE g.rank = 1
 ORDER BY p.patient, g.therapy;

-- Test results per patient, with LEFT JOIN LATERAL.
SELECT p.patient, t.tested_assay, t.informative, t.next_test
  FROM (VALUES ('P1', 'RNA NGS', 'positive'), ('P6', 'DNA panel', 'negative'),
			   ('P7', 'FISH', 'positive'), ('P8', NULL, NULL)) AS p(patient, assay, result)
  LEFT JOIN LATERAL ntrk_test_informativeness(p.assay, p.result) AS t ON true
 ORDER BY p.patient;

-- A bad tumour type in one row stops the query with the accepted values.
UPDATE guidance_patient SET tumour = 'lung' WHERE patient = 'P8';
SELECT pg_temp.try($$SELECT count(*) FROM guidance_patient p
	CROSS JOIN LATERAL ntrk_guidance(fusions => p.fusions, tumour_type => p.tumour) AS g$$);
DROP TABLE guidance_patient;

-- Patient explanation --------------------------------------------------------------

\a
\t on
SELECT ntrk_patient_explanation(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}',
								cns_metastases => true, age => 58, stage => 'IV', tumour_type => 'NSCLC');
SELECT ntrk_patient_explanation(fusions => '{}', mutations => '{NTRK1 G595R}', prior_trk_inhibitors => '{}',
								age => 66, stage => 'IV', tumour_type => 'NSCLC');
SELECT ntrk_patient_explanation(fusions => '{TPM3::NTRK1}', mutations => '{NTRK1 G667C}',
								prior_trk_inhibitors => '{larotrectinib}', cns_metastases => false, age => 71,
								stage => 'IV', tumour_type => 'NSCLC');
\t off
\a

-- Safety: search_path, labels ---------------------------------------------------------

-- A caller's search_path cannot redirect the guidance to other tables.
CREATE SCHEMA guidance_decoy;
CREATE TABLE guidance_decoy.ntrk_guidance_rule (LIKE ntrk_guidance_rule);
CREATE TABLE guidance_decoy.ntrk_tumour_type (LIKE ntrk_tumour_type);
SET search_path = guidance_decoy, public;
SELECT rank, therapy FROM public.ntrk_guidance(fusions => '{TPM3::NTRK1}', prior_trk_inhibitors => '{}',
											   cns_metastases => false, age => 58, stage => 'IV',
											   tumour_type => 'NSCLC');
RESET search_path;
DROP SCHEMA guidance_decoy CASCADE;

-- Every guidance function is STABLE or IMMUTABLE, PARALLEL SAFE; SQL ones have
-- SQL-standard bodies.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proparallel, p.proisstrict,
	   l.lanname AS language,
	   p.prosqlbody IS NOT NULL AS standard_body
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'ntrk'
  JOIN pg_language l ON l.oid = p.prolang
 WHERE p.proname IN ('ntrk_guidance', 'ntrk_guidance_state', 'ntrk_test_informativeness',
					 'ntrk_patient_explanation', 'ntrk_guidance_check', 'ntrk_guidance_context_check',
					 'ntrk_name_matches', 'ntrk_tumour_type_name', 'ntrk_stage_name', 'ntrk_assay_name',
					 'ntrk_therapy_name', 'ntrk_assay_result_word', 'ntrk_tumour_lineage')
 ORDER BY p.oid::regprocedure::text;
