/*
 * delim_reader.c
 *		Record and field reader for TSV and CSV files (see delim_reader.h).
 *
 * Quoting follows RFC 4180 (a field in double quotes may hold the delimiter,
 * line breaks and doubled quotes), applied to tab-separated files as well,
 * because spreadsheet exports quote TSV fields too.  Everything else is
 * lenient: text after a closing quote is kept, a quote in the middle of a
 * field is an ordinary byte, and a quote left open is taken literally.
 *
 * Pure C: no PostgreSQL headers, no allocation.
 */
#include "delim_reader.h"

#include <string.h>

/* Length of the line end starting at i: 2 for CRLF, 1 for LF or CR, else 0. */
static size_t
line_end_at(const char *buf, size_t len, size_t i)
{
	if (buf[i] == '\n')
		return 1;
	if (buf[i] == '\r')
		return (i + 1 < len && buf[i + 1] == '\n') ? 2 : 1;
	return 0;
}

/* Is c the delimiter (either candidate while it is not known yet)? */
static inline bool
is_delim(char c, char delim)
{
	return delim ? c == delim : (c == '\t' || c == ',');
}

/*
 * Find the end of the record starting at start.  With honour_quotes a quote
 * at the start of a field hides line breaks until it closes; if it is still
 * open after NTRK_DELIM_QUOTED_LINES line breaks or at the end of the input,
 * *open_quote is set and the result is meaningless (the caller rescans).
 * *breaks receives the number of line breaks inside the record.
 */
static size_t
scan_record(const NtrkDelimReader *r, size_t start, bool honour_quotes,
			long *breaks, bool *open_quote)
{
	const char *buf = r->buf;
	size_t		len = r->len;
	size_t		i = start;
	bool		in_quote = false;
	bool		field_start = true;

	*breaks = 0;
	*open_quote = false;
	while (i < len)
	{
		char		c = buf[i];
		size_t		le;

		if (in_quote)
		{
			if (c == '"')
			{
				if (i + 1 < len && buf[i + 1] == '"')
					i += 2;
				else
				{
					in_quote = false;
					i++;
				}
				continue;
			}
			le = line_end_at(buf, len, i);
			if (le > 0)
			{
				if (++*breaks >= NTRK_DELIM_QUOTED_LINES)
					break;
				i += le;
				continue;
			}
			i++;
			continue;
		}
		if (line_end_at(buf, len, i) > 0)
			return i;
		if (c == '"' && field_start && honour_quotes)
		{
			in_quote = true;
			field_start = false;
			i++;
			continue;
		}
		field_start = is_delim(c, r->delim);
		i++;
	}
	*open_quote = in_quote;
	return i;
}

void
ntrk_delim_init(NtrkDelimReader *r, const char *buf, size_t len)
{
	r->buf = buf;
	r->len = len;
	r->pos = 0;
	r->line = 1;
	r->delim = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3;
}

bool
ntrk_delim_next(NtrkDelimReader *r, NtrkDelimRecord *rec)
{
	size_t		start = r->pos;
	size_t		end;
	long		breaks;
	bool		open_quote;

	if (start >= r->len)
		return false;
	memset(rec, 0, sizeof(*rec));
	end = scan_record(r, start, true, &breaks, &open_quote);
	if (open_quote)
	{
		/* Take the quote literally: the record ends at the first line end. */
		end = scan_record(r, start, false, &breaks, &open_quote);
		rec->stray_quote = true;
	}
	rec->text = r->buf + start;
	rec->len = end - start;
	rec->line_number = r->line;
	rec->n_lines = breaks + 1;
	rec->comment = rec->len > 0 && rec->text[0] == '#';

	r->line += breaks + 1;
	if (end < r->len)
		end += line_end_at(r->buf, r->len, end);
	r->pos = end;
	return true;
}

bool
ntrk_delim_blank(const NtrkDelimRecord *rec)
{
	size_t		i;

	for (i = 0; i < rec->len; i++)
		if ((unsigned char) rec->text[i] > ' ')
			return false;
	return true;
}

char
ntrk_delim_sniff(const NtrkDelimRecord *rec)
{
	bool		in_quote = false;
	bool		comma = false;
	size_t		i;

	for (i = 0; i < rec->len; i++)
	{
		char		c = rec->text[i];

		if (c == '"')
			in_quote = !in_quote;
		else if (!in_quote && c == '\t')
			return '\t';
		else if (!in_quote && c == ',')
			comma = true;
	}
	return comma ? ',' : '\t';
}

size_t
ntrk_delim_split(const NtrkDelimRecord *rec, char delim, char *scratch,
				 NtrkDelimField *fields, size_t max_fields)
{
	const char *s = rec->text;
	size_t		len = rec->len;
	size_t		i = 0;
	size_t		out = 0;
	size_t		n = 0;

	for (;;)
	{
		size_t		field_out = out;
		size_t		field_in = i;
		bool		quoted = false;

		if (i < len && s[i] == '"')
		{
			bool		closed = false;

			i++;
			while (i < len)
			{
				if (s[i] == '"')
				{
					if (i + 1 < len && s[i + 1] == '"')
					{
						scratch[out++] = '"';
						i += 2;
						continue;
					}
					i++;
					closed = true;
					break;
				}
				scratch[out++] = s[i++];
			}
			if (closed)
				quoted = true;
			else
			{
				/* Never closed: keep the field as written, quote included. */
				out = field_out;
				i = field_in;
			}
		}
		/* Unquoted part (or what follows a closing quote) up to the delimiter. */
		while (i < len && s[i] != delim)
			scratch[out++] = s[i++];
		if (n < max_fields)
		{
			fields[n].ptr = scratch + field_out;
			fields[n].len = out - field_out;
			fields[n].quoted = quoted;
		}
		n++;
		if (i >= len)
			break;
		i++;					/* skip the delimiter */
	}
	scratch[out] = '\0';
	return n;
}

void
ntrk_delim_trim(const char **s, size_t *len)
{
	while (*len > 0 && (unsigned char) (*s)[0] <= ' ')
	{
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && (unsigned char) (*s)[*len - 1] <= ' ')
		(*len)--;
}

bool
ntrk_delim_name_is(const NtrkDelimField *f, const char *name)
{
	const char *s = f->ptr;
	size_t		len = f->len;
	size_t		i;

	ntrk_delim_trim(&s, &len);
	if (len > 0 && s[0] == '#')
	{
		s++;
		len--;
		ntrk_delim_trim(&s, &len);
	}
	if (len != strlen(name))
		return false;
	for (i = 0; i < len; i++)
	{
		char		a = s[i];
		char		b = name[i];

		if (a >= 'A' && a <= 'Z')
			a = (char) (a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char) (b - 'A' + 'a');
		if (a != b)
			return false;
	}
	return true;
}

int
ntrk_delim_find(const NtrkDelimField *header, size_t n, const char *name)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (ntrk_delim_name_is(&header[i], name))
			return (int) i;
	return -1;
}
