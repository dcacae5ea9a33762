/*
 * test_report_fields.c
 *		Unit tests of the pure-C report field readers: fusion order from the
 *		listed genes and the report's descriptions, introns, dates, decimals,
 *		reading-frame words, units, and fusions named without a partner.
 */
#include <stdlib.h>

#include "report_fields.h"
#include "unit.h"

/* Run ntrk_report_fusion on one description and print the canonical text. */
static const char *
fusion_text(const char *first, const char *second, const char *desc,
			int trust, char *buf, NtrkReportFusion *rf)
{
	NtrkParseError err;
	const char *texts[1];
	size_t		lens[1];

	texts[0] = desc;
	lens[0] = desc ? strlen(desc) : 0;
	if (!ntrk_report_fusion(first, strlen(first), second,
							second ? strlen(second) : 0, texts, lens,
							desc ? 1 : 0, trust != 0, rf, &err))
	{
		snprintf(buf, NTRK_FUSION_TEXT_MAX, "error: %.200s", err.detail);
		return buf;
	}
	ntrk_fusion_format(&rf->fusion, buf);
	return buf;
}

/* One case: listed genes, description, trust flag, wanted canonical text. */
typedef struct FusionCase
{
	const char *first;
	const char *second;
	const char *desc;
	int			trust;
	const char *want;
	int			intron5;
	int			intron3;
} FusionCase;

static const FusionCase fusion_cases[] = {
	/* Targeted gene first; the description writes the partner first. */
	{"NTRK1", "TPM3", "TPM3-NTRK1 fusion", 1, "TPM3::NTRK1", 0, 0},
	/* The same description is not trusted without the bait convention. */
	{"NTRK1", "TPM3", "TPM3-NTRK1 fusion", 0, "NTRK1/TPM3", 0, 0},
	/* The description agrees with the listing: nothing is stated. */
	{"NTRK1", "TPM3", "NTRK1-TPM3 fusion", 1, "NTRK1/TPM3", 0, 0},
	/* No description: order as listed, not guaranteed. */
	{"NTRK3", "ETV6", NULL, 1, "NTRK3/ETV6", 0, 0},
	/* A guaranteed notation states the order, exons come along. */
	{"NTRK3", "ETV6", "ETV6(e5)::NTRK3(e15)", 0, "ETV6(e5)::NTRK3(e15)", 0, 0},
	{"NTRK3", "ETV6", "ETV6:exon5-NTRK3:exon15 fusion", 0, "ETV6(e5)::NTRK3(e15)", 0, 0},
	/* ... even when it makes NTRK the 5' partner (a reciprocal). */
	{"NTRK3", "ETV6", "NTRK3::ETV6", 1, "NTRK3::ETV6", 0, 0},
	/* Aliases resolve on both sides. */
	{"TRKA", "TPM3", "TPM3-NTRK1 fusion", 1, "TPM3::NTRK1", 0, 0},
	/* A description of another event is ignored. */
	{"NTRK1", "TPM3", "EML4-ALK fusion", 1, "NTRK1/TPM3", 0, 0},
	/* Trailing remark is cut; unparseable descriptions are ignored. */
	{"ALK", "EML4", "EML4-ALK fusion (E13; A20)", 1, "EML4::ALK", 0, 0},
	{"ALK", "EML4", "see comment", 1, "ALK/EML4", 0, 0},
	/* Introns, in the text and in a remark. */
	{"NTRK1", "LMNA", "LMNA intron 2-NTRK1 intron 10 fusion", 1, "LMNA::NTRK1", 2, 10},
	{"NTRK1", "LMNA", "LMNA-NTRK1 fusion (LMNA intron 2; NTRK1 intron 10)", 1, "LMNA::NTRK1", 2, 10},
	{"NTRK1", "LMNA", "NTRK1 intron 10-LMNA intron 2", 1, "NTRK1/LMNA", 10, 2},
	/* Partner missing: unknown partner, unless the description names it. */
	{"NTRK2", "N/A", NULL, 1, "?::NTRK2", 0, 0},
	{"NTRK2", "", "NTRK2 truncation", 1, "?::NTRK2", 0, 0},
	{"NTRK1", "N/A", "TPM3-NTRK1 fusion", 1, "TPM3::NTRK1", 0, 0},
	/* Intragenic. */
	{"NTRK1", "NTRK1", "NTRK1 intron 9 - NTRK1 intron 12", 1, "NTRK1-intragenic", 9, 12},
	{"NTRK1", "TPM3", "TPM3 intron 8 / see remark", 1, "NTRK1/TPM3", 0, 8},
	/* Errors. */
	{"N/A", "TPM3", NULL, 1, "error: The rearrangement names no gene.", 0, 0},
	{"NTRK1", "TPM3::ETV6", NULL, 1, "error: The partner gene \"TPM3::ETV6\" is not a gene symbol.", 0, 0},
};

