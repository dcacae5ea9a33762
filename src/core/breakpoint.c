/*
 * breakpoint.c
 *		Map genomic breakpoints onto the NTRK reference transcripts (GRCh37
 *		and GRCh38) and read exon numbers out of lab text; see breakpoint.h.
 *
 * The mapping rule (1-based positions; the caller convention that a 5'
 * breakpoint is the last base of the 5' segment and a 3' breakpoint the
 * first base of the 3' segment is that of STAR-Fusion, Arriba,
 * FusionCatcher and JAFFA output, and of VCF breakends):
 *	- p inside exon k: a 3' segment starts at exon k (at its first base when
 *	  p is that base, else inside it); a 5' segment ends in exon k;
 *	- p in intron k (between exons k and k+1 in transcript order): a 3'
 *	  segment starts at exon k+1 after splicing, a 5' segment ends at exon k;
 *	- the 3' segment keeps the whole kinase domain iff p is not after the
 *	  first base of the kinase-start codon in transcript order (InterPro
 *	  IPR000719 domain starts: TrkA aa 510, TrkB aa 554 of NP_006171.2, TrkC
 *	  aa 538; the exon carrying that codon also carries the glycine-rich loop
 *	  and the ATP-binding lysine).
 * The exon coordinates and their sources are in data/ntrk_exons.tsv.
 */
#include "breakpoint.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "genome_build.h"
#include "ntrk_ascii.h"

/* Bases around an exon boundary that are read as the boundary itself. */
#define SNAP_BASES 2

static const char build_hint[] =
"Name the assembly as GRCh38, hg38 or 38, or GRCh37, hg19 or 37.";
static const char breakpoint_hint[] =
"Write a breakpoint as chr15:87940753:-, 15:87940753 or chr15 87940753, "
"1-based, as STAR-Fusion, Arriba, FusionCatcher and JAFFA write it.";

/* Does [s, s+len) equal word, ignoring ASCII case on both sides? */
static bool
ieq(const char *s, size_t len, const char *word)
{
	size_t		i;

	if (strlen(word) != len)
		return false;
	for (i = 0; i < len; i++)
		if (ntrk_ascii_upper(s[i]) != ntrk_ascii_upper(word[i]))
			return false;
	return true;
}

static void append(char *buf, size_t size, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
static void set_error(NtrkKnowledgeError *err, NtrkErrorKind kind, const char *argument,
					  const char *hint, const char *fmt,...)
			__attribute__((format(printf, 5, 6)));

/* Append formatted text to buf (size bytes), truncating safely. */
static void
append(char *buf, size_t size, const char *fmt,...)
{
	size_t		used = strlen(buf);
	va_list		ap;

	if (used + 1 >= size)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + used, size - used, fmt, ap);
	va_end(ap);
}

/* Fill err; detail is formatted. */
static void
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
}

