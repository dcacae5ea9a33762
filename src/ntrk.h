/*
 * ntrk.h
 *		Shared declarations of the fmgr glue (PostgreSQL side of ntrk).
 *
 * The pure-C core lives in src/core and never includes this file.
 */
#ifndef NTRK_H
#define NTRK_H

#include "postgres.h"
#include "fmgr.h"

#include "compat.h"
#include "ntrk_error.h"

#include "fusion_parse.h"

/*
 * On-disk / in-memory representation of a fusion value: a varlena whose
 * payload is the packed form described in fusion_parse.h.
 */
typedef struct varlena FusionP;

#define DatumGetFusionPP(X)		((struct varlena *) PG_DETOAST_DATUM_PACKED(X))
#define PG_GETARG_FUSION_PP(n)	DatumGetFusionPP(PG_GETARG_DATUM(n))

/* Payload pointer and length of a (possibly short-header) fusion datum. */
#define FUSION_BYTES(v)			((const uint8_t *) VARDATA_ANY(v))
#define FUSION_LEN(v)			VARSIZE_ANY_EXHDR(v)

/*
 * Decode a stored fusion into the core struct.  Raises
 * ERRCODE_DATA_CORRUPTED if the stored bytes are malformed (they were
 * validated on the way in, so this means on-disk damage).
 */
extern void ntrk_fusion_decode(struct varlena *v, NtrkFusion *out);

/* Build a fusion datum from the core struct. */
extern Datum ntrk_fusion_encode(const NtrkFusion *f);

/*
 * Parse text into a fusion.  With escontext == NULL errors are thrown;
 * otherwise they are saved there (soft errors) and false is returned.
 */
extern bool ntrk_fusion_from_text(const char *s, size_t len, NtrkFusion *out,
								  Node *escontext);

/*
 * Define prefix_eq, _ne, _lt, _le, _gt, _ge and _cmp from one
 * static int compare(FunctionCallInfo) that compares arguments 0 and 1:
 * the btree operator functions of a type, written once.
 */
#define NTRK_COMPARISON_FUNCTIONS(prefix, compare) \
	PG_FUNCTION_INFO_V1(prefix##_eq); \
	PG_FUNCTION_INFO_V1(prefix##_ne); \
	PG_FUNCTION_INFO_V1(prefix##_lt); \
	PG_FUNCTION_INFO_V1(prefix##_le); \
	PG_FUNCTION_INFO_V1(prefix##_gt); \
	PG_FUNCTION_INFO_V1(prefix##_ge); \
	PG_FUNCTION_INFO_V1(prefix##_cmp); \
	Datum prefix##_eq(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(compare(fcinfo) == 0); } \
	Datum prefix##_ne(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(compare(fcinfo) != 0); } \
	Datum prefix##_lt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(compare(fcinfo) < 0); } \
	Datum prefix##_le(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(compare(fcinfo) <= 0); } \
	Datum prefix##_gt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(compare(fcinfo) > 0); } \
	Datum prefix##_ge(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(compare(fcinfo) >= 0); } \
	Datum prefix##_cmp(PG_FUNCTION_ARGS) { PG_RETURN_INT32(compare(fcinfo)); }

/*
 * Raise an error of the knowledge core (src/core/ntrk_knowledge.h): 22P02
 * for malformed text, 22023 for an unacceptable value; the message names
 * the SQL function and quotes the value (value NULL = SQL NULL).
 */
struct NtrkKnowledgeError;
pg_noreturn extern void ntrk_report_knowledge_error(const struct NtrkKnowledgeError *err,
													const char *function,
													const char *value, size_t len);

/* Oid of the extension's schema (cached), for catalog lookups from C. */
extern Oid	ntrk_schema_oid(void);

#endif							/* NTRK_H */
