
------------------------------------------------------------------------------
-- Therapy guidance: the functions that join a patient's NTRK findings to the
-- knowledge tables (40-guidance-tables.sql, rows in 41-guidance-rows.sql)
------------------------------------------------------------------------------

-- Argument checking -------------------------------------------------------------

-- Raises the guidance functions' 22023 errors (SQL cannot raise one itself).
-- Not STRICT: a NULL "ok" is reported as an error too (see src/guidance.c).
CREATE FUNCTION ntrk_guidance_check(ok boolean, function_name text, argument text, given text,
									detail text, hint text)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_guidance_check(boolean, text, text, text, text, text) IS
	'true when ok is true; otherwise raises 22023 naming the function, argument and value, with the accepted values as detail (used by the guidance functions)';

-- Case-insensitive match of a typed name against a vocabulary row, shared by
-- the four lookups below.  Not STRICT and written as one expression, so that the planner inlines it
-- into the lookups below (a NULL argument gives NULL).  STABLE, not IMMUTABLE:
-- the text[] cast goes through array_in, which is STABLE.
CREATE FUNCTION ntrk_name_matches(given text, name text, aliases text[])
	RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN pg_catalog.lower(pg_catalog.btrim(given)) = pg_catalog.lower(name)
		OR pg_catalog.lower(pg_catalog.btrim(given)) = ANY (pg_catalog.lower(aliases::text)::text[]);
COMMENT ON FUNCTION ntrk_name_matches(text, text, text[]) IS
	'does a user-typed name (case-insensitive, blanks trimmed) match a vocabulary row''s name or one of its aliases?';

-- Name lookups: the row a user-typed name or alias stands for, exact names
-- before aliases, NULL when unknown (the callers turn NULL into an error).
CREATE FUNCTION ntrk_tumour_type_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT t.tumour_type FROM @extschema@.ntrk_tumour_type AS t
	 WHERE @extschema@.ntrk_name_matches(ntrk_tumour_type_name.name, t.tumour_type, t.aliases)
	 ORDER BY pg_catalog.lower(t.tumour_type) = pg_catalog.lower(pg_catalog.btrim(ntrk_tumour_type_name.name)) DESC,
			  t.tumour_type
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_tumour_type_name(text) IS
	'the ntrk_tumour_type a name or alias stands for (case-insensitive); NULL when unknown';

CREATE FUNCTION ntrk_stage_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT s.stage FROM @extschema@.ntrk_disease_stage AS s
	 WHERE @extschema@.ntrk_name_matches(pg_catalog.regexp_replace(ntrk_stage_name.name, '^\s*stage\s+', '', 'i'),
										 s.stage, s.aliases)
	 ORDER BY s.stage
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_stage_name(text) IS
	'the ntrk_disease_stage a stage or alias stands for ("Stage IVA", "4a", "metastatic"); NULL when unknown';

CREATE FUNCTION ntrk_assay_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT a.assay FROM @extschema@.ntrk_assay AS a
	 WHERE @extschema@.ntrk_name_matches(ntrk_assay_name.name, a.assay, a.aliases)
	 ORDER BY pg_catalog.lower(a.assay) = pg_catalog.lower(pg_catalog.btrim(ntrk_assay_name.name)) DESC, a.assay
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_assay_name(text) IS
	'the ntrk_assay a name or alias stands for ("FISH", "RNA-seq", "liquid biopsy"); NULL when unknown';

CREATE FUNCTION ntrk_therapy_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT t.therapy FROM @extschema@.ntrk_therapy AS t
	 WHERE @extschema@.ntrk_name_matches(ntrk_therapy_name.name, t.therapy, t.aliases)
	 ORDER BY pg_catalog.lower(t.therapy) = pg_catalog.lower(pg_catalog.btrim(ntrk_therapy_name.name)) DESC, t.therapy
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_therapy_name(text) IS
	'the ntrk_therapy a generic name, brand name or code stands for ("Vitrakvi", "LOXO-195"); NULL when unknown';

