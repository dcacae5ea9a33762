/*
 * caller_dragen.c
 *		Illumina DRAGEN RNA gene fusions, <prefix>.fusion_candidates.final.
 *
 * Columns (DRAGEN RNA pipeline, Gene Fusion Detection,
 * https://help.dragen.illumina.com/product-guides/dragen-v4.5/dragen-rna-pipeline/gene-fusion-detection;
 * checked against the test file of umccr/RNAsum):
 * #FusionGene (A--B) Score LeftBreakpoint RightBreakpoint (chr:pos:strand)
 * Gene1Location Gene2Location Gene1Sense Gene2Sense Gene1Id Gene2Id
 * NumSplitReads NumSoftClippedReads NumPairedReads ReadNames; releases
 * before 3.9 wrote #FusionGene Score LeftBreakpoint RightBreakpoint
 * ReadNames only.  A side that overlaps several genes lists them with ';'
 * ("NRIP1--AF127577.4;LINC02246"): that partner is unknown, its genes are
 * named in the note.  DRAGEN's documentation does not state that the first
 * gene is the 5' one, so the order as written is flagged (order_inferred).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

static const CallColumnNames dragen_columns[] = {
	{NTRK_COL_NAME, {"FusionGene"}},
	{NTRK_COL_BP1, {"LeftBreakpoint"}},
	{NTRK_COL_BP2, {"RightBreakpoint"}},
	{NTRK_COL_SPLIT1, {"NumSplitReads"}},
	{NTRK_COL_SPAN, {"NumPairedReads"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

/* FusionGene "A--B", each side one gene or a ';' list of genes. */
static void
extract_dragen(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
			   NtrkCall *call)
{
	NtrkCallSpan name = call_col(r, f, n, NTRK_COL_NAME);
	CallSide	s[2];
	int			i;

	memset(s, 0, sizeof(s));
	if (call_span_missing(name))
	{
		call_msg_add(call->error, "no fusion in FusionGene");
		return;
	}
	if (!call_split_sides(name, "--", &s[0].gene, &s[1].gene))
	{
		call_msg_add(call->error, "FusionGene \"%.*s\" is not written GENE--GENE", SPAN_ARGS(name));
		return;
	}
	for (i = 0; i < 2; i++)
	{
		s[i].label = i ? "the second gene of FusionGene" : "the first gene of FusionGene";
		(void) call_side_several(&s[i], ';', call);
	}
	call_finish_pair(call, &s[0], &s[1], true);
	call_order_not_stated(call, "DRAGEN's documentation does not state that the first gene is 5'");
}

const CallFormatDef call_format_dragen = {
	.name = "dragen",
	.columns = dragen_columns,
	.n_columns = CALL_N_OF(dragen_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_BP1, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_dragen,
};
