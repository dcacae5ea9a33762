/*
 * ntrk_knowledge.c
 *		NTRK facts and the rules built on them: kinase-retaining exons,
 *		reading-frame words, protein changes, resistance classes, known 5'
 *		partners, fusion classification and patient-level status.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 *
 * Sources (project notes, which cite the primary sources they were read in;
 * ntrk-exons.md and ntrk-resistance.md win over domain.md):
 *
 *	[EX]  /work/shared/reference/ntrk-exons.md
 *		  §1.1 kinase domains from InterPro protein2ipr rows mapped to RefSeq
 *		  proteins (cancervariants/fusion-curation domain_lookup_2022-01-20.tsv):
 *		  TrkA NP_002520.2 IPR000719 510-781, TrkB NP_001018074.1 538-807,
 *		  TrkC NP_001012338.1 538-828 (SMART 538-824); TrkA TM 417-438
 *		  (InterPro) / 424-439 (hydrophobic stretch of NM_002529.3).
 *		  §3 exon -> CDS -> protein tables computed from RefSeq exon tables
 *		  (AWGL/SomaticFusion RNAFusion-ROI.bed, UCSC refGene rows):
 *		  NM_002529.3 (17 exons), NM_006180.4 (21), NM_001012338.2 (20).
 *		  §5 which 3' start exons keep the whole kinase domain.
 *	[RS]  /work/shared/reference/ntrk-resistance.md
 *		  §0 NTRK2 numbering: NP_006171.2 / MANE / OncoKB (Q16620-4, 838 aa)
 *		  vs UniProt canonical Q16620-1 (822 aa), 16 residues apart after an
 *		  insert between Q16620-1 residues 434 and 494.
 *		  §1 resistance positions per gene and numbering; residue identities.
 *	[DM]  /work/shared/reference/domain.md §2 (genes, transcripts, aliases),
 *		  §2.1-2.2 (3' NTRK rule, reciprocal, intragenic), §3.3 (partners),
 *		  §4 (resistance classes, off-target MAPK), §8 (derived rules).
 *
 * No code here is taken from another project.
 */
#include "ntrk_knowledge.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ntrk_ascii.h"

/* ------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------
 */

/* Case-insensitive equality of a byte range and a NUL-terminated word. */
static bool
range_ieq(const char *s, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (word[i] == '\0' || ntrk_ascii_upper(s[i]) != ntrk_ascii_upper(word[i]))
			return false;
	return word[len] == '\0';
}

/* Case-insensitive equality of two NUL-terminated strings. */
static bool
str_ieq(const char *a, const char *b)
{
	return range_ieq(a, strlen(a), b);
}

/* A bounded string builder: appends never overflow, output stays NUL-ended. */
typedef struct Sbuf
{
	char	   *buf;
	size_t		size;
	size_t		len;
} Sbuf;

/* Start an empty string in buf. */
static void
sb_init(Sbuf *sb, char *buf, size_t size)
{
	sb->buf = buf;
	sb->size = size;
	sb->len = 0;
	buf[0] = '\0';
}

