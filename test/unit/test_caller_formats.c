/*
 * test_caller_formats.c
 *		Unit tests of the caller/portal formats: detection, header-driven
 *		columns, 5'->3' order (cBioPortal inference, Arriba unknown strands),
 *		exons from introns, counts, frames, and rows that fail but are kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caller_formats.h"
#include "unit.h"

#include "caller_load.h"

static void
test_format_names(void)
{
	NtrkCallFormat f;

	UNIT_OK(ntrk_call_format_lookup("STAR-Fusion", 11, &f) && f == NTRK_FMT_STAR_FUSION,
			"format lookup ignores case and '-'");
	UNIT_OK(ntrk_call_format_lookup("cbioportal_sv", 13, &f) && f == NTRK_FMT_CBIO_SV,
			"format lookup ignores '_'");
	UNIT_OK(!ntrk_call_format_lookup("vcf", 3, &f), "unknown format refused");
	UNIT_STREQ(ntrk_call_format_name(NTRK_FMT_CBIO_FUSIONS), "cbioportal-fusions", "canonical name");
}

static void
test_star_fusion(void)
{
	const char *star =
		"#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint\tPROT_FUSION_TYPE\tCDS_LEFT_ID\tCDS_RIGHT_ID\r\n"
		"ETV6--NTRK3\t31\t12\tONLY_REF_SPLICE\tETV6^ENSG00000139083.11\tchr12:11869969:+\tNTRK3^ENSG00000140538.17\tchr15:87940753:-\tINFRAME\tENST00000396373.9\tENST00000394480.6\r\n"
		"NTRK3--ETV6\t2\t0\tONLY_REF_SPLICE\tNTRK3^ENSG00000140538.17\tchr15:87940800:-\tETV6^ENSG00000139083.11\tchr12:11870000:+\tFRAMESHIFT\t.\t.";

	UNIT_OK(load(star, NTRK_FMT_AUTO) == 2, "STAR-Fusion: two calls (CRLF, no final newline)");
	UNIT_STREQ(detected, "star-fusion", "STAR-Fusion detected from #FusionName");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "LeftGene is 5' (^ENSG stripped)");
	UNIT_OK(got[0].split == 31 && got[0].span == 12, "junction and spanning counts");
	UNIT_STREQ(got[0].frame, "in_frame", "INFRAME");
	UNIT_STREQ(got[0].tx5, "ENST00000396373.9", "CDS_LEFT_ID as transcript5");
	UNIT_STREQ(got[0].bp3, "chr15:87940753:-", "RightBreakpoint");
	UNIT_STREQ(got[1].fusion, "NTRK3::ETV6", "reciprocal call kept as NTRK3::ETV6");
	UNIT_STREQ(got[1].tx5, "", "'.' transcript is no transcript");
	UNIT_OK(got[1].line == 3, "line numbers count the header");
}

static void
test_arriba(void)
{
	const char *arriba =
		"#gene1\tgene2\tstrand1(gene/fusion)\tstrand2(gene/fusion)\tbreakpoint1\tbreakpoint2\tsite1\tsite2\ttype\tsplit_reads1\tsplit_reads2\tdiscordant_mates\tconfidence\treading_frame\ttranscript_id1\ttranscript_id2\n"
		"TPM3\tNTRK1\t-/-\t+/+\t1:154170400\t1:156874906\tsplice-site\tsplice-site\tinversion\t10\t7\t5\thigh\tin-frame\tENST00000651641\tENST00000524377\n"
		"NTRK1\tLMNA\t+/.\t+/.\t1:156874906\t1:156130773\texon\texon\tdeletion\t1\t0\t0\tlow\t.\t.\t.\n"
		"ETV6\tNTRK3\t+/+\t-/-\t12:11869969\t15:87940753\tsplice-site\tsplice-site\ttranslocation/5'-5'\t3\t1\t0\tlow\tout-of-frame\t.\t.\n"
		"AC010149.4(51146),RP11-1C8.7(4266)\tNTRK1\t./+\t+/+\t2:1000\t1:156874906\tintergenic\tsplice-site\ttranslocation\t2\t2\t1\tlow\t.\t.\t.\n";

	UNIT_OK(load(arriba, NTRK_FMT_ARRIBA) == 4, "Arriba: four calls");
	UNIT_STREQ(got[0].fusion, "TPM3::NTRK1", "gene1 is 5'");
	UNIT_OK(got[0].split == 17 && got[0].span == 5, "split_reads1 + split_reads2; discordant mates");
	UNIT_STREQ(got[0].frame, "in_frame", "reading_frame");
	UNIT_STREQ(got[0].tx3, "ENST00000524377", "transcript_id2");
	UNIT_STREQ(got[1].fusion, "NTRK1/LMNA", "fusion strand '.': order not guaranteed");
	UNIT_OK(strstr(got[1].note, "could not predict") != NULL, "note says why");
	UNIT_STREQ(got[1].frame, "", "'.' frame is no frame");
	UNIT_STREQ(got[2].fusion, "ETV6/NTRK3", "5'-5' type: order not guaranteed");
	UNIT_STREQ(got[2].frame, "out_of_frame", "out-of-frame");
	UNIT_STREQ(got[3].fusion, "?::NTRK1", "intergenic breakpoint: the partner is unknown");
	UNIT_STREQ(got[3].error, "", "an intergenic breakpoint is no error");
	UNIT_OK(strstr(got[3].note, "AC010149.4 (51146 bp away), RP11-1C8.7 (4266 bp away)") != NULL,
			"the note names the nearest genes: %s", got[3].note);
}

static void
test_fusioncatcher(void)
{
	const char *fc =
		"Gene_1_symbol(5end_fusion_partner)\tGene_2_symbol(3end_fusion_partner)\tFusion_description\tCounts_of_common_mapping_reads\tSpanning_pairs\tSpanning_unique_reads\tLongest_anchor_found\tFusion_finding_method\tFusion_point_for_gene_1(5end_fusion_partner)\tFusion_point_for_gene_2(3end_fusion_partner)\tGene_1_id(5end_fusion_partner)\tGene_2_id(3end_fusion_partner)\tExon_1_id(5end_fusion_partner)\tExon_2_id(3end_fusion_partner)\tFusion_sequence\tPredicted_effect\n"
		"ETV6\tNTRK3\tknown,oncogene\t0\t15\t10\t34\tBOWTIE;BOWTIE+BLAT\t12:11869969:+\t15:87940753:-\tENSG00000139083\tENSG00000140538\t\t\tACGT*GGTA\tin-frame\n"
		"NTRK3\tETV6\treciprocal\t0\t3\t2\t20\tBOWTIE\t15:87940800:-\t12:11870000:+\tENSG00000140538\tENSG00000139083\t\t\tTTAA*CCGG\tUTR/CDS\n";

	UNIT_OK(load(fc, NTRK_FMT_AUTO) == 2, "FusionCatcher: both reciprocal calls");
	UNIT_STREQ(detected, "fusioncatcher", "detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "Gene_1 is 5'");
	UNIT_OK(got[0].split == 10 && got[0].span == 15, "unique reads as split, pairs as spanning");
	UNIT_STREQ(got[0].frame, "in_frame", "Predicted_effect in-frame");
	UNIT_STREQ(got[1].fusion, "NTRK3::ETV6", "reciprocal");
	UNIT_OK(got[1].frame[0] == '\0' && got[1].note[0] == '\0',
			"location-type effect UTR/CDS: no frame and no note");
}

static void
test_jaffa(void)
{
	const char *jaffa =
		"\xEF\xBB\xBF\"sample\",\"fusion genes\",\"chrom1\",\"base1\",\"strand1\",\"chrom2\",\"base2\",\"strand2\",\"gap (kb)\",\"spanning pairs\",\"spanning reads\",\"inframe\",\"aligns\",\"rearrangement\",\"contig\",\"contig break\",\"classification\",\"known\"\n"
		"\"S1\",\"ETV6:NTRK3\",\"chr12\",11869969,\"+\",\"chr15\",87940753,\"-\",\"Inf\",8,12,TRUE,TRUE,TRUE,\"S1-1\",150,\"HighConfidence\",\"Yes\"\n"
		"\"S2, lab \"\"B\"\"\",\"LMNA:NTRK1\",\"chr1\",156130773,\"+\",\"chr1\",156874906,\"+\",744,2,5,\"-\",TRUE,FALSE,\"S2-1\",90,\"MediumConfidence\",\"No\"\n";

	UNIT_OK(load(jaffa, NTRK_FMT_AUTO) == 2, "JAFFA: BOM, quoted CSV");
	UNIT_STREQ(detected, "jaffa", "detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "A:B is 5'->3'");
	UNIT_STREQ(got[0].bp5, "chr12:11869969", "chrom1:base1");
	UNIT_OK(got[0].split == 12 && got[0].span == 8, "spanning reads / pairs");
	UNIT_STREQ(got[0].frame, "in_frame", "inframe TRUE");
	UNIT_STREQ(got[1].sample, "S2, lab \"B\"", "quoted sample with comma and doubled quotes");
	UNIT_STREQ(got[1].frame, "", "inframe '-' is unknown");
}

static void
test_cbio_sv(void)
{
	const char *sv =
		"Sample_Id\tSV_Status\tSite1_Hugo_Symbol\tSite1_Ensembl_Transcript_Id\tSite1_Region_Number\tSite1_Region\tSite1_Chromosome\tSite1_Position\tSite2_Hugo_Symbol\tSite2_Ensembl_Transcript_Id\tSite2_Region_Number\tSite2_Region\tSite2_Chromosome\tSite2_Position\tSite2_Effect_On_Frame\tClass\tTumor_Split_Read_Count\tTumor_Paired_End_Read_Count\tEvent_Info\tConnection_Type\tAnnotation\tComments\n"
		/* Site1 is the 3' gene; Event_Info names the order */
		"P1\tSOMATIC\tNTRK3\tENST00000394480\t15\tExon\t15\t87940753\tETV6\tENST00000396373\t5\tExon\t12\t11869969\tIn_frame\tTRANSLOCATION\t20\t4\tProtein fusion: in frame (ETV6-NTRK3)\tNA\tNA\tNA\n"
		/* braces style */
		"P2\tSOMATIC\tNTRK1\tNA\tNA\tNA\t1\t156874906\tTPM3\tNA\tNA\tNA\t1\t154170400\tNA\tINVERSION\tNA\tNA\tProtein Fusion: in frame  {TPM3:NTRK1}\tNA\tNA\tNA\n"
		/* Annotation text */
		"P3\tSOMATIC\tNTRK1\t\t\t\t\t\tLMNA\t\t\t\t\t\t\tDELETION\t\t\t\t\tLMNA (NM_170707) - NTRK1 (NM_002529) fusion (LMNA exons 1-2 fused with NTRK1 exons 11-17)\t\n"
		/* Connection_Type only; introns */
		"P4\tSOMATIC\tETV6\tENST00000396373\t5\tIntron\t12\t11870500\tNTRK3\tENST00000394480\t14\tIntron\t15\t87950000\tNA\tTRANSLOCATION\t\t\t\t3to5\t\t\n"
		/* nothing says: order unknown */
		"P5\tSOMATIC\tNTRK2\t\t\t\t\t\tAGBL4\t\t\t\t\t\t\tTRANSLOCATION\t\t\t\t\t\t\n"
		/* one gene only */
		"P6\tSOMATIC\tNTRK1\t\t\t\t\t\t\t\t\t\t\t\t\tTRANSLOCATION\t\t\t\t\t\t\n"
		/* Connection 5to3 (Site2 is 5') and Event_Info agrees */
		"P7\tSOMATIC\tNTRK3\t\t\t\t\t\tETV6\t\t\t\t\t\tOut-of-frame\tTRANSLOCATION\t\t\tETV6-NTRK3 fusion\t5to3\t\t\n";

	UNIT_OK(load(sv, NTRK_FMT_AUTO) == 7, "cBioPortal SV: seven calls");
	UNIT_STREQ(detected, "cbioportal-sv", "detected");
	UNIT_STREQ(got[0].fusion, "ENST00000396373(ETV6):e.5::ENST00000394480(NTRK3):e.15",
			   "Site1/Site2 swapped from Event_Info (ETV6-NTRK3), exons and transcripts follow");
	UNIT_OK(got[0].inferred, "order flagged as inferred");
	UNIT_STREQ(got[0].bp5, "12:11869969", "breakpoints swapped too");
	UNIT_OK(got[0].exon5 == 5 && got[0].exon3 == 15, "exon columns follow the roles");
	UNIT_STREQ(got[0].frame, "in_frame", "Site2_Effect_On_Frame");
	UNIT_OK(got[0].split == 20 && got[0].span == 4, "tumour read counts");
	UNIT_STREQ(got[1].fusion, "TPM3::NTRK1", "Event_Info {TPM3:NTRK1}");
	UNIT_STREQ(got[1].frame, "in_frame", "frame from Event_Info words when the column is NA");
	UNIT_STREQ(got[2].fusion, "NM_170707(LMNA):e.2::NM_002529(NTRK1):e.11",
			   "Annotation 'LMNA (NM_) - NTRK1 (NM_) fusion (LMNA exons 1-2 fused with NTRK1 exons 11-17)': order, exons, transcripts");
	UNIT_OK(strstr(got[2].note, "Annotation") != NULL, "note names the source");
	UNIT_STREQ(got[3].fusion, "ENST00000396373(ETV6):e.5::ENST00000394480(NTRK3):e.15",
			   "Connection_Type 3to5: Site1 is 5'; intron 5 -> exon 5, intron 14 -> exon 15");
	UNIT_STREQ(got[4].fusion, "NTRK2/AGBL4", "no source: Site1 first, order not guaranteed");
	UNIT_OK(!got[4].inferred && strstr(got[4].note, "order unknown") != NULL, "and says so");
	UNIT_STREQ(got[5].fusion, "", "one gene only: no fusion");
	UNIT_OK(got[5].error[0] == '\0' && strstr(got[5].note, "Site2 lies in no gene") != NULL,
			"a one-gene SV is a row, not an error; the note names the empty site");
	UNIT_STREQ(got[6].fusion, "ETV6::NTRK3", "Connection_Type 5to3: Site2 is 5'");
	UNIT_OK(got[6].note[0] != '\0' && strstr(got[6].note, "disagrees") == NULL,
			"Event_Info and Connection_Type agree: no conflict note");
	UNIT_STREQ(got[6].frame, "out_of_frame", "Out-of-frame");
}

