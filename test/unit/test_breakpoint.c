/*
 * test_breakpoint.c
 *		Unit tests of src/core/breakpoint.c: parsing breakpoints and build
 *		names, mapping positions to exons and introns on GRCh37 and GRCh38,
 *		the kinase decision, snapping, errors, and exons read from lab text.
 *
 * The worked examples come from real caller output and published coordinates:
 * ETV6::NTRK3 at NTRK3 chr15:87940753 (STAR-Fusion, Arriba, FusionCatcher
 * and JAFFA test fixtures of cancervariants/fusor and TRON-Bioinformatics/
 * EasyFuse), LMNA::NTRK1 at chr1:156874906, TPM3::NTRK1 at chr1:156874571,
 * SPECC1L-ADORA2A::NTRK2 at chr9:84867243 (bialimed/AnaCore tests), and the
 * Oncomine GRCh37 breakend chr1:156844697 (exon 11 start - 1).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>

#include "breakpoint.h"
#include "unit.h"

/* Parse and map text on a gene; false on any failure. */
static bool
map_text(int ntrk, const char *text, int build, NtrkBreakpointMap *m,
		 NtrkKnowledgeError *err)
{
	NtrkBreakpoint bp;

	return ntrk_breakpoint_parse(text, strlen(text), &bp, err) &&
		ntrk_breakpoint_map(ntrk, build, &bp, m, err);
}

/* Map a position (chromosome of the gene) and return the map. */
static NtrkBreakpointMap
map_pos(const NtrkExonTranscript *tx, int32_t p)
{
	NtrkBreakpoint bp;
	NtrkBreakpointMap m;
	NtrkKnowledgeError err;

	memset(&bp, 0, sizeof(bp));
	snprintf(bp.chromosome, sizeof(bp.chromosome), "%s", tx->chromosome);
	bp.position = p;
	if (!ntrk_breakpoint_map(tx->ntrk, tx->build, &bp, &m, &err))
		memset(&m, 0, sizeof(m));
	return m;
}

static void
test_parse(void)
{
	NtrkBreakpoint bp;
	NtrkKnowledgeError err;
	int			build;
	static const char *const bad[] = {
		"", "chr15", "chr15:", "chr15:abc", "chr15:0", "chr15:2147483648",
		"chr23:100", "chrZ:5", "15:100:x", "15:100:+:", "chr15:-100", ":100",
		"chr015:100", "15;100",
	};
	size_t		i;

	UNIT_OK(ntrk_breakpoint_parse("chr15:87940753:-", 16, &bp, &err) &&
			strcmp(bp.chromosome, "chr15") == 0 && bp.position == 87940753 &&
			bp.strand == '-', "STAR-Fusion chr15:87940753:-");
	UNIT_OK(ntrk_breakpoint_parse("15:87940753", 11, &bp, &err) &&
			strcmp(bp.chromosome, "chr15") == 0 && bp.strand == 0, "Arriba 15:87940753");
	UNIT_OK(ntrk_breakpoint_parse("chr1:156874906:+", 16, &bp, &err) &&
			bp.position == 156874906 && bp.strand == '+', "chr1:156874906:+");
	UNIT_OK(ntrk_breakpoint_parse(" chr15 87940753 - ", 18, &bp, &err) &&
			bp.position == 87940753 && bp.strand == '-', "JAFFA columns joined by blanks");
	UNIT_OK(ntrk_breakpoint_parse("CHRX:5:.", 8, &bp, &err) &&
			strcmp(bp.chromosome, "chrX") == 0 && bp.strand == 0, "chrX, strand '.'");
	UNIT_OK(ntrk_breakpoint_parse("MT:5", 4, &bp, &err) &&
			strcmp(bp.chromosome, "chrM") == 0, "MT is chrM");
	UNIT_OK(ntrk_breakpoint_parse("15:2147483647", 13, &bp, &err) &&
			bp.position == 2147483647, "largest position");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		UNIT_OK(!ntrk_breakpoint_parse(bad[i], strlen(bad[i]), &bp, &err) &&
				err.kind == NTRK_ERR_SYNTAX && err.detail[0] != '\0',
				"breakpoint '%s' rejected (22P02)", bad[i]);

	UNIT_OK(ntrk_build_parse("GRCh38", 6, &build, &err) && build == 38, "GRCh38");
	UNIT_OK(ntrk_build_parse("hg38", 4, &build, &err) && build == 38, "hg38");
	UNIT_OK(ntrk_build_parse(" 38 ", 4, &build, &err) && build == 38, "38");
	UNIT_OK(ntrk_build_parse("GRCh38.p14", 10, &build, &err) && build == 38, "GRCh38.p14");
	UNIT_OK(ntrk_build_parse("grch37", 6, &build, &err) && build == 37, "grch37");
	UNIT_OK(ntrk_build_parse("hg19", 4, &build, &err) && build == 37, "hg19");
	UNIT_OK(ntrk_build_parse("37", 2, &build, &err) && build == 37, "37");
	UNIT_OK(!ntrk_build_parse("hg18", 4, &build, &err) && err.kind == NTRK_ERR_SYNTAX, "hg18 rejected");
	UNIT_OK(!ntrk_build_parse("GRCh38.p", 8, &build, &err), "GRCh38.p rejected");
	UNIT_OK(!ntrk_build_parse("T2T", 3, &build, &err), "T2T rejected");
}

