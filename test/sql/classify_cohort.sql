--
-- Patient-level NTRK status over a small synthetic cohort.
-- One row per finding: a fusion (with the caller's frame word), a protein
-- change (gene + change as the file writes it), or a treatment record
-- (prior_trk_inhibitor).  The expected counts by status and by fusion
-- class are asserted at the end.
--
\pset null '(null)'

CREATE TABLE cohort_event (
	patient text NOT NULL,
	fusion fusion,
	reading_frame text,
	gene text,
	protein_change text,
	prior_trk_inhibitor boolean
);

INSERT INTO cohort_event (patient, fusion, reading_frame) VALUES
	('P01', 'ETV6::NTRK3', 'in-frame'),							-- Arriba
	('P02', 'TPM3^ENSG00000143549--NTRK1^ENSG00000198400', 'INFRAME'), -- STAR-Fusion
	('P03', 'NTRK1-TPM3', NULL),									-- panel, kinase first
	('P04', 'LMNA::NTRK1 e2::e11', NULL),							-- CIViC
	('P05', 'ETV6--NTRK3', 'INFRAME'),
	('P06', 'EML4(e2)::NM_001012338.3(NTRK3):e.14', NULL),
	('P07', 'QKI(e6)::NTRK2(e15)', 'in-frame'),
	('P08', 'TPM3(e8)::NTRK1(e10)', NULL),
	('P09', 'SQSTM1-NTRK1 Fusion', 'In_frame'),					-- cBioPortal
	('P13', '?::NTRK1', NULL),										-- FISH
	('P14', 'NTRK3::ETV6', NULL),									-- reciprocal only
	('P15', 'NTRK3-BTBD1', NULL),									-- order unknown
	('P16', 'CD74::NTRK1', 'in-frame'),
	('P17', 'TPM3::NTRK1', 'out-of-frame'),
	('P18', 'EML4::ALK e6::e19', NULL),
	('P21', 'NTRK1-intragenic', NULL),								-- oncokb-annotator
	('P22', 'v::NTRK3', NULL),										-- report: "NTRK3 fusion"
	('P23', 'NTRK3::ETV6', NULL),									-- FusionCatcher: both
	('P23', 'ETV6::NTRK3', NULL),
	('P24', 'ETV6(e5)::NTRK3(e15)', 'in frame'),
	('P25', 'TPM3(e8)::NTRK1(e14)', NULL),							-- kinase lost
	('P26', 'TPM3::NTRK1', 'TRUE'),								-- JAFFA
	('P27', 'TMPRSS2::ERG', NULL);									-- no NTRK gene

INSERT INTO cohort_event (patient, gene, protein_change) VALUES
	('P02', 'TP53', 'R273H'),										-- not NTRK: skipped
	('P04', 'NTRK1', 'p.Gly595Arg'),
	('P04', 'NTRK1', 'p.Gly667Cys'),
	('P05', 'NTRK3', 'G623R'),
	('P06', 'NTRK3', 'p.F617L'),
	('P07', 'NTRK2', 'NP_006171.2:p.G709C'),
	('P08', 'KRAS', 'G12D'),
	('P09', 'MET', 'amplification'),
	('P10', 'NTRK1', 'G595R'),										-- mutation, no fusion
	('P11', 'NTRK3', 'R100W'),
	('P11', 'TP53', 'R175H'),
	('P12', 'NTRK2', 'amplification'),
	('P16', NULL, 'NTRK1 G595R'),									-- CIViC style, gene inside
	('P19', 'KRAS', 'G12C'),
	('P20', 'TP53', 'R248Q'),
	('P24', 'KRAS', 'A146T'),
	('P26', 'NTRK1', 'R700W');

INSERT INTO cohort_event (patient, prior_trk_inhibitor) VALUES
	('P01', false), ('P04', true), ('P05', true), ('P06', true), ('P07', true),
	('P08', true), ('P09', true), ('P10', true), ('P16', false), ('P24', true),
	('P26', true);

-- The pattern: one aggregate call per patient.
CREATE TABLE cohort_status AS
SELECT patient, (ntrk_patient_status(fusion, reading_frame, gene, protein_change,
									 prior_trk_inhibitor)).*
  FROM cohort_event
 GROUP BY patient;

SELECT patient, status, ntrk_gene, fusion, resistance, prior_trk_inhibitor
  FROM cohort_status ORDER BY patient;

\x on
SELECT patient, status, reason FROM cohort_status
 WHERE patient IN ('P01', 'P04', 'P08', 'P10', 'P13', 'P14', 'P16', 'P17', 'P18', 'P24', 'P26')
 ORDER BY patient;
\x off

-- Counts by status, and the assertion.
SELECT status, count(*) FROM cohort_status GROUP BY status ORDER BY status;
SELECT count(*) FILTER (WHERE status = 'fusion_actionable') = 6 AND
	   count(*) FILTER (WHERE status = 'resistant') = 6 AND
	   count(*) FILTER (WHERE status = 'mutation_only') = 3 AND
	   count(*) FILTER (WHERE status = 'negative') = 7 AND
	   count(*) FILTER (WHERE status = 'indeterminate') = 5 AND
	   count(*) = 27 AS status_counts_as_expected
  FROM cohort_status;

-- Resistant patients by resistance class.
SELECT r AS resistance_class, count(*)
  FROM cohort_status, unnest(resistance) r
 GROUP BY r ORDER BY r;

-- Fusions of the cohort by class, and the assertion.
SELECT c.class, count(*), count(*) FILTER (WHERE c.actionable) AS actionable,
	   count(*) FILTER (WHERE c.orientation_inferred) AS repaired
  FROM cohort_event e, ntrk_classify(e.fusion, e.reading_frame) c
 WHERE e.fusion IS NOT NULL
 GROUP BY c.class ORDER BY c.class;
SELECT count(*) FILTER (WHERE c.class = 'ntrk_fusion') = 13 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_reciprocal') = 2 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_kinase_lost') = 1 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_out_of_frame') = 1 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_orientation_unknown') = 1 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_intragenic') = 1 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_presumptive') = 1 AND
	   count(*) FILTER (WHERE c.class = 'ntrk_categorical') = 1 AND
	   count(*) FILTER (WHERE c.class = 'other_driver_fusion') = 1 AND
	   count(*) FILTER (WHERE c.class = 'not_ntrk') = 1 AND
	   count(*) = 23 AS class_counts_as_expected
  FROM cohort_event e, ntrk_classify(e.fusion, e.reading_frame) c
 WHERE e.fusion IS NOT NULL;

