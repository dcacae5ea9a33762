/*
 * caller_squid.c
 *		SQuID's structural variants annotated with genes by its
 *		utils/AnnotateSQUIDOutput.py.
 *
 * Columns (SQuID, https://github.com/Kingsford-Group/squid, README and
 * utils/AnnotateSQUIDOutput.py): "# chrom1 start1 end1 chrom2 start2 end2
 * name score strand1 strand2 Type FusedGenes".  Type is fusion-gene or
 * non-fusion-gene; FusedGenes is "." or a comma-separated list of
 * "5'GENE:3'GENE" pairs, the 5' gene first, one per compatible combination
 * of the genes the two ends overlap.  SQuID's own <prefix>_sv.txt names no
 * genes and is not read (its header is reported as unknown).
 *
 * chrom1/chrom2 are the two ends of the rearrangement, not the 5' and 3'
 * genes, and their positions are 0-based: they are not turned into
 * breakpoints.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

static const CallColumnNames squid_columns[] = {
	{NTRK_COL_NAME, {"FusedGenes"}},
	{NTRK_COL_TYPE, {"Type"}},
	{NTRK_COL_CHROM1, {"chrom1"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

/* Does a "G5:G3" pair name an NTRK gene? */
static bool
pair_has_ntrk(NtrkCallSpan pair)
{
	NtrkCallSpan a,
				b;
	int			i;

	if (!call_split_sides(pair, ":", &a, &b))
		return false;
	for (i = 0; i < 2; i++)
	{
		NtrkCallSpan g = i ? b : a;

		if (call_span_is(g, "ntrk1") || call_span_is(g, "ntrk2") || call_span_is(g, "ntrk3"))
			return true;
	}
	return false;
}

/*
 * One "G5:G3" pair of FusedGenes: the one naming an NTRK gene when there is
 * one (ntrk is about those), otherwise the first; the others are named in
 * the note.
 */
static void
extract_squid(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
			  NtrkCall *call)
{
	NtrkCallSpan genes = call_col(r, f, n, NTRK_COL_NAME);
	NtrkCallSpan chosen = CALL_NO_SPAN;
	NtrkCallSpan a,
				b;
	CallSide	s[2];
	size_t		start = 0,
				i;
	int			pairs = 0;

	if (call_span_missing(genes))
	{
		NtrkCallSpan type = call_col(r, f, n, NTRK_COL_TYPE);

		if (call_span_is(type, "non-fusion-gene"))
			call_msg_add(call->note, "SQuID: a rearrangement that fuses no genes (non-fusion-gene)");
		else
			call_msg_add(call->error, "no genes in FusedGenes");
		return;
	}
	for (i = 0; i <= genes.len; i++)
		if (i == genes.len || genes.ptr[i] == ',')
		{
			NtrkCallSpan p = {genes.ptr + start, i - start};

			start = i + 1;
			ntrk_delim_trim(&p.ptr, &p.len);
			if (p.len == 0)
				continue;
			pairs++;
			if (chosen.len == 0 || (!pair_has_ntrk(chosen) && pair_has_ntrk(p)))
				chosen = p;
		}
	if (pairs > 1)
		call_msg_add(call->note, "FusedGenes lists %d gene pairs (%.*s); read %.*s",
					 pairs, SPAN_ARGS(genes), SPAN_ARGS(chosen));
	if (!call_split_sides(chosen, ":", &a, &b))
	{
		call_msg_add(call->error, "FusedGenes \"%.*s\" is not written 5'GENE:3'GENE",
					 SPAN_ARGS(chosen));
		return;
	}
	memset(s, 0, sizeof(s));
	s[0].gene = a;
	s[0].label = "5' gene of FusedGenes";
	s[1].gene = b;
	s[1].label = "3' gene of FusedGenes";
	call_finish_pair(call, &s[0], &s[1], true);
}

const CallFormatDef call_format_squid = {
	.name = "squid",
	.columns = squid_columns,
	.n_columns = CALL_N_OF(squid_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_CHROM1, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.own_sites = true,
	.extract = extract_squid,
};
