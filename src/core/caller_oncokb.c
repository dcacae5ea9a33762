/*
 * caller_oncokb.c
 *		The input files of oncokb-annotator: structural variants
 *		(StructuralVariantAnnotator.py) and fusions (FusionAnnotator.py).
 *
 * Columns (oncokb-annotator, https://github.com/oncokb/oncokb-annotator,
 * README.md, AnnotatorCore.py and data/example_sv.txt):
 *	- structural variants: Tumor_Sample_Barcode (or SAMPLE_ID), GeneA (or
 *	  SITE1_GENE), GeneB (or SITE2_GENE), Sv_Type (or SV_CLASS_NAME,
 *	  CLASS): DELETION, TRANSLOCATION, DUPLICATION, INSERTION, INVERSION,
 *	  FUSION, UNKNOWN.  GeneA equal to GeneB is an intragenic event.  The
 *	  annotator sends GeneA and GeneB as a pair without order, so the fusion
 *	  is read without a 5'->3' order.  An empty GeneB leaves the partner
 *	  unknown.
 *	- fusions: Tumor_Sample_Barcode and Fusion ("ALK-EML4", "ETV6-RUNX1
 *	  fusion", "MLL2-intragenic"), read by the fusion notation parser: a
 *	  single '-' states no order.  A fusion file with GeneA/GeneB columns is
 *	  read by those, as the annotator does.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

static const CallColumnNames oncokb_sv_columns[] = {
	{NTRK_COL_SAMPLE, {"Tumor_Sample_Barcode", "Sample_Id"}},
	{NTRK_COL_GENE1, {"GeneA", "Site1_Gene"}},
	{NTRK_COL_GENE2, {"GeneB", "Site2_Gene"}},
	{NTRK_COL_TYPE, {"Sv_Type", "Sv_Class_Name", "Class"}},
};

static const CallColumnNames oncokb_fusion_columns[] = {
	{NTRK_COL_SAMPLE, {"Tumor_Sample_Barcode"}},
	{NTRK_COL_NAME, {"Fusion"}},
};

/* GeneA and GeneB, without order; a missing GeneB is an unknown partner. */
static void
extract_oncokb_sv(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
				  NtrkCall *call)
{
	CallSide	s[2];
	int			i;

	memset(s, 0, sizeof(s));
	for (i = 0; i < 2; i++)
	{
		s[i].gene = call_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
		s[i].label = i ? "GeneB" : "GeneA";
	}
	if (call_span_missing(s[1].gene) && !call_span_missing(s[0].gene))
	{
		s[1].unknown = true;
		call_msg_add(call->note, "GeneB is empty; partner unknown");
	}
	call_finish_pair(call, &s[0], &s[1], false);
}

/* The Fusion notation, as the fusion type reads it. */
static void
extract_oncokb_fusion(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
					  NtrkCall *call)
{
	call_finish_notation(call, call_col(r, f, n, NTRK_COL_NAME), "Fusion");
}

const CallFormatDef call_format_oncokb_sv = {
	.name = "oncokb-sv",
	.columns = oncokb_sv_columns,
	.n_columns = CALL_N_OF(oncokb_sv_columns),
	.need_all = {NTRK_COL_GENE1, NTRK_COL_GENE2, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_oncokb_sv,
};

const CallFormatDef call_format_oncokb_fusion = {
	.name = "oncokb-fusion",
	.columns = oncokb_fusion_columns,
	.n_columns = CALL_N_OF(oncokb_fusion_columns),
	.need_all = {NTRK_COL_SAMPLE, NTRK_COL_NAME, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_oncokb_fusion,
};
