/*
 * test_fusion_parse.c
 *		Unit tests of the pure-C fusion parser: every notation, the canonical
 *		output, round trips through text and the packed form, and rejections.
 */
#include <stdlib.h>

#include "fusion_parse.h"
#include "unit.h"

/* Valid input and its canonical text. */
static const char *const valid[][2] = {
	/*
	 * Symbols 1.0 stored that end in the letters "intragenic" or in a
	 * joiner: they read back (their text is their own), so 1.1 keeps
	 * accepting them.  "v/nintragenic" was a fuzz find: it prints as
	 * "NINTRAGENIC fusion", which must read back too.
	 */
	{"v/nintragenic", "NINTRAGENIC fusion"},
	{"NINTRAGENIC fusion", "NINTRAGENIC fusion"},
	{"TPM3::NTRK1intragenic", "TPM3::NTRK1INTRAGENIC"},
	{"FOOINTRAGENIC::NTRK1", "FOOINTRAGENIC::NTRK1"},
	{"?::FOOINTRAGENIC", "?::FOOINTRAGENIC"},
	{"FOOINTRAGENIC-intragenic", "FOOINTRAGENIC-intragenic"},
	{"intragenic::NTRK1", "INTRAGENIC::NTRK1"},
	{"ETV6.::NTRK3", "ETV6.::NTRK3"},
	{"FOO-::NTRK1", "FOO-::NTRK1"},
	{"ETV6::NTRK3", "ETV6::NTRK3"},
	{"ETV6-NTRK3", "ETV6/NTRK3"},
	{"ETV6--NTRK3", "ETV6::NTRK3"},
	{"ETV6:NTRK3", "ETV6::NTRK3"},
	{"ETV6/NTRK3", "ETV6/NTRK3"},
	{"etv6::ntrk3 fusion", "ETV6::NTRK3"},
	{"  ETV6::NTRK3  ", "ETV6::NTRK3"},
	{"\tETV6::NTRK3\t", "ETV6::NTRK3"},
	{"LMNA::NTRK1 Fusion", "LMNA::NTRK1"},
	{"TPM3-NTRK1 Fusions", "TPM3/NTRK1"},
	{"NTRK3-ETV6 fusion - Archer", "NTRK3/ETV6"},
	{"NR4A3-EWSR1 fusion - Archer", "NR4A3/EWSR1"},
	{"ETV6(e5)::NTRK3(e15)", "ETV6(e5)::NTRK3(e15)"},
	{"ETV6(exon5)::NTRK3(exon15)", "ETV6(e5)::NTRK3(e15)"},
	{"ETV6:exon5-NTRK3:exon15", "ETV6(e5)::NTRK3(e15)"},
	{"ETV6:e5-NTRK3:e15", "ETV6(e5)::NTRK3(e15)"},
	{"EML4::ALK e6::e19", "EML4(e6)::ALK(e19)"},
	{"EML4::ALK e.6::e.19", "EML4(e6)::ALK(e19)"},
	{"NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10",
	"NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10"},
	{"NM_152263.3(TPM3):e.1_8::NM_002529.3(NTRK1):e.10_17",
	"NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10"},
	{"NM_152263.3(TPM3)::NM_002529.3(NTRK1)", "NM_152263.3(TPM3)::NM_002529.3(NTRK1)"},
	{"v::NTRK1", "v::NTRK1"},
	{"V::NTRK3", "v::NTRK3"},
	{"v::NM_002529.4(NTRK1):e.9", "v::NM_002529.4(NTRK1):e.9"},
	{"EWSR1::v", "EWSR1::v"},
	{"NTRK1 fusion", "NTRK1 fusion"},
	{"NTRK2 Fusions", "NTRK2 fusion"},
	{"?::NTRK1", "?::NTRK1"},
	{"NTRK1 rearrangement", "NTRK1 rearrangement"},
	{"NTRK1-intragenic", "NTRK1-intragenic"},
	{"NTRK2-intragenic", "NTRK2-intragenic"},
	{"FOO1:intragenic", "FOO1-intragenic"},
	/* 1.0 read a second joiner as part of the symbol ("NTRK1-"), and
	 * stored values print so: keep that reading */
	{"NTRK1--intragenic", "NTRK1--intragenic"},
	{"v-^--v-^^^-^", "V--intragenic"},
	{"NTRK1-NTRK1", "NTRK1-intragenic"},
	/* found by fuzzing: a hyphenated symbol inside a transcript form */
	{"NM_002124.4(hla-drb1) fusion", "NM_002124.4(HLA-DRB1) fusion"},
	/* found by fuzzing: ENH2 is an alias of MCS+9.7, which no notation can
	 * carry, so it stays an unlisted name */
	{"ENH2::H", "ENH2::FUT1"},
	{"NTRK1::NTRK1", "NTRK1-intragenic"},
	{"TRKA::TPM3", "NTRK1::TPM3"},
	{"TPM3::TRKA", "TPM3::NTRK1"},
	{"ETV6::TRKC", "ETV6::NTRK3"},
	{"EGFR-SEPT14", "EGFR/SEPTIN14"},
	{"EGFR::SEPTIN14", "EGFR::SEPTIN14"},
	{"NTRK1-TPM3", "NTRK1/TPM3"},
	{"NTRK1-IRF2BP2", "NTRK1/IRF2BP2"},
	{"HLA-DRB1-NTRK1", "HLA-DRB1/NTRK1"},
	{"NKX2-1-NTRK1", "NKX2-1/NTRK1"},
	{"CATIP-AS2--NTRK1", "CATIP-AS2::NTRK1"},
	{"KB-1562D12.1--NTRK1", "KB-1562D12.1::NTRK1"},
	{"FOO1::NTRK1", "FOO1::NTRK1"},
	{"c17orf64::NTRK1", "CHCT1::NTRK1"},
	{"c99orf999::NTRK1", "C99orf999::NTRK1"},
	{"ENST00000360948.2(NTRK3):e.15::v", "ENST00000360948.2(NTRK3):e.15::v"},
	{"ETV6^ENSG00000139083.11--NTRK3^ENSG00000140538.16", "ETV6::NTRK3"},
	{"LMNA:NTRK1", "LMNA::NTRK1"},
	{"ETV6(e5)-NTRK3(e15)", "ETV6(e5)/NTRK3(e15)"},
	{"EML4::ALK", "EML4::ALK"},
	{"CD74-ROS1", "CD74/ROS1"},
	{"KIF5B::RET", "KIF5B::RET"},
	{"TMPRSS2::ERG", "TMPRSS2::ERG"},
	{"BCR::ABL1", "BCR::ABL1"},
	/* found by fuzzing: placeholder with an order-free separator */
	{"\tYY/?", "YY rearrangement"},
	{"NTRK1/v", "NTRK1 fusion"},
	{"v/vT-AA", "v/VT-AA"},
	{"FOO-1/v", "v/FOO-1"},
	{"HLA-DRB1 fusion", "HLA-DRB1 fusion"},
	/* a GENCODE symbol with '/' where the separator is unambiguous */
	{"THRA1/BTR::NTRK3", "THRA1/BTR::NTRK3"},
	{"THRA1/BTR--NTRK3", "THRA1/BTR::NTRK3"},
	{"NTRK3::thra1/btr", "NTRK3::THRA1/BTR"},
	{"THRA1/BTR(e2)::NTRK3(e14)", "THRA1/BTR(e2)::NTRK3(e14)"},
	{"THRA1/BTR-intragenic", "THRA1/BTR-intragenic"},
	/* HGNC identifiers for genes without a symbol */
	{"HGNC:18790::NTRK3", "HGNC:18790::NTRK3"},
	{"hgnc:18790--NTRK1", "HGNC:18790::NTRK1"},
	{"HGNC:18790:exon3::NTRK3(e14)", "HGNC:18790(e3)::NTRK3(e14)"},
	{"ENST00000000001(HGNC:5):e.3::NTRK3", "ENST00000000001(HGNC:5):e.3::NTRK3"},
	{"?::HGNC:18790", "?::HGNC:18790"},
	{"HGNC:18790 fusion", "HGNC:18790 fusion"},
};