static void
test_cbio_sv_old(void)
{
	const char *sv =
		"#metadata line\n"
		"Sample_Id\tSite1_Hugo_Symbol\tSite1_Exon\tSite2_Hugo_Symbol\tSite2_Exon\tSite2_Effect_On_Frame\tEvent_Info\tConnection_Type\tExternal_Annotation\tLength\n"
		"P1\tETV6\t5\tNTRK3\t15\tIN_FRAME\tETV6-NTRK3 fusion\t5to3\tCOSF571\t0\n";

	UNIT_OK(load(sv, NTRK_FMT_CBIO_SV) == 1, "older cBioPortal columns");
	UNIT_STREQ(got[0].fusion, "ETV6(e5)::NTRK3(e15)", "Site1_Exon/Site2_Exon");
	UNIT_OK(strstr(got[0].note, "Connection_Type 5to3 disagrees with Event_Info") != NULL,
			"conflict between Event_Info and Connection_Type is noted");
	UNIT_STREQ(got[0].frame, "in_frame", "IN_FRAME");
}

static void
test_cbio_fusions(void)
{
	const char *fu =
		"Hugo_Symbol\tEntrez_Gene_Id\tCenter\tTumor_Sample_Barcode\tFusion\tDNA_support\tRNA_support\tMethod\tFrame\n"
		"NTRK1\t4914\tMSKCC\tS1\tTPM3-NTRK1 fusion\tyes\tunknown\tNA\tin-frame\n"
		"TPM3\t7170\tMSKCC\tS1\tTPM3-NTRK1 fusion\tyes\tunknown\tNA\tin-frame\n"
		"NTRK2\t4915\tMSKCC\tS2\tNTRK2-intragenic\tyes\tno\tArcher\tunknown\n"
		"FOO1\t0\tMSKCC\tS3\tETV6-NTRK3 fusion\tyes\tno\tNA\tin-frame\n"
		"MLL\t4297\tMSKCC\tS4\tKMT2A-MLLT3 fusion\tyes\tno\tNA\tin-frame\n";

	UNIT_OK(load(fu, NTRK_FMT_AUTO) == 5, "data_fusions: one row per gene, all kept");
	UNIT_STREQ(detected, "cbioportal-fusions", "detected");
	UNIT_STREQ(got[0].fusion, "TPM3/NTRK1", "hyphen: order as written, not guaranteed");
	UNIT_STREQ(got[1].fusion, "TPM3/NTRK1", "second gene's row, same event");
	UNIT_STREQ(got[2].fusion, "NTRK2-intragenic", "intragenic");
	UNIT_STREQ(got[0].sample, "S1", "Tumor_Sample_Barcode");
	UNIT_OK(got[3].fusion[0] == '\0' && strstr(got[3].error, "Hugo_Symbol") != NULL,
			"a Fusion that does not involve the line's gene is not kept");
	UNIT_STREQ(got[4].fusion, "KMT2A/MLLT3", "Hugo_Symbol compared by approved symbol (MLL = KMT2A)");
}

