/*
 * report_fields.c
 *		Pure-C reading of report fields: fusions from listed genes plus
 *		descriptions, ISO dates, decimals, reading-frame words.
 *
 * Why the order rules (see report_fields.h): gene panels bait the kinase and
 * list the targeted gene first, so "targeted-gene NTRK1, other-gene TPM3" is
 * not a statement that NTRK1 is the 5' partner.  Only the report's own words can state the
 * order; otherwise the value carries the type's order-not-guaranteed flag and
 * classification may repair it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_fields.h"
#include "ntrk_ascii.h"

/* Most "GENE intron N" phrases read from one description. */
#define MAX_INTRON_MENTIONS 4

/* A "GENE intron N" phrase: the token written before "intron", and N. */
typedef struct IntronMention
{
	char		token[NTRK_SYMBOL_MAX + 1];
	int			intron;
} IntronMention;

/* Characters of a token that may hold a gene symbol ("HLA-DRB1", "C1orf9"). */
static inline bool
is_token_char(char c)
{
	return ntrk_is_alpha(c) || ntrk_is_digit(c) || c == '-' || c == '.' || c == '_' ||
		c == '/' || c == ':';
}

bool
ntrk_report_is_missing(const char *s, size_t len)
{
	static const char *const words[] = {
		"n/a", "na", "-", "?", ".", "none", "unknown", "null", "n.a.", NULL
	};
	int			i;

	ntrk_trim(&s, &len);
	if (len == 0)
		return true;
	for (i = 0; words[i] != NULL; i++)
		if (ntrk_range_ieq(s, len, words[i]))
			return true;
	return false;
}

/*
 * Resolve a listed gene the way the type does.  Writes the symbol to out;
 * fails with a detail naming the role ("first gene", ...).
 */
static bool
listed_gene(const char *s, size_t len, const char *role, char *out,
			NtrkParseError *err)
{
	bool		listed;

	ntrk_trim(&s, &len);
	if (!ntrk_gene_normalise(s, len, out, &listed))
		return ntrk_parse_fail(err, "The %s \"%.*s\" is not a gene symbol.", role,
					(int) (len > 80 ? 80 : len), s);
	return true;
}

/*
 * Copy a description into buf (NUL-terminated, at most NTRK_FUSION_MAX_INPUT
 * bytes) without its "intron N" phrases, recording each phrase with the
 * token written just before it ("TPM3 intron 7-NTRK1 intron 9 fusion"
 * becomes "TPM3-NTRK1 fusion", with TPM3/7 and NTRK1/9 recorded).  Returns
 * the length copied, or -1 when the description is too long to read.
 */
static int
strip_introns(const char *s, size_t len, char *buf, IntronMention *m, int *nm)
{
	size_t		i = 0;
	size_t		n = 0;

	*nm = 0;
	if (len > NTRK_FUSION_MAX_INPUT)
		return -1;
	while (i < len)
	{
		bool		boundary = (i == 0 || !ntrk_is_alpha(s[i - 1]));
		size_t		j = i + 6;
		size_t		digits_at;
		int			number = 0;

		if (boundary && len - i >= 6 && ntrk_range_ieq(s + i, 6, "intron"))
		{
			while (j < len && s[j] == ' ')
				j++;
			digits_at = j;
			while (j < len && ntrk_is_digit(s[j]) && j - digits_at < 4)
				number = number * 10 + (s[j++] - '0');
			if (j > digits_at && (j == len || (!ntrk_is_digit(s[j]) && !ntrk_is_alpha(s[j]))) &&
				number >= 1 && number <= NTRK_EXON_MAX)
			{
				size_t		end = n;
				size_t		start;

				/* The token before the phrase: drop separating spaces/colon. */
				while (end > 0 && (buf[end - 1] == ' ' || buf[end - 1] == ':'))
					end--;
				start = end;
				while (start > 0 && is_token_char(buf[start - 1]))
					start--;
				if (*nm < MAX_INTRON_MENTIONS && end > start &&
					end - start <= NTRK_SYMBOL_MAX)
				{
					memcpy(m[*nm].token, buf + start, end - start);
					m[*nm].token[end - start] = '\0';
					m[*nm].intron = number;
					(*nm)++;
				}
				n = end;
				i = j;
				continue;
			}
		}
		buf[n++] = s[i++];
	}
	buf[n] = '\0';
	return (int) n;
}

