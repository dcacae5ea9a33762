/*
 * caller_sample_fusion.c
 *		The plain two-column file: sample<TAB>fusion, header optional.
 *		Without a header the first column is the sample and the second
 *		the fusion notation (caller_reader.c decides that).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

static const CallColumnNames sample_fusion_columns[] = {
	{NTRK_COL_SAMPLE, {"sample", "sample_id", "sampleid", "tumor_sample_barcode", "sample_name"}},
	{NTRK_COL_NAME, {"fusion", "fusion_name", "fusionname", "fusions"}},
};

/* The fusion column; a headerless line needs both columns. */
static void
extract_sample_fusion(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
					  NtrkCall *call)
{
	if (r->positional && n < 2)
		call_msg_add(call->error, "expected two columns, sample and fusion; the line has one");
	else
		call_finish_notation(call, call_col(r, f, n, NTRK_COL_NAME), "the fusion column");
}

const CallFormatDef call_format_sample_fusion = {
	.name = "sample-fusion",
	.columns = sample_fusion_columns,
	.n_columns = CALL_N_OF(sample_fusion_columns),
	.need_all = {NTRK_COL_SAMPLE, NTRK_COL_NAME, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_sample_fusion,
};
