--
-- The 1.1 knowledge update: therapies, approvals, partner sources, and no
-- shipped row citing a document outside the project.
--

-- Zurletrectinib is known, with its China NMPA approval.
SELECT therapy, generation, trk_inhibitor, availability FROM ntrk_therapy WHERE therapy = 'zurletrectinib';
SELECT therapy, agency, approval_type, approval_date, min_age_years, evidence
FROM ntrk_therapy_approval WHERE therapy = 'zurletrectinib';
SELECT therapy_name FROM (SELECT ntrk_therapy_name('ICP-723') AS therapy_name) t;

-- Health Canada approvals are conditional (NOC/c).
SELECT therapy, approval_type, approval_date, note FROM ntrk_therapy_approval
WHERE agency = 'Health Canada' ORDER BY therapy;

-- No shipped rule refers patients to a selitrectinib trial any more.
SELECT rule_key, therapy, preference FROM ntrk_guidance_rule
WHERE origin = 'shipped' AND (therapy = 'selitrectinib' OR recommendation ILIKE '%selitrectinib%')
ORDER BY rule_key;
SELECT availability FROM ntrk_therapy WHERE therapy = 'selitrectinib';

-- RBPMS::NTRK3 and TPR::NTRK1 are recurrent, with sources; TRIM24 is an
-- NTRK2 partner, not NTRK1.
SELECT ntrk_gene, partner, knowledge, recurrent, sources, most_cases, citations
FROM ntrk_partner_knowledge('RBPMS', 'NTRK3');
SELECT ntrk_gene, partner, knowledge, recurrent, sources FROM ntrk_partner_knowledge('TPR', 'NTRK1');
SELECT ntrk_gene, partner, knowledge FROM ntrk_partner_knowledge('TRIM24');
SELECT ntrk_gene, partner, knowledge, recurrent FROM ntrk_partner_knowledge('KANK1', 'NTRK2');

-- No shipped source cites a project note, and every partner source is dated
-- or marked unverified.
SELECT 'ntrk_partner_reference' AS tbl, count(*) FROM ntrk_partner_reference
WHERE citation ~* '(domain\.md|ntrk-resistance|ntrk-exons|\[(RES|DM)|commonly cited)' OR note ~* '(domain\.md|reference note)'
UNION ALL SELECT 'ntrk_guidance_rule', count(*) FROM ntrk_guidance_rule
WHERE concat_ws(' ', source, rationale, caveat) ~* '(domain\.md|ntrk-resistance|\[(RES|DM)|DM §)'
UNION ALL SELECT 'ntrk_therapy', count(*) FROM ntrk_therapy WHERE concat_ws(' ', source, cns_evidence) ~* '(domain\.md|ntrk-resistance|\[(RES|DM))'
UNION ALL SELECT 'ntrk_therapy_approval', count(*) FROM ntrk_therapy_approval WHERE concat_ws(' ', source, note) ~* '(domain\.md|ntrk-resistance|\[(RES|DM)|reference notes)'
UNION ALL SELECT 'ntrk_assay', count(*) FROM ntrk_assay WHERE source ~* '(domain\.md|ntrk-resistance|\[(RES|DM))'
UNION ALL SELECT 'ntrk_assay_result', count(*) FROM ntrk_assay_result WHERE source ~* '(domain\.md|ntrk-resistance|\[(RES|DM))'
UNION ALL SELECT 'ntrk_evidence_level', count(*) FROM ntrk_evidence_level WHERE source ~* '(domain\.md|ntrk-resistance|\[(RES|DM))';

-- Repotrectinib's CNS evidence names both facts.
SELECT cns_activity, cns_evidence ~ 'asymptomatic' AS mentions_asymptomatic,
       cns_evidence ~ 'intracranial response' AS mentions_intracranial
FROM ntrk_therapy WHERE therapy = 'repotrectinib';

-- Compound on-target resistance: a caveat on the next-generation options.
SELECT therapy, EXISTS (SELECT 1 FROM unnest(caveats) c WHERE c LIKE 'more than one on-target resistance mutation%') AS compound_caveat
FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', mutations => '{NTRK3 G623R,NTRK3 F617L}',
                   prior_trk_inhibitors => '{larotrectinib}', age => 40, stage => 'IV')
WHERE therapy IN ('repotrectinib', 'zurletrectinib', 'chemotherapy') ORDER BY therapy;
-- One mutation: no such caveat.
SELECT therapy, EXISTS (SELECT 1 FROM unnest(caveats) c WHERE c LIKE 'more than one on-target%') AS compound_caveat
FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', mutations => '{NTRK3 G623R}',
                   prior_trk_inhibitors => '{larotrectinib}', age => 40, stage => 'IV')
WHERE therapy = 'repotrectinib';

-- RBPMS is a known 5' partner: a kinase-first NTRK3-RBPMS in a notation that
-- does not guarantee order is repaired to RBPMS::NTRK3.
SELECT class, ntrk_gene, partner, actionable, orientation_inferred
FROM ntrk_classify('NTRK3-RBPMS');
SELECT class, partner, orientation_inferred FROM ntrk_classify('NTRK2-GKAP1');