/*
 * Cut a trailing " (...)" remark ("EML4-ALK fusion (E13; A20)"): exon forms
 * such as "NTRK3(e15)" have no space before the parenthesis and stay.
 * Returns the new length, or len when there is nothing to cut.
 */
static size_t
cut_trailing_remark(const char *s, size_t len)
{
	size_t		i;
	int			depth = 0;

	while (len > 0 && ntrk_is_space(s[len - 1]))
		len--;
	if (len == 0 || s[len - 1] != ')')
		return len;
	for (i = len; i > 0; i--)
	{
		if (s[i - 1] == ')')
			depth++;
		else if (s[i - 1] == '(' && --depth == 0)
			break;
	}
	if (i < 2 || !ntrk_is_space(s[i - 2]))
		return len;
	return i - 2;
}

/*
 * Read one description as a fusion of two named genes.  Returns false when
 * it is not one (unparseable, placeholder, intragenic), so that the caller
 * tries the next description.
 */
static bool
read_description(const char *s, size_t len, NtrkFusion *f, IntronMention *m,
				 int *nm)
{
	char		buf[NTRK_FUSION_MAX_INPUT + 1];
	int			n = strip_introns(s, len, buf, m, nm);
	NtrkParseError ignored;
	size_t		cut;

	if (n <= 0)
		return false;
	if (!ntrk_fusion_parse(buf, (size_t) n, f, &ignored))
	{
		cut = cut_trailing_remark(buf, (size_t) n);
		if (cut == (size_t) n || cut == 0 ||
			!ntrk_fusion_parse(buf, cut, f, &ignored))
			return false;
	}
	return f->kind == NTRK_KIND_CHIMERIC;
}

/* Swap the 5' and 3' partners of a chimeric value. */
static void
swap_partners(NtrkFusion *f)
{
	NtrkFusionPart tmp = f->p5;

	f->p5 = f->p3;
	f->p3 = tmp;
}

/*
 * Give the value the canonical form the type's own parser makes of it: print
 * it and read it back, so that flags and kind are exactly what text input
 * would produce for the same event.
 */
static bool
canonicalise(const NtrkFusion *in, NtrkFusion *out, NtrkParseError *err)
{
	char		text[NTRK_FUSION_TEXT_MAX];
	size_t		n = ntrk_fusion_format(in, text);

	return ntrk_fusion_parse(text, n, out, err);
}

/* Attach recorded "GENE intron N" phrases to the partners they name. */
static void
attach_introns(const IntronMention *m, int nm, NtrkReportFusion *out)
{
	int			i;

	for (i = 0; i < nm; i++)
	{
		const char *tok = m[i].token;
		size_t		tl = strlen(tok);
		size_t		k;

		/*
		 * The token may carry what precedes the gene ("7-NTRK1"): try it
		 * whole, then each part after a '-', '/' or ':'.
		 */
		for (k = 0; k < tl; k++)
		{
			char		sym[NTRK_SYMBOL_MAX + 1];
			bool		listed;

			if (k > 0 && tok[k - 1] != '-' && tok[k - 1] != '/' && tok[k - 1] != ':')
				continue;
			if (!ntrk_gene_normalise(tok + k, tl - k, sym, &listed))
				continue;
			if (out->intron5 == 0 && strcmp(sym, out->fusion.p5.symbol) == 0)
			{
				out->intron5 = m[i].intron;
				break;
			}
			if (out->intron3 == 0 && strcmp(sym, out->fusion.p3.symbol) == 0)
			{
				out->intron3 = m[i].intron;
				break;
			}
		}
	}
}

