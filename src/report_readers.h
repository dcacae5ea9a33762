/*
 * report_readers.h
 *		The table of clinical report formats ntrk reads.  The entry point
 *		(report_xml.c) hands the root element to the first reader that
 *		accepts it.  To add a format: write src/report_<format>.c defining an
 *		NtrkReportReader (report_rows.h), and list it in report_readers.c.
 */
#ifndef REPORT_READERS_H
#define REPORT_READERS_H

#include "report_rows.h"

/*
 * Each reader, defined in its own file.  Declared here, where the defining
 * file sees it too: PostgreSQL 18 builds with -Wmissing-variable-declarations.
 */
extern const NtrkReportReader ntrk_report_reader_f1;	/* report_f1.c */
extern const NtrkReportReader ntrk_report_reader_fhir;	/* report_fhir.c */

/* The readers, in the order they are tried; NULL-terminated. */
extern const NtrkReportReader *const ntrk_report_readers[];

#endif							/* REPORT_READERS_H */
