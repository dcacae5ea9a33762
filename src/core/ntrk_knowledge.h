/*
 * ntrk_knowledge.h
 *		NTRK knowledge compiled into the library: kinase-retaining exons per
 *		transcript, reading-frame words, protein changes and resistance
 *		classes, known 5' partners, the fusion classification and the
 *		patient-level status.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.  Errors are
 * returned, never thrown; the fmgr glue (src/classify.c) turns them into
 * SQLSTATE 22P02 (syntax) or 22023 (well-formed but unacceptable value).
 *
 * The facts are rows of the data/ TSV files, each with its source, generated into
 * knowledge_data.c by tools/gen_knowledge.py (`make generate`); docs/sources.md
 * lists the sources.  The code is split by concern: ntrk_transcripts.c,
 * ntrk_frame.c, ntrk_partners.c, fusion_classify.c, protein_change.c,
 * variant_classify.c, patient_state.c.
 */
#ifndef NTRK_KNOWLEDGE_H
#define NTRK_KNOWLEDGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fusion_parse.h"

/* Room for one human "reason" sentence (bytes, NUL included). */
#define NTRK_REASON_MAX			1024

/* Three-valued answers (SQL true / false / NULL). */
typedef enum NtrkTri
{
	NTRK_TRI_NO = 0,
	NTRK_TRI_YES = 1,
	NTRK_TRI_UNKNOWN = 2
} NtrkTri;

/* What went wrong, so that the glue can pick the SQLSTATE. */
typedef enum NtrkErrorKind
{
	NTRK_ERR_SYNTAX = 1,		/* malformed text: 22P02 */
	NTRK_ERR_VALUE = 2			/* well-formed but not acceptable: 22023 */
} NtrkErrorKind;

typedef struct NtrkKnowledgeError
{
	NtrkErrorKind kind;
	const char *argument;		/* SQL argument at fault: "gene", ... */
	char		detail[320];
	const char *hint;			/* static text, never NULL after a failure */
} NtrkKnowledgeError;

/* Which knowledge is compiled in: digest of the data/ files and table sizes. */
extern const char *ntrk_knowledge_source_text(void);

/* Hint shared by the protein-change parser and the variant classifier. */
extern const char ntrk_change_hint[];

/* ------------------------------------------------------------------------
 * NTRK genes and transcripts
 * ------------------------------------------------------------------------
 */

/* 1, 2 or 3 for NTRK1/2/3 (also TRKA/TRKB/TRKC, any case); 0 otherwise. */
extern int	ntrk_ntrk_number(const char *symbol);

/* "NTRK1" etc. for 1..3; "" otherwise. */
extern const char *ntrk_ntrk_symbol(int ntrk);

/* Reference transcript accession (unversioned) of NTRK1..3. */
extern const char *ntrk_reference_transcript(int ntrk);

/* One row of the exon table (data/ntrk_transcripts.tsv). */
typedef struct NtrkTranscriptInfo
{
	const char *accession;		/* unversioned, upper case */
	int			ntrk;			/* 1, 2 or 3 */
	const char *versions;		/* versions with documented numbering, e.g.
								 * "3,4"; NULL when every version maps */
	const char *numbering;		/* whose exon numbering this is */
	int			n_exons;		/* 0 = exon structure not verified */
	int			kinase_limit;	/* highest 3' start exon keeping the whole
								 * kinase domain; 0 = not known */
	int			tm_limit;		/* highest 3' start exon keeping the TM exon;
								 * 0 = not known */
	bool		reference;		/* the gene's reference transcript */
} NtrkTranscriptInfo;

/* Look an accession up ("NM_002529.3", "enst00000524377"); NULL if absent. */
extern const NtrkTranscriptInfo *ntrk_transcript_lookup(const char *accession);

/* The whole table, for tests and documentation. */
extern const NtrkTranscriptInfo *ntrk_transcript_table(int *n);

/*
 * Does a 3' NTRK segment starting at this exon keep the kinase domain?
 * transcript may be "" (then the reference transcript is assumed).  exon 0
 * means "not given".  Returns YES/NO, or UNKNOWN with the reason in note
 * (no exon, transcript not in the table, numbering not verified, exon beyond
 * the transcript).  note always receives a short clause.
 */
extern NtrkTri ntrk_kinase_retained(int ntrk, const char *transcript, int exon,
									char *note, size_t note_size);

/* ------------------------------------------------------------------------
 * Reading frame
 * ------------------------------------------------------------------------
 */
typedef enum NtrkFrame
{
	NTRK_FRAME_IN = 0,
	NTRK_FRAME_OUT = 1,
	NTRK_FRAME_STOP = 2,
	NTRK_FRAME_UNKNOWN = 3
} NtrkFrame;

#define NTRK_FRAME_LAST NTRK_FRAME_UNKNOWN

