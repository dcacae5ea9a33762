/*
 * caller_common.c
 *		Helpers every caller format shares: messages, spans, counts, exons,
 *		breakpoints, frames, and building a fusion from two partners or
 *		from a notation column (see caller_internal.h).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ntrk_ascii.h"

/* ------------------------------------------------------------------------
 * Small helpers: messages, spans, numbers
 * ------------------------------------------------------------------------
 */

/* Cut a NUL-terminated buffer back so that it ends on a whole UTF-8 character. */
void
call_clip_utf8(char *buf)
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
void
call_msg_add(char *buf, const char *fmt,...)
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
	call_clip_utf8(buf);
}

/* Length to print of a span: at most ECHO_MAX bytes, on a character boundary. */
int
call_echo_len(NtrkCallSpan s)
{
	size_t		n = s.len;

	if (n <= ECHO_MAX)
		return (int) n;
	n = ECHO_MAX;
	while (n > 0 && ((unsigned char) s.ptr[n] & 0xC0) == 0x80)
		n--;
	return (int) n;
}

/* The trimmed field of a logical column, or an absent span. */
NtrkCallSpan
call_col(const NtrkCallReader *r, const NtrkDelimField *fields, size_t n,
		 NtrkCallColumn col)
{
	NtrkCallSpan s = CALL_NO_SPAN;
	int			i = r->col[col];

	if (i < 0 || (size_t) i >= n)
		return s;
	s.ptr = fields[i].ptr;
	s.len = fields[i].len;
	ntrk_delim_trim(&s.ptr, &s.len);
	return s;
}

/* Case-insensitive equality of a span and a lower-case word. */
bool
call_span_is(NtrkCallSpan s, const char *word)
{
	return ntrk_range_ieq(s.ptr, s.len, word);
}

/* Does the span hold no value ("", ".", "-", NA, N/A, null, none)? */
bool
call_span_missing(NtrkCallSpan s)
{
	return s.len == 0 || call_span_is(s, ".") || call_span_is(s, "-") || call_span_is(s, "na") ||
		call_span_is(s, "n/a") || call_span_is(s, "null") || call_span_is(s, "none");
}

/* The span, or an absent one when it holds no value. */
NtrkCallSpan
call_value_or_none(NtrkCallSpan s)
{
	return call_span_missing(s) ? CALL_NO_SPAN : s;
}

/* Case-insensitive search of a lower-case word inside a span. */
bool
call_span_contains(NtrkCallSpan s, const char *word)
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

	if (call_span_missing(s))
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
		call_msg_add(call->note, "%s \"%.*s\" is not a whole number", what, SPAN_ARGS(s));
		return -1;
	}
	return v > 2147483647L ? 2147483647L : v;
}

/* Does the span start with a lower-case word (case-insensitively)? */
static bool
span_starts(NtrkCallSpan s, const char *word)
{
	NtrkCallSpan head = {s.ptr, strlen(word)};

	return s.len >= head.len && call_span_is(head, word);
}

/* Exon number "5", "exon 5", "e5", "Exon5"; 0 when missing or not an exon. */
static int
read_exon(NtrkCallSpan s, bool *bad)
{
	size_t		i = 0;
	int			v = 0;

	*bad = false;
	if (call_span_missing(s))
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
	s = call_value_or_none(s);
	if (s.len == 0)
		return;
	if (s.len >= NTRK_CALL_BP_MAX)
	{
		call_msg_add(call->note, "breakpoint \"%.*s...\" is longer than %d bytes and was not kept",
					 SPAN_ARGS(s), NTRK_CALL_BP_MAX - 1);
		return;
	}
	memcpy(dst, s.ptr, s.len);
	dst[s.len] = '\0';
}

