/*
 * compat.h
 *		Everything the supported PostgreSQL majors (15, 16, 17, 18) spell
 *		differently, in one place, so the rest of the glue is written once.
 *
 * Include it right after postgres.h (ntrk.h does).  Nothing here changes
 * behaviour: on PostgreSQL 15 a soft error is simply a hard error, which is
 * what PostgreSQL 15 itself does for every built-in type.
 *
 *   varatt.h      PostgreSQL 16 moved VARDATA, VARSIZE_ANY_EXHDR, SET_VARSIZE
 *                 and friends out of postgres.h into varatt.h.
 *   soft errors   PostgreSQL 16 added ErrorSaveContext (nodes/miscnodes.h)
 *                 with errsave(), ereturn() and SOFT_ERROR_OCCURRED(), used
 *                 by pg_input_is_valid() and pg_input_error_info().  On 15
 *                 the shims below throw instead, so input functions can pass
 *                 fcinfo->context to errsave/ereturn on every major.
 *   noreturn      PostgreSQL 18 replaced the trailing pg_attribute_noreturn()
 *                 by a leading pg_noreturn; write pg_noreturn everywhere.
 *   primary key   PostgreSQL 18 added a deferrable_ok argument to
 *                 RelationGetPrimaryKeyIndex(); use ntrk_primary_key_index().
 */
#ifndef NTRK_COMPAT_H
#define NTRK_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#include "nodes/miscnodes.h"
#endif

#if PG_VERSION_NUM < 160000

/* errsave(context, ...): raise the error (no soft-error context on 15). */
#define errsave(context, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
	} while (0)

/* ereturn(context, dummy, ...): raise the error; dummy is never returned. */
#define ereturn(context, dummy_value, ...) \
	do { \
		errsave(context, __VA_ARGS__); \
		return dummy_value; \
	} while (0)

/* No error can have been saved softly on 15. */
#define SOFT_ERROR_OCCURRED(escontext)	((void) (escontext), false)

#endif							/* PG_VERSION_NUM < 160000 */

/*
 * PostgreSQL 18 defines pg_noreturn (written before the declaration) and no
 * longer has pg_attribute_noreturn(); older majors have only the latter,
 * which expands to an attribute that may also lead the declaration.
 */
#ifndef pg_noreturn
#define pg_noreturn pg_attribute_noreturn()
#endif

/*
 * The primary key index of a relation, InvalidOid when there is none.  Up to
 * PostgreSQL 17 a deferrable primary key is never returned; PostgreSQL 18
 * asks whether it may be, and is told no, so every major answers the same.
 */
#if PG_VERSION_NUM >= 180000
#define ntrk_primary_key_index(rel)	RelationGetPrimaryKeyIndex((rel), false)
#else
#define ntrk_primary_key_index(rel)	RelationGetPrimaryKeyIndex(rel)
#endif

#endif							/* NTRK_COMPAT_H */
