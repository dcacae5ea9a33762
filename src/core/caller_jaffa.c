/*
 * caller_jaffa.c
 *		JAFFA jaffa_results.csv.
 *
 * Columns (JAFFA wiki, https://github.com/Oshlack/JAFFA/wiki): CSV with
 * "fusion genes" (A:B, 5' first), chrom1 base1 chrom2 base2,
 * "spanning pairs", "spanning reads", inframe (TRUE/FALSE/-).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

static const CallColumnNames jaffa_columns[] = {
	{NTRK_COL_SAMPLE, {"sample"}},
	{NTRK_COL_NAME, {"fusion genes"}},
	{NTRK_COL_CHROM1, {"chrom1"}},
	{NTRK_COL_POS1, {"base1"}},
	{NTRK_COL_CHROM2, {"chrom2"}},
	{NTRK_COL_POS2, {"base2"}},
	{NTRK_COL_SPLIT1, {"spanning reads"}},
	{NTRK_COL_SPAN, {"spanning pairs"}},
	{NTRK_COL_FRAME, {"inframe"}},
};

/* The "fusion genes" notation A:B, 5' first. */
static void
extract_jaffa(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	call_finish_notation(call, call_col(r, f, n, NTRK_COL_NAME), "\"fusion genes\"");
}

const CallFormatDef call_format_jaffa = {
	.name = "jaffa",
	.columns = jaffa_columns,
	.n_columns = CALL_N_OF(jaffa_columns),
	.need_all = {NTRK_COL_NAME, CALL_COL_NONE, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_jaffa,
};
