/*
 * caller_internal.h
 *		What the per-format readers (src/core/caller_<family>.c) share: the
 *		format definition each one registers, and the helpers that turn
 *		fields into a call.  Not part of the public interface
 *		(caller_formats.h).
 *
 * A format is one CallFormatDef: its name, its columns as header names,
 * which columns recognise its header, and the function that extracts one
 * call from one data line.  caller_reader.c lists them all in its
 * registration table, indexed by NtrkCallFormat.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#ifndef CALLER_INTERNAL_H
#define CALLER_INTERNAL_H

#include "caller_formats.h"

/* Names a logical column may have in a header (first match wins). */
typedef struct CallColumnNames
{
	NtrkCallColumn col;
	const char *names[5];
} CallColumnNames;

/* Extract the fusion (and what else only this format knows) from a line. */
typedef void (*CallExtractFn) (const NtrkCallReader *r,
							   const NtrkDelimField *f, size_t n,
							   NtrkCall *call);

/* One format: its columns, how its header is recognised, its extractor. */
typedef struct CallFormatDef
{
	const char *name;			/* canonical name, as the user passes it */
	const CallColumnNames *columns;
	int			n_columns;
	NtrkCallColumn need_all[3]; /* all present (CALL_COL_NONE = unused) */
	NtrkCallColumn need_any[2]; /* at least one present, if any listed */
	bool		frame_strict;	/* the frame column holds only frame words */
	bool		own_sites;		/* the extractor sets breakpoints and frame */
	CallExtractFn extract;
} CallFormatDef;

#define CALL_COL_NONE NTRK_COL_COUNT
#define CALL_N_OF(a) ((int) (sizeof(a) / sizeof((a)[0])))

/* The formats, one per family file. */
extern const CallFormatDef call_format_star_fusion;
extern const CallFormatDef call_format_arriba;
extern const CallFormatDef call_format_fusioncatcher;
extern const CallFormatDef call_format_jaffa;
extern const CallFormatDef call_format_cbio_sv;
extern const CallFormatDef call_format_cbio_fusions;
extern const CallFormatDef call_format_sample_fusion;
extern const CallFormatDef call_format_ctat_lr_fusion;
extern const CallFormatDef call_format_fusioninspector;
extern const CallFormatDef call_format_ericscript;
extern const CallFormatDef call_format_pizzly;
extern const CallFormatDef call_format_squid;
extern const CallFormatDef call_format_dragen;
extern const CallFormatDef call_format_annofuse;
extern const CallFormatDef call_format_oncokb_sv;
extern const CallFormatDef call_format_oncokb_fusion;

/* One partner as the columns give it, before the 5'/3' roles are known. */
typedef struct CallSide
{
	NtrkCallSpan gene;
	NtrkCallSpan tx;
	NtrkCallSpan exon;
	NtrkCallSpan region;
	const char *label;			/* which column, for messages */
	bool		unknown;		/* no one gene: the partner is "?" */
} CallSide;

#define CALL_NO_SPAN ((NtrkCallSpan) {NULL, 0})

/* Longest piece of a field quoted back in a message. */
#define ECHO_MAX 60

/* printf arguments "%.*s" for a span, cut to ECHO_MAX on a character boundary. */
#define SPAN_ARGS(s) call_echo_len(s), (s).ptr

/* Cut a NUL-terminated buffer back so that it ends on a whole UTF-8 character. */
extern void call_clip_utf8(char *buf);

/* Append a formatted sentence to a message buffer, "; "-separated. */
extern void call_msg_add(char *buf, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* Length to print of a span: at most ECHO_MAX bytes, on a character boundary. */
extern int	call_echo_len(NtrkCallSpan s);

/* The trimmed field of a logical column, or an absent span. */
extern NtrkCallSpan call_col(const NtrkCallReader *r,
							 const NtrkDelimField *fields, size_t n,
							 NtrkCallColumn col);

/* Case-insensitive equality of a span and a lower-case word. */
extern bool call_span_is(NtrkCallSpan s, const char *word);

/* Does the span hold no value ("", ".", "-", NA, N/A, null, none)? */
extern bool call_span_missing(NtrkCallSpan s);

/* The span, or an absent one when it holds no value. */
extern NtrkCallSpan call_value_or_none(NtrkCallSpan s);

/* Case-insensitive search of a lower-case word inside a span. */
extern bool call_span_contains(NtrkCallSpan s, const char *word);

/* "chrom:pos" from two fields, when both are given. */
extern void call_set_breakpoint_parts(char *dst, NtrkCallSpan chrom,
									  NtrkCallSpan pos, NtrkCall *call);

/* Reading frame from a frame column (strict: only frame words expected). */
extern void call_set_frame(NtrkCallSpan s, bool strict, NtrkCall *call);

/* STAR-Fusion's "SYMBOL^ENSG...": the symbol part. */
extern NtrkCallSpan call_strip_gene_id(NtrkCallSpan g);

/*
 * Arriba-style intergenic side: "A(123),B(456)" (nearest genes and their
 * distances) or "." (no gene near).  Marks the side unknown and names the
 * genes in the note; false when the field is an ordinary gene.
 */
extern bool call_side_intergenic(CallSide *s, NtrkCall *call);

/*
 * A side that lists several genes separated by sep (DRAGEN ';'): marked
 * unknown, the genes named in the note; false when it names one gene.
 */
extern bool call_side_several(CallSide *s, char sep, NtrkCall *call);

/* Fill the call from two partners in 5'->3' order (or as written). */
extern void call_finish_pair(NtrkCall *call, const CallSide *s5,
							 const CallSide *s3, bool guaranteed);

/* Parse a notation column (A--B, A:B, "A-B fusion", ...) into the call. */
extern void call_finish_notation(NtrkCall *call, NtrkCallSpan name,
								 const char *what);

/* Fill everything but the fusion that the columns give directly. */
extern void call_extract_common(const NtrkCallReader *r,
								const NtrkDelimField *f, size_t n,
								NtrkCall *call, bool frame_strict,
								bool own_sites);

/*
 * Split a notation "A--B" at its first sep into two sides (trimmed); false
 * when sep is not there.
 */
extern bool call_split_sides(NtrkCallSpan name, const char *sep,
							 NtrkCallSpan *a, NtrkCallSpan *b);

/*
 * Mark a 5'->3' order that the caller's documentation does not state: the
 * call keeps the order as written, order_inferred is set and the note says
 * why.
 */
extern void call_order_not_stated(NtrkCall *call, const char *why);

/* First gene column 5', second 3' (the FusionName when there are none). */
extern void call_extract_ordered_pair(const NtrkCallReader *r,
									  const NtrkDelimField *f, size_t n,
									  NtrkCall *call);

#endif							/* CALLER_INTERNAL_H */