/* 87940753 -> "87,940,753" */
static void
format_position(int32_t p, char *out, size_t size)
{
	char		digits[16];
	size_t		n,
				i,
				o = 0;

	snprintf(digits, sizeof(digits), "%d", (int) p);
	n = strlen(digits);
	for (i = 0; i < n && o + 2 < size; i++)
	{
		if (i > 0 && (n - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
}

/* ------------------------------------------------------------------------
 * Table lookups
 * ------------------------------------------------------------------------
 */
const NtrkExonTranscript *
ntrk_exon_reference(int ntrk, int build)
{
	int			i;

	for (i = 0; i < ntrk_exon_transcript_count; i++)
		if (ntrk_exon_transcripts[i].ntrk == ntrk &&
			ntrk_exon_transcripts[i].build == build &&
			ntrk_exon_transcripts[i].reference)
			return &ntrk_exon_transcripts[i];
	return NULL;
}

/* Does accession (version ignored) name this table row? */
static bool
accession_matches(const char *accession, const NtrkExonTranscript *tx)
{
	const char *dot = strchr(accession, '.');
	size_t		len = dot ? (size_t) (dot - accession) : strlen(accession);
	const char *txdot = strchr(tx->accession, '.');
	size_t		txlen = txdot ? (size_t) (txdot - tx->accession) : strlen(tx->accession);
	size_t		i;

	if (ieq(accession, len, tx->ensembl))
		return true;
	if (len != txlen)
		return false;
	for (i = 0; i < len; i++)
		if (ntrk_ascii_upper(accession[i]) != tx->accession[i])
			return false;
	return true;
}

const NtrkExonTranscript *
ntrk_exon_transcript(const char *accession, int build)
{
	int			i;

	for (i = 0; i < ntrk_exon_transcript_count; i++)
		if (ntrk_exon_transcripts[i].build == build &&
			accession_matches(accession, &ntrk_exon_transcripts[i]))
			return &ntrk_exon_transcripts[i];
	return NULL;
}

/* ------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------
 */
const char *
ntrk_build_name(int build)
{
	return build == 37 ? "GRCh37" : build == 38 ? "GRCh38" : "";
}

bool
ntrk_build_parse(const char *s, size_t len, int *build, NtrkKnowledgeError *err)
{
	const char *t = s;
	size_t		n = len;
	const char *name;
	size_t		i;

	ntrk_trim(&t, &n);
	/* A patch suffix (GRCh38.p14) names the same coordinates. */
	for (i = 0; i + 2 < n; i++)
		if (t[i] == '.' && (t[i + 1] == 'p' || t[i + 1] == 'P'))
		{
			size_t		j = i + 2;

			while (j < n && ntrk_is_digit(t[j]))
				j++;
			if (j == n)
				n = i;
			break;
		}
	name = ntrk_genome_build_normalise(t, n);
	if (name != NULL)
	{
		*build = strcmp(name, "GRCh38") == 0 ? 38 : 37;
		return true;
	}
	set_error(err, NTRK_ERR_SYNTAX, "genome_build", build_hint,
			  "ntrk has NTRK exon coordinates for %s only.", ntrk_genome_builds_accepted);
	return false;
}

bool
ntrk_chromosome_normalise(const char *s, size_t len, char *out, size_t out_size)
{
	const char *t = s;
	size_t		n = len;
	char		name[4];
	size_t		i;

	ntrk_trim(&t, &n);
	if (n >= 3 && ieq(t, 3, "chr"))
		t += 3, n -= 3;
	if (n == 0 || n > 2)
		return false;
	for (i = 0; i < n; i++)
		name[i] = ntrk_ascii_upper(t[i]);
	name[n] = '\0';
	if (ntrk_is_digit(name[0]))
	{
		int			v = atoi(name);

		if (name[0] == '0' || (n == 2 && !ntrk_is_digit(name[1])) || v < 1 || v > 22)
			return false;
	}
	else if (strcmp(name, "MT") == 0)
		name[1] = '\0';
	else if (n != 1 || (name[0] != 'X' && name[0] != 'Y' && name[0] != 'M'))
		return false;
	if (out_size < 8)
		return false;
	snprintf(out, out_size, "chr%s", name);
	return true;
}

bool
ntrk_breakpoint_parse(const char *s, size_t len, NtrkBreakpoint *out,
					  NtrkKnowledgeError *err)
{
	const char *t = s;
	size_t		n = len;
	size_t		i = 0,
				start;
	int64_t		pos = 0;

	memset(out, 0, sizeof(*out));
	ntrk_trim(&t, &n);
	/* chromosome: up to ':' or a blank */
	while (i < n && t[i] != ':' && !ntrk_is_blank(t[i]))
		i++;
	if (i == n || !ntrk_chromosome_normalise(t, i, out->chromosome, sizeof(out->chromosome)))
	{
		set_error(err, NTRK_ERR_SYNTAX, "breakpoint", breakpoint_hint,
				  i == n ? "A breakpoint needs a chromosome and a position."
				  : "\"%.*s\" is not a human chromosome name.", (int) (i > 20 ? 20 : i), t);
		return false;
	}
	if (t[i] == ':')
		i++;
	else
		while (i < n && ntrk_is_blank(t[i]))
			i++;
	start = i;
	while (i < n && ntrk_is_digit(t[i]))
	{
		pos = pos * 10 + (t[i] - '0');
		if (pos > INT32_MAX)
			break;
		i++;
	}
	if (i == start || pos > INT32_MAX || pos == 0 ||
		(i < n && t[i] != ':' && !ntrk_is_blank(t[i])))
	{
		set_error(err, NTRK_ERR_SYNTAX, "breakpoint", breakpoint_hint,
				  pos > INT32_MAX ? "The position is beyond the end of any human chromosome." :
				  pos == 0 && i > start ? "Positions are 1-based: 0 is not a position." :
				  "The chromosome must be followed by a position made of digits.");
		return false;
	}
	out->position = (int32_t) pos;
	if (i == n)
		return true;
	/* optional strand after ':' or blanks */
	if (t[i] == ':')
		i++;
	else
		while (i < n && ntrk_is_blank(t[i]))
			i++;
	if (i + 1 == n && (t[i] == '+' || t[i] == '-'))
	{
		out->strand = t[i];
		return true;
	}
	if (i + 1 == n && t[i] == '.')
		return true;
	set_error(err, NTRK_ERR_SYNTAX, "breakpoint", breakpoint_hint,
			  "Only a strand (+, - or .) may follow the position.");
	return false;
}

/* ------------------------------------------------------------------------
 * Mapping
 * ------------------------------------------------------------------------
 */
const char *
ntrk_region_name(NtrkRegion region)
{
	static const char *const names[] = {"exon", "intron", "upstream", "downstream"};

	return names[region];
}

/* First / last base of an exon in transcript order. */
static int32_t
first_base(const NtrkExonTranscript *tx, const NtrkExon *e)
{
	return tx->strand == '+' ? e->lo : e->hi;
}

static int32_t
last_base(const NtrkExonTranscript *tx, const NtrkExon *e)
{
	return tx->strand == '+' ? e->hi : e->lo;
}

/* Position in transcript direction: larger = further 3'. */
static int64_t
along(const NtrkExonTranscript *tx, int32_t p)
{
	return tx->strand == '+' ? (int64_t) p : -(int64_t) p;
}

/* The gene's span on its build, for errors: "chr15:87,876,757-88,256,731". */
static void
format_span(const NtrkExonTranscript *tx, char *out, size_t size)
{
	char		a[16],
				b[16];
	const NtrkExon *first = &tx->exons[0];
	const NtrkExon *last = &tx->exons[tx->n_exons - 1];

	format_position(tx->strand == '+' ? first->lo : last->lo, a, sizeof(a));
	format_position(tx->strand == '+' ? last->hi : first->hi, b, sizeof(b));
	snprintf(out, size, "%s:%s-%s", tx->chromosome, a, b);
}

/*
 * Snap p to an exon boundary within SNAP_BASES (not on one already);
 * returns the boundary or p.
 */
static int32_t
snap(const NtrkExonTranscript *tx, int32_t p)
{
	int32_t		best = p;
	int32_t		best_d = SNAP_BASES + 1;
	int			i;

	for (i = 0; i < tx->n_exons; i++)
	{
		int32_t		ends[2] = {tx->exons[i].lo, tx->exons[i].hi};
		int			j;

		for (j = 0; j < 2; j++)
		{
			int32_t		d = p > ends[j] ? p - ends[j] : ends[j] - p;

			if (d == 0)
				return p;
			if (d < best_d)
				best = ends[j], best_d = d;
		}
	}
	return best;
}

/* Describe where the mapped position lies ("is the first base of exon 15 of ..."). */
static void
describe_where(NtrkBreakpointMap *m, const char *pos_text)
{
	const NtrkExonTranscript *tx = m->tx;
	char		dist[16];

	snprintf(m->where, sizeof(m->where), "%s breakpoint %s:%s (%s) ", tx->gene,
			 tx->chromosome, pos_text, ntrk_build_name(tx->build));
	if (m->mapped != m->position)
	{
		char		b[16];

		format_position(m->mapped, b, sizeof(b));
		append(m->where, sizeof(m->where), "lies %d bp from an exon boundary and is read as %s, which ",
			   m->mapped > m->position ? m->mapped - m->position : m->position - m->mapped, b);
	}
	switch (m->region)
	{
		case NTRK_REGION_EXON:
			if (m->exon_first_base)
				append(m->where, sizeof(m->where), "is the first base of exon %d of %s",
					   m->number, tx->accession);
			else if (m->exon_last_base)
				append(m->where, sizeof(m->where), "is the last base of exon %d of %s",
					   m->number, tx->accession);
			else
				append(m->where, sizeof(m->where), "lies inside exon %d of %s",
					   m->number, tx->accession);
			break;
		case NTRK_REGION_INTRON:
			append(m->where, sizeof(m->where), "lies in intron %d of %s (between exons %d and %d)",
				   m->number, tx->accession, m->number, m->number + 1);
			break;
		case NTRK_REGION_UPSTREAM:
			format_position((int32_t) llabs(along(tx, first_base(tx, &tx->exons[0])) -
											along(tx, m->mapped)), dist, sizeof(dist));
			if (m->unverified)
				append(m->where, sizeof(m->where), "lies %s bp before exon %d of %s, where the gene's 5' untranslated exons 1-%d lie (their coordinates are not verified, so no exon is named)",
					   dist, tx->exons[0].number, tx->accession, tx->exons[0].number - 1);
			else
				append(m->where, sizeof(m->where), "lies %s bp upstream of %s (before exon 1 of %s)",
					   dist, tx->gene, tx->accession);
			break;
		case NTRK_REGION_DOWNSTREAM:
			format_position((int32_t) llabs(along(tx, m->mapped) -
											along(tx, last_base(tx, &tx->exons[tx->n_exons - 1]))),
							dist, sizeof(dist));
			append(m->where, sizeof(m->where), "lies %s bp downstream of the last exon (%d) of %s",
				   dist, m->last_exon_number, tx->accession);
			break;
	}
}

/* The 3' clause: which exon a 3' segment starts at, and the kinase. */
static void
describe_segment3(NtrkBreakpointMap *m)
{
	const NtrkExonTranscript *tx = m->tx;

	m->segment3[0] = '\0';
	switch (m->kinase_kept)
	{
		case NTRK_TRI_YES:
			if (m->region == NTRK_REGION_UPSTREAM)
				append(m->segment3, sizeof(m->segment3),
					   "the 3' segment holds the whole %s coding sequence and so the kinase domain (not a typical 3' fusion breakpoint)",
					   tx->gene);
			else
				append(m->segment3, sizeof(m->segment3),
					   "the 3' segment keeps the kinase domain (starts %sat exon %d of %d)",
					   m->first_exon_partial ? "inside, " : "", m->first_exon_3p,
					   m->last_exon_number);
			break;
		case NTRK_TRI_NO:
			if (m->region == NTRK_REGION_DOWNSTREAM)
				append(m->segment3, sizeof(m->segment3),
					   "the 3' segment holds nothing of %s, so no TRK kinase", tx->gene);
			else
				append(m->segment3, sizeof(m->segment3),
					   "the 3' segment starts %s exon %d of %d, after the kinase domain begins (aa %d, exon %d): the kinase is lost",
					   m->first_exon_partial ? "inside" : "at", m->first_exon_3p,
					   m->last_exon_number, tx->kinase_start_aa, tx->kinase_start_exon);
			break;
		case NTRK_TRI_UNKNOWN:
			break;
	}
}

bool
ntrk_breakpoint_map(int ntrk, int build, const NtrkBreakpoint *bp,
					NtrkBreakpointMap *out, NtrkKnowledgeError *err)
{
	const NtrkExonTranscript *tx = ntrk_exon_reference(ntrk, build);
	const NtrkExon *first,
			   *last;
	int64_t		a,
				a_first,
				a_last;
	char		span[64];
	char		pos_text[16];
	int			i;

	memset(out, 0, sizeof(*out));
	if (tx == NULL)
	{
		set_error(err, NTRK_ERR_VALUE, "gene", "Give NTRK1, NTRK2 or NTRK3.",
				  "ntrk maps breakpoints on NTRK1, NTRK2 and NTRK3 only.");
		return false;
	}
	out->tx = tx;
	out->position = bp->position;
	first = &tx->exons[0];
	last = &tx->exons[tx->n_exons - 1];
	out->last_exon_number = last->number;
	format_span(tx, span, sizeof(span));
	a_first = along(tx, first_base(tx, first));
	a_last = along(tx, last_base(tx, last));
	a = along(tx, bp->position);
	if (strcmp(bp->chromosome, tx->chromosome) != 0 ||
		a < a_first - NTRK_BREAKPOINT_MARGIN || a > a_last + NTRK_BREAKPOINT_MARGIN)
	{
		char		p[16];

		format_position(bp->position, p, sizeof(p));
		set_error(err, NTRK_ERR_VALUE, "breakpoint",
				  "Check the genome build and that the breakpoint is the NTRK one, not the partner's.",
				  "%s:%s is not in or near %s, which spans %s on %s (%s exons %d-%d; up to %d bases either side are accepted).",
				  bp->chromosome, p, tx->gene, span, ntrk_build_name(build),
				  tx->accession, first->number, last->number, NTRK_BREAKPOINT_MARGIN);
		return false;
	}
	out->mapped = snap(tx, bp->position);
	a = along(tx, out->mapped);
	if (a < a_first)
	{
		out->region = NTRK_REGION_UPSTREAM;
		out->unverified = first->number > 1;
		out->first_exon_3p = first->number;
	}
	else if (a > a_last)
	{
		out->region = NTRK_REGION_DOWNSTREAM;
		out->last_exon_5p = last->number;
	}
	else
	{
		for (i = 0; i < tx->n_exons; i++)
		{
			const NtrkExon *e = &tx->exons[i];

			if (out->mapped >= e->lo && out->mapped <= e->hi)
			{
				out->region = NTRK_REGION_EXON;
				out->number = e->number;
				out->exon_first_base = out->mapped == first_base(tx, e);
				out->exon_last_base = out->mapped == last_base(tx, e);
				out->first_exon_3p = e->number;
				out->first_exon_partial = !out->exon_first_base;
				out->last_exon_5p = e->number;
				out->last_exon_partial = !out->exon_last_base;
				break;
			}
			if (i + 1 < tx->n_exons && a > along(tx, last_base(tx, e)) &&
				a < along(tx, first_base(tx, &tx->exons[i + 1])))
			{
				out->region = NTRK_REGION_INTRON;
				out->number = e->number;
				out->first_exon_3p = tx->exons[i + 1].number;
				out->last_exon_5p = e->number;
				break;
			}
		}
	}
	if (out->region == NTRK_REGION_DOWNSTREAM)
		out->kinase_kept = NTRK_TRI_NO;
	else
		out->kinase_kept = a <= along(tx, tx->kinase_start_base) ? NTRK_TRI_YES : NTRK_TRI_NO;

	format_position(bp->position, pos_text, sizeof(pos_text));
	describe_where(out, pos_text);
	describe_segment3(out);
	snprintf(out->note, sizeof(out->note), "%s", out->where);
	if (out->mapped != bp->position)
		append(out->note, sizeof(out->note),
			   " (a position within %d bp of an exon boundary is read as the boundary: some vendors report exon start - 1)",
			   SNAP_BASES);
	if (bp->strand != 0 && bp->strand != tx->strand)
		append(out->note, sizeof(out->note), "; strand %c was given, but %s is on the %c strand (the strand was not used)",
			   bp->strand, tx->gene, tx->strand);
	return true;
}

/* ------------------------------------------------------------------------
 * Junction evidence
 * ------------------------------------------------------------------------
 */

/* Parse and map one breakpoint text on NTRKn; false with err on failure. */
static bool
map_one(int ntrk, int build, const char *s, size_t len, NtrkBreakpointMap *m,
		NtrkKnowledgeError *err)
{
	NtrkBreakpoint bp;

	return ntrk_breakpoint_parse(s, len, &bp, err) &&
		ntrk_breakpoint_map(ntrk, build, &bp, m, err);
}

bool
ntrk_junction_from_breakpoints(int ntrk, bool ntrk_written_3prime,
							   const char *s5, size_t len5,
							   const char *s3, size_t len3,
							   int build, NtrkJunctionEvidence *ev,
							   NtrkKnowledgeError *err)
{
	const char *own = ntrk_written_3prime ? s3 : s5;
	size_t		own_len = ntrk_written_3prime ? len3 : len5;
	const char *other = ntrk_written_3prime ? s5 : s3;
	size_t		other_len = ntrk_written_3prime ? len5 : len3;
	NtrkBreakpoint bp;
	NtrkBreakpointMap m;
	NtrkKnowledgeError own_err;
	bool		mapped = false;
	bool		swapped = false;

	memset(ev, 0, sizeof(*ev));
	ev->kinase_kept = NTRK_TRI_UNKNOWN;
	/* Malformed text is an error whatever the build. */
	if ((s5 != NULL && !ntrk_breakpoint_parse(s5, len5, &bp, err)) ||
		(s3 != NULL && !ntrk_breakpoint_parse(s3, len3, &bp, err)))
		return false;
	if (s5 == NULL && s3 == NULL)
		return true;
	if (build == 0)
	{
		snprintf(ev->text, sizeof(ev->text),
				 "a breakpoint was given without a genome build, so it was not read");
		return true;
	}
	if (own != NULL)
		mapped = map_one(ntrk, build, own, own_len, &m, &own_err);
	if (!mapped && other != NULL)
		mapped = swapped = map_one(ntrk, build, other, other_len, &m, err);
	if (!mapped)
	{
		if (own != NULL)
		{
			*err = own_err;
			return false;
		}
		/* only the partner's breakpoint was given */
		return true;
	}
	ev->read = true;
	ev->kinase_kept = m.kinase_kept;
	ev->first_exon = m.first_exon_3p;
	ev->transcript = m.tx->accession;
	append(ev->text, sizeof(ev->text), "%s%s: %s", m.note,
			 swapped ? (ntrk_written_3prime ? " (given as the 5' breakpoint)" :
						" (given as the 3' breakpoint)") : "",
			 m.segment3);
	return true;
}

/* ------------------------------------------------------------------------
 * Exons from lab text
 * ------------------------------------------------------------------------
 */

/* Case-insensitive: does s[i..] start with word? */
static bool
starts_with(const char *s, size_t len, size_t i, const char *word)
{
	size_t		n = strlen(word);

	return i + n <= len && ieq(s + i, n, word);
}

/* Read a decimal number at s[*i]; false if none (or absurdly large). */
static bool
read_number(const char *s, size_t len, size_t *i, int *out)
{
	long		v = 0;
	size_t		start = *i;

	while (*i < len && ntrk_is_digit(s[*i]) && v < 100000)
		v = v * 10 + (s[(*i)++] - '0');
	if (*i == start || v >= 100000)
		return false;
	*out = (int) v;
	return true;
}

static void
skip_blanks(const char *s, size_t len, size_t *i)
{
	while (*i < len && ntrk_is_blank(s[*i]))
		(*i)++;
}

/* Read "GENE(+)" at s[*i] into out->gene / strand. */
static bool
read_gene_strand(const char *s, size_t len, size_t *i, NtrkExonText *out)
{
	size_t		start = *i,
				n;

	while (*i < len && (ntrk_is_alnum(s[*i]) || s[*i] == '-' || s[*i] == '_' || s[*i] == '.'))
		(*i)++;
	n = *i - start;
	if (n == 0 || n > NTRK_SYMBOL_MAX || *i + 3 > len || s[*i] != '(' ||
		(s[*i + 1] != '+' && s[*i + 1] != '-') || s[*i + 2] != ')')
		return false;
	for (size_t k = 0; k < n; k++)
		out->gene[k] = ntrk_ascii_upper(s[start + k]);
	out->gene[n] = '\0';
	out->strand = s[*i + 1];
	*i += 3;
	return true;
}

bool
ntrk_site_description_parse(const char *s, size_t len, NtrkExonText *out)
{
	size_t		i = 0;
	const char *t = s;
	size_t		n = len;

	memset(out, 0, sizeof(*out));
	ntrk_trim(&t, &n);
	if (starts_with(t, n, 0, "Exon "))
	{
		/* Exon 2 of FOXA1(-) */
		i = 5;
		if (!read_number(t, n, &i, &out->exon) || out->exon == 0 ||
			!starts_with(t, n, i, " of "))
			goto fail;
		i += 4;
		if (!read_gene_strand(t, n, &i, out))
			goto fail;
		skip_blanks(t, n, &i);
		if (i != n)
			goto fail;
		out->region = NTRK_REGION_EXON;
		out->first_exon_3p = out->last_exon_5p = out->exon;
		return true;
	}
	if (starts_with(t, n, 0, "Intron of "))
	{
		/* Intron of NTRK1(+): 37bp before exon 11 */
		int			amount;
		bool		before;

		i = 10;
		if (!read_gene_strand(t, n, &i, out) || i >= n || t[i] != ':')
			goto fail;
		i++;
		skip_blanks(t, n, &i);
		if (!read_number(t, n, &i, &amount))
			goto fail;
		if (starts_with(t, n, i, "bp"))
			i += 2;
		else if (starts_with(t, n, i, "kb") || starts_with(t, n, i, "mb"))
			i += 2;
		else
			goto fail;
		skip_blanks(t, n, &i);
		if (starts_with(t, n, i, "before exon "))
			before = true, i += 12;
		else if (starts_with(t, n, i, "after exon "))
			before = false, i += 11;
		else
			goto fail;
		if (!read_number(t, n, &i, &out->exon) || out->exon == 0)
			goto fail;
		skip_blanks(t, n, &i);
		if (i != n || (before && out->exon < 2))
			goto fail;
		out->region = NTRK_REGION_INTRON;
		out->first_exon_3p = before ? out->exon : out->exon + 1;
		out->last_exon_5p = before ? out->exon - 1 : out->exon;
		return true;
	}
fail:
	memset(out, 0, sizeof(*out));
	return false;
}

/* Read a transcript accession (NM_..., ENST...) at s[i]; length or 0. */
static size_t
accession_at(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	if (starts_with(s, len, i, "NM_") || starts_with(s, len, i, "NR_"))
		j += 3;
	else if (starts_with(s, len, i, "ENST"))
		j += 4;
	else
		return 0;
	if (j >= len || !ntrk_is_digit(s[j]))
		return 0;
	while (j < len && ntrk_is_digit(s[j]))
		j++;
	if (j + 1 < len && s[j] == '.' && ntrk_is_digit(s[j + 1]))
	{
		j++;
		while (j < len && ntrk_is_digit(s[j]))
			j++;
	}
	return j - i > NTRK_TRANSCRIPT_MAX ? 0 : j - i;
}

bool
ntrk_exon_comment_parse(const char *s, size_t len, NtrkExonText *out)
{
	size_t		i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < len; i++)
	{
		size_t		j = i;
		int			ntrk = 0;
		int			exon,
					exon_last = 0;
		size_t		k;

		if (i > 0 && ntrk_is_alnum(s[i - 1]))
			continue;
		if (starts_with(s, len, i, "NTRK") && i + 4 < len && s[i + 4] >= '1' && s[i + 4] <= '3')
			ntrk = s[i + 4] - '0', j = i + 5;
		else if (starts_with(s, len, i, "TRK") && i + 3 < len &&
				 (ntrk_ascii_upper(s[i + 3]) >= 'A' && ntrk_ascii_upper(s[i + 3]) <= 'C'))
			ntrk = ntrk_ascii_upper(s[i + 3]) - 'A' + 1, j = i + 4;
		if (ntrk == 0 || (j < len && ntrk_is_alnum(s[j])))
			continue;
		/* "NTRK3 exons 15 - 20", "NTRK3 Exon14", "NTRK3(ex15)", "NTRK3 e15" */
		while (j < len && (ntrk_is_blank(s[j]) || s[j] == '(' || s[j] == ':'))
			j++;
		if (starts_with(s, len, j, "exons"))
			j += 5;
		else if (starts_with(s, len, j, "exon"))
			j += 4;
		else if (starts_with(s, len, j, "ex"))
			j += 2;
		else if (starts_with(s, len, j, "e") && j + 1 < len && ntrk_is_digit(s[j + 1]))
			j += 1;
		else
			continue;
		skip_blanks(s, len, &j);
		if (!read_number(s, len, &j, &exon) || exon == 0)
			continue;
		k = j;
		skip_blanks(s, len, &k);
		if (k < len && (s[k] == '-' || starts_with(s, len, k, "to")))
		{
			k += s[k] == '-' ? 1 : 2;
			skip_blanks(s, len, &k);
			if (starts_with(s, len, k, "exon"))
				continue;		/* "NTRK3 exon 15 - ETV6 ..." is not a range */
			if (!read_number(s, len, &k, &exon_last) || exon_last < exon)
				exon_last = 0;
		}
		out->gene[0] = '\0';
		snprintf(out->gene, sizeof(out->gene), "NTRK%d", ntrk);
		out->region = NTRK_REGION_EXON;
		out->exon = exon;
		out->exon_last = exon_last;
		out->first_exon_3p = exon;
		out->last_exon_5p = exon_last > 0 ? exon_last : exon;
		/* A transcript named anywhere in the text. */
		for (k = 0; k < len; k++)
		{
			size_t		alen = (k == 0 || !ntrk_is_alnum(s[k - 1])) ? accession_at(s, len, k) : 0;

			if (alen > 0)
			{
				size_t		m;

				for (m = 0; m < alen; m++)
					out->transcript[m] = ntrk_ascii_upper(s[k + m]);
				out->transcript[alen] = '\0';
				break;
			}
		}
		return true;
	}
	return false;
}