static void sb_printf(Sbuf *sb, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* Append printf-style text, truncating at the buffer end. */
static void
sb_printf(Sbuf *sb, const char *fmt,...)
{
	va_list		ap;
	int			n;

	if (sb->len + 1 >= sb->size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(sb->buf + sb->len, sb->size - sb->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sb->len += (size_t) n;
	if (sb->len >= sb->size)
		sb->len = sb->size - 1;
}

static bool set_error(NtrkKnowledgeError *err, NtrkErrorKind kind,
					  const char *argument, const char *hint,
					  const char *fmt,...)
			__attribute__((format(printf, 5, 6)));

/* Fill an error and return false, so callers can "return set_error(...)". */
static bool
set_error(NtrkKnowledgeError *err, NtrkErrorKind kind, const char *argument,
		  const char *hint, const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	err->argument = argument;
	err->hint = hint;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

/* Copy a symbol into a fixed buffer (always NUL-terminated). */
static void
copy_symbol(char *dst, size_t size, const char *src)
{
	size_t		l = strlen(src);

	if (l >= size)
		l = size - 1;
	memcpy(dst, src, l);
	dst[l] = '\0';
}

/* ------------------------------------------------------------------------
 * NTRK genes
 * ------------------------------------------------------------------------
 *
 * Symbols and the gene-scoped aliases TRKA/TRKB/TRKC ([DM] §2).  The bare
 * alias "TRK" is deliberately not mapped: it is also the family word.
 */
int
ntrk_ntrk_number(const char *symbol)
{
	static const struct
	{
		const char *name;
		int			ntrk;
	}			names[] = {
		{"NTRK1", 1}, {"TRKA", 1},
		{"NTRK2", 2}, {"TRKB", 2},
		{"NTRK3", 3}, {"TRKC", 3},
	};
	size_t		i;

	if (symbol == NULL)
		return 0;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (str_ieq(symbol, names[i].name))
			return names[i].ntrk;
	return 0;
}

/* Symbol of NTRK gene 1..3, for messages and results. */
const char *
ntrk_ntrk_symbol(int ntrk)
{
	static const char *const sym[] = {"", "NTRK1", "NTRK2", "NTRK3"};

	return (ntrk >= 1 && ntrk <= 3) ? sym[ntrk] : "";
}

/* ------------------------------------------------------------------------
 * Exon table: which 3' start exons keep the kinase domain
 * ------------------------------------------------------------------------
 *
 * [EX] §5: in all three genes the exon carrying the kinase-domain start
 * begins 9 codons before it and ends just after the ATP-binding lysine
 * (TrkA K544, TrkB K588 in NP_006171.2 = K572 in Q16620-1, TrkC K572); a 3'
 * segment starting one exon later loses the glycine-rich loop and that
 * lysine.  Limits:
 *
 *	NTRK1 NM_002529.3/.4 (TrkA-II, 17 exons): kinase starts in e13 (aa 510),
 *		  TM in e11 (aa 418-452).  MANE NM_002529.4 = ENST00000524377; the
 *		  numbering of .4 equals .3 at e9 ([EX] §2, FUSOR test_translators).
 *	NTRK1 NM_001012331 (TrkA-I, 16 exons): lacks e9 (VSFSPV, 18 nt), so every
 *		  exon from e10 on is one lower: kinase e12, TM e10 ([EX] §2, §5;
 *		  the shift is seen in a SnpEff note, secondary).
 *	NTRK2 NM_006180.4 (21 exons, 838 aa): kinase starts in e17 (aa 554 =
 *		  Q16620-1 538); TM range not verified, so no TM limit.  MANE .6 =
 *		  ENST00000277120 assumed to share the numbering ([EX] §2, §3.2).
 *	NTRK3 NM_001012338.2 (20 exons): kinase starts in e15 (aa 538), TM in
 *		  e12-e13 (Atlas, secondary).  MANE .3 shares the numbering at e14
 *		  (FUSOR, CIViC EML4::NTRK3); ENST00000360948 is its MANE pair
 *		  (secondary) ([EX] §2, §3.3).
 *
 * Transcripts whose exon structure is not verified in the notes are listed
 * with limit 0: they are recognised (and named in the reason), but an exon
 * on them is not judged: NTRK1 NM_001007792; NTRK2 NM_001018064 (Q16620-1,
 * 822 aa; "probably" limit 16, not verified), ENST00000323115,
 * ENST00000376213 (822 aa), ENST00000376214 (MSK/OncoKB GRCh37; shares the
 * protein with NM_006180 but its exon numbering is not verified); NTRK3
 * NM_002530 (825 aa, lacks the 14-aa kinase insert of e18; full structure
 * not verified), ENST00000629765.
 */
static const NtrkTranscriptInfo transcript_table[] = {
	/* accession, gene, versions, numbering, exons, kinase, TM, reference */
	{"NM_002529", 1, "3,4", "NM_002529.3/.4", 17, 13, 11, true},
	{"ENST00000524377", 1, NULL, "NM_002529.4 (MANE)", 17, 13, 11, false},
	{"NM_001012331", 1, NULL, "NM_001012331 (TrkA-I, no exon 9)", 16, 12, 10, false},
	{"NM_001007792", 1, NULL, "NM_001007792", 0, 0, 0, false},
	{"NM_006180", 2, "4,6", "NM_006180.4", 21, 17, 0, true},
	{"ENST00000277120", 2, NULL, "NM_006180.6 (MANE)", 21, 17, 0, false},
	{"NM_001018064", 2, NULL, "NM_001018064 (Q16620-1, 822 aa)", 0, 0, 0, false},
	{"ENST00000323115", 2, NULL, "ENST00000323115 (Q16620-1, 822 aa)", 0, 0, 0, false},
	{"ENST00000376213", 2, NULL, "ENST00000376213 (822 aa)", 0, 0, 0, false},
	{"ENST00000376214", 2, NULL, "ENST00000376214 (MSK GRCh37)", 0, 0, 0, false},
	{"NM_001012338", 3, "2,3", "NM_001012338.2/.3", 20, 15, 12, true},
	{"ENST00000360948", 3, NULL, "NM_001012338.3 (MANE)", 20, 15, 12, false},
	{"NM_002530", 3, NULL, "NM_002530 (825 aa)", 0, 0, 0, false},
	{"ENST00000629765", 3, NULL, "ENST00000629765", 0, 0, 0, false},
};

#define N_TRANSCRIPTS (sizeof(transcript_table) / sizeof(transcript_table[0]))

/* The exon table itself, so tests can check its invariants. */
const NtrkTranscriptInfo *
ntrk_transcript_table(int *n)
{
	*n = (int) N_TRANSCRIPTS;
	return transcript_table;
}

/* The transcript assumed when a fusion names none (ntrk-exons.md §5). */
const char *
ntrk_reference_transcript(int ntrk)
{
	size_t		i;

	for (i = 0; i < N_TRANSCRIPTS; i++)
		if (transcript_table[i].ntrk == ntrk && transcript_table[i].reference)
			return transcript_table[i].accession;
	return "";
}

/*
 * Split "NM_002529.3" into the table row for "NM_002529" and the version
 * text "3" (empty when none).  Returns NULL when the accession is not listed.
 */
static const NtrkTranscriptInfo *
lookup_versioned(const char *accession, const char **version)
{
	const char *dot = strchr(accession, '.');
	size_t		base_len = dot ? (size_t) (dot - accession) : strlen(accession);
	size_t		i;

	*version = dot ? dot + 1 : "";
	for (i = 0; i < N_TRANSCRIPTS; i++)
		if (range_ieq(accession, base_len, transcript_table[i].accession))
			return &transcript_table[i];
	return NULL;
}

/* Table row of an accession, version ignored; NULL when not listed. */
const NtrkTranscriptInfo *
ntrk_transcript_lookup(const char *accession)
{
	const char *version;

	return lookup_versioned(accession, &version);
}

/* Is version (e.g. "3") in a comma-separated list such as "3,4"? */
static bool
version_listed(const char *list, const char *version)
{
	size_t		vl = strlen(version);
	const char *p = list;

	while (*p)
	{
		const char *comma = strchr(p, ',');
		size_t		l = comma ? (size_t) (comma - p) : strlen(p);

		if (l == vl && memcmp(p, version, l) == 0)
			return true;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	return false;
}

/*
 * Judge a 3' NTRK start exon against the kinase limit of its transcript (the
 * reference one when none is given) and describe the reading in note, so the
 * reason can say which numbering was used and why a case was not judged.
 */
NtrkTri
ntrk_kinase_retained(int ntrk, const char *transcript, int exon,
					 char *note, size_t note_size)
{
	Sbuf		sb;
	const NtrkTranscriptInfo *info;
	const char *version = "";
	bool		assumed = false;
	char		vnote[96];

	sb_init(&sb, note, note_size);
	vnote[0] = '\0';
	if (exon <= 0)
	{
		sb_printf(&sb, "no %s exon given, so kinase retention was not checked",
				  ntrk_ntrk_symbol(ntrk));
		return NTRK_TRI_UNKNOWN;
	}
	if (transcript == NULL || transcript[0] == '\0')
	{
		info = lookup_versioned(ntrk_reference_transcript(ntrk), &version);
		assumed = true;
	}
	else
	{
		info = lookup_versioned(transcript, &version);
		if (info == NULL)
		{
			sb_printf(&sb, "transcript %s is not in ntrk's %s exon table, so exon %d was not checked",
					  transcript, ntrk_ntrk_symbol(ntrk), exon);
			return NTRK_TRI_UNKNOWN;
		}
		if (info->ntrk != ntrk)
		{
			sb_printf(&sb, "transcript %s is an %s transcript, not %s, so exon %d was not checked",
					  transcript, ntrk_ntrk_symbol(info->ntrk),
					  ntrk_ntrk_symbol(ntrk), exon);
			return NTRK_TRI_UNKNOWN;
		}
		if (info->kinase_limit == 0)
		{
			sb_printf(&sb, "the exon numbering of %s is not verified, so exon %d was not checked",
					  info->numbering, exon);
			return NTRK_TRI_UNKNOWN;
		}
		if (version[0] != '\0' && info->versions != NULL &&
			!version_listed(info->versions, version))
			snprintf(vnote, sizeof(vnote), ", version .%s read with the numbering of %s",
					 version, info->numbering);
	}
	if (info->n_exons > 0 && exon > info->n_exons)
	{
		sb_printf(&sb, "%s has %d exons, so exon %d cannot be read on it and was not checked",
				  info->numbering, info->n_exons, exon);
		return NTRK_TRI_UNKNOWN;
	}
	sb_printf(&sb, "exon %d of %s%s%s", exon,
			  assumed ? info->accession : transcript,
			  assumed ? " (no transcript given: reference transcript assumed; exon numbers differ between transcripts)" : "",
			  vnote);
	if (exon <= info->kinase_limit)
	{
		sb_printf(&sb, " keeps the kinase domain (3' start exons up to %d do", info->kinase_limit);
		if (info->tm_limit > 0)
			sb_printf(&sb, exon <= info->tm_limit ? "; transmembrane exon kept" :
					  "; transmembrane exon not included");
		sb_printf(&sb, ")");
		return NTRK_TRI_YES;
	}
	sb_printf(&sb, " starts after the kinase-domain start (exon %d), so the TRK kinase is lost",
			  info->kinase_limit);
	return NTRK_TRI_NO;
}

/* ------------------------------------------------------------------------
 * Reading frame
 * ------------------------------------------------------------------------
 *
 * Words real callers write ([DM] §1.5): Arriba in-frame / out-of-frame /
 * stop-codon / "."; STAR-Fusion INFRAME / FRAMESHIFT; cBioPortal In_frame /
 * Out-of-frame / Frameshift (older IN_FRAME / FRAMESHIFT); JAFFA TRUE /
 * FALSE / "-"; FUSOR "in frame" / "unknown"; AGFusion "in-frame (with
 * mutation)".  Matching ignores case, spaces, '-', '_' and parentheses.
 */
static const char *const frame_names[] = {
	"in_frame", "out_of_frame", "stop_codon", "unknown"
};

/* SQL label of a frame (enum ntrk_reading_frame). */
const char *
ntrk_frame_name(NtrkFrame frame)
{
	return (frame <= NTRK_FRAME_LAST) ? frame_names[frame] : "unknown";
}

static const char frame_hint[] =
"Accepted (any case; spaces, '-' and '_' ignored): in-frame, inframe, TRUE "
"(JAFFA); out-of-frame, frameshift, FALSE; stop-codon; unknown, '.', '-', "
"NA, empty or NULL.";

/*
 * Map a frame word to NtrkFrame by comparing its compacted, lower-cased form
 * with the known words; anything else is an error, never a silent unknown.
 */
bool
ntrk_frame_normalise(const char *s, size_t len, NtrkFrame *out,
					 NtrkKnowledgeError *err)
{
	static const struct
	{
		const char *word;		/* compacted, lower case */
		NtrkFrame	frame;
	}			words[] = {
		{"inframe", NTRK_FRAME_IN},
		{"inframewithmutation", NTRK_FRAME_IN},
		{"true", NTRK_FRAME_IN},
		{"outofframe", NTRK_FRAME_OUT},
		{"frameshift", NTRK_FRAME_OUT},
		{"false", NTRK_FRAME_OUT},
		{"stopcodon", NTRK_FRAME_STOP},
		{"", NTRK_FRAME_UNKNOWN},
		{".", NTRK_FRAME_UNKNOWN},
		{"unknown", NTRK_FRAME_UNKNOWN},
		{"na", NTRK_FRAME_UNKNOWN},
		{"n/a", NTRK_FRAME_UNKNOWN},
	};
	char		compact[48];
	size_t		n = 0;
	size_t		i;

	*out = NTRK_FRAME_UNKNOWN;
	if (s == NULL)
		return true;
	ntrk_trim(&s, &len);
	if (len > 40)
		return set_error(err, NTRK_ERR_SYNTAX, "reading_frame", frame_hint,
						 "The reading frame is %zu characters long; no accepted word is longer than 40.",
						 len);
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '(' || c == ')')
			continue;
		if ((unsigned char) c < 0x20 || (unsigned char) c >= 0x7f)
			return set_error(err, NTRK_ERR_SYNTAX, "reading_frame", frame_hint,
							 "The reading frame contains a byte 0x%02x that no accepted word has.",
							 (unsigned) (unsigned char) c);
		compact[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	compact[n] = '\0';
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(compact, words[i].word) == 0)
		{
			*out = words[i].frame;
			return true;
		}
	return set_error(err, NTRK_ERR_SYNTAX, "reading_frame", frame_hint,
					 "\"%.*s\" is not a reading-frame word ntrk knows.", (int) len, s);
}

/* ------------------------------------------------------------------------
 * Known 5' partners and other driver genes
 * ------------------------------------------------------------------------
 *
 * 5' partners of NTRK fusions ([DM] §3.3; exon junctions in [EX] §4):
 *	NTRK1: TPM3, IRF2BP2, LMNA, CD74, MPRIP, SQSTM1, TPR, SCP2 (published
 *		   counts or cases); TFG, PPL, BCAN, TRIM24 (commonly cited, marked
 *		   unverified in [DM]).
 *	NTRK2: KANK1 (ClinGen example); QKI (QKI e6::NTRK2 e15, [EX] §4,
 *		   secondary); AFAP1, SQSTM1, NACC2 (named in [EX] §4, exons not
 *		   verified).
 *	NTRK3: ETV6 (dominant), EML4 (lung), TPM4 (MPNST); QKI (glioma,
 *		   unverified).
 * The list is used for orientation repair only: any in-frame 5' partner
 * with a retained NTRK kinase is presumptively actionable ([DM] §3.3).
 */
static const char *const known_5prime_partners[] = {
	"AFAP1", "BCAN", "CD74", "EML4", "ETV6", "IRF2BP2", "KANK1", "LMNA",
	"MPRIP", "NACC2", "PPL", "QKI", "SCP2", "SQSTM1", "TFG", "TPM3", "TPM4",
	"TPR", "TRIM24",
};

/* Is symbol a known 5' partner of NTRK fusions (orientation repair)? */
bool
ntrk_is_known_5prime_partner(const char *symbol)
{
	size_t		i;

	for (i = 0; i < sizeof(known_5prime_partners) / sizeof(known_5prime_partners[0]); i++)
		if (str_ieq(symbol, known_5prime_partners[i]))
			return true;
	return false;
}

/*
 * Other recurrent fusion drivers: the kinases ALK, ROS1, RET, FGFR1-3, BRAF,
 * MET named in issue #4 and the ligand NRG1 it lists with them, plus RAF1,
 * EGFR, ABL1, PDGFRA, PDGFRB and JAK2.  A fusion of one of these (and of no
 * NTRK gene) is "not an NTRK event; say which gene".
 */
static const char *const other_drivers[] = {
	"ABL1", "ALK", "BRAF", "EGFR", "FGFR1", "FGFR2", "FGFR3", "JAK2", "MET",
	"NRG1", "PDGFRA", "PDGFRB", "RAF1", "RET", "ROS1",
};

/* Is symbol one of the other driver genes (class other_driver_fusion)? */
bool
ntrk_is_other_driver(const char *symbol)
{
	size_t		i;

	for (i = 0; i < sizeof(other_drivers) / sizeof(other_drivers[0]); i++)
		if (str_ieq(symbol, other_drivers[i]))
			return true;
	return false;
}

/* ------------------------------------------------------------------------
 * Fusion classification
 * ------------------------------------------------------------------------
 */
static const char *const fusion_class_names[] = {
	"ntrk_fusion", "ntrk_kinase_lost", "ntrk_out_of_frame", "ntrk_reciprocal",
	"ntrk_orientation_unknown", "ntrk_intragenic", "ntrk_presumptive",
	"ntrk_categorical", "other_driver_fusion", "not_ntrk"
};

/* SQL label of a fusion class (enum ntrk_fusion_class). */
const char *
ntrk_fusion_class_name(NtrkFusionClass cls)
{
	return (cls <= NTRK_CLASS_LAST) ? fusion_class_names[cls] : "not_ntrk";
}

/* How a partner reads in a reason: the symbol, "v" or "?". */
static const char *
part_label(const NtrkFusion *f, const NtrkFusionPart *p)
{
	if (p->symbol[0] != '\0')
		return p->symbol;
	return f->kind == NTRK_KIND_CATEGORICAL ? "v" : "?";
}

/* Short clause on the reading frame, for reasons. */
static const char *
frame_clause(NtrkFrame frame)
{
	switch (frame)
	{
		case NTRK_FRAME_IN:
			return "in frame";
		case NTRK_FRAME_OUT:
			return "out of frame";
		case NTRK_FRAME_STOP:
			return "a stop codon at the junction";
		case NTRK_FRAME_UNKNOWN:
			break;
	}
	return "reading frame unknown";
}

/*
 * Classify a fusion whose NTRK gene is known to be the 3' partner: kinase
 * retention by exon, then frame, then kind.  ntrk_part is the NTRK side
 * (as written, which may be p5 when the orientation was repaired), other
 * the partner side; pair is "TPM3::NTRK1" as interpreted.
 */
static void
classify_ntrk_3prime(const NtrkFusion *f, const NtrkFusionPart *ntrk_part,
					 const NtrkFusionPart *other, const char *pair,
					 const char *orientation_note, NtrkFrame frame,
					 NtrkFusionVerdict *out)
{
	char		knote[400];
	Sbuf		sb;
	const char *gene = ntrk_ntrk_symbol(out->ntrk);

	sb_init(&sb, out->reason, sizeof(out->reason));
	out->kinase_kept = ntrk_kinase_retained(out->ntrk, ntrk_part->transcript,
											ntrk_part->exon, knote, sizeof(knote));
	sb_printf(&sb, "%s: %s is the 3' partner", pair, gene);
	if (other->symbol[0] != '\0')
		sb_printf(&sb, " of %s", other->symbol);
	sb_printf(&sb, "%s; %s; %s", orientation_note, knote, frame_clause(frame));

	if (out->kinase_kept == NTRK_TRI_NO)
	{
		out->cls = NTRK_CLASS_KINASE_LOST;
		out->actionable = NTRK_TRI_NO;
		sb_printf(&sb, ": no TRK-kinase chimera, not actionable.");
		return;
	}
	if (frame == NTRK_FRAME_OUT || frame == NTRK_FRAME_STOP)
	{
		out->cls = NTRK_CLASS_OUT_OF_FRAME;
		out->actionable = NTRK_TRI_NO;
		sb_printf(&sb, ": the NTRK kinase is not translated in frame with the partner, not actionable.");
		return;
	}
	switch (f->kind)
	{
		case NTRK_KIND_CATEGORICAL:
			out->cls = NTRK_CLASS_CATEGORICAL;
			out->actionable = NTRK_TRI_YES;
			sb_printf(&sb, ": %s fusion with any partner, actionable as a category (approvals name NTRK gene fusions, not partners).",
					  gene);
			return;
		case NTRK_KIND_UNKNOWN_PARTNER:
			out->cls = NTRK_CLASS_PRESUMPTIVE;
			out->actionable = NTRK_TRI_UNKNOWN;
			sb_printf(&sb, ": %s is rearranged with an unidentified partner (e.g. break-apart FISH), presumptive; confirm the fusion and its partner by RNA sequencing.",
					  gene);
			return;
		default:
			break;
	}
	out->cls = NTRK_CLASS_FUSION;
	if (out->kinase_kept == NTRK_TRI_UNKNOWN && ntrk_part->exon > 0)
	{
		out->actionable = NTRK_TRI_UNKNOWN;
		sb_printf(&sb, ": an %s fusion, but kinase retention cannot be decided; give the exon on a listed transcript.",
				  gene);
		return;
	}
	out->actionable = NTRK_TRI_YES;
	sb_printf(&sb, ": an actionable %s fusion.", gene);
}

/*
 * Classify one fusion: intragenic, no NTRK gene (other driver or not NTRK),
 * NTRK written 3' (classified as is), NTRK written 5' (reciprocal when the
 * order is guaranteed; else repaired, undecided or out of frame).
 */
void
ntrk_classify_fusion(const NtrkFusion *f, NtrkFrame frame, NtrkFusionVerdict *out)
{
	int			g5 = ntrk_ntrk_number(f->p5.symbol);
	int			g3 = ntrk_ntrk_number(f->p3.symbol);
	bool		unguaranteed = (f->flags & NTRK_FLAG_ORDER_UNGUARANTEED) != 0;
	const char *l5 = part_label(f, &f->p5);
	const char *l3 = part_label(f, &f->p3);
	char		pair[2 * NTRK_SYMBOL_MAX + 8];
	char		onote[512];
	Sbuf		sb;

	memset(out, 0, sizeof(*out));
	out->frame = frame;
	out->actionable = NTRK_TRI_NO;
	out->kinase_kept = NTRK_TRI_UNKNOWN;
	sb_init(&sb, out->reason, sizeof(out->reason));
	snprintf(pair, sizeof(pair), "%s%s%s", l5, unguaranteed ? "/" : "::", l3);

	/* Intragenic and self pairs are not fusions ([DM] §1.2, §8.2). */
	if (f->kind == NTRK_KIND_INTRAGENIC ||
		(f->p5.symbol[0] != '\0' && str_ieq(f->p5.symbol, f->p3.symbol)))
	{
		const char *sym = f->p5.symbol[0] ? f->p5.symbol : f->p3.symbol;
		int			g = ntrk_ntrk_number(sym);

		if (g != 0)
		{
			out->cls = NTRK_CLASS_INTRAGENIC;
			out->ntrk = g;
			copy_symbol(out->driver_gene, sizeof(out->driver_gene), ntrk_ntrk_symbol(g));
			sb_printf(&sb, "%s-intragenic: a rearrangement inside %s is not a fusion (a fusion joins two different genes), not actionable.",
					  ntrk_ntrk_symbol(g), ntrk_ntrk_symbol(g));
		}
		else
		{
			out->cls = NTRK_CLASS_NOT_NTRK;
			sb_printf(&sb, "%s-intragenic: an intragenic rearrangement is not a fusion, and no NTRK gene is involved.",
					  sym);
		}
		return;
	}

	/* No NTRK gene: another driver, or nothing NTRK at all. */
	if (g5 == 0 && g3 == 0)
	{
		const NtrkFusionPart *drv = NULL;
		const NtrkFusionPart *oth = NULL;

		if (f->p3.symbol[0] && ntrk_is_other_driver(f->p3.symbol))
			drv = &f->p3, oth = &f->p5;
		else if (f->p5.symbol[0] && ntrk_is_other_driver(f->p5.symbol))
			drv = &f->p5, oth = &f->p3;
		if (drv != NULL)
		{
			out->cls = NTRK_CLASS_OTHER_DRIVER;
			copy_symbol(out->driver_gene, sizeof(out->driver_gene), drv->symbol);
			copy_symbol(out->partner, sizeof(out->partner), oth->symbol);
			sb_printf(&sb, "%s: not an NTRK event but a fusion of %s, another driver gene; assess it with %s-directed guidance.",
					  pair, drv->symbol, drv->symbol);
		}
		else
		{
			out->cls = NTRK_CLASS_NOT_NTRK;
			sb_printf(&sb, "%s: neither partner is NTRK1, NTRK2 or NTRK3, not an NTRK event.", pair);
		}
		return;
	}

	/* NTRK written second (or both NTRK): NTRK is the 3' partner as written. */
	if (g3 != 0)
	{
		out->ntrk = g3;
		copy_symbol(out->driver_gene, sizeof(out->driver_gene), ntrk_ntrk_symbol(g3));
		copy_symbol(out->partner, sizeof(out->partner), f->p5.symbol);
		snprintf(pair, sizeof(pair), "%s::%s", l5, ntrk_ntrk_symbol(g3));
		classify_ntrk_3prime(f, &f->p3, &f->p5, pair, "", frame, out);
		return;
	}

	/* NTRK written first. */
	out->ntrk = g5;
	copy_symbol(out->driver_gene, sizeof(out->driver_gene), ntrk_ntrk_symbol(g5));
	copy_symbol(out->partner, sizeof(out->partner), f->p3.symbol);

	if (!unguaranteed)
	{
		/* '::', '--', ':' guarantee 5'->3': never flip ([DM] §2.2). */
		out->cls = NTRK_CLASS_RECIPROCAL;
		sb_printf(&sb, "%s: %s is the 5' partner (reciprocal product); the TRK kinase comes only from a 3' NTRK segment, so not actionable",
				  pair, ntrk_ntrk_symbol(g5));
		if (f->p3.symbol[0] != '\0')
			sb_printf(&sb, "; look for the forward %s::%s", f->p3.symbol, ntrk_ntrk_symbol(g5));
		sb_printf(&sb, ".");
		return;
	}

	/*
	 * '-' or '/': panels write the targeted kinase first ([DM] §1.4, §8.1).
	 * Read it as partner::NTRK when the partner is a known 5' partner or a
	 * placeholder (v, ?).  Exon numbers alone cannot tell: the reciprocal's
	 * NTRK end exon k and the forward's NTRK start exon k+1 come from the
	 * same intron, so any exon fits both readings.
	 */
	if (f->p3.symbol[0] == '\0' || ntrk_is_known_5prime_partner(f->p3.symbol))
	{
		out->orientation_inferred = true;
		snprintf(pair, sizeof(pair), "%s::%s", l3, ntrk_ntrk_symbol(g5));
		if (f->p3.symbol[0] == '\0')
			snprintf(onote, sizeof(onote),
					 " (written %s, order not guaranteed: the gene is read as the 3' partner)",
					 ntrk_ntrk_symbol(g5));
		else
			snprintf(onote, sizeof(onote),
					 " (written %s-%s, order not guaranteed; %s is a known 5' partner of NTRK fusions, so read as %s)",
					 ntrk_ntrk_symbol(g5), f->p3.symbol, f->p3.symbol, pair);
		classify_ntrk_3prime(f, &f->p5, &f->p3, pair, onote, frame, out);
		return;
	}

	if (frame == NTRK_FRAME_OUT || frame == NTRK_FRAME_STOP)
	{
		out->cls = NTRK_CLASS_OUT_OF_FRAME;
		sb_printf(&sb, "%s: order not guaranteed and %s is not a known 5' partner, but the caller reports %s: no in-frame TRK-kinase chimera either way, not actionable.",
				  pair, f->p3.symbol, frame_clause(frame));
		return;
	}
	out->cls = NTRK_CLASS_ORIENTATION_UNKNOWN;
	out->actionable = NTRK_TRI_UNKNOWN;
	sb_printf(&sb, "%s: %s is written first in a notation that does not guarantee order ('-' or '/') and %s is not a known 5' partner, so the orientation cannot be decided; as %s::%s it would be a candidate NTRK fusion; confirm the 5'/3' order from the caller.",
			  pair, ntrk_ntrk_symbol(g5), f->p3.symbol, f->p3.symbol,
			  ntrk_ntrk_symbol(g5));
}

/* ------------------------------------------------------------------------
 * Protein changes
 * ------------------------------------------------------------------------
 */
static const struct
{
	const char *three;
	char		one;
}			aa_codes[] = {
	{"ALA", 'A'}, {"ARG", 'R'}, {"ASN", 'N'}, {"ASP", 'D'}, {"CYS", 'C'},
	{"GLN", 'Q'}, {"GLU", 'E'}, {"GLY", 'G'}, {"HIS", 'H'}, {"ILE", 'I'},
	{"LEU", 'L'}, {"LYS", 'K'}, {"MET", 'M'}, {"PHE", 'F'}, {"PRO", 'P'},
	{"SER", 'S'}, {"THR", 'T'}, {"TRP", 'W'}, {"TYR", 'Y'}, {"VAL", 'V'},
	{"TER", '*'},
};

static const char change_hint[] =
"Write one substitution: G595R, p.G595R, p.Gly595Arg, p.(Gly595Arg), "
"\"NTRK1 G595R\", NTRK1:p.G595R or NP_006171.2:p.G639R (an accession "
"prefix selects the protein numbering); or \"amplification\" for MET "
"amplification.";

/* One-letter code of a three-letter amino-acid code (any case); 0 if none. */
static char
aa_three(const char *s)
{
	size_t		i;

	for (i = 0; i < sizeof(aa_codes) / sizeof(aa_codes[0]); i++)
		if (range_ieq(s, 3, aa_codes[i].three))
			return aa_codes[i].one;
	return 0;
}

/* Upper-cased one-letter amino-acid code, or 0 if c is not one. */
static char
aa_one(char c)
{
	char		u = ntrk_ascii_upper(c);

	return (u != '\0' && strchr("ACDEFGHIKLMNPQRSTVWY", u) != NULL) ? u : 0;
}

/* Does [s, s+len) look like an accession rather than a gene symbol? */
static bool
looks_like_accession(const char *s, size_t len)
{
	static const char *const prefixes[] = {
		"NM_", "NP_", "XM_", "XP_", "NR_", "ENST", "ENSP", "P04629", "Q16620",
		"Q16288"
	};
	size_t		i;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
	{
		size_t		pl = strlen(prefixes[i]);

		if (len >= pl && range_ieq(s, pl, prefixes[i]))
			return true;
	}
	return false;
}

/* Store a gene written inside the change; fail if two genes disagree. */
static bool
note_change_gene(NtrkProteinChange *out, const char *s, size_t len,
				 NtrkKnowledgeError *err)
{
	size_t		i;

	if (len == 0 || len > NTRK_SYMBOL_MAX)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "The gene written in the protein change is empty or longer than %d characters.",
						 NTRK_SYMBOL_MAX);
	for (i = 0; i < len; i++)
		if (!ntrk_is_alpha(s[i]) && !ntrk_is_digit(s[i]) && s[i] != '-' && s[i] != '.')
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" is not a gene symbol or an accession.", (int) len, s);
	if (out->gene[0] != '\0' && !range_ieq(s, len, out->gene))
		return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
						 "The protein change names two genes, %s and %.*s.",
						 out->gene, (int) len, s);
	for (i = 0; i < len; i++)
		out->gene[i] = ntrk_ascii_upper(s[i]);
	out->gene[len] = '\0';
	return true;
}

/* Store an accession prefix ("NP_006171.2", "Q16620-4"). */
static bool
note_accession(NtrkProteinChange *out, const char *s, size_t len,
			   NtrkKnowledgeError *err)
{
	size_t		i;

	if (len == 0 || len > NTRK_TRANSCRIPT_MAX)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "The accession in the protein change is empty or longer than %d characters.",
						 NTRK_TRANSCRIPT_MAX);
	if (out->accession[0] != '\0')
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "The protein change has two accession prefixes.");
	for (i = 0; i < len; i++)
	{
		if (!ntrk_is_alpha(s[i]) && !ntrk_is_digit(s[i]) && s[i] != '_' && s[i] != '.' && s[i] != '-')
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" is not an accession like NP_006171.2.", (int) len, s);
		out->accession[i] = ntrk_ascii_upper(s[i]);
	}
	out->accession[len] = '\0';
	return true;
}