/* Invalid inputs: each must be rejected with a detail. */
static const char *const invalid[] = {
	/* found by fuzzing: values whose order-not-given text does not read
	 * back: partners "0-N" and "A-0" print "0-N/A-0"; transcript forms with
	 * exons print ":e.6/" */
	"0-n^/A-0",
	"NM_2(TM)/NM_6(T) e6::e9",
	/* '/' is the separator where nothing else separates, so a third part
	 * or two approved symbols are refused, not read as one symbol */
	"THRA1/BTR/NTRK3",
	"ETV6::NTRK3/NTRK1",
	"PRRX1/MROH9::NTRK1",
	"A//B::NTRK3",
	"N/A::NTRK3",
	"ETV6::A/B",
	"A/::NTRK3",
	"HGNC:1:NTRK3",
	"HGNC:::NTRK3",
	"HGNC:12345678::NTRK3",
	"HGNC:18790",
	"",
	"   ",
	"NTRK1",
	"::",
	"ETV6::",
	"::NTRK3",
	"v::v",
	"?::?",
	"v::?",
	"A::B::C",
	"ETV6::NTRK3::EML4",
	"ETV6--NTRK3--X",
	"ETV6 NTRK3",
	"NTRK1 G595R",
	"LMNA::NTRK1 Fusion AND NTRK1 G595R",
	"t(12;15)(p13;q25)",
	"ETV6(e5::NTRK3",
	"ETV6(e0)::NTRK3",
	"ETV6(e1000)::NTRK3",
	"ETV6(e5)x::NTRK3",
	"ETV6::NTRK3(ex)",
	"NM_152263.3(TPM3):x.8::NTRK1",
	"NM 1(TPM3)::NTRK1",
	"EML4::ALK e6::e19 e7",
	"EML4(e5)::ALK e6::e19",
	"FOO1-BAR2",
	"ETV6-",
	"-NTRK3",
	"ETV6::NTRK3\x01",
	"ETV6::NTRK\xc3\xa9",
	"ETV6\n::NTRK3",
	"!ETV6::NTRK3",
	"ETV6::NTRK3!",
	"ETV6;NTRK3",
	"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA::NTRK1",
	"fusion",
	"v fusion",
	"-intragenic",
	/* found by fuzzing: exons on a placeholder, one-letter unlisted genes */
	" ?:x E1::E3",
	"NTRK1intragenic",
	"\ty/?",
	"N^j/A",
	/* two unlisted genes joined by a hyphen are not a gene-level value */
	"FOO1-BAR2 fusion",
	/* missing-value markers are not fusions */
	"N/A", "n/a", "NA", "none", ".", "-", "ALK-N/A", "N/A::NTRK1", "ALK::N/A fusion",
	/* found by fuzzing: a lone "v" is a placeholder, never a gene */
	"vv^-B-A^--v^-+^^-Yv",
	"ETV6::v(e5)",
};

