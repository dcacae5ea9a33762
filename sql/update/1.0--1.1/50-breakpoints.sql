-- Breakpoints (issue 18) -------------------------------------------------------
--
-- ntrk_classify, ntrk_actionable and ntrk_class gain optional breakpoint5,
-- breakpoint3, genome_build and evidence arguments.  PostgreSQL cannot add
-- parameters in place, and an overload with defaults would make old calls
-- ambiguous, so the old functions are dropped and the new ones created.
-- Views or indexes of the site that use the old signatures must be dropped
-- before the update and recreated after it (CHANGELOG).
--
-- ntrk_guidance_state has an SQL-standard body that calls
-- ntrk_classify(fusion, text), so that function cannot simply be dropped: it
-- is renamed, the new ntrk_classify is created, ntrk_guidance_state is
-- recreated with the same body (now bound to the new function), and only
-- then is the old one dropped.

ALTER FUNCTION ntrk_classify(fusion, text) RENAME TO ntrk_classify_1_0;
DROP FUNCTION ntrk_actionable(fusion, text);
DROP FUNCTION ntrk_class(fusion, text);

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

-- ntrk_guidance_state: same body as in sql/install/40-guidance.sql, bound to
-- the new ntrk_classify.
CREATE OR REPLACE FUNCTION ntrk_guidance_state(fusions fusion[], mutations text[] DEFAULT NULL,
									 prior_trk_inhibitors text[] DEFAULT NULL,
									 OUT state ntrk_biomarker_state, OUT ntrk_gene text, OUT fusion text,
									 OUT resistance text[], OUT prior_trk_inhibitor boolean,
									 OUT ntrk_status ntrk_status, OUT reason text)
	RETURNS record
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH fus AS (
		SELECT f.f, @extschema@.ntrk_classify(f.f) AS c
		  FROM pg_catalog.unnest(ntrk_guidance_state.fusions) AS f(f)
		 WHERE f.f IS NOT NULL
	), var AS (
		SELECT @extschema@.ntrk_variant_class(NULL, m.m) AS v
		  FROM pg_catalog.unnest(ntrk_guidance_state.mutations) AS m(m)
		 WHERE m.m IS NOT NULL
	), prior AS (
		SELECT CASE WHEN ntrk_guidance_state.prior_trk_inhibitors IS NOT NULL
					THEN pg_catalog.cardinality(ntrk_guidance_state.prior_trk_inhibitors) > 0 END AS given
	), patient AS (
		SELECT @extschema@.ntrk_patient_status(r.f, NULL, NULL, r.m, r.p) AS s
		  FROM (SELECT fus.f, NULL::text AS m, NULL::boolean AS p FROM fus
				UNION ALL
				SELECT NULL, m.m, NULL FROM pg_catalog.unnest(ntrk_guidance_state.mutations) AS m(m)
				 WHERE m.m IS NOT NULL
				UNION ALL
				SELECT NULL, NULL, prior.given FROM prior WHERE prior.given IS NOT NULL) AS r
	), best AS (
		SELECT patient.s,
			   (SELECT fus.c FROM fus WHERE fus.f::text = (patient.s).fusion ORDER BY 1 LIMIT 1) AS c
		  FROM patient
	), found AS (
		SELECT best.s, best.c, prior.given AS prior,
			   ARRAY(SELECT DISTINCT (var.v).variant_class FROM var
					  WHERE (var.v).known_resistance AND (var.v).gene = (best.c).ntrk_gene) AS on_target,
			   EXISTS (SELECT 1 FROM var WHERE (var.v).known_resistance
											AND (var.v).variant_class = 'offtarget_mapk') AS off_target
		  FROM best, prior
	)
	SELECT (CASE
				WHEN (found.c).class IN ('ntrk_fusion', 'ntrk_categorical') AND (found.c).actionable THEN
					CASE
						WHEN 'xdfg' = ANY (found.on_target) THEN 'xdfg'
						WHEN 'solvent_front' = ANY (found.on_target) THEN 'solvent_front'
						WHEN 'gatekeeper' = ANY (found.on_target) THEN 'gatekeeper'
						WHEN 'kinase_other' = ANY (found.on_target) THEN 'kinase_other'
						WHEN found.off_target AND found.prior THEN 'offtarget_mapk'
						ELSE (found.c).class::text
					END
				WHEN (found.c).class = 'ntrk_fusion' THEN 'ntrk_fusion_undecided'
				WHEN (found.c).class NOT IN ('other_driver_fusion', 'not_ntrk') THEN (found.c).class::text
				WHEN EXISTS (SELECT 1 FROM fus WHERE (fus.c).class = 'other_driver_fusion') THEN 'other_driver_fusion'
				WHEN EXISTS (SELECT 1 FROM var WHERE (var.v).gene IN ('NTRK1', 'NTRK2', 'NTRK3')) THEN 'mutation_only'
				WHEN ntrk_guidance_state.fusions IS NULL THEN 'untested'
				ELSE 'negative'
			END)::@extschema@.ntrk_biomarker_state,
		   coalesce((found.c).ntrk_gene,
					(SELECT pg_catalog.min((var.v).gene) FROM var WHERE (var.v).gene IN ('NTRK1', 'NTRK2', 'NTRK3'))),
		   (found.s).fusion,
		   ARRAY(SELECT (var.v).gene || ' ' || (var.v).protein_change FROM var
				  WHERE (var.v).known_resistance
					AND ((var.v).gene = (found.c).ntrk_gene
						 OR ((var.v).variant_class = 'offtarget_mapk' AND found.prior))
				  ORDER BY 1),
		   found.prior,
		   coalesce((found.s).status,
					CASE WHEN ntrk_guidance_state.fusions IS NOT NULL THEN 'negative'::@extschema@.ntrk_status END),
		   coalesce((found.s).reason,
					CASE WHEN ntrk_guidance_state.fusions IS NULL THEN 'No fusion result was given.'
						 ELSE 'No NTRK fusion or mutation was given.' END)
	  FROM found
	 WHERE @extschema@.ntrk_guidance_context_check('ntrk_guidance_state', ntrk_guidance_state.prior_trk_inhibitors,
												   NULL, NULL, NULL);