static void
test_fusions(void)
{
	size_t		i;

	for (i = 0; i < sizeof(fusion_cases) / sizeof(fusion_cases[0]); i++)
	{
		const FusionCase *c = &fusion_cases[i];
		char		buf[NTRK_FUSION_TEXT_MAX];
		NtrkReportFusion rf;

		UNIT_STREQ(fusion_text(c->first, c->second, c->desc, c->trust, buf, &rf),
				   c->want, "fusion %s + %s + \"%s\"", c->first,
				   c->second ? c->second : "(null)", c->desc ? c->desc : "(none)");
		if (strncmp(c->want, "error", 5) != 0)
			UNIT_OK(rf.intron5 == c->intron5 && rf.intron3 == c->intron3,
					"introns %d/%d (got %d/%d)", c->intron5, c->intron3,
					rf.intron5, rf.intron3);
	}
}

/* The second of two descriptions is used when the first does not fit. */
static void
test_several_texts(void)
{
	const char *texts[] = {"present", NULL, "ETV6::NTRK3"};
	size_t		lens[] = {7, 0, 11};
	NtrkReportFusion rf;
	NtrkParseError err;
	char		buf[NTRK_FUSION_TEXT_MAX];

	UNIT_OK(ntrk_report_fusion("NTRK3", 5, "ETV6", 4, texts, lens, 3, false, &rf, &err),
			"several descriptions accepted");
	ntrk_fusion_format(&rf.fusion, buf);
	UNIT_STREQ(buf, "ETV6::NTRK3", "the third description states the order");
}

/* One listed gene and a description naming its fusion: a fusion or not. */
static void
test_names_fusion(void)
{
	static const struct
	{
		const char *gene;
		const char *text;
		bool		fusion;
	}			cases[] = {
		{"NTRK3", "ETV6-NTRK3 fusion", true},
		{"NTRK3", "ETV6(e5)::NTRK3(e15)", true},
		{"TRKC", "ETV6--NTRK3", true},		/* alias of the gene studied */
		{"NTRK1", "LMNA intron 2-NTRK1 intron 10 fusion", true},
		{"NTRK1", "ETV6-NTRK3 fusion", false},	/* another event */
		{"NTRK1", "NTRK1 G595R", false},	/* a short variant */
		{"NTRK1", "NTRK1 fusion", false},	/* no second gene */
		{"NTRK1", "NTRK1-NTRK1", false},	/* intragenic */
		{"NTRK1", "p.Gly595Arg", false},
		{"not a gene!", "ETV6-NTRK3", false},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		const char *texts[] = {NULL, cases[i].text};
		size_t		lens[] = {0, strlen(cases[i].text)};

		UNIT_OK(ntrk_report_names_fusion(cases[i].gene, strlen(cases[i].gene),
										 texts, lens, 2) == cases[i].fusion,
				cases[i].text);
	}
	UNIT_OK(!ntrk_report_names_fusion(NULL, 0, NULL, NULL, 0), "no gene, no texts");
}

static void
test_missing(void)
{
	UNIT_OK(ntrk_report_is_missing(" N/A ", 5), "N/A is missing");
	UNIT_OK(ntrk_report_is_missing("", 0), "empty is missing");
	UNIT_OK(ntrk_report_is_missing("unknown", 7), "unknown is missing");
	UNIT_OK(!ntrk_report_is_missing("NA12", 4), "NA12 is not missing");
}

static void
test_dates(void)
{
	int			y,
				m,
				d;

	UNIT_OK(ntrk_report_date("2023-04-12", 10, &y, &m, &d) == NTRK_DATE_FULL &&
			y == 2023 && m == 4 && d == 12, "full date");
	UNIT_OK(ntrk_report_date("2023-04-12T10:20:00+02:00", 25, &y, &m, &d) == NTRK_DATE_FULL,
			"date-time");
	UNIT_OK(ntrk_report_date("2024-02-29", 10, &y, &m, &d) == NTRK_DATE_FULL, "leap day");
	UNIT_OK(ntrk_report_date("2023-02-29", 10, &y, &m, &d) == NTRK_DATE_INVALID, "not a leap year");
	UNIT_OK(ntrk_report_date("1900-02-29", 10, &y, &m, &d) == NTRK_DATE_INVALID, "1900 not leap");
	UNIT_OK(ntrk_report_date("2023", 4, &y, &m, &d) == NTRK_DATE_PARTIAL, "year only");
	UNIT_OK(ntrk_report_date("2023-04", 7, &y, &m, &d) == NTRK_DATE_PARTIAL, "year-month");
	UNIT_OK(ntrk_report_date("04/12/2023", 10, &y, &m, &d) == NTRK_DATE_INVALID, "US format refused");
	UNIT_OK(ntrk_report_date("2023-13-01", 10, &y, &m, &d) == NTRK_DATE_INVALID, "month 13");
	UNIT_OK(ntrk_report_date("2023-04-12 x", 12, &y, &m, &d) == NTRK_DATE_INVALID, "junk after date");
}