/* Parse, check canonical text, re-parse and pack/unpack round trip. */
static void
check_valid(const char *in, const char *want)
{
	NtrkFusion	f,
				g,
				u;
	NtrkParseError err;
	char		text[NTRK_FUSION_TEXT_MAX];
	uint8_t		p1[NTRK_FUSION_PACKED_MAX],
				p2[NTRK_FUSION_PACKED_MAX];
	size_t		n1,
				n2;
	bool		ok = ntrk_fusion_parse(in, strlen(in), &f, &err);

	UNIT_OK(ok, "parses '%s'%s%s", in, ok ? "" : ": ", ok ? "" : err.detail);
	if (!ok)
		return;
	ntrk_fusion_format(&f, text);
	UNIT_STREQ(text, want, "canonical text of '%s'", in);
	n1 = ntrk_fusion_pack(&f, p1);
	UNIT_OK(ntrk_fusion_parse(text, strlen(text), &g, &err) &&
			(n2 = ntrk_fusion_pack(&g, p2)) == n1 && memcmp(p1, p2, n1) == 0,
			"'%s' re-parses to the identical value", text);
	UNIT_OK(ntrk_fusion_unpack(p1, n1, &u, &err) && memcmp(&u, &f, sizeof(f)) == 0,
			"'%s' survives pack/unpack", in);
}

/* Equal in identity (bytes after the flags), whatever the notation. */
static bool
same_identity(const char *a, const char *b)
{
	NtrkFusion	fa,
				fb;
	NtrkParseError err;
	uint8_t		pa[NTRK_FUSION_PACKED_MAX],
				pb[NTRK_FUSION_PACKED_MAX];
	size_t		na,
				nb;

	if (!ntrk_fusion_parse(a, strlen(a), &fa, &err) ||
		!ntrk_fusion_parse(b, strlen(b), &fb, &err))
		return false;
	na = ntrk_fusion_pack(&fa, pa);
	nb = ntrk_fusion_pack(&fb, pb);
	return na == nb && memcmp(pa + NTRK_FUSION_IDENTITY_OFFSET,
							  pb + NTRK_FUSION_IDENTITY_OFFSET,
							  na - NTRK_FUSION_IDENTITY_OFFSET) == 0;
}

