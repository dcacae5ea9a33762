/*
 * test_genome_build.c
 *		Unit tests of the genome build names: every accepted spelling gives
 *		its canonical GRC name, anything else is refused.
 */
#include <string.h>

#include "genome_build.h"
#include "unit.h"

/* Canonical name of a NUL-terminated spelling, or "(refused)". */
static const char *
canonical(const char *s)
{
	const char *c = ntrk_genome_build_normalise(s, strlen(s));

	return c ? c : "(refused)";
}

int
main(void)
{
	static const char *const accepted[][2] = {
		{"GRCh38", "GRCh38"}, {"grch38", "GRCh38"}, {"hg38", "GRCh38"},
		{"HG38", "GRCh38"}, {"38", "GRCh38"}, {" GRCh38\t", "GRCh38"},
		{"GRCh37", "GRCh37"}, {"hg19", "GRCh37"}, {"37", "GRCh37"},
	};
	static const char *const refused[] = {
		"", "hg18", "GRCh36", "GRCm39", "GRCh38.p14", "hg 38", "3 8", "T2T-CHM13", "b37",
	};
	size_t		i;

	for (i = 0; i < sizeof(accepted) / sizeof(accepted[0]); i++)
		UNIT_STREQ(canonical(accepted[i][0]), accepted[i][1], "\"%s\" is %s",
				   accepted[i][0], accepted[i][1]);
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		UNIT_STREQ(canonical(refused[i]), "(refused)", "\"%s\" is refused", refused[i]);
	UNIT_OK(ntrk_genome_build_normalise(NULL, 0) == NULL, "NULL is refused");
	UNIT_OK(ntrk_genome_build_normalise("hg38x", 4) != NULL, "length bounds the name (hg38 of hg38x)");
	return unit_done();
}