/* Parse one "prefix:" item: ACC(GENE), an accession, or a gene. */
static bool
parse_prefix(NtrkProteinChange *out, const char *s, size_t len,
			 NtrkKnowledgeError *err)
{
	const char *open = memchr(s, '(', len);

	if (open != NULL)
	{
		if (s[len - 1] != ')')
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" should read like NM_002529.3(NTRK1).", (int) len, s);
		return note_accession(out, s, (size_t) (open - s), err) &&
			note_change_gene(out, open + 1, len - (size_t) (open - s) - 2, err);
	}
	if (looks_like_accession(s, len))
		return note_accession(out, s, len, err);
	return note_change_gene(out, s, len, err);
}

/* Parse the substitution itself: [p.][(]REF POS ALT[)]. */
static bool
parse_substitution(NtrkProteinChange *out, const char *s, size_t len,
				   NtrkKnowledgeError *err)
{
	const char *whole = s;
	size_t		whole_len = len;
	size_t		i;
	long		pos = 0;
	size_t		ndig = 0;

	if (len >= 2 && (s[0] == 'p' || s[0] == 'P') && s[1] == '.')
		s += 2, len -= 2;
	if (len >= 2 && s[0] == '(' && s[len - 1] == ')')
		s += 1, len -= 2;
	if (len == 0)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "\"%.*s\" has no amino-acid change.", (int) whole_len, whole);

	/* Reference residue: three-letter code before a digit, else one letter. */
	if (len >= 4 && ntrk_is_alpha(s[0]) && ntrk_is_alpha(s[1]) && ntrk_is_alpha(s[2]) && ntrk_is_digit(s[3]))
	{
		out->ref = aa_three(s);
		if (out->ref == 0)
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.3s\" in \"%.*s\" is not an amino-acid code.",
							 s, (int) whole_len, whole);
		s += 3, len -= 3;
	}
	else
	{
		out->ref = aa_one(s[0]);
		if (out->ref == 0)
		{
			if (s[0] == '*')
				return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
								 "\"%.*s\" changes a stop codon; only missense and nonsense substitutions are classified.",
								 (int) whole_len, whole);
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" does not start with an amino acid (G595R, p.Gly595Arg).",
							 (int) whole_len, whole);
		}
		s += 1, len -= 1;
	}
	if (out->ref == '*')
		return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
						 "\"%.*s\" changes a stop codon; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);

	/* Position. */
	for (i = 0; i < len && ntrk_is_digit(s[i]); i++)
	{
		if (++ndig > 5)
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "The position in \"%.*s\" has more than 5 digits.",
							 (int) whole_len, whole);
		pos = pos * 10 + (s[i] - '0');
	}
	if (ndig == 0 || pos == 0)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "\"%.*s\" has no residue position after the reference amino acid.",
						 (int) whole_len, whole);
	out->position = (int) pos;
	s += ndig, len -= ndig;

	/* Alternative residue. */
	if (len == 3 && aa_three(s) != 0)
		out->alt = aa_three(s);
	else if (len == 1 && s[0] == '*')
		out->alt = '*';
	else if (len == 1 && aa_one(s[0]) != 0)
		out->alt = aa_one(s[0]);
	else if (len == 1 && (s[0] == 'X' || s[0] == 'x'))
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "\"X\" in \"%.*s\" is ambiguous (any residue or a stop); write the residue, or * / Ter for a stop.",
						 (int) whole_len, whole);
	else if (len == 1 && s[0] == '=')
		return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
						 "\"%.*s\" is synonymous; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);
	else if (len == 0)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "\"%.*s\" has no new amino acid after the position.",
						 (int) whole_len, whole);
	else if ((len >= 2 && range_ieq(s, 2, "fs")) || (len >= 3 && range_ieq(s, 3, "del")) ||
			 (len >= 3 && range_ieq(s, 3, "ins")) || (len >= 3 && range_ieq(s, 3, "dup")) ||
			 (len >= 3 && range_ieq(s, 3, "ext")) || s[0] == '_')
		return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
						 "\"%.*s\" is not a single-residue substitution; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);
	else
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "\"%.*s\" after the position in \"%.*s\" is not an amino acid.",
						 (int) len, s, (int) whole_len, whole);

	if (out->alt == out->ref)
		return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
						 "\"%.*s\" is synonymous; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);
	return true;
}