static void
test_sample_fusion(void)
{
	const char *two = "# registry export\nS1\tETV6::NTRK3\nS2\tFOO1-BAR2\nS3\n\nS4\tLMNA--NTRK1\textra\n";
	const char *hdr = "fusion,sample\nETV6-NTRK3,S9\n";
	const char *one = "just one column\n";

	UNIT_OK(load(two, NTRK_FMT_AUTO) == 4, "sample-fusion without header: blank line skipped");
	UNIT_STREQ(detected, "sample-fusion", "detected");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "first");
	UNIT_OK(got[1].fusion[0] == '\0' && strstr(got[1].error, "splits") != NULL,
			"unparseable fusion kept with the parser's reason");
	UNIT_OK(strstr(got[2].error, "two columns") != NULL, "one-column line kept with an error");
	UNIT_OK(got[3].line == 6 && strcmp(got[3].fusion, "LMNA::NTRK1") == 0,
			"extra column ignored; line number counts comment and blank lines");
	UNIT_OK(load(hdr, NTRK_FMT_SAMPLE_FUSION) == 1 && strcmp(got[0].sample, "S9") == 0 &&
			strcmp(got[0].fusion, "ETV6/NTRK3") == 0, "header in any order, comma-separated");
	UNIT_OK(load(one, NTRK_FMT_AUTO) == -1, "auto: a one-column line fits no format");
}

