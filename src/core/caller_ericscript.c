/*
 * caller_ericscript.c
 *		EricScript <sample>.results.total.tsv and .results.filtered.tsv.
 *
 * Columns (EricScript wiki, https://sourceforge.net/p/ericscript/wiki/
 * EricScript%20Output, and lib/R/MakeResults.R of EricScript 0.5.5):
 * GeneName1 (5' gene) GeneName2 (3' gene), chr1 Breakpoint1 strand1 and
 * chr2 Breakpoint2 strand2 (of the 5' and 3' gene), crossingreads
 * (discordant pairs), spanningreads (reads across the junction),
 * fusiontype, ..., EricScore.  The names are the opposite of STAR-Fusion's:
 * spanningreads are the split reads.  Breakpoint1/2 hold "Unable to predict
 * breakpoint position" when EricScript could not place the junction.  A run
 * that finds nothing writes the single line "No Chimeric Transcript found!"
 * (caller_reader.c reads that as an empty file).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

static const CallColumnNames ericscript_columns[] = {
	{NTRK_COL_GENE1, {"GeneName1"}},
	{NTRK_COL_GENE2, {"GeneName2"}},
	{NTRK_COL_CHROM1, {"chr1"}},
	{NTRK_COL_POS1, {"Breakpoint1", "GenomicBreakpoint1"}},
	{NTRK_COL_CHROM2, {"chr2"}},
	{NTRK_COL_POS2, {"Breakpoint2", "GenomicBreakpoint2"}},
	{NTRK_COL_SPLIT1, {"spanningreads"}},
	{NTRK_COL_SPAN, {"crossingreads"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

/* Is the span a position (digits only)? */
static bool
is_position(NtrkCallSpan s)
{
	size_t		i;

	for (i = 0; i < s.len; i++)
		if (s.ptr[i] < '0' || s.ptr[i] > '9')
			return false;
	return s.len > 0;
}

/*
 * GeneName1 is 5', GeneName2 3'.  A breakpoint EricScript could not place
 * is left out, with a note.
 */
static void
extract_ericscript(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
				   NtrkCall *call)
{
	int			i;

	for (i = 0; i < 2; i++)
	{
		NtrkCallSpan pos = call_col(r, f, n, i ? NTRK_COL_POS2 : NTRK_COL_POS1);
		char	   *bp = i ? call->breakpoint3 : call->breakpoint5;

		if (bp[0] != '\0' && !is_position(pos))
		{
			bp[0] = '\0';
			call_msg_add(call->note, "%s breakpoint not given (\"%.*s\")",
						 i ? "3'" : "5'", SPAN_ARGS(pos));
		}
	}
	call_extract_ordered_pair(r, f, n, call);
}

const CallFormatDef call_format_ericscript = {
	.name = "ericscript",
	.columns = ericscript_columns,
	.n_columns = CALL_N_OF(ericscript_columns),
	.need_all = {NTRK_COL_GENE1, NTRK_COL_GENE2, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_ericscript,
};
