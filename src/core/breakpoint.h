/*
 * breakpoint.h
 *		Genomic breakpoints on the NTRK genes: parse a breakpoint as callers
 *		write it, name a genome build, map a position to an exon or intron
 *		of the gene's reference transcript on GRCh37 or GRCh38, and decide
 *		whether a 3' NTRK segment starting there keeps the kinase domain.
 *		Also reads exon numbers out of lab text (MSK-style site
 *		descriptions, lab comments).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.  The exon
 * coordinates are data (data/ntrk_exons.tsv, generated into
 * src/core/ntrk_exon_data.c by tools/gen_exon_table.py).
 */
#ifndef NTRK_BREAKPOINT_H
#define NTRK_BREAKPOINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ntrk_knowledge.h"

/* ------------------------------------------------------------------------
 * Exon table (generated)
 * ------------------------------------------------------------------------
 */
typedef struct NtrkExon
{
	int			number;			/* exon number in the transcript's numbering */
	int32_t		lo;				/* lower coordinate, 1-based inclusive */
	int32_t		hi;				/* higher coordinate */
	int32_t		cds_first;		/* first coding base (c.), 0 = non-coding */
	int32_t		cds_last;
	const char *source;			/* where the row comes from */
} NtrkExon;

typedef struct NtrkExonTranscript
{
	const char *gene;			/* "NTRK1" */
	int			ntrk;			/* 1..3 */
	const char *accession;		/* versioned: "NM_002529.3", or an ENST */
	const char *ensembl;		/* Ensembl transcript with the same numbering */
	bool		reference;		/* the gene's reference transcript */
	const char *chromosome;		/* "chr1" */
	char		strand;			/* '+' or '-' */
	int			build;			/* 37 or 38 */
	int			kinase_start_aa;	/* first residue of the kinase domain */
	int			kinase_start_exon;	/* exon holding its codon */
	int32_t		kinase_start_base;	/* first base of that codon */
	int			n_exons;
	const NtrkExon *exons;		/* transcript order */
} NtrkExonTranscript;

extern const NtrkExonTranscript ntrk_exon_transcripts[];
extern const int ntrk_exon_transcript_count;

/* Transcript row for (ntrk, build): the reference one; NULL if none. */
extern const NtrkExonTranscript *ntrk_exon_reference(int ntrk, int build);

/*
 * Transcript row for an accession ("ENST00000323115", "NM_006180.4", any
 * case, version ignored) on a build; NULL if not listed.
 */
extern const NtrkExonTranscript *ntrk_exon_transcript(const char *accession,
													  int build);

/* ------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------
 */

/*
 * Genome build, as src/core/genome_build.c reads it (GRCh38, hg38, 38 ->
 * 38; GRCh37, hg19, 37 -> 37), also with a patch suffix (GRCh38.p14).  s
 * need not be NUL-terminated.  Fails (22P02) on any other text.
 */
extern bool ntrk_build_parse(const char *s, size_t len, int *build,
							 NtrkKnowledgeError *err);

/* "GRCh37" / "GRCh38". */
extern const char *ntrk_build_name(int build);

typedef struct NtrkBreakpoint
{
	char		chromosome[8];	/* normalised: "chr1" ... "chr22", "chrX",
								 * "chrY", "chrM" */
	int32_t		position;		/* 1-based */
	char		strand;			/* '+', '-' or 0 when not given */
} NtrkBreakpoint;

/*
 * A breakpoint as callers write it: chr15:87940753:-, 15:87940753,
 * chr1:156874906:+, "chr15 87940753 -" (JAFFA-like columns joined by
 * blanks).  Fails (22P02) on anything else, a position 0 or one beyond
 * 2^31 - 1.
 */
extern bool ntrk_breakpoint_parse(const char *s, size_t len,
								  NtrkBreakpoint *out, NtrkKnowledgeError *err);

/*
 * Chromosome name as callers write it (chr15, 15, CHR15, MT) into out
 * ("chr15"); false when it is not a human chromosome name.
 */
extern bool ntrk_chromosome_normalise(const char *s, size_t len, char *out,
									  size_t out_size);

/* ------------------------------------------------------------------------
 * Mapping
 * ------------------------------------------------------------------------
 */
typedef enum NtrkRegion
{
	NTRK_REGION_EXON = 0,
	NTRK_REGION_INTRON,
	NTRK_REGION_UPSTREAM,		/* before the first listed exon */
	NTRK_REGION_DOWNSTREAM		/* after the last listed exon */
} NtrkRegion;

/* "exon", "intron", "upstream", "downstream". */
extern const char *ntrk_region_name(NtrkRegion region);

/* Where a position may lie outside the listed exons and still be read. */
#define NTRK_BREAKPOINT_MARGIN	10000

