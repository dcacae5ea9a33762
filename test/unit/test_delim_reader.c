/*
 * test_delim_reader.c
 *		Unit tests of the TSV/CSV reader: line ends, byte-order mark, comments,
 *		quoting, stray quotes and control bytes, field counts, header lookup.
 */
#include <stdio.h>
#include <string.h>

#include "delim_reader.h"
#include "unit.h"

#define MAXF 32

/* Read every record of buf; returns the count, texts joined by '|'. */
static int
records(const char *buf, size_t len, char delim, char *joined, long *lines)
{
	NtrkDelimReader r;
	NtrkDelimRecord rec;
	int			n = 0;

	joined[0] = '\0';
	ntrk_delim_init(&r, buf, len);
	r.delim = delim;
	while (ntrk_delim_next(&r, &rec))
	{
		if (n > 0)
			strcat(joined, "|");
		strncat(joined, rec.text, rec.len);
		if (lines)
			lines[n] = rec.line_number;
		n++;
	}
	return n;
}

/* Split one record given as a C string; fields joined by '|'. */
static size_t
split(const char *line, char delim, char *joined, NtrkDelimField *f)
{
	NtrkDelimRecord rec;
	static char scratch[512];
	size_t		n,
				i;

	memset(&rec, 0, sizeof(rec));
	rec.text = line;
	rec.len = strlen(line);
	n = ntrk_delim_split(&rec, delim, scratch, f, MAXF);
	joined[0] = '\0';
	for (i = 0; i < n && i < MAXF; i++)
	{
		if (i > 0)
			strcat(joined, "|");
		strncat(joined, f[i].ptr, f[i].len);
	}
	return n;
}

static void
test_line_ends(void)
{
	char		j[1024];
	long		lines[16];
	static const char lf[] = "a\tb\nc\td\n";
	static const char crlf[] = "a\tb\r\nc\td\r\n";
	static const char cr[] = "a\tb\rc\td";
	static const char nofinal[] = "a\tb\nc\td";
	static const char blank[] = "a\n\n\r\nb\n";

	UNIT_OK(records(lf, strlen(lf), 0, j, NULL) == 2 && strcmp(j, "a\tb|c\td") == 0,
			"LF: two records, no empty record after the final newline");
	UNIT_OK(records(crlf, strlen(crlf), 0, j, NULL) == 2 && strcmp(j, "a\tb|c\td") == 0,
			"CRLF: the CR is not part of the record");
	UNIT_OK(records(cr, strlen(cr), 0, j, NULL) == 2 && strcmp(j, "a\tb|c\td") == 0,
			"lone CR ends a line (classic Mac exports)");
	UNIT_OK(records(nofinal, strlen(nofinal), 0, j, NULL) == 2 && strcmp(j, "a\tb|c\td") == 0,
			"missing final newline: the last record is still read");
	UNIT_OK(records(blank, strlen(blank), 0, j, lines) == 4 &&
			lines[0] == 1 && lines[1] == 2 && lines[2] == 3 && lines[3] == 4,
			"blank lines are records, and line numbers count them");
	UNIT_OK(records("", 0, 0, j, NULL) == 0, "empty input: no record");
}

static void
test_bom_and_comments(void)
{
	static const char bom[] = "\xEF\xBB\xBF#meta\nx\ty\n";
	NtrkDelimReader r;
	NtrkDelimRecord rec;

	ntrk_delim_init(&r, bom, strlen(bom));
	UNIT_OK(ntrk_delim_next(&r, &rec) && rec.comment && rec.len == 5 &&
			memcmp(rec.text, "#meta", 5) == 0 && rec.line_number == 1,
			"BOM skipped; the first line is a comment");
	UNIT_OK(ntrk_delim_next(&r, &rec) && !rec.comment && rec.line_number == 2,
			"data line after the comment is line 2");
	UNIT_OK(!ntrk_delim_next(&r, &rec), "end");
}

static void
test_control_bytes(void)
{
	char		j[1024];
	long		lines[8];
	static const char vt[] = "S1\tETV6\v--NTRK3\tnote\x0c\x01x\nS2\tLMNA::NTRK1\n";
	static const char nel[] = "a\xc2\x85" "b\tc\n";

	UNIT_OK(records(vt, strlen(vt), '\t', j, lines) == 2 && lines[1] == 2,
			"vertical tab, form feed and 0x01 are not line breaks");
	UNIT_OK(records(nel, strlen(nel), '\t', j, NULL) == 1,
			"U+0085 (NEL) is not a line break");
}

