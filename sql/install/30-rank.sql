
------------------------------------------------------------------------------
-- Partner ranking: published partner frequencies, partner knowledge, cohort
-- ranking and BI views
------------------------------------------------------------------------------
--
-- Every row cites its source (paper with journal, year and PMID, PMC or DOI
-- where known; database snapshot; URL), and the evidence column says how it
-- was read: read_in_source = read in the paper or its tables, abstract_or_secondary =
-- abstract or a secondary page only, unverified = commonly cited, source not
-- checked (no date then).  Dates are the publication year (or the snapshot
-- date of a database); nothing is derived from a number the notes do not
-- give, except shares computed from the published counts.
--
-- Why no custom aggregate: the unit to count is the distinct sample (and
-- patient), so a mergeable aggregate state would have to carry the set of
-- sample ids, not counts.  Deduplicating with a plain GROUP BY and counting
-- with count(*) FILTER runs as built-in partial aggregation in parallel
-- workers, and a GROUP BY that contains the sample column can be pushed down
-- to Citus workers when the calls are distributed by sample; there is no
-- state type to serialise.

-- Published partner frequencies --------------------------------------------

CREATE TABLE ntrk_partner_reference (
	ntrk_gene	text CHECK (ntrk_gene IN ('NTRK1', 'NTRK2', 'NTRK3')),
	partner		text CHECK (partner <> ''),
	cancer_type text NOT NULL CHECK (cancer_type <> ''),
	cohort		text NOT NULL CHECK (cohort <> ''),
	cases		integer CHECK (cases >= 0),
	denominator integer CHECK (denominator > 0),
	denominator_of text CHECK (denominator_of IN ('tested', 'ntrk_fusion', 'ntrk_gene_fusion')),
	published_percent numeric CHECK (published_percent BETWEEN 0 AND 100),
	share		numeric GENERATED ALWAYS AS
		(CASE WHEN denominator IS NOT NULL THEN pg_catalog.round(cases::numeric OPERATOR(pg_catalog./) denominator, 4)
			  ELSE pg_catalog.round(published_percent OPERATOR(pg_catalog./) 100, 4) END) STORED,
	citation	text NOT NULL CHECK (citation <> ''),
	source_date text CHECK (source_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	evidence	text NOT NULL CHECK (evidence IN ('read_in_source', 'abstract_or_secondary', 'unverified')),
	note		text,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CONSTRAINT cases_within_denominator CHECK (cases <= denominator),
	CONSTRAINT dated_unless_unverified CHECK (source_date IS NOT NULL OR evidence = 'unverified'),
	CONSTRAINT share_needs_basis
		CHECK (denominator_of IS NOT NULL OR (denominator IS NULL AND published_percent IS NULL)),
	CONSTRAINT gene_share_needs_gene CHECK (denominator_of <> 'ntrk_gene_fusion' OR ntrk_gene IS NOT NULL),
	CONSTRAINT partner_is_approved_symbol
		CHECK (partner IS NULL OR partner = coalesce(ntrk_gene(partner), partner)),
	CONSTRAINT one_row_per_source_and_event
		UNIQUE NULLS NOT DISTINCT (citation, cancer_type, ntrk_gene, partner)
);

COMMENT ON TABLE ntrk_partner_reference IS
	'published NTRK fusion frequencies (prevalence, NTRK gene split, partner shares) and reported partners, one row per source and cohort; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_partner_reference.ntrk_gene IS 'NTRK1, NTRK2 or NTRK3; NULL = any NTRK gene';
COMMENT ON COLUMN ntrk_partner_reference.partner IS 'approved symbol of the 5'' partner; NULL = any partner';
COMMENT ON COLUMN ntrk_partner_reference.cancer_type IS 'cancer type of the cohort (e.g. NSCLC, solid tumours)';
COMMENT ON COLUMN ntrk_partner_reference.cohort IS 'what the series is: size, assay, setting';
COMMENT ON COLUMN ntrk_partner_reference.cases IS 'cases with this event; NULL when the source reports the event without a count';
COMMENT ON COLUMN ntrk_partner_reference.denominator IS 'what cases are counted out of; NULL when not published exactly';
COMMENT ON COLUMN ntrk_partner_reference.denominator_of IS 'tested = all tested cases, ntrk_fusion = all NTRK fusion-positive cases, ntrk_gene_fusion = cases positive for this NTRK gene';
COMMENT ON COLUMN ntrk_partner_reference.published_percent IS 'percentage as published, used when there is no exact denominator';
COMMENT ON COLUMN ntrk_partner_reference.share IS 'cases / denominator (else published_percent / 100), rounded to 4 places';
COMMENT ON COLUMN ntrk_partner_reference.citation IS 'source of the row';
COMMENT ON COLUMN ntrk_partner_reference.source_date IS 'publication date of the source, ISO 8601 at the precision known (year, year-month or date)';
COMMENT ON COLUMN ntrk_partner_reference.evidence IS 'source = read in the paper or its tables; abstract = abstract or secondary page only; unverified = commonly cited, not checked';
COMMENT ON COLUMN ntrk_partner_reference.note IS 'free-text remark';
COMMENT ON COLUMN ntrk_partner_reference.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

SELECT pg_catalog.pg_extension_config_dump('ntrk_partner_reference', 'WHERE origin <> ''shipped''');

GRANT SELECT ON ntrk_partner_reference TO PUBLIC;

INSERT INTO ntrk_partner_reference
	(ntrk_gene, partner, cancer_type, cohort, cases, denominator, denominator_of,
	 published_percent, citation, source_date, evidence, note, origin)
VALUES
	-- Prevalence among tested cases.
	(NULL, NULL, 'NSCLC', 'comprehensive genomic profiling of 42,791 NSCLC', 58, 42791, 'tested',
	 0.1, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	(NULL, NULL, 'solid tumours', 'MSK-IMPACT DNA NGS, more than 26,000 patients, 17 cancer types', 76, NULL, 'tested',
	 0.28, 'Rosen et al., Clin Cancer Res 2020;26:1624', '2020', 'abstract_or_secondary',
	 '48 unique rearrangements', 'shipped'),
	(NULL, NULL, 'solid tumours', 'MSK-IMPACT DNA NGS of 33,997 patients (2,189 also RNA)', 87, 33997, 'tested',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source',
	 'share derived from the published counts', 'shipped'),
	(NULL, NULL, 'solid tumours', 'FoundationCORE, 295,676 patients, 45 cancer types', 889, 295676, 'tested',
	 0.30, 'Westphalen et al., npj Precis Oncol 2021', '2021', 'abstract_or_secondary',
	 '88 unique fusion-partner pairs, 66% not previously reported', 'shipped'),
	(NULL, NULL, 'solid tumours', 'Dutch PALGA, 7,457 tumours tested 2017-2020', 69, 7457, 'tested',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),

	-- NTRK gene split among fusion-positive cases.
	('NTRK1', NULL, 'NSCLC', 'NTRK fusion-positive NSCLC among 42,791 profiled', 47, 58, 'ntrk_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', NULL, 'NSCLC', 'NTRK fusion-positive NSCLC among 42,791 profiled', 5, 58, 'ntrk_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', NULL, 'NSCLC', 'NTRK fusion-positive NSCLC among 42,791 profiled', 6, 58, 'ntrk_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', NULL, 'NSCLC', '11 NTRK fusion-positive NSCLC', 7, 11, 'ntrk_fusion',
	 NULL, 'Farago et al., JCO Precis Oncol 2018', '2018', 'abstract_or_secondary', '5 distinct partners', 'shipped'),
	('NTRK3', NULL, 'NSCLC', '11 NTRK fusion-positive NSCLC', 4, 11, 'ntrk_fusion',
	 NULL, 'Farago et al., JCO Precis Oncol 2018', '2018', 'abstract_or_secondary', '2 distinct partners', 'shipped'),
	('NTRK1', NULL, 'solid tumours', 'MSK NTRK fusion-positive cases evaluated by pan-TRK IHC (Table 3)', 27, 66, 'ntrk_fusion',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source', NULL, 'shipped'),
	('NTRK2', NULL, 'solid tumours', 'MSK NTRK fusion-positive cases evaluated by pan-TRK IHC (Table 3)', 5, 66, 'ntrk_fusion',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source', NULL, 'shipped'),
	('NTRK3', NULL, 'solid tumours', 'MSK NTRK fusion-positive cases evaluated by pan-TRK IHC (Table 3)', 34, 66, 'ntrk_fusion',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source', NULL, 'shipped'),
	('NTRK1', NULL, 'solid tumours', 'Dutch PALGA NTRK fusions, 2017-2020', 22, 69, 'ntrk_fusion',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', NULL, 'solid tumours', 'Dutch PALGA NTRK fusions, 2017-2020', 6, 69, 'ntrk_fusion',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', NULL, 'solid tumours', 'Dutch PALGA NTRK fusions, 2017-2020', 41, 69, 'ntrk_fusion',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),

	-- Partner shares.
	('NTRK1', 'TPM3', 'NSCLC', 'NTRK1 fusion-positive NSCLC among 42,791 profiled', 9, 47, 'ntrk_gene_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', 'most frequent partner in the series', 'shipped'),
	('NTRK1', 'IRF2BP2', 'NSCLC', 'NTRK1 fusion-positive NSCLC among 42,791 profiled', 6, 47, 'ntrk_gene_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', 'second most frequent partner in the series', 'shipped'),
	('NTRK3', 'ETV6', 'solid tumours', 'entrectinib integrated analysis, 54 adults with NTRK fusion-positive tumours', 25, 54, 'ntrk_fusion',
	 NULL, 'Doebele et al., Lancet Oncol 2020', '2020', 'abstract_or_secondary',
	 'share of all NTRK fusion-positive patients, not of NTRK3 fusions', 'shipped'),
	('NTRK3', 'ETV6', 'thyroid carcinoma', '11 NTRK-rearranged thyroid carcinomas', 4, 11, 'ntrk_fusion',
	 NULL, 'Chu et al., Mod Pathol 2020 (PMID 32457407)', '2020-05-26', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'RBPMS', 'thyroid carcinoma', '11 NTRK-rearranged thyroid carcinomas', 2, 11, 'ntrk_fusion',
	 NULL, 'Chu et al., Mod Pathol 2020 (PMID 32457407)', '2020-05-26', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'TPR', 'thyroid carcinoma', '11 NTRK-rearranged thyroid carcinomas', 2, 11, 'ntrk_fusion',
	 NULL, 'Chu et al., Mod Pathol 2020 (PMID 32457407)', '2020-05-26', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'SQSTM1', 'thyroid carcinoma', '11 NTRK-rearranged thyroid carcinomas', 1, 11, 'ntrk_fusion',
	 NULL, 'Chu et al., Mod Pathol 2020 (PMID 32457407)', '2020-05-26', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'SQSTM1', 'thyroid carcinoma', '11 NTRK-rearranged thyroid carcinomas', 1, 11, 'ntrk_fusion',
	 NULL, 'Chu et al., Mod Pathol 2020 (PMID 32457407)', '2020-05-26', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'EML4', 'thyroid carcinoma', '11 NTRK-rearranged thyroid carcinomas', 1, 11, 'ntrk_fusion',
	 NULL, 'Chu et al., Mod Pathol 2020 (PMID 32457407)', '2020-05-26', 'abstract_or_secondary', NULL, 'shipped'),

	-- Partners reported without a count.
	('NTRK1', 'TPM3', 'colorectal cancer', 'first NTRK fusion described (colon carcinoma)', NULL, NULL, NULL,
	 NULL, 'Martin-Zanca et al. 1986', '1986', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'LMNA', 'Spitz tumours', 'LMNA exon 2 to NTRK1 exon 11 by a 743 kb deletion', NULL, NULL, NULL,
	 NULL, 'Wiesner et al., Nat Commun 2014', '2014', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'LMNA', 'colorectal cancer', 'LMNA::NTRK1 colorectal cancer with acquired G595R and G667C on entrectinib', NULL, NULL, NULL,
	 NULL, 'Russo et al., Cancer Discov 2016;6:36', '2016', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'MPRIP', 'NSCLC', 'first lung NTRK1 fusions, 3 of 91 driver-negative lung cancers', NULL, NULL, NULL,
	 NULL, 'Vaishnavi et al., Nat Med 2013', '2013', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'CD74', 'NSCLC', 'first lung NTRK1 fusions, 3 of 91 driver-negative lung cancers', NULL, NULL, NULL,
	 NULL, 'Vaishnavi et al., Nat Med 2013', '2013', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'SQSTM1', 'NSCLC', 'SQSTM1::NTRK1 lung cancer with intracranial complete response to entrectinib', NULL, NULL, NULL,
	 NULL, 'Drilon et al., Cancer Discov 2017', '2017', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'TPR', 'glioma', 'TPR::NTRK1 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'SCP2', 'not stated', 'SCP2::NTRK1 call discussed on the Arriba fusion caller''s issue tracker (issue 190)', NULL, NULL, NULL,
	 NULL, 'suhrig/arriba issue 190', NULL, 'unverified', 'a user''s call, not a publication', 'shipped'),
	('NTRK1', 'TFG', 'thyroid carcinoma', 'TFG::NTRK1 in papillary thyroid carcinoma', NULL, NULL, NULL,
	 NULL, 'Pfeifer et al., Genes Chromosomes Cancer 2019 (PMC6594006)', '2019-02-18', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'TRIM33', 'thyroid carcinoma', 'TRIM33::NTRK1 in papillary thyroid carcinoma', NULL, NULL, NULL,
	 NULL, 'Pfeifer et al., Genes Chromosomes Cancer 2019 (PMC6594006)', '2019-02-18', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'PPL', 'thyroid carcinoma', 'PPL::NTRK1 in a kinase-fusion thyroid carcinoma series', NULL, NULL, NULL,
	 NULL, 'Chu et al., Mod Pathol 2020;33:2458 (PMC7688509)', '2020-07-31', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'TRIM24', 'NSCLC', 'TRIM24::NTRK2 in TCGA lung adenocarcinoma', NULL, NULL, NULL,
	 NULL, 'Campbell et al., Nat Genet 2016;48:607 (PMID 27158780)', '2016', 'unverified',
	 'seen only in secondary bibliographies, article not read; also reported in a paediatric epithelioid glioblastoma (Keane et al., npj Precis Oncol 2025-12-02); no source was found for TRIM24::NTRK1', 'shipped'),
	('NTRK2', 'KANK1', 'not stated', 'example of the ClinGen NTRK fusion oncogenicity rules (approved April 2022)', NULL, NULL, NULL,
	 NULL, 'ClinGen NTRK fusion SC-VCEP', '2022-04', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'KANK1', 'glioma', 'KANK1::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'KANK1', 'CNS tumours', 'paediatric CNS tumour in STARTRK-NG (entrectinib)', NULL, NULL, NULL,
	 NULL, 'STARTRK-NG, ASCO 2019 (docwirenews.com conference coverage)', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'EML1', 'CNS tumours', 'EML1::NTRK2 in STARTRK-NG (entrectinib)', NULL, NULL, NULL,
	 NULL, 'STARTRK-NG, ASCO 2019 (docwirenews.com conference coverage)', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'BCR', 'not stated', 'BCR::NTRK2', NULL, NULL, NULL,
	 NULL, 'Int J Surg Pathol 2024 (PMID 38562049)', '2024-04-01', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'BCR', 'glioma', 'BCR::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'AGBL4', 'not stated', 'AGBL4::NTRK2', NULL, NULL, NULL,
	 NULL, 'PMC8918486', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'SLCO5A1', 'not stated', 'SLCO5A1::NTRK2', NULL, NULL, NULL,
	 NULL, 'PMC8918486', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'BEND5', 'not stated', 'BEND5::NTRK2', NULL, NULL, NULL,
	 NULL, 'PMC8918486', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'HOOK3', 'glioma', 'HOOK3::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'KIF5A', 'glioma', 'KIF5A::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'GKAP1', 'glioma', 'GKAP1::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'GKAP1', 'pilocytic astrocytoma', 'GKAP1 exon 10 to NTRK2 exon 16, in frame, in a paediatric low-grade glioma', NULL, NULL, NULL,
	 NULL, 'Deland et al., Cancer Biol Ther 2021;22:184 (doi:10.1080/15384047.2021.1899573)', '2021-04-05', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'LHFPL3', 'glioma', 'LHFPL3::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'SLMAP', 'glioma', 'SLMAP::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'ZBTB43', 'glioma', 'ZBTB43::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'SPECC1L', 'glioma', 'SPECC1L::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'FKBP15', 'glioma', 'FKBP15::NTRK2 among NTRK-fused gliomas', NULL, NULL, NULL,
	 NULL, 'Kim et al., Acta Neuropathol Commun 2024 (PMC11251294)', '2024-07-16', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'QKI', 'pilocytic astrocytoma', 'QKI::NTRK2 in pilocytic astrocytoma', NULL, NULL, NULL,
	 NULL, 'Jones et al., Nat Genet 2013 (doi:10.1038/ng.2682, PMID 23817572)', '2013', 'unverified', 'seen only through a secondary page', 'shipped'),
	('NTRK2', 'AFAP1', 'low-grade glioma', 'AFAP1::NTRK2 in the landscape of kinase fusions in cancer', NULL, NULL, NULL,
	 NULL, 'Stransky et al., Nat Commun 2014 (doi:10.1038/ncomms5846)', '2014', 'unverified', 'not re-read for this release', 'shipped'),
	('NTRK1', 'BCAN', 'glioma', 'BCAN::NTRK1 listed among NTRK1 fusions in a review', NULL, NULL, NULL,
	 NULL, 'Review of TRK fusions and inhibitors, Acta Pharm Sin B 2021 (PMC7893124)', '2021', 'unverified', 'secondary source (review) only', 'shipped'),
	('NTRK2', 'NACC2', 'glioblastoma', 'NACC2::NTRK2 in a paediatric glioblastoma', NULL, NULL, NULL,
	 NULL, 'Britton et al., Clin Case Rep 2021 (PMC7981675)', '2021-02-10', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'ETV6', 'solid tumours', 'most common fusion of a Canadian national program (1,687 patients), all 3 salivary cases', NULL, NULL, NULL,
	 NULL, 'Canadian national program, Mol Diagn Ther 2022', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'EML4', 'NSCLC', 'one EML4::NTRK3 among 289 NSCLC of a single site', NULL, NULL, NULL,
	 NULL, 'La Trobe single-site NSCLC series 2024', '2024', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'EML4', 'not stated', 'EML4 exon 2 to NTRK3 exon 14, a CIViC fusion variant', NULL, NULL, NULL,
	 NULL, 'CIViC (as used by the FUSOR test cases)', '2026-05', 'read_in_source',
	 'source date = date of the snapshot read', 'shipped'),
	('NTRK3', 'TPM4', 'MPNST', 'TPM4::NTRK3 in a high-grade malignant peripheral nerve sheath tumour', NULL, NULL, NULL,
	 NULL, 'Karakas et al., Diagn Pathol 2024;19:10 (PMC10777531)', '2024-01-10', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'MYO5A', 'Spitz tumours', 'MYO5A::NTRK3 in Spitz and other melanocytic tumours', NULL, NULL, NULL,
	 NULL, 'de la Fouchardiere et al., Mod Pathol 2021 (PMC7985048)', '2020-09-23', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'MYH9', 'Spitz tumours', 'MYH9::NTRK3 in Spitz and other melanocytic tumours', NULL, NULL, NULL,
	 NULL, 'de la Fouchardiere et al., Mod Pathol 2021 (PMC7985048)', '2020-09-23', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'RBPMS', 'thyroid carcinoma', 'RBPMS::NTRK3 in a kinase-fusion thyroid carcinoma series', NULL, NULL, NULL,
	 NULL, 'Chu et al., Mod Pathol 2020;33:2458 (PMC7688509)', '2020-07-31', 'abstract_or_secondary', NULL, 'shipped');

-- Partner knowledge ----------------------------------------------------------

-- What ntrk's reference says about a partner: recurrent (at least 2 cases in
-- one counted series, or at least 2 sources that are not unverified),
-- reported, cited without a checked source, or not previously reported.
-- Partner identity never decides TRK-inhibitor eligibility (approvals are
-- for NTRK gene fusions), so a novel partner is still presumptively
-- actionable when the fusion is in frame and keeps the kinase; the
-- actionability column says so.  Not STRICT: ntrk_symbol may be NULL (any
-- NTRK gene); a NULL partner or an ntrk_symbol that is not NTRK1/2/3 (or an
-- alias) gives no row.
CREATE FUNCTION ntrk_partner_knowledge(partner_symbol text, ntrk_symbol text DEFAULT NULL)
	RETURNS TABLE (ntrk_gene text, partner text, knowledge text, knowledge_rank integer,
				   recurrent boolean, sources integer, most_cases integer,
				   citations text, actionability text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH asked AS (
		SELECT coalesce(ntrk_gene(partner_symbol),
						pg_catalog.upper(pg_catalog.btrim(partner_symbol))) AS partner,
			   ntrk_gene(ntrk_symbol) AS ntrk
		WHERE partner_symbol IS NOT NULL
		  AND (ntrk_symbol IS NULL OR ntrk_gene(ntrk_symbol) IN ('NTRK1', 'NTRK2', 'NTRK3'))
	), known AS (
		SELECT r.ntrk_gene, a.partner,
			   (coalesce(max(r.cases), 0) >= 2
				OR count(DISTINCT r.citation) FILTER (WHERE r.evidence <> 'unverified') >= 2) AS recurrent,
			   bool_or(r.evidence <> 'unverified') AS verified,
			   count(DISTINCT r.citation)::integer AS sources,
			   max(r.cases) AS most_cases,
			   string_agg(DISTINCT pg_catalog.format('%s (%s)', r.citation,
													 coalesce(r.source_date, 'date not known')),
						  '; ' ORDER BY pg_catalog.format('%s (%s)', r.citation,
														  coalesce(r.source_date, 'date not known'))) AS citations
		FROM asked a
		JOIN ntrk_partner_reference r
		  ON r.partner = a.partner AND (a.ntrk IS NULL OR r.ntrk_gene = a.ntrk)
		GROUP BY r.ntrk_gene, a.partner
	), graded AS (
		SELECT k.ntrk_gene, k.partner,
			   CASE WHEN k.recurrent THEN 'recurrent'
					WHEN k.verified THEN 'reported'
					ELSE 'cited' END AS knowledge,
			   k.recurrent, k.sources, k.most_cases, k.citations
		FROM known k
		UNION ALL
		SELECT a.ntrk, a.partner, 'not_previously_reported', false, 0, NULL::integer, NULL::text
		FROM asked a
		WHERE NOT EXISTS (SELECT 1 FROM known)
	)
	SELECT g.ntrk_gene, g.partner, g.knowledge,
		   CASE g.knowledge WHEN 'recurrent' THEN 1 WHEN 'reported' THEN 2
							WHEN 'cited' THEN 3 ELSE 4 END,
		   g.recurrent, g.sources, g.most_cases, g.citations,
		   CASE g.knowledge
			   WHEN 'recurrent' THEN pg_catalog.format('%s is a recurrent published %s partner.', g.partner, g.ntrk_gene)
			   WHEN 'reported' THEN pg_catalog.format('%s is a published %s partner, not shown to be recurrent in ntrk''s reference.', g.partner, g.ntrk_gene)
			   WHEN 'cited' THEN pg_catalog.format('%s is cited as an %s partner, but ntrk''s reference has no checked source.', g.partner, g.ntrk_gene)
			   ELSE pg_catalog.format('%s is not a previously reported %s partner in ntrk''s reference.', g.partner,
									  coalesce(g.ntrk_gene, 'NTRK'))
		   END || ' The partner does not decide eligibility: TRK inhibitors are approved for NTRK gene fusions, so '
			   || CASE WHEN g.knowledge = 'not_previously_reported'
					   THEN 'a novel partner::NTRK fusion that is in frame and keeps the NTRK kinase domain is still presumptively actionable.'
					   ELSE 'the fusion is actionable when NTRK is the 3'' partner, in frame, with the kinase domain kept.' END
	FROM graded g
	ORDER BY g.ntrk_gene;
END;
COMMENT ON FUNCTION ntrk_partner_knowledge(text, text) IS
	'is this gene a recurrent published NTRK partner? knowledge (recurrent, reported, cited, not_previously_reported), sources and citations from ntrk_partner_reference, and what it means for actionability (a novel in-frame partner with the kinase kept is still presumptively actionable)';

-- Which classified calls make a sample NTRK fusion-positive for ranking ------

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
CREATE FUNCTION ntrk_fusion_positive(cls ntrk_fusion_class) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN cls IN ('ntrk_fusion', 'ntrk_presumptive', 'ntrk_categorical');
COMMENT ON FUNCTION ntrk_fusion_positive(ntrk_fusion_class) IS
	'does a call of this class make a sample NTRK fusion-positive for partner ranking? (fusion with NTRK 3'', presumptive, categorical: yes; reciprocal, orientation unknown, kinase lost, out of frame, intragenic, other drivers: no)';

-- Cohort ranking over any table or view of calls -----------------------------

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

-- BI: a calls table of documented shape and views over it -------------------

CREATE TABLE ntrk_cohort_calls (
	cohort		text NOT NULL,
	cancer_type text,
	patient_id	text,
	sample_id	text NOT NULL,
	assay		text,
	caller		text,
	f			fusion,
	reading_frame text,
	gene		text,
	protein_change text,
	prior_trk_inhibitor boolean,
	evidence	text
);
COMMENT ON TABLE ntrk_cohort_calls IS
	'calls of a cohort for the BI views: one row per fusion call or variant, or one row with f NULL for a sample tested without a call; all rows are user rows and are kept by pg_dump (DROP EXTENSION drops the table)';
COMMENT ON COLUMN ntrk_cohort_calls.cohort IS 'study, registry or batch the sample belongs to';
COMMENT ON COLUMN ntrk_cohort_calls.cancer_type IS 'cancer type of the sample (free text or an OncoTree code)';
COMMENT ON COLUMN ntrk_cohort_calls.patient_id IS 'patient; NULL when unknown (the sample then counts as its own patient)';
COMMENT ON COLUMN ntrk_cohort_calls.sample_id IS 'sample the call was made on (several callers and assays of one sample share it)';
COMMENT ON COLUMN ntrk_cohort_calls.assay IS 'assay, e.g. RNA NGS, DNA NGS, FISH, IHC';
COMMENT ON COLUMN ntrk_cohort_calls.caller IS 'caller or lab that made the call';
COMMENT ON COLUMN ntrk_cohort_calls.f IS 'the fusion called; NULL for a variant row or a sample without a call';
COMMENT ON COLUMN ntrk_cohort_calls.reading_frame IS 'reading frame as the caller wrote it (in-frame, FRAMESHIFT, ...); NULL when not given';
COMMENT ON COLUMN ntrk_cohort_calls.gene IS 'gene of a protein change (NTRK1, KRAS, ...); NULL for a fusion row';
COMMENT ON COLUMN ntrk_cohort_calls.protein_change IS 'protein change or amplification (G595R, p.Gly595Arg, amplification); NULL for a fusion row';
COMMENT ON COLUMN ntrk_cohort_calls.prior_trk_inhibitor IS 'true when the patient had a TRK inhibitor before this sample';
COMMENT ON COLUMN ntrk_cohort_calls.evidence IS 'what the source says the event is (protein_fusion, rna_fusion, dna_rearrangement, transcript_fusion, antisense, ... as ntrk_load_calls gives it); NULL when not stated';

SELECT pg_catalog.pg_extension_config_dump('ntrk_cohort_calls', '');

-- The views are security_invoker: whoever queries them needs SELECT on
-- ntrk_cohort_calls too (the ranking function reads it as the caller anyway).

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

-- NTRK status per cohort and cancer type: patients counted by the status
-- ntrk_patient_status gives them from all their rows.
CREATE VIEW ntrk_status_by_cohort WITH (security_invoker = true) AS
	SELECT p.cohort, p.cancer_type,
		   count(*) AS patients,
		   sum(p.samples)::bigint AS samples,
		   count(*) FILTER (WHERE (p.st).status = 'fusion_actionable') AS fusion_actionable,
		   count(*) FILTER (WHERE (p.st).status = 'resistant') AS resistant,
		   count(*) FILTER (WHERE (p.st).status = 'mutation_only') AS mutation_only,
		   count(*) FILTER (WHERE (p.st).status = 'indeterminate') AS indeterminate,
		   count(*) FILTER (WHERE (p.st).status = 'negative') AS negative,
		   count(*) FILTER (WHERE (p.st).ntrk_gene = 'NTRK1') AS ntrk1_patients,
		   count(*) FILTER (WHERE (p.st).ntrk_gene = 'NTRK2') AS ntrk2_patients,
		   count(*) FILTER (WHERE (p.st).ntrk_gene = 'NTRK3') AS ntrk3_patients,
		   pg_catalog.round(count(*) FILTER (WHERE (p.st).status = 'fusion_actionable')::numeric
							 OPERATOR(pg_catalog./) count(*), 4)
			   AS fusion_actionable_share
	FROM (
		SELECT c.cohort, c.cancer_type, c.patient_id,
			   CASE WHEN c.patient_id IS NULL THEN c.sample_id END AS lone_sample,
			   count(DISTINCT c.sample_id) AS samples,
			   ntrk_patient_status(c.f, c.reading_frame, c.gene, c.protein_change,
								   c.prior_trk_inhibitor) AS st
		FROM ntrk_cohort_calls c
		GROUP BY 1, 2, 3, 4
	) AS p
	GROUP BY p.cohort, p.cancer_type;
COMMENT ON VIEW ntrk_status_by_cohort IS
	'patients per cohort and cancer type of ntrk_cohort_calls by NTRK status (fusion_actionable, resistant, mutation_only, indeterminate, negative) and by NTRK gene, with the share of fusion_actionable patients';
