/*
 * report_readers.c
 *		The table of clinical report formats (report_readers.h).
 */
#include "postgres.h"

#include "report_readers.h"

/* Each defined in its own file. */
extern const NtrkReportReader ntrk_report_reader_f1;	/* report_f1.c */
extern const NtrkReportReader ntrk_report_reader_fhir;	/* report_fhir.c */

const NtrkReportReader *const ntrk_report_readers[] = {
	&ntrk_report_reader_f1,
	&ntrk_report_reader_fhir,
	NULL
};
