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

/*
 * When the call names no exon on its NTRK side, read one from a lab text:
 * an MSK site description (site_description: "Intron of NTRK1(+): 37bp
 * before exon 11") or a comment ("NTRK3 exons 15 - 20", "NTRK3 Exon14
 * (NM_002530)").  The exon is used only on a transcript whose numbering ntrk
 * has verified (the one the text or the call names, else the reference);
 * otherwise the note says it was not used.  label names the column.
 */
extern void ntrk_call_exon_from_text(NtrkCall *call, const char *label,
									 const char *s, size_t len,
									 bool site_description);

#endif							/* CALL_BREAKPOINTS_H */
