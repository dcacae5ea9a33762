/*
 * caller_pizzly.c
 *		pizzly's JSON flattened to a table by its scripts/flatten_json.py
 *		(bcbio-nextgen writes it as <sample>-flat.tsv and
 *		<sample>-flat-filtered.tsv).
 *
 * Columns (pizzly, https://github.com/pmelsted/pizzly, scripts/
 * flatten_json.py): geneA.name geneA.id geneB.name geneB.id paircount
 * splitcount transcripts.list.  pizzly's documentation does not say which
 * gene is 5'.  Its code builds the fused sequence as the start of a geneA
 * transcript followed by the end of a geneB transcript for the first
 * transcript pair listed, so geneA is read as 5' and the order is flagged
 * as not guaranteed (order_inferred): later transcript pairs of the same
 * genes may run the other way.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

static const CallColumnNames pizzly_columns[] = {
	{NTRK_COL_GENE1, {"geneA.name"}},
	{NTRK_COL_GENE2, {"geneB.name"}},
	{NTRK_COL_SPLIT1, {"splitcount"}},
	{NTRK_COL_SPAN, {"paircount"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

/* geneA then geneB, order flagged as not guaranteed. */
static void
extract_pizzly(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
			   NtrkCall *call)
{
	call_extract_ordered_pair(r, f, n, call);
	call_order_not_stated(call, "pizzly does not document geneA as the 5' gene");
}

const CallFormatDef call_format_pizzly = {
	.name = "pizzly",
	.columns = pizzly_columns,
	.n_columns = CALL_N_OF(pizzly_columns),
	.need_all = {NTRK_COL_GENE1, NTRK_COL_GENE2, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_pizzly,
};
