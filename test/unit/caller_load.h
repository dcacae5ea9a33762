/*
 * caller_load.h
 *		Test helper shared by the caller-format unit tests: read a whole
 *		buffer with the pure-C reader and keep each call as text.
 */
#ifndef CALLER_LOAD_H
#define CALLER_LOAD_H

#include <string.h>

#include "caller_formats.h"
#include "unit.h"

#define MAXF 64
#define MAXROWS 16

/* One call as text, so that tests can compare strings. */
typedef struct Got
{
	char		fusion[NTRK_FUSION_TEXT_MAX];	/* "" when none */
	char		sample[64];
	char		frame[16];
	char		tx5[64],
				tx3[64];
	char		bp5[NTRK_CALL_BP_MAX],
				bp3[NTRK_CALL_BP_MAX];
	int			exon5,
				exon3;
	long		split,
				span;
	bool		inferred;
	long		line;
	char		error[NTRK_CALL_MSG_MAX];
	char		note[NTRK_CALL_MSG_MAX];
} Got;

static Got	got[MAXROWS];
static char detected[32];
static char columns_seen[NTRK_CALL_MSG_MAX];

static void
span_copy(char *dst, size_t size, NtrkCallSpan s)
{
	size_t		n = s.len < size - 1 ? s.len : size - 1;

	if (n > 0)
		memcpy(dst, s.ptr, n);
	dst[n] = '\0';
}

/*
 * Read a whole buffer; returns the number of calls (kept in got[], the format
 * in detected), -1 if undetected (the columns in columns_seen).
 */
static int
load(const char *buf, NtrkCallFormat fmt)
{
	NtrkCallReader r;
	NtrkDelimRecord rec;
	static char scratch[4096];
	NtrkDelimField fields[MAXF];
	NtrkCall call;
	int			n = 0;

	memset(got, 0, sizeof(got));
	ntrk_call_reader_init(&r, buf, strlen(buf), fmt);
	while (ntrk_call_reader_next(&r, &rec))
	{
		NtrkCallStep st = ntrk_call_reader_feed(&r, &rec, scratch, fields, MAXF, &call);
		Got		   *g;

		if (st == NTRK_CALL_UNDETECTED)
		{
			strcpy(columns_seen, r.columns_seen);
			return -1;
		}
		if (st != NTRK_CALL_ROW || n >= MAXROWS)
			continue;
		g = &got[n++];
		if (call.has_fusion)
			ntrk_fusion_format(&call.fusion, g->fusion);
		span_copy(g->sample, sizeof(g->sample), call.sample);
		strcpy(g->frame, call.has_frame ? ntrk_frame_name(call.frame) : "");
		span_copy(g->tx5, sizeof(g->tx5), call.transcript5);
		span_copy(g->tx3, sizeof(g->tx3), call.transcript3);
		strcpy(g->bp5, call.breakpoint5);
		strcpy(g->bp3, call.breakpoint3);
		g->exon5 = call.exon5;
		g->exon3 = call.exon3;
		g->split = call.split_reads;
		g->span = call.spanning_reads;
		g->inferred = call.order_inferred;
		g->line = rec.line_number;
		strcpy(g->error, call.error);
		strcpy(g->note, call.note);
	}
	strcpy(detected, ntrk_call_format_name(r.format));
	return n;
}

#endif
