/*
 * breakpoint_map.h
 *		fmgr-side helpers of src/breakpoint_map.c shared with the other glue
 *		files that take breakpoint arguments.
 */
#ifndef NTRK_BREAKPOINT_MAP_H
#define NTRK_BREAKPOINT_MAP_H

#include "postgres.h"
#include "fmgr.h"

#include "breakpoint.h"

/* 37 or 38 from a build name (GRCh38, hg19 ...); 22P02 otherwise. */
extern int	ntrk_build_argument(text *t, const char *function);

/*
 * Map the optional breakpoint arguments of a call (5' and 3' breakpoint
 * texts at argument numbers b5 and b5 + 1, the build at b5 + 2; any may be
 * NULL or absent) onto NTRKn; raises 22P02 / 22023 like ntrk_breakpoint.
 */
extern void ntrk_junction_arguments(FunctionCallInfo fcinfo, int b5, int ntrk,
									bool ntrk_written_3prime, const char *function,
									NtrkJunctionEvidence *ev);

#endif							/* NTRK_BREAKPOINT_MAP_H */