static void
test_quotes(void)
{
	char		j[1024];
	long		lines[8];
	NtrkDelimField f[MAXF];
	static const char multi[] = "\"S1\",\"ETV6:NTRK3\",\"two\nlines\"\n\"S2\",\"x\"\n";
	static const char stray[] = "S1\t\"unclosed\tETV6--NTRK3\nS2\tLMNA--NTRK1\n";
	char		longq[NTRK_DELIM_QUOTED_LINES * 2 + 16];
	size_t		i,
				n;
	NtrkDelimReader r;
	NtrkDelimRecord rec;

	UNIT_OK(records(multi, strlen(multi), ',', j, lines) == 2 && lines[1] == 3,
			"line break inside quotes continues the record; next record starts on line 3");

	ntrk_delim_init(&r, stray, strlen(stray));
	r.delim = '\t';
	UNIT_OK(ntrk_delim_next(&r, &rec) && rec.stray_quote &&
			rec.len == strlen("S1\t\"unclosed\tETV6--NTRK3"),
			"a quote never closed is taken literally; the record ends at its line");
	UNIT_OK(ntrk_delim_next(&r, &rec) && rec.line_number == 2 && !rec.stray_quote,
			"the next line is still its own record");

	/* A quote open over more than the limit of lines is literal too. */
	strcpy(longq, "\"x");
	for (i = 0; i < NTRK_DELIM_QUOTED_LINES + 2; i++)
		strcat(longq, "\n");
	strcat(longq, "\"");
	n = (size_t) records(longq, strlen(longq), ',', j, NULL);
	UNIT_OK(n == NTRK_DELIM_QUOTED_LINES + 3,
			"a quote spanning too many lines is literal (%zu records)", n);

	n = split("\"a,b\",\"say \"\"hi\"\"\",,plain", ',', j, f);
	UNIT_OK(n == 4 && strcmp(j, "a,b|say \"hi\"||plain") == 0 && f[0].quoted && !f[3].quoted,
			"CSV: delimiter and doubled quotes inside quotes, empty field");
	n = split("\"ETV6:NTRK3\"x,\"\"", ',', j, f);
	UNIT_OK(n == 2 && strcmp(j, "ETV6:NTRK3x|") == 0 && f[1].quoted && f[1].len == 0,
			"text after a closing quote is kept; \"\" is an empty quoted field");
	n = split("ab\"c\td", '\t', j, f);
	UNIT_OK(n == 2 && strcmp(j, "ab\"c|d") == 0, "quote inside a field is an ordinary byte");
	n = split("\"open\tx", '\t', j, f);
	UNIT_OK(n == 2 && strcmp(j, "\"open|x") == 0, "unclosed quote in a field is kept literally");
	n = split("\"two\nlines\",y", ',', j, f);
	UNIT_OK(n == 2 && strcmp(j, "two\nlines|y") == 0, "line break kept inside a quoted field");
}

static void
test_fields(void)
{
	char		j[1024];
	NtrkDelimField f[MAXF];
	size_t		n;
	NtrkDelimRecord rec;
	static char scratch[64];

	n = split("a\t\t\tb\t", '\t', j, f);
	UNIT_OK(n == 5 && strcmp(j, "a|||b|") == 0, "empty fields kept, trailing one too");
	n = split("", '\t', j, f);
	UNIT_OK(n == 1 && f[0].len == 0, "empty record is one empty field");

	memset(&rec, 0, sizeof(rec));
	rec.text = "1\t2\t3\t4\t5";
	rec.len = strlen(rec.text);
	n = ntrk_delim_split(&rec, '\t', scratch, f, 3);
	UNIT_OK(n == 5 && f[2].len == 1 && f[2].ptr[0] == '3',
			"more fields than room: the count is still right");

	rec.text = "\"a\tb\",c";
	rec.len = strlen(rec.text);
	UNIT_OK(ntrk_delim_sniff(&rec) == ',', "sniff ignores a tab inside quotes");
	rec.text = "a,b\tc";
	rec.len = strlen(rec.text);
	UNIT_OK(ntrk_delim_sniff(&rec) == '\t', "sniff prefers a tab");
	rec.text = "#FusionName";
	rec.len = strlen(rec.text);
	UNIT_OK(ntrk_delim_sniff(&rec) == '\t', "no delimiter at all: tab");
}

static void
test_header_and_trim(void)
{
	char		j[1024];
	NtrkDelimField f[MAXF];
	const char *s = " \v\tETV6\r\x0c ";
	size_t		len = strlen(s);

	split("#FusionName\tJunctionReadCount\t LeftGene \tsplit_reads1", '\t', j, f);
	UNIT_OK(ntrk_delim_find(f, 4, "fusionname") == 0, "leading '#' ignored, case-insensitive");
	UNIT_OK(ntrk_delim_find(f, 4, "LeftGene") == 2, "surrounding spaces ignored");
	UNIT_OK(ntrk_delim_find(f, 4, "RightGene") == -1, "absent column: -1");
	UNIT_OK(ntrk_delim_find(f, 4, "split_reads") == -1, "no prefix match");

	ntrk_delim_trim(&s, &len);
	UNIT_OK(len == 4 && memcmp(s, "ETV6", 4) == 0, "trim removes spaces and control bytes");
	{
		NtrkDelimRecord rec;

		memset(&rec, 0, sizeof(rec));
		rec.text = " \t\v\r";
		rec.len = 4;
		UNIT_OK(ntrk_delim_blank(&rec), "whitespace and controls only: blank");
		rec.text = " x";
		rec.len = 2;
		UNIT_OK(!ntrk_delim_blank(&rec), "not blank");
	}
}

int
main(void)
{
	test_line_ends();
	test_bom_and_comments();
	test_control_bytes();
	test_quotes();
	test_fields();
	test_header_and_trim();
	return unit_done();
}
