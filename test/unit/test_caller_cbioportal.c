/*
 * test_caller_cbioportal.c
 *		The free text of cBioPortal / GENIE structural-variant files.
 */
#include <string.h>

#include "caller_cbioportal.h"
#include "unit.h"

/* Event_Info of one text. */
static CbioEventInfo
event(const char *s)
{
	CbioEventInfo ev;

	ntrk_cbio_read_event_info(s, strlen(s), &ev);
	return ev;
}

int
main(void)
{
	CbioEventInfo ev;
	char		g5[NTRK_SYMBOL_MAX + 1];
	char		g3[NTRK_SYMBOL_MAX + 1];
	bool		has_frame;
	NtrkFrame	frame;
	int			exon;
	const char *tx;
	size_t		tx_len;
	const char *c;

	/* Event_Info vocabulary. */
	ev = event("Protein fusion: in frame (ETV6-NTRK3)");
	UNIT_OK(ev.evidence == NTRK_EV_PROTEIN_FUSION && ev.has_frame && ev.frame == NTRK_FRAME_IN, "protein fusion in frame");
	ev = event("Protein fusion: out of frame (ETV6-NTRK3)");
	UNIT_OK(ev.evidence == NTRK_EV_PROTEIN_FUSION && ev.frame == NTRK_FRAME_OUT, "protein fusion out of frame");
	ev = event("Protein fusion: mid-exon (ERBB2-GRB7)");
	UNIT_OK(ev.evidence == NTRK_EV_PROTEIN_FUSION && !ev.has_frame, "mid-exon: frame unknown");
	ev = event("Protein Fusion: in frame  {TPM3:NTRK1}");
	UNIT_OK(ev.evidence == NTRK_EV_PROTEIN_FUSION && ev.frame == NTRK_FRAME_IN, "{A:B} form");
	UNIT_OK(event("Transcript fusion (VANGL2-NTRK1)").evidence == NTRK_EV_TRANSCRIPT_FUSION, "transcript fusion");
	UNIT_OK(event("Antisense Fusion").evidence == NTRK_EV_ANTISENSE, "antisense");
	UNIT_OK(event("NTRK1-intragenic").evidence == NTRK_EV_INTRAGENIC, "A-intragenic");
	UNIT_OK(event("Deletion within transcript").evidence == NTRK_EV_INTRAGENIC, "deletion within transcript");
	UNIT_OK(event("Duplication within transcript").evidence == NTRK_EV_INTRAGENIC, "duplication within transcript");
	UNIT_OK(event("Deletion of 1 exon: in frame").evidence == NTRK_EV_INTRAGENIC, "deletion of an exon");
	UNIT_OK(event("APOL3-NTRK2 Fusion").evidence == NTRK_EV_DNA_REARRANGEMENT, "generic DNA fusion");
	ev = event("NTRK3-RBPMS fusion - Archer");
	UNIT_OK(ev.evidence == NTRK_EV_RNA_FUSION && ev.bait_first, "Archer: RNA, bait first");
	UNIT_OK(event("").evidence == NTRK_EV_NONE && event("NA").evidence == NTRK_EV_NONE, "nothing said");

	/* "fusion between genes X ... and Y ..." */
	c = "POSITIVE FOR NTRK3 FUSION: RBPMS-NTRK3 fusion. Note: The rearrangement is an in-frame fusion between genes RBPMS Exon5 (NM_001008710) and NTRK3 Exon14 (NM_002530)";
	UNIT_OK(ntrk_cbio_fusion_between(c, strlen(c), g5, g3, &has_frame, &frame) &&
			strcmp(g5, "RBPMS") == 0 && strcmp(g3, "NTRK3") == 0 && has_frame && frame == NTRK_FRAME_IN,
			"fusion between genes: order and frame");
	UNIT_OK(ntrk_cbio_gene_exon(c, strlen(c), "RBPMS", true, &exon, &tx, &tx_len) && exon == 5 &&
			tx_len == 12 && memcmp(tx, "NM_001008710", 12) == 0, "5' exon and transcript");
	UNIT_OK(ntrk_cbio_gene_exon(c, strlen(c), "NTRK3", false, &exon, &tx, &tx_len) && exon == 14 &&
			tx_len == 9 && memcmp(tx, "NM_002530", 9) == 0, "3' exon and transcript");
	c = "no fusion named here";
	UNIT_OK(!ntrk_cbio_fusion_between(c, strlen(c), g5, g3, &has_frame, &frame), "no phrase");

	/* Exon ranges and the kinase domain. */
	c = "The fusion involves TPR exons 1 - 21 and NTRK1 exons 10 - 17 and includes the kinase domain of NTRK1.";
	UNIT_OK(ntrk_cbio_gene_exon(c, strlen(c), "TPR", true, &exon, &tx, &tx_len) && exon == 21, "5' range: last exon");
	UNIT_OK(ntrk_cbio_gene_exon(c, strlen(c), "NTRK1", false, &exon, &tx, &tx_len) && exon == 10, "3' range: first exon");
	UNIT_OK(ntrk_cbio_kinase_domain_gene(c, strlen(c), g3) && strcmp(g3, "NTRK1") == 0, "kinase domain of");
	c = "LMNA (NM_170707) - NTRK1 (NM_002529) fusion (LMNA exons 1-2 fused with NTRK1 exons 11-17)";
	UNIT_OK(ntrk_cbio_gene_exon(c, strlen(c), "LMNA", true, &exon, &tx, &tx_len) && exon == 2 &&
			tx_len == 9 && memcmp(tx, "NM_170707", 9) == 0, "gene (NM_) then exons 1-2");
	UNIT_OK(!ntrk_cbio_gene_exon(c, strlen(c), "ETV6", true, &exon, &tx, &tx_len) && exon == 0, "gene not named");

	/* Site descriptions. */
	c = "Intron of NTRK3(-): 20Kb after exon 14";
	ntrk_cbio_description_gene(c, strlen(c), g5);
	UNIT_STREQ(g5, "NTRK3", "intron description");
	c = "5-UTR of GRB7(+): 1Kb before coding start";
	ntrk_cbio_description_gene(c, strlen(c), g5);
	UNIT_STREQ(g5, "GRB7", "UTR description");
	c = "Exon 2 of FOXA1(-)";
	ntrk_cbio_description_gene(c, strlen(c), g5);
	UNIT_STREQ(g5, "FOXA1", "exon description");
	c = "IGR: 134Kb before CDH20(+)";
	ntrk_cbio_description_gene(c, strlen(c), g5);
	UNIT_STREQ(g5, "", "intergenic: no gene");
	ntrk_cbio_description_gene(NULL, 0, g5);
	UNIT_STREQ(g5, "", "no description");

	return unit_done();
}
