/*
 * test_canonical_corpus.c
 *		Every canonical value a release could store reads back unchanged:
 *		for each line of test/fixtures/canonical/<version>.tsv (text, packed
 *		hex), the text parses to exactly those bytes and prints as itself
 *		(text input), and the bytes unpack, print and re-parse to themselves
 *		(what fusion_recv checks on binary input).
 *
 * Runs from the top of the tree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fusion_parse.h"
#include "unit.h"

/* Decode hex into bytes; returns the byte count, or 0 on bad hex. */
static size_t
from_hex(const char *hex, uint8_t *out, size_t max)
{
	size_t		n = 0;

	while (hex[0] && hex[1] && n < max)
	{
		unsigned	v;

		if (sscanf(hex, "%2x", &v) != 1)
			return 0;
		out[n++] = (uint8_t) v;
		hex += 2;
	}
	return hex[0] == '\0' ? n : 0;
}

/* Check one corpus file; returns the number of values read. */
static int
check_file(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[1024];
	int			n = 0,
				bad_text = 0,
				bad_binary = 0;

	UNIT_OK(f != NULL, "%s opens", path);
	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f))
	{
		char	   *tab = strchr(line, '\t');
		uint8_t		want[NTRK_FUSION_PACKED_MAX],
					got[NTRK_FUSION_PACKED_MAX];
		size_t		nw,
					ng,
					nt;
		NtrkFusion	v,
					again;
		NtrkParseError err;
		char		text[NTRK_FUSION_TEXT_MAX];

		if (tab == NULL)
			continue;
		*tab = '\0';
		tab[1 + strcspn(tab + 1, "\n")] = '\0';
		n++;
		nw = from_hex(tab + 1, want, sizeof(want));

		/* text input: parses to the same bytes and prints as itself */
		if (!ntrk_fusion_parse(line, strlen(line), &v, &err) ||
			(ng = ntrk_fusion_pack(&v, got)) != nw || memcmp(got, want, nw) != 0 ||
			(nt = ntrk_fusion_format(&v, text)) != strlen(line) ||
			memcmp(text, line, nt) != 0)
		{
			bad_text++;
			printf("# text input does not read back: %s\n", line);
		}

		/* binary input: unpack, print, re-parse, repack to the same bytes */
		if (!ntrk_fusion_unpack(want, nw, &v, &err) ||
			(nt = ntrk_fusion_format(&v, text)) == 0 ||
			!ntrk_fusion_parse(text, nt, &again, &err) ||
			(ng = ntrk_fusion_pack(&again, got)) != nw || memcmp(got, want, nw) != 0)
		{
			bad_binary++;
			printf("# binary input does not read back: %s\n", line);
		}
	}
	fclose(f);
	UNIT_OK(n > 50, "%s holds %d values", path, n);
	UNIT_OK(bad_text == 0, "%s: every value reads back through text input (%d do not)", path, bad_text);
	UNIT_OK(bad_binary == 0, "%s: every value reads back through binary input (%d do not)", path, bad_binary);
	return n;
}

int
main(void)
{
	check_file("test/fixtures/canonical/1.0.tsv");
	check_file("test/fixtures/canonical/1.1.tsv");
	return unit_done();
}
