
------------------------------------------------------------------------------
-- Portal files, partner ranking and knowledge (1.1)
------------------------------------------------------------------------------

-- Partner ranking counts NTRK fusions only: NTRK-5' (reciprocal) and
-- orientation-unknown calls leave the ranking and are reported apart.  The
-- ranking functions gain an evidence_column argument, so they and the views
-- over them are dropped and created again (a view of the user's over
-- ntrk_partner_rank must be dropped before the update and recreated after).

-- Two classes that only the evidence argument of ntrk_classify gives:
-- antisense (no chimeric transcript) and transcript-only (no fusion protein).
-- Added at the end, as in a fresh install; nothing below uses them.
ALTER TYPE ntrk_fusion_class ADD VALUE 'ntrk_antisense';
ALTER TYPE ntrk_fusion_class ADD VALUE 'ntrk_transcript_only';

DROP VIEW ntrk_partner_ranking;
DROP VIEW ntrk_partner_ranking_by_cancer_type;
DROP FUNCTION ntrk_partner_rank(regclass, name, name, name, name, name, text);
DROP FUNCTION ntrk_partner_rank_sql(regclass, name, name, name, name, name, text);

ALTER TABLE ntrk_cohort_calls ADD COLUMN evidence text;
COMMENT ON COLUMN ntrk_cohort_calls.evidence IS 'what the source says the event is (protein_fusion, rna_fusion, dna_rearrangement, transcript_fusion, antisense, ... as ntrk_load_calls gives it); NULL when not stated';

