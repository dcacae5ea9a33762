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

#include <stdio.h>
#include <string.h>

#include "caller_cbioportal.h"

#include "call_breakpoints.h"
#include "genome_build.h"
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
	{NTRK_COL_DESC1, {"Site1_Description"}},
	{NTRK_COL_DESC2, {"Site2_Description"}},
	{NTRK_COL_DNA_SUPPORT, {"DNA_Support"}},
	{NTRK_COL_RNA_SUPPORT, {"RNA_Support"}},
	{NTRK_COL_BUILD, {"NCBI_Build"}},
};

static const CallColumnNames cbio_fusions_columns[] = {
	{NTRK_COL_SAMPLE, {"Tumor_Sample_Barcode", "Sample_Id"}},
	{NTRK_COL_NAME, {"Fusion"}},
	{NTRK_COL_GENE1, {"Hugo_Symbol"}},
	{NTRK_COL_FRAME, {"Frame"}},
	{NTRK_COL_METHOD, {"Method"}},
};


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

/* One site's location columns (everything but the gene). */
typedef struct SiteLocation
{
	NtrkCallSpan chrom;
	NtrkCallSpan pos;
	NtrkCallSpan tx;
	NtrkCallSpan exon;
	NtrkCallSpan region;
} SiteLocation;

static void
swap_locations(SiteLocation *a, SiteLocation *b)
{
	SiteLocation t = *a;

	*a = *b;
	*b = t;
}

/*
 * Site columns that do not line up: when Site1_Description names
 * Site2_Hugo_Symbol's gene and Site2_Description names Site1's, the
 * positions, exons and transcripts follow the descriptions (the symbol
 * columns were swapped).  A site without a symbol takes the gene its
 * description names.
 */
static void
align_sites(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
			char g[2][NTRK_SYMBOL_MAX + 1], NtrkCallSpan genespan[2],
			SiteLocation loc[2], NtrkCall *call)
{
	char		d[2][NTRK_SYMBOL_MAX + 1];
	int			i;

	for (i = 0; i < 2; i++)
	{
		NtrkCallSpan desc = call_value_or_none(call_col(r, f, n, i ? NTRK_COL_DESC2 : NTRK_COL_DESC1));

		ntrk_cbio_description_gene(desc.ptr, desc.len, d[i]);
	}
	if (g[0][0] && g[1][0] && strcmp(g[0], g[1]) != 0 &&
		strcmp(d[0], g[1]) == 0 && strcmp(d[1], g[0]) == 0)
	{
		swap_locations(&loc[0], &loc[1]);
		call_msg_add(call->note, "Site1/Site2 positions follow Site1_Description and Site2_Description (%s, %s), not the Hugo symbol columns",
				d[0], d[1]);
		return;
	}
	for (i = 0; i < 2; i++)
	{
		if (g[i][0] == '\0' && d[i][0] != '\0' && strcmp(d[i], g[1 - i]) != 0)
		{
			memcpy(g[i], d[i], sizeof(g[i]));
			genespan[i].ptr = g[i];
			genespan[i].len = strlen(g[i]);
			call_msg_add(call->note, "Site%d gene %s taken from Site%d_Description", i + 1, g[i], i + 1);
		}
		else if (g[i][0] && d[i][0] && strcmp(d[i], g[i]) != 0)
			call_msg_add(call->note, "Site%d_Description names %s, not Site%d_Hugo_Symbol %s",
					i + 1, d[i], i + 1, g[i]);
	}
}

/* Is a yes/no column "yes"? */
static bool
column_yes(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCallColumn col)
{
	NtrkCallSpan v = call_col(r, f, n, col);

	return call_span_is(v, "yes") || call_span_is(v, "true") || call_span_is(v, "y");
}

/*
 * The 5'->3' order of genes a and b: +1 a first, -1 b first, 0 unknown;
 * source names the column that said so.  An RNA-panel Event_Info lists the
 * bait gene first and is not used.
 */
