------------------------------------------------------------------------------
-- NTRK classification: fusions, protein changes, patient status
------------------------------------------------------------------------------
-- The labels of the enums below are printed by the C core
-- (src/core/ntrk_knowledge.c); keep both in the same order.

CREATE TYPE ntrk_fusion_class AS ENUM (
	'ntrk_fusion',				-- NTRK 3', kinase kept or not contradicted
	'ntrk_kinase_lost',			-- NTRK 3' segment starts after the kinase
	'ntrk_out_of_frame',		-- caller says out-of-frame or stop codon
	'ntrk_reciprocal',			-- NTRK is the 5' partner (NTRK3::ETV6)
	'ntrk_orientation_unknown', -- NTRK written first, order not guaranteed
	'ntrk_intragenic',			-- NTRK1-intragenic, NTRK1-NTRK1: not a fusion
	'ntrk_presumptive',			-- ?::NTRK1 (break-apart FISH)
	'ntrk_categorical',			-- v::NTRK1, "NTRK1 fusion"
	'other_driver_fusion',		-- ALK, ROS1, RET, FGFR1-3, BRAF, NRG1, MET ...
	'not_ntrk',					-- anything else
	'ntrk_antisense',			-- evidence: partners on opposite strands
	'ntrk_transcript_only'		-- evidence: fusion transcript, no protein fusion
);
COMMENT ON TYPE ntrk_fusion_class IS
	'class of a fusion for NTRK purposes, as returned by ntrk_classify (see README "NTRK classification")';

CREATE TYPE ntrk_reading_frame AS ENUM (
	'in_frame', 'out_of_frame', 'stop_codon', 'unknown'
);
COMMENT ON TYPE ntrk_reading_frame IS
	'reading frame of a fusion junction, normalised from the words callers write (ntrk_frame)';

CREATE TYPE ntrk_alteration_class AS ENUM (
	'solvent_front',			-- NTRK1 G595, NTRK2 G639, NTRK3 G623
	'gatekeeper',				-- NTRK1 F589, NTRK2 F633, NTRK3 F617
	'xdfg',						-- NTRK1 G667, NTRK2 G709, NTRK3 G696
	'kinase_other',				-- other residue of the NTRK kinase domain
	'outside_kinase',			-- NTRK residue outside the kinase domain
	'amplification',			-- NTRK copy-number amplification
	'offtarget_mapk',			-- KRAS G12/G13/Q61, BRAF V600E, MET amplification
	'offtarget_other'			-- other KRAS, BRAF or MET change
);
COMMENT ON TYPE ntrk_alteration_class IS
	'class of an NTRK point mutation or of an off-target resistance alteration (ntrk_variant_class); NTRK2 positions are NP_006171.2 (MANE) positions';

CREATE TYPE ntrk_status AS ENUM (
	'fusion_actionable', 'resistant', 'mutation_only', 'negative', 'indeterminate'
);
COMMENT ON TYPE ntrk_status IS
	'NTRK status of one patient, as returned by the aggregate ntrk_patient_status';

CREATE TYPE ntrk_classification AS (
	class ntrk_fusion_class,
	ntrk_gene text,
	partner text,
	actionable boolean,
	orientation_inferred boolean,
	kinase_kept boolean,
	reading_frame ntrk_reading_frame,
	driver_gene text,
	reason text
);
COMMENT ON TYPE ntrk_classification IS
	'result of ntrk_classify: class, NTRK gene, partner, TRK-inhibitor actionability (NULL = cannot be decided), whether the 5''/3'' order was inferred, kinase retention (NULL = not checked), frame, driver gene and a reason sentence';

CREATE TYPE ntrk_variant AS (
	gene text,
	protein_change text,
	"position" integer,
	numbering text,
	variant_class ntrk_alteration_class,
	known_resistance boolean,
	reason text
);
COMMENT ON TYPE ntrk_variant IS
	'result of ntrk_variant_class: gene, normalised change (p.G595R or amplification), position on the protein named in numbering, class, whether it is a listed resistance alteration, and a reason sentence';

CREATE TYPE ntrk_patient AS (
	status ntrk_status,
	ntrk_gene text,
	fusion text,
	resistance ntrk_alteration_class[],
	prior_trk_inhibitor boolean,
	reason text
);
COMMENT ON TYPE ntrk_patient IS
	'result of the aggregate ntrk_patient_status: status, NTRK gene and canonical text of the most relevant fusion, resistance classes (when resistant), whether a TRK inhibitor was given, and a reason sentence';

-- Functions ---------------------------------------------------------------

-- Not STRICT: NULL means "not given" and maps to 'unknown'.
CREATE FUNCTION ntrk_frame(reading_frame text) RETURNS ntrk_reading_frame
	AS 'MODULE_PATHNAME', 'ntrk_frame_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_frame(text) IS
	'normalise a caller''s reading-frame word (in-frame, INFRAME, In_frame, FRAMESHIFT, stop-codon, TRUE/FALSE, ., unknown, NULL ...); 22P02 for a word it does not know';

-- Not STRICT: reading_frame, the breakpoints, the build and the evidence may
-- be NULL (not given); NULL f gives NULL.  breakpoint5 / breakpoint3 are the
-- genomic junction positions of the 5' and 3' segments as callers write them
-- (chr15:87940753:-, 15:87940753), genome_build names their assembly
-- (GRCh38, hg19 ...), evidence is a lab's free text about the junction.
CREATE FUNCTION ntrk_classify(f fusion, reading_frame text DEFAULT NULL,
							  breakpoint5 text DEFAULT NULL, breakpoint3 text DEFAULT NULL,
							  genome_build text DEFAULT NULL, evidence text DEFAULT NULL)
	RETURNS ntrk_classification
	AS 'MODULE_PATHNAME', 'ntrk_classify_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_classify(fusion, text, text, text, text, text) IS
	'classify a fusion for TRK-inhibitor actionability (NTRK 3'' with kinase kept and frame not out, reciprocal, kinase lost, presumptive, categorical, other driver ...), repairing kinase-first order when the notation does not guarantee it; optional genomic breakpoints with their genome build, and a lab''s junction text, are further evidence';