-- A call counts when NTRK is its 3' partner and nothing rules it out as a
-- TRK-kinase fusion: the forward fusion (order stated or repaired from a
-- known 5' partner), a break-apart or unknown-partner result (presumptive)
-- and a gene-level "NTRK1 fusion" (categorical), the last two counted for
-- the NTRK gene with the partner not identified.  A call with NTRK as the 5'
-- partner (reciprocal) names a real rearrangement but not the product that
-- carries the kinase; a kinase-first call whose order cannot be decided
-- (orientation unknown) is as likely to be that reciprocal product, so
-- neither is counted: a sample with only such calls for an NTRK gene is
-- reported apart by ntrk_partner_set_apart, never in shares, ranks or
-- denominators.  Kinase lost, out of frame, intragenic, antisense and
-- transcript-only events and non-NTRK fusions do not count either.
CREATE OR REPLACE FUNCTION ntrk_fusion_positive(cls ntrk_fusion_class) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN cls IN ('ntrk_fusion', 'ntrk_presumptive', 'ntrk_categorical');
COMMENT ON FUNCTION ntrk_fusion_positive(ntrk_fusion_class) IS
	'does a call of this class make a sample NTRK fusion-positive for partner ranking? (fusion with NTRK 3'', presumptive, categorical: yes; reciprocal, orientation unknown, kinase lost, out of frame, intragenic, other drivers: no)';

-- The classified NTRK calls of one relation, as the text of a query that the
-- ranking and the set-apart report both read: one row per call that names an
-- NTRK gene (the ?| test can use a GIN index on the fusion column and spares
-- classifying the rest), with its group, sample, patient and
-- classification.  Checks the relation and every named column first (42809,
-- 42703 with the columns there are, 42804).  Identifiers are quoted with %I
-- and ntrk's own objects are schema-qualified, so the query runs under any
-- search_path.  Keys are COLLATE "C": only equality matters, and it avoids
-- locale-aware comparisons in the sorts.
CREATE FUNCTION ntrk_classified_calls_sql(calls regclass,
										  fusion_column name,
										  sample_column name,
										  patient_column name,
										  reading_frame_column name,
										  group_column name,
										  evidence_column name,
										  breakpoint_column name,
										  genome_build text)
	RETURNS text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	ext			name;
	rel			text;
	ftype		regtype;
	typ			regtype;
	col			record;
	fusion_expr text;
	patient_expr text := 'NULL::pg_catalog.text';
	frame_expr	text := 'NULL::pg_catalog.text';
	group_expr	text := 'NULL::pg_catalog.text';
	evidence_arg text := '';
	breakpoint_arg text := '';
BEGIN
	IF calls IS NULL OR fusion_column IS NULL OR sample_column IS NULL THEN
		RAISE EXCEPTION USING
			ERRCODE = 'null_value_not_allowed',
			MESSAGE = 'calls, fusion_column and sample_column must not be NULL',
			HINT = 'Name the relation of calls and its fusion and sample id columns.';
	END IF;

	SELECT n.nspname INTO ext
	FROM pg_catalog.pg_extension e
	JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'ntrk';

	SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
	FROM pg_catalog.pg_class c
	JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	WHERE c.oid = calls AND c.relkind IN ('r', 'p', 'v', 'm', 'f');
	IF rel IS NULL THEN
		RAISE EXCEPTION USING
			ERRCODE = 'wrong_object_type',
			MESSAGE = pg_catalog.format('%s is not a table, view, materialized view or foreign table', calls),
			HINT = 'Rank the calls of a table or a view.';
	END IF;

	-- Every named column must exist; 42703 lists the columns there are.
	FOR col IN
		SELECT v.col, v.role, v.param
		FROM (VALUES (fusion_column, 'fusion', 'fusion_column'),
					 (sample_column, 'sample id', 'sample_column'),
					 (patient_column, 'patient id', 'patient_column'),
					 (reading_frame_column, 'reading frame', 'reading_frame_column'),
					 (group_column, 'group', 'group_column'),
					 (evidence_column, 'evidence', 'evidence_column'),
					 (breakpoint_column, 'NTRK breakpoint', 'breakpoint_column')) AS v(col, role, param)
		WHERE v.col IS NOT NULL
	LOOP
		SELECT a.atttypid::regtype INTO typ
		FROM pg_catalog.pg_attribute a
		WHERE a.attrelid = calls AND a.attname = col.col AND a.attnum > 0 AND NOT a.attisdropped;
		IF typ IS NULL THEN
			RAISE EXCEPTION USING
				ERRCODE = 'undefined_column',
				MESSAGE = pg_catalog.format('column "%s" (%s) does not exist in %s', col.col, col.role, calls),
				DETAIL = pg_catalog.format('%s has the columns %s.', calls,
					(SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
					 FROM pg_catalog.pg_attribute a
					 WHERE a.attrelid = calls AND a.attnum > 0 AND NOT a.attisdropped)),
				HINT = pg_catalog.format('Pass the column that holds the %s as %s.', col.role, col.param);
		END IF;
		IF col.param OPERATOR(pg_catalog.=) 'fusion_column' THEN
			ftype := typ;
		END IF;
	END LOOP;

	IF ftype = pg_catalog.format('%I.fusion', ext)::regtype THEN
		fusion_expr := pg_catalog.format('c.%I', fusion_column);
	ELSIF ftype IN ('pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype) THEN
		fusion_expr := pg_catalog.format('%I.fusion_try(c.%I::pg_catalog.text)', ext, fusion_column);
	ELSE
		RAISE EXCEPTION USING
			ERRCODE = 'datatype_mismatch',
			MESSAGE = pg_catalog.format('column "%s" of %s is of type %s, not fusion or text', fusion_column, calls, ftype),
			HINT = 'The fusion column must be of type fusion, or text that fusion_try can parse.';
	END IF;
	-- A sample without a patient id counts as its own patient.
	IF patient_column IS NOT NULL THEN
		patient_expr := pg_catalog.format($p$coalesce('p' OPERATOR(pg_catalog.||) c.%I::pg_catalog.text, 's' OPERATOR(pg_catalog.||) c.%I::pg_catalog.text)$p$,
										  patient_column, sample_column);
	END IF;
	IF reading_frame_column IS NOT NULL THEN
		frame_expr := pg_catalog.format('c.%I::pg_catalog.text', reading_frame_column);
	END IF;
	IF group_column IS NOT NULL THEN
		group_expr := pg_catalog.format('c.%I::pg_catalog.text', group_column);
	END IF;
	-- The evidence argument is passed by name only when a column gives it.
	IF evidence_column IS NOT NULL THEN
		evidence_arg := pg_catalog.format(', evidence => c.%I::pg_catalog.text', evidence_column);
	END IF;
	-- The NTRK breakpoint and its build, by name too (ntrk_classify finds
	-- the NTRK gene's breakpoint whichever side it is given as).
	IF breakpoint_column IS NOT NULL THEN
		breakpoint_arg := pg_catalog.format(', breakpoint3 => c.%I::pg_catalog.text, genome_build => %L::pg_catalog.text',
											breakpoint_column, genome_build);
	END IF;

	RETURN pg_catalog.format($q$
        SELECT %5$s COLLATE "C" AS group_value,
               c.%2$I::pg_catalog.text COLLATE "C" AS sample,
               %3$s COLLATE "C" AS patient,
               k.class, k.ntrk_gene COLLATE "C" AS ntrk_gene, k.partner COLLATE "C" AS partner,
               k.actionable
        FROM %1$s c
        CROSS JOIN LATERAL %6$I.ntrk_classify(%7$s, %4$s%8$s%9$s) k
        WHERE c.%2$I IS NOT NULL
          AND %7$s OPERATOR(%6$I.?|) '{NTRK1,NTRK2,NTRK3}'::%6$I.gene[]$q$,
		rel, sample_column, patient_expr, frame_expr, group_expr, ext, fusion_expr, evidence_arg,
		breakpoint_arg);
END;
$$;
COMMENT ON FUNCTION ntrk_classified_calls_sql(regclass, name, name, name, name, name, name, name, text) IS
	'the SQL text that classifies the NTRK calls of a relation (group, sample, patient, class, NTRK gene, partner, actionable), after checking the relation and its columns; shared by ntrk_partner_rank_sql and ntrk_partner_set_apart';

-- The ranking query for one relation of calls, as text, so that it can be
-- read, EXPLAINed or put into a view.  Stages:
--	 p	keep the calls of ntrk_classified_calls_sql that ntrk_fusion_positive
--		counts, one row per (group, NTRK gene, partner, sample) with the
--		sample's patient and whether any of its calls is actionable: a plain
--		GROUP BY, which runs as a partial aggregate in parallel workers and,
--		for calls distributed by the sample column, can be pushed down whole
--		to Citus workers (not tested here: Citus is not in Debian);
--	 d	number the rows so that each sample is counted once per NTRK gene and
--		once per group (a row that survives the next step comes first), drop
--		the unidentified-partner row of a sample that has a named partner for
--		that gene (the first partner with NULLs last is NULL only then), and
--		then number the rows so that each patient is counted once per partner;
--	 a	count per partner with count(*) FILTER (...): no count(DISTINCT),
--		which cannot run in parallel or be combined;
--	 then totals per NTRK gene and group as window sums, rank() within the
--	 NTRK gene, the preferred reference row and the partner knowledge.
CREATE FUNCTION ntrk_partner_rank_sql(calls regclass,
									  fusion_column name DEFAULT 'f',
									  sample_column name DEFAULT 'sample_id',
									  patient_column name DEFAULT NULL,
									  reading_frame_column name DEFAULT NULL,
									  group_column name DEFAULT NULL,
									  prefer_cancer_type text DEFAULT NULL,
									  evidence_column name DEFAULT NULL,
									  breakpoint_column name DEFAULT NULL,
									  genome_build text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	ext			name;
	classified	text;
BEGIN
	SELECT n.nspname INTO ext
	FROM pg_catalog.pg_extension e
	JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'ntrk';
	EXECUTE pg_catalog.format('SELECT %I.ntrk_classified_calls_sql($1, $2, $3, $4, $5, $6, $7, $8, $9)', ext)
		INTO classified
		USING calls, fusion_column, sample_column, patient_column, reading_frame_column,
			  group_column, evidence_column, breakpoint_column, genome_build;

	-- The knowledge lookup is called WITH ORDINALITY so it is not inlined
	-- into the query: Citus cannot plan an inlined SQL function that reads a
	-- table next to a distributed one.
	RETURN pg_catalog.format($q$
SELECT x.group_value, x.ntrk_gene, x.partner, x.samples, x.patients, x.actionable_samples,
       x.gene_samples, x.share, x.share_of_ntrk, x.partner_rank,
       ref.share AS reference_share, ref.cases AS reference_cases,
       ref.denominator AS reference_denominator, ref.denominator_of AS reference_basis,
       ref.cancer_type AS reference_cancer_type, ref.citation AS reference_citation,
       kn.knowledge, kn.knowledge OPERATOR(pg_catalog.=) 'not_previously_reported' AS not_previously_reported
FROM (
  SELECT a.group_value, a.ntrk_gene, a.partner, a.samples,
         CASE WHEN %3$s THEN a.patients END AS patients,
         a.actionable_samples, a.gene_samples,
         pg_catalog.round(a.samples::numeric OPERATOR(pg_catalog./) a.gene_samples, 4) AS share,
         pg_catalog.round(a.samples::numeric OPERATOR(pg_catalog./) a.ntrk_samples, 4) AS share_of_ntrk,
         CASE WHEN a.partner IS NOT NULL
              THEN pg_catalog.rank() OVER (PARTITION BY a.group_value, a.ntrk_gene, a.partner IS NULL
                                ORDER BY a.samples DESC) END AS partner_rank
  FROM (
    SELECT d.group_value, d.ntrk_gene, d.partner,
           pg_catalog.count(*) AS samples,
           pg_catalog.count(*) FILTER (WHERE d.nth_patient OPERATOR(pg_catalog.=) 1) AS patients,
           pg_catalog.count(*) FILTER (WHERE d.actionable) AS actionable_samples,
           pg_catalog.sum(pg_catalog.count(*) FILTER (WHERE d.nth_in_gene OPERATOR(pg_catalog.=) 1))
               OVER (PARTITION BY d.group_value, d.ntrk_gene)::bigint AS gene_samples,
           pg_catalog.sum(pg_catalog.count(*) FILTER (WHERE d.nth_in_group OPERATOR(pg_catalog.=) 1))
               OVER (PARTITION BY d.group_value)::bigint AS ntrk_samples
    FROM (
     SELECT d.*,
            pg_catalog.row_number() OVER (PARTITION BY d.group_value, d.ntrk_gene, d.partner, d.patient
                               ORDER BY d.sample) AS nth_patient
     FROM (
      SELECT p.*,
             pg_catalog.first_value(p.partner) OVER sample_gene AS first_partner,
             pg_catalog.row_number() OVER sample_gene AS nth_in_gene,
             pg_catalog.row_number() OVER (PARTITION BY p.group_value, p.sample
                                ORDER BY p.partner IS NULL, p.ntrk_gene, p.partner) AS nth_in_group
      FROM (
        SELECT k.group_value, k.ntrk_gene, k.partner, k.sample,
               pg_catalog.min(k.patient) AS patient,
               pg_catalog.bool_or(k.actionable) AS actionable
        FROM (%1$s
        ) k
        WHERE %2$I.ntrk_fusion_positive(k.class)
        GROUP BY 1, 2, 3, 4
      ) p
      WINDOW sample_gene AS (PARTITION BY p.group_value, p.ntrk_gene, p.sample
                             ORDER BY p.partner NULLS LAST)
     ) d
     WHERE d.partner IS NOT NULL OR d.first_partner IS NULL
    ) d
    GROUP BY d.group_value, d.ntrk_gene, d.partner
  ) a
) x
LEFT JOIN LATERAL (
  SELECT r.share, r.cases, r.denominator, r.denominator_of, r.cancer_type, r.citation
  FROM %2$I.ntrk_partner_reference r
  WHERE r.ntrk_gene OPERATOR(pg_catalog.=) x.ntrk_gene AND r.partner OPERATOR(pg_catalog.=) x.partner AND r.share IS NOT NULL
  ORDER BY pg_catalog.lower(r.cancer_type) OPERATOR(pg_catalog.=) pg_catalog.lower(coalesce(%4$L, x.group_value)) DESC NULLS LAST,
           r.denominator_of OPERATOR(pg_catalog.=) 'ntrk_gene_fusion' DESC,
           r.denominator DESC NULLS LAST, r.source_date DESC NULLS LAST, r.citation
  LIMIT 1
) ref ON true
LEFT JOIN LATERAL %2$I.ntrk_partner_knowledge(x.partner, x.ntrk_gene) WITH ORDINALITY kn ON true
ORDER BY x.group_value, x.ntrk_gene, x.partner_rank NULLS LAST, x.partner$q$,
		classified, ext, (patient_column IS NOT NULL)::text, prefer_cancer_type);
END;
$$;
COMMENT ON FUNCTION ntrk_partner_rank_sql(regclass, name, name, name, name, name, text, name, name, text) IS
	'the SQL text of the partner ranking ntrk_partner_rank runs for this relation and these columns (to read, EXPLAIN or wrap in a view)';

-- Rank NTRK partners over a relation of calls: one row per group, NTRK gene
-- and partner (plus one row, partner NULL and rank NULL, for samples whose
-- partner was never identified).  Counts distinct samples and patients, not
-- rows, and only samples with a call ntrk_fusion_positive counts;
-- rank() within the NTRK gene (ties share a rank and the next rank is
-- skipped: 1, 1, 3).  PARALLEL RESTRICTED: the relation may be a temporary
-- table, which parallel workers cannot read; the query inside still runs
-- with parallel workers when the relation allows it.
CREATE FUNCTION ntrk_partner_rank(calls regclass,
								  fusion_column name DEFAULT 'f',
								  sample_column name DEFAULT 'sample_id',
								  patient_column name DEFAULT NULL,
								  reading_frame_column name DEFAULT NULL,
								  group_column name DEFAULT NULL,
								  prefer_cancer_type text DEFAULT NULL,
								  evidence_column name DEFAULT NULL,
								  breakpoint_column name DEFAULT NULL,
								  genome_build text DEFAULT NULL)
	RETURNS TABLE (group_value text, ntrk_gene text, partner text, samples bigint,
				   patients bigint, actionable_samples bigint, gene_samples bigint,
				   share numeric, share_of_ntrk numeric, partner_rank bigint,
				   reference_share numeric, reference_cases integer,
				   reference_denominator integer, reference_basis text,
				   reference_cancer_type text, reference_citation text,
				   knowledge text, not_previously_reported boolean)
	LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	ext			name;
	query		text;
BEGIN
	-- Called through ntrk's schema, which need not be on the search_path.
	SELECT n.nspname INTO ext
	FROM pg_catalog.pg_extension e
	JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'ntrk';
	EXECUTE pg_catalog.format('SELECT %I.ntrk_partner_rank_sql($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', ext)
		INTO query
		USING calls, fusion_column, sample_column, patient_column, reading_frame_column,
			  group_column, prefer_cancer_type, evidence_column, breakpoint_column, genome_build;
	RETURN QUERY EXECUTE query;
END;
$$;
COMMENT ON FUNCTION ntrk_partner_rank(regclass, name, name, name, name, name, text, name, name, text) IS
	'rank NTRK partners over any table or view of calls: distinct samples and patients per NTRK gene and partner, counting only calls with NTRK as the 3'' partner (callers and DNA+RNA calls counted once), share of that NTRK gene''s fusion-positive samples, rank() within the gene, published reference share and "not previously reported" flag';

-- Samples the ranking leaves out, reported apart: per group, NTRK gene,
-- partner and class, the samples (and patients) that have a call naming that
-- NTRK gene but no call ntrk_fusion_positive counts for it: reciprocal-only
-- (NTRK 5'), orientation unknown, antisense, transcript-only, kinase lost,
-- out of frame, intragenic.  A sample with several such calls for one gene
-- is listed under each of them; it never enters the ranking's shares, ranks
-- or denominators.  patients is NULL without a patient column.  PARALLEL
-- RESTRICTED for the same reason as ntrk_partner_rank.
CREATE FUNCTION ntrk_partner_set_apart(calls regclass,
									   fusion_column name DEFAULT 'f',
									   sample_column name DEFAULT 'sample_id',
									   patient_column name DEFAULT NULL,
									   reading_frame_column name DEFAULT NULL,
									   group_column name DEFAULT NULL,
									   evidence_column name DEFAULT NULL,
									   breakpoint_column name DEFAULT NULL,
									   genome_build text DEFAULT NULL)
	RETURNS TABLE (group_value text, ntrk_gene text, partner text, class ntrk_fusion_class,
				   samples bigint, patients bigint)
	LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	ext			name;
	classified	text;
BEGIN
	SELECT n.nspname INTO ext
	FROM pg_catalog.pg_extension e
	JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'ntrk';
	EXECUTE pg_catalog.format('SELECT %I.ntrk_classified_calls_sql($1, $2, $3, $4, $5, $6, $7, $8, $9)', ext)
		INTO classified
		USING calls, fusion_column, sample_column, patient_column, reading_frame_column,
			  group_column, evidence_column, breakpoint_column, genome_build;
	RETURN QUERY EXECUTE pg_catalog.format($q$
SELECT s.group_value, s.ntrk_gene, s.partner, s.class, pg_catalog.count(*) AS samples,
       CASE WHEN %3$s THEN pg_catalog.count(*) FILTER (WHERE s.nth_patient OPERATOR(pg_catalog.=) 1) END AS patients
FROM (
  SELECT s.*,
         pg_catalog.row_number() OVER (PARTITION BY s.group_value, s.ntrk_gene, s.partner, s.class, s.patient
                                       ORDER BY s.sample) AS nth_patient
  FROM (
    SELECT k.group_value, k.ntrk_gene, k.partner, k.class, k.sample,
           pg_catalog.min(k.patient) AS patient,
           pg_catalog.bool_or(pg_catalog.bool_or(%2$I.ntrk_fusion_positive(k.class)))
               OVER (PARTITION BY k.group_value, k.ntrk_gene, k.sample) AS gene_counted
    FROM (%1$s
    ) k
    WHERE k.ntrk_gene IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5
  ) s
  WHERE NOT s.gene_counted
) s
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 4, 3$q$,
		classified, ext, (patient_column IS NOT NULL)::text);
END;
$$;
COMMENT ON FUNCTION ntrk_partner_set_apart(regclass, name, name, name, name, name, name, name, text) IS
	'samples with a call naming an NTRK gene that the partner ranking does not count (reciprocal-only, orientation unknown, antisense, transcript-only, kinase lost, out of frame, intragenic), per group, NTRK gene, partner and class; never part of the ranking''s shares, ranks or denominators';

-- Partner ranking of every cohort in ntrk_cohort_calls.
CREATE VIEW ntrk_partner_ranking WITH (security_invoker = true) AS
	SELECT r.group_value AS cohort, r.ntrk_gene, r.partner, r.partner_rank, r.samples,
		   r.patients, r.actionable_samples, r.gene_samples, r.share, r.share_of_ntrk,
		   r.reference_share, r.reference_cases, r.reference_denominator,
		   r.reference_basis, r.reference_cancer_type, r.reference_citation,
		   r.knowledge, r.not_previously_reported
	FROM ntrk_partner_rank('ntrk_cohort_calls', 'f', 'sample_id', 'patient_id',
						   'reading_frame', 'cohort', evidence_column => 'evidence') AS r;
COMMENT ON VIEW ntrk_partner_ranking IS
	'NTRK partner ranking per cohort of ntrk_cohort_calls (see ntrk_partner_rank): distinct samples and patients, share of the NTRK gene''s fusion-positive samples, rank, published reference share, not previously reported';

-- Partner ranking per cancer type, compared with references of the same type.
CREATE VIEW ntrk_partner_ranking_by_cancer_type WITH (security_invoker = true) AS
	SELECT r.group_value AS cancer_type, r.ntrk_gene, r.partner, r.partner_rank, r.samples,
		   r.patients, r.actionable_samples, r.gene_samples, r.share, r.share_of_ntrk,
		   r.reference_share, r.reference_cases, r.reference_denominator,
		   r.reference_basis, r.reference_cancer_type, r.reference_citation,
		   r.knowledge, r.not_previously_reported
	FROM ntrk_partner_rank('ntrk_cohort_calls', 'f', 'sample_id', 'patient_id',
						   'reading_frame', 'cancer_type', evidence_column => 'evidence') AS r;
COMMENT ON VIEW ntrk_partner_ranking_by_cancer_type IS
	'NTRK partner ranking per cancer type over all cohorts of ntrk_cohort_calls; reference shares of the same cancer type are preferred';

-- Samples of each cohort that the ranking leaves out (reciprocal-only,
-- orientation unknown, antisense, ...), per NTRK gene, partner and class.
CREATE VIEW ntrk_partner_ranking_set_apart WITH (security_invoker = true) AS
	SELECT r.group_value AS cohort, r.ntrk_gene, r.partner, r.class, r.samples, r.patients
	FROM ntrk_partner_set_apart('ntrk_cohort_calls', 'f', 'sample_id', 'patient_id',
								'reading_frame', 'cohort', 'evidence') AS r;
COMMENT ON VIEW ntrk_partner_ranking_set_apart IS
	'per cohort of ntrk_cohort_calls, the samples with an NTRK call that ntrk_partner_ranking does not count (see ntrk_partner_set_apart), by NTRK gene, partner and class';