/* "chrom:pos" from two fields, when both are given. */
void
call_set_breakpoint_parts(char *dst, NtrkCallSpan chrom, NtrkCallSpan pos, NtrkCall *call)
{
	dst[0] = '\0';
	chrom = call_value_or_none(chrom);
	pos = call_value_or_none(pos);
	if (chrom.len == 0 || pos.len == 0)
		return;
	if (chrom.len + pos.len + 1 >= NTRK_CALL_BP_MAX)
	{
		call_msg_add(call->note, "breakpoint \"%.*s:%.*s\" is too long and was not kept",
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
void
call_set_frame(NtrkCallSpan s, bool strict, NtrkCall *call)
{
	NtrkKnowledgeError kerr;
	NtrkFrame	frame;

	call->has_frame = false;
	if (s.len == 0)
		return;
	if (!ntrk_frame_normalise(s.ptr, s.len, &frame, &kerr))
	{
		if (strict)
			call_msg_add(call->note, "reading frame \"%.*s\" not recognised", SPAN_ARGS(s));
		return;
	}
	if (frame != NTRK_FRAME_UNKNOWN)
	{
		call->has_frame = true;
		call->frame = frame;
	}
}

/* ------------------------------------------------------------------------
 * Building the fusion
 * ------------------------------------------------------------------------
 */

/*
 * Is c allowed in a gene name column?  The fusion parser's symbol
 * characters, and '/' (GENCODE's THRA1/BTR): the parser decides whether a
 * name with '/' is one symbol.
 */
static inline bool
symbol_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		c == '-' || c == '.' || c == '_' || c == '@' || c == '/';
}

/* Does the span start with an HGNC identifier prefix "HGNC:"? */
static bool
starts_hgnc(NtrkCallSpan g)
{
	NtrkCallSpan head = {g.ptr, 5};

	return g.len > 5 && call_span_is(head, "hgnc:");
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

	if (call_span_missing(g))
	{
		call_msg_add(call->error, "%s: no gene", what);
		return false;
	}
	if (memchr(g.ptr, ',', g.len) != NULL || memchr(g.ptr, '(', g.len) != NULL)
	{
		call_msg_add(call->error, "%s: \"%.*s\" is an intergenic breakpoint (nearest genes), not a gene",
					 what, SPAN_ARGS(g));
		return false;
	}
	for (i = starts_hgnc(g) ? 5 : 0; i < g.len; i++)
		if (!symbol_char(g.ptr[i]))
		{
			call_msg_add(call->error, "%s: \"%.*s\" is not a gene symbol (byte 0x%02x)",
						 what, SPAN_ARGS(g), (unsigned) (unsigned char) g.ptr[i]);
			return false;
		}
	return true;
}

/* STAR-Fusion's "SYMBOL^ENSG...": the symbol part. */
NtrkCallSpan
call_strip_gene_id(NtrkCallSpan g)
{
	const char *caret = g.len ? memchr(g.ptr, '^', g.len) : NULL;

	if (caret != NULL)
		g.len = (size_t) (caret - g.ptr);
	return g;
}

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
		call_msg_add(call->note, "%s: exon \"%.*s\" is not an exon number 1-%d",
					 s->label, SPAN_ARGS(s->exon), NTRK_EXON_MAX);
		return 0;
	}
	if (v == 0 || call_span_missing(s->region) || call_span_is(s->region, "exon"))
		return v;
	if (!call_span_contains(s->region, "intron"))
		return 0;
	if (!is5 && v + 1 > NTRK_EXON_MAX)
		return 0;
	call_msg_add(call->note, "%s: exon %d derived from intron %d", s->label,
				 is5 ? v : v + 1, v);
	return is5 ? v : v + 1;
}

/*
 * Fill the call from two partners in 5'->3' order (or as written when not
 * guaranteed): genes checked, exons and transcripts attached.  A transcript
 * that the fusion type refuses is left out of the fusion (with a note) but
 * still reported in the transcript column.
 */