-- The three results ntrk_assay_result knows, from the words labs write.
CREATE FUNCTION ntrk_assay_result_word(word text)
	RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE pg_catalog.lower(pg_catalog.btrim(word))
		WHEN 'positive' THEN 'positive' WHEN 'pos' THEN 'positive' WHEN 'detected' THEN 'positive'
		WHEN 'fusion detected' THEN 'positive'
		WHEN 'negative' THEN 'negative' WHEN 'neg' THEN 'negative' WHEN 'not detected' THEN 'negative'
		WHEN 'no fusion detected' THEN 'negative'
		WHEN 'failed' THEN 'failed' WHEN 'fail' THEN 'failed' WHEN 'insufficient' THEN 'failed'
		WHEN 'qns' THEN 'failed' WHEN 'invalid' THEN 'failed' WHEN 'no result' THEN 'failed'
	END;
COMMENT ON FUNCTION ntrk_assay_result_word(text) IS
	'positive, negative or failed for a lab''s result word (detected, not detected, QNS, ...); NULL when unknown';

-- A tumour type and its ancestors, so that a rule written for a broader type
-- applies; the distance ranks the more specific rule first.
-- Not STRICT: NULL means "tumour type not known" and gives the roots.
CREATE FUNCTION ntrk_tumour_lineage(name text)
	RETURNS TABLE (tumour_type text, depth integer)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE start AS MATERIALIZED (
		SELECT @extschema@.ntrk_tumour_type_name(ntrk_tumour_lineage.name) AS tumour_type
	), up(tumour_type, depth) AS (
		SELECT t.tumour_type, 0
		  FROM @extschema@.ntrk_tumour_type AS t, start
		 WHERE CASE WHEN ntrk_tumour_lineage.name IS NULL THEN t.parent IS NULL
					ELSE t.tumour_type = start.tumour_type END
		UNION
		SELECT t.parent, up.depth + 1
		  FROM up JOIN @extschema@.ntrk_tumour_type AS t ON t.tumour_type = up.tumour_type
		 WHERE t.parent IS NOT NULL AND up.depth < 32
	)
	SELECT up.tumour_type, pg_catalog.min(up.depth)::integer FROM up GROUP BY up.tumour_type;
END;
COMMENT ON FUNCTION ntrk_tumour_lineage(text) IS
	'a tumour type and the broader types above it, with their distance (0 = the type itself); the root types when the name is NULL, nothing when it is unknown';

