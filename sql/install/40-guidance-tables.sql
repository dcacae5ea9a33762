
------------------------------------------------------------------------------
-- Therapy guidance: knowledge tables, rules, and the functions that join a
-- patient's NTRK findings to ranked, sourced treatment options
------------------------------------------------------------------------------
--
-- Everything a clinician might want to change is a row, not code: therapies,
-- approvals, guidance rules (including judgement calls such as "entrectinib
-- preferred with brain metastases"), assay limits and the patient texts.
-- Shipped rows have origin = 'shipped'; every other row is the site's own,
-- is dumped by pg_dump (pg_extension_config_dump with a filter) and is never
-- touched by an extension update.  A site overrides a shipped rule by adding
-- a rule of higher priority and, if needed, listing the shipped rule in
-- "supersedes"; editing shipped rows in place does not survive a
-- dump/restore.
--
-- Every shipped row names its source (a paper with PMID, PMC or DOI, a label
-- or agency decision with its date, a database release, a URL), so a user
-- can follow it.  The rows are in 41-guidance-rows.sql.
--
-- The functions are SQL-standard functions (BEGIN ATOMIC): a guidance
-- question is a join of the patient's findings with these tables, and a body
-- parsed at CREATE time is bound to ntrk's own tables, functions and
-- operators, so the caller's search_path cannot redirect it.  The one thing
-- SQL cannot do, raising a 22023 error that lists the accepted values, is
-- ntrk_guidance_check in src/guidance.c.

-- Biomarker states ------------------------------------------------------------
-- The labels are ntrk_classify's fusion classes and ntrk_variant_class's
-- resistance classes (sql/install/20-classify.sql), plus the patient-level
-- outcomes mutation_only, negative and untested.  ntrk_guidance_state()
-- documents how one state is chosen per patient.

CREATE TYPE ntrk_biomarker_state AS ENUM (
	'xdfg',						-- NTRK fusion + xDFG mutation in the fused gene
	'solvent_front',			-- NTRK fusion + solvent-front mutation
	'gatekeeper',				-- NTRK fusion + gatekeeper mutation
	'kinase_other',				-- NTRK fusion + other listed kinase resistance (V573M)
	'offtarget_mapk',			-- NTRK fusion + KRAS/BRAF/MET bypass after a TRK inhibitor
	'ntrk_fusion',				-- actionable NTRK fusion with a named partner
	'ntrk_categorical',			-- actionable gene-level "NTRK1 fusion" / v::NTRK1
	'ntrk_fusion_undecided',	-- NTRK 3' fusion whose kinase retention cannot be decided
	'ntrk_orientation_unknown', -- NTRK written first, order not guaranteed
	'ntrk_presumptive',			-- ?::NTRK1 (break-apart FISH): partner unknown
	'ntrk_reciprocal',			-- NTRK is the 5' partner only
	'ntrk_kinase_lost',			-- 3' NTRK segment starts after the kinase
	'ntrk_out_of_frame',		-- caller says out of frame / stop codon
	'ntrk_intragenic',			-- inside one NTRK gene: not a fusion
	'other_driver_fusion',		-- fusion of ALK, ROS1, RET ... and no NTRK fusion
	'mutation_only',			-- NTRK mutation or amplification, no NTRK fusion
	'negative',					-- fusions tested, no NTRK event
	'untested'					-- no fusion result given
);
COMMENT ON TYPE ntrk_biomarker_state IS
	'NTRK state of one patient for therapy guidance: ntrk_classify''s fusion classes refined by ntrk_variant_class''s resistance classes, plus mutation_only, negative and untested; listed in precedence order';

-- Tumour types ----------------------------------------------------------------

CREATE TABLE ntrk_tumour_type (
	tumour_type text PRIMARY KEY CHECK (tumour_type <> ''),
	parent		text REFERENCES ntrk_tumour_type ON UPDATE CASCADE
				DEFERRABLE INITIALLY DEFERRED,
	aliases		text[] NOT NULL DEFAULT '{}',
	description text NOT NULL,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (parent IS DISTINCT FROM tumour_type)
);
COMMENT ON TABLE ntrk_tumour_type IS
	'tumour types the guidance functions accept, as a tree: a rule written for a type applies to its descendants; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_tumour_type.tumour_type IS 'name as written in rules and accepted as input (case-insensitive)';
COMMENT ON COLUMN ntrk_tumour_type.parent IS 'broader type whose rules also apply; NULL for a root (solid tumour)';
COMMENT ON COLUMN ntrk_tumour_type.aliases IS 'other names accepted as input (case-insensitive)';
COMMENT ON COLUMN ntrk_tumour_type.description IS 'what the type covers';
COMMENT ON COLUMN ntrk_tumour_type.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Disease stages --------------------------------------------------------------

CREATE TABLE ntrk_disease_stage (
	stage		text PRIMARY KEY CHECK (stage <> ''),
	advanced	boolean,
	aliases		text[] NOT NULL DEFAULT '{}',
	description text NOT NULL,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_disease_stage IS
	'stages the guidance functions accept and whether each means advanced disease (metastatic, or unresectable without severe morbidity: what the TRK-inhibitor labels cover); rows with origin <> ''shipped'' are user rows';
COMMENT ON COLUMN ntrk_disease_stage.stage IS 'stage as accepted on input (case-insensitive; a leading "stage " is ignored)';
COMMENT ON COLUMN ntrk_disease_stage.advanced IS 'true = metastatic or unresectable; false = early, resectable; NULL = the stage alone does not say';
COMMENT ON COLUMN ntrk_disease_stage.aliases IS 'other spellings accepted on input';
COMMENT ON COLUMN ntrk_disease_stage.description IS 'what the stage means here';
COMMENT ON COLUMN ntrk_disease_stage.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Assays ----------------------------------------------------------------------

CREATE TABLE ntrk_assay (
	assay		text PRIMARY KEY CHECK (assay <> ''),
	aliases		text[] NOT NULL DEFAULT '{}',
	analyte		text NOT NULL CHECK (analyte <> ''),
	finds_partner boolean NOT NULL,
	description text NOT NULL,
	patient_name text NOT NULL,
	source		text NOT NULL CHECK (source <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_assay IS
	'assays that look for NTRK fusions, with what they read; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_assay.assay IS 'name as accepted on input (case-insensitive)';
COMMENT ON COLUMN ntrk_assay.aliases IS 'other names accepted on input';
COMMENT ON COLUMN ntrk_assay.analyte IS 'what is tested: tumour RNA, tumour DNA, protein, plasma cell-free DNA';
COMMENT ON COLUMN ntrk_assay.finds_partner IS 'whether a positive result names the partner gene';
COMMENT ON COLUMN ntrk_assay.description IS 'what the assay is';
COMMENT ON COLUMN ntrk_assay.patient_name IS 'the assay in plain words, for ntrk_patient_explanation';
COMMENT ON COLUMN ntrk_assay.source IS 'where the facts about the assay come from';
COMMENT ON COLUMN ntrk_assay.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Therapies -------------------------------------------------------------------

CREATE TABLE ntrk_therapy (
	therapy		text PRIMARY KEY CHECK (therapy <> ''),
	aliases		text[] NOT NULL DEFAULT '{}',
	kind		text NOT NULL CHECK (kind IN ('drug', 'drug class', 'regimen', 'trial', 'standard care')),
	drug_class	text,
	generation	text CHECK (generation IN ('first', 'next')),
	trk_inhibitor boolean NOT NULL DEFAULT false,
	cns_activity text NOT NULL CHECK (cns_activity IN ('active', 'not established', 'not assessed')),
	cns_evidence text,
	availability text NOT NULL CHECK (availability IN ('approved', 'trial only', 'trial or off-label', 'standard care', 'not available')),
	patient_name text NOT NULL,
	source		text NOT NULL CHECK (source <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (generation IS NULL OR trk_inhibitor)
);
COMMENT ON TABLE ntrk_therapy IS
	'therapies the guidance can recommend: TRK inhibitors, other drugs and regimens, trials and standard care; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_therapy.therapy IS 'name used in rules and output (generic drug name or regimen)';
COMMENT ON COLUMN ntrk_therapy.aliases IS 'brand names and development codes, accepted in prior_trk_inhibitors';
COMMENT ON COLUMN ntrk_therapy.kind IS 'drug, drug class, regimen, trial or standard care';
COMMENT ON COLUMN ntrk_therapy.drug_class IS 'pharmacological class (inhibitor type and targets)';
COMMENT ON COLUMN ntrk_therapy.generation IS 'first or next generation, for TRK inhibitors';
COMMENT ON COLUMN ntrk_therapy.trk_inhibitor IS 'inhibits TRK kinases (counts as a prior TRK inhibitor)';
COMMENT ON COLUMN ntrk_therapy.cns_activity IS 'activity in the brain: active, not established, not assessed';
COMMENT ON COLUMN ntrk_therapy.cns_evidence IS 'the data behind cns_activity';
COMMENT ON COLUMN ntrk_therapy.availability IS 'approved (by at least one agency in ntrk_therapy_approval), trial only, trial or off-label, standard care, not available (no approval and no open trial or expanded access)';
COMMENT ON COLUMN ntrk_therapy.patient_name IS 'the therapy in plain words, for ntrk_patient_explanation';
COMMENT ON COLUMN ntrk_therapy.source IS 'where the facts about the therapy come from';
COMMENT ON COLUMN ntrk_therapy.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Approvals -------------------------------------------------------------------

CREATE TABLE ntrk_therapy_approval (
	therapy		text NOT NULL REFERENCES ntrk_therapy ON UPDATE CASCADE,
	agency		text NOT NULL CHECK (agency <> ''),
	approval_type text NOT NULL CHECK (approval_type <> ''),
	approval_date date,
	age_limit	text NOT NULL CHECK (age_limit <> ''),
	min_age_years numeric CHECK (min_age_years >= 0),
	indication	text NOT NULL CHECK (indication <> ''),
	excludes_resistance_mutation boolean NOT NULL,
	trk_inhibitor_naive_only boolean NOT NULL DEFAULT false,
	source		text NOT NULL CHECK (source <> ''),
	evidence	text NOT NULL CHECK (evidence IN ('read_in_source', 'abstract_or_secondary', 'unverified')),
	note		text,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	PRIMARY KEY (therapy, agency, approval_type)
);
COMMENT ON TABLE ntrk_therapy_approval IS
	'regulatory approvals of NTRK-directed drugs by agency, with dates, age limits and the indication in brief; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_therapy_approval.therapy IS 'the therapy approved';
COMMENT ON COLUMN ntrk_therapy_approval.agency IS 'FDA, EMA, Health Canada, ...';
COMMENT ON COLUMN ntrk_therapy_approval.approval_type IS 'accelerated, regular, conditional, age extension, authorised ...';
COMMENT ON COLUMN ntrk_therapy_approval.approval_date IS 'date of the decision; NULL when the references do not give it';
COMMENT ON COLUMN ntrk_therapy_approval.age_limit IS 'the age limit in words';
COMMENT ON COLUMN ntrk_therapy_approval.min_age_years IS 'youngest age covered, in years; NULL = no lower limit';
COMMENT ON COLUMN ntrk_therapy_approval.indication IS 'the NTRK indication, paraphrased';
COMMENT ON COLUMN ntrk_therapy_approval.excludes_resistance_mutation IS 'the indication excludes tumours with a known acquired resistance mutation';
COMMENT ON COLUMN ntrk_therapy_approval.trk_inhibitor_naive_only IS 'the indication excludes patients previously treated with an NTRK inhibitor';
COMMENT ON COLUMN ntrk_therapy_approval.source IS 'where the approval was read';
COMMENT ON COLUMN ntrk_therapy_approval.evidence IS 'read_in_source (read in the label or decision), abstract_or_secondary (a summary, announcement or secondary page) or unverified';
COMMENT ON COLUMN ntrk_therapy_approval.note IS 'what is uncertain about the row';
COMMENT ON COLUMN ntrk_therapy_approval.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Preferences and evidence levels ----------------------------------------------

CREATE TABLE ntrk_preference (
	preference	text PRIMARY KEY CHECK (preference <> ''),
	ordinal		integer NOT NULL,
	description text NOT NULL,
	patient_phrase text NOT NULL,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_preference IS
	'how strongly a rule puts an option forward, in rank order (lower ordinal first); rows with origin <> ''shipped'' are user rows';
COMMENT ON COLUMN ntrk_preference.preference IS 'the preference word used in rules and output';
COMMENT ON COLUMN ntrk_preference.ordinal IS 'rank order: options are ranked by this, then by the rule''s sort_order';
COMMENT ON COLUMN ntrk_preference.description IS 'what the preference means';
COMMENT ON COLUMN ntrk_preference.patient_phrase IS 'the preference in plain words, for ntrk_patient_explanation';
COMMENT ON COLUMN ntrk_preference.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

CREATE TABLE ntrk_evidence_level (
	evidence_level text PRIMARY KEY CHECK (evidence_level <> ''),
	kind		text NOT NULL CHECK (kind IN ('sensitivity', 'resistance')),
	ordinal		integer NOT NULL,
	meaning		text NOT NULL,
	source		text NOT NULL CHECK (source <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_evidence_level IS
	'OncoKB-style levels of evidence used in guidance rules; rows with origin <> ''shipped'' are user rows';
COMMENT ON COLUMN ntrk_evidence_level.evidence_level IS 'the level: 1, 2, 3A, 3B, 4, R1, R2';
COMMENT ON COLUMN ntrk_evidence_level.kind IS 'sensitivity or resistance';
COMMENT ON COLUMN ntrk_evidence_level.ordinal IS 'OncoKB''s order for the highest level: R1, 1, 2, 3A, 3B, 4, R2';
COMMENT ON COLUMN ntrk_evidence_level.meaning IS 'what the level means';
COMMENT ON COLUMN ntrk_evidence_level.source IS 'where the definition comes from';
COMMENT ON COLUMN ntrk_evidence_level.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Guidance rules ----------------------------------------------------------------

CREATE SEQUENCE ntrk_guidance_rule_seq;
COMMENT ON SEQUENCE ntrk_guidance_rule_seq IS
	'numbers the default keys (user-N) of site-added guidance rules; dumped with them';

CREATE TABLE ntrk_guidance_rule (
	rule_key	text PRIMARY KEY DEFAULT ('user-' || nextval('ntrk_guidance_rule_seq'))
				CHECK (rule_key <> ''),
	states		ntrk_biomarker_state[] NOT NULL CHECK (cardinality(states) > 0),
	tumour_type text NOT NULL DEFAULT 'solid tumour' REFERENCES ntrk_tumour_type ON UPDATE CASCADE,
	prior_trk	boolean,
	cns_metastases boolean,
	min_age		numeric CHECK (min_age >= 0),
	max_age		numeric CHECK (max_age > 0),
	advanced	boolean,
	ntrk_genes	text[] CHECK (ntrk_genes <@ ARRAY['NTRK1', 'NTRK2', 'NTRK3']),
	therapy		text REFERENCES ntrk_therapy ON UPDATE CASCADE,
	next_test	text REFERENCES ntrk_assay ON UPDATE CASCADE,
	preference	text NOT NULL REFERENCES ntrk_preference ON UPDATE CASCADE,
	sort_order	integer NOT NULL DEFAULT 0,
	evidence_level text REFERENCES ntrk_evidence_level ON UPDATE CASCADE,
	guideline_category text,
	recommendation text NOT NULL CHECK (recommendation <> ''),
	rationale	text NOT NULL CHECK (rationale <> ''),
	caveat		text,
	source		text NOT NULL CHECK (source <> ''),
	source_date text NOT NULL CHECK (source_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	priority	integer NOT NULL DEFAULT 100,
	supersedes	text[] NOT NULL DEFAULT '{}',
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (therapy IS NULL OR next_test IS NULL),
	CHECK (min_age < max_age)
);
COMMENT ON TABLE ntrk_guidance_rule IS
	'guidance rules: biomarker state x tumour type x line x CNS metastases x age x stage -> a ranked, sourced option; rows with origin <> ''shipped'' are the site''s rules, survive dump/restore, and win over shipped rules by priority and supersedes';
COMMENT ON COLUMN ntrk_guidance_rule.rule_key IS 'stable name of the rule (shipped rules: solid.*, nsclc.*; site rules default to user-N)';
COMMENT ON COLUMN ntrk_guidance_rule.states IS 'biomarker states the rule applies to (any of them)';
COMMENT ON COLUMN ntrk_guidance_rule.tumour_type IS 'tumour type the rule is written for; it applies to that type and the types below it';
COMMENT ON COLUMN ntrk_guidance_rule.prior_trk IS 'false = first line (no prior TRK inhibitor), true = after a TRK inhibitor, NULL = either';
COMMENT ON COLUMN ntrk_guidance_rule.cns_metastases IS 'true/false = only with/without brain metastases, NULL = either';
COMMENT ON COLUMN ntrk_guidance_rule.min_age IS 'youngest age in years the rule applies to (inclusive), NULL = no limit';
COMMENT ON COLUMN ntrk_guidance_rule.max_age IS 'age in years from which the rule no longer applies (exclusive), NULL = no limit';
COMMENT ON COLUMN ntrk_guidance_rule.advanced IS 'true = metastatic or unresectable only, false = early or resectable only, NULL = any stage';
COMMENT ON COLUMN ntrk_guidance_rule.ntrk_genes IS 'NTRK genes the rule is limited to (e.g. a level recorded for NTRK1 G595R), NULL = any';
COMMENT ON COLUMN ntrk_guidance_rule.therapy IS 'the therapy recommended (or advised against); NULL for a test or a statement';
COMMENT ON COLUMN ntrk_guidance_rule.next_test IS 'the test recommended, for test rules';
COMMENT ON COLUMN ntrk_guidance_rule.preference IS 'how strongly the option is put forward (ntrk_preference); ranks the output';
COMMENT ON COLUMN ntrk_guidance_rule.sort_order IS 'order within the same preference (lower first); equal values share a rank';
COMMENT ON COLUMN ntrk_guidance_rule.evidence_level IS 'OncoKB-style level (ntrk_evidence_level); the rationale says whether OncoKB or ntrk assigned it; NULL = none';
COMMENT ON COLUMN ntrk_guidance_rule.guideline_category IS 'guideline or regulatory category (NCCN preferred, FDA accelerated approval, ...)';
COMMENT ON COLUMN ntrk_guidance_rule.recommendation IS 'the recommendation in one line';
COMMENT ON COLUMN ntrk_guidance_rule.rationale IS 'why, with the evidence';
COMMENT ON COLUMN ntrk_guidance_rule.caveat IS 'what limits the recommendation';
COMMENT ON COLUMN ntrk_guidance_rule.source IS 'citations a user can look up (paper with PMID/PMC/DOI, label or decision with its date, database release, URL)';
COMMENT ON COLUMN ntrk_guidance_rule.source_date IS 'date of the newest source cited, ISO 8601 at the precision known';
COMMENT ON COLUMN ntrk_guidance_rule.priority IS 'among rules for the same option, the highest priority wins (shipped 0, site default 100)';
COMMENT ON COLUMN ntrk_guidance_rule.supersedes IS 'rule keys this rule removes from the answer whenever it applies';
COMMENT ON COLUMN ntrk_guidance_rule.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Test informativeness --------------------------------------------------------

CREATE TABLE ntrk_assay_result (
	assay		text NOT NULL REFERENCES ntrk_assay ON UPDATE CASCADE,
	result		text NOT NULL CHECK (result IN ('positive', 'negative', 'failed')),
	tumour_type text REFERENCES ntrk_tumour_type ON UPDATE CASCADE,
	informative boolean NOT NULL,
	meaning		text NOT NULL CHECK (meaning <> ''),
	why_not		text,
	next_test	text REFERENCES ntrk_assay ON UPDATE CASCADE,
	source		text NOT NULL CHECK (source <> ''),
	priority	integer NOT NULL DEFAULT 100,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (informative OR why_not IS NOT NULL),
	UNIQUE NULLS NOT DISTINCT (assay, result, tumour_type, origin)
);
COMMENT ON TABLE ntrk_assay_result IS
	'what a result of an NTRK fusion assay means: informative or not, why not, and the next test; rows with origin <> ''shipped'' are user rows, survive dump/restore and win by priority';
COMMENT ON COLUMN ntrk_assay_result.assay IS 'the assay';
COMMENT ON COLUMN ntrk_assay_result.result IS 'positive (fusion or staining found), negative, or failed (no usable result)';
COMMENT ON COLUMN ntrk_assay_result.tumour_type IS 'tumour type the row is specific to (and the types below it); NULL = any';
COMMENT ON COLUMN ntrk_assay_result.informative IS 'whether the result can be acted on without a further test';
COMMENT ON COLUMN ntrk_assay_result.meaning IS 'what the result shows';
COMMENT ON COLUMN ntrk_assay_result.why_not IS 'why the result is not informative (or what limits it)';
COMMENT ON COLUMN ntrk_assay_result.next_test IS 'the test recommended next';
COMMENT ON COLUMN ntrk_assay_result.source IS 'where the assay''s limits are documented';
COMMENT ON COLUMN ntrk_assay_result.priority IS 'the highest priority wins, then the most specific tumour type (shipped 0, site default 100)';
COMMENT ON COLUMN ntrk_assay_result.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Patient texts ---------------------------------------------------------------

CREATE TABLE ntrk_patient_text (
	section		text NOT NULL CHECK (section <> ''),
	body		text NOT NULL CHECK (body <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	UNIQUE (section, origin)
);
COMMENT ON TABLE ntrk_patient_text IS
	'plain-language paragraphs of ntrk_patient_explanation: what_is_ntrk_fusion, questions, closing, and state:<biomarker state>; a site row (origin <> ''shipped'') for a section replaces the shipped one and survives dump/restore';
COMMENT ON COLUMN ntrk_patient_text.section IS 'what_is_ntrk_fusion, questions, closing, or state:<ntrk_biomarker_state>';
COMMENT ON COLUMN ntrk_patient_text.body IS 'the paragraph';
COMMENT ON COLUMN ntrk_patient_text.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump and preferred';

-- Dump the site's rows, never the shipped ones; read access for everyone ---------

SELECT pg_catalog.pg_extension_config_dump('ntrk_tumour_type', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_disease_stage', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_assay', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_therapy', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_therapy_approval', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_preference', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_evidence_level', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_guidance_rule', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_guidance_rule_seq', '');
SELECT pg_catalog.pg_extension_config_dump('ntrk_assay_result', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_patient_text', 'WHERE origin <> ''shipped''');

GRANT SELECT ON ntrk_tumour_type, ntrk_disease_stage, ntrk_assay, ntrk_therapy, ntrk_therapy_approval,
	ntrk_preference, ntrk_evidence_level, ntrk_guidance_rule, ntrk_assay_result, ntrk_patient_text
	TO PUBLIC;