void
call_finish_pair(NtrkCall *call, const CallSide *s5, const CallSide *s3, bool guaranteed)
{
	NtrkParseError err;
	static const NtrkCallSpan unknown_gene = {"?", 1};
	bool		g5 = s5->unknown || check_gene(s5->gene, s5->label, call);
	bool		g3 = s3->unknown || check_gene(s3->gene, s3->label, call);
	NtrkCallSpan gene5 = s5->unknown ? unknown_gene : s5->gene;
	NtrkCallSpan gene3 = s3->unknown ? unknown_gene : s3->gene;

	call->transcript5 = call_value_or_none(s5->tx);
	call->transcript3 = call_value_or_none(s3->tx);
	call->exon5 = side_exon(s5, true, call);
	call->exon3 = side_exon(s3, false, call);
	if (!g5 || !g3)
		return;
	if (s5->unknown && s3->unknown)
	{
		call_msg_add(call->error, "neither %s nor %s names one gene", s5->label, s3->label);
		return;
	}

	if (ntrk_call_build_fusion(gene5, gene3, call->exon5, call->exon3,
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
		if (ntrk_call_build_fusion(gene5, gene3, call->exon5, call->exon3,
								   CALL_NO_SPAN, CALL_NO_SPAN, guaranteed, &call->fusion, &err))
		{
			call->has_fusion = true;
			call_msg_add(call->note, "transcripts not used in the fusion: %s", why);
			return;
		}
	}
	call_msg_add(call->error, "%s", err.detail);
}

/* Parse a notation column (A--B, A:B, "A-B fusion", ...) into the call. */
void
call_finish_notation(NtrkCall *call, NtrkCallSpan name, const char *what)
{
	NtrkParseError err;

	if (call_span_missing(name))
	{
		call_msg_add(call->error, "no fusion in %s", what);
		return;
	}
	if (ntrk_fusion_parse(name.ptr, name.len, &call->fusion, &err))
		call->has_fusion = true;
	else
		call_msg_add(call->error, "%s", err.detail);
}

/* Append "A (123 bp away)" for one "A(123)" entry of an intergenic list. */
static void
add_nearest(char *buf, size_t *used, size_t size, NtrkCallSpan e)
{
	const char *open = e.len ? memchr(e.ptr, '(', e.len) : NULL;
	int			w;

	if (e.len == 0)
		return;
	if (open != NULL && e.ptr[e.len - 1] == ')')
		w = snprintf(buf + *used, size - *used, "%s%.*s (%.*s bp away)",
					 *used ? ", " : "", (int) (open - e.ptr), e.ptr,
					 (int) (e.len - (size_t) (open - e.ptr) - 2), open + 1);
	else
		w = snprintf(buf + *used, size - *used, "%s%.*s", *used ? ", " : "",
					 call_echo_len(e), e.ptr);
	if (w > 0 && (size_t) w < size - *used)
		*used += (size_t) w;
}

bool
call_side_intergenic(CallSide *s, NtrkCall *call)
{
	char		list[200];
	size_t		used = 0;
	NtrkCallSpan g = s->gene;
	size_t		start = 0,
				i;

	if (g.len == 1 && g.ptr[0] == '.')
	{
		s->unknown = true;
		call_msg_add(call->note, "%s: no gene near the breakpoint; partner unknown", s->label);
		return true;
	}
	if (g.len == 0 || (memchr(g.ptr, '(', g.len) == NULL && memchr(g.ptr, ',', g.len) == NULL))
		return false;
	list[0] = '\0';
	for (i = 0; i <= g.len; i++)
		if (i == g.len || g.ptr[i] == ',')
		{
			NtrkCallSpan e = {g.ptr + start, i - start};

			ntrk_delim_trim(&e.ptr, &e.len);
			add_nearest(list, &used, sizeof(list), e);
			start = i + 1;
		}
	s->unknown = true;
	call_msg_add(call->note, "%s is intergenic; partner unknown, nearest genes: %s", s->label, list);
	return true;
}

bool
call_side_several(CallSide *s, char sep, NtrkCall *call)
{
	char		list[200];
	size_t		used = 0;
	NtrkCallSpan g = s->gene;
	size_t		start = 0,
				i;

	if (g.len == 0 || memchr(g.ptr, sep, g.len) == NULL)
		return false;
	list[0] = '\0';
	for (i = 0; i <= g.len; i++)
		if (i == g.len || g.ptr[i] == sep)
		{
			NtrkCallSpan e = {g.ptr + start, i - start};

			ntrk_delim_trim(&e.ptr, &e.len);
			add_nearest(list, &used, sizeof(list), e);
			start = i + 1;
		}
	s->unknown = true;
	call_msg_add(call->note, "%s overlaps several genes (%s); partner unknown", s->label, list);
	return true;
}

bool
call_split_sides(NtrkCallSpan name, const char *sep, NtrkCallSpan *a, NtrkCallSpan *b)
{
	size_t		sl = strlen(sep);
	size_t		i;

	for (i = 0; i + sl <= name.len; i++)
		if (memcmp(name.ptr + i, sep, sl) == 0)
		{
			a->ptr = name.ptr;
			a->len = i;
			b->ptr = name.ptr + i + sl;
			b->len = name.len - i - sl;
			ntrk_delim_trim(&a->ptr, &a->len);
			ntrk_delim_trim(&b->ptr, &b->len);
			return true;
		}
	return false;
}

void
call_order_not_stated(NtrkCall *call, const char *why)
{
	if (!call->has_fusion || call->fusion.kind != NTRK_KIND_CHIMERIC)
		return;
	call->order_inferred = true;
	call_msg_add(call->note, "5'->3' order as written, not guaranteed: %s", why);
}

/*
 * First gene column 5', second 3' (STAR-Fusion, FusionCatcher); without
 * gene columns, the STAR-Fusion FusionName A--B.
 */
void
call_extract_ordered_pair(const NtrkCallReader *r, const NtrkDelimField *f,
						  size_t n, NtrkCall *call)
{
	CallSide	s[2];
	int			i;

	memset(s, 0, sizeof(s));
	for (i = 0; i < 2; i++)
	{
		s[i].gene = call_strip_gene_id(call_col(r, f, n, i ? NTRK_COL_GENE2 : NTRK_COL_GENE1));
		s[i].tx = call_col(r, f, n, i ? NTRK_COL_TX2 : NTRK_COL_TX1);
		s[i].label = i ? "3' gene column" : "5' gene column";
	}
	/* STAR-Fusion without gene columns: the FusionName A--B. */
	if (r->col[NTRK_COL_GENE1] < 0 || r->col[NTRK_COL_GENE2] < 0)
	{
		call_finish_notation(call, call_col(r, f, n, NTRK_COL_NAME), "FusionName");
		call->transcript5 = call_value_or_none(s[0].tx);
		call->transcript3 = call_value_or_none(s[1].tx);
		return;
	}
	call_finish_pair(call, &s[0], &s[1], true);
}

/* Fill everything but the fusion that the columns give directly. */
void
call_extract_common(const NtrkCallReader *r, const NtrkDelimField *f, size_t n,
					NtrkCall *call, bool frame_strict, bool own_sites)
{
	long		s1,
				s2;

	call->sample = call_value_or_none(call_col(r, f, n, NTRK_COL_SAMPLE));
	call->method = call_value_or_none(call_col(r, f, n, NTRK_COL_METHOD));
	if (!own_sites)
	{
		set_breakpoint(call->breakpoint5, call_col(r, f, n, NTRK_COL_BP1), call);
		set_breakpoint(call->breakpoint3, call_col(r, f, n, NTRK_COL_BP2), call);
		if (call->breakpoint5[0] == '\0' && call->breakpoint3[0] == '\0')
		{
			call_set_breakpoint_parts(call->breakpoint5, call_col(r, f, n, NTRK_COL_CHROM1),
									  call_col(r, f, n, NTRK_COL_POS1), call);
			call_set_breakpoint_parts(call->breakpoint3, call_col(r, f, n, NTRK_COL_CHROM2),
									  call_col(r, f, n, NTRK_COL_POS2), call);
		}
		call_set_frame(call_col(r, f, n, NTRK_COL_FRAME), frame_strict, call);
	}
	s1 = read_count(call_col(r, f, n, NTRK_COL_SPLIT1), "split read count", call);
	s2 = read_count(call_col(r, f, n, NTRK_COL_SPLIT2), "split read count", call);
	call->split_reads = s1 < 0 ? s2 : s2 < 0 ? s1 : (s1 + s2 > 2147483647L ? 2147483647L : s1 + s2);
	call->spanning_reads = read_count(call_col(r, f, n, NTRK_COL_SPAN), "spanning read count", call);
}