static int
cbio_order(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
		   const char *a, const char *b, const CbioEventInfo *ev,
		   NtrkCall *call, const char **source)
{
	static const struct
	{
		NtrkCallColumn col;
		const char *name;
	}			texts[] = {
		{NTRK_COL_EVENT_INFO, "Event_Info"},
		{NTRK_COL_ANNOTATION, "Annotation"},
		{NTRK_COL_COMMENTS, "Comments"},
	};
	NtrkCallSpan connection = call_col(r, f, n, NTRK_COL_CONNECTION);
	int			order = 0;
	int			conn;
	int			i;

	*source = NULL;
	/* "fusion between genes X ... and Y ...", "kinase domain of Y" */
	for (i = 1; i < CALL_N_OF(texts) && order == 0; i++)
	{
		NtrkCallSpan t = call_col(r, f, n, texts[i].col);
		char		g5[NTRK_SYMBOL_MAX + 1];
		char		g3[NTRK_SYMBOL_MAX + 1];
		bool		has_frame;
		NtrkFrame	frame;

		if (t.len == 0)
			continue;
		if (ntrk_cbio_fusion_between(t.ptr, t.len, g5, g3, &has_frame, &frame))
		{
			if (strcmp(g5, a) == 0 && strcmp(g3, b) == 0)
				order = 1;
			else if (strcmp(g5, b) == 0 && strcmp(g3, a) == 0)
				order = -1;
		}
		if (order == 0 && ntrk_cbio_kinase_domain_gene(t.ptr, t.len, g3))
			order = strcmp(g3, b) == 0 ? 1 : strcmp(g3, a) == 0 ? -1 : 0;
		if (order != 0)
			*source = texts[i].name;
	}
	for (i = 0; i < CALL_N_OF(texts) && order == 0; i++)
	{
		NtrkCallSpan t = call_col(r, f, n, texts[i].col);

		if (t.len == 0 || (i == 0 && ev->bait_first))
			continue;
		order = ntrk_call_order_from_text(t.ptr, t.len, a, b);
		if (order != 0)
			*source = texts[i].name;
	}
	conn = ntrk_call_order_from_connection(connection.ptr, connection.len);
	if (order == 0 && conn != 0)
	{
		order = conn;
		*source = "Connection_Type";
	}
	else if (order != 0 && conn != 0 && conn != order)
		call_msg_add(call->note, "Connection_Type %.*s disagrees with %s",
				SPAN_ARGS(connection), *source);
	return order;
}

/*
 * Exons and transcripts that Comments or Annotation state for the 5' and 3'
 * genes replace the site columns' (an RNA panel gives them only there).
 */
static void
cbio_text_exons(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
				CallSide *s5, CallSide *s3, const char *g5, const char *g3,
				char digits[2][12], NtrkCall *call)
{
	static const NtrkCallColumn cols[] = {NTRK_COL_COMMENTS, NTRK_COL_ANNOTATION};
	int			c;
	int			k;

	for (k = 0; k < 2; k++)
	{
		CallSide   *side = k ? s3 : s5;
		const char *gene = k ? g3 : g5;

		for (c = 0; c < CALL_N_OF(cols); c++)
		{
			NtrkCallSpan t = call_col(r, f, n, cols[c]);
			int			exon;
			const char *tx;
			size_t		tx_len;

			if (t.len == 0 ||
				!ntrk_cbio_gene_exon(t.ptr, t.len, gene, k == 0, &exon, &tx, &tx_len))
				continue;
			if (exon > 0)
			{
				snprintf(digits[k], sizeof(digits[k]), "%d", exon);
				side->exon.ptr = digits[k];
				side->exon.len = strlen(digits[k]);
				side->region = CALL_NO_SPAN;
			}
			if (tx_len > 0)
			{
				side->tx.ptr = tx;
				side->tx.len = tx_len;
			}
			if (exon > 0)
				call_msg_add(call->note, "%s exon %s%s%.*s from %s", gene, digits[k],
						tx_len > 0 ? " of " : "", (int) tx_len, tx_len > 0 ? tx : "",
						cols[c] == NTRK_COL_COMMENTS ? "Comments" : "Annotation");
			else
				call_msg_add(call->note, "%s transcript %.*s from %s", gene, (int) tx_len, tx,
						cols[c] == NTRK_COL_COMMENTS ? "Comments" : "Annotation");
			break;
		}
	}
}

/*
 * A structural variant with one gene (the other site in no gene): an
 * intragenic event gives GENE-intragenic; anything else is no fusion of two
 * genes and gives a row without a fusion, with a note, not an error.
 */
