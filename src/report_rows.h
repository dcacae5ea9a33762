/*
 * report_rows.h
 *		The rows a clinical report yields, the sink they go to, and what a
 *		format reader is.  Sits on report_dom.h; the format readers
 *		(report_f1.c, report_fhir.c) sit on this file, and the entry point
 *		(report_xml.c) loops over the table of readers (report_readers.h).
 */
#ifndef REPORT_ROWS_H
#define REPORT_ROWS_H

#include "postgres.h"

#include <libxml/tree.h>

#include "funcapi.h"
#include "utils/date.h"

#include "ntrk.h"
#include "report_dom.h"

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
	NtrkFieldLog log;			/* problems of report-level fields */
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
	NtrkFieldLog log;			/* problems of this row's fields */
} NtrkReportRow;

/* Where rows go: the SRF's tuplestore. */
typedef struct NtrkReportSink
{
	Tuplestorestate *store;
	TupleDesc	desc;
	int			nrows;
	bool		strict;			/* field problems are errors */
} NtrkReportSink;

/* A format reader: the root elements it takes, and how it reads them. */
typedef struct NtrkReportReader
{
	const char *name;			/* for messages: "FoundationOne-style
								 * <ResultsReport> or <variant-report>" */
	bool		(*accepts) (xmlNodePtr root);
	void		(*read) (xmlNodePtr root, NtrkReportSink *sink);
} NtrkReportReader;

/*
 * Number of result columns (sql/install/50-report.sql), and of ntrk 1.0's
 * declaration, which had no warnings column.
 */
#define NTRK_REPORT_NCOLUMNS 26
#define NTRK_REPORT_NCOLUMNS_1_0 25

/* Start a header of this format, reading as the sink says. */
extern void ntrk_report_header_init(NtrkReportHeader *h, const NtrkReportSink *sink,
									const char *format);

/* Start a row read from element, reading as the sink says. */
extern void ntrk_report_row_init(NtrkReportRow *row, const NtrkReportSink *sink,
								 xmlNodePtr element);

/* Append one row. */
extern void ntrk_report_emit(NtrkReportSink *sink, const NtrkReportHeader *h,
							 const NtrkReportRow *r);

#endif							/* REPORT_ROWS_H */
