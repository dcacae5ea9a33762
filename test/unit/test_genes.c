/*
 * test_genes.c
 *		Unit tests of the built-in gene symbol table (ntrk_genes.h).
 *
 * The expectations are those of the NCBI Gene snapshot the table was
 * generated from (2022-09-12); a regenerated table may need them updated.
 */
#include <stdio.h>
#include <string.h>

#include "ntrk_genes.h"
#include "unit.h"

/* Look up a NUL-terminated name. */
static NtrkGeneMatch
lookup(const char *name, NtrkGeneLookup *out)
{
	return ntrk_gene_lookup(name, strlen(name), out);
}

/* Symbol a name resolves to, or a marker string if it does not resolve. */
static const char *
resolved_symbol(const char *name, NtrkGeneMatch want)
{
	NtrkGeneLookup r;

	if (lookup(name, &r) != want || r.match != want)
		return "(wrong match kind)";
	if (r.gene < 0 || r.n_candidates != 0)
		return "(no single gene)";
	return ntrk_gene_symbol(r.gene);
}

/* Check that name resolves to the approved symbol want, with NCBI ID id. */
static void
check_approved(const char *name, const char *want, uint32_t id)
{
	NtrkGeneLookup r;

	UNIT_STREQ(resolved_symbol(name, NTRK_GENE_APPROVED), want,
			   "%s is the approved symbol %s", name, want);
	lookup(name, &r);
	UNIT_OK(ntrk_gene_ncbi_id(r.gene) == id, "%s has NCBI Gene ID %u",
			name, (unsigned) id);
}

/* Check that name is an alias / previous symbol of exactly the gene want. */
static void
check_alias(const char *name, const char *want, uint32_t id)
{
	NtrkGeneLookup r;

	UNIT_STREQ(resolved_symbol(name, NTRK_GENE_ALIAS), want,
			   "%s is an alias of %s", name, want);
	lookup(name, &r);
	UNIT_OK(ntrk_gene_ncbi_id(r.gene) == id, "%s -> NCBI Gene ID %u",
			name, (unsigned) id);
}

/* Check that a name of len bytes (maybe not NUL-terminated) is unknown. */
static void
check_unknown(const char *name, size_t len, const char *what)
{
	NtrkGeneLookup r;

	r.gene = 12345;
	r.n_candidates = 99;
	UNIT_OK(ntrk_gene_lookup(name, len, &r) == NTRK_GENE_UNKNOWN &&
			r.match == NTRK_GENE_UNKNOWN && r.gene == -1 &&
			r.n_candidates == 0, "unknown: %s", what);
}

/* Approved symbols, in any case; the symbol keeps its official spelling. */
static void
test_approved(void)
{
	check_approved("ETV6", "ETV6", 2120);
	check_approved("etv6", "ETV6", 2120);
	check_approved("Etv6", "ETV6", 2120);
	check_approved("eTv6", "ETV6", 2120);
	check_approved("NTRK1", "NTRK1", 4914);
	check_approved("ntrk2", "NTRK2", 4915);
	check_approved("NTRK3", "NTRK3", 4916);
	check_approved("SEPTIN14", "SEPTIN14", 346288);
	check_approved("KMT2A", "KMT2A", 4297);
	check_approved("A1BG", "A1BG", 1);
	/* mixed-case official symbols are returned as written */
	check_approved("C1ORF43", "C1orf43", 25912);
	check_approved("c1orf43", "C1orf43", 25912);
	/* hyphenated, dotted and underscored symbols */
	check_approved("HLA-DRB1", "HLA-DRB1", 3123);
	check_approved("hla-drb1", "HLA-DRB1", 3123);
	check_approved("NKX2-1", "NKX2-1", 7080);
	check_approved("H1-4", "H1-4", 3008);
	check_approved("BA255A11.4", "bA255A11.4", 259265);
	check_approved("DEL16P11.2", "DEL16P11.2", 100187724);
	check_approved("C4B_2", "C4B_2", 100293534);
	/* the longest approved symbol (25 bytes) */
	check_approved("ARHGAP27P1-BPTFP1-KPNA2P3", "ARHGAP27P1-BPTFP1-KPNA2P3",
				   109286553);
}

