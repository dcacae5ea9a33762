/*
 * caller_fusioncatcher.c
 *		FusionCatcher final-list_candidate-fusion-genes.txt.
 *
 * Columns (FusionCatcher manual, https://github.com/ndaniel/fusioncatcher/
 * blob/master/doc/manual.md): Gene_1_symbol(5end_fusion_partner),
 * Gene_2_symbol(3end_fusion_partner), Spanning_pairs, Spanning_unique_reads,
 * Fusion_point_for_gene_1/2 (chr:pos:strand), Predicted_effect (in-frame,
 * out-of-frame, or a location such as "UTR/CDS").  Reciprocal calls come as
 * separate lines.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

static const CallColumnNames fusioncatcher_columns[] = {
	{NTRK_COL_GENE1, {"Gene_1_symbol(5end_fusion_partner)"}},
	{NTRK_COL_GENE2, {"Gene_2_symbol(3end_fusion_partner)"}},
	{NTRK_COL_BP1, {"Fusion_point_for_gene_1(5end_fusion_partner)"}},
	{NTRK_COL_BP2, {"Fusion_point_for_gene_2(3end_fusion_partner)"}},
	{NTRK_COL_SPLIT1, {"Spanning_unique_reads"}},
	{NTRK_COL_SPAN, {"Spanning_pairs"}},
	{NTRK_COL_FRAME, {"Predicted_effect"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

const CallFormatDef call_format_fusioncatcher = {
	.name = "fusioncatcher",
	.columns = fusioncatcher_columns,
	.n_columns = CALL_N_OF(fusioncatcher_columns),
	.need_all = {NTRK_COL_GENE1, NTRK_COL_GENE2, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = false,
	.extract = call_extract_ordered_pair,
};