static void
test_missing_header(void)
{
	const char *nohdr = "ETV6\tNTRK3\t+/+\t-/-\n";

	UNIT_OK(load(nohdr, NTRK_FMT_ARRIBA) == 1 && strstr(got[0].error, "no arriba header") != NULL,
			"named format without its header: the line is kept with an error");
}

static void
test_messy(void)
{
	const char *messy =
		"\xEF\xBB\xBF## STAR-Fusion export\r\n"
		"#FusionName\tLeftGene\tRightGene\tJunctionReadCount\tSpanningFragCount\tmy_lab_id\r\n"
		"ETV6--NTRK3\tETV6^ENSG1\tNTRK3^ENSG2\t5\t2\tlab\vid 1\r\n"
		"\r\n"
		"# comment in the middle\r\n"
		"#FusionName\tLeftGene\tRightGene\tJunctionReadCount\tSpanningFragCount\tmy_lab_id\r\n"
		"LMNA--NTRK1\tLMNA^ENSG3\tNTRK1^ENSG4\tx\t\t\"q\"\r\n"
		"\t\t\t\t\t\n"
		"BCAN--NTRK1\tBCAN^ENSG5\tNTRK1\v^ENSG6\t1\t1\t";

	UNIT_OK(load(messy, NTRK_FMT_AUTO) == 3, "messy STAR-Fusion file: three calls");
	UNIT_STREQ(got[0].fusion, "ETV6::NTRK3", "after BOM and metadata");
	UNIT_OK(got[0].line == 3, "line 3");
	UNIT_OK(got[1].split == -1 && strstr(got[1].note, "not a whole number") != NULL,
			"bad count: NULL with a note");
	UNIT_OK(got[1].span == -1, "empty count: NULL");
	UNIT_OK(got[2].fusion[0] == '\0' && strstr(got[2].error, "0x0b") != NULL,
			"vertical tab inside a gene: error, row kept, not split");
}

