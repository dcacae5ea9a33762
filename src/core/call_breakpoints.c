/*
 * call_breakpoints.c
 *		Fill a caller file's call with what its NTRK breakpoint says: the
 *		first exon of the 3' NTRK segment (or the last of a 5' one), mapped
 *		on the gene's reference transcript on the file's genome build, so
 *		that the call classifies with kinase retention decided.
 *
 * A caller file does not state its build; ntrk_load_calls takes it as an
 * argument (cBioPortal files give it per row in NCBI_Build).  Without a
 * build, or when the breakpoint cannot be placed on the NTRK gene, nothing
 * is filled and the call's note says why.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "call_breakpoints.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "breakpoint.h"

/* Append "; text" (or text) to the call's note, truncating safely. */
static void
note_append(NtrkCall *call, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

static void
note_append(NtrkCall *call, const char *fmt,...)
{
	size_t		used = strlen(call->note);
	va_list		ap;

	if (used > 0 && used + 2 < sizeof(call->note))
	{
		memcpy(call->note + used, "; ", 3);
		used += 2;
	}
	if (used + 1 >= sizeof(call->note))
		return;
	va_start(ap, fmt);
	vsnprintf(call->note + used, sizeof(call->note) - used, fmt, ap);
	va_end(ap);
}

void
ntrk_call_apply_breakpoints(NtrkCall *call, int build_given)
{
	int			build = build_given;
	int			g3,
				g5,
				ntrk;
	bool		written3;
	NtrkFusionPart *part;
	NtrkJunctionEvidence ev;
	NtrkKnowledgeError err;
	const NtrkExonTranscript *tx;

	if (!call->has_fusion || call->fusion.kind == NTRK_KIND_INTRAGENIC ||
		(call->breakpoint5[0] == '\0' && call->breakpoint3[0] == '\0'))
		return;					/* nothing to read, or not a fusion */
	g3 = ntrk_ntrk_number(call->fusion.p3.symbol);
	g5 = ntrk_ntrk_number(call->fusion.p5.symbol);
	if (g3 == 0 && g5 == 0)
		return;
	ntrk = g3 ? g3 : g5;
	written3 = g3 != 0;
	part = written3 ? &call->fusion.p3 : &call->fusion.p5;
	if (part->exon > 0)
		return;					/* the file names the exon itself */
	/* a build the row states (cBioPortal NCBI_Build) wins over the argument */
	if (call->genome_build != 0)
	{
		if (build_given != 0 && build_given != call->genome_build)
			note_append(call, "the row says GRCh%d, not the GRCh%d given, and is read on GRCh%d",
						call->genome_build, build_given, call->genome_build);
		build = call->genome_build;
	}
	if (build == 0)
	{
		note_append(call, "no genome build was given, so the %s breakpoint was not read and kinase retention stays undecided (give genome_build)",
					ntrk_ntrk_symbol(ntrk));
		return;
	}
	if (!ntrk_junction_from_breakpoints(ntrk, written3,
										call->breakpoint5[0] ? call->breakpoint5 : NULL,
										strlen(call->breakpoint5),
										call->breakpoint3[0] ? call->breakpoint3 : NULL,
										strlen(call->breakpoint3),
										build, &ev, &err))
	{
		note_append(call, "the %s breakpoint was not read: %s", ntrk_ntrk_symbol(ntrk), err.detail);
		return;
	}
	if (!ev.read)
		return;
	tx = ntrk_exon_reference(ntrk, build);
	if (!written3 && (call->fusion.flags & NTRK_FLAG_ORDER_UNGUARANTEED) == 0)
		return;					/* reciprocal NTRK::partner: the 3' exon does not apply */

	/*
	 * The first exon of the 3' segment judges the kinase like the breakpoint
	 * does, except for a breakpoint inside the kinase-start exon after the
	 * kinase start: then no exon is written, and the note keeps the answer.
	 */
	if (tx != NULL && ev.first_exon > 0 &&
		(ev.first_exon <= tx->kinase_start_exon) == (ev.kinase_kept == NTRK_TRI_YES))
	{
		part->exon = (uint16_t) ev.first_exon;
		if (written3)
			call->exon3 = ev.first_exon;
		else
			call->exon5 = ev.first_exon;
	}
	note_append(call, "%s", ev.text);
}

void
ntrk_call_exon_from_text(NtrkCall *call, const char *label, const char *s,
						 size_t len, bool site_description)
{
	int			g3,
				g5,
				ntrk;
	bool		written3;
	NtrkFusionPart *part;
	NtrkExonText x;
	const char *tx;
	const NtrkTranscriptInfo *info;
	int			exon;

	if (!call->has_fusion || call->fusion.kind == NTRK_KIND_INTRAGENIC)
		return;
	g3 = ntrk_ntrk_number(call->fusion.p3.symbol);
	g5 = ntrk_ntrk_number(call->fusion.p5.symbol);
	if (g3 == 0 && g5 == 0)
		return;
	ntrk = g3 ? g3 : g5;
	written3 = g3 != 0;
	part = written3 ? &call->fusion.p3 : &call->fusion.p5;
	if (part->exon > 0)
		return;
	if (site_description ? !ntrk_site_description_parse(s, len, &x)
		: !ntrk_exon_comment_parse(s, len, &x))
		return;
	if (ntrk_ntrk_number(x.gene) != ntrk)
		return;					/* the partner's site, or another gene */
	exon = written3 || (call->fusion.flags & NTRK_FLAG_ORDER_UNGUARANTEED) ?
		x.first_exon_3p : x.last_exon_5p;
	tx = x.transcript[0] ? x.transcript : part->transcript;
	info = tx[0] ? ntrk_transcript_lookup(tx) : NULL;
	if (tx[0] && (info == NULL || info->ntrk != ntrk || info->kinase_limit == 0))
	{
		note_append(call, "%s names %s exon %d of %s, whose exon numbering ntrk has not verified, so it was not used",
					label, ntrk_ntrk_symbol(ntrk), x.exon, tx);
		return;
	}
	if (exon <= 0 || (info != NULL && info->n_exons > 0 && exon > info->n_exons))
		return;
	part->exon = (uint16_t) exon;
	if (written3)
		call->exon3 = exon;
	else
		call->exon5 = exon;
	note_append(call, "%s exon %d from %s", ntrk_ntrk_symbol(ntrk), exon, label);
}
