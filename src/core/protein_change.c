/*
 * protein_change.c
 *		Parse a protein change as people and tools write it: G595R, p.G595R,
 *		p.Gly595Arg, p.(Gly595Arg), "NTRK1 G595R", NTRK1:p.G595R,
 *		NP_006171.2:p.G639R, NM_002529.3(NTRK1):p.G595R, or "amplification".
 *
 * Syntax only: which gene and numbering the change is read on, and whether
 * its residues are right, is variant_classify.c's business.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <string.h>

#include "knowledge_data.h"
#include "ntrk_ascii.h"

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

const char ntrk_change_hint[] =
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
		if (ntrk_range_eq_nocase(s, 3, aa_codes[i].three))
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

		if (len >= pl && ntrk_range_eq_nocase(s, pl, prefixes[i]))
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
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "The gene written in the protein change is empty or longer than %d characters.",
						 NTRK_SYMBOL_MAX);
	for (i = 0; i < len; i++)
		if (!ntrk_is_alpha(s[i]) && !ntrk_is_digit(s[i]) && s[i] != '-' && s[i] != '.')
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
							 "\"%.*s\" is not a gene symbol or an accession.", (int) len, s);
	if (out->gene[0] != '\0' && !ntrk_range_eq_nocase(s, len, out->gene))
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
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
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "The accession in the protein change is empty or longer than %d characters.",
						 NTRK_TRANSCRIPT_MAX);
	if (out->accession[0] != '\0')
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "The protein change has two accession prefixes.");
	for (i = 0; i < len; i++)
	{
		if (!ntrk_is_alpha(s[i]) && !ntrk_is_digit(s[i]) && s[i] != '_' && s[i] != '.' && s[i] != '-')
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
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
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
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
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "\"%.*s\" has no amino-acid change.", (int) whole_len, whole);

	/* Reference residue: three-letter code before a digit, else one letter. */
	if (len >= 4 && ntrk_is_alpha(s[0]) && ntrk_is_alpha(s[1]) && ntrk_is_alpha(s[2]) && ntrk_is_digit(s[3]))
	{
		out->ref = aa_three(s);
		if (out->ref == 0)
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
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
				return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
								 "\"%.*s\" changes a stop codon; only missense and nonsense substitutions are classified.",
								 (int) whole_len, whole);
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
							 "\"%.*s\" does not start with an amino acid (G595R, p.Gly595Arg).",
							 (int) whole_len, whole);
		}
		s += 1, len -= 1;
	}
	if (out->ref == '*')
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
						 "\"%.*s\" changes a stop codon; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);

	/* Position. */
	for (i = 0; i < len && ntrk_is_digit(s[i]); i++)
	{
		if (++ndig > 5)
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
							 "The position in \"%.*s\" has more than 5 digits.",
							 (int) whole_len, whole);
		pos = pos * 10 + (s[i] - '0');
	}
	if (ndig == 0 || pos == 0)
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
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
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "\"X\" in \"%.*s\" is ambiguous (any residue or a stop); write the residue, or * / Ter for a stop.",
						 (int) whole_len, whole);
	else if (len == 1 && s[0] == '=')
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
						 "\"%.*s\" is synonymous; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);
	else if (len == 0)
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "\"%.*s\" has no new amino acid after the position.",
						 (int) whole_len, whole);
	else if ((len >= 2 && ntrk_range_eq_nocase(s, 2, "fs")) || (len >= 3 && ntrk_range_eq_nocase(s, 3, "del")) ||
			 (len >= 3 && ntrk_range_eq_nocase(s, 3, "ins")) || (len >= 3 && ntrk_range_eq_nocase(s, 3, "dup")) ||
			 (len >= 3 && ntrk_range_eq_nocase(s, 3, "ext")) || s[0] == '_')
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
						 "\"%.*s\" is not a single-residue substitution; only missense and nonsense substitutions are classified.",
						 (int) whole_len, whole);
	else
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "\"%.*s\" after the position in \"%.*s\" is not an amino acid.",
						 (int) len, s, (int) whole_len, whole);

	if (out->alt == out->ref)
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
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
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
						 "The protein change is %zu bytes long; the limit is 200.", len);
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c < 0x20 && !ntrk_is_space((char) c)) || c >= 0x7f)
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
							 "Byte %zu is 0x%02x; protein changes are plain ASCII.",
							 i + 1, (unsigned) c);
		if (c == ',' || c == ';' || c == '+' || c == '&' || c == '/')
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
							 "\"%.*s\" lists several changes; pass one change per call.",
							 (int) len, s);
	}
	ntrk_trim(&s, &len);
	if (len == 0)
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
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
			if (ntrk_range_eq_nocase(s + start, i - start, "and"))
				return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
								 "\"%.*s\" lists several changes; pass one change per call.",
								 (int) len, s);
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
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
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "protein_change", ntrk_change_hint,
							 "\"%.*s\" has an empty prefix before ':'.", (int) len, s);
		if (!parse_prefix(out, body, plen, err))
			return false;
		body = colon + 1;
		body_len -= plen + 1;
	}

	if (ntrk_range_eq_nocase(body, body_len, "amplification") || ntrk_range_eq_nocase(body, body_len, "amp") ||
		ntrk_range_eq_nocase(body, body_len, "amplified"))
	{
		if (out->accession[0] != '\0')
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
							 "An amplification has no protein position; drop the accession %s.",
							 out->accession);
		out->amplification = true;
		return true;
	}
	return parse_substitution(out, body, body_len, err);
}