/* The worked examples, on both builds and both strands. */
static void
test_worked_examples(void)
{
	NtrkBreakpointMap m;
	NtrkKnowledgeError err;

	/* 1. ETV6::NTRK3, NTRK3 (- strand) at the first base of exon 15. */
	UNIT_OK(map_text(3, "chr15:87940753:-", 38, &m, &err) &&
			m.region == NTRK_REGION_EXON && m.number == 15 && m.exon_first_base &&
			m.first_exon_3p == 15 && !m.first_exon_partial &&
			m.kinase_kept == NTRK_TRI_YES, "ETV6::NTRK3 GRCh38: first base of exon 15, kinase kept");
	UNIT_STREQ(m.where, "NTRK3 breakpoint chr15:87,940,753 (GRCh38) is the first base of exon 15 of NM_001012338.2",
			   "where sentence");
	UNIT_STREQ(m.segment3, "the 3' segment keeps the kinase domain (starts at exon 15 of 20)",
			   "3' sentence");
	UNIT_OK(map_text(3, "15:88483984", 37, &m, &err) && m.region == NTRK_REGION_EXON &&
			m.number == 15 && m.exon_first_base && m.kinase_kept == NTRK_TRI_YES,
			"same junction on GRCh37 (88,483,984)");
	/* intronic variant: FusionCatcher 15:87941485:- lies in intron 14 */
	UNIT_OK(map_text(3, "15:87941485:-", 38, &m, &err) && m.region == NTRK_REGION_INTRON &&
			m.number == 14 && m.first_exon_3p == 15 && m.last_exon_5p == 14 &&
			m.kinase_kept == NTRK_TRI_YES, "NTRK3 intron 14 on GRCh38: starts at exon 15, kept");
	UNIT_OK(map_text(3, "15:88484716", 37, &m, &err) && m.region == NTRK_REGION_INTRON &&
			m.number == 14 && m.kinase_kept == NTRK_TRI_YES, "NTRK3 intron 14 on GRCh37");

	/* 2. LMNA::NTRK1 / TPM3::NTRK1, NTRK1 (+ strand). */
	UNIT_OK(map_text(1, "chr1:156874906:+", 38, &m, &err) && m.region == NTRK_REGION_EXON &&
			m.number == 11 && m.exon_first_base && m.first_exon_3p == 11 &&
			m.kinase_kept == NTRK_TRI_YES, "NTRK1 first base of exon 11 (GRCh38), kept");
	UNIT_OK(map_text(1, "1:156844698", 37, &m, &err) && m.number == 11 && m.exon_first_base &&
			m.kinase_kept == NTRK_TRI_YES, "NTRK1 first base of exon 11 (GRCh37)");
	UNIT_OK(map_text(1, "chr1:156874571:+", 38, &m, &err) && m.number == 10 &&
			m.exon_first_base && m.kinase_kept == NTRK_TRI_YES, "TPM3::NTRK1 exon 10 (GRCh38)");
	UNIT_OK(map_text(1, "chr1:156844363", 37, &m, &err) && m.number == 10 &&
			m.exon_first_base, "TPM3::NTRK1 exon 10 (GRCh37)");

	/* 3. Oncomine GRCh37 breakend at exon 11 start - 1: snapped. */
	UNIT_OK(map_text(1, "chr1:156844697", 37, &m, &err) && m.mapped == 156844698 &&
			m.region == NTRK_REGION_EXON && m.number == 11 && m.exon_first_base &&
			m.kinase_kept == NTRK_TRI_YES && strstr(m.note, "read as 156,844,698") != NULL &&
			strstr(m.note, "exon start - 1") != NULL, "exon 11 start - 1 snaps, with a note");
	UNIT_OK(map_text(1, "chr1:156844362", 37, &m, &err) && m.mapped == 156844363 &&
			m.number == 10 && m.exon_first_base, "TFG::NTRK1 exon 10 start - 1 snaps");
	UNIT_OK(map_text(1, "chr1:156874904", 38, &m, &err) && m.mapped == 156874906, "2 bp before snaps");
	UNIT_OK(map_text(1, "chr1:156874903", 38, &m, &err) && m.mapped == 156874903 &&
			m.region == NTRK_REGION_INTRON && m.number == 10, "3 bp before does not snap");

	/* 4. Exonic, kinase lost: NTRK1 1:156846307 (GRCh37), inside exon 14. */
	UNIT_OK(map_text(1, "1:156846307", 37, &m, &err) && m.region == NTRK_REGION_EXON &&
			m.number == 14 && !m.exon_first_base && m.first_exon_partial &&
			m.kinase_kept == NTRK_TRI_NO, "NTRK1 inside exon 14 (GRCh37): kinase lost");
	UNIT_OK(map_text(1, "1:156876515", 38, &m, &err) && m.number == 14 &&
			m.kinase_kept == NTRK_TRI_NO, "same on GRCh38 (+30,208)");
	/* kinase start codon itself: first base kept, next base lost */
	UNIT_OK(map_text(1, "1:156876106", 38, &m, &err) && m.kinase_kept == NTRK_TRI_YES,
			"NTRK1 kinase start base kept");
	UNIT_OK(map_text(1, "1:156876107", 38, &m, &err) && m.kinase_kept == NTRK_TRI_NO,
			"NTRK1 one base after the kinase start: lost");
	UNIT_OK(map_text(3, "15:87940727", 38, &m, &err) && m.kinase_kept == NTRK_TRI_YES,
			"NTRK3 kinase start base kept");
	UNIT_OK(map_text(3, "15:87940726", 38, &m, &err) && m.kinase_kept == NTRK_TRI_NO,
			"NTRK3 one base after the kinase start (- strand): lost");

	/* 5. SPECC1L-ADORA2A::NTRK2, NTRK2 (+ strand). */
	UNIT_OK(map_text(2, "chr9:84867243:+", 38, &m, &err) && m.number == 16 &&
			m.exon_first_base && m.kinase_kept == NTRK_TRI_YES, "NTRK2 exon 16 (GRCh38)");
	UNIT_OK(map_text(2, "9:87482158", 37, &m, &err) && m.number == 16 &&
			m.exon_first_base, "NTRK2 exon 16 (GRCh37)");
	UNIT_OK(map_text(2, "chr9:84861040:+", 38, &m, &err) && m.number == 15 &&
			m.exon_first_base && m.kinase_kept == NTRK_TRI_YES, "NTRK2 exon 15 (GRCh38)");
	UNIT_OK(map_text(2, "9:87475955", 37, &m, &err) && m.number == 15, "NTRK2 exon 15 (GRCh37)");

	/* The kinase-lost case: NTRK3 first base of exon 19. */
	UNIT_OK(map_text(3, "chr15:87880428:-", 38, &m, &err) && m.number == 19 &&
			m.exon_first_base && m.first_exon_3p == 19 && m.kinase_kept == NTRK_TRI_NO,
			"NTRK3 first base of exon 19: kinase lost");
	UNIT_STREQ(m.segment3, "the 3' segment starts at exon 19 of 20, after the kinase domain begins (aa 538, exon 15): the kinase is lost",
			   "kinase-lost sentence");
}

