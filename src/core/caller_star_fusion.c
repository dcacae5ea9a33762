/*
 * caller_star_fusion.c
 *		The Trinity CTAT family: STAR-Fusion, CTAT-LR-Fusion (long reads) and
 *		FusionInspector, which share #FusionName A--B and LeftGene (5') /
 *		RightGene (3').
 *
 * Columns (STAR-Fusion wiki, https://github.com/STAR-Fusion/STAR-Fusion/wiki):
 * #FusionName (A--B), JunctionReadCount (split reads), SpanningFragCount,
 * LeftGene/RightGene (SYMBOL^ENSG...), LeftBreakpoint/RightBreakpoint
 * (chr:pos:strand); with --examine_coding_effect CDS_LEFT_ID/CDS_RIGHT_ID
 * and PROT_FUSION_TYPE (INFRAME/FRAMESHIFT).  Older releases wrote
 * JunctionReads/SpanningFrags.  LeftGene is the 5' partner.
 *
 * CTAT-LR-Fusion (https://github.com/TrinityCTAT/CTAT-LR-fusion/wiki):
 * #FusionName num_LR LeftGene LeftLocalBreakpoint LeftBreakpoint RightGene
 * RightLocalBreakpoint RightBreakpoint SpliceType LR_accessions ...; the
 * left breakpoint is the splice donor, so LeftGene is 5'.  num_LR (long
 * reads across the junction) is the split-read count; with short reads
 * the FusionInspector columns are merged in (SpanningFragCount).
 *
 * FusionInspector (https://github.com/FusionInspector/FusionInspector/wiki):
 * finspector.FusionInspector.fusions(.abridged).tsv, STAR-Fusion's columns
 * plus LeftLocalBreakpoint/RightLocalBreakpoint (positions on the fusion
 * contig, which is built A--B, so LeftGene is 5').  Older releases wrote
 * #fusion_name, JunctionReads, SpanningFrags, J_FFPM and S_FFPM.
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

static const CallColumnNames ctat_lr_columns[] = {
	{NTRK_COL_NAME, {"FusionName"}},
	{NTRK_COL_GENE1, {"LeftGene"}},
	{NTRK_COL_GENE2, {"RightGene"}},
	{NTRK_COL_BP1, {"LeftBreakpoint"}},
	{NTRK_COL_BP2, {"RightBreakpoint"}},
	{NTRK_COL_SPLIT1, {"num_LR"}},
	{NTRK_COL_SPAN, {"SpanningFragCount"}},
	{NTRK_COL_FRAME, {"PROT_FUSION_TYPE"}},
	{NTRK_COL_TX1, {"CDS_LEFT_ID"}},
	{NTRK_COL_TX2, {"CDS_RIGHT_ID"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

static const CallColumnNames fusioninspector_columns[] = {
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
	{NTRK_COL_MARKER, {"LeftLocalBreakpoint", "J_FFPM"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

const CallFormatDef call_format_ctat_lr_fusion = {
	.name = "ctat-lr-fusion",
	.columns = ctat_lr_columns,
	.n_columns = CALL_N_OF(ctat_lr_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_GENE1, NTRK_COL_SPLIT1},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = false,
	.extract = call_extract_ordered_pair,
};

const CallFormatDef call_format_fusioninspector = {
	.name = "fusioninspector",
	.columns = fusioninspector_columns,
	.n_columns = CALL_N_OF(fusioninspector_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_GENE1, NTRK_COL_MARKER},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = false,
	.extract = call_extract_ordered_pair,
};

const CallFormatDef call_format_star_fusion = {
	.name = "star-fusion",
	.columns = star_columns,
	.n_columns = CALL_N_OF(star_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_GENE1, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = false,
	.extract = call_extract_ordered_pair,
};
