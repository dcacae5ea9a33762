/*
 * caller_annofuse.c
 *		annoFuse's standardized fusion calls (fusion_standardization).
 *
 * Columns (annoFuse, https://github.com/d3b-center/annoFuse,
 * R/fusion_standardization.R): LeftBreakpoint RightBreakpoint FusionName
 * Sample Caller Fusion_Type JunctionReadCount SpanningFragCount Confidence
 * annots Gene1A Gene2A Gene1B Gene2B BreakpointLocation SpanningDelta, and
 * after annotation more columns.  FusionName is 5'--3' as the caller gave
 * it; Caller is STARFUSION or ARRIBA (it becomes the caller column);
 * Fusion_Type is in-frame, frameshift or other.
 *
 * A '/' inside a side of FusionName.  annoFuse writes Arriba's intergenic
 * "A(d1),B(d2)" as "A/B", and splits every '/' into Gene1A/Gene2A, so it
 * cannot tell that pair from a GENCODE symbol that holds a '/'
 * (THRA1/BTR).  ntrk decides by the caller:
 *	- STARFUSION: STAR-Fusion reports genes, never intergenic pairs, so
 *	  "THRA1/BTR" is one symbol, kept as written;
 *	- ARRIBA, or any other caller: the side is an intergenic breakpoint;
 *	  the partner is unknown ("?") and the two nearest genes are named in
 *	  the note.  To read such a symbol as one gene, load Arriba's own
 *	  fusions.tsv (where an intergenic side is written "A(d1),B(d2)").
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

static const CallColumnNames annofuse_columns[] = {
	{NTRK_COL_NAME, {"FusionName"}},
	{NTRK_COL_GENE1, {"Gene1A"}},
	{NTRK_COL_GENE1_NEXT, {"Gene2A"}},
	{NTRK_COL_GENE2, {"Gene1B"}},
	{NTRK_COL_GENE2_NEXT, {"Gene2B"}},
	{NTRK_COL_BP1, {"LeftBreakpoint"}},
	{NTRK_COL_BP2, {"RightBreakpoint"}},
	{NTRK_COL_SAMPLE, {"Sample"}},
	{NTRK_COL_METHOD, {"Caller"}},
	{NTRK_COL_FRAME, {"Fusion_Type"}},
	{NTRK_COL_SPLIT1, {"JunctionReadCount"}},
	{NTRK_COL_SPAN, {"SpanningFragCount"}},
};

/* An intergenic "A/B" side: partner unknown, the two genes in the note. */
static void
read_slash_pair(CallSide *s, NtrkCall *call)
{
	const char *slash = memchr(s->gene.ptr, '/', s->gene.len);
	NtrkCallSpan a = {s->gene.ptr, (size_t) (slash - s->gene.ptr)};
	NtrkCallSpan b = {slash + 1, s->gene.len - a.len - 1};

	s->unknown = true;
	call_msg_add(call->note, "%s \"%.*s\" is an intergenic breakpoint; partner unknown, nearest genes: %.*s, %.*s",
				 s->label, SPAN_ARGS(s->gene), SPAN_ARGS(a), SPAN_ARGS(b));
}

/*
 * The sides of FusionName (Gene1A/Gene1B when it is missing), an
 * intergenic "A/B" side read as the caller column says.
 */
static void
extract_annofuse(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
				 NtrkCall *call)
{
	NtrkCallSpan name = call_col(r, f, n, NTRK_COL_NAME);
	bool		star = call_span_is(call_col(r, f, n, NTRK_COL_METHOD), "starfusion");
	CallSide	s[2];
	int			i;

	memset(s, 0, sizeof(s));
	if (call_span_missing(name) || !call_split_sides(name, "--", &s[0].gene, &s[1].gene))
	{
		for (i = 0; i < 2; i++)
		{
			NtrkCallSpan next = call_col(r, f, n, i ? NTRK_COL_GENE2_NEXT : NTRK_COL_GENE1_NEXT);

			s[i].gene = call_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
			s[i].label = i ? "Gene1B" : "Gene1A";
			if (!call_span_missing(next) && !star)
			{
				s[i].unknown = true;
				call_msg_add(call->note, "%s/%s \"%.*s/%.*s\" is an intergenic breakpoint; partner unknown",
							 s[i].label, i ? "Gene2B" : "Gene2A", SPAN_ARGS(s[i].gene), SPAN_ARGS(next));
			}
		}
	}
	else
		for (i = 0; i < 2; i++)
		{
			s[i].label = i ? "3' side of FusionName" : "5' side of FusionName";
			if (!star && memchr(s[i].gene.ptr, '/', s[i].gene.len) != NULL)
				read_slash_pair(&s[i], call);
		}
	call_finish_pair(call, &s[0], &s[1], true);
}

const CallFormatDef call_format_annofuse = {
	.name = "annofuse",
	.columns = annofuse_columns,
	.n_columns = CALL_N_OF(annofuse_columns),
	.need_all = {NTRK_COL_GENE1, NTRK_COL_GENE2, NTRK_COL_NAME},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = false,
	.extract = extract_annofuse,
};