bool
ntrk_report_fusion(const char *first, size_t first_len,
				   const char *second, size_t second_len,
				   const char *const *texts, const size_t *text_lens,
				   int ntexts, bool trust_reversal,
				   NtrkReportFusion *out, NtrkParseError *err)
{
	char		g1[NTRK_SYMBOL_MAX + 1];
	char		g2[NTRK_SYMBOL_MAX + 1];
	bool		partner_known;
	char		text[2 * NTRK_SYMBOL_MAX + 8];
	int			t;

	memset(out, 0, sizeof(*out));
	if (first == NULL || ntrk_report_is_missing(first, first_len))
		return ntrk_parse_fail(err, "The rearrangement names no gene.");
	if (!listed_gene(first, first_len, "first gene", g1, err))
		return false;
	partner_known = second != NULL && !ntrk_report_is_missing(second, second_len);
	if (partner_known && !listed_gene(second, second_len, "partner gene", g2, err))
		return false;

	/* Intragenic: the descriptions have no partner order to give. */
	if (!(partner_known && strcmp(g1, g2) == 0))
	{
		for (t = 0; t < ntexts; t++)
		{
			NtrkFusion	d;
			IntronMention m[MAX_INTRON_MENTIONS];
			int			nm;
			bool		g1_first,
						stated;

			if (texts[t] == NULL ||
				!read_description(texts[t], text_lens[t], &d, m, &nm))
				continue;
			g1_first = strcmp(d.p5.symbol, g1) == 0;
			if (!g1_first && strcmp(d.p3.symbol, g1) != 0)
				continue;		/* describes some other event */
			if (partner_known &&
				strcmp(g1_first ? d.p3.symbol : d.p5.symbol, g2) != 0)
				continue;
			stated = (d.flags & NTRK_FLAG_ORDER_UNGUARANTEED) == 0 ||
				(trust_reversal && !g1_first);
			if (stated)
				d.flags &= (uint8_t) ~NTRK_FLAG_ORDER_UNGUARANTEED;
			else
			{
				/* a listing of one gene has no order to keep: the text's is kept */
				if (!g1_first && partner_known)
					swap_partners(&d);
				d.flags |= NTRK_FLAG_ORDER_UNGUARANTEED;
			}
			if (!canonicalise(&d, &out->fusion, err))
				return false;
			attach_introns(m, nm, out);
			return true;
		}
	}

	/* No usable description: keep the listing, as fusion_make would. */
	if (!partner_known)
		snprintf(text, sizeof(text), "?::%s", g1);
	else if (strcmp(g1, g2) == 0)
		snprintf(text, sizeof(text), "%s::%s", g1, g2);
	else
		snprintf(text, sizeof(text), "%s/%s", g1, g2);
	if (!ntrk_fusion_parse(text, strlen(text), &out->fusion, err))
		return false;

	/*
	 * Introns may still be written ("NTRK1 intron 9 - NTRK1 intron 12" for an
	 * intragenic event): take them from the first description naming them.
	 */
	for (t = 0; t < ntexts && out->intron5 == 0 && out->intron3 == 0; t++)
	{
		char		buf[NTRK_FUSION_MAX_INPUT + 1];
		IntronMention m[MAX_INTRON_MENTIONS];
		int			nm;

		if (texts[t] != NULL &&
			strip_introns(texts[t], text_lens[t], buf, m, &nm) > 0)
			attach_introns(m, nm, out);
	}
	return true;
}

/* Does one description name a fusion of symbol g with another named gene? */
static bool
is_two_gene_text(const char *g, const char *s, size_t len)
{
	NtrkFusion	d;
	IntronMention m[MAX_INTRON_MENTIONS];
	int			nm;

	return read_description(s, len, &d, m, &nm) &&
		(strcmp(d.p5.symbol, g) == 0 || strcmp(d.p3.symbol, g) == 0);
}

