/*
 * caller_reader.c
 *		The registration table of the caller and portal formats, format
 *		names, header detection and the line-by-line reading of a file
 *		(see caller_formats.h).  Each format lives in its own file
 *		(caller_<family>.c) and registers one CallFormatDef here.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_internal.h"

#include <stdio.h>
#include <string.h>

#include "ntrk_ascii.h"

const char	ntrk_call_formats_accepted[] =
"auto, star-fusion, ctat-lr-fusion, fusioninspector, arriba, fusioncatcher, "
"jaffa, ericscript, pizzly, squid, dragen, annofuse, cbioportal-sv, "
"cbioportal-fusions, oncokb-sv, oncokb-fusion, sample-fusion";

/* "auto": no columns of its own; it becomes the format it detects. */
static const CallFormatDef format_auto = {
	.name = "auto",
	.need_all = {CALL_COL_NONE, CALL_COL_NONE, CALL_COL_NONE},
	.need_any = {CALL_COL_NONE, CALL_COL_NONE},
};

/* Indexed by NtrkCallFormat; detection tries them in this order. */
static const CallFormatDef *const formats[] = {
	[NTRK_FMT_AUTO] = &format_auto,
	[NTRK_FMT_STAR_FUSION] = &call_format_star_fusion,
	[NTRK_FMT_ARRIBA] = &call_format_arriba,
	[NTRK_FMT_FUSIONCATCHER] = &call_format_fusioncatcher,
	[NTRK_FMT_JAFFA] = &call_format_jaffa,
	[NTRK_FMT_CBIO_SV] = &call_format_cbio_sv,
	[NTRK_FMT_CBIO_FUSIONS] = &call_format_cbio_fusions,
	[NTRK_FMT_SAMPLE_FUSION] = &call_format_sample_fusion,
	[NTRK_FMT_CTAT_LR_FUSION] = &call_format_ctat_lr_fusion,
	[NTRK_FMT_FUSIONINSPECTOR] = &call_format_fusioninspector,
	[NTRK_FMT_ERICSCRIPT] = &call_format_ericscript,
	[NTRK_FMT_PIZZLY] = &call_format_pizzly,
	[NTRK_FMT_SQUID] = &call_format_squid,
	[NTRK_FMT_DRAGEN] = &call_format_dragen,
	[NTRK_FMT_ANNOFUSE] = &call_format_annofuse,
	[NTRK_FMT_ONCOKB_SV] = &call_format_oncokb_sv,
	[NTRK_FMT_ONCOKB_FUSION] = &call_format_oncokb_fusion,
};

/*
 * The order "auto" tries the headers in: a format whose header holds
 * another's columns comes first (CTAT-LR-Fusion and FusionInspector carry
 * STAR-Fusion's #FusionName and LeftGene; oncokb's fusion file has the
 * two-column file's sample and fusion columns).
 */
static const NtrkCallFormat detect_order[] = {
	NTRK_FMT_CTAT_LR_FUSION,
	NTRK_FMT_FUSIONINSPECTOR,
	NTRK_FMT_STAR_FUSION,
	NTRK_FMT_ARRIBA,
	NTRK_FMT_FUSIONCATCHER,
	NTRK_FMT_JAFFA,
	NTRK_FMT_ERICSCRIPT,
	NTRK_FMT_PIZZLY,
	NTRK_FMT_SQUID,
	NTRK_FMT_DRAGEN,
	NTRK_FMT_ANNOFUSE,
	NTRK_FMT_CBIO_SV,
	NTRK_FMT_CBIO_FUSIONS,
	NTRK_FMT_ONCOKB_SV,
	NTRK_FMT_ONCOKB_FUSION,
	NTRK_FMT_SAMPLE_FUSION,
};

/* EricScript's whole output when it finds nothing: no header, one line. */
static const char ericscript_nothing_found[] = "No Chimeric Transcript found!";


const char *
ntrk_call_format_name(NtrkCallFormat fmt)
{
	return fmt <= NTRK_FMT_LAST ? formats[fmt]->name : "unknown";
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
		(void) compact_name(formats[f]->name, strlen(formats[f]->name), have, sizeof(have));
		if (strcmp(want, have) == 0)
		{
			*out = (NtrkCallFormat) f;
			return true;
		}
	}
	return false;
}

/* Extract one call from the fields of a data line. */
static void
extract_call(const NtrkCallReader *r, const NtrkDelimField *f, size_t n, NtrkCall *call)
{
	/* "auto" becomes a detected format before any data line is read */
	const CallFormatDef *def = r->format == NTRK_FMT_AUTO ?
		&call_format_sample_fusion : formats[r->format];

	memset(call, 0, sizeof(*call));
	call->split_reads = -1;
	call->spanning_reads = -1;
	call_extract_common(r, f, n, call, def->frame_strict, def->own_sites);
	def->extract(r, f, n, call);
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
 * The letters and digits of a header name, lower-cased, without the marks
 * R's read.delim (check.names) and pandas leave: a leading '#' (with or
 * without a space) or R's "X." for it, and every other character, which R
 * turns into '.' ("strand1(gene/fusion)" and "strand1.gene.fusion." both
 * give "strand1genefusion").  False when the name is too long to compare.
 */
static bool
mangle_key(const char *s, size_t len, char *out, size_t size)
{
	size_t		n = 0;
	size_t		i;

	ntrk_delim_trim(&s, &len);
	if (len > 0 && s[0] == '#')
	{
		s++;
		len--;
	}
	else if (len > 2 && (s[0] == 'X' || s[0] == 'x') && s[1] == '.')
	{
		s += 2;
		len -= 2;
	}
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			continue;
		if (n + 1 >= size)
			return false;
		out[n++] = c;
	}
	out[n] = '\0';
	return n > 0;
}

