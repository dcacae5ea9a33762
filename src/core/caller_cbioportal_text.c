/*
 * caller_cbioportal_text.c
 *		The free text of cBioPortal / AACR GENIE structural-variant files:
 *		Event_Info, Comments, Annotation and the site descriptions.
 *
 * Forms read (cBioPortal file formats, https://docs.cbioportal.org/
 * file-formats/#structural-variant-data; the Event_Info words are those of
 * MSK's SV annotation, mskcc/iCallSV, and of MSK-IMPACT and MSK-ACCESS
 * studies on cBioPortal):
 *	Event_Info	"Protein fusion: in frame (A-B)", "Protein fusion: out of
 *				frame (A-B)", "Protein fusion: mid-exon (A-B)", "Protein
 *				Fusion: in frame {A:B}", "Transcript fusion (A-B)",
 *				"Antisense Fusion", "A-intragenic", "Deletion within
 *				transcript", "Duplication within transcript", "Deletion of 1
 *				exon: in frame", generic DNA "A-B Fusion", RNA panel "A-B
 *				fusion - Archer" (bait gene first, not an order);
 *	Comments	"... RBPMS-NTRK3 fusion. Note: The rearrangement is an
 *	Annotation	in-frame fusion between genes RBPMS Exon5 (NM_001008710) and
 *				NTRK3 Exon14 (NM_002530)", "The fusion involves LMNA exons 1
 *				- 2 and NTRK1 exons 11 - 17", "... includes the kinase domain
 *				of NTRK1";
 *	SiteN_Description  "Intron of NTRK3(-): 20Kb after exon 14", "Exon 2 of
 *				FOXA1(-)", "5-UTR of GRB7(+): 1Kb before coding start", "IGR:
 *				134Kb before CDH20(+)".
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "caller_cbioportal.h"

#include <string.h>

/* Lower-case ASCII letter. */
static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* Position of a lower-case word in s from offset from, or -1. */
static long
find_nocase(const char *s, size_t len, size_t from, const char *word)
{
	size_t		wl = strlen(word);
	size_t		i,
				j;

	for (i = from; i + wl <= len; i++)
	{
		for (j = 0; j < wl; j++)
			if (lower(s[i + j]) != word[j])
				break;
		if (j == wl)
			return (long) i;
	}
	return -1;
}

static bool
contains(const char *s, size_t len, const char *word)
{
	return find_nocase(s, len, 0, word) >= 0;
}

/* Frame words inside a text ("in frame", "out-of-frame", "in-frame"). */
static bool
text_frame(const char *s, size_t len, NtrkFrame *frame)
{
	if (contains(s, len, "out of frame") || contains(s, len, "out-of-frame") ||
		contains(s, len, "frameshift"))
	{
		*frame = NTRK_FRAME_OUT;
		return true;
	}
	if (contains(s, len, "in frame") || contains(s, len, "in-frame"))
	{
		*frame = NTRK_FRAME_IN;
		return true;
	}
	return false;
}

void
ntrk_cbio_read_event_info(const char *s, size_t len, CbioEventInfo *out)
{
	memset(out, 0, sizeof(*out));
	out->evidence = NTRK_EV_NONE;
	out->frame = NTRK_FRAME_UNKNOWN;
	if (s == NULL || len == 0)
		return;
	if (contains(s, len, "antisense"))
		out->evidence = NTRK_EV_ANTISENSE;
	else if (contains(s, len, "transcript fusion"))
		out->evidence = NTRK_EV_TRANSCRIPT_FUSION;
	else if (contains(s, len, "protein fusion"))
	{
		out->evidence = NTRK_EV_PROTEIN_FUSION;
		if (!contains(s, len, "mid-exon"))
			out->has_frame = text_frame(s, len, &out->frame);
	}
	else if (contains(s, len, "archer"))
	{
		out->evidence = NTRK_EV_RNA_FUSION;
		out->bait_first = true;
	}
	else if (contains(s, len, "intragenic") || contains(s, len, "within transcript") ||
			 find_nocase(s, len, 0, "deletion of") == 0 ||
			 find_nocase(s, len, 0, "duplication of") == 0)
		out->evidence = NTRK_EV_INTRAGENIC;
	else if (contains(s, len, "fusion"))
		out->evidence = NTRK_EV_DNA_REARRANGEMENT;
}

/* A word: bytes up to a blank, a bracket or a comma. */
static size_t
word_at(const char *s, size_t len, size_t i, size_t *start)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	*start = i;
	while (i < len && (unsigned char) s[i] > ' ' && s[i] != '(' && s[i] != ')' &&
		   s[i] != ',' && s[i] != ';')
		i++;
	return i;
}

/* Approved symbol of s[a, b), trailing '.' dropped; false if not a symbol. */
static bool
symbol_of(const char *s, size_t a, size_t b, char *out)
{
	bool		listed;

	while (b > a && s[b - 1] == '.')
		b--;
	return b > a && ntrk_gene_normalise(s + a, b - a, out, &listed);
}