typedef struct NtrkBreakpointMap
{
	const NtrkExonTranscript *tx;
	int32_t		position;		/* as given */
	int32_t		mapped;			/* after snapping to an exon boundary */
	NtrkRegion	region;
	int			number;			/* exon number, or intron number (intron k
								 * lies between exons k and k+1); 0 up/down */
	bool		exon_first_base;	/* mapped is the first base of the exon */
	bool		exon_last_base;		/* mapped is the last base of the exon */
	int			first_exon_3p;	/* first exon of a 3' segment from here; 0 */
	bool		first_exon_partial; /* the 3' segment starts inside it */
	int			last_exon_5p;	/* last exon of a 5' segment up to here; 0 */
	bool		last_exon_partial;
	int			last_exon_number;	/* highest exon number of the transcript */
	NtrkTri		kinase_kept;	/* a 3' segment from here keeps the whole
								 * kinase domain */
	bool		unverified;		/* lies where ntrk lists no exons (NTRK2
								 * before exon 4) */
	char		where[256];		/* "chr15:87,940,753 (GRCh38) is the first
								 * base of exon 15 of NM_001012338.2" */
	char		segment3[256];	/* "the 3' segment keeps the kinase domain
								 * (starts at exon 15 of 20)" */
	char		note[512];		/* where + snapping / strand remarks */
} NtrkBreakpointMap;

/*
 * Map a breakpoint onto the reference transcript of NTRKn on a build
 * (37/38).  Fails (22023) when the breakpoint is on another chromosome or
 * more than NTRK_BREAKPOINT_MARGIN bases outside the gene's listed exons;
 * the detail names the gene's span on that build.  A position within 2 bp
 * of an exon boundary (and not on it) is read as the boundary, and the note
 * says so.  A strand that differs from the gene's is noted, not an error.
 */
extern bool ntrk_breakpoint_map(int ntrk, int build, const NtrkBreakpoint *bp,
								NtrkBreakpointMap *out, NtrkKnowledgeError *err);

/* ------------------------------------------------------------------------
 * Junction evidence for the classification
 * ------------------------------------------------------------------------
 */
/* NtrkJunctionEvidence is declared in ntrk_knowledge.h. */

/*
 * Read the breakpoint of NTRKn among the fusion's 5' and 3' breakpoints
 * (s5/s3, NULL when not given; need not be NUL-terminated).  The one of the
 * NTRK gene's side as written (3' when ntrk_written_3prime) is tried first,
 * then the other: callers and labs do not always keep the order.  build is
 * 37 or 38, or 0 when no build was given (then nothing is mapped and text
 * says why).  Fails on a malformed breakpoint (22P02), or when a breakpoint
 * was given on the NTRK side and neither lies in or near the gene (22023,
 * naming the gene's span).  Never fails when no breakpoint is given.
 */
extern bool ntrk_junction_from_breakpoints(int ntrk, bool ntrk_written_3prime,
										   const char *s5, size_t len5,
										   const char *s3, size_t len3,
										   int build, NtrkJunctionEvidence *ev,
										   NtrkKnowledgeError *err);

/* ------------------------------------------------------------------------
 * Exons from lab text
 * ------------------------------------------------------------------------
 */
typedef struct NtrkExonText
{
	char		gene[NTRK_SYMBOL_MAX + 1];	/* as written, upper case */
	char		strand;			/* from "(+)" / "(-)"; 0 */
	char		transcript[NTRK_TRANSCRIPT_MAX + 1];	/* "NM_002530"; "" */
	NtrkRegion	region;			/* exon or intron */
	int			exon;			/* exon named ("exon 11") */
	int			exon_last;		/* end of a range ("exons 15 - 20"); 0 */
	int			first_exon_3p;	/* first exon of a 3' segment from here */
	int			last_exon_5p;	/* last exon of a 5' segment up to here */
} NtrkExonText;

/*
 * MSK-style site description: "Intron of NTRK1(+): 37bp before exon 11",
 * "Intron of NTRK3(-):38Kb after exon 14", "Exon 2 of FOXA1(-)".  Returns
 * false (and leaves out zeroed) for any other text, including promoter,
 * UTR and intergenic descriptions, which name no exon.
 */
extern bool ntrk_site_description_parse(const char *s, size_t len,
										NtrkExonText *out);

/*
 * A lab comment naming an NTRK exon: "NTRK3 exons 15 - 20", "NTRK3 Exon14
 * (NM_002530)", "NTRK1 exon 10", "ETV6 exon 5 - NTRK3 exon 15".  The first
 * NTRK gene followed by an exon number wins.  Returns false when no NTRK
 * gene with an exon number is found.
 */
extern bool ntrk_exon_comment_parse(const char *s, size_t len,
									NtrkExonText *out);

#endif							/* NTRK_BREAKPOINT_H */
