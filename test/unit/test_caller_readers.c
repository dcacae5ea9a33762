/*
 * test_caller_readers.c
 *		Unit tests of the caller readers added for 1.1: CTAT-LR-Fusion,
 *		FusionInspector, EricScript, pizzly, SQuID, DRAGEN, annoFuse and
 *		oncokb-annotator; headers mangled by R; intergenic partners; what
 *		"auto" does with a header it does not know.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caller_load.h"

/* Count the calls with an error. */
static int
errors(int n)
{
	int			e = 0;
	int			i;

	for (i = 0; i < n; i++)
		if (got[i].error[0] != '\0')
			e++;
	return e;
}

static void
test_ctat_family(void)
{
	const char *lr =
		"#FusionName\tnum_LR\tLeftGene\tLeftLocalBreakpoint\tLeftBreakpoint\tRightGene\tRightLocalBreakpoint\tRightBreakpoint\tSpliceType\tLR_accessions\n"
		"ETV6--NTRK3\t12\tETV6\t1039\tchr12:11869969:+\tNTRK3\t21245\tchr15:87940753:-\tONLY_REF_SPLICE\tr1,r2\n";
	const char *fi =
		"#FusionName\tJunctionReadCount\tSpanningFragCount\test_J\test_S\tLeftGene\tLeftLocalBreakpoint\tLeftBreakpoint\tRightGene\tRightLocalBreakpoint\tRightBreakpoint\tSpliceType\n"
		"TPM3--NTRK1\t20\t4\t20\t4\tTPM3^ENSG00000143549.21\t802\tchr1:154170400:-\tNTRK1^ENSG00000198400.13\t2710\tchr1:156874906:+\tONLY_REF_SPLICE\n";

	UNIT_OK(load(lr, NTRK_FMT_AUTO) == 1 && strcmp(detected, "ctat-lr-fusion") == 0,
			"CTAT-LR-Fusion detected by num_LR (got %s)", detected);
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "CTAT-LR: LeftGene is 5'");
	UNIT_OK(got[0].split == 12 && got[0].span == -1, "num_LR is the split-read count");
	UNIT_OK(load(fi, NTRK_FMT_AUTO) == 1 && strcmp(detected, "fusioninspector") == 0,
			"FusionInspector detected by LeftLocalBreakpoint (got %s)", detected);
	UNIT_STREQ(got[0].fusion, "TPM3::NTRK1", "FusionInspector: ^ENSG ids dropped, LeftGene 5'");
	UNIT_OK(got[0].split == 20 && got[0].span == 4, "JunctionReadCount, SpanningFragCount");
}