/*
 * Can the gene be written as a fusion with an unknown partner ("?::G")?  A
 * symbol the gene table accepts may still be one the fusion notation refuses
 * (a single character), and a text naming it is then no fusion either.
 */
static bool
partnerless_fusion_parses(const char *g)
{
	char		text[NTRK_SYMBOL_MAX + 4];
	NtrkFusion	f;
	NtrkParseError ignored;

	snprintf(text, sizeof(text), "?::%s", g);
	return ntrk_fusion_parse(text, strlen(text), &f, &ignored);
}

/*
 * Is s "<gene> fusion" or "<gene> rearrangement" (a trailing remark in
 * parentheses allowed), the gene resolving to symbol g?
 */
static bool
is_partnerless_text(const char *g, const char *s, size_t len)
{
	static const char *const words[] = {"fusion", "rearrangement", NULL};
	char		sym[NTRK_SYMBOL_MAX + 1];
	bool		listed;
	size_t		end;
	size_t		w;
	int			i;

	ntrk_trim(&s, &len);
	len = cut_trailing_remark(s, len);
	for (end = 0; end < len && !ntrk_is_space(s[end]); end++)
		;
	if (end == len || !ntrk_gene_normalise(s, end, sym, &listed) ||
		strcmp(sym, g) != 0)
		return false;
	for (w = end; w < len && ntrk_is_space(s[w]); w++)
		;
	for (i = 0; words[i] != NULL; i++)
		if (ntrk_range_ieq(s + w, len - w, words[i]))
			return partnerless_fusion_parses(g);
	return false;
}

/*
 * Does one of the texts, tested by matches, describe a fusion of the listed
 * gene (resolved to its symbol first)?
 */
static bool
any_text_names(const char *gene, size_t gene_len, const char *const *texts,
			   const size_t *text_lens, int ntexts,
			   bool (*matches) (const char *g, const char *s, size_t len))
{
	char		g[NTRK_SYMBOL_MAX + 1];
	NtrkParseError ignored;
	int			t;

	if (gene == NULL || ntrk_report_is_missing(gene, gene_len) ||
		!listed_gene(gene, gene_len, "gene", g, &ignored))
		return false;
	for (t = 0; t < ntexts; t++)
		if (texts[t] != NULL && matches(g, texts[t], text_lens[t]))
			return true;
	return false;
}

/*
 * A FHIR observation can give a single gene studied and name the fusion only
 * in its note ("ETV6-NTRK3 fusion"); it is then a fusion, not a short
 * variant of that gene.
 */
bool
ntrk_report_names_fusion(const char *gene, size_t gene_len,
						 const char *const *texts, const size_t *text_lens,
						 int ntexts)
{
	return any_text_names(gene, gene_len, texts, text_lens, ntexts, is_two_gene_text);
}

/* A fusion copied from a PDF without its partner ("ROS1 Fusion"). */
bool
ntrk_report_names_partnerless(const char *gene, size_t gene_len,
							  const char *const *texts, const size_t *text_lens,
							  int ntexts)
{
	return any_text_names(gene, gene_len, texts, text_lens, ntexts,
						  is_partnerless_text);
}

