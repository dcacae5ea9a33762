/*
 * report_dom.h
 *		The lowest layer of the clinical report readers: walking the libxml2
 *		tree (elements by local name, attributes and text in the server
 *		encoding, paths and lines for messages) and converting one field's
 *		text into a value (gene, number, date, reading frame, fusion).
 *
 * A conversion that fails either raises 22P02 (strict reading) or records a
 * warning and gives no value (the default): the NtrkFieldLog it is handed
 * decides.  Nothing here knows about rows or formats (report_rows.h sits on
 * top of this file, the format readers on top of that).
 *
 * Every string returned is in the server encoding and palloc'd: nothing
 * points into libxml2 memory.
 */
#ifndef REPORT_DOM_H
#define REPORT_DOM_H

#include "postgres.h"

#include <libxml/tree.h>

#include "nodes/pg_list.h"
#include "utils/date.h"

#include "compat.h"
#include "report_fields.h"

/* Documented limits (docs/reports.md, "Safety"). */
#define NTRK_REPORT_MAX_BYTES	10000000	/* text of one report (10 MB); also
											 * libxml2's own look-ahead limit
											 * without XML_PARSE_HUGE */
#define NTRK_REPORT_MAX_DEPTH	128 /* element nesting */

/*
 * Where the problems of field values go: with strict, the first one is
 * raised as an error; otherwise each is appended to warnings (palloc'd
 * strings, in reading order) and the field is left without a value.
 */
typedef struct NtrkFieldLog
{
	bool		strict;
	List	   *warnings;
} NtrkFieldLog;

/* ---- Walking the tree ------------------------------------------------ */

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

/* A libxml2 UTF-8 string as a palloc'd string in the server encoding. */
extern char *ntrk_xml_to_server(const xmlChar *s, size_t len);

/* ---- Problems ---------------------------------------------------------- */

/*
 * A field whose value cannot be used: names the attribute (field; NULL for
 * the element's text), the element, its line and path, and what was
 * expected.  Strict: raises 22P02.  Otherwise: records a warning.
 */
extern void ntrk_report_bad_value(NtrkFieldLog *log, xmlNodePtr node,
								  const char *field, const char *value,
								  const char *expected);

/* Raise 2200N: the document is XML but not a report ntrk can read. */
pg_noreturn extern void ntrk_report_unsupported(xmlNodePtr node, const char *what);

/* ---- Field conversions ------------------------------------------------- */

/*
 * A gene attribute resolved as the type does: the symbol, or NULL when value
 * is NULL or not a symbol (the latter logged).
 */
extern char *ntrk_report_gene(NtrkFieldLog *log, xmlNodePtr node,
							  const char *field, const char *value);

/* A decimal within [min, max] into *out; false (logged) otherwise. */
extern bool ntrk_report_number(NtrkFieldLog *log, xmlNodePtr node,
							   const char *field, const char *value,
							   double min, double max, double *out);

/*
 * An ISO date into *out.  A partial date (YYYY, YYYY-MM) gives false
 * silently (no day to store); anything else that is not a date gives false
 * and is logged.
 */
extern bool ntrk_report_date_value(NtrkFieldLog *log, xmlNodePtr node,
								   const char *field, const char *value,
								   DateADT *out);

/* A reading-frame word into *out ("in-frame", "out-of-frame", NULL). */
extern bool ntrk_report_frame_value(NtrkFieldLog *log, xmlNodePtr node,
									const char *field, const char *value,
									const char **out);

/*
 * Build a fusion from listed genes and descriptions (ntrk_report_fusion);
 * false (logged) when the genes are not symbols.
 */
extern bool ntrk_report_fusion_value(NtrkFieldLog *log, xmlNodePtr node,
									 const char *first, const char *second,
									 const char *const *texts, int ntexts,
									 bool trust_reversal, NtrkReportFusion *out);

#endif							/* REPORT_DOM_H */