/* "in_frame", "out_of_frame", "stop_codon", "unknown" (the SQL enum). */
extern const char *ntrk_frame_name(NtrkFrame frame);

/*
 * Map a caller's reading-frame word to NtrkFrame.  s need not be
 * NUL-terminated; s == NULL means SQL NULL (unknown).
 */
extern bool ntrk_frame_normalise(const char *s, size_t len, NtrkFrame *out,
								 NtrkKnowledgeError *err);

/* ------------------------------------------------------------------------
 * Known 5' partners and other driver genes
 * ------------------------------------------------------------------------
 */
extern bool ntrk_is_known_5prime_partner(const char *symbol);
extern bool ntrk_is_other_driver(const char *symbol);

/* ------------------------------------------------------------------------
 * Fusion classification
 * ------------------------------------------------------------------------
 *
 * Keep this enum in the order of the SQL enum ntrk_fusion_class
 * (sql/install/20-classify.sql); ntrk_fusion_class_name gives the labels.
 */
typedef enum NtrkFusionClass
{
	NTRK_CLASS_FUSION = 0,		/* NTRK 3', kinase kept or not contradicted */
	NTRK_CLASS_KINASE_LOST,		/* NTRK 3' segment starts after the kinase */
	NTRK_CLASS_OUT_OF_FRAME,	/* caller says out-of-frame / stop codon */
	NTRK_CLASS_RECIPROCAL,		/* NTRK is the 5' partner */
	NTRK_CLASS_ORIENTATION_UNKNOWN, /* NTRK first, order not guaranteed,
									 * partner not a known 5' partner */
	NTRK_CLASS_INTRAGENIC,		/* NTRK1-intragenic, NTRK1-NTRK1 */
	NTRK_CLASS_PRESUMPTIVE,		/* ?::NTRK1: partner unknown (FISH) */
	NTRK_CLASS_CATEGORICAL,		/* v::NTRK1, "NTRK1 fusion" */
	NTRK_CLASS_OTHER_DRIVER,	/* fusion of ALK, ROS1, RET, ... */
	NTRK_CLASS_NOT_NTRK,		/* anything else */
	NTRK_CLASS_ANTISENSE,		/* evidence: partners on opposite strands */
	NTRK_CLASS_TRANSCRIPT_ONLY	/* evidence: fusion transcript, no protein
								 * fusion (UTR or non-coding junction) */
} NtrkFusionClass;

#define NTRK_CLASS_LAST NTRK_CLASS_TRANSCRIPT_ONLY

extern const char *ntrk_fusion_class_name(NtrkFusionClass cls);

typedef struct NtrkFusionVerdict
{
	NtrkFusionClass cls;
	int			ntrk;			/* 1..3, 0 when no NTRK gene is involved */
	char		driver_gene[NTRK_SYMBOL_MAX + 1];	/* NTRKn or ALK, ...; "" */
	char		partner[NTRK_SYMBOL_MAX + 1];	/* the other named gene; "" */
	NtrkTri		actionable;		/* NTRK-fusion indication for a TRK
								 * inhibitor */
	bool		orientation_inferred;	/* read as partner::NTRK */
	NtrkTri		kinase_kept;	/* UNKNOWN when not checked */
	NtrkFrame	frame;
	char		reason[NTRK_REASON_MAX];
} NtrkFusionVerdict;

/* Classify one fusion with a normalised reading frame.  Never fails. */
extern void ntrk_classify_fusion(const NtrkFusion *f, NtrkFrame frame,
								 NtrkFusionVerdict *out);

/*
 * Evidence on the NTRK junction besides the exon written in the fusion: a
 * genomic breakpoint mapped on the NTRK gene (src/core/breakpoint.c), or a
 * lab's text.  For a 3' NTRK segment.
 */
typedef struct NtrkJunctionEvidence
{
	bool		read;			/* the evidence says where the segment starts */
	NtrkTri		kinase_kept;	/* does a 3' NTRK segment from there keep the
								 * whole kinase domain */
	int			first_exon;		/* first exon of that segment; 0 */
	const char *transcript;		/* numbering of first_exon ("NM_001012338.2"),
								 * static; NULL */
	char		text[640];		/* the evidence sentence ("NTRK3 breakpoint
								 * ... keeps the kinase domain (...)"), or
								 * why none was read; "" when none given */
} NtrkJunctionEvidence;

/*
 * ntrk_classify_fusion with junction evidence (ev may be NULL).  With no
 * exon in the fusion, evidence that was read decides kinase retention; an
 * exon that disagrees with it leaves retention and actionability undecided,
 * and the reason says so.  Never fails.
 */
extern void ntrk_classify_fusion_with(const NtrkFusion *f, NtrkFrame frame,
									  const NtrkJunctionEvidence *ev,
									  NtrkFusionVerdict *out);