/* Up/downstream, unverified NTRK2 5' region, errors, strand remark. */
static void
test_edges(void)
{
	NtrkBreakpointMap m;
	NtrkKnowledgeError err;

	UNIT_OK(map_text(1, "chr1:156860000", 38, &m, &err) && m.region == NTRK_REGION_UPSTREAM &&
			m.kinase_kept == NTRK_TRI_YES && m.first_exon_3p == 1 && m.last_exon_5p == 0 &&
			strstr(m.segment3, "not a typical") != NULL, "NTRK1 upstream: whole gene, flagged");
	UNIT_OK(map_text(1, "chr1:156885000", 38, &m, &err) && m.region == NTRK_REGION_DOWNSTREAM &&
			m.kinase_kept == NTRK_TRI_NO && m.last_exon_5p == 17 && m.first_exon_3p == 0,
			"NTRK1 downstream: nothing kept");
	UNIT_OK(map_text(2, "chr9:84670000", 38, &m, &err) && m.region == NTRK_REGION_UPSTREAM &&
			m.unverified && strstr(m.where, "not verified") != NULL &&
			m.kinase_kept == NTRK_TRI_YES, "NTRK2 before exon 4: unverified region named");
	UNIT_OK(!map_text(1, "chr2:156874906", 38, &m, &err) && err.kind == NTRK_ERR_VALUE &&
			strstr(err.detail, "chr1:156,860,879-156,881,850 on GRCh38") != NULL,
			"other chromosome: 22023 naming the span (%s)", err.detail);
	UNIT_OK(!map_text(3, "chr15:88483984", 38, &m, &err) && err.kind == NTRK_ERR_VALUE &&
			strstr(err.detail, "chr15:87,876,757-88,256,731") != NULL,
			"GRCh37 position read as GRCh38: far outside NTRK3, error");
	UNIT_OK(!map_text(1, "chr1:156874906", 37, &m, &err) &&
			strstr(err.detail, "GRCh37") != NULL, "GRCh38 position read as GRCh37: error");
	UNIT_OK(map_text(3, "chr15:87940753:+", 38, &m, &err) &&
			strstr(m.note, "strand + was given") != NULL, "wrong strand noted");
	UNIT_OK(!map_text(4, "chr15:87940753", 38, &m, &err), "gene 4 refused");
}