/* Previous symbols and aliases of exactly one gene. */
static void
test_alias(void)
{
	check_alias("TRKA", "NTRK1", 4914);
	check_alias("trkb", "NTRK2", 4915);
	check_alias("TrkC", "NTRK3", 4916);
	/* TRK is also an alias of TPM3 in NCBI: generator override to NTRK1 */
	check_alias("TRK", "NTRK1", 4914);
	check_alias("trk", "NTRK1", 4914);
	check_alias("SEPT14", "SEPTIN14", 346288);
	check_alias("sept14", "SEPTIN14", 346288);
	check_alias("MLL", "KMT2A", 4297);
	check_alias("TEL", "ETV6", 2120);
	check_alias("HER2", "ERBB2", 2064);
	check_alias("C17orf64", "CHCT1", 124773);
	check_alias("P32.5", "ANXA4", 307);
	/* the longest name in the table (31 bytes) */
	check_alias("ARMCX5-GPRASP2-BHLHB9-LINC00630", "ARMCX5-GPRASP2", 100528062);
	/* real words can be aliases too */
	check_alias("nope", "IGDCC4", 57722);
}

/* An approved symbol wins over an alias of other genes. */
static void
test_precedence(void)
{
	/* MET is also listed as an alias of RNMT and SLTM */
	check_approved("MET", "MET", 4233);
	/* TEC and HBD are also the symbols of 'unknown'-type phenotype records */
	check_approved("TEC", "TEC", 7006);
	check_approved("HBD", "HBD", 3045);
}

/* Ambiguous aliases and symbols: no gene, candidates sorted by symbol. */
static void
test_ambiguous(void)
{
	NtrkGeneLookup r;
	int			i;
	int			sorted = 1;

	UNIT_OK(lookup("P16", &r) == NTRK_GENE_AMBIGUOUS &&
			r.match == NTRK_GENE_AMBIGUOUS, "P16 is ambiguous");
	UNIT_OK(r.gene == -1 && r.n_candidates == 2, "P16: no gene, 2 candidates");
	UNIT_STREQ(ntrk_gene_symbol(r.candidates[0]), "CDKN2A", "P16 candidate 1");
	UNIT_STREQ(ntrk_gene_symbol(r.candidates[1]), "H3P10", "P16 candidate 2");

	UNIT_OK(lookup("cap", &r) == NTRK_GENE_AMBIGUOUS && r.n_candidates == 7,
			"CAP is ambiguous between 7 genes");
	UNIT_STREQ(ntrk_gene_symbol(r.candidates[0]), "BRD4", "CAP candidate 1");
	UNIT_STREQ(ntrk_gene_symbol(r.candidates[6]), "SORBS1", "CAP candidate 7");

	/* more candidates than listed: n_candidates is the true count */
	UNIT_OK(lookup("VH", &r) == NTRK_GENE_AMBIGUOUS && r.n_candidates == 37,
			"VH is ambiguous between 37 genes");
	UNIT_STREQ(ntrk_gene_symbol(r.candidates[0]), "IGHM", "VH candidate 1");
	UNIT_STREQ(ntrk_gene_symbol(r.candidates[1]), "IGHV1-24", "VH candidate 2");
	for (i = 1; i < NTRK_GENE_MAX_CANDIDATES; i++)
		if (strcmp(ntrk_gene_symbol(r.candidates[i - 1]),
				   ntrk_gene_symbol(r.candidates[i])) > 0)
			sorted = 0;
	UNIT_OK(sorted, "VH: the %d listed candidates are sorted by symbol",
			NTRK_GENE_MAX_CANDIDATES);

	/* an approved symbol NCBI gives to two genes of equal standing */
	UNIT_OK(lookup("RNR1", &r) == NTRK_GENE_AMBIGUOUS && r.n_candidates == 2,
			"RNR1 (approved symbol of two genes) is ambiguous");
	UNIT_OK((ntrk_gene_ncbi_id(r.candidates[0]) == 4549 &&
			 ntrk_gene_ncbi_id(r.candidates[1]) == 6052) ||
			(ntrk_gene_ncbi_id(r.candidates[0]) == 6052 &&
			 ntrk_gene_ncbi_id(r.candidates[1]) == 4549),
			"RNR1 candidates are genes 4549 and 6052");
}

/* Names that must not resolve. */
static void
test_unknown(void)
{
	char		buf[80];

	check_unknown("NOTAGENE", 8, "NOTAGENE");
	check_unknown("ETV", 3, "ETV (prefix of ETV6)");
	check_unknown("ETV6X", 5, "ETV6X");
	check_unknown("ETV6 ", 5, "ETV6 with a trailing space");
	check_unknown(" ETV6", 5, "ETV6 with a leading space");
	check_unknown("ETV6", 0, "length 0");
	check_unknown("", 0, "empty string");
	check_unknown(NULL, 0, "NULL name");
	check_unknown("ETV\0", 4, "embedded NUL");
	check_unknown("NTRK1\0NTRK2", 11, "two names joined by a NUL");
	check_unknown("\xc3\x89TV6", 5, "non-ASCII byte");
	check_unknown("MGC:14091", 9, "alias containing ':' is skipped");
	check_unknown("ADPRT 1", 7, "alias containing a space is skipped");

	memset(buf, 'A', sizeof(buf));
	check_unknown(buf, 64, "length 64");
	check_unknown(buf, 63, "length 63");
	memcpy(buf, "ETV6", 4);
	check_unknown(buf, 64, "length 64 starting with ETV6");
}