/*
 * Split a protein change into [gene] [prefix:]... substitution, record the
 * gene and accession it names, and parse the substitution or the word
 * "amplification".
 */
bool
ntrk_protein_change_parse(const char *s, size_t len, NtrkProteinChange *out,
						  NtrkKnowledgeError *err)
{
	const char *tok[3];
	size_t		tok_len[3];
	int			ntok = 0;
	size_t		i;
	const char *body;
	size_t		body_len;

	memset(out, 0, sizeof(*out));
	if (len > 200)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "The protein change is %zu bytes long; the limit is 200.", len);
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c < 0x20 && !ntrk_is_space((char) c)) || c >= 0x7f)
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "Byte %zu is 0x%02x; protein changes are plain ASCII.",
							 i + 1, (unsigned) c);
		if (c == ',' || c == ';' || c == '+' || c == '&' || c == '/')
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" lists several changes; pass one change per call.",
							 (int) len, s);
	}
	ntrk_trim(&s, &len);
	if (len == 0)
		return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
						 "The protein change is empty.");

	/* Split into at most two whitespace-separated tokens: [gene] change. */
	i = 0;
	while (i < len)
	{
		size_t		start;

		while (i < len && ntrk_is_space(s[i]))
			i++;
		if (i >= len)
			break;
		start = i;
		while (i < len && !ntrk_is_space(s[i]))
			i++;
		if (ntok == 2)
		{
			if (range_ieq(s + start, i - start, "and"))
				return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
								 "\"%.*s\" lists several changes; pass one change per call.",
								 (int) len, s);
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" has more than a gene and a change.", (int) len, s);
		}
		tok[ntok] = s + start;
		tok_len[ntok] = i - start;
		ntok++;
	}
	if (ntok == 2 && !parse_prefix(out, tok[0], tok_len[0], err))
		return false;
	body = tok[ntok - 1];
	body_len = tok_len[ntok - 1];

	/* Prefixes before the last ':' (gene, accession, ACC(GENE)). */
	for (;;)
	{
		const char *colon = memchr(body, ':', body_len);
		size_t		plen;

		if (colon == NULL)
			break;
		plen = (size_t) (colon - body);
		if (plen == 0)
			return set_error(err, NTRK_ERR_SYNTAX, "protein_change", change_hint,
							 "\"%.*s\" has an empty prefix before ':'.", (int) len, s);
		if (!parse_prefix(out, body, plen, err))
			return false;
		body = colon + 1;
		body_len -= plen + 1;
	}

	if (range_ieq(body, body_len, "amplification") || range_ieq(body, body_len, "amp") ||
		range_ieq(body, body_len, "amplified"))
	{
		if (out->accession[0] != '\0')
			return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
							 "An amplification has no protein position; drop the accession %s.",
							 out->accession);
		out->amplification = true;
		return true;
	}
	return parse_substitution(out, body, body_len, err);
}

