/*
 * fusion_parse.c
 *		Parse fusion notations, print the canonical form, pack and unpack.
 *
 * Accepted notations (see README "The fusion type"):
 *	A::B (HGNC 2021, VICC), A--B (STAR-Fusion), A:B (JAFFA), A/B, A-B,
 *	exon forms A(e5)::B(e15) and A:exon5-B:exon15, CIViC "A::B e6::e19",
 *	VICC transcripts NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10,
 *	categorical v::B and "B fusion(s)", unknown partner ?::B and
 *	"B rearrangement", intragenic "A-intragenic" and A-A, with optional
 *	trailing " fusion"/" fusions" and vendor suffixes (" - Archer").
 *
 * '::', '--', ':' and the exon/transcript forms are 5'->3'.  '-' and '/' keep
 * the order as written and set NTRK_FLAG_ORDER_UNGUARANTEED.  A hyphen is
 * taken as the separator only when exactly one split gives two names known
 * to the gene table, because hyphens also occur inside symbols (HLA-DRB1).
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "fusion_parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ntrk_ascii.h"
#include "ntrk_genes.h"

const char *const ntrk_fusion_accepted_forms =
"Write two gene symbols 5' partner first, e.g. ETV6::NTRK3, ETV6--NTRK3, "
"ETV6:NTRK3, ETV6-NTRK3 or ETV6/NTRK3, optionally with exons "
"(ETV6(e5)::NTRK3(e15), ETV6:exon5-NTRK3:exon15, EML4::ALK e6::e19) or "
"transcripts (NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10); "
"or v::NTRK1, \"NTRK1 fusion\", ?::NTRK1, NTRK1-intragenic.";

/* Set the error detail (printf-style), always NUL-terminated; returns false. */
bool
ntrk_parse_fail(NtrkParseError *err, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

/* Which partner a message is about. */
static const char *const side_name[2] = {"5' partner", "3' partner"};

/* Markers a part can stand for instead of a gene. */
typedef enum PartMarker
{
	PART_GENE = 0,
	PART_ANY,					/* "v": any partner (categorical) */
	PART_UNKNOWN				/* "?": unknown partner */
} PartMarker;

/* A partner as parsed, before gene resolution. */
typedef struct RawPart
{
	PartMarker	marker;
	const char *sym;
	size_t		sym_len;
	const char *tx;
	size_t		tx_len;
	int			exon;			/* 0 = not given */
	bool		looked_up;		/* lookup below is valid */
	NtrkGeneLookup lookup;		/* the symbol in the gene table */
} RawPart;

/* Does [s, s+len) end with word (case-insensitively)? */
static bool
ends_with_ci(const char *s, size_t len, const char *word)
{
	size_t		wl = strlen(word);

	return len >= wl && ntrk_range_ieq(s + len - wl, wl, word);
}

/* Parse 1..NTRK_EXON_MAX from exactly the digits in [s, s+len). */
static bool
parse_exon_number(const char *s, size_t len, int *exon)
{
	int			v = 0;
	size_t		i;

	if (len == 0 || len > 3)
		return false;
	for (i = 0; i < len; i++)
	{
		if (!ntrk_is_digit(s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	if (v < 1 || v > NTRK_EXON_MAX)
		return false;
	*exon = v;
	return true;
}

/*
 * Parse an exon label: "e5", "exon5", "ex5", "e.5" (case-insensitive).
 * For a VICC range "e.1_8" the 5' partner keeps its last exon and the 3'
 * partner its first, which are the exons at the junction.
 */
static bool
parse_exon_label(const char *s, size_t len, int side, int *exon)
{
	const char *us;

	if (len >= 4 && ntrk_range_ieq(s, 4, "exon"))
		s += 4, len -= 4;
	else if (len >= 2 && ntrk_range_ieq(s, 2, "ex"))
		s += 2, len -= 2;
	else if (len >= 1 && (s[0] == 'e' || s[0] == 'E'))
		s += 1, len -= 1;
	else
		return false;
	if (len > 0 && s[0] == '.')
		s++, len--;
	us = memchr(s, '_', len);
	if (us != NULL)
	{
		size_t		first = (size_t) (us - s);

		if (side == 0)
			return parse_exon_number(us + 1, len - first - 1, exon);
		return parse_exon_number(s, first, exon);
	}
	return parse_exon_number(s, len, exon);
}

/*
 * Does a parenthesised label look like an attempt at an exon ("e0", "ex",
 * "exon", "e.x") rather than a gene after a transcript?  Used only to choose
 * the error message.
 */
static bool
looks_like_exon(const char *s, size_t len)
{
	size_t		i;

	if (len == 0 || (s[0] != 'e' && s[0] != 'E'))
		return false;
	if (ntrk_range_ieq(s, len, "exon") || ntrk_range_ieq(s, len, "ex") || len == 1)
		return true;
	for (i = 1; i < len; i++)
		if (!ntrk_is_digit(s[i]) && s[i] != '.' && s[i] != '_' && s[i] != '-' && s[i] != '+')
			return false;
	return true;
}

/* Characters allowed in a gene symbol (HGNC symbols, clone names, IGH@). */
static inline bool
is_symbol_char(char c)
{
	return ntrk_is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '@';
}

static bool name_is_known(const char *s, size_t len);
static NtrkGeneMatch look_up(const char *name, size_t len, NtrkGeneLookup *lk);

/*
 * Length of an HGNC identifier at the start of [s, s+len) ("HGNC:18790", any
 * case, 1-7 digits), 0 when there is none.  Callers write one for a gene
 * that has no symbol.  The colon inside it is not the "SYM:exon" or "A:B"
 * colon: no gene is named HGNC.
 */
static size_t
hgnc_id_prefix(const char *s, size_t len)
{
	size_t		i = 5;

	if (len < 6 || !ntrk_range_ieq(s, 5, "hgnc:"))
		return 0;
	while (i < len && i < 12 && ntrk_is_digit(s[i]))
		i++;
	if (i == 5 || (i < len && ntrk_is_digit(s[i])))
		return 0;
	return i;
}

/* Is [s, s+len) exactly an HGNC identifier? */
static inline bool
is_hgnc_id(const char *s, size_t len)
{
	return len > 0 && hgnc_id_prefix(s, len) == len;
}

/*
 * Is [s, s+len) a symbol with one '/' between two symbol-shaped halves of
 * two characters or more, as
 * GENCODE names a few genes ("THRA1/BTR", ENSG00000235300)?  Such a symbol
 * is read where the notation separates the partners unambiguously ("::",
 * "--", separate gene columns); in "A/B" the slash is the separator.
 */
static bool
is_slash_symbol(const char *s, size_t len)
{
	const char *slash = memchr(s, '/', len);
	size_t		a,
				i;

	if (slash == NULL)
		return false;
	a = (size_t) (slash - s);
	/* halves of two characters or more: "N/A" is a missing value */
	if (a < 2 || a + 2 >= len || memchr(slash + 1, '/', len - a - 1) != NULL)
		return false;
	if (!ntrk_is_alnum(s[a - 1]) || !ntrk_is_alnum(s[a + 1]))
		return false;
	for (i = 0; i < len; i++)
		if (i != a && !is_symbol_char(s[i]))
			return false;
	return true;
}

/*
 * Does the name end with the letters "intragenic" (any case)?  That word is
 * the notation's own ("NTRK1-intragenic"), so a symbol ending with it (which
 * 1.0 stored) is one whose text may not read back.
 */
static inline bool
ends_with_intragenic(const char *s, size_t len)
{
	return len >= 10 && ntrk_range_ieq(s + len - 10, 10, "intragenic");
}

/*
 * Are both halves of a '/'-name approved symbols?  Then it names two genes
 * (neighbours of an intergenic breakpoint, or alternatives), not one.
 */
static bool
slash_names_two_genes(const char *s, size_t len)
{
	const char *slash = memchr(s, '/', len);
	size_t		a = (size_t) (slash - s);
	NtrkGeneLookup lk;

	return look_up(s, a, &lk) == NTRK_GENE_APPROVED &&
		look_up(slash + 1, len - a - 1, &lk) == NTRK_GENE_APPROVED;
}

/* Check the characters and length of a gene symbol. */
static bool
check_symbol(const char *s, size_t len, int side, NtrkParseError *err)
{
	size_t		i;

	if (len == 0)
		return ntrk_parse_fail(err, "The %s has no gene symbol.", side_name[side]);
	if (len > NTRK_SYMBOL_MAX)
		return ntrk_parse_fail(err, "The %s gene symbol is longer than %d characters.",
					side_name[side], NTRK_SYMBOL_MAX);
	if (is_hgnc_id(s, len))
		return true;
	if (!ntrk_is_alnum(s[0]))
		return ntrk_parse_fail(err, "The %s \"%.*s\" does not start with a letter or digit.",
					side_name[side], (int) len, s);
	if (len == 1 && (s[0] == 'v' || s[0] == 'V'))
		return ntrk_parse_fail(err, "The %s uses the placeholder \"v\" (any partner) with gene details; write it alone, as in v::NTRK1.",
					side_name[side]);

	/*
	 * Symbols ending in a joiner ('-', '.', '_') or in the letters
	 * "intragenic" are accepted, as 1.0 accepted them; a value holding one
	 * is kept only if its text reads back (ntrk_fusion_parse, needs_read_back).
	 */
	if (len == 1 && !name_is_known(s, len))
		return ntrk_parse_fail(err, "The %s \"%c\" is a single character, not a gene symbol.",
					side_name[side], s[0]);
	if (is_slash_symbol(s, len))
	{
		if (slash_names_two_genes(s, len))
			return ntrk_parse_fail(err, "The %s \"%.*s\" names two genes; a partner is one gene (write \"?\" when it is not known).",
								   side_name[side], (int) len, s);
		return true;
	}
	for (i = 0; i < len; i++)
		if (!is_symbol_char(s[i]))
			return ntrk_parse_fail(err, "The %s \"%.*s\" contains \"%c\", which cannot occur in a gene symbol.",
						side_name[side], (int) len, s, s[i]);
	return true;
}

/* Digits with an optional ".version", exactly filling [s, s+len). */
static bool
digits_version(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len && ntrk_is_digit(s[i]))
		i++;
	if (i == 0)
		return false;
	if (i == len)
		return true;
	if (s[i] != '.' || i + 1 == len)
		return false;
	for (i++; i < len; i++)
		if (!ntrk_is_digit(s[i]))
			return false;
	return true;
}

/*
 * Check a transcript accession: RefSeq (NM_002529.3, NR_…, XM_…), Ensembl
 * (ENST00000524377.1, also other species' ENS…T) or LRG (LRG_123t1).
 */
static bool
check_transcript(const char *s, size_t len, int side, NtrkParseError *err)
{
	bool		ok = false;

	if (len > 0 && len <= NTRK_TRANSCRIPT_MAX)
	{
		if (len > 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '_')
			ok = digits_version(s + 3, len - 3);
		else if (len > 4 && strncmp(s, "ENS", 3) == 0)
		{
			size_t		i = 3;

			while (i < len && s[i] >= 'A' && s[i] <= 'Z')
				i++;
			ok = i > 3 && s[i - 1] == 'T' && digits_version(s + i, len - i);
		}
		else if (len > 4 && strncmp(s, "LRG_", 4) == 0)
		{
			const char *t = memchr(s, 't', len);

			ok = t != NULL && t > s + 4 && digits_version(s + 4, (size_t) (t - s - 4)) &&
				digits_version(t + 1, len - (size_t) (t + 1 - s));
		}
	}
	if (!ok)
		return ntrk_parse_fail(err, "The %s has \"%.*s\" before its gene in parentheses, which is neither an exon (e5) nor a transcript accession (NM_002529.3, ENST00000524377).",
					side_name[side], (int) (len > 80 ? 80 : len), s);
	return true;
}

/*
 * Parse one partner: "SYM", "SYM(e5)", "SYM:exon5", "SYM^ENSG…",
 * "TX(SYM)", "TX(SYM):e.8", "v" or "?".
 */
static bool
parse_part(const char *s, size_t len, int side, RawPart *out, NtrkParseError *err)
{
	const char *open;
	const char *colon;

	memset(out, 0, sizeof(*out));
	ntrk_trim(&s, &len);
	if (len == 0)
		return ntrk_parse_fail(err, "The %s is missing.", side_name[side]);
	if (len == 1 && (s[0] == 'v' || s[0] == 'V'))
	{
		out->marker = PART_ANY;
		return true;
	}
	if (len == 1 && s[0] == '?')
	{
		out->marker = PART_UNKNOWN;
		return true;
	}

	open = memchr(s, '(', len);
	if (open != NULL)
	{
		const char *close = memchr(open, ')', len - (size_t) (open - s));
		const char *inner = open + 1;
		size_t		inner_len;
		const char *rest;
		size_t		rest_len;

		if (close == NULL)
			return ntrk_parse_fail(err, "The %s \"%.*s\" has an unbalanced parenthesis.",
						side_name[side], (int) len, s);
		inner_len = (size_t) (close - inner);
		rest = close + 1;
		rest_len = len - (size_t) (rest - s);

		if (inner_len > 0 && parse_exon_label(inner, inner_len, side, &out->exon))
		{
			/* SYM(e5) */
			if (rest_len != 0)
				return ntrk_parse_fail(err, "The %s \"%.*s\" has text after the exon.",
							side_name[side], (int) len, s);
			out->sym = s;
			out->sym_len = (size_t) (open - s);
		}
		else if (looks_like_exon(inner, inner_len))
			return ntrk_parse_fail(err, "The %s \"%.*s\" has exon \"%.*s\"; exons are numbered 1 to %d.",
						side_name[side], (int) len, s, (int) inner_len, inner, NTRK_EXON_MAX);
		else
		{
			/* TX(SYM) or TX(SYM):e.8 */
			out->tx = s;
			out->tx_len = (size_t) (open - s);
			if (!check_transcript(out->tx, out->tx_len, side, err))
				return false;
			out->sym = inner;
			out->sym_len = inner_len;
			if (rest_len > 0)
			{
				if (rest[0] != ':' ||
					!parse_exon_label(rest + 1, rest_len - 1, side, &out->exon))
					return ntrk_parse_fail(err, "The %s \"%.*s\" has an exon that is not written like :e.8 (exon offsets are not supported).",
								side_name[side], (int) len, s);
			}
		}
		return check_symbol(out->sym, out->sym_len, side, err);
	}

	/* SYM:exon5 or SYM:e5; an HGNC identifier's own colon is not that one */
	{
		size_t		id = hgnc_id_prefix(s, len);

		colon = id < len ? memchr(s + id, ':', len - id) : NULL;
	}
	if (colon != NULL)
	{
		out->sym = s;
		out->sym_len = (size_t) (colon - s);
		if (!parse_exon_label(colon + 1, len - out->sym_len - 1, side, &out->exon))
			return ntrk_parse_fail(err, "The %s \"%.*s\" has an exon that is not written like :exon5.",
						side_name[side], (int) len, s);
		return check_symbol(out->sym, out->sym_len, side, err);
	}

	/* SYM^ENSG00000… as STAR-Fusion writes LeftGene/RightGene */
	out->sym = s;
	out->sym_len = len;
	{
		const char *caret = memchr(s, '^', len);

		if (caret != NULL)
			out->sym_len = (size_t) (caret - s);
	}
	return check_symbol(out->sym, out->sym_len, side, err);
}

/*
 * Uppercase a symbol the way HGNC writes unlisted symbols: upper case, but
 * open reading frames keep "orf" in lower case (C17orf64).
 */
static void
canonical_case(const char *s, size_t len, char *out)
{
	size_t		i;

	for (i = 0; i < len; i++)
		out[i] = ntrk_ascii_upper(s[i]);
	out[len] = '\0';
	/* C<digits|X|Y>ORF<digits> -> C..orf.. */
	if (len >= 5 && out[0] == 'C')
	{
		i = 1;
		while (i < len && (ntrk_is_digit(out[i]) || out[i] == 'X' || out[i] == 'Y'))
			i++;
		if (i > 1 && i + 3 < len && strncmp(out + i, "ORF", 3) == 0 && ntrk_is_digit(out[i + 3]))
			memcpy(out + i, "orf", 3);
	}
}

/*
 * Look a name up in the gene table.  A few NCBI symbols of regulatory
 * elements (MCS+9.7, HBB-3'HS1, HHC2:066522) hold characters no fusion
 * notation can carry; a name that resolves to one of them is treated as not
 * in the table, so that every symbol ntrk prints reads back.
 */
static NtrkGeneMatch
look_up(const char *name, size_t len, NtrkGeneLookup *lk)
{
	const char *sym;

	if (ntrk_gene_lookup(name, len, lk) == NTRK_GENE_UNKNOWN || lk->gene < 0)
		return lk->match;
	for (sym = ntrk_gene_symbol(lk->gene); *sym != '\0'; sym++)
		if (!is_symbol_char(*sym))
		{
			lk->match = NTRK_GENE_UNKNOWN;
			lk->gene = -1;
			lk->n_candidates = 0;
			break;
		}
	return lk->match;
}

/*
 * Write the canonical spelling of a name whose lookup is known: the table's
 * approved symbol, or the name upper-cased when it does not resolve.
 */
static bool
normalise_looked_up(const char *name, size_t len, const NtrkGeneLookup *lk,
					char *out)
{
	if (lk->gene >= 0)
	{
		const char *sym = ntrk_gene_symbol(lk->gene);
		size_t		sl = strlen(sym);

		if (sl > NTRK_SYMBOL_MAX)
			sl = NTRK_SYMBOL_MAX;
		memcpy(out, sym, sl);
		out[sl] = '\0';
		return true;
	}
	canonical_case(name, len, out);
	return false;
}

bool
ntrk_gene_normalise(const char *name, size_t len, char *out, bool *listed)
{
	NtrkGeneLookup lk;
	size_t		i;

	if (len == 0 || len > NTRK_SYMBOL_MAX || !ntrk_is_alnum(name[0]))
		return false;
	if (is_slash_symbol(name, len) && slash_names_two_genes(name, len))
		return false;
	for (i = 0; i < len; i++)
		if (!is_symbol_char(name[i]) && !is_hgnc_id(name, len) &&
			!is_slash_symbol(name, len))
			return false;
	look_up(name, len, &lk);
	*listed = normalise_looked_up(name, len, &lk, out);
	return true;
}

/* Is this name known to the gene table (resolved or ambiguous)? */
static bool
name_is_known(const char *s, size_t len)
{
	NtrkGeneLookup lk;

	return look_up(s, len, &lk) != NTRK_GENE_UNKNOWN;
}

/* Look a parsed gene part up once; later calls reuse the answer. */
static bool
part_is_known(RawPart *p)
{
	if (!p->looked_up)
	{
		look_up(p->sym, p->sym_len, &p->lookup);
		p->looked_up = true;
	}
	return p->lookup.match != NTRK_GENE_UNKNOWN;
}

/* Resolve a raw part into a stored part; sets the "unlisted" flag bit. */
static void
resolve_part(RawPart *raw, NtrkFusionPart *part, uint8_t unlisted_bit,
			 uint8_t *flags)
{
	memset(part, 0, sizeof(*part));
	if (raw->marker == PART_GENE)
	{
		/* characters and length were checked by parse_part */
		(void) part_is_known(raw);
		if (!normalise_looked_up(raw->sym, raw->sym_len, &raw->lookup, part->symbol))
			*flags |= unlisted_bit;
	}
	if (raw->tx_len > 0)
	{
		memcpy(part->transcript, raw->tx, raw->tx_len);
		part->transcript[raw->tx_len] = '\0';
	}
	part->exon = (uint16_t) raw->exon;
}

/*
 * Try the hyphen at position i as the separator of "A-B" (each side may
 * carry an exon, "A(e5)-B(e15)"): both sides must be genes the table knows.
 */
static bool
hyphen_split_works(const char *s, size_t len, size_t i, RawPart *a, RawPart *b)
{
	NtrkParseError ignore;

	return parse_part(s, i, 0, a, &ignore) &&
		parse_part(s + i + 1, len - i - 1, 1, b, &ignore) &&
		a->marker == PART_GENE && b->marker == PART_GENE &&
		part_is_known(a) && part_is_known(b);
}

/*
 * Split "A-B" on the one hyphen that yields two known gene names.  Fails,
 * listing the candidates, when zero or several hyphens work.
 */
static bool
split_hyphen(const char *s, size_t len, RawPart *p5, RawPart *p3,
			 NtrkParseError *err)
{
	size_t		i;
	int			depth = 0;
	int			n_ok = 0;
	size_t		ok_at[4];
	RawPart		a,
				b;

	for (i = 1; i + 1 < len; i++)
	{
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')')
			depth--;
		if (s[i] != '-' || depth != 0 || !hyphen_split_works(s, len, i, &a, &b))
			continue;
		if (n_ok == 0)
		{
			*p5 = a;
			*p3 = b;
		}
		if (n_ok < 4)
			ok_at[n_ok] = i;
		n_ok++;
	}
	if (n_ok == 1)
		return true;
	if (n_ok == 0)
		return ntrk_parse_fail(err, "No hyphen in \"%.*s\" splits it into two known gene symbols; "
					"use \"::\" or \"--\" to separate unlisted or hyphenated symbols.",
					(int) len, s);
	{
		char		tried[200];
		size_t		used = 0;
		int			k;

		tried[0] = '\0';
		for (k = 0; k < n_ok && k < 4; k++)
		{
			int			w = snprintf(tried + used, sizeof(tried) - used, "%s%.*s | %.*s",
									 k ? "; " : "", (int) ok_at[k], s,
									 (int) (len - ok_at[k] - 1), s + ok_at[k] + 1);

			if (w < 0 || (size_t) w >= sizeof(tried) - used)
				break;
			used += (size_t) w;
		}
		return ntrk_parse_fail(err, "The hyphen in \"%.*s\" is ambiguous: %d splits give two known genes (%s); use \"::\".",
					(int) len, s, n_ok, tried);
	}
}

/* Split on the first occurrence of sep; fail if it occurs again. */
static bool
split_once(const char *s, size_t len, const char *sep, RawPart *p5, RawPart *p3,
		   NtrkParseError *err)
{
	size_t		sl = strlen(sep);
	size_t		i;
	size_t		at = len;

	for (i = 0; i + sl <= len; i++)
	{
		if (s[i] == sep[0] && memcmp(s + i, sep, sl) == 0)
		{
			if (at != len)
				return ntrk_parse_fail(err, "\"%.*s\" names more than two partners; a fusion value holds two.",
							(int) len, s);
			at = i;
			i += sl - 1;
		}
	}
	if (at == len)
		return ntrk_parse_fail(err, "\"%.*s\" has no \"%s\".", (int) len, s, sep);
	if (!parse_part(s, at, 0, p5, err))
		return false;
	return parse_part(s + at + sl, len - at - sl, 1, p3, err);
}

/* First occurrence of sub in [s, s+len), or NULL. */
static const char *
find_sub(const char *s, size_t len, const char *sub)
{
	size_t		sl = strlen(sub);
	size_t		i;

	for (i = 0; i + sl <= len; i++)
		if (memcmp(s + i, sub, sl) == 0)
			return s + i;
	return NULL;
}

/*
 * For "ETV6:exon5-NTRK3:exon15" return the hyphen that ends the 5' exon; NULL
 * when the text after the first ':' is not an exon label followed by '-'
 * (so the JAFFA form "LMNA:NTRK1" is not mistaken for it).
 */
static const char *
exon_form_hyphen(const char *s, size_t len)
{
	const char *c = memchr(s, ':', len);
	const char *h;
	int			exon;

	if (c == NULL)
		return NULL;
	h = memchr(c, '-', len - (size_t) (c - s));
	if (h == NULL || !parse_exon_label(c + 1, (size_t) (h - c - 1), 0, &exon))
		return NULL;
	return h;
}

/* Is the whole input a missing-value marker (N/A, NA, none, null, ., -)? */
static bool
is_missing_marker(const char *s, size_t len)
{
	static const char *const markers[] = {
		"n/a", "na", "nan", "none", "null", "unknown", ".", "-", "--", "?"
	};
	size_t		i;

	for (i = 0; i < sizeof(markers) / sizeof(markers[0]); i++)
		if (ntrk_range_ieq(s, len, markers[i]))
			return true;
	return false;
}

/*
 * Does a partner read "N/A", as reports write a missing other gene
 * ("ALK-N/A", "N/A::NTRK1")?  The slash would otherwise split it.
 */
static bool
has_na_partner(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i + 3 <= len; i++)
		if ((s[i] == 'N' || s[i] == 'n') && s[i + 1] == '/' && (s[i + 2] == 'A' || s[i + 2] == 'a') &&
			(i == 0 || !ntrk_is_alnum(s[i - 1])) && (i + 3 == len || !ntrk_is_alnum(s[i + 3])))
			return true;
	return false;
}

/* Strip a trailing word (preceded by whitespace) if present. */
static bool
strip_word(const char *s, size_t *len, const char *word)
{
	size_t		wl = strlen(word);

	if (*len > wl && ends_with_ci(s, *len, word) && ntrk_is_blank(s[*len - wl - 1]))
	{
		*len -= wl;
		ntrk_trim(&s, len);
		return true;
	}
	return false;
}

/*
 * Strip a vendor suffix " - Archer": text after the last " - " made only of
 * letters, digits, spaces, '.' and '_' (no separators a fusion could use).
 */
static void
strip_vendor(const char *s, size_t *len)
{
	size_t		i;

	for (i = *len; i >= 3; i--)
	{
		if (s[i - 3] == ' ' && s[i - 2] == '-' && s[i - 1] == ' ')
		{
			size_t		j;
			bool		word = i < *len;

			for (j = i; j < *len; j++)
				if (!ntrk_is_alnum(s[j]) && s[j] != ' ' && s[j] != '.' && s[j] != '_')
					word = false;
			if (word && i > 3)
			{
				*len = i - 3;
				ntrk_trim(&s, len);
			}
			return;
		}
	}
}

/* Parse a CIViC exon pair "e6::e19" into 5' and 3' exons. */
static bool
parse_civic_exons(const char *s, size_t len, int *e5, int *e3)
{
	const char *sep;

	for (sep = s; sep + 1 < s + len; sep++)
		if (sep[0] == ':' && sep[1] == ':')
			break;
	if (sep + 1 >= s + len)
		return false;
	return parse_exon_label(s, (size_t) (sep - s), 0, e5) &&
		parse_exon_label(sep + 2, len - (size_t) (sep - s) - 2, 1, e3);
}

/* Combine CIViC-style trailing exons with exons written on the parts. */
static bool
merge_exons(RawPart *p, int exon, int side, NtrkParseError *err)
{
	if (exon == 0)
		return true;
	if (p->marker != PART_GENE)
		return ntrk_parse_fail(err, "The %s is a placeholder (v or ?) and cannot have an exon.",
					side_name[side]);
	if (p->exon != 0 && p->exon != exon)
		return ntrk_parse_fail(err, "The %s has two different exons (%d and %d).",
					side_name[side], p->exon, exon);
	p->exon = exon;
	return true;
}


/*
 * Is [s, s+len) one gene the table knows, written alone or inside a
 * transcript form ("HLA-DRB1", "NM_1(HLA-DRB1)")?  Such a name holds hyphens
 * that are not separators.
 */
static bool
is_one_known_gene(const char *s, size_t len)
{
	RawPart		g;
	NtrkParseError scratch;

	return parse_part(s, len, 1, &g, &scratch) && g.marker == PART_GENE &&
		name_is_known(g.sym, g.sym_len);
}

/*
 * Handle what may follow a fusion name after a space: a vendor tag
 * (" - Archer"), " fusion(s)" / " rearrangement(s)", CIViC exons
 * (" e6::e19").  Anything else after a space is refused with a detail that
 * says what it looks like.  Only called when the input contains a space.
 */
static bool
strip_trailing_words(const char **sp_, size_t *len_, bool *word_fusion,
					 bool *word_rearr, int *civic5, int *civic3,
					 NtrkParseError *err)
{
	const char *s = *sp_;
	size_t		len = *len_;
	const char *sp = NULL;
	size_t		i;

	strip_vendor(s, &len);
	if (strip_word(s, &len, "fusions") || strip_word(s, &len, "fusion"))
		*word_fusion = true;
	else if (strip_word(s, &len, "rearrangements") || strip_word(s, &len, "rearrangement"))
		*word_rearr = true;

	/* CIViC: "EML4::ALK e6::e19" */
	for (i = len; i > 0; i--)
		if (ntrk_is_blank(s[i - 1]))
		{
			sp = s + i - 1;
			break;
		}
	if (sp != NULL && parse_civic_exons(sp + 1, len - (size_t) (sp + 1 - s), civic5, civic3))
	{
		len = (size_t) (sp - s);
		ntrk_trim(&s, &len);
	}

	/* Anything else after a space is not part of a fusion name. */
	for (i = 0; i + 5 <= len; i++)
		if (ntrk_is_blank(s[i]) && ntrk_range_ieq(s + i + 1, 3, "and") && ntrk_is_blank(s[i + 4]))
			return ntrk_parse_fail(err, "\"%.*s\" combines several alterations; pass the fusion alone.",
						(int) len, s);
	for (i = 0; i < len; i++)
		if (ntrk_is_blank(s[i]))
		{
			if (len > 2 && s[0] == 't' && s[1] == '(')
				break;
			if (name_is_known(s, i) && name_is_known(s + i + 1, len - i - 1))
				return ntrk_parse_fail(err, "\"%.*s\" names two genes separated by a space; write them 5' partner first as \"%.*s::%.*s\".",
							(int) len, s, (int) i, s, (int) (len - i - 1), s + i + 1);
			return ntrk_parse_fail(err, "Unexpected text \"%.*s\" after \"%.*s\" (a protein change belongs in ntrk_variant_class).",
						(int) (len - i - 1), s + i + 1, (int) i, s);
		}
	*sp_ = s;
	*len_ = len;
	return true;
}

/* The parser proper: ntrk_fusion_parse without the read-back check. */
static bool
parse_value(const char *input, size_t len, NtrkFusion *out, NtrkParseError *err)
{
	const char *s = input;
	size_t		i;
	bool		word_fusion = false;
	bool		word_rearr = false;
	bool		guaranteed = true;
	bool		intragenic = false;
	int			civic5 = 0,
				civic3 = 0;
	RawPart		p5,
				p3;

	memset(out, 0, sizeof(*out));
	memset(&p5, 0, sizeof(p5));
	memset(&p3, 0, sizeof(p3));
	err->detail[0] = '\0';

	if (len > NTRK_FUSION_MAX_INPUT)
		return ntrk_parse_fail(err, "The input is %zu bytes long; the limit is %d.",
					len, NTRK_FUSION_MAX_INPUT);
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c < 0x20 && c != '\t') || c >= 0x7f)
			return ntrk_parse_fail(err, "Byte %zu is %s (0x%02x); fusion names are plain ASCII.",
						i + 1, c >= 0x80 ? "not ASCII" : "a control character", c);
	}
	ntrk_trim(&s, &len);
	if (len == 0)
		return ntrk_parse_fail(err, "The input is empty.");
	if (is_missing_marker(s, len))
		return ntrk_parse_fail(err, "\"%.*s\" marks a missing value, not a fusion.", (int) len, s);
	if (has_na_partner(s, len))
		return ntrk_parse_fail(err, "A partner of \"%.*s\" is \"N/A\" (not available); write ?::GENE when the partner is unknown.",
					(int) len, s);
	if (memchr(s, ',', len) != NULL)
		return ntrk_parse_fail(err, "\"%.*s\" lists several candidate genes (an intergenic breakpoint); a fusion value names one gene per partner.",
					(int) (len > 80 ? 80 : len), s);

	if (ntrk_range_ieq(s, len, "fusion") || ntrk_range_ieq(s, len, "fusions") ||
		ntrk_range_ieq(s, len, "rearrangement"))
		return ntrk_parse_fail(err, "\"%.*s\" names no gene.", (int) len, s);
	if ((memchr(s, ' ', len) != NULL || memchr(s, '\t', len) != NULL) &&
		!strip_trailing_words(&s, &len, &word_fusion, &word_rearr, &civic5, &civic3, err))
		return false;
	if (len > 2 && s[0] == 't' && s[1] == '(')
		return ntrk_parse_fail(err, "\"%.*s\" is an ISCN karyotype, which does not name the genes.", (int) len, s);

	/* Intragenic: "NTRK1-intragenic", whatever the separator */
	if (len > 10 && ntrk_range_ieq(s + len - 10, 10, "intragenic"))
	{
		size_t		gl = len - 10;

		/*
		 * One separator: "::", or one of '-', ':', '/'.  A second joiner
		 * belongs to the symbol, as in 1.0 ("NTRK1--intragenic" is the
		 * intragenic form of the symbol "NTRK1-").
		 */
		if (gl >= 2 && s[gl - 1] == ':' && s[gl - 2] == ':')
			gl -= 2;
		else if (gl >= 1 && (s[gl - 1] == '-' || s[gl - 1] == ':' || s[gl - 1] == '/'))
			gl--;

		/*
		 * Without a separator the letters belong to a symbol
		 * ("TPM3::FOOINTRAGENIC", "NINTRAGENIC fusion"): read on.
		 */
		if (gl < len - 10)
		{
			if (!parse_part(s, gl, 0, &p5, err))
				return false;
			p3 = p5;
			intragenic = true;
		}
	}

	if (!intragenic)
	{
		const char *dc = NULL;
		const char *h;

		for (i = 0; i + 1 < len; i++)
			if (s[i] == ':' && s[i + 1] == ':')
			{
				dc = s + i;
				break;
			}
		if (dc != NULL)
		{
			if (!split_once(s, len, "::", &p5, &p3, err))
				return false;
		}
		else if (find_sub(s, len, "--") != NULL)
		{
			if (!split_once(s, len, "--", &p5, &p3, err))
				return false;
		}
		else if ((h = exon_form_hyphen(s, len)) != NULL)
		{
			/* ETV6:exon5-NTRK3:exon15: split at the hyphen after the exon */
			if (!parse_part(s, (size_t) (h - s), 0, &p5, err) ||
				!parse_part(h + 1, len - (size_t) (h + 1 - s), 1, &p3, err))
				return false;
		}
		else if (memchr(s, ':', len) != NULL && !is_hgnc_id(s, len))
		{
			if (!split_once(s, len, ":", &p5, &p3, err))
				return false;
		}
		else if (memchr(s, '/', len) != NULL)
		{
			if (!split_once(s, len, "/", &p5, &p3, err))
				return false;
			guaranteed = false;
		}
		else if (memchr(s, '-', len) != NULL && !is_one_known_gene(s, len))
		{
			/*
			 * "A-B": a pair when exactly one hyphen splits it into known
			 * genes, otherwise an error.  A hyphenated symbol the table knows
			 * ("HLA-DRB1 fusion") is one gene, below.
			 */
			if (!split_hyphen(s, len, &p5, &p3, err))
				return false;
			guaranteed = false;
		}
		else
		{
			/* One gene: "NTRK1 fusion" (categorical), "NTRK1 rearrangement" */
			RawPart		g;

			if (!parse_part(s, len, 1, &g, err))
				return false;
			if (g.marker != PART_GENE)
				return ntrk_parse_fail(err, "\"%.*s\" names no gene.", (int) len, s);
			if (!word_fusion && !word_rearr)
				return ntrk_parse_fail(err, "\"%.*s\" names one gene and no partner; write \"%.*s fusion\" for any partner or \"?::%.*s\" for an unknown one.",
							(int) len, s, (int) len, s, (int) len, s);
			memset(&p5, 0, sizeof(p5));
			p5.marker = word_fusion ? PART_ANY : PART_UNKNOWN;
			p3 = g;
			guaranteed = false;
		}
	}

	if (!merge_exons(&p5, civic5, 0, err) || !merge_exons(&p3, civic3, 1, err))
		return false;

	/* Markers: at most one side, and only opposite a gene. */
	if (p5.marker != PART_GENE && p3.marker != PART_GENE)
		return ntrk_parse_fail(err, "Both partners are placeholders (v or ?); name at least one gene.");

	if (!guaranteed)
		out->flags |= NTRK_FLAG_ORDER_UNGUARANTEED;
	resolve_part(&p5, &out->p5, NTRK_FLAG_GENE5_UNLISTED, &out->flags);
	resolve_part(&p3, &out->p3, NTRK_FLAG_GENE3_UNLISTED, &out->flags);

	if (p5.marker == PART_ANY || p3.marker == PART_ANY)
		out->kind = NTRK_KIND_CATEGORICAL;
	else if (p5.marker == PART_UNKNOWN || p3.marker == PART_UNKNOWN)
		out->kind = NTRK_KIND_UNKNOWN_PARTNER;
	else if (intragenic || strcmp(out->p5.symbol, out->p3.symbol) == 0)
	{
		out->kind = NTRK_KIND_INTRAGENIC;
		out->flags &= (uint8_t) ~NTRK_FLAG_ORDER_UNGUARANTEED;
	}
	else
		out->kind = NTRK_KIND_CHIMERIC;

	/*
	 * A placeholder in a notation without order ("NTRK1/v", "NTRK1 fusion")
	 * says nothing about the gene's side: store the gene in the 3' slot, so
	 * that every spelling of "gene-level, side unknown" is one value.
	 */
	if (out->kind != NTRK_KIND_CHIMERIC && out->kind != NTRK_KIND_INTRAGENIC &&
		!guaranteed && out->p5.symbol[0] != '\0')
	{
		NtrkFusionPart tmp = out->p5;
		bool		unlisted = (out->flags & NTRK_FLAG_GENE5_UNLISTED) != 0;

		out->p5 = out->p3;
		out->p3 = tmp;
		out->flags &= (uint8_t) ~(NTRK_FLAG_GENE5_UNLISTED | NTRK_FLAG_GENE3_UNLISTED);
		if (unlisted)
			out->flags |= NTRK_FLAG_GENE3_UNLISTED;
	}
	return true;
}

