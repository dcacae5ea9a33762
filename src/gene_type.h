/*
 * gene_type.h
 *		The gene type: one resolved gene symbol, the right operand of the
 *		gene-membership operators of fusion (?, ?|, ?&).
 *
 * Stored form (a varlena): one format byte, then the symbol's bytes with no
 * terminator.  The symbol was resolved by input (approved symbol, previous
 * symbol or unique alias -> approved symbol; other valid names upper-cased),
 * so readers compare bytes and never look the gene table up again.
 */
#ifndef GENE_TYPE_H
#define GENE_TYPE_H

#include "postgres.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"

#include "fusion_parse.h"

/* Format version: first byte of every stored and binary value. */
#define NTRK_GENE_FORMAT		1

/* Storage of the type, as CREATE TYPE gene declares it (sql/install/10-fusion.sql). */
#define NTRK_GENE_TYPLEN		(-1)
#define NTRK_GENE_TYPBYVAL		false
#define NTRK_GENE_TYPALIGN		TYPALIGN_INT

#define PG_GETARG_GENE_PP(n)	((struct varlena *) PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(n)))

/* A gene datum holding this (already resolved) symbol. */
extern Datum ntrk_gene_make(const char *symbol);

/*
 * Copy the symbol of a gene datum into out (NTRK_SYMBOL_MAX + 1 bytes,
 * NUL-terminated).  Raises ERRCODE_DATA_CORRUPTED for malformed bytes.
 */
extern void ntrk_gene_get(struct varlena *gene, char *out);

/* The elements of a gene[] (as deconstruct_array returns them). */
extern void ntrk_gene_array_elements(ArrayType *arr, Datum **elems, bool **nulls,
									 int *n);

#endif							/* GENE_TYPE_H */
