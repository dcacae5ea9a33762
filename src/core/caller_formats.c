/*
 * caller_formats.c
 *		Column maps of the fusion callers' and portals' files, and the
 *		extraction of one call from one line (see caller_formats.h).
 *
 * Column names and meanings follow /work/shared/reference/domain.md section
 * 1.5 ([DM]), which read the callers' own documentation:
 *	- STAR-Fusion: #FusionName (A--B), JunctionReadCount (split reads),
 *	  SpanningFragCount, LeftGene/RightGene (SYMBOL^ENSG...), Left/
 *	  RightBreakpoint (chr:pos:strand); with --examine_coding_effect
 *	  CDS_LEFT_ID/CDS_RIGHT_ID and PROT_FUSION_TYPE (INFRAME/FRAMESHIFT).
 *	  Older releases wrote JunctionReads/SpanningFrags.  LeftGene is 5'.
 *	- Arriba: #gene1 (5') gene2 (3'), strand1(gene/fusion) and
 *	  strand2(gene/fusion) whose fusion strand is '.' when Arriba could not
 *	  predict the orientation, breakpoint1/2, type (5'-5' and 3'-3' cannot
 *	  give a chimeric protein), split_reads1/2, discordant_mates,
 *	  reading_frame, transcript_id1/2; intergenic breakpoints list the
 *	  nearest genes "A(dist),B(dist)", '.' when there is none.
 *	- FusionCatcher: Gene_1_symbol(5end_fusion_partner),
 *	  Gene_2_symbol(3end_fusion_partner), Spanning_pairs,
 *	  Spanning_unique_reads, Fusion_point_for_gene_1/2 (chr:pos:strand),
 *	  Predicted_effect (in-frame, out-of-frame, or a location such as
 *	  "UTR/CDS").  Reciprocal calls come as separate lines.
 *	- JAFFA: CSV with "fusion genes" (A:B, 5' first), chrom1 base1 chrom2
 *	  base2, "spanning pairs", "spanning reads", inframe (TRUE/FALSE/-).
 *	- cBioPortal data_sv.txt: Sample_Id, Site1_/Site2_Hugo_Symbol,
 *	  _Ensembl_Transcript_Id, _Region_Number (older: _Exon), _Region,
 *	  _Chromosome, _Position, Site2_Effect_On_Frame, Tumor_Split_Read_Count,
 *	  Tumor_Paired_End_Read_Count, Event_Info, Connection_Type, Annotation,
 *	  Comments.  Site1/Site2 are NOT 5'/3' ([DM]: the format's own text
 *	  contradicts itself), so the order is taken from Event_Info,
 *	  Annotation, Comments or Connection_Type and flagged as inferred.
 *	- cBioPortal data_fusions.txt (deprecated): Hugo_Symbol,
 *	  Tumor_Sample_Barcode, Fusion (notation), Method, Frame; one line per
 *	  gene, so each event usually comes twice.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_formats.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ntrk_ascii.h"

const char	ntrk_call_formats_accepted[] =
"auto, star-fusion, arriba, fusioncatcher, jaffa, cbioportal-sv, "
"cbioportal-fusions, sample-fusion";

/* Names a logical column may have in a header (first match wins). */
typedef struct ColumnNames
{
	NtrkCallColumn col;
	const char *names[5];
} ColumnNames;

/* One format: its columns and how its header is recognised. */
typedef struct FormatInfo
{
	const char *name;
	const ColumnNames *columns;
	int			n_columns;
	NtrkCallColumn need_all[2]; /* all present (NTRK_COL_COUNT = unused) */
	NtrkCallColumn need_any[2]; /* at least one present, if any listed */
	bool		frame_strict;	/* the frame column holds only frame words */
} FormatInfo;

#define NONE NTRK_COL_COUNT
#define N_OF(a) ((int) (sizeof(a) / sizeof((a)[0])))

