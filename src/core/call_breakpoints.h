/*
 * call_breakpoints.h
 *		Fill a call read from a caller file from its NTRK breakpoint and the
 *		file's genome build (see call_breakpoints.c).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#ifndef CALL_BREAKPOINTS_H
#define CALL_BREAKPOINTS_H

#include "caller_formats.h"

/*
 * When the call names no exon on its NTRK side, map its NTRK breakpoint on
 * the build the row states (cBioPortal NCBI_Build), else on build (37 or 38;
 * 0 = not known) and write the first exon of the 3' NTRK
 * segment into the fusion and the exon column; the note says what was read,
 * or why nothing was (no build, breakpoint off the gene).
 */
extern void ntrk_call_apply_breakpoints(NtrkCall *call, int build);

#endif							/* CALL_BREAKPOINTS_H */
