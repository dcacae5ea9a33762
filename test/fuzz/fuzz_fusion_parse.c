/*
 * fuzz_fusion_parse.c
 *		libFuzzer harness for the pure-C fusion parser and the packed form.
 *
 * For every input: parsing must not crash; a parsed value must print, and
 * its text must re-parse to the identical packed value; the packed value
 * must unpack to the same struct.  The raw input is also fed to the
 * unpacker, which must refuse or accept it without reading out of bounds.
 *
 * fuzz-sources: fusion_parse.c gene_table.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fusion_parse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NtrkFusion	f,
				g,
				u;
	NtrkParseError err;
	char		text[NTRK_FUSION_TEXT_MAX];
	uint8_t		p1[NTRK_FUSION_PACKED_MAX],
				p2[NTRK_FUSION_PACKED_MAX];
	size_t		n1,
				n2,
				tl;
	char	   *copy = malloc(size ? size : 1);

	/* exact-size copy so ASan sees any read past the end */
	memcpy(copy, data, size);
	if (ntrk_fusion_parse(copy, size, &f, &err))
	{
		tl = ntrk_fusion_format(&f, text);
		if (tl >= NTRK_FUSION_TEXT_MAX || strlen(text) != tl)
			abort();
		n1 = ntrk_fusion_pack(&f, p1);
		if (n1 > NTRK_FUSION_PACKED_MAX)
			abort();
		if (!ntrk_fusion_parse(text, tl, &g, &err))
			abort();
		n2 = ntrk_fusion_pack(&g, p2);
		if (n1 != n2 || memcmp(p1, p2, n1) != 0)
			abort();
		if (!ntrk_fusion_unpack(p1, n1, &u, &err) || memcmp(&u, &f, sizeof(f)) != 0)
			abort();
	}
	else if (err.detail[0] == '\0')
		abort();
	(void) ntrk_fusion_unpack((const uint8_t *) copy, size, &u, &err);
	free(copy);
	return 0;
}