/* ------------------------------------------------------------------------
 * Variant classes
 * ------------------------------------------------------------------------
 */
static const char *const variant_class_names[] = {
	"solvent_front", "gatekeeper", "xdfg", "kinase_other", "outside_kinase",
	"amplification", "offtarget_mapk", "offtarget_other"
};

/* SQL label of a variant class (enum ntrk_alteration_class). */
const char *
ntrk_variant_class_name(NtrkVariantClass cls)
{
	return (cls <= NTRK_VAR_LAST) ? variant_class_names[cls] : "offtarget_other";
}

/* Genes ntrk_classify_variant knows, with aliases ([DM] §2, §4). */
static const struct
{
	const char *name;
	const char *gene;
	int			ntrk;
}			variant_genes[] = {
	{"NTRK1", "NTRK1", 1}, {"TRKA", "NTRK1", 1},
	{"NTRK2", "NTRK2", 2}, {"TRKB", "NTRK2", 2},
	{"NTRK3", "NTRK3", 3}, {"TRKC", "NTRK3", 3},
	{"KRAS", "KRAS", 0}, {"BRAF", "BRAF", 0}, {"MET", "MET", 0},
};

static const char gene_hint[] =
"ntrk_variant_class knows NTRK1, NTRK2, NTRK3 (aliases TRKA, TRKB, TRKC) and "
"the off-target resistance genes KRAS, BRAF and MET.";

/* Index into variant_genes of a name (any case), or -1. */
static int
variant_gene_index(const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < sizeof(variant_genes) / sizeof(variant_genes[0]); i++)
		if (range_ieq(name, len, variant_genes[i].name))
			return (int) i;
	return -1;
}

/* Does ntrk classify changes of this gene?  The aggregate skips others. */
bool
ntrk_variant_gene_known(const char *name, size_t len)
{
	ntrk_trim(&name, &len);
	return variant_gene_index(name, len) >= 0;
}

/* Per-gene protein facts, in the numbering ntrk classifies on. */
typedef struct NtrkProteinFacts
{
	const char *numbering;		/* protein the positions are counted on */
	int			length;			/* residues */
	int			kinase_start;	/* InterPro IPR000719, [EX] §1.1 */
	int			kinase_end;
	const char *kinase_name;	/* "TRKA" ... */
	int			solvent_front;	/* [RS] §1 */
	int			gatekeeper;
	int			xdfg;
	const char *sf_alts;		/* substitutions listed as resistance */
	const char *gk_alts;
	const char *xdfg_alts;
} NtrkProteinFacts;

/*
 * NTRK1: P04629 / NP_002520.2, 796 aa; kinase 510-781; G595 solvent front,
 *		  F589 gatekeeper, G667 xDFG; listed: G595R, F589L, G667C/S/A.
 * NTRK2: NP_006171.2 (MANE NM_006180, Q16620-4, 838 aa; OncoKB and the
 *		  literature use it); kinase 538-807 in Q16620-1 = 554-823 here;
 *		  G639 / F633 / G709 (= G623 / F617 / G693 in Q16620-1); listed:
 *		  G639R, F633L, G709C/A/S.
 * NTRK3: Q16288 / NP_001012338.1, 839 aa; kinase 538-828 (IPR000719; SMART
 *		  ends at 824); G623 / F617 / G696; listed: G623R, F617L, G696A/C/S
 *		  (G623E and F617I are unverified, so not listed).
 * Sources: [RS] §0-§1, [EX] §1.1, [DM] §4.
 */
static const NtrkProteinFacts protein_facts[4] = {
	{NULL, 0, 0, 0, NULL, 0, 0, 0, NULL, NULL, NULL},
	{"NP_002520.2", 796, 510, 781, "TRKA", 595, 589, 667, "R", "L", "CSA"},
	{"NP_006171.2", 838, 554, 823, "TRKB", 639, 633, 709, "R", "L", "CAS"},
	{"NP_001012338.1", 839, 538, 828, "TRKC", 623, 617, 696, "R", "L", "ACS"},
};

/*
 * Residues whose identity the notes give, in the numbering above, used to
 * reject a change whose reference residue contradicts the sequence.
 * NTRK1: translation of NM_002529.3 ([EX] §1.2: VSFSPV 393-398, NPQY
 *		  493-496, GEGAFG 517-522, K544, D650, YSTDYY 676-681) and [RS] §1
 *		  (L564, V573, F589, G595, A608, G667).
 * NTRK2 (838): [RS] §1 (L608, V617, F633, G639, A652, G709 = Q16620-1 +16)
 *		  and §0 item 6 (Y434, T720, Y722), [EX] §5 (K588).
 * NTRK3: [RS] §1 (F617, G623, G696; from the literature, no TrkC sequence
 *		  was read), [EX] §5 (K572).
 * KRAS G12, G13, Q61 and BRAF V600: the residues named by these hotspots.
 */
static const struct
{
	const char *gene;
	int			position;
	char		residue;
}			checked_residues[] = {
	{"NTRK1", 393, 'V'}, {"NTRK1", 394, 'S'}, {"NTRK1", 395, 'F'},
	{"NTRK1", 396, 'S'}, {"NTRK1", 397, 'P'}, {"NTRK1", 398, 'V'},
	{"NTRK1", 493, 'N'}, {"NTRK1", 494, 'P'}, {"NTRK1", 495, 'Q'},
	{"NTRK1", 496, 'Y'}, {"NTRK1", 517, 'G'}, {"NTRK1", 518, 'E'},
	{"NTRK1", 519, 'G'}, {"NTRK1", 520, 'A'}, {"NTRK1", 521, 'F'},
	{"NTRK1", 522, 'G'}, {"NTRK1", 544, 'K'}, {"NTRK1", 564, 'L'},
	{"NTRK1", 573, 'V'}, {"NTRK1", 589, 'F'}, {"NTRK1", 595, 'G'},
	{"NTRK1", 608, 'A'}, {"NTRK1", 650, 'D'}, {"NTRK1", 667, 'G'},
	{"NTRK1", 676, 'Y'}, {"NTRK1", 677, 'S'}, {"NTRK1", 678, 'T'},
	{"NTRK1", 679, 'D'}, {"NTRK1", 680, 'Y'}, {"NTRK1", 681, 'Y'},
	{"NTRK2", 434, 'Y'}, {"NTRK2", 588, 'K'}, {"NTRK2", 608, 'L'},
	{"NTRK2", 617, 'V'}, {"NTRK2", 633, 'F'}, {"NTRK2", 639, 'G'},
	{"NTRK2", 652, 'A'}, {"NTRK2", 709, 'G'}, {"NTRK2", 720, 'T'},
	{"NTRK2", 722, 'Y'},
	{"NTRK3", 572, 'K'}, {"NTRK3", 617, 'F'}, {"NTRK3", 623, 'G'},
	{"NTRK3", 696, 'G'},
	{"KRAS", 12, 'G'}, {"KRAS", 13, 'G'}, {"KRAS", 61, 'Q'},
	{"BRAF", 600, 'V'},
};

/* Expected residue at a position, or 0 when the notes do not give it. */
static char
expected_residue(const char *gene, int position)
{
	size_t		i;

	for (i = 0; i < sizeof(checked_residues) / sizeof(checked_residues[0]); i++)
		if (checked_residues[i].position == position &&
			strcmp(checked_residues[i].gene, gene) == 0)
			return checked_residues[i].residue;
	return 0;
}

/*
 * Accession prefixes that select a numbering, and how to convert it to the
 * one above.  shift_from/shift: positions >= shift_from move by shift;
 * gap_lo..gap_hi: positions that cannot be converted (the exact insertion
 * site is not known).
 *	NTRK1 NM_001012331 (TrkA-I, 790 aa) lacks the 6 residues VSFSPV encoded
 *		  by exon 9 (TrkA-II 393-398): TrkA-I 393+ = TrkA-II 399+ ([EX] §2).
 *	NTRK2 Q16620-1 (822 aa: NP_001018074.1, NM_001018064, ENST00000323115 /
 *		  ENSP00000314586, ENST00000376213): 16 residues inserted between 434
 *		  and 494;
 *		  494+ -> +16, 435-493 cannot be converted ([RS] §0).
 *	NTRK3 NM_002530 (825 aa) lacks the 14-residue exon-18 kinase insert
 *		  (712-725): 712+ -> +14 (inferred in [EX] §2).
 */