bool
ntrk_cbio_fusion_between(const char *s, size_t len, char *gene5, char *gene3,
						 bool *has_frame, NtrkFrame *frame)
{
	long		at = find_nocase(s, len, 0, "fusion between genes");
	size_t		i,
				a;
	long		and_at;

	*has_frame = false;
	if (at < 0)
		return false;
	i = word_at(s, len, (size_t) at + strlen("fusion between genes"), &a);
	if (!symbol_of(s, a, i, gene5))
		return false;
	and_at = find_nocase(s, len, i, " and ");
	if (and_at < 0)
		return false;
	i = word_at(s, len, (size_t) and_at + 5, &a);
	if (!symbol_of(s, a, i, gene3))
		return false;
	/* the frame words just before "fusion between" */
	*has_frame = text_frame(s, (size_t) at, frame);
	return strcmp(gene5, gene3) != 0;
}

bool
ntrk_cbio_kinase_domain_gene(const char *s, size_t len, char *gene)
{
	long		at = find_nocase(s, len, 0, "kinase domain of");
	size_t		i,
				a;

	if (at < 0)
		return false;
	i = word_at(s, len, (size_t) at + strlen("kinase domain of"), &a);
	return symbol_of(s, a, i, gene);
}

/* Read a number at s[*i] (after blanks); 0 when there is none. */
static int
number_at(const char *s, size_t len, size_t *i)
{
	int			v = 0;
	size_t		j = *i;

	while (j < len && s[j] == ' ')
		j++;
	if (j >= len || s[j] < '0' || s[j] > '9')
		return 0;
	while (j < len && s[j] >= '0' && s[j] <= '9' && v <= NTRK_EXON_MAX)
		v = v * 10 + (s[j++] - '0');
	*i = j;
	return v > NTRK_EXON_MAX ? 0 : v;
}

/* "(NM_...)" or "(ENST...)" at s[i] after blanks: the accession inside. */
static bool
accession_at(const char *s, size_t len, size_t i, const char **tx, size_t *tx_len)
{
	const char *close;

	while (i < len && s[i] == ' ')
		i++;
	if (i + 4 >= len || s[i] != '(')
		return false;
	if (find_nocase(s, len, i + 1, "nm_") != (long) (i + 1) &&
		find_nocase(s, len, i + 1, "enst") != (long) (i + 1))
		return false;
	close = memchr(s + i + 1, ')', len - i - 1);
	if (close == NULL)
		return false;
	*tx = s + i + 1;
	*tx_len = (size_t) (close - s - i - 1);
	return *tx_len > 0 && memchr(*tx, ' ', *tx_len) == NULL;
}

bool
ntrk_cbio_gene_exon(const char *s, size_t len, const char *gene, bool is5,
					int *exon, const char **tx, size_t *tx_len)
{
	size_t		pos = 0;
	bool		found = false;

	*exon = 0;
	*tx = NULL;
	*tx_len = 0;
	while (pos < len)
	{
		size_t		a,
					b = word_at(s, len, pos, &a);
		char		sym[NTRK_SYMBOL_MAX + 1];
		size_t		i;
		int			lo,
					hi;

		if (b == a)
		{
			pos = b + 1;
			continue;
		}
		pos = b;
		if (!symbol_of(s, a, b, sym) || strcmp(sym, gene) != 0)
			continue;
		found = true;
		i = b;
		if (*tx_len == 0)
			accession_at(s, len, i, tx, tx_len);
		while (i < len && s[i] == ' ')
			i++;
		/* "Exon5", "exon 5", "exons 1 - 5", "exons 11-17" */
		if (find_nocase(s, len, i, "exon") == (long) i)
		{
			i += 4;
			if (i < len && lower(s[i]) == 's')
				i++;
			lo = number_at(s, len, &i);
			hi = lo;
			while (i < len && s[i] == ' ')
				i++;
			if (lo > 0 && i < len && s[i] == '-')
			{
				i++;
				hi = number_at(s, len, &i);
				if (hi < lo)
					hi = lo;
			}
			if (lo > 0)
			{
				*exon = is5 ? hi : lo;
				if (*tx_len == 0)
					accession_at(s, len, i, tx, tx_len);
				return true;
			}
		}
	}
	return found && *tx_len > 0;
}

void
ntrk_cbio_description_gene(const char *s, size_t len, char *gene)
{
	long		paren;
	size_t		b,
				a;

	gene[0] = '\0';
	if (s == NULL || len == 0 || find_nocase(s, len, 0, "igr") == 0)
		return;
	/* the word right before the first "(+)" or "(-)" */
	paren = find_nocase(s, len, 0, "(+)");
	if (paren < 0 || (find_nocase(s, len, 0, "(-)") >= 0 && find_nocase(s, len, 0, "(-)") < paren))
		paren = find_nocase(s, len, 0, "(-)");
	if (paren <= 0)
		return;
	b = (size_t) paren;
	a = b;
	while (a > 0 && (unsigned char) s[a - 1] > ' ')
		a--;
	if (!symbol_of(s, a, b, gene))
		gene[0] = '\0';
}
