/*
 * dump_canonical.c
 *		Print the canonical text and packed bytes (hex) of every fusion a
 *		build of the core stores from the inputs on stdin (one per line),
 *		keeping only values whose text reads back to the same bytes: the
 *		corpus test/fixtures/canonical/<version>.tsv of what a release could
 *		store.  Build it against the core of the release in question:
 *
 *		cc -Isrc/core -o dump tools/dump_canonical.c src/core/fusion_parse.c \
 *			src/core/gene_table.c src/core/ntrk_text.c
 *		./dump < test/fixtures/canonical/inputs.txt | sort -u > 1.1.tsv
 *
 * (a release's own tree may need fewer core files; see README.md there).
 */
#include <stdio.h>
#include <string.h>

#include "fusion_parse.h"

int
main(void)
{
	char		line[4096];

	while (fgets(line, sizeof(line), stdin))
	{
		size_t		l = strcspn(line, "\n");
		NtrkFusion	f,
					g;
		NtrkParseError e;
		char		t[NTRK_FUSION_TEXT_MAX];
		uint8_t		a[NTRK_FUSION_PACKED_MAX],
					b[NTRK_FUSION_PACKED_MAX];
		size_t		n,
					na,
					nb,
					i;

		line[l] = '\0';
		if (!ntrk_fusion_parse(line, l, &f, &e))
			continue;
		n = ntrk_fusion_format(&f, t);
		na = ntrk_fusion_pack(&f, a);
		if (!ntrk_fusion_parse(t, n, &g, &e))
			continue;
		nb = ntrk_fusion_pack(&g, b);
		if (na != nb || memcmp(a, b, na) != 0)
			continue;
		printf("%.*s\t", (int) n, t);
		for (i = 0; i < na; i++)
			printf("%02x", a[i]);
		printf("\n");
	}
	return 0;
}