static const struct
{
	const char *accession;		/* unversioned, upper case */
	int			ntrk;
	int			length;			/* residues in this numbering */
	int			shift_from;
	int			shift;
	int			gap_lo;
	int			gap_hi;
	const char *label;
}			numberings[] = {
	{"NP_002520", 1, 796, 0, 0, 0, 0, "NP_002520.2"},
	{"NM_002529", 1, 796, 0, 0, 0, 0, "NP_002520.2"},
	{"ENST00000524377", 1, 796, 0, 0, 0, 0, "NP_002520.2"},
	{"P04629", 1, 796, 0, 0, 0, 0, "NP_002520.2"},
	{"P04629-1", 1, 796, 0, 0, 0, 0, "NP_002520.2"},
	{"NM_001012331", 1, 790, 393, 6, 0, 0, "NM_001012331 (TrkA-I)"},
	{"NP_006171", 2, 838, 0, 0, 0, 0, "NP_006171.2"},
	{"NM_006180", 2, 838, 0, 0, 0, 0, "NP_006171.2"},
	{"ENST00000277120", 2, 838, 0, 0, 0, 0, "NP_006171.2"},
	{"ENST00000376214", 2, 838, 0, 0, 0, 0, "NP_006171.2"},
	{"Q16620-4", 2, 838, 0, 0, 0, 0, "NP_006171.2"},
	{"NP_001018074", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"NM_001018064", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"ENST00000323115", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"ENSP00000314586", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"ENST00000376213", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"Q16620", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"Q16620-1", 2, 822, 494, 16, 435, 493, "Q16620-1 (822 aa)"},
	{"NP_001012338", 3, 839, 0, 0, 0, 0, "NP_001012338.1"},
	{"NM_001012338", 3, 839, 0, 0, 0, 0, "NP_001012338.1"},
	{"ENST00000360948", 3, 839, 0, 0, 0, 0, "NP_001012338.1"},
	{"ENST00000629765", 3, 839, 0, 0, 0, 0, "NP_001012338.1"},
	{"Q16288", 3, 839, 0, 0, 0, 0, "NP_001012338.1"},
	{"Q16288-1", 3, 839, 0, 0, 0, 0, "NP_001012338.1"},
	{"NM_002530", 3, 825, 712, 14, 0, 0, "NM_002530 (825 aa)"},
};

static const char ntrk2_hint[] =
"NTRK2 positions are read on NP_006171.2 (MANE NM_006180, 838 aa), as OncoKB "
"and the literature number them (G639R, F633L, G709C). UniProt Q16620 "
"(822 aa) numbers the same residues 16 lower (G623, F617, G693); prefix a "
"change in that numbering with Q16620: or NP_001018074.1:.";

/* Find the numbering row for an accession (version ignored); -1 if none. */
static int
numbering_index(const char *accession)
{
	const char *dot = strchr(accession, '.');
	size_t		base_len = dot ? (size_t) (dot - accession) : strlen(accession);
	size_t		i;

	for (i = 0; i < sizeof(numberings) / sizeof(numberings[0]); i++)
		if (range_ieq(accession, base_len, numberings[i].accession))
			return (int) i;
	return -1;
}

/* Write the reason for an NTRK substitution. */
static void
ntrk_variant_reason(NtrkVariantVerdict *out, const NtrkProteinFacts *pf,
					const char *numbering_note)
{
	Sbuf		sb;
	const char *label = out->change + 2;	/* skip "p." */

	sb_init(&sb, out->reason, sizeof(out->reason));
	sb_printf(&sb, "%s %s%s ", out->gene, label, numbering_note);
	switch (out->cls)
	{
		case NTRK_VAR_SOLVENT_FRONT:
			sb_printf(&sb, "changes the solvent-front residue of the %s kinase", pf->kinase_name);
			break;
		case NTRK_VAR_GATEKEEPER:
			sb_printf(&sb, "changes the gatekeeper residue of the %s kinase", pf->kinase_name);
			break;
		case NTRK_VAR_XDFG:
			sb_printf(&sb, "changes the xDFG residue (before DFG, activation loop) of the %s kinase",
					  pf->kinase_name);
			break;
		case NTRK_VAR_KINASE_OTHER:
			sb_printf(&sb, "%s the %s kinase domain (%d-%d)",
					  out->alt == '*' ? "truncates the protein inside" : "lies in",
					  pf->kinase_name, pf->kinase_start, pf->kinase_end);
			break;
		default:
			sb_printf(&sb, "%s outside the %s kinase domain (%d-%d)",
					  out->alt == '*' ? "truncates the protein" : "lies",
					  pf->kinase_name, pf->kinase_start, pf->kinase_end);
			break;
	}
	if (out->known_resistance)
	{
		switch (out->cls)
		{
			case NTRK_VAR_XDFG:
				sb_printf(&sb, "; a known acquired resistance mutation to first-generation and to next-generation type I TRK inhibitors, which may respond to type II inhibitors");
				break;
			case NTRK_VAR_KINASE_OTHER:
				sb_printf(&sb, "; a reported resistance mutation to larotrectinib");
				break;
			default:
				sb_printf(&sb, "; a known acquired resistance mutation to larotrectinib and entrectinib, which next-generation inhibitors (selitrectinib, repotrectinib) were designed to overcome");
				break;
		}
	}
	else if (out->cls <= NTRK_VAR_XDFG)
		sb_printf(&sb, "; this substitution is not among the reported resistance mutations");
	sb_printf(&sb, ". An NTRK mutation alone is not an NTRK fusion and not a TRK-inhibitor indication");
	if (out->known_resistance)
		sb_printf(&sb, "; after a TRK inhibitor in a fusion-positive patient it is acquired on-target resistance.");
	else if (out->cls == NTRK_VAR_OUTSIDE_KINASE)
		sb_printf(&sb, "; outside the kinase it is not a known resistance site.");
	else
		sb_printf(&sb, "; after a TRK inhibitor its role in resistance is not established.");
}

/*
 * Classify a protein change: resolve the gene, convert the position to the
 * numbering ntrk uses, check it against the protein and the residues the
 * notes give, then pick the class by residue and domain.
 */
bool
ntrk_classify_variant(const char *gene, size_t gene_len,
					  const char *change, size_t change_len,
					  NtrkVariantVerdict *out, NtrkKnowledgeError *err)
{
	NtrkProteinChange pc;
	int			gi = -1;
	int			ni = -1;
	const NtrkProteinFacts *pf;
	char		expected;
	char		numbering_note[120];
	Sbuf		sb;

	memset(out, 0, sizeof(*out));
	numbering_note[0] = '\0';
	if (change == NULL)
		return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
						 "The protein change is NULL.");
	if (!ntrk_protein_change_parse(change, change_len, &pc, err))
		return false;

	/* The gene: argument and/or written in the change; they must agree. */
	if (gene != NULL)
	{
		ntrk_trim(&gene, &gene_len);
		gi = variant_gene_index(gene, gene_len);
		if (gi < 0)
			return set_error(err, NTRK_ERR_VALUE, "gene", gene_hint,
							 "\"%.*s\" is not a gene ntrk classifies variants of.",
							 (int) (gene_len > 64 ? 64 : gene_len), gene);
	}
	if (pc.gene[0] != '\0')
	{
		int			ci = variant_gene_index(pc.gene, strlen(pc.gene));

		if (ci < 0)
			return set_error(err, NTRK_ERR_VALUE, "protein_change", gene_hint,
							 "The protein change names gene \"%s\", which ntrk does not classify variants of.",
							 pc.gene);
		if (gi >= 0 && strcmp(variant_genes[gi].gene, variant_genes[ci].gene) != 0)
			return set_error(err, NTRK_ERR_VALUE, "protein_change", gene_hint,
							 "The protein change names %s but the gene argument is %s.",
							 variant_genes[ci].gene, variant_genes[gi].gene);
		gi = ci;
	}
	if (gi < 0)
		return set_error(err, NTRK_ERR_VALUE, "gene", gene_hint,
						 "No gene: the gene argument is NULL and the protein change names none.");

	copy_symbol(out->gene, sizeof(out->gene), variant_genes[gi].gene);
	out->ntrk = variant_genes[gi].ntrk;
	out->amplification = pc.amplification;
	sb_init(&sb, out->reason, sizeof(out->reason));

	/* Off-target genes: MAPK reactivation ([DM] §4, Cocco et al. 2019). */
	if (out->ntrk == 0)
	{
		out->numbering = NULL;
		if (pc.amplification)
		{
			snprintf(out->change, sizeof(out->change), "amplification");
			out->known_resistance = strcmp(out->gene, "MET") == 0;
		}
		else
		{
			expected = expected_residue(out->gene, pc.position);
			if (expected != 0 && expected != pc.ref)
				return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
								 "%s residue %d is %c, not %c.",
								 out->gene, pc.position, expected, pc.ref);
			out->ref = pc.ref;
			out->position = pc.position;
			out->alt = pc.alt;
			snprintf(out->change, sizeof(out->change), "p.%c%d%c", pc.ref, pc.position, pc.alt);
			if (pc.alt != '*' && strcmp(out->gene, "KRAS") == 0)
				out->known_resistance = pc.position == 12 || pc.position == 13 || pc.position == 61;
			else if (strcmp(out->gene, "BRAF") == 0)
				out->known_resistance = pc.position == 600 && pc.alt == 'E';
		}
		out->cls = out->known_resistance ? NTRK_VAR_OFFTARGET_MAPK : NTRK_VAR_OFFTARGET_OTHER;
		if (out->known_resistance)
			sb_printf(&sb, "%s %s is an off-target (MAPK bypass) resistance alteration when it is acquired on a TRK inhibitor in an NTRK fusion-positive tumour; alone it is not an NTRK event.",
					  out->gene, out->amplification ? "amplification" : out->change + 2);
		else
			sb_printf(&sb, "%s %s is not one of the off-target TRK-inhibitor resistance alterations ntrk lists (KRAS codons 12, 13, 61; BRAF V600E; MET amplification); not an NTRK event.",
					  out->gene, out->amplification ? "amplification" : out->change + 2);
		if (pc.accession[0] != '\0')
			sb_printf(&sb, " The accession %s was not checked.", pc.accession);
		return true;
	}

	pf = &protein_facts[out->ntrk];
	out->numbering = pf->numbering;
	if (pc.amplification)
	{
		out->cls = NTRK_VAR_AMPLIFICATION;
		snprintf(out->change, sizeof(out->change), "amplification");
		sb_printf(&sb, "%s amplification is a copy-number gain, not an NTRK fusion and not a TRK-inhibitor indication.",
				  out->gene);
		return true;
	}

	/* Numbering: an accession prefix may select another isoform. */
	out->position = pc.position;
	if (pc.accession[0] != '\0')
	{
		ni = numbering_index(pc.accession);
		if (ni < 0 || numberings[ni].ntrk != out->ntrk)
			return set_error(err, NTRK_ERR_VALUE, "protein_change",
							 out->ntrk == 2 ? ntrk2_hint : change_hint,
							 "%s is not a protein or transcript of %s whose numbering ntrk knows; drop the prefix to read the position on %s.",
							 pc.accession, out->gene, pf->numbering);
		if (pc.position > numberings[ni].length)
			return set_error(err, NTRK_ERR_VALUE, "protein_change", change_hint,
							 "%s has %d residues; position %d is outside it.",
							 numberings[ni].label, numberings[ni].length, pc.position);
		if (numberings[ni].gap_hi > 0 && pc.position >= numberings[ni].gap_lo &&
			pc.position <= numberings[ni].gap_hi)
			return set_error(err, NTRK_ERR_VALUE, "protein_change", ntrk2_hint,
							 "Position %d of %s lies where the two NTRK2 numberings differ by an insertion whose exact site is not known, so it cannot be converted; give it on NP_006171.2.",
							 pc.position, numberings[ni].label);
		if (numberings[ni].shift != 0 && pc.position >= numberings[ni].shift_from)
		{
			out->position = pc.position + numberings[ni].shift;
			snprintf(numbering_note, sizeof(numbering_note), " (%c%d on %s)",
					 pc.ref, pc.position, numberings[ni].label);
		}
	}
	else if (pc.position > pf->length)
		return set_error(err, NTRK_ERR_VALUE, "protein_change",
						 out->ntrk == 2 ? ntrk2_hint : change_hint,
						 "%s has %d residues on %s; position %d is outside it.",
						 out->gene, pf->length, pf->numbering, pc.position);

	expected = expected_residue(out->gene, out->position);
	if (expected != 0 && expected != pc.ref)
		return set_error(err, NTRK_ERR_VALUE, "protein_change",
						 out->ntrk == 2 ? ntrk2_hint : change_hint,
						 "%s residue %d on %s is %c, not %c.",
						 out->gene, out->position, pf->numbering, expected, pc.ref);

	out->ref = pc.ref;
	out->alt = pc.alt;
	snprintf(out->change, sizeof(out->change), "p.%c%d%c", pc.ref, out->position, pc.alt);

	if (pc.alt != '*' && out->position == pf->solvent_front)
	{
		out->cls = NTRK_VAR_SOLVENT_FRONT;
		out->known_resistance = strchr(pf->sf_alts, pc.alt) != NULL;
	}
	else if (pc.alt != '*' && out->position == pf->gatekeeper)
	{
		out->cls = NTRK_VAR_GATEKEEPER;
		out->known_resistance = strchr(pf->gk_alts, pc.alt) != NULL;
	}
	else if (pc.alt != '*' && out->position == pf->xdfg)
	{
		out->cls = NTRK_VAR_XDFG;
		out->known_resistance = strchr(pf->xdfg_alts, pc.alt) != NULL;
	}
	else if (out->position >= pf->kinase_start && out->position <= pf->kinase_end)
	{
		out->cls = NTRK_VAR_KINASE_OTHER;
		/* TRKA V573M resists larotrectinib ([DM] §4, Somwar 2020). */
		out->known_resistance = out->ntrk == 1 && out->position == 573 && pc.alt == 'M';
	}
	else
		out->cls = NTRK_VAR_OUTSIDE_KINASE;

	/*
	 * NTRK2 without an accession: G623 and G693 are the UniProt numbers of
	 * the solvent-front and xDFG glycines; say which numbering was used.
	 * (F617 is V617 on NP_006171.2, so that one was rejected above.)
	 */
	if (out->ntrk == 2 && pc.accession[0] == '\0' &&
		(pc.position == 623 || pc.position == 693))
		snprintf(numbering_note, sizeof(numbering_note),
				 " (read on NP_006171.2; if it is numbered on Q16620, it is the %s glycine G%d here: prefix Q16620:)",
				 pc.position == 623 ? "solvent-front" : "xDFG", pc.position + 16);
	ntrk_variant_reason(out, pf, numbering_note);
	return true;
}