/*
 * Every exon boundary of each reference transcript on both builds: the
 * exon's first base, its last base, and a base of the intron after it.
 */
static void
test_every_boundary(void)
{
	int			t,
				i;

	for (t = 0; t < ntrk_exon_transcript_count; t++)
	{
		const NtrkExonTranscript *tx = &ntrk_exon_transcripts[t];
		int			bad = 0;
		int			checks = 0;

		if (!tx->reference)
			continue;
		for (i = 0; i < tx->n_exons; i++)
		{
			const NtrkExon *e = &tx->exons[i];
			int32_t		fb = tx->strand == '+' ? e->lo : e->hi;
			int32_t		lb = tx->strand == '+' ? e->hi : e->lo;
			int32_t		intron = tx->strand == '+' ? e->hi + 3 : e->lo - 3;
			NtrkBreakpointMap m;
			bool		kept_expected = e->number <= tx->kinase_start_exon;

			m = map_pos(tx, fb);
			checks++;
			if (!(m.region == NTRK_REGION_EXON && m.number == e->number && m.exon_first_base &&
				  m.first_exon_3p == e->number && m.kinase_kept == (kept_expected ? NTRK_TRI_YES : NTRK_TRI_NO)))
				bad++, printf("# %s %d exon %d first base\n", tx->accession, tx->build, e->number);
			m = map_pos(tx, lb);
			checks++;
			if (!(m.region == NTRK_REGION_EXON && m.number == e->number && m.exon_last_base &&
				  m.last_exon_5p == e->number && !m.last_exon_partial &&
				  m.kinase_kept == (e->number < tx->kinase_start_exon ? NTRK_TRI_YES : NTRK_TRI_NO)))
				bad++, printf("# %s %d exon %d last base\n", tx->accession, tx->build, e->number);
			if (i + 1 < tx->n_exons)
			{
				m = map_pos(tx, intron);
				checks++;
				if (!(m.region == NTRK_REGION_INTRON && m.number == e->number &&
					  m.first_exon_3p == tx->exons[i + 1].number && m.last_exon_5p == e->number &&
					  m.kinase_kept == (tx->exons[i + 1].number <= tx->kinase_start_exon ? NTRK_TRI_YES : NTRK_TRI_NO)))
					bad++, printf("# %s %d intron %d\n", tx->accession, tx->build, e->number);
			}
		}
		UNIT_OK(bad == 0, "%s on GRCh%d: %d boundary checks (exon first base, last base, intron)",
				tx->accession, tx->build, checks);
	}
}