/* Classify a unit (report_fields.h). */
NtrkReportUnit
ntrk_report_unit(const char *s, size_t len)
{
	static const char *const fraction[] = {
		"1", "{ratio}", "ratio", "{fraction}", "fraction", "decimal", "{decimal}",
		"proportion", NULL
	};
	static const char *const percent[] = {"%", "percent", "pct", NULL};
	static const char *const copies[] = {
		"{copies}", "copies", "{copy}", "copy", "{#}", "#", NULL
	};
	int			i;

	ntrk_trim(&s, &len);
	if (len == 0)
		return NTRK_UNIT_NONE;
	for (i = 0; fraction[i] != NULL; i++)
		if (ntrk_range_ieq(s, len, fraction[i]))
			return NTRK_UNIT_FRACTION;
	for (i = 0; percent[i] != NULL; i++)
		if (ntrk_range_ieq(s, len, percent[i]))
			return NTRK_UNIT_PERCENT;
	for (i = 0; copies[i] != NULL; i++)
		if (ntrk_range_ieq(s, len, copies[i]))
			return NTRK_UNIT_COPIES;
	return NTRK_UNIT_UNKNOWN;
}

/* Parse exactly n digits at s into *v. */
static bool
fixed_digits(const char *s, int n, int *v)
{
	int			i;

	*v = 0;
	for (i = 0; i < n; i++)
	{
		if (!ntrk_is_digit(s[i]))
			return false;
		*v = *v * 10 + (s[i] - '0');
	}
	return true;
}

NtrkReportDate
ntrk_report_date(const char *s, size_t len, int *year, int *month, int *day)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			last;

	*year = *month = *day = 0;
	ntrk_trim(&s, &len);
	if (len < 4 || !fixed_digits(s, 4, year) || *year < 1000)
		return NTRK_DATE_INVALID;
	if (len == 4)
		return NTRK_DATE_PARTIAL;
	if (len < 7 || s[4] != '-' || !fixed_digits(s + 5, 2, month) ||
		*month < 1 || *month > 12)
		return NTRK_DATE_INVALID;
	if (len == 7)
		return NTRK_DATE_PARTIAL;
	if (len < 10 || s[7] != '-' || !fixed_digits(s + 8, 2, day))
		return NTRK_DATE_INVALID;
	last = days[*month - 1];
	if (*month == 2 && ((*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0))
		last = 29;
	if (*day < 1 || *day > last)
		return NTRK_DATE_INVALID;
	/* A time may follow ("T10:20:00Z"); its content is not needed. */
	if (len > 10 && s[10] != 'T')
		return NTRK_DATE_INVALID;
	return NTRK_DATE_FULL;
}

bool
ntrk_report_decimal(const char *s, size_t len, double *out)
{
	char		buf[64];
	size_t		i = 0;
	size_t		digits = 0;
	char	   *end;

	ntrk_trim(&s, &len);
	if (len == 0 || len >= sizeof(buf))
		return false;
	if (s[i] == '+' || s[i] == '-')
		i++;
	while (i < len && ntrk_is_digit(s[i]))
		i++, digits++;
	if (i < len && s[i] == '.')
	{
		i++;
		while (i < len && ntrk_is_digit(s[i]))
			i++, digits++;
	}
	if (digits == 0)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		size_t		exp_digits = 0;

		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		while (i < len && ntrk_is_digit(s[i]))
			i++, exp_digits++;
		if (exp_digits == 0)
			return false;
	}
	if (i != len)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*out = strtod(buf, &end);
	/* Overflow to infinity is refused; the syntax excludes NaN. */
	return *end == '\0' && *out < 1e300 && *out > -1e300;
}

bool
ntrk_report_frame(const char *s, size_t len, const char **out)
{
	static const char *const in_words[] = {"yes", "true", "in-frame", "inframe", "in frame", NULL};
	static const char *const out_words[] = {"no", "false", "out-of-frame", "frameshift", "out of frame", NULL};
	int			i;

	ntrk_trim(&s, &len);
	*out = NULL;
	if (ntrk_report_is_missing(s, len))
		return true;
	for (i = 0; in_words[i] != NULL; i++)
		if (ntrk_range_ieq(s, len, in_words[i]))
		{
			*out = "in-frame";
			return true;
		}
	for (i = 0; out_words[i] != NULL; i++)
		if (ntrk_range_ieq(s, len, out_words[i]))
		{
			*out = "out-of-frame";
			return true;
		}
	return false;
}
