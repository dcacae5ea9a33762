/*
 * delim_reader.h
 *		Record and field reader for the delimited text files fusion callers and
 *		portals write (TSV and CSV), as they arrive in practice.
 *
 * What it copes with: LF, CRLF and lone-CR line ends; a missing final line
 * end; a UTF-8 byte-order mark; '#' comment and metadata lines (reported,
 * the caller decides what they are); fields in double quotes with doubled
 * quotes inside and line breaks inside; empty fields; any number of fields.
 * A vertical tab, form feed or other control byte is data, never a line
 * break.  An opening quote that is not closed within NTRK_DELIM_QUOTED_LINES
 * physical lines (or before the end of the input) is taken literally, so one
 * stray quote cannot swallow the rest of a file.
 *
 * Pure C: no PostgreSQL headers, no allocation.  Never reads outside
 * [buf, buf + len).
 */
#ifndef DELIM_READER_H
#define DELIM_READER_H

#include <stdbool.h>
#include <stddef.h>

/* Longest run of physical lines one quoted field may span. */
#define NTRK_DELIM_QUOTED_LINES	64

/* Reader state over one buffer. */
typedef struct NtrkDelimReader
{
	const char *buf;
	size_t		len;
	size_t		pos;			/* start of the next record */
	long		line;			/* physical line number at pos (1-based) */
	char		delim;			/* field delimiter once known; 0 = tab or
								 * comma (only where quotes may open) */
} NtrkDelimReader;

/* One record: a line, or several when a quoted field holds line breaks. */
typedef struct NtrkDelimRecord
{
	const char *text;			/* raw bytes, without the line end */
	size_t		len;
	long		line_number;	/* physical line it starts on (1-based) */
	long		n_lines;		/* physical lines it spans */
	bool		comment;		/* first byte is '#' */
	bool		stray_quote;	/* an unclosed quote was taken literally */
} NtrkDelimRecord;

/* One field of a record, unquoted and unescaped. */
typedef struct NtrkDelimField
{
	const char *ptr;			/* points into the caller's scratch */
	size_t		len;
	bool		quoted;
} NtrkDelimField;

/*
 * Start reading buf; a leading UTF-8 byte-order mark is skipped.  Set
 * r->delim once the delimiter is known, so that a quote opens a quoted field
 * only right after that delimiter.
 */
extern void ntrk_delim_init(NtrkDelimReader *r, const char *buf, size_t len);

/* Next record; false at the end of the input. */
extern bool ntrk_delim_next(NtrkDelimReader *r, NtrkDelimRecord *rec);

/* Does the record hold nothing but spaces and control bytes? */
extern bool ntrk_delim_blank(const NtrkDelimRecord *rec);

/*
 * The delimiter a header or first data line suggests: a tab when the record
 * has one outside quotes, else a comma when it has one, else a tab.
 */
extern char ntrk_delim_sniff(const NtrkDelimRecord *rec);

/*
 * Split a record into fields.  scratch must hold rec->len + 1 bytes; the
 * fields point into it.  At most max_fields are filled; the return value is
 * the number of fields the record has (which may be larger).
 */
extern size_t ntrk_delim_split(const NtrkDelimRecord *rec, char delim,
							   char *scratch, NtrkDelimField *fields,
							   size_t max_fields);

/*
 * Trim spaces and control bytes (tab, CR, vertical tab, form feed, ...)
 * from both ends of a byte range.
 */
extern void ntrk_delim_trim(const char **s, size_t *len);

/*
 * Does a header field name this column?  Case-insensitive, after trimming
 * and after dropping a leading '#' (STAR-Fusion "#FusionName", Arriba
 * "#gene1").
 */
extern bool ntrk_delim_name_is(const NtrkDelimField *f, const char *name);

/* Index of the first header field naming the column, or -1. */
extern int	ntrk_delim_find(const NtrkDelimField *header, size_t n,
							const char *name);

#endif							/* DELIM_READER_H */