/* ------------------------------------------------------------------------
 * Evidence: what a source file says an event is
 * ------------------------------------------------------------------------
 *
 * The values of the evidence argument of ntrk_classify and of the evidence
 * column of ntrk_load_calls (docs/portal-files.md).  NONE = not stated.
 */
typedef enum NtrkEvidence
{
	NTRK_EV_NONE = 0,
	NTRK_EV_PROTEIN_FUSION,		/* the file describes a protein fusion */
	NTRK_EV_RNA_FUSION,			/* a fusion transcript detected in RNA */
	NTRK_EV_DNA_REARRANGEMENT,	/* a DNA rearrangement named as a fusion,
								 * no protein-fusion evidence */
	NTRK_EV_TRANSCRIPT_FUSION,	/* transcript or UTR fusion, no protein */
	NTRK_EV_ANTISENSE,			/* partners on opposite strands */
	NTRK_EV_INTRAGENIC			/* inside one gene */
} NtrkEvidence;

#define NTRK_EV_LAST NTRK_EV_INTRAGENIC

/* "protein_fusion", ...; NULL for NTRK_EV_NONE. */
extern const char *ntrk_evidence_name(NtrkEvidence ev);

/*
 * Map an evidence word (any case; '-', ' ' and '_' alike) to NtrkEvidence.
 * s == NULL means SQL NULL (NONE).  Fails with the accepted words.
 */
extern bool ntrk_evidence_parse(const char *s, size_t len, NtrkEvidence *out,
								NtrkKnowledgeError *err);

/*
 * Refine a verdict of ntrk_classify_fusion by the evidence: antisense is no
 * fusion; a transcript-only event is not actionable; a DNA rearrangement
 * with NTRK 3' and no protein-fusion evidence is actionable NULL until RNA
 * confirms the fusion transcript; protein and RNA evidence change nothing.
 */
extern void ntrk_apply_evidence(NtrkEvidence ev, NtrkFusionVerdict *v);

/* ------------------------------------------------------------------------
 * Protein changes and variant classes
 * ------------------------------------------------------------------------
 *
 * Keep in the order of the SQL enum ntrk_variant_class.
 */
typedef enum NtrkVariantClass
{
	NTRK_VAR_SOLVENT_FRONT = 0,
	NTRK_VAR_GATEKEEPER,
	NTRK_VAR_XDFG,
	NTRK_VAR_KINASE_OTHER,		/* other residue of the NTRK kinase domain */
	NTRK_VAR_OUTSIDE_KINASE,	/* NTRK residue outside the kinase domain */
	NTRK_VAR_AMPLIFICATION,		/* NTRK copy-number amplification */
	NTRK_VAR_OFFTARGET_MAPK,	/* KRAS G12/G13/Q61, BRAF V600E, MET amp */
	NTRK_VAR_OFFTARGET_OTHER	/* other change in KRAS, BRAF, MET */
} NtrkVariantClass;

#define NTRK_VAR_LAST NTRK_VAR_OFFTARGET_OTHER

extern const char *ntrk_variant_class_name(NtrkVariantClass cls);

/* A protein change as parsed (before gene-specific checks). */
typedef struct NtrkProteinChange
{
	char		gene[NTRK_SYMBOL_MAX + 1];	/* gene written in the change; "" */
	char		accession[NTRK_TRANSCRIPT_MAX + 1]; /* "NP_006171.2:"; "" */
	bool		amplification;	/* "amplification" instead of a change */
	char		ref;			/* one-letter code */
	int			position;		/* as written */
	char		alt;			/* one-letter code, '*' for a stop */
} NtrkProteinChange;

/*
 * Parse G595R, p.G595R, p.Gly595Arg, p.(Gly595Arg), "NTRK1 G595R",
 * NTRK1:p.G595R, NP_006171.2:p.G639R, NM_002529.3(NTRK1):p.G595R, any case,
 * or "amplification" / "amp" (optionally after a gene).
 */
extern bool ntrk_protein_change_parse(const char *s, size_t len,
									  NtrkProteinChange *out,
									  NtrkKnowledgeError *err);

/* Genes ntrk_classify_variant knows; name need not be NUL-terminated. */
extern bool ntrk_variant_gene_known(const char *name, size_t len);

typedef struct NtrkVariantVerdict
{
	char		gene[8];		/* NTRK1, NTRK2, NTRK3, KRAS, BRAF, MET */
	int			ntrk;			/* 1..3, 0 for the off-target genes */
	bool		amplification;
	char		ref;			/* one-letter; 0 for amplification */
	int			position;		/* in the numbering below; 0 for amp */
	char		alt;
	char		change[24];		/* normalised: "p.G595R" or "amplification" */
	const char *numbering;		/* protein the position is counted on */
	NtrkVariantClass cls;
	bool		known_resistance;	/* listed in data/resistance.tsv */
	char		reason[NTRK_REASON_MAX];
} NtrkVariantVerdict;

