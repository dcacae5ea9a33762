/*
 * caller_cbioportal.c
 *		cBioPortal's structural-variant and (deprecated) fusion files, and
 *		the orientation helpers they need.
 *
 * Columns (cBioPortal file formats, https://docs.cbioportal.org/
 * file-formats/#structural-variant-data):
 *	- data_sv.txt: Sample_Id, Site1_/Site2_Hugo_Symbol,
 *	  _Ensembl_Transcript_Id, _Region_Number (older: _Exon), _Region,
 *	  _Chromosome, _Position, Site2_Effect_On_Frame, Tumor_Split_Read_Count,
 *	  Tumor_Paired_End_Read_Count, Event_Info, Connection_Type, Annotation,
 *	  Comments.  Site1/Site2 are NOT 5'/3' (the format's own description
 *	  contradicts itself on this), so the order is taken from Event_Info,
 *	  Annotation, Comments or Connection_Type and flagged as inferred.
 *	- data_fusions.txt (deprecated): Hugo_Symbol, Tumor_Sample_Barcode,
 *	  Fusion (notation), Method, Frame; one line per gene, so each event
 *	  usually comes twice.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <string.h>

#include "ntrk_ascii.h"

static const CallColumnNames cbio_sv_columns[] = {
	{NTRK_COL_SAMPLE, {"Sample_Id", "Tumor_Sample_Barcode"}},
	{NTRK_COL_GENE1, {"Site1_Hugo_Symbol"}},
	{NTRK_COL_GENE2, {"Site2_Hugo_Symbol"}},
	{NTRK_COL_TX1, {"Site1_Ensembl_Transcript_Id"}},
	{NTRK_COL_TX2, {"Site2_Ensembl_Transcript_Id"}},
	{NTRK_COL_EXON1, {"Site1_Region_Number", "Site1_Exon"}},
	{NTRK_COL_EXON2, {"Site2_Region_Number", "Site2_Exon"}},
	{NTRK_COL_REGION1, {"Site1_Region"}},
	{NTRK_COL_REGION2, {"Site2_Region"}},
	{NTRK_COL_CHROM1, {"Site1_Chromosome"}},
	{NTRK_COL_POS1, {"Site1_Position"}},
	{NTRK_COL_CHROM2, {"Site2_Chromosome"}},
	{NTRK_COL_POS2, {"Site2_Position"}},
	{NTRK_COL_FRAME, {"Site2_Effect_On_Frame"}},
	{NTRK_COL_SPLIT1, {"Tumor_Split_Read_Count"}},
	{NTRK_COL_SPAN, {"Tumor_Paired_End_Read_Count"}},
	{NTRK_COL_EVENT_INFO, {"Event_Info"}},
	{NTRK_COL_CONNECTION, {"Connection_Type"}},
	{NTRK_COL_ANNOTATION, {"Annotation"}},
	{NTRK_COL_COMMENTS, {"Comments"}},
};

static const CallColumnNames cbio_fusions_columns[] = {
	{NTRK_COL_SAMPLE, {"Tumor_Sample_Barcode", "Sample_Id"}},
	{NTRK_COL_NAME, {"Fusion"}},
	{NTRK_COL_GENE1, {"Hugo_Symbol"}},
	{NTRK_COL_FRAME, {"Frame"}},
	{NTRK_COL_METHOD, {"Method"}},
};


/* Frame words inside cBioPortal Event_Info ("Protein fusion: in frame (...)"). */
static void
cbio_frame_from_text(NtrkCallSpan s, NtrkCall *call)
{
	if (call_span_contains(s, "out of frame") || call_span_contains(s, "out-of-frame") ||
		call_span_contains(s, "frameshift"))
	{
		call->has_frame = true;
		call->frame = NTRK_FRAME_OUT;
	}
	else if (call_span_contains(s, "in frame") || call_span_contains(s, "in-frame"))
	{
		call->has_frame = true;
		call->frame = NTRK_FRAME_IN;
	}
}

/*
 * data_fusions.txt has one line per gene of the event: the fusion read from
 * its Fusion column must involve the line's Hugo_Symbol.  A mismatch means
 * the notation was misread ("FOO1-BAR2 fusion" with unlisted genes reads as
 * one gene) or the line is inconsistent; either way the fusion is not kept.
 */
static void
check_row_gene(NtrkCall *call, NtrkCallSpan hugo)
{
	char		gene[NTRK_SYMBOL_MAX + 1];
	bool		listed;

	if (!call->has_fusion || call_span_missing(hugo))
		return;
	if (ntrk_gene_normalise(hugo.ptr, hugo.len, gene, &listed) &&
		ntrk_fusion_has_gene(&call->fusion, gene))
		return;
	call->has_fusion = false;
	call_msg_add(call->error, "the fusion read from Fusion does not involve this line's Hugo_Symbol \"%.*s\"",
			SPAN_ARGS(hugo));
}

/* ------------------------------------------------------------------------
 * cBioPortal orientation
 * ------------------------------------------------------------------------
 */

