/*
 * report_fields.h
 *		Pure-C reading of the fields of clinical genomic reports: a fusion from
 *		the genes a report lists plus the report's own description of the event,
 *		ISO dates, decimals and reading-frame words.
 *
 * No PostgreSQL headers and no libxml2 here: the XML side (src/report_*.c)
 * hands over attribute text, this file decides what it means, and errors are
 * returned (never thrown) so that the glue can name the element at fault.
 */
#ifndef REPORT_FIELDS_H
#define REPORT_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fusion_parse.h"

/* A fusion read from a report. */
typedef struct NtrkReportFusion
{
	NtrkFusion	fusion;			/* as the type's parser builds it; the order
								 * flag is set when the report did not state
								 * the 5'->3' order */
	int			intron5;		/* breakpoint intron of the 5' gene, 0 = not
								 * given */
	int			intron3;		/* breakpoint intron of the 3' gene */
} NtrkReportFusion;

/*
 * Build the fusion a report describes.
 *
 * first, second: the two genes in the order the report lists them (a
 * FoundationOne-style rearrangement lists the targeted gene first, a FHIR
 * observation its gene-studied components).  second may be empty or a word
 * meaning "none" (N/A, NA, -, ?, none, unknown): the partner is then unknown
 * (?::GENE).  first == second is an intragenic rearrangement.
 *
 * texts: the report's own descriptions of the event ("TPM3-NTRK1 fusion",
 * "ETV6(e5)::NTRK3(e15)", "LMNA intron 2-NTRK1 intron 10 fusion"), tried in
 * order; the first that the fusion parser reads as a fusion of the same
 * genes supplies exons, transcripts, introns and possibly the order:
 *	- a notation that guarantees the order (::, --, :, exon forms) states it;
 *	- with trust_reversal, a '-' or '/' description that names the genes in
 *	  the opposite order of the listing states it too: the listing is
 *	  targeted-gene first, so writing the other gene first is deliberate;
 *	- otherwise the genes stay in listing order (in the description's order
 *	  when only one gene is listed) and the value is flagged
 *	  order-not-guaranteed, exactly like fusion_make(..., order_guaranteed =>
 *	  false).
 * Descriptions that do not parse, or that name other genes, are ignored.
 *
 * Returns false with err filled when first (or a named second) is not a gene
 * symbol.
 */
extern bool ntrk_report_fusion(const char *first, size_t first_len,
							   const char *second, size_t second_len,
							   const char *const *texts, const size_t *text_lens,
							   int ntexts, bool trust_reversal,
							   NtrkReportFusion *out, NtrkParseError *err);

/*
 * Does one of the texts describe a fusion of gene with another named gene
 * (read as ntrk_report_fusion reads its descriptions)?  For a report that
 * lists one gene and names the fusion only in a description.
 */
extern bool ntrk_report_names_fusion(const char *gene, size_t gene_len,
									 const char *const *texts,
									 const size_t *text_lens, int ntexts);

/*
 * Does one of the texts describe a fusion of gene without naming a partner
 * ("ROS1 fusion", "NTRK1 rearrangement": what a report copies from a PDF)?
 * The gene must be written first, resolving to the same symbol, followed by
 * the word fusion or rearrangement and nothing else but a remark in
 * parentheses.  ntrk_report_fusion with that gene alone then gives ?::GENE.
 */
extern bool ntrk_report_names_partnerless(const char *gene, size_t gene_len,
										  const char *const *texts,
										  const size_t *text_lens, int ntexts);

/* Is this (trimmed) value a word for "no gene" (N/A, NA, -, ?, none, ...)? */
extern bool ntrk_report_is_missing(const char *s, size_t len);

/* What an ISO 8601 date or dateTime gives. */
typedef enum NtrkReportDate
{
	NTRK_DATE_INVALID = 0,		/* not a date */
	NTRK_DATE_PARTIAL = 1,		/* YYYY or YYYY-MM (FHIR allows them) */
	NTRK_DATE_FULL = 2			/* YYYY-MM-DD, optionally followed by a time */
} NtrkReportDate;

/*
 * Read an ISO 8601 date ("2023-04-12") or date-time ("2023-04-12T10:20:00Z",
 * only its date part is kept).  Year 1000..9999; month and day are checked
 * against the calendar.  Parts not given (a partial date) are set to 0.
 */
extern NtrkReportDate ntrk_report_date(const char *s, size_t len, int *year,
									   int *month, int *day);

/*
 * Read a plain decimal number: optional sign, digits, optional fraction,
 * optional exponent; surrounding spaces allowed; no NaN, no infinity, no hex.
 * Returns false when the text is not such a number.
 */
extern bool ntrk_report_decimal(const char *s, size_t len, double *out);

/*
 * Map a report's in-frame word (FoundationOne-style "Yes" / "No" /
 * "Unknown", or any word ntrk_classify takes) to "in-frame", "out-of-frame"
 * or NULL (unknown).  Returns false for a word it does not know.
 */
extern bool ntrk_report_frame(const char *s, size_t len, const char **out);

/* What the unit of a reported quantity says about its value. */
typedef enum NtrkReportUnit
{
	NTRK_UNIT_UNKNOWN = 0,		/* a unit ntrk does not know: value unusable */
	NTRK_UNIT_NONE,				/* no unit given */
	NTRK_UNIT_FRACTION,			/* dimensionless: UCUM "1", {ratio}, decimal */
	NTRK_UNIT_PERCENT,			/* "%": divide by 100 for a fraction */
	NTRK_UNIT_COPIES			/* a count of copies: {copies}, copies, {#} */
} NtrkReportUnit;

/*
 * Classify a unit (UCUM code or free-text unit, trimmed, case-insensitive).
 * An empty unit is NTRK_UNIT_NONE.
 */
extern NtrkReportUnit ntrk_report_unit(const char *s, size_t len);

#endif							/* REPORT_FIELDS_H */
