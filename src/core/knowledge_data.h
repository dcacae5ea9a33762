/*
 * knowledge_data.h
 *		The NTRK fact tables, generated from the data/ TSV files into knowledge_data.c
 *		by tools/gen_knowledge.py (`make generate`), and small helpers the
 *		knowledge files share.  Internal to src/core: the SQL-facing API is
 *		ntrk_knowledge.h.
 *
 * Every table keeps the order of its data file; the generator has checked
 * the rows (types, allowed values, no duplicates, cross-references), so the
 * code reading them can rely on that.
 */
#ifndef KNOWLEDGE_DATA_H
#define KNOWLEDGE_DATA_H

#include <stdbool.h>
#include <stddef.h>

#include "ntrk_knowledge.h"
#include "ntrk_text.h"

/* Version text: a digest of the data files and the table sizes. */
extern const char ntrk_knowledge_source[];

/* data/genes.tsv: names of the NTRK genes and the off-target genes. */
typedef struct NtrkGeneName
{
	const char *name;			/* as written: NTRK1, TRKA, KRAS ... */
	const char *gene;			/* approved symbol */
	int			ntrk;			/* 1..3, 0 for the off-target genes */
} NtrkGeneName;

extern const NtrkGeneName ntrk_gene_names[];
extern const size_t ntrk_n_gene_names;

/* data/ntrk_transcripts.tsv (row type in ntrk_knowledge.h). */
extern const NtrkTranscriptInfo ntrk_transcripts[];
extern const size_t ntrk_n_transcripts;

/* data/frame_words.tsv, compacted. */
typedef struct NtrkFrameWord
{
	const char *word;			/* lower case; " \t-_()" removed */
	NtrkFrame	frame;
} NtrkFrameWord;

extern const NtrkFrameWord ntrk_frame_words[];
extern const size_t ntrk_n_frame_words;

/* data/partners_5prime.tsv (distinct partners) and data/other_drivers.tsv. */
extern const char *const ntrk_known_partners[];
extern const size_t ntrk_n_known_partners;
extern const char *const ntrk_other_drivers[];
extern const size_t ntrk_n_other_drivers;

/* data/ntrk_proteins.tsv + role residues: indexed by NTRK number 1..3. */
typedef struct NtrkProteinFacts
{
	const char *numbering;		/* protein the positions are counted on */
	int			length;			/* residues */
	int			kinase_start;
	int			kinase_end;
	const char *kinase_name;	/* "TRKA" ... */
	int			solvent_front;
	int			gatekeeper;
	int			xdfg;
} NtrkProteinFacts;

extern const NtrkProteinFacts ntrk_protein_facts[4];

/* data/residues.tsv: residues whose identity is checked. */
typedef struct NtrkResidue
{
	const char *gene;
	int			position;
	char		residue;
} NtrkResidue;

extern const NtrkResidue ntrk_residues[];
extern const size_t ntrk_n_residues;

/* data/resistance.tsv: known resistance alterations. */
typedef struct NtrkResistanceAlteration
{
	const char *gene;
	int			position;		/* 0: amplification */
	char		alt;			/* one-letter code; '+' any missense; 0 for amp */
} NtrkResistanceAlteration;

extern const NtrkResistanceAlteration ntrk_resistance[];
extern const size_t ntrk_n_resistance;

/* data/protein_numberings.tsv: accessions that select a numbering. */
typedef struct NtrkNumbering
{
	const char *accession;		/* unversioned, upper case */
	int			ntrk;
	int			length;			/* residues in this numbering */
	int			shift_from;		/* positions >= shift_from move by shift */
	int			shift;
	int			gap_lo;			/* gap_lo..gap_hi cannot be converted */
	int			gap_hi;
	const char *label;
} NtrkNumbering;

extern const NtrkNumbering ntrk_numberings[];
extern const size_t ntrk_n_numberings;

/* ------------------------------------------------------------------------
 * Helpers shared by the knowledge files (knowledge_util.c)
 * ------------------------------------------------------------------------
 */

/* Is symbol (any case) in a list of n words? */
extern bool ntrk_word_listed(const char *symbol, const char *const *list, size_t n);

/* Fill a knowledge error and return false ("return ntrk_knowledge_fail(...)"). */
extern bool ntrk_knowledge_fail(NtrkKnowledgeError *err, NtrkErrorKind kind,
								const char *argument, const char *hint,
								const char *fmt,...)
			__attribute__((format(printf, 5, 6)));

#endif							/* KNOWLEDGE_DATA_H */