/* After the header, a "#" line with the header's columns is a row, not a comment. */
static void
test_hash_row(void)
{
	const char *arriba =
		"#gene1\tgene2\tstrand1(gene/fusion)\tstrand2(gene/fusion)\tbreakpoint1\tbreakpoint2\treading_frame\n"
		"ETV6\tNTRK3\t-/-\t-/-\t12:11869969\t15:87940753\tin-frame\n"
		"# a note\n"
		"#TPM3\tNTRK1\t-/-\t+/+\t1:154170400\t1:156874906\tin-frame\n";

	UNIT_OK(load(arriba, NTRK_FMT_AUTO) == 2,
			"a '#' line with every column is a row; a short one is a comment");
	UNIT_OK(got[1].line == 4 && got[1].fusion[0] == '\0' && got[1].error[0] != '\0',
			"the '#' row comes back, with an error, not dropped");
}

static void
test_text_order(void)
{
	UNIT_OK(ntrk_call_order_from_text("Protein fusion: out of frame (TMPRSS2-ERG)", 42, "TMPRSS2", "ERG") == 1,
			"(A-B)");
	UNIT_OK(ntrk_call_order_from_text("Protein fusion: out of frame (TMPRSS2-ERG)", 42, "ERG", "TMPRSS2") == -1,
			"(A-B) with the sites the other way round");
	UNIT_OK(ntrk_call_order_from_text("{EML4:ALK}", 10, "EML4", "ALK") == 1, "{A:B}");
	UNIT_OK(ntrk_call_order_from_text("fusion TRKA-TPM3 reported", 25, "TPM3", "NTRK1") == -1,
			"aliases resolved (TRKA = NTRK1)");
	UNIT_OK(ntrk_call_order_from_text("ETV6 and NTRK3", 14, "ETV6", "NTRK3") == 0,
			"'A and B' gives no order");
	UNIT_OK(ntrk_call_order_from_text("(ETV6-RUNX1)", 12, "ETV6", "NTRK3") == 0,
			"other genes: no order");
	UNIT_OK(ntrk_call_order_from_connection(" 3to5 ", 6) == 1 &&
			ntrk_call_order_from_connection("5TO3", 4) == -1 &&
			ntrk_call_order_from_connection("5to5", 4) == 0,
			"Connection_Type words");
}

