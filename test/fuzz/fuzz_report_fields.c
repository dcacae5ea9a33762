/*
 * fuzz_report_fields.c
 *		libFuzzer harness for the report-field core: a fusion built from the
 *		genes a report lists and its descriptions, the one-gene fusion test,
 *		ISO dates, decimals and in-frame words.
 *
 * The input is split at '|' into first gene, second gene and up to four
 * descriptions (an empty second gene is "not given").  For every input:
 *	- ntrk_report_fusion either fails with a detail, or builds a value whose
 *	  canonical text reads back to the same value, with introns in range;
 *	- when ntrk_report_names_fusion says a description names a fusion of the
 *	  first gene, ntrk_report_fusion with that gene alone builds a two-gene
 *	  fusion that involves it;
 *	- when ntrk_report_names_partnerless says a description names a fusion
 *	  of the first gene without a partner, ntrk_report_fusion with that gene
 *	  alone builds a value (unknown partner, or a two-gene fusion named by
 *	  another description) that reads back;
 *	- the whole input as a date, a decimal, a frame word and a unit is read
 *	  without reading out of bounds, an accepted date is on the calendar and
 *	  a unit is one of the known kinds.
 *
 * fuzz-sources: report_fields.c fusion_parse.c gene_table.c ntrk_text.c knowledge_util.c knowledge_data.c ntrk_transcripts.c ntrk_frame.c ntrk_partners.c fusion_classify.c protein_change.c variant_classify.c patient_state.c
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report_fields.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FIELDS 6

/* Exact-size heap copy, so that ASan sees any read past the end. */
static char *
exact_copy(const char *data, size_t size)
{
	char	   *copy = malloc(size + 1);

	memcpy(copy, data, size);
	copy[size] = '\0';
	return copy;
}

/* A built value must print to text that reads back to the same value. */
static void
require_round_trip(const NtrkReportFusion *rf)
{
	char		text[NTRK_FUSION_TEXT_MAX];
	uint8_t		a[NTRK_FUSION_PACKED_MAX];
	uint8_t		b[NTRK_FUSION_PACKED_MAX];
	NtrkFusion	again;
	NtrkParseError err;
	size_t		n = ntrk_fusion_format(&rf->fusion, text);
	size_t		na,
				nb;

	if (n >= sizeof(text) || !ntrk_fusion_parse(text, n, &again, &err))
		abort();
	na = ntrk_fusion_pack(&rf->fusion, a);
	nb = ntrk_fusion_pack(&again, b);
	if (na != nb || memcmp(a, b, na) != 0)
		abort();
	if (rf->intron5 < 0 || rf->intron3 < 0 || rf->intron5 > 999 || rf->intron3 > 999)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	char	   *field[MAX_FIELDS] = {0};
	size_t		len[MAX_FIELDS] = {0};
	int			nfield = 0;
	size_t		start = 0;
	size_t		i;
	NtrkReportFusion rf;
	NtrkParseError err;
	int			year,
				month,
				day;
	double		d;
	const char *frame;
	char	   *whole;

	/* fields separated by '|', each its own exact-size allocation */
	for (i = 0; i <= size && nfield < MAX_FIELDS; i++)
	{
		if (i == size || s[i] == '|')
		{
			len[nfield] = i - start;
			field[nfield] = exact_copy(s + start, i - start);
			nfield++;
			start = i + 1;
		}
	}

	if (nfield >= 1)
	{
		const char *const *texts = (const char *const *) (field + 2);
		int			ntexts = nfield > 2 ? nfield - 2 : 0;
		const char *second = nfield >= 2 && len[1] > 0 ? field[1] : NULL;

		if (ntrk_report_fusion(field[0], len[0], second, second ? len[1] : 0,
							   texts, len + 2, ntexts, (size & 1) != 0, &rf, &err))
			require_round_trip(&rf);
		else if (memchr(err.detail, '\0', sizeof(err.detail)) == NULL ||
				 err.detail[0] == '\0')
			abort();

		if (ntrk_report_names_fusion(field[0], len[0], texts, len + 2, ntexts))
		{
			if (!ntrk_report_fusion(field[0], len[0], NULL, 0, texts, len + 2,
									ntexts, false, &rf, &err) ||
				rf.fusion.kind != NTRK_KIND_CHIMERIC)
				abort();
			require_round_trip(&rf);
		}

		if (ntrk_report_names_partnerless(field[0], len[0], texts, len + 2, ntexts))
		{
			if (!ntrk_report_fusion(field[0], len[0], NULL, 0, texts, len + 2,
									ntexts, false, &rf, &err) ||
				(rf.fusion.kind != NTRK_KIND_UNKNOWN_PARTNER &&
				 rf.fusion.kind != NTRK_KIND_CHIMERIC))
				abort();
			require_round_trip(&rf);
		}
	}

	whole = exact_copy(s, size);
	if (ntrk_report_date(whole, size, &year, &month, &day) != NTRK_DATE_INVALID &&
		(year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31))
		abort();
	if (ntrk_report_decimal(whole, size, &d) && !isfinite(d))
		abort();
	if (ntrk_report_frame(whole, size, &frame) && frame != NULL &&
		strcmp(frame, "in-frame") != 0 && strcmp(frame, "out-of-frame") != 0)
		abort();
	if ((int) ntrk_report_unit(whole, size) < (int) NTRK_UNIT_UNKNOWN ||
		(int) ntrk_report_unit(whole, size) > (int) NTRK_UNIT_COPIES)
		abort();
	free(whole);
	for (i = 0; i < (size_t) nfield; i++)
		free(field[i]);
	return 0;
}