/*
 * Does the canonical text of f read back as f?  Always true of a value
 * whose order is stated; a value without one prints its partners joined by
 * '/', which can meet the rest of the text in ways the notation reads
 * otherwise (partners "0-N" and "A-0" print "0-N/A-0", a missing-value
 * word; a transcript form with exons prints ":e.6/", read as a third
 * partner).
 */
static bool
reads_back(const NtrkFusion *f, char *text)
{
	size_t		n = ntrk_fusion_format(f, text);
	NtrkFusion	again;
	NtrkParseError ignored;
	uint8_t		a[NTRK_FUSION_PACKED_MAX];
	uint8_t		b[NTRK_FUSION_PACKED_MAX];
	size_t		na,
				nb;

	if (!parse_value(text, n, &again, &ignored))
		return false;
	na = ntrk_fusion_pack(f, a);
	nb = ntrk_fusion_pack(&again, b);
	return na == nb && memcmp(a, b, na) == 0;
}

/* Could this symbol's text be misread: ends in a joiner or "intragenic"? */
static bool
risky_symbol(const char *sym)
{
	size_t		l = strlen(sym);

	return l > 0 && (sym[l - 1] == '-' || sym[l - 1] == '.' || sym[l - 1] == '_' ||
					 ends_with_intragenic(sym, l));
}