/* ------------------------------------------------------------------------
 * Patient-level status
 * ------------------------------------------------------------------------
 */
static const char *const status_names[] = {
	"fusion_actionable", "resistant", "mutation_only", "negative", "indeterminate"
};

/* SQL label of a patient status (enum ntrk_status). */
const char *
ntrk_status_name(NtrkStatus status)
{
	return (status <= NTRK_STATUS_LAST) ? status_names[status] : "indeterminate";
}

#define ALL_VAR_MASK ((1u << (NTRK_VAR_LAST + 1)) - 1)

/*
 * Rank of a fusion verdict for "the patient's best NTRK fusion": actionable
 * chimeric in the order the report stated 8, actionable chimeric whose
 * order was repaired 7, categorical 6, chimeric with undecidable kinase 5,
 * orientation unknown 4, presumptive 3, reciprocal 2, other NTRK events
 * (kinase lost, out of frame, intragenic) 1, not NTRK 0.
 */
static uint8_t
fusion_rank(const NtrkFusionVerdict *v)
{
	switch (v->cls)
	{
		case NTRK_CLASS_FUSION:
			if (v->actionable != NTRK_TRI_YES)
				return 5;
			return v->orientation_inferred ? 7 : 8;
		case NTRK_CLASS_CATEGORICAL:
			return 6;
		case NTRK_CLASS_ORIENTATION_UNKNOWN:
			return 4;
		case NTRK_CLASS_PRESUMPTIVE:
			return 3;
		case NTRK_CLASS_RECIPROCAL:
			return 2;
		case NTRK_CLASS_KINASE_LOST:
		case NTRK_CLASS_OUT_OF_FRAME:
		case NTRK_CLASS_INTRAGENIC:
			return 1;
		case NTRK_CLASS_OTHER_DRIVER:
		case NTRK_CLASS_NOT_NTRK:
			break;
	}
	return 0;
}

/* An empty patient: nothing seen, prior TRK inhibitor unknown. */
void
ntrk_patient_init(NtrkPatientState *st)
{
	memset(st, 0, sizeof(*st));
	st->version = NTRK_PATIENT_STATE_VERSION;
	st->prior_tki = NTRK_TRI_UNKNOWN;
	st->fusion_actionable = NTRK_TRI_NO;
	st->fusion_cls = NTRK_CLASS_NOT_NTRK;
}

/* Is a fixed char buffer NUL-terminated? */
static bool
terminated(const char *buf, size_t size)
{
	return memchr(buf, '\0', size) != NULL;
}

/*
 * Check every field of a state that came from outside (a bytea argument):
 * version, enum ranges, masks and NUL-terminated texts.
 */
bool
ntrk_patient_state_valid(const NtrkPatientState *st)
{
	int			g;

	if (st->version != NTRK_PATIENT_STATE_VERSION ||
		st->prior_tki > NTRK_TRI_UNKNOWN ||
		st->fusion_rank > 8 ||
		st->fusion_cls > NTRK_CLASS_LAST ||
		st->fusion_actionable > NTRK_TRI_UNKNOWN ||
		st->has_reciprocal > 1 ||
		(st->off_mask & ~ALL_VAR_MASK) != 0 ||
		!terminated(st->fusion_text, sizeof(st->fusion_text)) ||
		!terminated(st->fusion_gene, sizeof(st->fusion_gene)) ||
		!terminated(st->other_fusion, sizeof(st->other_fusion)) ||
		!terminated(st->ntrk_change_label, sizeof(st->ntrk_change_label)) ||
		!terminated(st->offtarget_label, sizeof(st->offtarget_label)))
		return false;
	for (g = 0; g < 3; g++)
		if ((st->on_mask[g] & ~ALL_VAR_MASK) != 0 ||
			(st->vus_mask[g] & ~ALL_VAR_MASK) != 0 ||
			!terminated(st->on_label[g], sizeof(st->on_label[g])) ||
			!terminated(st->vus_label[g], sizeof(st->vus_label[g])))
			return false;
	return true;
}

/* Keep the smaller of two labels ("" means none), so merging is symmetric. */
static void
keep_least(char *dst, size_t size, const char *candidate)
{
	if (candidate[0] == '\0')
		return;
	if (dst[0] == '\0' || strcmp(candidate, dst) < 0)
		copy_symbol(dst, size, candidate);
}

/* Saturating add of two counters. */
static uint16_t
sat_add(uint16_t a, uint16_t b)
{
	uint32_t	s = (uint32_t) a + b;

	return s > 0xffff ? 0xffff : (uint16_t) s;
}

/* Count one aggregated row. */
void
ntrk_patient_count_row(NtrkPatientState *st)
{
	st->n_rows = sat_add(st->n_rows, 1);
}

/* Record a prior-TRK-inhibitor flag: any true wins, then any false. */
void
ntrk_patient_add_prior(NtrkPatientState *st, bool prior_tki)
{
	if (prior_tki)
		st->prior_tki = NTRK_TRI_YES;
	else if (st->prior_tki == NTRK_TRI_UNKNOWN)
		st->prior_tki = NTRK_TRI_NO;
}

/* Take the fusion (rank, text) if it beats the current best. */
static void
offer_fusion(NtrkPatientState *st, uint8_t rank, uint8_t cls, uint8_t actionable,
			 const char *text, const char *gene)
{
	if (rank == 0)
		return;
	if (rank > st->fusion_rank ||
		(rank == st->fusion_rank && strcmp(text, st->fusion_text) < 0))
	{
		st->fusion_rank = rank;
		st->fusion_cls = cls;
		st->fusion_actionable = actionable;
		copy_symbol(st->fusion_text, sizeof(st->fusion_text), text);
		copy_symbol(st->fusion_gene, sizeof(st->fusion_gene), gene);
	}
}

/* Record a classified fusion: other drivers by name, NTRK ones by rank. */
void
ntrk_patient_add_fusion(NtrkPatientState *st, const NtrkFusionVerdict *v,
						const char *fusion_text)
{
	if (v->cls == NTRK_CLASS_OTHER_DRIVER)
	{
		keep_least(st->other_fusion, sizeof(st->other_fusion), fusion_text);
		return;
	}
	if (v->cls == NTRK_CLASS_RECIPROCAL)
		st->has_reciprocal = 1;
	offer_fusion(st, fusion_rank(v), (uint8_t) v->cls, (uint8_t) v->actionable,
				 fusion_text, ntrk_ntrk_symbol(v->ntrk));
}