static void
test_build(void)
{
	NtrkFusion	f;
	NtrkParseError err;
	char		text[NTRK_FUSION_TEXT_MAX];
	NtrkCallSpan a = {"ETV6", 4},
				b = {"NTRK3", 5},
				t1 = {"NM_001987.5", 11},
				none = {NULL, 0},
				bad = {"XYZ", 3};

	UNIT_OK(ntrk_call_build_fusion(a, b, 5, 15, t1, none, true, &f, &err), "build with exons");
	ntrk_fusion_format(&f, text);
	UNIT_STREQ(text, "NM_001987.5(ETV6):e.5::NTRK3(e15)", "transcript only on the side that has one");
	UNIT_OK(ntrk_call_build_fusion(a, b, 0, 0, t1, none, false, &f, &err), "build without exons");
	ntrk_fusion_format(&f, text);
	UNIT_STREQ(text, "ETV6/NTRK3", "transcript without exon is left out; order not guaranteed");
	UNIT_OK(!ntrk_call_build_fusion(a, b, 5, 0, bad, none, true, &f, &err) && err.detail[0] != '\0',
			"a bad transcript is an error from the parser");
}

int
main(void)
{
	test_format_names();
	test_star_fusion();
	test_arriba();
	test_fusioncatcher();
	test_jaffa();
	test_cbio_sv();
	test_cbio_sv_old();
	test_cbio_fusions();
	test_sample_fusion();
	test_missing_header();
	test_messy();
	test_hash_row();
	test_text_order();
	test_build();
	return unit_done();
}
