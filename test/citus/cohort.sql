-- A generated cohort of fusion calls, inserted into calls_local (which the
-- caller creates with at least these columns).  Used by test/citus/test.sql
-- and by test/t/030_fdw_sharding.pl, so that both scale-out tests compare
-- the same rows with their single-node answer.
--
-- 3000 samples of 1800 patients: samples k and k+1800 share a patient, so a
-- table split by sample puts many patients on two nodes.  One call per
-- sample in the notations labs and callers write, a second call on every
-- fourth sample, an NTRK resistance or bypass variant after a TRK inhibitor
-- on every sixth, and a negative test (no call) on every fiftieth.  Partners
-- repeat so that ETV6, TPM3 and LMNA dominate as in published series
-- (Solomon et al., Mod Pathol 2020), and other drivers outnumber NTRK.  Deterministic: the
-- same 4250 rows every time.
INSERT INTO calls_local (sample_id, patient_id, cancer_type, fusion, reading_frame,
						 gene, protein_change, prior_trk_inhibitor)
WITH pool AS (
	SELECT ARRAY['ETV6::NTRK3', 'ETV6--NTRK3', 'ETV6(e5)::NTRK3(e15)',
				 'NTRK3-ETV6 fusion - Archer', 'ETV6::NTRK3', 'TPM3::NTRK1',
				 'TPM3-NTRK1', 'NTRK1-TPM3', 'TPM3(e8)::NTRK1(e10)',
				 'TPM3(e8)::NTRK1(e14)', 'LMNA(e2)::NTRK1(e11)', 'LMNA::NTRK1',
				 'IRF2BP2::NTRK1', 'SQSTM1:NTRK1', 'QKI::NTRK2', 'NOVEL1::NTRK2',
				 'NTRK3::ETV6', 'NTRK3-BTBD1', 'TRKA::TPM3', 'v::NTRK1', '?::NTRK3',
				 'NTRK1 fusion', 'NTRK1-intragenic', 'EML4::ALK', 'EML4(e6)::ALK(e20)',
				 'EML4::ALK', 'CD74::ROS1', 'KIF5B::RET', 'CCDC6--RET', 'FGFR3::TACC3',
				 'TMPRSS2::ERG', 'TMPRSS2::ERG', 'EWSR1::FLI1', 'BCR::ABL1'] AS fusions,
		   ARRAY['in-frame', 'INFRAME', 'in-frame', NULL, NULL, NULL, 'out-of-frame',
				 'FRAMESHIFT'] AS frames,
		   ARRAY['G595R', 'F589L', 'G667C', 'V573M', 'KRAS G12D'] AS changes,
		   ARRAY['NSCLC', 'colorectal cancer', 'thyroid cancer', 'soft tissue sarcoma',
				 'salivary gland cancer', 'glioma', NULL] AS cancer_types
), samples AS (
	SELECT k, 'S' || lpad(k::text, 5, '0') AS sample_id,
		   'P' || lpad(((k - 1) % 1800 + 1)::text, 5, '0') AS patient_id,
		   (k - 1) % 1800 AS patient_number
	FROM generate_series(1, 3000) AS k
)
SELECT s.sample_id, s.patient_id,
	   p.cancer_types[s.patient_number % cardinality(p.cancer_types) + 1],
	   CASE WHEN s.k % 50 <> 0
			THEN p.fusions[(s.k * 7919) % cardinality(p.fusions) + 1]::fusion END,
	   p.frames[(s.k * 31) % cardinality(p.frames) + 1], NULL::text, NULL::text, NULL::boolean
FROM samples s, pool p
UNION ALL
SELECT s.sample_id, s.patient_id,
	   p.cancer_types[s.patient_number % cardinality(p.cancer_types) + 1],
	   p.fusions[(s.k * 104729) % cardinality(p.fusions) + 1]::fusion,
	   p.frames[(s.k * 17) % cardinality(p.frames) + 1], NULL, NULL, NULL
FROM samples s, pool p WHERE s.k % 4 = 0
UNION ALL
SELECT s.sample_id, s.patient_id,
	   p.cancer_types[s.patient_number % cardinality(p.cancer_types) + 1], NULL, NULL,
	   CASE WHEN p.changes[s.k % 5 + 1] LIKE 'KRAS%' THEN NULL ELSE 'NTRK1' END,
	   p.changes[s.k % 5 + 1], true
FROM samples s, pool p WHERE s.k % 6 = 0;