static const ColumnNames star_columns[] = {
	{NTRK_COL_NAME, {"FusionName", "fusion_name"}},
	{NTRK_COL_GENE1, {"LeftGene"}},
	{NTRK_COL_GENE2, {"RightGene"}},
	{NTRK_COL_BP1, {"LeftBreakpoint"}},
	{NTRK_COL_BP2, {"RightBreakpoint"}},
	{NTRK_COL_SPLIT1, {"JunctionReadCount", "JunctionReads"}},
	{NTRK_COL_SPAN, {"SpanningFragCount", "SpanningFrags"}},
	{NTRK_COL_FRAME, {"PROT_FUSION_TYPE"}},
	{NTRK_COL_TX1, {"CDS_LEFT_ID"}},
	{NTRK_COL_TX2, {"CDS_RIGHT_ID"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

static const ColumnNames arriba_columns[] = {
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

static const ColumnNames fusioncatcher_columns[] = {
	{NTRK_COL_GENE1, {"Gene_1_symbol(5end_fusion_partner)"}},
	{NTRK_COL_GENE2, {"Gene_2_symbol(3end_fusion_partner)"}},
	{NTRK_COL_BP1, {"Fusion_point_for_gene_1(5end_fusion_partner)"}},
	{NTRK_COL_BP2, {"Fusion_point_for_gene_2(3end_fusion_partner)"}},
	{NTRK_COL_SPLIT1, {"Spanning_unique_reads"}},
	{NTRK_COL_SPAN, {"Spanning_pairs"}},
	{NTRK_COL_FRAME, {"Predicted_effect"}},
	{NTRK_COL_SAMPLE, {"sample", "sample_id"}},
};

static const ColumnNames jaffa_columns[] = {
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

static const ColumnNames cbio_sv_columns[] = {
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

static const ColumnNames cbio_fusions_columns[] = {
	{NTRK_COL_SAMPLE, {"Tumor_Sample_Barcode", "Sample_Id"}},
	{NTRK_COL_NAME, {"Fusion"}},
	{NTRK_COL_GENE1, {"Hugo_Symbol"}},
	{NTRK_COL_FRAME, {"Frame"}},
	{NTRK_COL_METHOD, {"Method"}},
};

static const ColumnNames sample_fusion_columns[] = {
	{NTRK_COL_SAMPLE, {"sample", "sample_id", "sampleid", "tumor_sample_barcode", "sample_name"}},
	{NTRK_COL_NAME, {"fusion", "fusion_name", "fusionname", "fusions"}},
};

/* Indexed by NtrkCallFormat; detection tries them in this order. */
static const FormatInfo formats[] = {
	[NTRK_FMT_AUTO] = {"auto", NULL, 0, {NONE, NONE}, {NONE, NONE}, false},
	[NTRK_FMT_STAR_FUSION] = {"star-fusion", star_columns, N_OF(star_columns),
	{NTRK_COL_NAME, NTRK_COL_GENE1}, {NONE, NONE}, false},
	[NTRK_FMT_ARRIBA] = {"arriba", arriba_columns, N_OF(arriba_columns),
	{NTRK_COL_GENE1, NTRK_COL_BP1}, {NONE, NONE}, true},
	[NTRK_FMT_FUSIONCATCHER] = {"fusioncatcher", fusioncatcher_columns, N_OF(fusioncatcher_columns),
	{NTRK_COL_GENE1, NTRK_COL_GENE2}, {NONE, NONE}, false},
	[NTRK_FMT_JAFFA] = {"jaffa", jaffa_columns, N_OF(jaffa_columns),
	{NTRK_COL_NAME, NONE}, {NONE, NONE}, true},
	[NTRK_FMT_CBIO_SV] = {"cbioportal-sv", cbio_sv_columns, N_OF(cbio_sv_columns),
	{NONE, NONE}, {NTRK_COL_GENE1, NTRK_COL_GENE2}, true},
	[NTRK_FMT_CBIO_FUSIONS] = {"cbioportal-fusions", cbio_fusions_columns, N_OF(cbio_fusions_columns),
	{NTRK_COL_NAME, NTRK_COL_GENE1}, {NONE, NONE}, true},
	[NTRK_FMT_SAMPLE_FUSION] = {"sample-fusion", sample_fusion_columns, N_OF(sample_fusion_columns),
	{NTRK_COL_SAMPLE, NTRK_COL_NAME}, {NONE, NONE}, true},
};

const char *
ntrk_call_format_name(NtrkCallFormat fmt)
{
	return fmt <= NTRK_FMT_LAST ? formats[fmt].name : "unknown";
}

/* Lower-case letters and digits of s, other bytes dropped; false if too long. */
static bool
compact_name(const char *s, size_t len, char *out, size_t size)
{
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
		{
			if (c == '-' || c == '_' || c == ' ')
				continue;
			return false;
		}
		if (n + 1 >= size)
			return false;
		out[n++] = c;
	}
	out[n] = '\0';
	return true;
}

bool
ntrk_call_format_lookup(const char *s, size_t len, NtrkCallFormat *out)
{
	char		want[32];
	char		have[32];
	int			f;

	if (!compact_name(s, len, want, sizeof(want)))
		return false;
	for (f = 0; f <= NTRK_FMT_LAST; f++)
	{
		(void) compact_name(formats[f].name, strlen(formats[f].name), have, sizeof(have));
		if (strcmp(want, have) == 0)
		{
			*out = (NtrkCallFormat) f;
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------------------------
 * Small helpers: messages, spans, numbers
 * ------------------------------------------------------------------------
 */

/* Cut a NUL-terminated buffer back so that it ends on a whole UTF-8 character. */
static void
clip_utf8(char *buf)
{
	size_t		n = strlen(buf);
	size_t		lead = n;
	size_t		need;
	unsigned char c;

	while (lead > 0 && ((unsigned char) buf[lead - 1] & 0xC0) == 0x80 && n - lead < 3)
		lead--;
	if (lead == 0)
		return;
	c = (unsigned char) buf[lead - 1];
	if (c < 0x80)
		return;
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (n - (lead - 1) < need)
		buf[lead - 1] = '\0';
}

/* Append a formatted sentence to a message buffer, "; "-separated. */
static void
msg_add(char *buf, const char *fmt,...)
	__attribute__((format(printf, 2, 3)));

static void
msg_add(char *buf, const char *fmt,...)
{
	size_t		used = strlen(buf);
	va_list		ap;

	if (used > 0 && used + 2 < NTRK_CALL_MSG_MAX)
	{
		memcpy(buf + used, "; ", 3);
		used += 2;
	}
	if (used + 1 >= NTRK_CALL_MSG_MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + used, NTRK_CALL_MSG_MAX - used, fmt, ap);
	va_end(ap);
	clip_utf8(buf);
}

/* Longest piece of a field quoted back in a message. */
#define ECHO_MAX 60

/* Length to print of a span: at most ECHO_MAX bytes, on a character boundary. */
static int
echo_len(NtrkCallSpan s)
{
	size_t		n = s.len;

	if (n <= ECHO_MAX)
		return (int) n;
	n = ECHO_MAX;
	while (n > 0 && ((unsigned char) s.ptr[n] & 0xC0) == 0x80)
		n--;
	return (int) n;
}

#define SPAN_ARGS(s) echo_len(s), (s).ptr

static const NtrkCallSpan no_span = {NULL, 0};

/* The trimmed field of a logical column, or an absent span. */
static NtrkCallSpan
get_col(const NtrkCallReader *r, const NtrkDelimField *fields, size_t n,
		NtrkCallColumn col)
{
	NtrkCallSpan s = no_span;
	int			i = r->col[col];

	if (i < 0 || (size_t) i >= n)
		return s;
	s.ptr = fields[i].ptr;
	s.len = fields[i].len;
	ntrk_delim_trim(&s.ptr, &s.len);
	return s;
}

/* Case-insensitive equality of a span and a lower-case word. */
static inline bool
span_is(NtrkCallSpan s, const char *word)
{
	return ntrk_range_ieq(s.ptr, s.len, word);
}

/* Does the span hold no value ("", ".", "-", NA, N/A, null, none)? */
static bool
span_missing(NtrkCallSpan s)
{
	return s.len == 0 || span_is(s, ".") || span_is(s, "-") || span_is(s, "na") ||
		span_is(s, "n/a") || span_is(s, "null") || span_is(s, "none");
}

/* The span, or an absent one when it holds no value. */
static NtrkCallSpan
value_or_none(NtrkCallSpan s)
{
	return span_missing(s) ? no_span : s;
}

/* Case-insensitive search of a lower-case word inside a span. */
static bool
span_contains(NtrkCallSpan s, const char *word)
{
	size_t		wl = strlen(word);
	size_t		i,
				j;

	for (i = 0; i + wl <= s.len; i++)
	{
		for (j = 0; j < wl; j++)
		{
			char		c = s.ptr[i + j];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c - 'A' + 'a');
			if (c != word[j])
				break;
		}
		if (j == wl)
			return true;
	}
	return false;
}

/*
 * Read a read count: a whole number, or missing.  Returns -1 when missing or
 * not a number (then a note is added, naming the column).
 */
static long
read_count(NtrkCallSpan s, const char *what, NtrkCall *call)
{
	long		v = 0;
	size_t		i;

	if (span_missing(s))
		return -1;
	for (i = 0; i < s.len; i++)
	{
		if (s.ptr[i] < '0' || s.ptr[i] > '9')
			break;
		if (v < 2147483647L)
			v = v * 10 + (s.ptr[i] - '0');
	}
	/* "12.0" is still twelve */
	if (i < s.len && s.ptr[i] == '.' && i > 0)
	{
		size_t		k = i + 1;

		while (k < s.len && s.ptr[k] == '0')
			k++;
		if (k == s.len)
			i = s.len;
	}
	if (i == 0 || i < s.len)
	{
		msg_add(call->note, "%s \"%.*s\" is not a whole number", what, SPAN_ARGS(s));
		return -1;
	}
	return v > 2147483647L ? 2147483647L : v;
}

/* Does the span start with a lower-case word (case-insensitively)? */
static bool
span_starts(NtrkCallSpan s, const char *word)
{
	NtrkCallSpan head = {s.ptr, strlen(word)};

	return s.len >= head.len && span_is(head, word);
}

/* Exon number "5", "exon 5", "e5", "Exon5"; 0 when missing or not an exon. */
static int
read_exon(NtrkCallSpan s, bool *bad)
{
	size_t		i = 0;
	int			v = 0;

	*bad = false;
	if (span_missing(s))
		return 0;
	if (span_starts(s, "exon"))
		i = 4;
	else if (span_starts(s, "ex"))
		i = 2;
	else if (span_starts(s, "e"))
		i = 1;
	while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '.'))
		i++;
	*bad = true;
	if (i == s.len)
		return 0;
	for (; i < s.len; i++)
	{
		if (s.ptr[i] < '0' || s.ptr[i] > '9' || v > NTRK_EXON_MAX)
			return 0;
		v = v * 10 + (s.ptr[i] - '0');
	}
	if (v < 1 || v > NTRK_EXON_MAX)
		return 0;
	*bad = false;
	return v;
}

/* Copy a breakpoint field; one longer than the buffer is not kept. */
static void
set_breakpoint(char *dst, NtrkCallSpan s, NtrkCall *call)
{
	dst[0] = '\0';
	s = value_or_none(s);
	if (s.len == 0)
		return;
	if (s.len >= NTRK_CALL_BP_MAX)
	{
		msg_add(call->note, "breakpoint \"%.*s...\" is longer than %d bytes and was not kept",
				SPAN_ARGS(s), NTRK_CALL_BP_MAX - 1);
		return;
	}
	memcpy(dst, s.ptr, s.len);
	dst[s.len] = '\0';
}

/* "chrom:pos" from two fields, when both are given. */
static void
set_breakpoint_parts(char *dst, NtrkCallSpan chrom, NtrkCallSpan pos, NtrkCall *call)
{
	dst[0] = '\0';
	chrom = value_or_none(chrom);
	pos = value_or_none(pos);
	if (chrom.len == 0 || pos.len == 0)
		return;
	if (chrom.len + pos.len + 1 >= NTRK_CALL_BP_MAX)
	{
		msg_add(call->note, "breakpoint \"%.*s:%.*s\" is too long and was not kept",
				SPAN_ARGS(chrom), SPAN_ARGS(pos));
		return;
	}
	memcpy(dst, chrom.ptr, chrom.len);
	dst[chrom.len] = ':';
	memcpy(dst + chrom.len + 1, pos.ptr, pos.len);
	dst[chrom.len + 1 + pos.len] = '\0';
}

/*
 * Reading frame.  Strict columns hold frame words only, so a word ntrk does
 * not know gets a note; other columns (FusionCatcher Predicted_effect) also
 * hold locations such as "UTR/CDS", which just mean "no frame given".
 */
static void
set_frame(NtrkCallSpan s, bool strict, NtrkCall *call)
{
	NtrkKnowledgeError kerr;
	NtrkFrame	frame;

	call->has_frame = false;
	if (s.len == 0)
		return;
	if (!ntrk_frame_normalise(s.ptr, s.len, &frame, &kerr))
	{
		if (strict)
			msg_add(call->note, "reading frame \"%.*s\" not recognised", SPAN_ARGS(s));
		return;
	}
	if (frame != NTRK_FRAME_UNKNOWN)
	{
		call->has_frame = true;
		call->frame = frame;
	}
}

/* Frame words inside cBioPortal Event_Info ("Protein fusion: in frame (...)"). */
static void
set_frame_from_text(NtrkCallSpan s, NtrkCall *call)
{
	if (span_contains(s, "out of frame") || span_contains(s, "out-of-frame") ||
		span_contains(s, "frameshift"))
	{
		call->has_frame = true;
		call->frame = NTRK_FRAME_OUT;
	}
	else if (span_contains(s, "in frame") || span_contains(s, "in-frame"))
	{
		call->has_frame = true;
		call->frame = NTRK_FRAME_IN;
	}
}

/* ------------------------------------------------------------------------
 * Building the fusion
 * ------------------------------------------------------------------------
 */

/* Is c allowed in a gene symbol (as the fusion parser allows it)? */
static inline bool
symbol_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		c == '-' || c == '.' || c == '_' || c == '@';
}

/* Append printf output to buf (size NTRK_FUSION_MAX_INPUT + 1); false if full. */
static bool
buf_add(char *buf, size_t *n, const char *fmt,...)
	__attribute__((format(printf, 3, 4)));

static bool
buf_add(char *buf, size_t *n, const char *fmt,...)
{
	va_list		ap;
	int			w;

	va_start(ap, fmt);
	w = vsnprintf(buf + *n, NTRK_FUSION_MAX_INPUT + 1 - *n, fmt, ap);
	va_end(ap);
	if (w < 0 || *n + (size_t) w > NTRK_FUSION_MAX_INPUT)
		return false;
	*n += (size_t) w;
	return true;
}

bool
ntrk_call_build_fusion(NtrkCallSpan gene5, NtrkCallSpan gene3, int exon5,
					   int exon3, NtrkCallSpan tx5, NtrkCallSpan tx3,
					   bool order_guaranteed, NtrkFusion *out,
					   NtrkParseError *err)
{
	char		buf[NTRK_FUSION_MAX_INPUT + 1];
	size_t		n = 0;
	int			side;
	bool		ok = true;

	for (side = 0; side < 2 && ok; side++)
	{
		NtrkCallSpan g = side ? gene3 : gene5;
		NtrkCallSpan tx = side ? tx3 : tx5;
		int			exon = side ? exon3 : exon5;

		if (side == 1)
			ok = buf_add(buf, &n, "%s", order_guaranteed ? "::" : "/");
		if (!ok)
			break;
		if (exon > 0 && tx.len > 0)
			ok = buf_add(buf, &n, "%.*s(%.*s):e.%d", (int) tx.len, tx.ptr,
						 (int) g.len, g.ptr, exon);
		else if (exon > 0)
			ok = buf_add(buf, &n, "%.*s(e%d)", (int) g.len, g.ptr, exon);
		else
			ok = buf_add(buf, &n, "%.*s", (int) g.len, g.ptr);
	}
	if (!ok)
	{
		snprintf(err->detail, sizeof(err->detail),
				 "The genes, exons and transcripts are longer than %d bytes together.",
				 NTRK_FUSION_MAX_INPUT);
		return false;
	}
	return ntrk_fusion_parse(buf, n, out, err);
}

/*
 * Check a gene column before it goes into a fusion.  what names the column
 * for the message ("gene1", "Site2").  Sets the call's error and returns
 * false when it is not one gene symbol.
 */
static bool
check_gene(NtrkCallSpan g, const char *what, NtrkCall *call)
{
	size_t		i;

	if (span_missing(g))
	{
		msg_add(call->error, "%s: no gene", what);
		return false;
	}
	if (memchr(g.ptr, ',', g.len) != NULL || memchr(g.ptr, '(', g.len) != NULL)
	{
		msg_add(call->error, "%s: \"%.*s\" is an intergenic breakpoint (nearest genes), not a gene",
				what, SPAN_ARGS(g));
		return false;
	}
	for (i = 0; i < g.len; i++)
		if (!symbol_char(g.ptr[i]))
		{
			msg_add(call->error, "%s: \"%.*s\" is not a gene symbol (byte 0x%02x)",
					what, SPAN_ARGS(g), (unsigned) (unsigned char) g.ptr[i]);
			return false;
		}
	return true;
}

/* STAR-Fusion's "SYMBOL^ENSG...": the symbol part. */
static NtrkCallSpan
strip_gene_id(NtrkCallSpan g)
{
	const char *caret = g.len ? memchr(g.ptr, '^', g.len) : NULL;

	if (caret != NULL)
		g.len = (size_t) (caret - g.ptr);
	return g;
}

/* One partner as the columns give it, before the 5'/3' roles are known. */
typedef struct CallSide
{
	NtrkCallSpan gene;
	NtrkCallSpan tx;
	NtrkCallSpan exon;
	NtrkCallSpan region;
	const char *label;			/* which column, for messages */
} CallSide;

/*
 * Junction exon of a side in its role.  cBioPortal numbers the region the
 * breakpoint is in: for an exon that is the exon; for intron N the 5'
 * partner keeps exons 1..N and the 3' partner starts at exon N+1.  Other
 * regions (UTR, promoter) give no exon.
 */
static int
side_exon(const CallSide *s, bool is5, NtrkCall *call)
{
	bool		bad;
	int			v = read_exon(s->exon, &bad);

	if (bad)
	{
		msg_add(call->note, "%s: exon \"%.*s\" is not an exon number 1-%d",
				s->label, SPAN_ARGS(s->exon), NTRK_EXON_MAX);
		return 0;
	}
	if (v == 0 || span_missing(s->region) || span_is(s->region, "exon"))
		return v;
	if (!span_contains(s->region, "intron"))
		return 0;
	if (!is5 && v + 1 > NTRK_EXON_MAX)
		return 0;
	msg_add(call->note, "%s: exon %d derived from intron %d", s->label,
			is5 ? v : v + 1, v);
	return is5 ? v : v + 1;
}

/*
 * Fill the call from two partners in 5'->3' order (or as written when not
 * guaranteed): genes checked, exons and transcripts attached.  A transcript
 * that the fusion type refuses is left out of the fusion (with a note) but
 * still reported in the transcript column.
 */
static void
finish_pair(NtrkCall *call, const CallSide *s5, const CallSide *s3, bool guaranteed)
{
	NtrkParseError err;
	bool		g5 = check_gene(s5->gene, s5->label, call);
	bool		g3 = check_gene(s3->gene, s3->label, call);

	call->transcript5 = value_or_none(s5->tx);
	call->transcript3 = value_or_none(s3->tx);
	call->exon5 = side_exon(s5, true, call);
	call->exon3 = side_exon(s3, false, call);
	if (!g5 || !g3)
		return;

	if (ntrk_call_build_fusion(s5->gene, s3->gene, call->exon5, call->exon3,
							   call->transcript5, call->transcript3, guaranteed,
							   &call->fusion, &err))
	{
		call->has_fusion = true;
		return;
	}
	if ((call->transcript5.len > 0 && call->exon5 > 0) ||
		(call->transcript3.len > 0 && call->exon3 > 0))
	{
		char		why[sizeof(err.detail)];

		memcpy(why, err.detail, sizeof(why));
		if (ntrk_call_build_fusion(s5->gene, s3->gene, call->exon5, call->exon3,
								   no_span, no_span, guaranteed, &call->fusion, &err))
		{
			call->has_fusion = true;
			msg_add(call->note, "transcripts not used in the fusion: %s", why);
			return;
		}
	}
	msg_add(call->error, "%s", err.detail);
}

/* Parse a notation column (A--B, A:B, "A-B fusion", ...) into the call. */
static void
finish_notation(NtrkCall *call, NtrkCallSpan name, const char *what)
{
	NtrkParseError err;

	if (span_missing(name))
	{
		msg_add(call->error, "no fusion in %s", what);
		return;
	}
	if (ntrk_fusion_parse(name.ptr, name.len, &call->fusion, &err))
		call->has_fusion = true;
	else
		msg_add(call->error, "%s", err.detail);
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

	if (!call->has_fusion || span_missing(hugo))
		return;
	if (ntrk_gene_normalise(hugo.ptr, hugo.len, gene, &listed) &&
		ntrk_fusion_has_gene(&call->fusion, gene))
		return;
	call->has_fusion = false;
	msg_add(call->error, "the fusion read from Fusion does not involve this line's Hugo_Symbol \"%.*s\"",
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
	if (span_is(s, "3to5"))
		return 1;
	if (span_is(s, "5to3"))
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
	NtrkCallSpan connection = get_col(r, f, n, NTRK_COL_CONNECTION);
	int			i;

	for (i = 0; i < 2; i++)
	{
		site[i].gene = get_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
		site[i].tx = get_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		site[i].exon = get_col(r, f, n, i ? NTRK_COL_EXON2 : NTRK_COL_EXON1);
		site[i].region = get_col(r, f, n, i ? NTRK_COL_REGION2 : NTRK_COL_REGION1);
		site[i].label = i ? "Site2" : "Site1";
		word_gene(site[i].gene.ptr, span_missing(site[i].gene) ? 0 : site[i].gene.len, g[i]);
	}
	set_breakpoint_parts(call->breakpoint5, get_col(r, f, n, NTRK_COL_CHROM1),
						 get_col(r, f, n, NTRK_COL_POS1), call);
	set_breakpoint_parts(call->breakpoint3, get_col(r, f, n, NTRK_COL_CHROM2),
						 get_col(r, f, n, NTRK_COL_POS2), call);

	if (g[0][0] != '\0' && g[1][0] != '\0' && strcmp(g[0], g[1]) != 0)
	{
		for (i = 0; i < N_OF(sources) && order == 0; i++)
		{
			NtrkCallSpan t = get_col(r, f, n, sources[i].col);

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
			msg_add(call->note, "Connection_Type %.*s disagrees with %s",
					SPAN_ARGS(connection), source);
	}

	if (order < 0)
	{
		char		tmp[NTRK_CALL_BP_MAX];

		memcpy(tmp, call->breakpoint5, sizeof(tmp));
		memcpy(call->breakpoint5, call->breakpoint3, sizeof(tmp));
		memcpy(call->breakpoint3, tmp, sizeof(tmp));
		finish_pair(call, &site[1], &site[0], true);
	}
	else
		finish_pair(call, &site[0], &site[1], order > 0);

	if (order != 0)
	{
		call->order_inferred = true;
		msg_add(call->note, "5'->3' order from %s", source);
	}
	else if (call->has_fusion && call->fusion.kind == NTRK_KIND_CHIMERIC)
		msg_add(call->note, "5'->3' order unknown: Site1/Site2 are not 5'/3' and no Event_Info, Annotation, Comments or Connection_Type gives it");

	set_frame(get_col(r, f, n, NTRK_COL_FRAME), true, call);
	if (!call->has_frame)
		set_frame_from_text(get_col(r, f, n, NTRK_COL_EVENT_INFO), call);
}

/*
 * Arriba: gene1 is 5' when Arriba could predict the orientation.  A '.' as
 * fusion strand means it could not; type 5'-5' or 3'-3' joins two ends
 * that cannot make a 5'->3' chimera.
 */
static void
extract_arriba(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	CallSide	s[2];
	NtrkCallSpan st1 = get_col(r, f, n, NTRK_COL_STRAND1);
	NtrkCallSpan st2 = get_col(r, f, n, NTRK_COL_STRAND2);
	NtrkCallSpan type = get_col(r, f, n, NTRK_COL_TYPE);
	bool		guaranteed = true;
	int			i;

	memset(s, 0, sizeof(s));
	for (i = 0; i < 2; i++)
	{
		NtrkCallSpan st = i ? st2 : st1;
		const char *slash = st.len ? memchr(st.ptr, '/', st.len) : NULL;

		s[i].gene = get_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1);
		s[i].tx = get_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		s[i].label = i ? "gene2" : "gene1";
		if (slash != NULL && slash + 1 < st.ptr + st.len && slash[1] == '.')
			guaranteed = false;
	}
	if (!guaranteed)
		msg_add(call->note, "Arriba could not predict the orientation (strands %.*s, %.*s)",
				SPAN_ARGS(st1), SPAN_ARGS(st2));
	if (span_contains(type, "5'-5'") || span_contains(type, "3'-3'"))
	{
		guaranteed = false;
		msg_add(call->note, "type %.*s joins two like ends: no 5'->3' chimera", SPAN_ARGS(type));
	}
	finish_pair(call, &s[0], &s[1], guaranteed);
}

/* STAR-Fusion and FusionCatcher: first gene column 5', second 3'. */
static void
extract_ordered_pair(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
					 NtrkCall *call)
{
	CallSide	s[2];
	int			i;

	memset(s, 0, sizeof(s));
	for (i = 0; i < 2; i++)
	{
		s[i].gene = strip_gene_id(get_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1));
		s[i].tx = get_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		s[i].label = i ? "3' gene column" : "5' gene column";
	}
	/* STAR-Fusion without gene columns: the FusionName A--B. */
	if (r->col[NTRK_COL_GENE1] < 0 || r->col[NTRK_COL_GENE2] < 0)
	{
		finish_notation(call, get_col(r, f, n, NTRK_COL_NAME), "FusionName");
		call->transcript5 = value_or_none(s[0].tx);
		call->transcript3 = value_or_none(s[1].tx);
		return;
	}
	finish_pair(call, &s[0], &s[1], true);
}

/* Fill everything but the fusion that the columns give directly. */
static void
extract_common(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
			   NtrkCall *call, bool frame_strict)
{
	long		s1,
				s2;

	call->sample = value_or_none(get_col(r, f, n, NTRK_COL_SAMPLE));
	call->method = value_or_none(get_col(r, f, n, NTRK_COL_METHOD));
	if (r->format != NTRK_FMT_CBIO_SV)
	{
		set_breakpoint(call->breakpoint5, get_col(r, f, n, NTRK_COL_BP1), call);
		set_breakpoint(call->breakpoint3, get_col(r, f, n, NTRK_COL_BP2), call);
		if (call->breakpoint5[0] == '\0' && call->breakpoint3[0] == '\0')
		{
			set_breakpoint_parts(call->breakpoint5, get_col(r, f, n, NTRK_COL_CHROM1),
								 get_col(r, f, n, NTRK_COL_POS1), call);
			set_breakpoint_parts(call->breakpoint3, get_col(r, f, n, NTRK_COL_CHROM2),
								 get_col(r, f, n, NTRK_COL_POS2), call);
		}
		set_frame(get_col(r, f, n, NTRK_COL_FRAME), frame_strict, call);
	}
	s1 = read_count(get_col(r, f, n, NTRK_COL_SPLIT1), "split read count", call);
	s2 = read_count(get_col(r, f, n, NTRK_COL_SPLIT2), "split read count", call);
	call->split_reads = s1 < 0 ? s2 : s2 < 0 ? s1 : (s1 + s2 > 2147483647L ? 2147483647L : s1 + s2);
	call->spanning_reads = read_count(get_col(r, f, n, NTRK_COL_SPAN), "spanning read count", call);
}

/* Extract one call from the fields of a data line. */
static void
extract_call(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	memset(call, 0, sizeof(*call));
	call->split_reads = -1;
	call->spanning_reads = -1;
	extract_common(r, f, n, call, formats[r->format].frame_strict);
	switch (r->format)
	{
		case NTRK_FMT_STAR_FUSION:
		case NTRK_FMT_FUSIONCATCHER:
			extract_ordered_pair(r, f, n, call);
			break;
		case NTRK_FMT_ARRIBA:
			extract_arriba(r, f, n, call);
			break;
		case NTRK_FMT_CBIO_SV:
			extract_cbio_sv(r, f, n, call);
			break;
		case NTRK_FMT_JAFFA:
			finish_notation(call, get_col(r, f, n, NTRK_COL_NAME), "\"fusion genes\"");
			break;
		case NTRK_FMT_CBIO_FUSIONS:
			finish_notation(call, get_col(r, f, n, NTRK_COL_NAME), "Fusion");
			check_row_gene(call, get_col(r, f, n, NTRK_COL_GENE1));
			break;
		case NTRK_FMT_SAMPLE_FUSION:
		case NTRK_FMT_AUTO:
			if (r->positional && n < 2)
				msg_add(call->error, "expected two columns, sample and fusion; the line has one");
			else
				finish_notation(call, get_col(r, f, n, NTRK_COL_NAME), "the fusion column");
			break;
	}
}

/* ------------------------------------------------------------------------
 * Reading a file
 * ------------------------------------------------------------------------
 */

void
ntrk_call_reader_init(NtrkCallReader *r, const char *buf, size_t len,
					  NtrkCallFormat format)
{
	int			i;

	memset(r, 0, sizeof(*r));
	ntrk_delim_init(&r->rd, buf, len);
	r->format = format;
	for (i = 0; i < NTRK_COL_COUNT; i++)
		r->col[i] = -1;
}

bool
ntrk_call_reader_next(NtrkCallReader *r, NtrkDelimRecord *rec)
{
	return ntrk_delim_next(&r->rd, rec);
}

/*
 * Map the header fields for a format.  Returns false (and leaves the map
 * untouched) when the fields are not that format's header.
 */
static bool
map_header(NtrkCallReader *r, NtrkCallFormat fmt, const NtrkDelimField *f, size_t n)
{
	const FormatInfo *fi = &formats[fmt];
	int			col[NTRK_COL_COUNT];
	int			i,
				k;
	bool		any = fi->need_any[0] == NONE;

	if (fi->columns == NULL)
		return false;
	for (i = 0; i < NTRK_COL_COUNT; i++)
		col[i] = -1;
	for (i = 0; i < fi->n_columns; i++)
		for (k = 0; k < 5 && fi->columns[i].names[k] != NULL && col[fi->columns[i].col] < 0; k++)
			col[fi->columns[i].col] = ntrk_delim_find(f, n, fi->columns[i].names[k]);
	for (i = 0; i < 2; i++)
	{
		if (fi->need_all[i] != NONE && col[fi->need_all[i]] < 0)
			return false;
		if (fi->need_any[i] != NONE && col[fi->need_any[i]] >= 0)
			any = true;
	}
	if (!any)
		return false;
	memcpy(r->col, col, sizeof(col));
	r->format = fmt;
	r->have_header = true;
	return true;
}

/* Is this record the header line again (concatenated files)? */
static bool
repeated_header(const NtrkCallReader *r, const NtrkDelimRecord *rec)
{
	return r->have_header && rec->len == r->header.len &&
		memcmp(rec->text, r->header.text, rec->len) == 0;
}

/* Does every field hold nothing but spaces and control bytes? */
static bool
fields_blank(const NtrkDelimField *f, size_t n)
{
	size_t		i,
				j;

	for (i = 0; i < n; i++)
		for (j = 0; j < f[i].len; j++)
			if ((unsigned char) f[i].ptr[j] > ' ')
				return false;
	return true;
}

/* Fix the delimiter once the header (or first data line) is known. */
static void
set_delim(NtrkCallReader *r, char delim)
{
	r->delim = delim;
	r->rd.delim = delim;
}

NtrkCallStep
ntrk_call_reader_feed(NtrkCallReader *r, const NtrkDelimRecord *rec,
					  char *scratch, NtrkDelimField *fields, size_t max_fields,
					  NtrkCall *out)
{
	size_t		n;
	char		delim;

	if (ntrk_delim_blank(rec))
		return NTRK_CALL_SKIP;

	if (r->have_header || r->positional)
	{
		if (repeated_header(r, rec))
			return NTRK_CALL_SKIP;
		n = ntrk_delim_split(rec, r->delim, scratch, fields, max_fields);
		if (n > max_fields)
			n = max_fields;

		/*
		 * After the header, a "#" line is a comment unless it has exactly
		 * the header's columns: then it is a row whose first field starts
		 * with "#", and dropping it would lose a call.
		 */
		if (rec->comment && (r->positional || n != r->header_fields))
			return NTRK_CALL_SKIP;
		if (fields_blank(fields, n))
			return NTRK_CALL_SKIP;
		extract_call(r, fields, n, out);
		return NTRK_CALL_ROW;
	}

	/* Still looking for the header. */
	delim = ntrk_delim_sniff(rec);
	n = ntrk_delim_split(rec, delim, scratch, fields, max_fields);
	if (n > max_fields)
		n = max_fields;
	if (r->format == NTRK_FMT_AUTO)
	{
		int			fmt;

		for (fmt = 1; fmt <= NTRK_FMT_LAST; fmt++)
			if (map_header(r, (NtrkCallFormat) fmt, fields, n))
				break;
	}
	else
		(void) map_header(r, r->format, fields, n);
	if (r->have_header)
	{
		r->header = *rec;
		r->header_fields = n;
		set_delim(r, delim);
		return NTRK_CALL_SKIP;
	}
	if (rec->comment)
		return NTRK_CALL_SKIP;	/* metadata before the header */

	if (r->format == NTRK_FMT_AUTO && n < 2)
		return NTRK_CALL_UNDETECTED;
	if (r->format == NTRK_FMT_AUTO || r->format == NTRK_FMT_SAMPLE_FUSION)
	{
		/* Two columns without a header: sample, fusion. */
		r->format = NTRK_FMT_SAMPLE_FUSION;
		r->positional = true;
		r->col[NTRK_COL_SAMPLE] = 0;
		r->col[NTRK_COL_NAME] = 1;
		set_delim(r, delim);
		extract_call(r, fields, n, out);
		return NTRK_CALL_ROW;
	}
	/* A data line before any header of the named format. */
	memset(out, 0, sizeof(*out));
	out->split_reads = -1;
	out->spanning_reads = -1;
	msg_add(out->error, "no %s header line before this line", formats[r->format].name);
	return NTRK_CALL_ROW;
}