/* Names need not be NUL-terminated; out may be NULL. */
static void
test_api(void)
{
	NtrkGeneLookup r;
	int32_t		n = ntrk_gene_count();

	UNIT_OK(ntrk_gene_lookup("ETV6-NTRK3", 4, &r) == NTRK_GENE_APPROVED &&
			strcmp(ntrk_gene_symbol(r.gene), "ETV6") == 0,
			"first 4 bytes of ETV6-NTRK3 are ETV6");
	UNIT_OK(ntrk_gene_lookup("NTRK3::ETV6" + 7, 4, &r) == NTRK_GENE_APPROVED &&
			strcmp(ntrk_gene_symbol(r.gene), "ETV6") == 0,
			"ETV6 at the end of NTRK3::ETV6");
	UNIT_OK(ntrk_gene_lookup("TRKA", 4, NULL) == NTRK_GENE_ALIAS,
			"out may be NULL (alias)");
	UNIT_OK(ntrk_gene_lookup("P16", 3, NULL) == NTRK_GENE_AMBIGUOUS,
			"out may be NULL (ambiguous)");
	UNIT_OK(ntrk_gene_lookup("xyzzy", 5, NULL) == NTRK_GENE_UNKNOWN,
			"out may be NULL (unknown)");

	UNIT_OK(n == 77614, "ntrk_gene_count() is 77614 (got %d)", (int) n);
	UNIT_OK(ntrk_gene_symbol(-1) == NULL && ntrk_gene_symbol(n) == NULL,
			"ntrk_gene_symbol out of range is NULL");
	UNIT_OK(ntrk_gene_ncbi_id(-1) == 0 && ntrk_gene_ncbi_id(n) == 0,
			"ntrk_gene_ncbi_id out of range is 0");
	UNIT_STREQ(ntrk_gene_table_source(),
			   "NCBI Gene via Bioconductor org.Hs.eg.db (2022-09-12), 77614 genes",
			   "table source");
}

/*
 * Every gene's own symbol, as written and lowercased, finds that gene (or,
 * for the few symbols NCBI gives to several genes, a gene with the same
 * symbol, possibly as an ambiguous match listing it).
 */
static void
test_every_symbol(void)
{
	int32_t		n = ntrk_gene_count();
	int32_t		i;
	int			bad = 0;
	int			other = 0;
	uint32_t	prev_id = 0;
	int			ordered = 1;

	for (i = 0; i < n; i++)
	{
		const char *sym = ntrk_gene_symbol(i);
		size_t		len = strlen(sym);
		char		low[64];
		size_t		k;
		int			pass;
		NtrkGeneLookup r;

		if (ntrk_gene_ncbi_id(i) <= prev_id)
			ordered = 0;
		prev_id = ntrk_gene_ncbi_id(i);
		if (len == 0 || len >= sizeof(low))
		{
			bad++;
			continue;
		}
		for (k = 0; k < len; k++)
			low[k] = (sym[k] >= 'A' && sym[k] <= 'Z') ? sym[k] + 32 : sym[k];

		for (pass = 0; pass < 2; pass++)
		{
			ntrk_gene_lookup(pass ? low : sym, len, &r);
			if (r.match == NTRK_GENE_APPROVED && r.gene == i)
				continue;
			other++;
			if (r.match == NTRK_GENE_APPROVED &&
				strcmp(ntrk_gene_symbol(r.gene), sym) == 0)
				continue;
			if (r.match == NTRK_GENE_AMBIGUOUS && r.n_candidates >= 2 &&
				strcmp(ntrk_gene_symbol(r.candidates[0]), sym) == 0)
				continue;
			bad++;
		}
	}
	UNIT_OK(bad == 0, "every approved symbol resolves to its gene (%d bad)",
			bad);
	/* 2 x (4 genes losing a shared symbol + 114 genes of 14 ambiguous ones) */
	UNIT_OK(other == 236, "only shared symbols resolve elsewhere (%d)", other);
	UNIT_OK(ordered, "genes are ordered by NCBI Gene ID");
}

int
main(void)
{
	test_approved();
	test_alias();
	test_precedence();
	test_ambiguous();
	test_unknown();
	test_api();
	test_every_symbol();
	return unit_done();
}
