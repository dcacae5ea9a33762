/*
 * fusion_parse.h
 *		Pure-C core of the fusion type: parse every notation in use, print the
 *		canonical form, and pack/unpack the compact stored form.
 *
 * No PostgreSQL headers here, so the parser can be unit-tested and fuzzed on
 * its own.  Errors are returned, never thrown: the fmgr glue decides whether
 * to raise them or to hand them to a soft-error context.
 */
#ifndef FUSION_PARSE_H
#define FUSION_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Documented limits. */
#define NTRK_FUSION_MAX_INPUT	1024	/* bytes of text input */
#define NTRK_SYMBOL_MAX			63		/* bytes in one gene symbol */
#define NTRK_TRANSCRIPT_MAX		63		/* bytes in one transcript accession */
#define NTRK_EXON_MAX			999		/* largest exon number accepted */

/* Current stored/binary format version (first byte of every value). */
#define NTRK_FUSION_FORMAT		1

/* What kind of event a value describes. */
typedef enum NtrkFusionKind
{
	NTRK_KIND_CHIMERIC = 0,		/* two named genes, 5'::3' */
	NTRK_KIND_CATEGORICAL = 1,	/* any partner: v::NTRK1, "NTRK1 fusion" */
	NTRK_KIND_UNKNOWN_PARTNER = 2,	/* partner not identified: ?::NTRK1 */
	NTRK_KIND_INTRAGENIC = 3	/* NTRK1-intragenic, NTRK1-NTRK1: not a fusion */
} NtrkFusionKind;

#define NTRK_KIND_LAST NTRK_KIND_INTRAGENIC

/* Flag bits.  They are part of the value but not of its identity. */
#define NTRK_FLAG_ORDER_UNGUARANTEED	0x01	/* '-' or '/': order as written */
#define NTRK_FLAG_GENE5_UNLISTED		0x02	/* 5' symbol not in gene table */
#define NTRK_FLAG_GENE3_UNLISTED		0x04	/* 3' symbol not in gene table */
#define NTRK_FLAG_ALL					0x07

/* One partner: gene symbol, optional transcript and exon at the junction. */
typedef struct NtrkFusionPart
{
	char		symbol[NTRK_SYMBOL_MAX + 1];	/* "" when no gene (v, ?) */
	char		transcript[NTRK_TRANSCRIPT_MAX + 1];	/* "" when not given */
	uint16_t	exon;			/* 0 when not given; 5' end / 3' start exon */
} NtrkFusionPart;

/* A parsed fusion. */
typedef struct NtrkFusion
{
	uint8_t		kind;			/* NtrkFusionKind */
	uint8_t		flags;			/* NTRK_FLAG_* */
	NtrkFusionPart p5;			/* 5' partner (as written when unguaranteed) */
	NtrkFusionPart p3;			/* 3' partner */
} NtrkFusion;

/* Which part of the input failed; the glue maps this to errdetail. */
typedef struct NtrkParseError
{
	char		detail[320];
} NtrkParseError;

/*
 * Fill err->detail (printf-style) and return false; shared by the core's
 * parsers so that every error is reported the same way.
 */
extern bool ntrk_parse_fail(NtrkParseError *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* The accepted forms, for errhint. */
extern const char *const ntrk_fusion_accepted_forms;

/*
 * Parse len bytes of text.  Returns true and fills *out on success; returns
 * false and fills *err on failure.  Never reads past s + len.
 */
extern bool ntrk_fusion_parse(const char *s, size_t len, NtrkFusion *out,
							  NtrkParseError *err);

/*
 * Canonical text: "5'::3'" with exon/transcript detail.  When the order was
 * not guaranteed by the notation the partners are joined by '/', so that the
 * text re-parses to the same value (flag included).  Returns the length
 * written (excluding NUL); buf must hold NTRK_FUSION_TEXT_MAX bytes.
 */
#define NTRK_FUSION_TEXT_MAX	(2 * (NTRK_SYMBOL_MAX + NTRK_TRANSCRIPT_MAX + 16) + 32)
extern size_t ntrk_fusion_format(const NtrkFusion *f, char *buf);

/*
 * Stored form: [format][flags] symbol5 NUL symbol3 NUL [kind][exon5:2][exon3:2]
 * transcript5 NUL transcript3 NUL.  Everything after the flags byte is the
 * identity of the value: equal fusions have equal bytes there, and memcmp of
 * it orders fusions by 5' gene, then 3' gene.
 */
#define NTRK_FUSION_PACKED_MAX	(2 + 2 * (NTRK_SYMBOL_MAX + 1) + 5 + 2 * (NTRK_TRANSCRIPT_MAX + 1))
#define NTRK_FUSION_IDENTITY_OFFSET 2

extern size_t ntrk_fusion_pack(const NtrkFusion *f, uint8_t *buf);

/*
 * Unpack and validate a stored or received form.  Returns false with *err
 * filled when the bytes are not a well-formed value of a known format.
 */
extern bool ntrk_fusion_unpack(const uint8_t *buf, size_t len, NtrkFusion *out,
							   NtrkParseError *err);

/* Does the fusion involve this gene (symbol already resolved/uppercased)? */
extern bool ntrk_fusion_has_gene(const NtrkFusion *f, const char *symbol);

/*
 * Resolve a gene name as the type does: approved symbol or unique alias ->
 * approved symbol; otherwise the name uppercased (orfs kept as written).
 * Writes at most NTRK_SYMBOL_MAX + 1 bytes.  Returns false if the name is not
 * a valid symbol (empty, too long, bad characters).
 */
extern bool ntrk_gene_normalise(const char *name, size_t len, char *out,
								bool *listed);

/* Names of kinds, for SQL accessors. */
extern const char *ntrk_fusion_kind_name(uint8_t kind);

#endif							/* FUSION_PARSE_H */
