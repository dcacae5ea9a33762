/*
 * caller_formats.h
 *		The file formats of fusion callers and portals, and how one line of
 *		each becomes one fusion call: true 5'->3' genes, exons, transcripts,
 *		breakpoints, reading frame and read support.
 *
 * Formats (each in its own file src/core/caller_<family>.c, which names the
 * caller's documentation its columns follow):
 *	star-fusion			star-fusion.fusion_predictions(.abridged).tsv
 *	arriba				fusions.tsv
 *	fusioncatcher		final-list_candidate-fusion-genes.txt
 *	jaffa				jaffa_results.csv
 *	cbioportal-sv		cBioPortal data_sv.txt (current and older columns)
 *	cbioportal-fusions	cBioPortal data_fusions.txt (deprecated, one row per gene)
 *	sample-fusion		two columns, sample<TAB>fusion, header optional
 *	ctat-lr-fusion		ctat-LR-fusion.fusion_predictions(.abridged).tsv
 *	fusioninspector		finspector.FusionInspector.fusions(.abridged).tsv
 *	ericscript			<sample>.results.total.tsv / .results.filtered.tsv
 *	pizzly				flattened pizzly JSON (flatten_json.py, -flat.tsv)
 *	squid				AnnotateSQUIDOutput.py output (FusedGenes column)
 *	dragen				DRAGEN RNA <prefix>.fusion_candidates.final
 *	annofuse			annoFuse standardized fusion calls
 *	oncokb-sv			oncokb-annotator structural-variant input
 *	oncokb-fusion		oncokb-annotator fusion input
 *
 * Header names are matched case-insensitively, with a leading '#' ignored;
 * a name that does not match as written is matched again the way R's
 * read.delim and pandas mangle it ("X.FusionName", "strand1.gene.fusion.").
 *
 * Columns are found by name in the header line, so they may come in any
 * order, with extra columns anywhere.  A line that cannot be read still
 * gives a call, with the reason in its error text: nothing is dropped except
 * blank lines, '#' comment lines and repeated header lines.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#ifndef CALLER_FORMATS_H
#define CALLER_FORMATS_H

#include <stdbool.h>
#include <stddef.h>

#include "delim_reader.h"
#include "fusion_parse.h"
#include "ntrk_knowledge.h"

typedef enum NtrkCallFormat
{
	NTRK_FMT_AUTO = 0,
	NTRK_FMT_STAR_FUSION,
	NTRK_FMT_ARRIBA,
	NTRK_FMT_FUSIONCATCHER,
	NTRK_FMT_JAFFA,
	NTRK_FMT_CBIO_SV,
	NTRK_FMT_CBIO_FUSIONS,
	NTRK_FMT_SAMPLE_FUSION,
	NTRK_FMT_CTAT_LR_FUSION,
	NTRK_FMT_FUSIONINSPECTOR,
	NTRK_FMT_ERICSCRIPT,
	NTRK_FMT_PIZZLY,
	NTRK_FMT_SQUID,
	NTRK_FMT_DRAGEN,
	NTRK_FMT_ANNOFUSE,
	NTRK_FMT_ONCOKB_SV,
	NTRK_FMT_ONCOKB_FUSION
} NtrkCallFormat;

#define NTRK_FMT_LAST NTRK_FMT_ONCOKB_FUSION

/* The names accepted by ntrk_call_format_lookup, for messages. */
extern const char ntrk_call_formats_accepted[];

/* Canonical name of a format ("star-fusion", ...). */
extern const char *ntrk_call_format_name(NtrkCallFormat fmt);

/*
 * Format by name: case-insensitive, '-', '_' and spaces ignored
 * ("STAR-Fusion", "star_fusion", "cbioportal-sv").  s need not be
 * NUL-terminated.
 */
extern bool ntrk_call_format_lookup(const char *s, size_t len,
									NtrkCallFormat *out);

/* Logical columns a format may provide. */
typedef enum NtrkCallColumn
{
	NTRK_COL_SAMPLE = 0,
	NTRK_COL_NAME,				/* fusion notation: A--B, A:B, "A-B fusion" */
	NTRK_COL_GENE1,				/* first gene column (5' except cBioPortal) */
	NTRK_COL_GENE2,
	NTRK_COL_TX1,
	NTRK_COL_TX2,
	NTRK_COL_EXON1,
	NTRK_COL_EXON2,
	NTRK_COL_REGION1,			/* cBioPortal Site1_Region: Exon, Intron... */
	NTRK_COL_REGION2,
	NTRK_COL_BP1,				/* breakpoint as one field */
	NTRK_COL_BP2,
	NTRK_COL_CHROM1,			/* breakpoint as chromosome + position */
	NTRK_COL_POS1,
	NTRK_COL_CHROM2,
	NTRK_COL_POS2,
	NTRK_COL_SPLIT1,			/* split (junction) reads */
	NTRK_COL_SPLIT2,			/* Arriba: split_reads2, added to SPLIT1 */
	NTRK_COL_SPAN,				/* spanning fragments / discordant pairs */
	NTRK_COL_FRAME,
	NTRK_COL_STRAND1,			/* Arriba strand1(gene/fusion) */
	NTRK_COL_STRAND2,
	NTRK_COL_TYPE,				/* Arriba type */
	NTRK_COL_EVENT_INFO,		/* cBioPortal */
	NTRK_COL_CONNECTION,
	NTRK_COL_ANNOTATION,
	NTRK_COL_COMMENTS,
	NTRK_COL_METHOD,			/* cBioPortal data_fusions Method, annoFuse Caller */
	NTRK_COL_GENE1_NEXT,		/* annoFuse Gene2A: second gene of side 1 */
	NTRK_COL_GENE2_NEXT,		/* annoFuse Gene2B */
	NTRK_COL_START1,			/* SQuID BEDPE start1/end1/strand1 ... */
	NTRK_COL_END1,
	NTRK_COL_START2,
	NTRK_COL_END2,
	NTRK_COL_MARKER,			/* a column that only identifies the format */
	NTRK_COL_DESC1,				/* cBioPortal Site1_Description */
	NTRK_COL_DESC2,
	NTRK_COL_DNA_SUPPORT,		/* cBioPortal DNA_Support: yes/no */
	NTRK_COL_RNA_SUPPORT,
	NTRK_COL_BUILD,				/* cBioPortal NCBI_Build */
	NTRK_COL_COUNT
} NtrkCallColumn;