/*
 * Field index of a header name: as written first (case-insensitive, '#'
 * ignored), then as R or pandas mangle it; -1 when absent.
 */
static int
find_column(const NtrkDelimField *f, size_t n, const char *name)
{
	char		want[64];
	char		have[64];
	int			i = ntrk_delim_find(f, n, name);
	size_t		k;

	if (i >= 0 || !mangle_key(name, strlen(name), want, sizeof(want)))
		return i;
	for (k = 0; k < n; k++)
		if (mangle_key(f[k].ptr, f[k].len, have, sizeof(have)) && strcmp(want, have) == 0)
			return (int) k;
	return -1;
}

/*
 * Map the header fields for a format.  Returns false (and leaves the map
 * untouched) when the fields are not that format's header.
 */
static bool
map_header(NtrkCallReader *r, NtrkCallFormat fmt, const NtrkDelimField *f, size_t n)
{
	const CallFormatDef *fi = formats[fmt];
	int			col[NTRK_COL_COUNT];
	int			i,
				k;
	bool		any = fi->need_any[0] == CALL_COL_NONE;

	if (fi->columns == NULL)
		return false;
	for (i = 0; i < NTRK_COL_COUNT; i++)
		col[i] = -1;
	for (i = 0; i < fi->n_columns; i++)
		for (k = 0; k < 5 && fi->columns[i].names[k] != NULL && col[fi->columns[i].col] < 0; k++)
			col[fi->columns[i].col] = find_column(f, n, fi->columns[i].names[k]);
	for (i = 0; i < 3; i++)
		if (fi->need_all[i] != CALL_COL_NONE && col[fi->need_all[i]] < 0)
			return false;
	for (i = 0; i < 2; i++)
		if (fi->need_any[i] != CALL_COL_NONE && col[fi->need_any[i]] >= 0)
			any = true;
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

/* Is the line EricScript's "nothing found" message? */
static bool
is_ericscript_nothing_found(const NtrkDelimRecord *rec)
{
	const char *s = rec->text;
	size_t		len = rec->len;

	ntrk_delim_trim(&s, &len);
	return len == sizeof(ericscript_nothing_found) - 1 &&
		memcmp(s, ericscript_nothing_found, len) == 0;
}

/*
 * Could the fields be the first line of a headerless sample<TAB>fusion
 * file?  Two or more columns, the second a fusion the parser reads.
 */
static bool
headerless_sample_fusion(const NtrkDelimField *f, size_t n)
{
	NtrkCallSpan s;
	NtrkFusion	fusion;
	NtrkParseError err;

	if (n < 2)
		return false;
	s.ptr = f[1].ptr;
	s.len = f[1].len;
	ntrk_delim_trim(&s.ptr, &s.len);
	return s.len > 0 && ntrk_fusion_parse(s.ptr, s.len, &fusion, &err);
}

/*
 * The columns of a line, quoted and comma-separated, for the message that
 * says the header is not known; cut with "..." when long.
 */
static void
describe_columns(const NtrkDelimField *f, size_t n, char *buf, size_t size)
{
	size_t		used = 0;
	size_t		i;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
	{
		NtrkCallSpan s = {f[i].ptr, f[i].len};
		size_t		l;
		int			w;

		ntrk_delim_trim(&s.ptr, &s.len);
		/* at most 40 bytes, cut on a character boundary */
		l = s.len > 40 ? 40 : s.len;
		while (l > 0 && l < s.len && ((unsigned char) s.ptr[l] & 0xC0) == 0x80)
			l--;
		if (used + 80 >= size)
		{
			snprintf(buf + used, size - used, ", ... (%zu columns)", n);
			return;
		}
		w = snprintf(buf + used, size - used, "%s\"%.*s%s\"", i ? ", " : "",
					 (int) l, s.ptr, l < s.len ? "..." : "");
		if (w < 0 || (size_t) w >= size - used)
			return;
		used += (size_t) w;
	}
	call_clip_utf8(buf);
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
	if ((r->format == NTRK_FMT_AUTO || r->format == NTRK_FMT_ERICSCRIPT) &&
		is_ericscript_nothing_found(rec))
	{
		r->format = NTRK_FMT_ERICSCRIPT;
		return NTRK_CALL_SKIP;
	}
	delim = ntrk_delim_sniff(rec);
	n = ntrk_delim_split(rec, delim, scratch, fields, max_fields);
	if (n > max_fields)
		n = max_fields;
	if (r->format == NTRK_FMT_AUTO)
	{
		size_t		k;

		for (k = 0; k < sizeof(detect_order) / sizeof(detect_order[0]); k++)
			if (map_header(r, detect_order[k], fields, n))
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
	{
		/*
		 * Metadata before the header.  A '#' line with several columns may
		 * be a header ntrk does not know (SQuID's "# chrom1 ..."): its
		 * columns are the ones to name if no known header follows.
		 */
		if (n >= 3)
			describe_columns(fields, n, r->columns_seen, sizeof(r->columns_seen));
		return NTRK_CALL_SKIP;
	}

	/*
	 * "auto" reads a line that is no known header as the first line of a
	 * headerless two-column file only when its second column holds a
	 * fusion; anything else is a header ntrk does not know.
	 */
	if (r->format == NTRK_FMT_AUTO && !headerless_sample_fusion(fields, n))
	{
		if (r->columns_seen[0] == '\0')
			describe_columns(fields, n, r->columns_seen, sizeof(r->columns_seen));
		return NTRK_CALL_UNDETECTED;
	}
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
	call_msg_add(out->error, "no %s header line before this line", formats[r->format]->name);
	return NTRK_CALL_ROW;
}
