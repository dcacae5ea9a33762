/*
 * report_readers.c
 *		The table of clinical report formats (report_readers.h).
 */
#include "postgres.h"

#include "report_readers.h"

const NtrkReportReader *const ntrk_report_readers[] = {
	&ntrk_report_reader_f1,
	&ntrk_report_reader_fhir,
	NULL
};
