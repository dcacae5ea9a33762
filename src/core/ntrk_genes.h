/*
 * ntrk_genes.h
 *		Built-in table of human gene symbols, their previous symbols and aliases.
 *
 * Pure C: no PostgreSQL headers.  The table itself (gene_table.c) is generated
 * by tools/gen_gene_table.py from NCBI Gene data and compiled into the library,
 * so that parsing a fusion never reads a catalog or a file and the type's I/O
 * functions can stay IMMUTABLE.
 */
#ifndef NTRK_GENES_H
#define NTRK_GENES_H

#include <stddef.h>
#include <stdint.h>

/* How a name matched the table. */
typedef enum NtrkGeneMatch
{
	NTRK_GENE_UNKNOWN = 0,		/* not a symbol, previous symbol or alias */
	NTRK_GENE_APPROVED,			/* the current approved symbol of one gene */
	NTRK_GENE_ALIAS,			/* previous symbol / alias of exactly one gene */
	NTRK_GENE_AMBIGUOUS			/* alias shared by several genes, or one of
								 * the few approved symbols NCBI gives to
								 * several genes (tRNA genes, RNR1, ...) */
} NtrkGeneMatch;

#define NTRK_GENE_MAX_CANDIDATES 8

typedef struct NtrkGeneLookup
{
	NtrkGeneMatch match;
	int32_t		gene;			/* index of the resolved gene, or -1 */
	int			n_candidates;	/* for NTRK_GENE_AMBIGUOUS: genes sharing the
								 * alias (at most NTRK_GENE_MAX_CANDIDATES are
								 * listed, n_candidates is the true count) */
	int32_t		candidates[NTRK_GENE_MAX_CANDIDATES];
} NtrkGeneLookup;

/*
 * Look a name up, ASCII case-insensitively.  name need not be NUL-terminated.
 * An approved symbol always wins over an alias of another gene.  out may be
 * NULL when only the match kind is wanted; otherwise match, gene and
 * n_candidates are always set (n_candidates is 0 unless ambiguous) and only
 * the first min(n_candidates, NTRK_GENE_MAX_CANDIDATES) candidates[] are
 * written.  Never allocates; safe on the hot path of a type input function.
 */
extern NtrkGeneMatch ntrk_gene_lookup(const char *name, size_t len,
									  NtrkGeneLookup *out);

/*
 * Approved symbol of a gene index, spelled as the nomenclature writes it
 * (e.g. "C1orf43"); NULL if the index is out of range.
 */
extern const char *ntrk_gene_symbol(int32_t gene);

/* NCBI Gene ID of a gene index; 0 if the index is out of range. */
extern uint32_t ntrk_gene_ncbi_id(int32_t gene);

/* Number of genes in the table: gene indexes are 0 .. count - 1. */
extern int32_t ntrk_gene_count(void);

/* Human-readable provenance of the table (source and date). */
extern const char *ntrk_gene_table_source(void);

#endif							/* NTRK_GENES_H */