/* Table invariants: one reference per gene and build; builds agree. */
static void
test_table(void)
{
	int			g,
				b;

	for (g = 1; g <= 3; g++)
		for (b = 37; b <= 38; b++)
		{
			const NtrkExonTranscript *tx = ntrk_exon_reference(g, b);

			UNIT_OK(tx != NULL && tx->ntrk == g && tx->build == b,
					"reference transcript of NTRK%d on GRCh%d", g, b);
		}
	UNIT_OK(ntrk_exon_transcript("enst00000323115.8", 38) != NULL &&
			ntrk_exon_transcript("ENST00000323115", 38)->kinase_start_exon == 13,
			"ENST00000323115: kinase-start exon 13");
	UNIT_OK(ntrk_exon_transcript("ENST00000394480", 37) != NULL &&
			ntrk_exon_transcript("ENST00000394480", 37)->kinase_start_exon == 15,
			"ENST00000394480: kinase-start exon 15");
	UNIT_OK(ntrk_exon_transcript("NM_001012338.3", 38) != NULL &&
			ntrk_exon_transcript("ENST00000629765", 38) != NULL,
			"NTRK3 reference by RefSeq (any version) and by its MANE Ensembl ID");
	UNIT_OK(ntrk_exon_transcript("NM_002530", 38) == NULL, "NM_002530 is not listed");
	UNIT_OK(ntrk_exon_reference(1, 38)->kinase_start_base == 156876106 &&
			ntrk_exon_reference(1, 37)->kinase_start_base == 156845898 &&
			ntrk_exon_reference(2, 38)->kinase_start_base == 84934188 &&
			ntrk_exon_reference(2, 37)->kinase_start_base == 87549103 &&
			ntrk_exon_reference(3, 38)->kinase_start_base == 87940727 &&
			ntrk_exon_reference(3, 37)->kinase_start_base == 88483958,
			"kinase-start bases on both builds");
}