-- Validates the patient context shared by the guidance functions, so that a
-- typo is an error listing the accepted values rather than a silent empty
-- answer.  Not STRICT: every argument is optional; NULL means "not known".  Each test
-- is a CASE so that the list of accepted values is built only on failure.
CREATE FUNCTION ntrk_guidance_context_check(function_name text, prior_trk_inhibitors text[], age numeric,
											stage text, tumour_type text)
	RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN ntrk_guidance_context_check.tumour_type IS NULL
					 OR @extschema@.ntrk_tumour_type_name(ntrk_guidance_context_check.tumour_type) IS NOT NULL
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'tumour_type', ntrk_guidance_context_check.tumour_type,
						'Accepted values: ' || (SELECT pg_catalog.string_agg(t.tumour_type, ', ' ORDER BY t.tumour_type COLLATE "C")
												  FROM @extschema@.ntrk_tumour_type AS t) || '.',
						'Pass NULL when the tumour type is not known; the aliases in ntrk_tumour_type are accepted too, and a site can add rows there.')
		   END
	   AND CASE WHEN ntrk_guidance_context_check.stage IS NULL
					 OR @extschema@.ntrk_stage_name(ntrk_guidance_context_check.stage) IS NOT NULL
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'stage', ntrk_guidance_context_check.stage,
						'Accepted values: ' || (SELECT pg_catalog.string_agg(s.stage, ', ' ORDER BY s.stage COLLATE "C")
												  FROM @extschema@.ntrk_disease_stage AS s) || '.',
						'Pass NULL when the stage is not known; a leading "stage" and the aliases in ntrk_disease_stage are accepted too.')
		   END
	   AND CASE WHEN ntrk_guidance_context_check.age IS NULL OR ntrk_guidance_context_check.age BETWEEN 0 AND 130
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'age', ntrk_guidance_context_check.age::text,
						'Age is given in years, from 0 to 130 (0.5 = six months).',
						'Pass NULL when the age is not known.')
		   END
	   AND CASE WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(ntrk_guidance_context_check.prior_trk_inhibitors) AS p(p)
								  WHERE NOT coalesce((SELECT t.trk_inhibitor FROM @extschema@.ntrk_therapy AS t
													   WHERE t.therapy = @extschema@.ntrk_therapy_name(p.p)), false))
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'prior_trk_inhibitors',
						(SELECT pg_catalog.string_agg(coalesce(p.p, 'NULL'), ', ')
						   FROM pg_catalog.unnest(ntrk_guidance_context_check.prior_trk_inhibitors) AS p(p)
						  WHERE NOT coalesce((SELECT t.trk_inhibitor FROM @extschema@.ntrk_therapy AS t
											   WHERE t.therapy = @extschema@.ntrk_therapy_name(p.p)), false)),
						'Accepted values (TRK inhibitors in ntrk_therapy, or their aliases): '
						|| (SELECT pg_catalog.string_agg(t.therapy, ', ' ORDER BY t.therapy COLLATE "C")
							  FROM @extschema@.ntrk_therapy AS t WHERE t.trk_inhibitor) || '.',
						'Pass an empty array when no TRK inhibitor was given and NULL when it is not known.')
		   END;
END;
COMMENT ON FUNCTION ntrk_guidance_context_check(text, text[], numeric, text, text) IS
	'true when the patient context is acceptable; otherwise raises 22023 listing the accepted tumour types, stages or TRK inhibitors (used by the guidance functions)';

-- The patient's biomarker state -------------------------------------------------
--
-- One state per patient, from ntrk_classify and ntrk_variant_class (never a
-- classifier of its own), taking the patient's best NTRK fusion as the
-- aggregate ntrk_patient_status picks it:
--	- an actionable fusion (ntrk_fusion, ntrk_categorical) with a listed
--	  resistance mutation in the fused NTRK gene takes the mutation's class
--	  (xdfg before solvent_front before gatekeeper before kinase_other: the
--	  class that leaves fewest options wins); a listed off-target alteration
--	  counts only after a TRK inhibitor (before one it is a co-alteration);
--	- any other NTRK fusion class is the state (ntrk_fusion whose kinase
--	  retention cannot be decided is ntrk_fusion_undecided);
--	- otherwise a fusion of another driver gene, then an NTRK mutation or
--	  amplification (mutation_only), then untested (fusions NULL) or negative.
-- A listed resistance mutation with no TRK inhibitor recorded still takes
-- its class: it predicts the same resistance (ntrk_patient_status calls such
-- a patient indeterminate, and its reason says so).