static void
cbio_one_gene(const char *gene, int missing_site, NtrkCall *call)
{
	char		text[NTRK_SYMBOL_MAX + 16];
	NtrkParseError err;

	if (call->evidence == NTRK_EV_INTRAGENIC)
	{
		snprintf(text, sizeof(text), "%s-intragenic", gene);
		if (ntrk_fusion_parse(text, strlen(text), &call->fusion, &err))
		{
			call->has_fusion = true;
			return;
		}
	}
	call_msg_add(call->note, "one-gene structural variant: Site%d lies in no gene, so this is not a fusion of two genes",
			missing_site);
}

/*
 * cBioPortal data_sv: Site1/Site2 in some order.  The 5' partner comes from
 * Comments or Annotation ("fusion between genes X ... and Y", "kinase
 * domain of Y"), then Event_Info (unless it lists an RNA panel's bait
 * first), Annotation, Comments, then Connection_Type; when none says, the
 * fusion keeps Site1 first with the order marked unknown.  The evidence
 * column says what the file calls the event (ntrk_cbio_read_event_info).
 */
static void
extract_cbio_sv(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	CallSide	site[2];
	SiteLocation loc[2];
	NtrkCallSpan genespan[2];
	char		g[2][NTRK_SYMBOL_MAX + 1];
	char		digits[2][12];
	NtrkCallSpan event_info = call_col(r, f, n, NTRK_COL_EVENT_INFO);
	CbioEventInfo ev;
	int			order = 0;
	const char *source = NULL;
	bool		comment_frame = false;
	NtrkFrame	frame = NTRK_FRAME_UNKNOWN;
	int			i;

	ntrk_cbio_read_event_info(event_info.ptr, event_info.len, &ev);
	call->evidence = ev.evidence;
	memset(site, 0, sizeof(site));

	for (i = 0; i < 2; i++)
	{
		genespan[i] = call_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
		loc[i].chrom = call_col(r, f, n, i ? NTRK_COL_CHROM2 : NTRK_COL_CHROM1);
		loc[i].pos = call_col(r, f, n, i ? NTRK_COL_POS2 : NTRK_COL_POS1);
		loc[i].tx = call_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		loc[i].exon = call_col(r, f, n, i ? NTRK_COL_EXON2 : NTRK_COL_EXON1);
		loc[i].region = call_col(r, f, n, i ? NTRK_COL_REGION2 : NTRK_COL_REGION1);
		word_gene(genespan[i].ptr, call_span_missing(genespan[i]) ? 0 : genespan[i].len, g[i]);
	}
	align_sites(r, f, n, g, genespan, loc, call);
	for (i = 0; i < 2; i++)
	{
		site[i].gene = genespan[i];
		site[i].tx = loc[i].tx;
		site[i].exon = loc[i].exon;
		site[i].region = loc[i].region;
		site[i].label = i ? "Site2" : "Site1";
	}
	call_set_breakpoint_parts(call->breakpoint5, loc[0].chrom, loc[0].pos, call);
	call_set_breakpoint_parts(call->breakpoint3, loc[1].chrom, loc[1].pos, call);

	/* Evidence the free text adds when Event_Info says nothing known. */
	for (i = 0; i < 2; i++)
	{
		NtrkCallSpan t = call_col(r, f, n, i ? NTRK_COL_ANNOTATION : NTRK_COL_COMMENTS);
		char		a5[NTRK_SYMBOL_MAX + 1];
		char		a3[NTRK_SYMBOL_MAX + 1];
		bool		hf;
		NtrkFrame	fr;

		if (t.len > 0 && ntrk_cbio_fusion_between(t.ptr, t.len, a5, a3, &hf, &fr))
		{
			if (hf && !comment_frame)
			{
				comment_frame = true;
				frame = fr;
			}
			if (call->evidence == NTRK_EV_NONE || call->evidence == NTRK_EV_DNA_REARRANGEMENT)
				call->evidence = NTRK_EV_PROTEIN_FUSION;
		}
	}
	/* A breakpoint in a UTR joins transcripts, not coding sequence. */
	if (call->evidence == NTRK_EV_NONE || call->evidence == NTRK_EV_DNA_REARRANGEMENT)
		for (i = 0; i < 2; i++)
		{
			NtrkCallSpan desc = call_col(r, f, n, i ? NTRK_COL_DESC2 : NTRK_COL_DESC1);

			if (call_span_contains(desc, "utr of") || call_span_contains(desc, "utr-of"))
			{
				call->evidence = NTRK_EV_TRANSCRIPT_FUSION;
				call_msg_add(call->note, "Site%d breakpoint in a UTR (%.*s)", i + 1, SPAN_ARGS(desc));
				break;
			}
		}
	/* A generic "Fusion" label with RNA support is an RNA-level call. */
	if (call->evidence == NTRK_EV_DNA_REARRANGEMENT && column_yes(r, f, n, NTRK_COL_RNA_SUPPORT))
		call->evidence = NTRK_EV_RNA_FUSION;
	if (call->evidence == NTRK_EV_NONE)
	{
		if (column_yes(r, f, n, NTRK_COL_RNA_SUPPORT))
			call->evidence = NTRK_EV_RNA_FUSION;
		else if (column_yes(r, f, n, NTRK_COL_DNA_SUPPORT))
			call->evidence = NTRK_EV_DNA_REARRANGEMENT;
	}

	/* One gene only: not an error. */
	if ((g[0][0] == '\0') != (g[1][0] == '\0'))
	{
		int			known = g[0][0] ? 0 : 1;

		if (call->evidence == NTRK_EV_NONE &&
			(call_span_contains(event_info, "intragenic") || call_span_contains(event_info, "within transcript")))
			call->evidence = NTRK_EV_INTRAGENIC;
		cbio_one_gene(g[known], 2 - known, call);
		call_set_frame(call_col(r, f, n, NTRK_COL_FRAME), true, call);
		return;
	}
	/* NCBI_Build (GRCh37, GRCh38, hg19, 37 ...) gives the row's build */
	{
		NtrkCallSpan b = call_col(r, f, n, NTRK_COL_BUILD);
		const char *build = call_span_missing(b) ? NULL :
			ntrk_genome_build_normalise(b.ptr, b.len);

		if (build != NULL)
			call->genome_build = strcmp(build, "GRCh38") == 0 ? 38 : 37;
		else if (!call_span_missing(b))
			call_msg_add(call->note, "NCBI_Build \"%.*s\" is not a build ntrk knows", SPAN_ARGS(b));
	}

	if (g[0][0] != '\0' && g[1][0] != '\0' && strcmp(g[0], g[1]) != 0)
		order = cbio_order(r, f, n, g[0], g[1], &ev, call, &source);

	if (order < 0)
	{
		char		tmp[NTRK_CALL_BP_MAX];

		memcpy(tmp, call->breakpoint5, sizeof(tmp));
		memcpy(call->breakpoint5, call->breakpoint3, sizeof(tmp));
		memcpy(call->breakpoint3, tmp, sizeof(tmp));
		cbio_text_exons(r, f, n, &site[1], &site[0], g[1], g[0], digits, call);
		call_finish_pair(call, &site[1], &site[0], true);
	}
	else
	{
		if (order > 0)
			cbio_text_exons(r, f, n, &site[0], &site[1], g[0], g[1], digits, call);
		call_finish_pair(call, &site[0], &site[1], order > 0);
	}

	if (order != 0)
	{
		call->order_inferred = true;
		call_msg_add(call->note, "5'->3' order from %s", source);
	}
	else if (call->has_fusion && call->fusion.kind == NTRK_KIND_CHIMERIC)
		call_msg_add(call->note, "5'->3' order unknown: Site1/Site2 are not 5'/3' and no Event_Info, Annotation, Comments or Connection_Type gives it%s",
				ev.bait_first ? " (an RNA panel's Event_Info lists the bait gene first)" : "");

	call_set_frame(call_col(r, f, n, NTRK_COL_FRAME), true, call);
	if (!call->has_frame && ev.has_frame)
	{
		call->has_frame = true;
		call->frame = ev.frame;
	}
	if (!call->has_frame && comment_frame)
	{
		call->has_frame = true;
		call->frame = frame;
	}

	/* MSK site descriptions and lab comments may name the NTRK exon */
	{
		static const struct
		{
			int			col;
			const char *name;
			bool		site;
		}			texts[] = {
			{NTRK_COL_DESC1, "Site1_Description", true},
			{NTRK_COL_DESC2, "Site2_Description", true},
			{NTRK_COL_COMMENTS, "Comments", false},
			{NTRK_COL_EVENT_INFO, "Event_Info", false},
		};

		for (i = 0; i < (int) CALL_N_OF(texts); i++)
		{
			NtrkCallSpan t = call_col(r, f, n, texts[i].col);

			if (!call_span_missing(t))
				ntrk_call_exon_from_text(call, texts[i].name, t.ptr, t.len, texts[i].site);
		}
	}
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