/* Does a candidate text name a and b as a fusion?  +1 a first, -1 b first. */
static int
candidate_order(const char *s, size_t len, const char *a, const char *b)
{
	NtrkFusion	f;
	NtrkParseError err;

	ntrk_delim_trim(&s, &len);
	while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ',' || s[len - 1] == ';'))
		len--;
	if (len == 0 || len > NTRK_FUSION_MAX_INPUT)
		return 0;
	if (!ntrk_fusion_parse(s, len, &f, &err) || f.kind != NTRK_KIND_CHIMERIC)
		return 0;
	if (strcmp(f.p5.symbol, a) == 0 && strcmp(f.p3.symbol, b) == 0)
		return 1;
	if (strcmp(f.p5.symbol, b) == 0 && strcmp(f.p3.symbol, a) == 0)
		return -1;
	return 0;
}

/* Approved symbol of a word, or "" when it is not a symbol. */
static void
word_gene(const char *s, size_t len, char *out)
{
	bool		listed;

	out[0] = '\0';
	if (!ntrk_gene_normalise(s, len, out, &listed))
		out[0] = '\0';
}

/* Is the word a separator between two genes in free text? */
static bool
is_pair_separator(const char *s, size_t len)
{
	return (len == 1 && (s[0] == '-' || s[0] == ':' || s[0] == '/')) ||
		(len == 2 && (memcmp(s, "--", 2) == 0 || memcmp(s, "::", 2) == 0 ||
					  memcmp(s, "->", 2) == 0));
}

/*
 * "A (NM_...) - B (NM_...) fusion": words outside brackets, gene, separator,
 * gene.
 */
static int
order_from_words(const char *text, size_t len, const char *a, const char *b)
{
	const char *w[3] = {NULL, NULL, NULL};
	size_t		wl[3] = {0, 0, 0};
	size_t		i = 0;
	int			depth = 0;

	while (i < len)
	{
		size_t		start;

		if (text[i] == '(' || text[i] == '[' || text[i] == '{')
		{
			depth++;
			i++;
			continue;
		}
		if (text[i] == ')' || text[i] == ']' || text[i] == '}')
		{
			if (depth > 0)
				depth--;
			i++;
			continue;
		}
		if ((unsigned char) text[i] <= ' ' || depth > 0)
		{
			i++;
			continue;
		}
		start = i;
		while (i < len && (unsigned char) text[i] > ' ' && text[i] != '(' &&
			   text[i] != '[' && text[i] != '{')
			i++;
		w[0] = w[1];
		wl[0] = wl[1];
		w[1] = w[2];
		wl[1] = wl[2];
		w[2] = text + start;
		wl[2] = i - start;
		if (w[0] != NULL && is_pair_separator(w[1], wl[1]))
		{
			char		g1[NTRK_SYMBOL_MAX + 1];
			char		g2[NTRK_SYMBOL_MAX + 1];
			size_t		l2 = wl[2];

			while (l2 > 0 && (w[2][l2 - 1] == '.' || w[2][l2 - 1] == ',' || w[2][l2 - 1] == ';'))
				l2--;
			word_gene(w[0], wl[0], g1);
			word_gene(w[2], l2, g2);
			if (g1[0] && g2[0] && strcmp(g1, a) == 0 && strcmp(g2, b) == 0)
				return 1;
			if (g1[0] && g2[0] && strcmp(g1, b) == 0 && strcmp(g2, a) == 0)
				return -1;
		}
	}
	return 0;
}

int
ntrk_call_order_from_text(const char *text, size_t len, const char *a,
						  const char *b)
{
	size_t		i;
	int			o;

	/* 1. Bracketed pairs: "(ETV6-NTRK3)", "{ETV6:NTRK3}", "[ETV6::NTRK3]". */
	for (i = 0; i < len; i++)
	{
		char		close = text[i] == '(' ? ')' : text[i] == '{' ? '}' : text[i] == '[' ? ']' : 0;
		const char *end;

		if (close == 0)
			continue;
		end = memchr(text + i + 1, close, len - i - 1);
		if (end == NULL)
			continue;
		o = candidate_order(text + i + 1, (size_t) (end - text - i - 1), a, b);
		if (o != 0)
			return o;
	}
	/* 2. The whole text: "ETV6-NTRK3 fusion". */
	o = candidate_order(text, len, a, b);
	if (o != 0)
		return o;
	/* 3. Each word: "... detected: ETV6::NTRK3." */
	i = 0;
	while (i < len)
	{
		size_t		start;

		while (i < len && (unsigned char) text[i] <= ' ')
			i++;
		start = i;
		while (i < len && (unsigned char) text[i] > ' ')
			i++;
		if (i > start)
		{
			o = candidate_order(text + start, i - start, a, b);
			if (o != 0)
				return o;
		}
	}
	/* 4. "A (NM_...) - B (NM_...) fusion". */
	return order_from_words(text, len, a, b);
}

int
ntrk_call_order_from_connection(const char *text, size_t len)
{
	NtrkCallSpan s = {text, len};

	ntrk_delim_trim(&s.ptr, &s.len);
	if (call_span_is(s, "3to5"))
		return 1;
	if (call_span_is(s, "5to3"))
		return -1;
	return 0;
}

