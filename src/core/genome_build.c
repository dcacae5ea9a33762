/*
 * genome_build.c
 *		Canonical names of the reference assemblies (see genome_build.h).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "genome_build.h"

#include "ntrk_ascii.h"

const char	ntrk_genome_builds_accepted[] =
"GRCh38 (also hg38, 38), GRCh37 (also hg19, 37)";

/* One accepted spelling (lower case) and the canonical name it stands for. */
typedef struct BuildName
{
	const char *spelling;
	const char *canonical;
} BuildName;

static const BuildName build_names[] = {
	{"grch38", "GRCh38"},
	{"hg38", "GRCh38"},
	{"38", "GRCh38"},
	{"grch37", "GRCh37"},
	{"hg19", "GRCh37"},
	{"37", "GRCh37"},
};

const char *
ntrk_genome_build_normalise(const char *s, size_t len)
{
	size_t		i;

	if (s == NULL)
		return NULL;
	ntrk_trim(&s, &len);
	for (i = 0; i < sizeof(build_names) / sizeof(build_names[0]); i++)
		if (ntrk_range_ieq(s, len, build_names[i].spelling))
			return build_names[i].canonical;
	return NULL;
}