-- Not STRICT: fusions NULL means "no fusion result"; the others are optional.
CREATE FUNCTION ntrk_guidance_state(fusions fusion[], mutations text[] DEFAULT NULL,
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
COMMENT ON FUNCTION ntrk_guidance_state(fusion[], text[], text[]) IS
	'the patient''s biomarker state for therapy guidance (from ntrk_classify, ntrk_variant_class and ntrk_patient_status), with the NTRK gene, best fusion, resistance alterations, prior TRK inhibitor, status and reason';

-- Guidance ------------------------------------------------------------------------
--
-- A rule applies when the patient's state is one of its states, its tumour
-- type is the patient's or a broader one, its NTRK genes (if any) include the
-- fused gene, and each context condition it sets (prior TRK inhibitor, brain
-- metastases, age, advanced stage) holds.  When the patient's value for a
-- condition is unknown (NULL), the rule is left out and a caveat names the
-- argument and the options that depend on it.  A rule listed in the
-- "supersedes" of an applying rule is dropped; then, per option (therapy,
-- test, or statement), the rule of highest priority wins, ties going to the
-- more specific tumour type and the more specific conditions.  Options are
-- ranked by preference and sort_order (equal values share a rank).  When no
-- rule applies, one row says so and carries the caveats.

-- Not STRICT: every argument is optional; NULL means "not known".
CREATE FUNCTION ntrk_guidance(fusions fusion[] DEFAULT NULL,
							  mutations text[] DEFAULT NULL,
							  prior_trk_inhibitors text[] DEFAULT NULL,
							  cns_metastases boolean DEFAULT NULL,
							  age numeric DEFAULT NULL,
							  stage text DEFAULT NULL,
							  tumour_type text DEFAULT NULL)
	RETURNS TABLE (rank integer, biomarker_state ntrk_biomarker_state, therapy text, next_test text,
				   recommendation text, line text, preference text, evidence_level text, guideline_category text,
				   rationale text, caveats text[], approvals text, source text, source_date text,
				   rule_key text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH ctx AS (
		SELECT g.state, g.ntrk_gene, g.resistance, g.prior_trk_inhibitor AS prior,
			   ntrk_guidance.cns_metastases AS cns,
			   ntrk_guidance.age AS age,
			   st.stage, st.advanced,
			   ARRAY(SELECT @extschema@.ntrk_therapy_name(p.p)
					   FROM pg_catalog.unnest(ntrk_guidance.prior_trk_inhibitors) AS p(p)) AS received
		  FROM @extschema@.ntrk_guidance_state(ntrk_guidance.fusions, ntrk_guidance.mutations,
											   ntrk_guidance.prior_trk_inhibitors) AS g
		  LEFT JOIN @extschema@.ntrk_disease_stage AS st
				 ON st.stage = @extschema@.ntrk_stage_name(ntrk_guidance.stage)
	), candidate AS (
		SELECT r.*, l.depth,
			   coalesce(r.therapy, r.next_test || ' test', r.rule_key) AS label,
			   (r.prior_trk IS NULL OR r.prior_trk = ctx.prior) AS prior_ok,
			   (r.cns_metastases IS NULL OR r.cns_metastases = ctx.cns) AS cns_ok,
			   ((r.min_age IS NULL OR ctx.age >= r.min_age)
				AND (r.max_age IS NULL OR ctx.age < r.max_age)) AS age_ok,
			   (r.advanced IS NULL OR r.advanced = ctx.advanced) AS stage_ok,
			   (r.prior_trk IS NOT NULL)::integer + (r.cns_metastases IS NOT NULL)::integer
			   + (r.min_age IS NOT NULL OR r.max_age IS NOT NULL)::integer
			   + (r.advanced IS NOT NULL)::integer + (r.ntrk_genes IS NOT NULL)::integer AS specificity
		  FROM ctx
		  JOIN @extschema@.ntrk_guidance_rule AS r
			ON ctx.state = ANY (r.states)
		   AND (r.ntrk_genes IS NULL OR ctx.ntrk_gene = ANY (r.ntrk_genes))
		  JOIN @extschema@.ntrk_tumour_lineage(ntrk_guidance.tumour_type) AS l
			ON l.tumour_type = r.tumour_type
	), applied AS (
		SELECT c.* FROM candidate AS c
		 WHERE c.prior_ok AND c.cns_ok AND c.age_ok AND c.stage_ok
	), pending AS (
		SELECT c.* FROM candidate AS c
		 WHERE (c.prior_ok AND c.cns_ok AND c.age_ok AND c.stage_ok) IS NULL
	), chosen AS (
		SELECT a.*,
			   pg_catalog.row_number() OVER (PARTITION BY a.label
											 ORDER BY a.priority DESC, a.depth, a.specificity DESC,
													  a.rule_key) AS pick
		  FROM applied AS a
		 WHERE NOT EXISTS (SELECT 1 FROM applied AS s WHERE a.rule_key = ANY (s.supersedes))
	), missing AS (
		SELECT pg_catalog.array_remove(ARRAY[
				(SELECT 'mutations not used (they are not on the fused ' || ctx.ntrk_gene || '): '
						|| pg_catalog.string_agg(m.m, ', ' ORDER BY m.n)
				   FROM pg_catalog.unnest(ntrk_guidance.mutations) WITH ORDINALITY AS m(m, n)
				  CROSS JOIN LATERAL @extschema@.ntrk_variant_class(NULL, m.m) AS v
				  WHERE m.m IS NOT NULL
					AND v.gene IN ('NTRK1', 'NTRK2', 'NTRK3') AND v.gene <> ctx.ntrk_gene),
				CASE WHEN ntrk_guidance.fusions IS NULL AND ctx.state <> 'untested' THEN
					'fusions not given: the answer assumes no NTRK fusion was found; a fusion result would change it'
				END,
				CASE WHEN ntrk_guidance.tumour_type IS NULL AND EXISTS (
						SELECT 1 FROM @extschema@.ntrk_guidance_rule AS r
						  JOIN @extschema@.ntrk_tumour_type AS t ON t.tumour_type = r.tumour_type
						 WHERE t.parent IS NOT NULL AND ctx.state = ANY (r.states)) THEN
					'tumour_type not given: only the rules written for all solid tumours were applied; tumour-specific rules (e.g. NSCLC) would change the answer'
				END,
				(SELECT 'prior_trk_inhibitors not given; it decides: '
						|| pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
						|| ' (pass an empty array when no TRK inhibitor was given)'
				   FROM pending AS p WHERE p.prior_ok IS NULL),
				(SELECT 'cns_metastases not given; it decides: '
						|| pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
				   FROM pending AS p WHERE p.cns_ok IS NULL),
				(SELECT 'age not given; it decides: ' || pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
				   FROM pending AS p WHERE p.age_ok IS NULL),
				(SELECT CASE WHEN ctx.stage IS NULL THEN 'stage not given; it decides: '
							 ELSE 'stage ' || ctx.stage || ' does not say whether the disease is metastatic or unresectable (pass resectable or unresectable); it decides: '
						END || pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
				   FROM pending AS p WHERE p.stage_ok IS NULL)
			   ], NULL) AS notes
		  FROM ctx
	), answer AS (
		SELECT pg_catalog.rank() OVER (ORDER BY pr.ordinal, c.sort_order)::integer AS rank,
			   ctx.state AS biomarker_state, c.therapy, c.next_test, c.recommendation,
			   -- the rule's line, else the patient's (a rule for any line is
			   -- offered to this patient at the line the patient is at)
			   CASE coalesce(c.prior_trk, ctx.prior) WHEN false THEN 'first line'
					WHEN true THEN 'after a TRK inhibitor' ELSE 'any line' END AS line,
			   c.preference, c.evidence_level, c.guideline_category, c.rationale,
			   pg_catalog.array_remove(ARRAY[
					c.caveat,
					CASE WHEN c.therapy = ANY (ctx.received) THEN 'already received ' || c.therapy END,
					-- Two or more on-target resistance mutations (compound): some
					-- double mutants still resist the next-generation inhibitors.
					CASE WHEN (SELECT pg_catalog.count(*) FROM pg_catalog.unnest(ctx.resistance) AS r(r)
								WHERE r.r LIKE 'NTRK%') > 1
							  AND EXISTS (SELECT 1 FROM @extschema@.ntrk_therapy AS t
										   WHERE t.therapy = c.therapy AND t.generation = 'next') THEN
						'more than one on-target resistance mutation ('
						|| pg_catalog.array_to_string(ARRAY(SELECT r.r FROM pg_catalog.unnest(ctx.resistance) AS r(r)
															 WHERE r.r LIKE 'NTRK%'), ', ')
						|| '): some compound mutations still resist the next-generation inhibitors selitrectinib and repotrectinib (review, PMC10840435), and which ones is not known, so the response is uncertain'
					END,
					(SELECT pg_catalog.string_agg(DISTINCT a.agency COLLATE "C", ' and ' ORDER BY a.agency COLLATE "C")
							|| ': indication excludes tumours with a known acquired resistance mutation ('
							|| pg_catalog.array_to_string(ctx.resistance, ', ') || ')'
					   FROM @extschema@.ntrk_therapy_approval AS a
					  WHERE a.therapy = c.therapy AND a.excludes_resistance_mutation
						AND ctx.state IN ('xdfg', 'solvent_front', 'gatekeeper', 'kinase_other')),
					(SELECT pg_catalog.string_agg(DISTINCT a.agency COLLATE "C", ' and ' ORDER BY a.agency COLLATE "C")
							|| ': indication covers only patients not treated with an NTRK inhibitor before'
					   FROM @extschema@.ntrk_therapy_approval AS a
					  WHERE a.therapy = c.therapy AND a.trk_inhibitor_naive_only AND ctx.prior),
					(SELECT 'younger than every approval of ' || c.therapy || ' allows (youngest: '
							|| (pg_catalog.array_agg(a.age_limit ORDER BY a.min_age_years))[1] || ')'
					   FROM @extschema@.ntrk_therapy_approval AS a
					  WHERE a.therapy = c.therapy
					 HAVING pg_catalog.bool_and(ctx.age < a.min_age_years))
				   ], NULL) || m.notes AS caveats,
			   (SELECT pg_catalog.string_agg(a.agency || ' ' || a.approval_type || ' '
											 || coalesce(pg_catalog.to_char(a.approval_date::timestamp, 'YYYY-MM-DD'),
														 'date not recorded')
											 || ': ' || a.age_limit,
											 '; ' ORDER BY a.approval_date NULLS LAST, a.agency COLLATE "C")
				  FROM @extschema@.ntrk_therapy_approval AS a WHERE a.therapy = c.therapy) AS approvals,
			   c.source, c.source_date, c.rule_key
		  FROM chosen AS c
		  JOIN @extschema@.ntrk_preference AS pr ON pr.preference = c.preference,
			   ctx, missing AS m
		 WHERE c.pick = 1
		UNION ALL
		SELECT 1, ctx.state, NULL, NULL,
			   'No guidance rule applies with the context given',
			   NULL, NULL, NULL, NULL,
			   'Every rule for this biomarker state depends on context that is missing or does not match.',
			   m.notes, NULL, 'ntrk guidance rules', NULL, NULL
		  FROM ctx, missing AS m
		 WHERE NOT EXISTS (SELECT 1 FROM chosen AS c WHERE c.pick = 1)
	)
	SELECT answer.* FROM answer
	 WHERE @extschema@.ntrk_guidance_context_check('ntrk_guidance', ntrk_guidance.prior_trk_inhibitors,
												   ntrk_guidance.age, ntrk_guidance.stage,
												   ntrk_guidance.tumour_type)
	 ORDER BY answer.rank, answer.therapy COLLATE "C", answer.recommendation COLLATE "C";
END;
COMMENT ON FUNCTION ntrk_guidance(fusion[], text[], text[], boolean, numeric, text, text) IS
	'ranked options for one patient (fusions, mutations, prior TRK inhibitors, brain metastases, age, stage, tumour type): therapy or next test, evidence level, rationale, caveats, approvals and source; use in CROSS JOIN LATERAL over a patient table';

-- One-fusion convenience form, for patient tables with a fusion column.
-- Not STRICT: a NULL fusion means "no fusion result", like fusions => NULL.
CREATE FUNCTION ntrk_guidance(fusion fusion,
							  mutations text[] DEFAULT NULL,
							  prior_trk_inhibitors text[] DEFAULT NULL,
							  cns_metastases boolean DEFAULT NULL,
							  age numeric DEFAULT NULL,
							  stage text DEFAULT NULL,
							  tumour_type text DEFAULT NULL)
	RETURNS TABLE (rank integer, biomarker_state ntrk_biomarker_state, therapy text, next_test text,
				   recommendation text, line text, preference text, evidence_level text, guideline_category text,
				   rationale text, caveats text[], approvals text, source text, source_date text,
				   rule_key text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT g.* FROM @extschema@.ntrk_guidance(
			fusions => CASE WHEN ntrk_guidance.fusion IS NOT NULL THEN ARRAY[ntrk_guidance.fusion] END,
			mutations => ntrk_guidance.mutations,
			prior_trk_inhibitors => ntrk_guidance.prior_trk_inhibitors,
			cns_metastases => ntrk_guidance.cns_metastases,
			age => ntrk_guidance.age,
			stage => ntrk_guidance.stage,
			tumour_type => ntrk_guidance.tumour_type) AS g;
END;
COMMENT ON FUNCTION ntrk_guidance(fusion, text[], text[], boolean, numeric, text, text) IS
	'ntrk_guidance for a patient with one fusion (NULL = no fusion result); same output as the fusion[] form';

-- Test informativeness --------------------------------------------------------------

-- Is this assay's result informative, why not, and what to test next: the
-- matching ntrk_assay_result row, the site's and the most specific first.
-- Not STRICT: tumour_type is optional; a NULL assay or result gives no row.
CREATE FUNCTION ntrk_test_informativeness(assay text, result text, tumour_type text DEFAULT NULL)
	RETURNS TABLE (tested_assay text, tested_result text, informative boolean, meaning text,
				   why_not text, next_test text, source text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT r.assay, r.result, r.informative, r.meaning, r.why_not, r.next_test, r.source
	  FROM @extschema@.ntrk_assay_result AS r
	  LEFT JOIN @extschema@.ntrk_tumour_lineage(ntrk_test_informativeness.tumour_type) AS l
			 ON l.tumour_type = r.tumour_type
	 WHERE r.assay = @extschema@.ntrk_assay_name(ntrk_test_informativeness.assay)
	   AND r.result = @extschema@.ntrk_assay_result_word(ntrk_test_informativeness.result)
	   AND (r.tumour_type IS NULL OR l.tumour_type IS NOT NULL)
	   AND @extschema@.ntrk_guidance_check(
			ntrk_test_informativeness.assay IS NULL
			OR @extschema@.ntrk_assay_name(ntrk_test_informativeness.assay) IS NOT NULL,
			'ntrk_test_informativeness', 'assay', ntrk_test_informativeness.assay,
			'Accepted values: ' || (SELECT pg_catalog.string_agg(a.assay, ', ' ORDER BY a.assay COLLATE "C")
									  FROM @extschema@.ntrk_assay AS a) || '.',
			'The aliases in ntrk_assay (FISH, IHC, RNA-seq, liquid biopsy, ...) are accepted too, and a site can add rows there.')
	   AND @extschema@.ntrk_guidance_check(
			ntrk_test_informativeness.result IS NULL
			OR @extschema@.ntrk_assay_result_word(ntrk_test_informativeness.result) IS NOT NULL,
			'ntrk_test_informativeness', 'result', ntrk_test_informativeness.result,
			'Accepted values: positive (pos, detected, fusion detected), negative (neg, not detected, no fusion detected), failed (fail, insufficient, QNS, invalid, no result).',
			'Give the result of the NTRK fusion test.')
	   AND @extschema@.ntrk_guidance_context_check('ntrk_test_informativeness', NULL, NULL, NULL,
												   ntrk_test_informativeness.tumour_type)
	 ORDER BY r.priority DESC, l.depth NULLS LAST, r.origin = 'shipped'
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_test_informativeness(text, text, text) IS
	'for an NTRK fusion assay and its result (and optionally the tumour type): is the result informative, why not, and the recommended next test';

-- Patient explanation -------------------------------------------------------------

-- A patient-facing text assembled from ntrk_patient_text, the state and the
-- options of ntrk_guidance (in plain words from ntrk_therapy, ntrk_assay).
-- Not STRICT: the same optional arguments as ntrk_guidance.
CREATE FUNCTION ntrk_patient_explanation(fusions fusion[] DEFAULT NULL,
										 mutations text[] DEFAULT NULL,
										 prior_trk_inhibitors text[] DEFAULT NULL,
										 cns_metastases boolean DEFAULT NULL,
										 age numeric DEFAULT NULL,
										 stage text DEFAULT NULL,
										 tumour_type text DEFAULT NULL)
	RETURNS text
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH options AS (
		SELECT g.* FROM @extschema@.ntrk_guidance(
				fusions => ntrk_patient_explanation.fusions,
				mutations => ntrk_patient_explanation.mutations,
				prior_trk_inhibitors => ntrk_patient_explanation.prior_trk_inhibitors,
				cns_metastases => ntrk_patient_explanation.cns_metastases,
				age => ntrk_patient_explanation.age,
				stage => ntrk_patient_explanation.stage,
				tumour_type => ntrk_patient_explanation.tumour_type) AS g
	), texts AS (
		SELECT DISTINCT ON (p.section) p.section, p.body
		  FROM @extschema@.ntrk_patient_text AS p
		 ORDER BY p.section, p.origin = 'shipped', p.origin
	), state AS (
		SELECT g.state, g.fusion
		  FROM @extschema@.ntrk_guidance_state(ntrk_patient_explanation.fusions,
											   ntrk_patient_explanation.mutations,
											   ntrk_patient_explanation.prior_trk_inhibitors) AS g
	)
	SELECT pg_catalog.concat_ws(E'\n\n',
			(SELECT t.body FROM texts AS t WHERE t.section = 'what_is_ntrk_fusion'),
			(SELECT t.body FROM texts AS t WHERE t.section = 'state:' || state.state::text)
			|| CASE WHEN state.fusion IS NOT NULL THEN
					' The finding on your report: ' || state.fusion || '.'
					ELSE '' END,
			(SELECT E'Options your care team may talk about:\n'
					|| pg_catalog.string_agg('- ' || coalesce(th.patient_name, a.patient_name)
											 || ' (' || pr.patient_phrase || ')',
											 E'\n' ORDER BY o.rank, o.therapy COLLATE "C", o.recommendation COLLATE "C")
			   FROM options AS o
			   JOIN @extschema@.ntrk_preference AS pr ON pr.preference = o.preference
			   LEFT JOIN @extschema@.ntrk_therapy AS th ON th.therapy = o.therapy
			   LEFT JOIN @extschema@.ntrk_assay AS a ON a.assay = o.next_test
			  WHERE o.preference <> 'not recommended' AND (th.therapy IS NOT NULL OR a.assay IS NOT NULL)),
			(SELECT 'Medicines not expected to help in your situation: '
					|| pg_catalog.string_agg(DISTINCT o.therapy COLLATE "C", ', ' ORDER BY o.therapy COLLATE "C") || '.'
			   FROM options AS o
			  WHERE o.preference = 'not recommended' AND o.therapy IS NOT NULL),
			(SELECT t.body FROM texts AS t WHERE t.section = 'questions'),
			(SELECT t.body FROM texts AS t WHERE t.section = 'closing'))
	  FROM state;
END;
COMMENT ON FUNCTION ntrk_patient_explanation(fusion[], text[], text[], boolean, numeric, text, text) IS
	'a short plain-language text for the patient: what an NTRK fusion is, what this result means, the options, and three questions for the care team (paragraphs from ntrk_patient_text)';