/*
 * cBioPortal data_sv: Site1/Site2 in some order.  The 5' partner comes from
 * Event_Info, then Annotation, then Comments, then Connection_Type; when
 * none says, the fusion keeps Site1 first with the order marked unknown.
 */
static void
extract_cbio_sv(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	CallSide	site[2];
	char		g[2][NTRK_SYMBOL_MAX + 1];
	static const struct
	{
		NtrkCallColumn col;
		const char *name;
	}			sources[] = {
		{NTRK_COL_EVENT_INFO, "Event_Info"},
		{NTRK_COL_ANNOTATION, "Annotation"},
		{NTRK_COL_COMMENTS, "Comments"},
	};
	int			order = 0;
	const char *source = NULL;
	int			conn;
	NtrkCallSpan connection = call_col(r, f, n, NTRK_COL_CONNECTION);
	int			i;

	memset(site, 0, sizeof(site));
	for (i = 0; i < 2; i++)
	{
		site[i].gene = call_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
		site[i].tx = call_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		site[i].exon = call_col(r, f, n, i ? NTRK_COL_EXON2 : NTRK_COL_EXON1);
		site[i].region = call_col(r, f, n, i ? NTRK_COL_REGION2 : NTRK_COL_REGION1);
		site[i].label = i ? "Site2" : "Site1";
		word_gene(site[i].gene.ptr, call_span_missing(site[i].gene) ? 0 : site[i].gene.len, g[i]);
	}
	call_set_breakpoint_parts(call->breakpoint5, call_col(r, f, n, NTRK_COL_CHROM1),
						 call_col(r, f, n, NTRK_COL_POS1), call);
	call_set_breakpoint_parts(call->breakpoint3, call_col(r, f, n, NTRK_COL_CHROM2),
						 call_col(r, f, n, NTRK_COL_POS2), call);

	if (g[0][0] != '\0' && g[1][0] != '\0' && strcmp(g[0], g[1]) != 0)
	{
		for (i = 0; i < CALL_N_OF(sources) && order == 0; i++)
		{
			NtrkCallSpan t = call_col(r, f, n, sources[i].col);

			if (t.len > 0)
				order = ntrk_call_order_from_text(t.ptr, t.len, g[0], g[1]);
			if (order != 0)
				source = sources[i].name;
		}
		conn = ntrk_call_order_from_connection(connection.ptr, connection.len);
		if (order == 0 && conn != 0)
		{
			order = conn;
			source = "Connection_Type";
		}
		else if (order != 0 && conn != 0 && conn != order)
			call_msg_add(call->note, "Connection_Type %.*s disagrees with %s",
					SPAN_ARGS(connection), source);
	}

	if (order < 0)
	{
		char		tmp[NTRK_CALL_BP_MAX];

		memcpy(tmp, call->breakpoint5, sizeof(tmp));
		memcpy(call->breakpoint5, call->breakpoint3, sizeof(tmp));
		memcpy(call->breakpoint3, tmp, sizeof(tmp));
		call_finish_pair(call, &site[1], &site[0], true);
	}
	else
		call_finish_pair(call, &site[0], &site[1], order > 0);

	if (order != 0)
	{
		call->order_inferred = true;
		call_msg_add(call->note, "5'->3' order from %s", source);
	}
	else if (call->has_fusion && call->fusion.kind == NTRK_KIND_CHIMERIC)
		call_msg_add(call->note, "5'->3' order unknown: Site1/Site2 are not 5'/3' and no Event_Info, Annotation, Comments or Connection_Type gives it");

	call_set_frame(call_col(r, f, n, NTRK_COL_FRAME), true, call);
	if (!call->has_frame)
		cbio_frame_from_text(call_col(r, f, n, NTRK_COL_EVENT_INFO), call);
}


/* data_fusions.txt: the Fusion notation, checked against Hugo_Symbol. */
static void
extract_cbio_fusions(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
					 NtrkCall *call)
{
	call_finish_notation(call, call_col(r, f, n, NTRK_COL_NAME), "Fusion");
	check_row_gene(call, call_col(r, f, n, NTRK_COL_GENE1));
}

const CallFormatDef call_format_cbio_sv = {
	.name = "cbioportal-sv",
	.columns = cbio_sv_columns,
	.n_columns = CALL_N_OF(cbio_sv_columns),
	.need_all = {CALL_COL_NONE, CALL_COL_NONE, CALL_COL_NONE},
	.need_any = {NTRK_COL_GENE1, NTRK_COL_GENE2},
	.frame_strict = true,
	.own_sites = true,
	.extract = extract_cbio_sv,
};

const CallFormatDef call_format_cbio_fusions = {
	.name = "cbioportal-fusions",
	.columns = cbio_fusions_columns,
	.n_columns = CALL_N_OF(cbio_fusions_columns),
	.need_all = {NTRK_COL_NAME, NTRK_COL_GENE1, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
	.frame_strict = true,
	.extract = extract_cbio_fusions,
};