static void
test_ericscript(void)
{
	const char *es =
		"GeneName1\tGeneName2\tchr1\tBreakpoint1\tstrand1\tchr2\tBreakpoint2\tstrand2\tEnsemblGene1\tEnsemblGene2\tcrossingreads\tspanningreads\tEricScore\n"
		"ETV6\tNTRK3\t12\t11869969\t+\t15\t87940753\t-\tENSG00000139083\tENSG00000140538\t5\t21\t0.99\n"
		"LMNA\tNTRK1\t1\tUnable to predict breakpoint position\t+\t1\t156874906\t+\tE1\tE2\t3\t8\t0.9\n";

	UNIT_OK(load(es, NTRK_FMT_AUTO) == 2 && strcmp(detected, "ericscript") == 0, "EricScript detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "GeneName1 is 5'");
	UNIT_OK(got[0].split == 21 && got[0].span == 5, "spanningreads are split reads, crossingreads pairs");
	UNIT_STREQ(got[0].bp5, "12:11869969", "chr1:Breakpoint1");
	UNIT_STREQ(got[1].bp5, "", "an unpredicted breakpoint is left out");
	UNIT_OK(strstr(got[1].note, "not given") != NULL && got[1].error[0] == '\0',
			"... with a note, not an error");
	UNIT_OK(load("No Chimeric Transcript found!\n", NTRK_FMT_AUTO) == 0 &&
			strcmp(detected, "ericscript") == 0, "EricScript's empty result: no rows, no error");
}

static void
test_pizzly(void)
{
	const char *pz =
		"geneA.name\tgeneA.id\tgeneB.name\tgeneB.id\tpaircount\tsplitcount\ttranscripts.list\n"
		"ETV6\tENSG00000139083\tNTRK3\tENSG00000140538\t14\t9\tT1_0:10_T2_5:90\n";

	UNIT_OK(load(pz, NTRK_FMT_AUTO) == 1 && strcmp(detected, "pizzly") == 0, "pizzly flat table detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "geneA then geneB");
	UNIT_OK(got[0].inferred && strstr(got[0].note, "not guaranteed") != NULL,
			"pizzly's order is flagged as not guaranteed");
	UNIT_OK(got[0].split == 9 && got[0].span == 14, "splitcount, paircount");
}

static void
test_squid(void)
{
	const char *sq =
		"# chrom1\tstart1\tend1\tchrom2\tstart2\tend2\tname\tscore\tstrand1\tstrand2\tType\tFusedGenes\n"
		"12\t1\t2\t15\t3\t4\t.\t57\t+\t-\tfusion-gene\tETV6-AS1:FAM174B,ETV6:NTRK3\n"
		"17\t1\t2\t17\t3\t4\t.\t685\t+\t+\tnon-fusion-gene\t.\n"
		"1\t1\t2\t1\t3\t4\t.\t9\t+\t+\tfusion-gene\tTPM3:NTRK1\n";
	const char *raw =
		"# chrom1\tstart1\tend1\tchrom2\tstart2\tend2\tname\tscore\tstrand1\tstrand2\tnum_concordantfrag_bp1\tnum_concordantfrag_bp2\n"
		"17\t38135881\t38136308\t17\t38137195\t38137773\t.\t685\t+\t+\t106\t221\n";

	UNIT_OK(load(sq, NTRK_FMT_AUTO) == 3 && strcmp(detected, "squid") == 0, "annotated SQuID detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "of several FusedGenes pairs the NTRK one is read");
	UNIT_OK(strstr(got[0].note, "2 gene pairs") != NULL, "... and the note lists them");
	UNIT_STREQ(got[1].fusion, "", "non-fusion-gene: no fusion");
	UNIT_OK(got[1].error[0] == '\0' && strstr(got[1].note, "non-fusion-gene") != NULL,
			"... and no error: the note says why");
	UNIT_STREQ(got[2].fusion, "TPM3::NTRK1", "5' gene first in FusedGenes");
	UNIT_OK(load(raw, NTRK_FMT_AUTO) == -1 && strstr(columns_seen, "\"# chrom1\", \"start1\"") != NULL,
			"SQuID's own sv.txt names no genes: auto names its columns (%s)", columns_seen);
}

static void
test_dragen(void)
{
	const char *dg =
		"#FusionGene\tScore\tLeftBreakpoint\tRightBreakpoint\tGene1Location\tGene2Location\tGene1Sense\tGene2Sense\tGene1Id\tGene2Id\tNumSplitReads\tNumSoftClippedReads\tNumPairedReads\tReadNames\n"
		"ETV6--NTRK3\t0.97\tchr12:11869969:+\tchr15:87940753:-\tIntactExon\tIntactExon\tTrue\tTrue\tE1\tE2\t10\t4\t1\tr1;r2\n"
		"NRIP1--AF127577.4;LINC02246\t0.65\tchr21:1:-\tchr21:2:-\tIntactExon\tIntactExon;IntactExon\tTrue\tTrue;True\tE3\tE4;E5\t6\t0\t0\tr3\n"
		"ETV6\t0.5\tchr12:1:+\tchr15:2:-\t.\t.\t.\t.\t.\t.\t1\t0\t0\tr4\n";

	UNIT_OK(load(dg, NTRK_FMT_AUTO) == 3 && strcmp(detected, "dragen") == 0, "DRAGEN detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "FusionGene A--B");
	UNIT_OK(got[0].inferred && strstr(got[0].note, "not guaranteed") != NULL,
			"DRAGEN's order is flagged as not guaranteed");
	UNIT_OK(got[0].split == 10 && got[0].span == 1, "NumSplitReads, NumPairedReads");
	UNIT_STREQ(got[0].bp5, "chr12:11869969:+", "LeftBreakpoint");
	UNIT_STREQ(got[1].fusion, "NRIP1::?", "a side overlapping several genes is an unknown partner");
	UNIT_OK(got[1].error[0] == '\0' && strstr(got[1].note, "AF127577.4, LINC02246") != NULL,
			"... with the genes in the note");
	UNIT_OK(strstr(got[2].error, "GENE--GENE") != NULL, "a FusionGene without -- is an error row");
}

static void
test_annofuse(void)
{
	const char *af =
		"Sample\tLeftBreakpoint\tRightBreakpoint\tFusionName\tCaller\tFusion_Type\tJunctionReadCount\tSpanningFragCount\tConfidence\tannots\tGene1A\tGene2A\tGene1B\tGene2B\tBreakpointLocation\tSpanningDelta\n"
		"S1\t4:1\t9:2\tKCTD8--NTRK2\tARRIBA\tin-frame\t11\t0\thigh\tx\tKCTD8\tNA\tNTRK2\tNA\tGenic\t-11\n"
		"S2\t1:1\t1:2\tPRRX1/MROH9--NTRK1\tARRIBA\tother\t2\t1\tlow\tx\tPRRX1\tMROH9\tNTRK1\tNA\tIntergenic\t-1\n"
		"S3\t17:1\t15:2\tTHRA1/BTR--NTRK3\tSTARFUSION\tframeshift\t5\t2\tNA\tx\tTHRA1\tBTR\tNTRK3\tNA\tIntergenic\t-3\n"
		"S4\t4:1\t7:2\tHGNC:18790--SRPK2\tARRIBA\tin-frame\t2\t0\tlow\tx\tHGNC:18790\tNA\tSRPK2\tNA\tGenic\t-2\n";
	int			n = load(af, NTRK_FMT_AUTO);

	UNIT_OK(n == 4 && strcmp(detected, "annofuse") == 0, "annoFuse detected");
	UNIT_OK(errors(n) == 0, "no error rows");
	UNIT_STREQ(got[0].fusion, "KCTD8::NTRK2", "FusionName 5'--3'");
	UNIT_STREQ(got[0].frame, "in_frame", "Fusion_Type in-frame");
	UNIT_STREQ(got[1].fusion, "?::NTRK1", "ARRIBA A/B: intergenic, partner unknown");
	UNIT_OK(strstr(got[1].note, "PRRX1, MROH9") != NULL, "... nearest genes in the note");
	UNIT_STREQ(got[2].fusion, "THRA1/BTR::NTRK3", "STARFUSION A/B: one symbol, kept as written");
	UNIT_STREQ(got[2].frame, "out_of_frame", "Fusion_Type frameshift");
	UNIT_STREQ(got[3].fusion, "HGNC:18790::SRPK2", "HGNC identifier kept as written");
	UNIT_STREQ(got[0].sample, "S1", "Sample column");
}

static void
test_oncokb(void)
{
	const char *sv =
		"Tumor_Sample_Barcode\tGeneA\tGeneB\tSv_Type\n"
		"S1\tNTRK3\tETV6\tFUSION\n"
		"S2\tEGFR\tEGFR\tDELETION\n"
		"S3\tNTRK1\t\tTRANSLOCATION\n";
	const char *fu =
		"Tumor_Sample_Barcode\tFusion\n"
		"S1\tETV6-NTRK3 fusion\n"
		"S2\tNTRK1-intragenic\n";

	UNIT_OK(load(sv, NTRK_FMT_AUTO) == 3 && strcmp(detected, "oncokb-sv") == 0, "oncokb SV input detected");
	UNIT_STREQ(got[0].fusion, "NTRK3/ETV6", "GeneA/GeneB carry no 5'->3' order");
	UNIT_STREQ(got[1].fusion, "EGFR-intragenic", "GeneA = GeneB is intragenic");
	UNIT_STREQ(got[2].fusion, "NTRK1 rearrangement", "an empty GeneB is an unknown partner");
	UNIT_OK(errors(3) == 0, "no error rows");
	UNIT_OK(load(fu, NTRK_FMT_AUTO) == 2 && strcmp(detected, "oncokb-fusion") == 0,
			"oncokb fusion input detected");
	UNIT_STREQ(got[0].fusion, "ETV6/NTRK3", "Fusion read by the notation parser");
	UNIT_STREQ(got[0].sample, "S1", "Tumor_Sample_Barcode");
}

static void
test_mangled_headers(void)
{
	const char *star =
		"X.FusionName\tJunctionReadCount\tSpanningFragCount\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint\n"
		"ETV6--NTRK3\t31\t12\tETV6^ENSG00000139083.11\tchr12:11869969:+\tNTRK3^ENSG00000140538.17\tchr15:87940753:-\n";
	const char *arriba =
		"X.gene1\tgene2\tstrand1.gene.fusion.\tstrand2.gene.fusion.\tbreakpoint1\tbreakpoint2\ttype\tsplit_reads1\tsplit_reads2\tdiscordant_mates\n"
		"TPM3\tNTRK1\t-/-\t+/.\t1:154170400\t1:156874906\tinversion\t10\t7\t5\n";
	const char *jaffa =
		"sample,fusion.genes,chrom1,base1,chrom2,base2,spanning.pairs,spanning.reads,inframe\n"
		"S1,ETV6:NTRK3,chr12,11869969,chr15,87940753,12,31,TRUE\n";

	UNIT_OK(load(star, NTRK_FMT_AUTO) == 1 && strcmp(detected, "star-fusion") == 0,
			"STAR-Fusion read back by R (X.FusionName) detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "... and read");
	UNIT_OK(got[0].split == 31, "... with its counts");
	UNIT_OK(load(arriba, NTRK_FMT_AUTO) == 1 && strcmp(detected, "arriba") == 0,
			"Arriba read back by R (X.gene1, strand1.gene.fusion.) detected");
	UNIT_STREQ(got[0].fusion, "TPM3/NTRK1", "... strand2.gene.fusion. still says the orientation is unknown");
	UNIT_OK(load(jaffa, NTRK_FMT_AUTO) == 1 && strcmp(detected, "jaffa") == 0,
			"JAFFA read back by R (fusion.genes) detected");
	UNIT_OK(got[0].split == 31 && got[0].span == 12, "... spanning.reads, spanning.pairs");
}

static void
test_names_as_written(void)
{
	const char *fc =
		"Gene_1_symbol(5end_fusion_partner)\tGene_2_symbol(3end_fusion_partner)\tSpanning_pairs\tSpanning_unique_reads\n"
		"THRA1/BTR\tNTRK3\t4\t2\n"
		"HGNC:18790\tNTRK1\t3\t1\n";
	const char *star =
		"#FusionName\tJunctionReadCount\tSpanningFragCount\tLeftGene\tRightGene\n"
		"HGNC:18790--NTRK3\t5\t1\tHGNC:18790\tNTRK3^ENSG00000140538.17\n";

	UNIT_OK(load(fc, NTRK_FMT_AUTO) == 2 && errors(2) == 0, "FusionCatcher: '/' and HGNC names read");
	UNIT_STREQ(got[0].fusion, "THRA1/BTR::NTRK3", "FusionCatcher THRA1/BTR is one 5' gene");
	UNIT_STREQ(got[1].fusion, "HGNC:18790::NTRK1", "an HGNC identifier in a gene column");
	UNIT_OK(load(star, NTRK_FMT_AUTO) == 1 && errors(1) == 0, "STAR-Fusion: HGNC identifier as LeftGene");
	UNIT_STREQ(got[0].fusion, "HGNC:18790::NTRK3", "... read as written");
}

static void
test_auto_unknown(void)
{
	const char *vcf_like = "CHROM\tPOS\tID\tREF\tALT\n1\t100\t.\tA\tT\n";
	const char *pairs = "S1\tETV6::NTRK3\nS2\tTPM3-NTRK1\n";
	const char *one = "ETV6::NTRK3\n";

	UNIT_OK(load(vcf_like, NTRK_FMT_AUTO) == -1, "an unknown header is refused, not guessed");
	UNIT_STREQ(columns_seen, "\"CHROM\", \"POS\", \"ID\", \"REF\", \"ALT\"", "the columns seen are named");
	UNIT_OK(load(pairs, NTRK_FMT_AUTO) == 2 && strcmp(detected, "sample-fusion") == 0,
			"a headerless line whose second column is a fusion starts a two-column file");
	UNIT_OK(load(one, NTRK_FMT_AUTO) == -1, "a single column is refused");
	UNIT_OK(load(vcf_like, NTRK_FMT_DRAGEN) == 2 && strstr(got[0].error, "no dragen header") != NULL,
			"a named format without its header keeps each line with an error");
}

int
main(void)
{
	test_ctat_family();
	test_ericscript();
	test_pizzly();
	test_squid();
	test_dragen();
	test_annofuse();
	test_oncokb();
	test_mangled_headers();
	test_names_as_written();
	test_auto_unknown();
	return unit_done();
}