/*
 * Classify a protein change.  gene may be NULL (then the change must name
 * the gene).  Fails on an unknown gene, a malformed or unsupported change,
 * a position outside the protein, or a reference residue that contradicts
 * the sequence at a checked position.
 */
extern bool ntrk_classify_variant(const char *gene, size_t gene_len,
								  const char *change, size_t change_len,
								  NtrkVariantVerdict *out,
								  NtrkKnowledgeError *err);

/* ------------------------------------------------------------------------
 * Patient-level status
 * ------------------------------------------------------------------------
 *
 * Keep in the order of the SQL enum ntrk_status.
 */
typedef enum NtrkStatus
{
	NTRK_STATUS_FUSION_ACTIONABLE = 0,
	NTRK_STATUS_RESISTANT,
	NTRK_STATUS_MUTATION_ONLY,
	NTRK_STATUS_NEGATIVE,
	NTRK_STATUS_INDETERMINATE
} NtrkStatus;

#define NTRK_STATUS_LAST NTRK_STATUS_INDETERMINATE

extern const char *ntrk_status_name(NtrkStatus status);

#define NTRK_PATIENT_STATE_VERSION	1
#define NTRK_LABEL_MAX				40

/*
 * Everything the aggregate keeps per patient.  Fixed size and free of
 * pointers, so the glue can hold it in a bytea state and combine partial
 * states; every field is validated by ntrk_patient_state_valid.  Ties are
 * broken by comparing texts, so the result never depends on row order.
 */
typedef struct NtrkPatientState
{
	uint8_t		version;		/* NTRK_PATIENT_STATE_VERSION */
	uint8_t		prior_tki;		/* NtrkTri: YES if any row says so */
	uint8_t		fusion_rank;	/* 0 none; see patient_state.c */
	uint8_t		fusion_cls;		/* NtrkFusionClass of the best fusion */
	uint8_t		fusion_actionable;	/* NtrkTri */
	uint8_t		has_reciprocal;
	uint16_t	off_mask;		/* bit per NtrkVariantClass: off-target
								 * resistance alterations */
	uint16_t	on_mask[3];		/* per NTRK1..3: classes of known on-target
								 * resistance mutations */
	uint16_t	vus_mask[3];	/* per NTRK1..3: kinase-domain classes of
								 * changes not known as resistance */
	uint16_t	n_rows;			/* saturating */
	uint16_t	n_ntrk_changes; /* NTRK mutations/amplifications, saturating */
	char		fusion_text[NTRK_FUSION_TEXT_MAX];	/* canonical, best one */
	char		fusion_gene[8]; /* NTRK gene of the best fusion */
	char		other_fusion[NTRK_FUSION_TEXT_MAX];	/* a non-NTRK driver fusion */
	char		on_label[3][NTRK_LABEL_MAX];	/* least resistance change per
												 * NTRK gene: "NTRK1 p.G595R" */
	char		vus_label[3][NTRK_LABEL_MAX];	/* least kinase change of
												 * unknown role per gene */
	char		ntrk_change_label[NTRK_LABEL_MAX];	/* least NTRK change */
	char		offtarget_label[NTRK_LABEL_MAX];	/* least off-target change */
} NtrkPatientState;

typedef struct NtrkPatientVerdict
{
	NtrkStatus	status;
	char		ntrk_gene[8];	/* "" when none */
	char		fusion[NTRK_FUSION_TEXT_MAX];	/* "" when none */
	uint16_t	resistance;		/* bit per NtrkVariantClass */
	NtrkTri		prior_tki;
	char		reason[NTRK_REASON_MAX];
} NtrkPatientVerdict;

extern void ntrk_patient_init(NtrkPatientState *st);
extern bool ntrk_patient_state_valid(const NtrkPatientState *st);

/* One row: any of the three parts may be absent (NULL pointer). */
extern void ntrk_patient_add_fusion(NtrkPatientState *st,
									const NtrkFusionVerdict *v,
									const char *fusion_text);
extern void ntrk_patient_add_variant(NtrkPatientState *st,
									 const NtrkVariantVerdict *v);
extern void ntrk_patient_add_prior(NtrkPatientState *st, bool prior_tki);
extern void ntrk_patient_count_row(NtrkPatientState *st);

/* Merge b into a (commutative and associative). */
extern void ntrk_patient_merge(NtrkPatientState *a, const NtrkPatientState *b);

extern void ntrk_patient_finish(const NtrkPatientState *st,
								NtrkPatientVerdict *out);

#endif							/* NTRK_KNOWLEDGE_H */
