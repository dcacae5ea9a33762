/*
 * caller_star_fusion.c
 *		STAR-Fusion star-fusion.fusion_predictions(.abridged).tsv.
 *
 * Columns (STAR-Fusion wiki, https://github.com/STAR-Fusion/STAR-Fusion/wiki):
 * #FusionName (A--B), JunctionReadCount (split reads), SpanningFragCount,
 * LeftGene/RightGene (SYMBOL^ENSG...), LeftBreakpoint/RightBreakpoint
 * (chr:pos:strand); with --examine_coding_effect CDS_LEFT_ID/CDS_RIGHT_ID
 * and PROT_FUSION_TYPE (INFRAME/FRAMESHIFT).  Older releases wrote
 * JunctionReads/SpanningFrags.  LeftGene is the 5' partner.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

static const CallColumnNames star_columns[] = {
	{NTRK_COL_NAME, {"FusionName", "fusion_name"}},
	{NTRK_COL_GENE1, {"LeftGene"}},
	{NTRK_COL_GENE2, {"RightGene"}},
	{NTRK_COL_BP1, {"LeftBreakpoint"}},
	{NTRK_COL_BP2, {"RightBreakpoint"}},
	{NTRK_COL_SPLIT1, {"JunctionReadCount", "JunctionReads"}},
	{NTRK_COL_SPAN, {"SpanningFragCount", "SpanningFrags"}},
	{NTRK_COL_FRAME, {"PROT_FUSION_TYPE"}},
	{NTRK_COL_TX1, {"CDS_LEFT_ID"}},
	{NTRK_COL_TX2, {"CDS_RIGHT_ID"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

const CallFormatDef call_format_star_fusion = {
	.name = "star-fusion",
	.columns = star_columns,
	.n_columns = CALL_N_OF(star_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_GENE1},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = false,
	.extract = call_extract_ordered_pair,
};
