/*
 * fuzz_breakpoint.c
 *		libFuzzer harness for the breakpoint core: breakpoint and build
 *		parsers, the mapping onto the NTRK transcripts, and the readers of
 *		exon numbers in lab text.
 *
 * For every input:
 *	- ntrk_breakpoint_parse must accept it or fail with a detail and a hint;
 *	  an accepted breakpoint printed back as chrN:position[:strand] must
 *	  parse to the same value;
 *	- an accepted breakpoint mapped on NTRK1/2/3 on GRCh37 and GRCh38 must
 *	  fail with 22023 or give a consistent map (region, numbers, kinase
 *	  answer, terminated sentences);
 *	- the input split at its first '|' into 5' and 3' breakpoints must give
 *	  junction evidence or an error with a detail, for every gene and build;
 *	- ntrk_build_parse, ntrk_site_description_parse and
 *	  ntrk_exon_comment_parse must answer without reading out of bounds, and
 *	  an accepted text must give exon numbers > 0 and a terminated gene.
 *
 * fuzz-sources: breakpoint.c ntrk_exon_data.c genome_build.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "breakpoint.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort unless buf holds a NUL within size bytes. */
static void
require_terminated(const char *buf, size_t size)
{
	if (memchr(buf, '\0', size) == NULL)
		abort();
}

/* A failed call must say why and how to fix it. */
static void
require_error(const NtrkKnowledgeError *err, NtrkErrorKind kind)
{
	require_terminated(err->detail, sizeof(err->detail));
	if (err->detail[0] == '\0' || err->hint == NULL || err->argument == NULL ||
		err->kind != kind)
		abort();
}

/* Map bp on every gene and build; check each answer. */
static void
check_map(const NtrkBreakpoint *bp)
{
	int			ntrk,
				build;

	for (ntrk = 1; ntrk <= 3; ntrk++)
		for (build = 37; build <= 38; build++)
		{
			NtrkBreakpointMap m;
			NtrkKnowledgeError err;

			if (!ntrk_breakpoint_map(ntrk, build, bp, &m, &err))
			{
				require_error(&err, NTRK_ERR_VALUE);
				continue;
			}
			require_terminated(m.where, sizeof(m.where));
			require_terminated(m.segment3, sizeof(m.segment3));
			require_terminated(m.note, sizeof(m.note));
			if (m.tx == NULL || m.region > NTRK_REGION_DOWNSTREAM ||
				m.kinase_kept > NTRK_TRI_UNKNOWN || m.where[0] == '\0' ||
				m.segment3[0] == '\0' || m.position != bp->position)
				abort();
			if ((m.region == NTRK_REGION_EXON || m.region == NTRK_REGION_INTRON) &&
				(m.number < 1 || m.first_exon_3p < m.number || m.last_exon_5p != m.number))
				abort();
			if (m.mapped - m.position > 2 || m.position - m.mapped > 2)
				abort();
		}
}

/* Junction evidence from "bp5|bp3" on every gene, orientation and build. */
static void
check_junction(const char *copy, size_t size)
{
	const char *bar = memchr(copy, '|', size);
	size_t		len5 = bar ? (size_t) (bar - copy) : 0;
	const char *s3 = bar ? bar + 1 : copy;
	size_t		len3 = bar ? size - len5 - 1 : size;
	int			ntrk,
				build,
				w3;

	for (ntrk = 1; ntrk <= 3; ntrk++)
		for (build = 0; build <= 38; build += build == 0 ? 37 : 1)
			for (w3 = 0; w3 <= 1; w3++)
			{
				NtrkJunctionEvidence ev;
				NtrkKnowledgeError err;

				if (ntrk_junction_from_breakpoints(ntrk, w3 != 0, bar ? copy : NULL, len5,
												   s3, len3, build, &ev, &err))
				{
					require_terminated(ev.text, sizeof(ev.text));
					if (ev.read && (ev.first_exon < 0 || ev.kinase_kept > NTRK_TRI_UNKNOWN ||
									ev.text[0] == '\0'))
						abort();
				}
				else
					require_terminated(err.detail, sizeof(err.detail));
			}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *copy = malloc(size ? size : 1);
	NtrkBreakpoint bp,
				again;
	NtrkKnowledgeError err;
	NtrkExonText x;
	int			build;

	if (size)
		memcpy(copy, data, size);
	if (ntrk_breakpoint_parse(copy, size, &bp, &err))
	{
		char		text[48];

		require_terminated(bp.chromosome, sizeof(bp.chromosome));
		if (bp.position < 1)
			abort();
		snprintf(text, sizeof(text), bp.strand ? "%s:%d:%c" : "%s:%d",
				 bp.chromosome, (int) bp.position, bp.strand);
		if (!ntrk_breakpoint_parse(text, strlen(text), &again, &err) ||
			memcmp(&again, &bp, sizeof(bp)) != 0)
			abort();
		check_map(&bp);
	}
	else
		require_error(&err, NTRK_ERR_SYNTAX);

	check_junction(copy, size);

	if (ntrk_build_parse(copy, size, &build, &err))
	{
		if (build != 37 && build != 38)
			abort();
	}
	else
		require_error(&err, NTRK_ERR_SYNTAX);

	if (ntrk_site_description_parse(copy, size, &x))
	{
		require_terminated(x.gene, sizeof(x.gene));
		if (x.exon < 1 || x.gene[0] == '\0')
			abort();
	}
	if (ntrk_exon_comment_parse(copy, size, &x))
	{
		require_terminated(x.gene, sizeof(x.gene));
		require_terminated(x.transcript, sizeof(x.transcript));
		if (x.exon < 1 || strncmp(x.gene, "NTRK", 4) != 0)
			abort();
	}
	free(copy);
	return 0;
}