-- Scalar shortcuts for WHERE and GROUP BY over large tables (no row built).
-- Not STRICT: the optional arguments mean what they mean for ntrk_classify.
CREATE FUNCTION ntrk_actionable(f fusion, reading_frame text DEFAULT NULL,
								breakpoint5 text DEFAULT NULL, breakpoint3 text DEFAULT NULL,
								genome_build text DEFAULT NULL, evidence text DEFAULT NULL)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'ntrk_actionable_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_actionable(fusion, text, text, text, text, text) IS
	'the actionable column of ntrk_classify: NTRK-fusion indication for a TRK inhibitor (NULL = cannot be decided, or NULL fusion)';
CREATE FUNCTION ntrk_class(f fusion, reading_frame text DEFAULT NULL,
						   breakpoint5 text DEFAULT NULL, breakpoint3 text DEFAULT NULL,
						   genome_build text DEFAULT NULL, evidence text DEFAULT NULL)
	RETURNS ntrk_fusion_class
	AS 'MODULE_PATHNAME', 'ntrk_class_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_class(fusion, text, text, text, text, text) IS
	'the class column of ntrk_classify (NULL for a NULL fusion)';

-- Not STRICT: gene may be NULL when the change names it ("NTRK1 G595R");
-- a NULL protein_change gives NULL.
CREATE FUNCTION ntrk_variant_class(gene text, protein_change text)
	RETURNS ntrk_variant
	AS 'MODULE_PATHNAME', 'ntrk_variant_class_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_variant_class(text, text) IS
	'classify an NTRK protein change (solvent front, gatekeeper, xDFG, other kinase, outside kinase, amplification) or an off-target resistance alteration (KRAS G12/G13/Q61, BRAF V600E, MET amplification); other listed genes give a NULL class, names that are not genes raise 22023';

-- Patient-level aggregate ----------------------------------------------------
-- The state is a fixed-size bytea (not internal), so the aggregate can be
-- combined in parallel and by Citus.

-- Not STRICT: every argument may be NULL on a given row.
CREATE FUNCTION ntrk_patient_status_transfn(state bytea, f fusion, reading_frame text,
											gene text, protein_change text,
											prior_trk_inhibitor boolean)
	RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_transfn(bytea, fusion, text, text, text, boolean) IS
	'transition function of ntrk_patient_status: adds one row (a fusion, a protein change, a prior-TRK-inhibitor flag, any of them NULL) to the patient state';

CREATE FUNCTION ntrk_patient_status_combinefn(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_combinefn(bytea, bytea) IS
	'combine function of ntrk_patient_status: merges two partial patient states (order does not matter)';

CREATE FUNCTION ntrk_patient_status_finalfn(bytea) RETURNS ntrk_patient
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_finalfn(bytea) IS
	'final function of ntrk_patient_status: the patient''s NTRK status and the reason';

CREATE AGGREGATE ntrk_patient_status(f fusion, reading_frame text, gene text,
									 protein_change text, prior_trk_inhibitor boolean) (
	SFUNC = ntrk_patient_status_transfn,
	STYPE = bytea,
	COMBINEFUNC = ntrk_patient_status_combinefn,
	FINALFUNC = ntrk_patient_status_finalfn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ntrk_patient_status(fusion, text, text, text, boolean) IS
	'NTRK status of one patient from all of its rows (fusion + frame, gene + protein change, prior TRK inhibitor): fusion_actionable, resistant, mutation_only, negative or indeterminate; use with GROUP BY patient';

-- The same aggregate with the fusion's genomic breakpoints and their build
-- (see ntrk_classify): the NTRK breakpoint decides kinase retention when the
-- fusion names no exon.
-- Not STRICT: every argument may be NULL on a given row.
CREATE FUNCTION ntrk_patient_status_transfn(state bytea, f fusion, reading_frame text,
											breakpoint5 text, breakpoint3 text,
											genome_build text, gene text,
											protein_change text,
											prior_trk_inhibitor boolean)
	RETURNS bytea
	AS 'MODULE_PATHNAME', 'ntrk_patient_status_bp_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_transfn(bytea, fusion, text, text, text, text, text, text, boolean) IS
	'transition function of ntrk_patient_status with breakpoints: adds one row (a fusion with its breakpoints and build, a protein change, a prior-TRK-inhibitor flag, any of them NULL) to the patient state';

CREATE AGGREGATE ntrk_patient_status(f fusion, reading_frame text, breakpoint5 text,
									 breakpoint3 text, genome_build text, gene text,
									 protein_change text, prior_trk_inhibitor boolean) (
	SFUNC = ntrk_patient_status_transfn,
	STYPE = bytea,
	COMBINEFUNC = ntrk_patient_status_combinefn,
	FINALFUNC = ntrk_patient_status_finalfn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ntrk_patient_status(fusion, text, text, text, text, text, text, boolean) IS
	'NTRK status of one patient from all of its rows, each fusion judged with its genomic breakpoints and genome build (see ntrk_classify); otherwise as the five-argument ntrk_patient_status';