/* Flags and kinds of a few values. */
static void
check_flags(void)
{
	NtrkFusion	f;
	NtrkParseError err;

	ntrk_fusion_parse("NTRK1-TPM3", 10, &f, &err);
	UNIT_OK(f.flags & NTRK_FLAG_ORDER_UNGUARANTEED, "'-' leaves order unguaranteed");
	ntrk_fusion_parse("NTRK1--TPM3", 11, &f, &err);
	UNIT_OK(!(f.flags & NTRK_FLAG_ORDER_UNGUARANTEED), "'--' guarantees order");
	ntrk_fusion_parse("FOO1::NTRK1", 11, &f, &err);
	UNIT_OK((f.flags & NTRK_FLAG_GENE5_UNLISTED) && !(f.flags & NTRK_FLAG_GENE3_UNLISTED),
			"unlisted 5' gene is flagged, listed 3' gene is not");
	ntrk_fusion_parse("v::NTRK1", 8, &f, &err);
	UNIT_OK(f.kind == NTRK_KIND_CATEGORICAL, "v::NTRK1 is categorical");
	ntrk_fusion_parse("?::NTRK1", 8, &f, &err);
	UNIT_OK(f.kind == NTRK_KIND_UNKNOWN_PARTNER, "?::NTRK1 has an unknown partner");
	ntrk_fusion_parse("NTRK1-NTRK1", 11, &f, &err);
	UNIT_OK(f.kind == NTRK_KIND_INTRAGENIC, "NTRK1-NTRK1 is intragenic");
	ntrk_fusion_parse("ETV6::NTRK3", 11, &f, &err);
	UNIT_OK(f.kind == NTRK_KIND_CHIMERIC, "ETV6::NTRK3 is chimeric");
	ntrk_fusion_parse("THRA1/BTR::NTRK3", 16, &f, &err);
	UNIT_OK((f.flags & NTRK_FLAG_GENE5_UNLISTED) && !(f.flags & NTRK_FLAG_GENE3_UNLISTED),
			"THRA1/BTR is kept as written and flagged as not in the gene table");
	ntrk_fusion_parse("HGNC:18790::NTRK3", 17, &f, &err);
	UNIT_OK((f.flags & NTRK_FLAG_GENE5_UNLISTED) && strcmp(f.p5.symbol, "HGNC:18790") == 0,
			"HGNC:18790 is kept as written and flagged as not in the gene table");
	UNIT_OK(ntrk_fusion_has_gene(&f, "NTRK3") && !ntrk_fusion_has_gene(&f, "NTRK1"),
			"has_gene");
}

/* Damaged packed forms must be refused, never read out of bounds. */
static void
check_unpack_rejects(void)
{
	NtrkFusion	f;
	NtrkParseError err;
	uint8_t		p[NTRK_FUSION_PACKED_MAX];
	size_t		n,
				cut;
	int			refused = 0;

	ntrk_fusion_parse("ETV6(e5)::NTRK3(e15)", 20, &f, &err);
	n = ntrk_fusion_pack(&f, p);
	for (cut = 0; cut < n; cut++)
		if (!ntrk_fusion_unpack(p, cut, &f, &err))
			refused++;
	UNIT_OK(refused == (int) n, "every truncation of a packed value is refused");
	p[0] = 9;
	UNIT_OK(!ntrk_fusion_unpack(p, n, &f, &err), "unknown format version is refused");
	p[0] = NTRK_FUSION_FORMAT;
	p[1] = 0x80;
	UNIT_OK(!ntrk_fusion_unpack(p, n, &f, &err), "unknown flag bits are refused");
}

int
main(void)
{
	size_t		i;
	char		longbuf[NTRK_FUSION_MAX_INPUT + 10];
	NtrkFusion	f;
	NtrkParseError err;

	for (i = 0; i < sizeof(valid) / sizeof(valid[0]); i++)
		check_valid(valid[i][0], valid[i][1]);
	for (i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
	{
		bool		ok = ntrk_fusion_parse(invalid[i], strlen(invalid[i]), &f, &err);

		UNIT_OK(!ok && err.detail[0] != '\0', "rejects '%s' (%s)", invalid[i], err.detail);
	}

	UNIT_OK(same_identity("ETV6-NTRK3", "ETV6--NTRK3"), "ETV6-NTRK3 equals ETV6--NTRK3");
	UNIT_OK(same_identity("ETV6-NTRK3", "etv6::ntrk3 fusion"), "ETV6-NTRK3 equals etv6::ntrk3 fusion");
	UNIT_OK(same_identity("NTRK1 fusion", "v::NTRK1"), "NTRK1 fusion equals v::NTRK1");
	UNIT_OK(!same_identity("ETV6::NTRK3", "NTRK3::ETV6"), "ETV6::NTRK3 differs from NTRK3::ETV6");
	UNIT_OK(!same_identity("ETV6::NTRK3", "ETV6(e5)::NTRK3"), "exons are part of identity");

	memset(longbuf, 'A', sizeof(longbuf));
	UNIT_OK(!ntrk_fusion_parse(longbuf, sizeof(longbuf), &f, &err),
			"input over %d bytes is rejected", NTRK_FUSION_MAX_INPUT);

	check_flags();
	check_unpack_rejects();
	return unit_done();
}
