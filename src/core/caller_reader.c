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

#include <string.h>

#include "ntrk_ascii.h"

const char	ntrk_call_formats_accepted[] =
"auto, star-fusion, arriba, fusioncatcher, jaffa, cbioportal-sv, "
"cbioportal-fusions, sample-fusion";

/* "auto": no columns of its own; it becomes the format it detects. */
static const CallFormatDef format_auto = {
	.name = "auto",
	.need_all = {CALL_COL_NONE, CALL_COL_NONE},
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
};


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
			col[fi->columns[i].col] = ntrk_delim_find(f, n, fi->columns[i].names[k]);
	for (i = 0; i < 2; i++)
	{
		if (fi->need_all[i] != CALL_COL_NONE && col[fi->need_all[i]] < 0)
			return false;
		if (fi->need_any[i] != CALL_COL_NONE && col[fi->need_any[i]] >= 0)
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
	call_msg_add(out->error, "no %s header line before this line", formats[r->format]->name);
	return NTRK_CALL_ROW;
}