/* Room for composed breakpoints and for error and note texts. */
#define NTRK_CALL_BP_MAX	128
#define NTRK_CALL_MSG_MAX	480

/* A byte range of the current line; len == 0 means absent. */
typedef struct NtrkCallSpan
{
	const char *ptr;
	size_t		len;
} NtrkCallSpan;

/* One call, as read from one line. */
typedef struct NtrkCall
{
	NtrkCallSpan sample;		/* from the file; absent when it has none */
	NtrkCallSpan method;		/* caller named by the row (data_fusions) */
	bool		has_fusion;		/* false: see error */
	NtrkFusion	fusion;			/* true 5'->3' where the file says so */
	bool		order_inferred; /* 5'/3' deduced by ntrk, not stated */
	bool		has_frame;		/* false: not given or unknown */
	NtrkFrame	frame;
	int			exon5;			/* 0 = not given */
	int			exon3;
	NtrkCallSpan transcript5;
	NtrkCallSpan transcript3;
	char		breakpoint5[NTRK_CALL_BP_MAX];	/* "" = not given */
	char		breakpoint3[NTRK_CALL_BP_MAX];
	int			genome_build;	/* 37 / 38 as the row states it; 0 = not */
	long		split_reads;	/* -1 = not given */
	long		spanning_reads;
	char		error[NTRK_CALL_MSG_MAX];	/* "" when the line was read */
	char		note[NTRK_CALL_MSG_MAX];	/* remarks that do not stop it;
											 * says why when a line read
											 * without error has no fusion
											 * (SQuID non-fusion-gene) */
	NtrkEvidence evidence;		/* what the file says the event is; NONE
								 * when it does not say */
} NtrkCall;

/* What one line turned out to be. */
typedef enum NtrkCallStep
{
	NTRK_CALL_SKIP = 0,			/* blank, comment, metadata or header line */
	NTRK_CALL_ROW,				/* a call (possibly with an error) */
	NTRK_CALL_UNDETECTED		/* format "auto" and the first line is no
								 * known header (see columns_seen) */
} NtrkCallStep;

/* Reading state over one file. */
typedef struct NtrkCallReader
{
	NtrkDelimReader rd;
	NtrkCallFormat format;		/* requested, then detected */
	bool		have_header;
	bool		positional;		/* sample-fusion without a header */
	char		delim;
	int			col[NTRK_COL_COUNT];	/* field index, -1 when absent */
	NtrkDelimRecord header;
	size_t		header_fields;	/* fields in the header line */
	/* for NTRK_CALL_UNDETECTED: the columns of the line, quoted */
	char		columns_seen[NTRK_CALL_MSG_MAX];
} NtrkCallReader;

extern void ntrk_call_reader_init(NtrkCallReader *r, const char *buf,
								  size_t len, NtrkCallFormat format);

/* Next raw line (record); false at the end. */
extern bool ntrk_call_reader_next(NtrkCallReader *r, NtrkDelimRecord *rec);

/*
 * Interpret one record.  scratch must hold rec->len + 1 bytes and fields
 * room for max_fields; out is filled when NTRK_CALL_ROW is returned, and its
 * spans point into scratch.
 */
extern NtrkCallStep ntrk_call_reader_feed(NtrkCallReader *r,
										  const NtrkDelimRecord *rec,
										  char *scratch,
										  NtrkDelimField *fields,
										  size_t max_fields,
										  NtrkCall *out);

/*
 * Build a fusion from separate 5' and 3' columns, the way fusion_make does:
 * the pieces are assembled into text and parsed, so both paths accept and
 * normalise the same values.  Exons and transcripts are optional (len 0 /
 * exon 0); a transcript is only used together with an exon.
 */
extern bool ntrk_call_build_fusion(NtrkCallSpan gene5, NtrkCallSpan gene3,
								   int exon5, int exon3,
								   NtrkCallSpan tx5, NtrkCallSpan tx3,
								   bool order_guaranteed, NtrkFusion *out,
								   NtrkParseError *err);

/*
 * cBioPortal orientation from free text (Event_Info, Annotation, Comments):
 * +1 when the text names gene_a as the 5' partner of gene_b ("(A-B)",
 * "{A:B}", "A (NM_...) - B (NM_...) fusion"), -1 for the reverse, 0 when it
 * does not say.  Genes are approved symbols as ntrk_gene_normalise gives.
 */
extern int	ntrk_call_order_from_text(const char *text, size_t len,
									  const char *gene_a, const char *gene_b);

/*
 * cBioPortal Connection_Type: +1 for 3to5 (Site1's segment ends in its 3'
 * end, joined to the start of Site2's: Site1 is 5'), -1 for 5to3, 0
 * otherwise (5to5, 3to3: no 5'->3' chimera; or not given).
 */
extern int	ntrk_call_order_from_connection(const char *text, size_t len);

#endif							/* CALLER_FORMATS_H */
