/*
 * caller_arriba.c
 *		Arriba fusions.tsv.
 *
 * Columns (Arriba documentation, https://arriba.readthedocs.io/en/latest/
 * output-files/): #gene1 (5') gene2 (3'), strand1(gene/fusion) and
 * strand2(gene/fusion) whose fusion strand is '.' when Arriba could not
 * predict the orientation, breakpoint1/2, type (5'-5' and 3'-3' cannot give
 * a chimeric protein), split_reads1/2, discordant_mates, reading_frame,
 * transcript_id1/2; intergenic breakpoints list the nearest genes
 * "A(dist),B(dist)", '.' when there is none: such a side is an unknown
 * partner ("?"), with the nearest genes in the note.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

static const CallColumnNames arriba_columns[] = {
	{NTRK_COL_GENE1, {"gene1"}},
	{NTRK_COL_GENE2, {"gene2"}},
	{NTRK_COL_STRAND1, {"strand1(gene/fusion)"}},
	{NTRK_COL_STRAND2, {"strand2(gene/fusion)"}},
	{NTRK_COL_BP1, {"breakpoint1"}},
	{NTRK_COL_BP2, {"breakpoint2"}},
	{NTRK_COL_TYPE, {"type"}},
	{NTRK_COL_SPLIT1, {"split_reads1"}},
	{NTRK_COL_SPLIT2, {"split_reads2"}},
	{NTRK_COL_SPAN, {"discordant_mates"}},
	{NTRK_COL_FRAME, {"reading_frame"}},
	{NTRK_COL_TX1, {"transcript_id1"}},
	{NTRK_COL_TX2, {"transcript_id2"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

/*
 * Arriba: gene1 is 5' when Arriba could predict the orientation.  A '.' as
 * fusion strand means it could not; type 5'-5' or 3'-3' joins two ends
 * that cannot make a 5'->3' chimera.
 */
static void
extract_arriba(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	CallSide	s[2];
	NtrkCallSpan st1 = call_col(r, f, n, NTRK_COL_STRAND1);
	NtrkCallSpan st2 = call_col(r, f, n, NTRK_COL_STRAND2);
	NtrkCallSpan type = call_col(r, f, n, NTRK_COL_TYPE);
	bool		guaranteed = true;
	int			i;

	memset(s, 0, sizeof(s));
	for (i = 0; i < 2; i++)
	{
		NtrkCallSpan st = i ? st2 : st1;
		const char *slash = st.len ? memchr(st.ptr, '/', st.len) : NULL;

		s[i].gene = call_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
		s[i].tx = call_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		s[i].label = i ? "gene2" : "gene1";
		(void) call_side_intergenic(&s[i], call);
		if (slash != NULL && slash + 1 < st.ptr + st.len && slash[1] == '.')
			guaranteed = false;
	}
	if (!guaranteed)
		call_msg_add(call->note, "Arriba could not predict the orientation (strands %.*s, %.*s)",
					 SPAN_ARGS(st1), SPAN_ARGS(st2));
	if (call_span_contains(type, "5'-5'") || call_span_contains(type, "3'-3'"))
	{
		guaranteed = false;
		call_msg_add(call->note, "type %.*s joins two like ends: no 5'->3' chimera", SPAN_ARGS(type));
	}
	call_finish_pair(call, &s[0], &s[1], guaranteed);
}

const CallFormatDef call_format_arriba = {
	.name = "arriba",
	.columns = arriba_columns,
	.n_columns = CALL_N_OF(arriba_columns),
	.need_all = {NTRK_COL_GENE1, NTRK_COL_BP1, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_arriba,
};