/*
 * Record a classified change: NTRK changes per gene (listed resistance or
 * kinase change of unknown role), off-target ones only when listed.
 */
void
ntrk_patient_add_variant(NtrkPatientState *st, const NtrkVariantVerdict *v)
{
	char		label[NTRK_LABEL_MAX];

	snprintf(label, sizeof(label), "%s %s", v->gene,
			 v->amplification ? "amplification" : v->change);
	if (v->ntrk >= 1 && v->ntrk <= 3)
	{
		int			g = v->ntrk - 1;

		st->n_ntrk_changes = sat_add(st->n_ntrk_changes, 1);
		keep_least(st->ntrk_change_label, sizeof(st->ntrk_change_label), label);
		if (v->known_resistance)
		{
			st->on_mask[g] |= (uint16_t) (1u << v->cls);
			keep_least(st->on_label[g], sizeof(st->on_label[g]), label);
		}
		else if (v->cls <= NTRK_VAR_KINASE_OTHER)
		{
			st->vus_mask[g] |= (uint16_t) (1u << v->cls);
			keep_least(st->vus_label[g], sizeof(st->vus_label[g]), label);
		}
		return;
	}
	if (v->known_resistance)
	{
		st->off_mask |= (uint16_t) (1u << v->cls);
		keep_least(st->offtarget_label, sizeof(st->offtarget_label), label);
	}
}

/* Merge two partial states; every field merges symmetrically. */
void
ntrk_patient_merge(NtrkPatientState *a, const NtrkPatientState *b)
{
	int			g;

	if (b->prior_tki != NTRK_TRI_UNKNOWN)
		ntrk_patient_add_prior(a, b->prior_tki == NTRK_TRI_YES);
	offer_fusion(a, b->fusion_rank, b->fusion_cls, b->fusion_actionable,
				 b->fusion_text, b->fusion_gene);
	a->has_reciprocal |= b->has_reciprocal;
	a->off_mask |= b->off_mask;
	for (g = 0; g < 3; g++)
	{
		a->on_mask[g] |= b->on_mask[g];
		a->vus_mask[g] |= b->vus_mask[g];
		keep_least(a->on_label[g], sizeof(a->on_label[g]), b->on_label[g]);
		keep_least(a->vus_label[g], sizeof(a->vus_label[g]), b->vus_label[g]);
	}
	a->n_rows = sat_add(a->n_rows, b->n_rows);
	a->n_ntrk_changes = sat_add(a->n_ntrk_changes, b->n_ntrk_changes);
	keep_least(a->other_fusion, sizeof(a->other_fusion), b->other_fusion);
	keep_least(a->ntrk_change_label, sizeof(a->ntrk_change_label), b->ntrk_change_label);
	keep_least(a->offtarget_label, sizeof(a->offtarget_label), b->offtarget_label);
}

/* Append "; NTRK1 p.G595R is in NTRK1, not the fused NTRK3" for other genes. */
static void
note_other_gene_changes(Sbuf *sb, const NtrkPatientState *st, int fused)
{
	int			g;

	for (g = 0; g < 3; g++)
	{
		const char *label = st->on_label[g][0] ? st->on_label[g] : st->vus_label[g];

		if (g + 1 == fused || label[0] == '\0')
			continue;
		sb_printf(sb, "; %s is not in the fused gene %s, so it is not on-target resistance",
				  label, ntrk_ntrk_symbol(fused));
	}
}

/*
 * The patient's status ([DM] §8.6; issue #4; the patient guide's point that
 * an NTRK mutation alone is no indication, but after a TRK inhibitor in a
 * fusion-positive patient means resistance).  On-target means a change in
 * the NTRK gene of the best fusion.
 *	- actionable fusion + known resistance + prior TRK inhibitor: resistant;
 *	  on-target resistance without a recorded prior inhibitor:
 *	  indeterminate (not acquired, or exposure not recorded); off-target
 *	  alterations without an inhibitor are co-alterations, the fusion stays
 *	  actionable;
 *	- actionable fusion + NTRK kinase change of unknown role after an
 *	  inhibitor: indeterminate; otherwise fusion_actionable;
 *	- presumptive / orientation unknown / undecidable kinase: indeterminate;
 *	- NTRK mutation or amplification without a fusion: mutation_only;
 *	- only a reciprocal NTRK::partner: indeterminate (the forward product
 *	  is expected from the same rearrangement);
 *	- otherwise negative.
 */
void
ntrk_patient_finish(const NtrkPatientState *st, NtrkPatientVerdict *out)
{
	Sbuf		sb;
	bool		actionable = st->fusion_rank > 0 && st->fusion_actionable == NTRK_TRI_YES;
	int			fused = ntrk_ntrk_number(st->fusion_gene);
	unsigned	on = fused ? st->on_mask[fused - 1] : 0;
	unsigned	vus = fused ? st->vus_mask[fused - 1] : 0;
	unsigned	off = st->off_mask;

	memset(out, 0, sizeof(*out));
	out->prior_tki = (NtrkTri) st->prior_tki;
	sb_init(&sb, out->reason, sizeof(out->reason));
	if (st->fusion_rank > 0)
	{
		copy_symbol(out->fusion, sizeof(out->fusion), st->fusion_text);
		copy_symbol(out->ntrk_gene, sizeof(out->ntrk_gene), st->fusion_gene);
	}

	if (actionable)
	{
		if (on != 0 || (off != 0 && st->prior_tki == NTRK_TRI_YES))
		{
			const char *label = on != 0 ? st->on_label[fused - 1] : st->offtarget_label;

			if (st->prior_tki == NTRK_TRI_YES)
			{
				out->status = NTRK_STATUS_RESISTANT;
				out->resistance = (uint16_t) (on | off);
				sb_printf(&sb, "%s after a TRK inhibitor with %s", st->fusion_text, label);
				if ((on & (on - 1)) != 0)
					sb_printf(&sb, " and resistance mutations of other classes");
				if (on != 0 && off != 0)
					sb_printf(&sb, " and %s", st->offtarget_label);
				sb_printf(&sb, ": acquired %s resistance",
						  on != 0 ? (off != 0 ? "on-target and off-target (MAPK bypass)" : "on-target") :
						  "off-target (MAPK bypass)");
			}
			else
			{
				out->status = NTRK_STATUS_INDETERMINATE;
				sb_printf(&sb, "%s with the resistance mutation %s, but %s: review before a first-generation TRK inhibitor",
						  st->fusion_text, label,
						  st->prior_tki == NTRK_TRI_NO ? "no TRK inhibitor was given before, so it is not acquired resistance" :
						  "whether a TRK inhibitor was given is not recorded");
			}
			note_other_gene_changes(&sb, st, fused);
			sb_printf(&sb, ".");
			return;
		}
		if (vus != 0 && st->prior_tki == NTRK_TRI_YES)
		{
			out->status = NTRK_STATUS_INDETERMINATE;
			sb_printf(&sb, "%s after a TRK inhibitor with %s, an NTRK kinase-domain change whose role in resistance is not established: review.",
					  st->fusion_text, st->vus_label[fused - 1]);
			return;
		}
		out->status = NTRK_STATUS_FUSION_ACTIONABLE;
		sb_printf(&sb, "%s is an actionable NTRK fusion", st->fusion_text);
		if (off != 0)
			sb_printf(&sb, "; %s co-occurs without a recorded TRK inhibitor (off-target resistance only if acquired on one)",
					  st->offtarget_label);
		if (vus != 0)
			sb_printf(&sb, "; %s is not a known resistance mutation", st->vus_label[fused - 1]);
		note_other_gene_changes(&sb, st, fused);
		if (st->prior_tki == NTRK_TRI_YES)
			sb_printf(&sb, "; after a TRK inhibitor, no resistance alteration is recorded");
		sb_printf(&sb, ".");
		return;
	}

	if (st->fusion_rank >= 3)
	{
		out->status = NTRK_STATUS_INDETERMINATE;
		switch (st->fusion_cls)
		{
			case NTRK_CLASS_PRESUMPTIVE:
				sb_printf(&sb, "%s: NTRK rearrangement with an unidentified partner; confirm the fusion by RNA sequencing.",
						  st->fusion_text);
				break;
			case NTRK_CLASS_ORIENTATION_UNKNOWN:
				sb_printf(&sb, "%s: the 5'/3' order is not known; confirm that NTRK is the 3' partner.",
						  st->fusion_text);
				break;
			default:
				sb_printf(&sb, "%s: kinase retention cannot be decided from the exon given; check it on a listed transcript.",
						  st->fusion_text);
				break;
		}
		return;
	}

	if (st->n_ntrk_changes > 0)
	{
		out->status = NTRK_STATUS_MUTATION_ONLY;
		sb_printf(&sb, "%s without an NTRK fusion: an NTRK mutation or amplification alone is not a TRK-inhibitor indication",
				  st->ntrk_change_label);
		if (st->prior_tki == NTRK_TRI_YES)
			sb_printf(&sb, "; a TRK inhibitor was given but no NTRK fusion is recorded, so acquired resistance cannot be called");
		sb_printf(&sb, ".");
		return;
	}

	if (st->has_reciprocal)
	{
		out->status = NTRK_STATUS_INDETERMINATE;
		sb_printf(&sb, "only the reciprocal %s is recorded; the forward partner::NTRK product is expected from the same rearrangement, confirm by RNA sequencing.",
				  st->fusion_text);
		return;
	}

	out->status = NTRK_STATUS_NEGATIVE;
	if (st->fusion_rank > 0)
		sb_printf(&sb, "no actionable NTRK fusion: %s is not a functional NTRK fusion (%s)",
				  st->fusion_text, ntrk_fusion_class_name((NtrkFusionClass) st->fusion_cls));
	else
		sb_printf(&sb, "no NTRK fusion or NTRK mutation recorded");
	if (st->other_fusion[0] != '\0')
		sb_printf(&sb, "; other driver fusion %s", st->other_fusion);
	if (st->offtarget_label[0] != '\0')
		sb_printf(&sb, "; %s is not an NTRK event without an NTRK fusion", st->offtarget_label);
	sb_printf(&sb, ".");
}
