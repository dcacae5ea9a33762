/*
 * report_xml.h
 *		Shared declarations of the clinical report reader: the row a report
 *		yields, the sink rows go to, and the DOM helpers the format readers
 *		(report_f1.c, report_fhir.c) use on the tree report_xml.c parsed.
 *
 * Every string handed to the row is already in the server encoding and
 * palloc'd: nothing in a row points into libxml2 memory, so rows outlive the
 * document safely.
 */
#ifndef REPORT_XML_H
#define REPORT_XML_H

#include "postgres.h"

#include <libxml/tree.h>

#include "funcapi.h"
#include "utils/date.h"

#include "ntrk.h"
#include "report_fields.h"

/* Documented limits (README, "Clinical reports (XML)", Safety). */
#define NTRK_REPORT_MAX_BYTES	10000000	/* text of one report (10 MB); also
											 * libxml2's own look-ahead limit
											 * without XML_PARSE_HUGE */
#define NTRK_REPORT_MAX_DEPTH	128 /* element nesting */

/* Report-level fields, repeated on every row. */
typedef struct NtrkReportHeader
{
	const char *format;			/* "foundationone" or "fhir" */
	char	   *report_id;
	char	   *sample_id;
	char	   *specimen;
	char	   *test_name;
	bool		has_collection_date;
	DateADT		collection_date;
	bool		has_report_date;
	DateADT		report_date;
} NtrkReportHeader;

/* One alteration. */
typedef struct NtrkReportRow
{
	const char *alteration;		/* "fusion", "rearrangement", "short
								 * variant", "copy number" */
	char	   *gene;
	bool		has_fusion;
	NtrkReportFusion fusion;
	const char *reading_frame;	/* "in-frame", "out-of-frame" or NULL */
	char	   *protein_change;
	char	   *dna_change;
	char	   *transcript;
	bool		has_allele_fraction;
	double		allele_fraction;
	bool		has_copy_number;
	double		copy_number;
	char	   *effect;
	char	   *status;
	xmlNodePtr	element;		/* where the row was read (path and line) */
} NtrkReportRow;

/* Where rows go: the SRF's tuplestore. */
typedef struct NtrkReportSink
{
	Tuplestorestate *store;
	TupleDesc	desc;
	int			nrows;
} NtrkReportSink;

/* Append one row (report_xml.c). */
extern void ntrk_report_emit(NtrkReportSink *sink, const NtrkReportHeader *h,
							 const NtrkReportRow *r);

/* Format readers: each reads the tree under its root element. */
extern void ntrk_report_read_f1(xmlNodePtr root, NtrkReportSink *sink);
extern void ntrk_report_read_fhir(xmlNodePtr root, NtrkReportSink *sink);
extern void ntrk_report_read_fhir_report(xmlNodePtr report, NtrkReportSink *sink);

/* ---- DOM helpers (report_xml.c) -------------------------------------- */

/* Is the node an element with this local name (any namespace)? */
extern bool ntrk_xml_is(xmlNodePtr node, const char *local);

/* First element child with this local name, or NULL. */
extern xmlNodePtr ntrk_xml_child(xmlNodePtr node, const char *local);

/* Next element sibling with this local name, or NULL. */
extern xmlNodePtr ntrk_xml_next(xmlNodePtr node, const char *local);

/* First element child of any name, or NULL. */
extern xmlNodePtr ntrk_xml_first_element(xmlNodePtr node);

/*
 * Value of an unprefixed attribute in the server encoding (palloc'd), NULL
 * when absent; with blank_is_null, an empty or blank value is NULL too.
 */
extern char *ntrk_xml_attr(xmlNodePtr node, const char *name, bool blank_is_null);

/* Text content of an element (server encoding, trimmed), NULL when blank. */
extern char *ntrk_xml_content(xmlNodePtr node);

/* Line of an element in the report (1-based). */
extern int	ntrk_xml_line(xmlNodePtr node);

/* Location of an element: "/ResultsReport/.../rearrangement[2]". */
extern char *ntrk_xml_path(xmlNodePtr node);

/*
 * Raise 22P02 for a field whose value cannot be used: names the attribute
 * (field; NULL for the element's text), the element, its line and path, and
 * what was expected.
 */
pg_noreturn extern void ntrk_report_bad_value(xmlNodePtr node, const char *field,
											  const char *value, const char *expected);

/* Raise 2200N: the document is XML but not a report ntrk can read. */
pg_noreturn extern void ntrk_report_unsupported(xmlNodePtr node, const char *what);

/* ---- Field conversions shared by the readers (report_xml.c) ---------- */

/* A gene attribute resolved as the type does; 22P02 when not a symbol. */
extern char *ntrk_report_gene(xmlNodePtr node, const char *field, const char *value);

/* A decimal within [min, max]; 22P02 otherwise. */
extern double ntrk_report_number(xmlNodePtr node, const char *field,
								 const char *value, double min, double max);

/*
 * An ISO date; partial dates (YYYY, YYYY-MM) give false (no date), anything
 * else that is not a date raises 22P02.
 */
extern bool ntrk_report_date_value(xmlNodePtr node, const char *field,
								   const char *value, DateADT *out);

/* Build a row's fusion from listed genes and descriptions; 22P02 on error. */
extern void ntrk_report_fusion_value(xmlNodePtr node, const char *first,
									 const char *second, const char *const *texts,
									 int ntexts, bool trust_reversal,
									 NtrkReportRow *row);

#endif							/* REPORT_XML_H */
