/*
 * genome_build.h
 *		Names of the human reference assemblies a caller's coordinates may
 *		be on, reduced to their canonical GRC names.
 *
 * Accepted (case-insensitive, surrounding blanks ignored):
 *	GRCh38, hg38, 38  ->  "GRCh38"
 *	GRCh37, hg19, 37  ->  "GRCh37"
 * hg19 and hg38 are UCSC's names for the GRC assemblies GRCh37 and GRCh38.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#ifndef NTRK_GENOME_BUILD_H
#define NTRK_GENOME_BUILD_H

#include <stdbool.h>
#include <stddef.h>

/* The accepted spellings, for messages. */
extern const char ntrk_genome_builds_accepted[];

/*
 * Canonical name ("GRCh38" or "GRCh37") of a build name; NULL when the
 * name is not one ntrk knows.  s need not be NUL-terminated.
 */
extern const char *ntrk_genome_build_normalise(const char *s, size_t len);

#endif							/* NTRK_GENOME_BUILD_H */