static void
test_texts(void)
{
	NtrkExonText x;

	UNIT_OK(ntrk_site_description_parse("Intron of NTRK1(+): 37bp before exon 11", 39, &x) &&
			strcmp(x.gene, "NTRK1") == 0 && x.strand == '+' && x.region == NTRK_REGION_INTRON &&
			x.exon == 11 && x.first_exon_3p == 11 && x.last_exon_5p == 10,
			"Intron of NTRK1(+): 37bp before exon 11");
	UNIT_OK(ntrk_site_description_parse("Intron of NTRK3(-):38Kb before exon 15", 38, &x) &&
			strcmp(x.gene, "NTRK3") == 0 && x.first_exon_3p == 15, "Intron of NTRK3(-):38Kb before exon 15");
	UNIT_OK(ntrk_site_description_parse("Intron of ETV6(+):1Kb after exon 5", 34, &x) &&
			x.first_exon_3p == 6 && x.last_exon_5p == 5, "after exon 5: 5' ends at exon 5");
	UNIT_OK(ntrk_site_description_parse("Exon 2 of FOXA1(-)", 18, &x) &&
			strcmp(x.gene, "FOXA1") == 0 && x.strand == '-' && x.region == NTRK_REGION_EXON &&
			x.exon == 2, "Exon 2 of FOXA1(-)");
	UNIT_OK(!ntrk_site_description_parse("Promoter of NTRK1(+): 2Kb from tx start", 39, &x) &&
			x.exon == 0, "promoter: no exon");
	UNIT_OK(!ntrk_site_description_parse("IGR: 10Kb before NTRK1(+)", 25, &x), "IGR: no exon");
	UNIT_OK(!ntrk_site_description_parse("Intron of NTRK1(+): 37bp before exon 1", 38, &x),
			"before exon 1 is not an intron");
	UNIT_OK(!ntrk_site_description_parse("Exon 2 of FOXA1(-) extra", 24, &x), "trailing text refused");

	UNIT_OK(ntrk_exon_comment_parse("NTRK3 exons 15 - 20", 19, &x) && strcmp(x.gene, "NTRK3") == 0 &&
			x.exon == 15 && x.exon_last == 20 && x.first_exon_3p == 15, "NTRK3 exons 15 - 20");
	UNIT_OK(ntrk_exon_comment_parse("NTRK3 Exon14 (NM_002530)", 24, &x) && x.exon == 14 &&
			strcmp(x.transcript, "NM_002530") == 0, "NTRK3 Exon14 (NM_002530)");
	UNIT_OK(ntrk_exon_comment_parse("ETV6 exon 5 - NTRK3 exon 15", 27, &x) &&
			strcmp(x.gene, "NTRK3") == 0 && x.exon == 15 && x.exon_last == 0,
			"ETV6 exon 5 - NTRK3 exon 15");
	UNIT_OK(ntrk_exon_comment_parse("TRKA ex10 fusion, NM_002529.3", 29, &x) &&
			strcmp(x.gene, "NTRK1") == 0 && x.exon == 10 && strcmp(x.transcript, "NM_002529.3") == 0,
			"TRKA ex10 with a versioned accession");
	UNIT_OK(!ntrk_exon_comment_parse("QKI-TRKB fusion confirmed by RT-PCR", 35, &x), "no exon: false");
	UNIT_OK(!ntrk_exon_comment_parse("NTRK10 exon 5", 13, &x), "NTRK10 is not NTRK1");
}

/* The committed src/core/ntrk_exon_data.c is what data/ntrk_exons.tsv gives. */
static void
test_generated_up_to_date(void)
{
	FILE	   *p = popen("python3 tools/gen_exon_table.py --check 2>&1", "r");
	char		line[512] = "";
	int			status;

	if (p != NULL && fgets(line, sizeof(line), p) == NULL)
		line[0] = '\0';
	while (p != NULL && fgetc(p) != EOF)
		;
	status = p ? pclose(p) : -1;
	line[strcspn(line, "\n")] = '\0';
	UNIT_OK(status == 0, "src/core/ntrk_exon_data.c is up to date with data/ntrk_exons.tsv (%s)", line);
}

int
main(void)
{
	test_generated_up_to_date();
	test_parse();
	test_worked_examples();
	test_edges();
	test_every_boundary();
	test_table();
	test_texts();
	return unit_done();
}