/*
 * Values whose text might not read back as themselves: those printed
 * without a stated order ('/'), and those holding a symbol that ends in a
 * joiner or in "intragenic".  Other values read back by construction.
 */
static bool
needs_read_back(const NtrkFusion *f)
{
	return (f->flags & NTRK_FLAG_ORDER_UNGUARANTEED) != 0 ||
		risky_symbol(f->p5.symbol) || risky_symbol(f->p3.symbol);
}

bool
ntrk_fusion_parse(const char *input, size_t len, NtrkFusion *out, NtrkParseError *err)
{
	char		text[NTRK_FUSION_TEXT_MAX];

	if (!parse_value(input, len, out, err))
		return false;
	if (needs_read_back(out) && !reads_back(out, text))
		return ntrk_parse_fail(err, "\"%.*s\" would print as \"%s\", which does not read back as the same fusion; write the partners 5' first with \"::\".",
							   (int) (len > 80 ? 80 : len), input, text);
	return true;
}

/* Append a string; returns the number of bytes written. */
static inline size_t
put(char *buf, const char *s)
{
	size_t		l = strlen(s);

	memcpy(buf, s, l);
	return l;
}

/* Append an exon number (1..NTRK_EXON_MAX) in decimal. */
static inline size_t
put_number(char *buf, unsigned v)
{
	char		tmp[8];
	size_t		n = 0,
				i;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

/* Append a partner: "TX(SYM):e.N", "TX(SYM)", "SYM(eN)" or "SYM". */
static size_t
format_part(const NtrkFusionPart *p, char *buf)
{
	size_t		n = 0;

	if (p->transcript[0] != '\0')
	{
		n += put(buf + n, p->transcript);
		buf[n++] = '(';
		n += put(buf + n, p->symbol);
		buf[n++] = ')';
		if (p->exon != 0)
		{
			n += put(buf + n, ":e.");
			n += put_number(buf + n, p->exon);
		}
	}
	else
	{
		n += put(buf + n, p->symbol);
		if (p->exon != 0)
		{
			n += put(buf + n, "(e");
			n += put_number(buf + n, p->exon);
			buf[n++] = ')';
		}
	}
	buf[n] = '\0';
	return n;
}

size_t
ntrk_fusion_format(const NtrkFusion *f, char *buf)
{
	size_t		n = 0;
	bool		unguaranteed = (f->flags & NTRK_FLAG_ORDER_UNGUARANTEED) != 0;
	const NtrkFusionPart *gene_part;

	switch (f->kind)
	{
		case NTRK_KIND_CATEGORICAL:
		case NTRK_KIND_UNKNOWN_PARTNER:
			gene_part = f->p5.symbol[0] != '\0' ? &f->p5 : &f->p3;
			if (unguaranteed &&
				!((f->flags & NTRK_FLAG_GENE3_UNLISTED) && strchr(gene_part->symbol, '-')))
			{
				/*
				 * "NTRK1 fusion" / "NTRK1 rearrangement": side not stated.  An
				 * unlisted hyphenated symbol could read as two genes there, so
				 * it prints as "v/FOO-1" instead.
				 */
				n = format_part(gene_part, buf);
				n += put(buf + n, f->kind == NTRK_KIND_CATEGORICAL ?
						 " fusion" : " rearrangement");
				buf[n] = '\0';
				return n;
			}
			if (unguaranteed)
			{
				n = put(buf, f->kind == NTRK_KIND_CATEGORICAL ? "v/" : "?/");
				n += format_part(gene_part, buf + n);
			}
			else if (gene_part == &f->p5)
			{
				n = format_part(&f->p5, buf);
				n += put(buf + n, f->kind == NTRK_KIND_CATEGORICAL ? "::v" : "::?");
				buf[n] = '\0';
			}
			else
			{
				n = put(buf, f->kind == NTRK_KIND_CATEGORICAL ? "v::" : "?::");
				n += format_part(&f->p3, buf + n);
			}
			return n;
		case NTRK_KIND_INTRAGENIC:
			if (f->p5.exon == 0 && f->p3.exon == 0 &&
				f->p5.transcript[0] == '\0' && f->p3.transcript[0] == '\0')
			{
				n = put(buf, f->p5.symbol);
				n += put(buf + n, "-intragenic");
				buf[n] = '\0';
				return n;
			}
			/* with exon detail, print both ends */
			/* FALLTHROUGH */
		default:
			n = format_part(&f->p5, buf);
			n += put(buf + n, unguaranteed ? "/" : "::");
			n += format_part(&f->p3, buf + n);
			return n;
	}
}

/* Append a NUL-terminated string to a packed buffer. */
static size_t
put_str(uint8_t *buf, const char *s)
{
	size_t		l = strlen(s);

	memcpy(buf, s, l + 1);
	return l + 1;
}

size_t
ntrk_fusion_pack(const NtrkFusion *f, uint8_t *buf)
{
	size_t		n = 0;

	buf[n++] = NTRK_FUSION_FORMAT;
	buf[n++] = f->flags;
	n += put_str(buf + n, f->p5.symbol);
	n += put_str(buf + n, f->p3.symbol);
	buf[n++] = f->kind;
	buf[n++] = (uint8_t) (f->p5.exon >> 8);
	buf[n++] = (uint8_t) (f->p5.exon & 0xff);
	buf[n++] = (uint8_t) (f->p3.exon >> 8);
	buf[n++] = (uint8_t) (f->p3.exon & 0xff);
	n += put_str(buf + n, f->p5.transcript);
	n += put_str(buf + n, f->p3.transcript);
	return n;
}

/* Read a NUL-terminated string of at most max bytes from a packed buffer. */
static bool
get_str(const uint8_t *buf, size_t len, size_t *pos, char *out, size_t max)
{
	const uint8_t *nul = memchr(buf + *pos, '\0', len - *pos);
	size_t		l;

	if (nul == NULL)
		return false;
	l = (size_t) (nul - (buf + *pos));
	if (l > max)
		return false;
	memcpy(out, buf + *pos, l + 1);
	*pos += l + 1;
	return true;
}

bool
ntrk_fusion_unpack(const uint8_t *buf, size_t len, NtrkFusion *out,
				   NtrkParseError *err)
{
	size_t		pos = 2;
	bool		ok;

	memset(out, 0, sizeof(*out));
	if (len < 2)
		return ntrk_parse_fail(err, "The value is %zu bytes long, too short for a fusion.", len);
	if (buf[0] != NTRK_FUSION_FORMAT)
		return ntrk_parse_fail(err, "Format version %u is not known (this build reads version %d).",
					(unsigned) buf[0], NTRK_FUSION_FORMAT);
	out->flags = buf[1];
	if ((out->flags & ~NTRK_FLAG_ALL) != 0)
		return ntrk_parse_fail(err, "Unknown flag bits 0x%02x.", (unsigned) out->flags);
	ok = get_str(buf, len, &pos, out->p5.symbol, NTRK_SYMBOL_MAX) &&
		get_str(buf, len, &pos, out->p3.symbol, NTRK_SYMBOL_MAX);
	if (!ok || len - pos < 5)
		return ntrk_parse_fail(err, "The gene symbols are truncated or too long.");
	out->kind = buf[pos++];
	out->p5.exon = (uint16_t) ((buf[pos] << 8) | buf[pos + 1]);
	out->p3.exon = (uint16_t) ((buf[pos + 2] << 8) | buf[pos + 3]);
	pos += 4;
	ok = get_str(buf, len, &pos, out->p5.transcript, NTRK_TRANSCRIPT_MAX) &&
		get_str(buf, len, &pos, out->p3.transcript, NTRK_TRANSCRIPT_MAX);
	if (!ok)
		return ntrk_parse_fail(err, "The transcripts are truncated or too long.");
	if (pos != len)
		return ntrk_parse_fail(err, "%zu unexpected bytes follow the value.", len - pos);
	if (out->kind > NTRK_KIND_LAST)
		return ntrk_parse_fail(err, "Unknown kind %u.", (unsigned) out->kind);
	if (out->p5.exon > NTRK_EXON_MAX || out->p3.exon > NTRK_EXON_MAX)
		return ntrk_parse_fail(err, "Exon number out of range.");
	return true;
}

bool
ntrk_fusion_has_gene(const NtrkFusion *f, const char *symbol)
{
	return (f->p5.symbol[0] != '\0' && strcmp(f->p5.symbol, symbol) == 0) ||
		(f->p3.symbol[0] != '\0' && strcmp(f->p3.symbol, symbol) == 0);
}

const char *
ntrk_fusion_kind_name(uint8_t kind)
{
	switch (kind)
	{
		case NTRK_KIND_CHIMERIC:
			return "chimeric";
		case NTRK_KIND_CATEGORICAL:
			return "categorical";
		case NTRK_KIND_UNKNOWN_PARTNER:
			return "unknown partner";
		case NTRK_KIND_INTRAGENIC:
			return "intragenic";
	}
	return "invalid";
}