-- Row order does not matter, and partial states combine to the same result
-- (the combine function is what parallel workers use).
SELECT count(*) AS differing_when_reversed
  FROM (SELECT patient, (ntrk_patient_status(fusion, reading_frame, gene, protein_change,
											 prior_trk_inhibitor
											 ORDER BY ctid DESC)).*
		  FROM cohort_event GROUP BY patient) r
  JOIN cohort_status s USING (patient)
 WHERE (r.status, r.fusion, r.reason) IS DISTINCT FROM (s.status, s.fusion, s.reason);

-- Combine per-row states pairwise by hand and compare with the aggregate.
CREATE FUNCTION pg_temp.combine_all(states bytea[]) RETURNS bytea
LANGUAGE plpgsql AS $$
DECLARE
	acc bytea;
	s bytea;
BEGIN
	FOREACH s IN ARRAY states LOOP
		acc := CASE WHEN acc IS NULL THEN s ELSE ntrk_patient_status_combinefn(s, acc) END;
	END LOOP;
	RETURN acc;
END $$;
SELECT count(*) AS differing_when_combined
  FROM (SELECT patient,
			   (ntrk_patient_status_finalfn(pg_temp.combine_all(array_agg(
					ntrk_patient_status_transfn(NULL, fusion, reading_frame, gene,
												protein_change, prior_trk_inhibitor))))).*
		  FROM cohort_event GROUP BY patient) c
  JOIN cohort_status s USING (patient)
 WHERE (c.status, c.fusion, c.reason) IS DISTINCT FROM (s.status, s.fusion, s.reason);

-- A parallel plan (partial aggregation + combine) gives the same answer.
CREATE TABLE cohort_big AS
SELECT e.patient || '-' || g AS patient, e.fusion, e.reading_frame, e.gene,
	   e.protein_change, e.prior_trk_inhibitor
  FROM cohort_event e, generate_series(1, 200) g;
ANALYZE cohort_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT status, count(*)
  FROM (SELECT split_part(patient, '-', 1) AS p,
			   (ntrk_patient_status(fusion, reading_frame, gene, protein_change,
									prior_trk_inhibitor)).status
		  FROM cohort_big GROUP BY patient) x
 GROUP BY status ORDER BY status;
-- Cross-patient partial states: one status over the whole table must still
-- be the status of its best fusion and resistance, whatever the plan.
SELECT (ntrk_patient_status(fusion, reading_frame, gene, protein_change,
							prior_trk_inhibitor)).status AS whole_table
  FROM cohort_big;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Bad input inside the aggregate is reported with the argument named.
SELECT ntrk_patient_status(f::fusion, fr, g, pc, p)
  FROM (VALUES ('ETV6::NTRK3', 'maybe', NULL, NULL, NULL::boolean)) v(f, fr, g, pc, p);
SELECT ntrk_patient_status(NULL::fusion, NULL, g, pc, NULL)
  FROM (VALUES ('NTRK1', 'G595')) v(g, pc);
SELECT ntrk_patient_status(NULL::fusion, NULL, g, pc, NULL)
  FROM (VALUES ('TP53', 'not a change')) v(g, pc);		-- other genes are skipped
SELECT ntrk_patient_status_finalfn('\x00'::bytea);
SELECT ntrk_patient_status_transfn('\x0102'::bytea, NULL, NULL, NULL, NULL, true);
-- right size, wrong content (version byte, then the prior-inhibitor byte)
SELECT ntrk_patient_status_finalfn(set_byte(
		 ntrk_patient_status_transfn(NULL, NULL, NULL, NULL, NULL, true), 0, 99));
SELECT ntrk_patient_status_combinefn(
		 ntrk_patient_status_transfn(NULL, NULL, NULL, NULL, NULL, true),
		 set_byte(ntrk_patient_status_transfn(NULL, NULL, NULL, NULL, NULL, true), 1, 7));
-- a valid state passed by hand works like the aggregate
SELECT (ntrk_patient_status_finalfn(ntrk_patient_status_transfn(
		 NULL, 'ETV6::NTRK3', 'in-frame', NULL, NULL, NULL))).status;
-- No rows: NULL, as for other aggregates.
SELECT ntrk_patient_status(fusion, reading_frame, gene, protein_change, prior_trk_inhibitor)
  FROM cohort_event WHERE false;

DROP TABLE cohort_big;
DROP TABLE cohort_status;
DROP TABLE cohort_event;