END;

DROP FUNCTION ntrk_classify_1_0(fusion, text);

-- ntrk_breakpoint (sql/install/25-breakpoint.sql) ----------------------------

CREATE TYPE ntrk_breakpoint_site AS (
	gene text,
	genome_build text,
	chromosome text,
	"position" integer,
	transcript text,
	region text,
	region_number integer,
	first_exon_3prime integer,
	last_exon_5prime integer,
	kinase_kept boolean,
	note text
);
COMMENT ON TYPE ntrk_breakpoint_site IS
	'result of ntrk_breakpoint: gene, build, chromosome and position as given, reference transcript, region (exon, intron, upstream, downstream), exon or intron number, first exon of a 3'' segment and last exon of a 5'' segment from the breakpoint, whether a 3'' segment keeps the kinase domain, and a note';

-- STRICT: a NULL argument gives NULL.
CREATE FUNCTION ntrk_breakpoint(gene text, breakpoint text, genome_build text)
	RETURNS ntrk_breakpoint_site
	AS 'MODULE_PATHNAME', 'ntrk_breakpoint_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_breakpoint(text, text, text) IS
	'map a genomic breakpoint (chr15:87940753:-, 15:87940753, chr15 87940753) on NTRK1, NTRK2 or NTRK3 to an exon or intron of the reference transcript on GRCh37 or GRCh38 (hg19, hg38, 37, 38), with kinase retention for a 3'' segment; 22023 when it lies off the gene';

CREATE FUNCTION ntrk_breakpoint(gene text, chromosome text, "position" bigint, genome_build text)
	RETURNS ntrk_breakpoint_site
	AS 'MODULE_PATHNAME', 'ntrk_breakpoint_at_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_breakpoint(text, text, bigint, text) IS
	'ntrk_breakpoint with the chromosome and the 1-based position in separate arguments (JAFFA, cBioPortal Site*_Chromosome / Site*_Position)';

-- ntrk_patient_status with breakpoints (sql/install/20-classify.sql) ---------

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

-- Patient text of an undecided fusion: say that an RNA test can confirm the
-- kinase part (sql/install/41-guidance-rows.sql).  Only the shipped row; a
-- site's own row for the section is left as it is.
UPDATE ntrk_patient_text
   SET body = 'What your result means: your report lists an NTRK fusion, but it does not show clearly whether the part of NTRK that sends the growth signal is included. A test of the tumour''s RNA (RNA sequencing) can show whether that part is there. Your care team may want this test before choosing a TRK-blocking medicine.'
 WHERE section = 'state:ntrk_fusion_undecided' AND origin = 'shipped';