static void
test_decimals(void)
{
	double		v;

	UNIT_OK(ntrk_report_decimal("0.42", 4, &v) && v == 0.42, "0.42");
	UNIT_OK(ntrk_report_decimal(" 12 ", 4, &v) && v == 12, "12 with spaces");
	UNIT_OK(ntrk_report_decimal("1e-2", 4, &v) && v == 0.01, "exponent");
	UNIT_OK(ntrk_report_decimal(".5", 2, &v) && v == 0.5, "leading dot");
	UNIT_OK(!ntrk_report_decimal("NaN", 3, &v), "NaN refused");
	UNIT_OK(!ntrk_report_decimal("inf", 3, &v), "inf refused");
	UNIT_OK(!ntrk_report_decimal("0x10", 4, &v), "hex refused");
	UNIT_OK(!ntrk_report_decimal("42%", 3, &v), "percent sign refused");
	UNIT_OK(!ntrk_report_decimal("", 0, &v), "empty refused");
	UNIT_OK(!ntrk_report_decimal("1e999", 5, &v), "overflow refused");
}

static void
test_frames(void)
{
	const char *f;

	UNIT_OK(ntrk_report_frame("Yes", 3, &f) && f && strcmp(f, "in-frame") == 0, "Yes");
	UNIT_OK(ntrk_report_frame("No", 2, &f) && f && strcmp(f, "out-of-frame") == 0, "No");
	UNIT_OK(ntrk_report_frame("Unknown", 7, &f) && f == NULL, "Unknown");
	UNIT_OK(ntrk_report_frame("", 0, &f) && f == NULL, "empty");
	UNIT_OK(!ntrk_report_frame("maybe", 5, &f), "maybe refused");
}

static void
test_units(void)
{
	UNIT_OK(ntrk_report_unit("", 0) == NTRK_UNIT_NONE, "no unit");
	UNIT_OK(ntrk_report_unit(" % ", 3) == NTRK_UNIT_PERCENT, "%% with spaces");
	UNIT_OK(ntrk_report_unit("1", 1) == NTRK_UNIT_FRACTION, "UCUM 1");
	UNIT_OK(ntrk_report_unit("decimal", 7) == NTRK_UNIT_FRACTION,
			"decimal (genomics-reporting example unit)");
	UNIT_OK(ntrk_report_unit("{ratio}", 7) == NTRK_UNIT_FRACTION, "{ratio}");
	UNIT_OK(ntrk_report_unit("{Copies}", 8) == NTRK_UNIT_COPIES, "{Copies}, any case");
	UNIT_OK(ntrk_report_unit("mg", 2) == NTRK_UNIT_UNKNOWN, "mg unknown");
	UNIT_OK(ntrk_report_unit("10", 2) == NTRK_UNIT_UNKNOWN, "10 unknown");
	UNIT_OK(ntrk_report_unit("%%", 2) == NTRK_UNIT_UNKNOWN, "%%%% unknown");
}

/* ntrk_report_names_partnerless on one text. */
static bool
partnerless(const char *gene, const char *text)
{
	const char *texts[1];
	size_t		lens[1];

	texts[0] = text;
	lens[0] = text ? strlen(text) : 0;
	return ntrk_report_names_partnerless(gene, strlen(gene), texts, lens, 1);
}

static void
test_partnerless(void)
{
	NtrkReportFusion rf;
	char		buf[NTRK_FUSION_TEXT_MAX];

	UNIT_OK(partnerless("ROS1", "ROS1 Fusion"), "ROS1 Fusion");
	UNIT_OK(partnerless("NTRK1", "  ntrk1 rearrangement "), "case and spaces");
	UNIT_OK(partnerless("NTRK1", "TRKA fusion"), "alias resolves to the gene");
	UNIT_OK(partnerless("NTRK3", "NTRK3 fusion (RNA)"), "trailing remark");
	UNIT_OK(!partnerless("EGFR", "EGFR L858R"), "a point mutation is not a fusion");
	UNIT_OK(!partnerless("ROS1", "ALK fusion"), "another gene's fusion");
	UNIT_OK(!partnerless("ROS1", "ROS1 fusion partner unknown"), "words after the noun");
	UNIT_OK(!partnerless("ROS1", "fusion"), "no gene");
	UNIT_OK(!partnerless("ROS1", NULL), "no text");
	UNIT_OK(!partnerless("N/A", "N/A fusion"), "no gene listed");
	UNIT_STREQ(fusion_text("ROS1", NULL, "ROS1 Fusion", 0, buf, &rf), "?::ROS1",
			 "one gene and a partnerless name: unknown partner");
}

int
main(void)
{
	test_fusions();
	test_several_texts();
	test_names_fusion();
	test_missing();
	test_dates();
	test_decimals();
	test_frames();
	test_units();
	test_partnerless();
	return unit_done();
}
