/*
 * report_dom.c
 *		Walking the libxml2 tree of a clinical report, and converting one
 *		field's text into a value; a field that cannot be converted is an
 *		error (strict reading) or a warning (report_dom.h).
 *
 * The conversions themselves (what a date, a decimal, a fusion description
 * is) are pure C in src/core/report_fields.c; this file adds the element a
 * value was read from, for the message.
 */
#include "postgres.h"

#include <libxml/tree.h>

#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/datetime.h"

#include "ntrk_error.h"
#include "report_dom.h"

/* Longest piece of a field value quoted back in a message. */
#define ECHO_MAX 60

char *
ntrk_xml_to_server(const xmlChar *s, size_t len)
{
	char	   *copy = pnstrdup((const char *) s, len);

	return pg_any_to_server(copy, (int) len, PG_UTF8);
}

/* ---- Walking the tree ------------------------------------------------------ */

bool
ntrk_xml_is(xmlNodePtr node, const char *local)
{
	return node != NULL && node->type == XML_ELEMENT_NODE &&
		strcmp((const char *) node->name, local) == 0;
}

xmlNodePtr
ntrk_xml_first_element(xmlNodePtr node)
{
	xmlNodePtr	c;

	for (c = node ? node->children : NULL; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

xmlNodePtr
ntrk_xml_child(xmlNodePtr node, const char *local)
{
	xmlNodePtr	first = node ? node->children : NULL;

	return first == NULL || ntrk_xml_is(first, local) ? first : ntrk_xml_next(first, local);
}

xmlNodePtr
ntrk_xml_next(xmlNodePtr node, const char *local)
{
	xmlNodePtr	c;

	for (c = node ? node->next : NULL; c != NULL; c = c->next)
		if (ntrk_xml_is(c, local))
			return c;
	return NULL;
}

/*
 * Concatenate the text of a node list (an attribute's value, an element's
 * text children) into a palloc'd server-encoding string, trimmed.  Reads the
 * tree in place: no libxml2 allocation, so nothing can leak if the encoding
 * conversion raises an error.
 */
static char *
node_list_text(xmlNodePtr first)
{
	StringInfoData buf;
	xmlNodePtr	c;
	int			start = 0;
	int			end;

	initStringInfo(&buf);
	for (c = first; c != NULL; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
			c->content != NULL)
			appendStringInfoString(&buf, (const char *) c->content);
	end = buf.len;
	while (start < end && strchr(" \t\r\n", buf.data[start]) != NULL)
		start++;
	while (end > start && strchr(" \t\r\n", buf.data[end - 1]) != NULL)
		end--;
	return ntrk_xml_to_server((const xmlChar *) buf.data + start, end - start);
}

char *
ntrk_xml_attr(xmlNodePtr node, const char *name, bool blank_is_null)
{
	xmlAttrPtr	a;

	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = node->properties; a != NULL; a = a->next)
	{
		if (a->ns == NULL && strcmp((const char *) a->name, name) == 0)
		{
			char	   *v = node_list_text(a->children);

			return (blank_is_null && v[0] == '\0') ? NULL : v;
		}
	}
	return NULL;
}

char *
ntrk_xml_content(xmlNodePtr node)
{
	char	   *v;

	if (node == NULL)
		return NULL;
	v = node_list_text(node->children);
	return v[0] == '\0' ? NULL : v;
}

int
ntrk_xml_line(xmlNodePtr node)
{
	return node != NULL ? (int) xmlGetLineNo(node) : 0;
}

/*
 * One path step: the local name, with a 1-based index when the parent has
 * several element children of that name.
 */
static void
append_step(StringInfo buf, xmlNodePtr node)
{
	xmlNodePtr	s;
	int			index = 1;
	bool		several = false;

	for (s = node->prev; s != NULL; s = s->prev)
		if (s->type == XML_ELEMENT_NODE && xmlStrEqual(s->name, node->name))
			index++;
	for (s = node->next; s != NULL && !several; s = s->next)
		if (s->type == XML_ELEMENT_NODE && xmlStrEqual(s->name, node->name))
			several = true;
	appendStringInfoChar(buf, '/');
	appendStringInfoString(buf, ntrk_xml_to_server(node->name,
											   strlen((const char *) node->name)));
	if (index > 1 || several)
		appendStringInfo(buf, "[%d]", index);
}

char *
ntrk_xml_path(xmlNodePtr node)
{
	xmlNodePtr	steps[NTRK_REPORT_MAX_DEPTH];
	int			n = 0;
	StringInfoData buf;

	for (; node != NULL && node->type == XML_ELEMENT_NODE &&
		 n < NTRK_REPORT_MAX_DEPTH; node = node->parent)
		steps[n++] = node;
	initStringInfo(&buf);
	while (n > 0)
		append_step(&buf, steps[--n]);
	return buf.data;
}

/* "<x> at line N (/a/b/x)": an element named for error details. */
static char *
describe_element(xmlNodePtr node)
{
	return psprintf("<%s> at line %d (%s)",
					ntrk_xml_to_server(node->name, strlen((const char *) node->name)),
					ntrk_xml_line(node), ntrk_xml_path(node));
}

/* ---- Problems ---------------------------------------------------------- */

/*
 * Record a problem: raise it as 22P02 when reading strictly, otherwise keep
 * its detail as a warning.
 */
static void
log_problem(NtrkFieldLog *log, const char *message, const char *detail)
{
	if (log->strict)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("%s", message),
				 errdetail("%s", detail),
				 errhint("With strict => false the report is read with this field left empty and a warning.")));
	log->warnings = lappend(log->warnings, pstrdup(detail));
}

void
ntrk_report_bad_value(NtrkFieldLog *log, xmlNodePtr node, const char *field,
					  const char *value, const char *expected)
{
	char	   *what = field != NULL
		? psprintf("\"%s\" of element %s", field, describe_element(node))
		: psprintf("The text of element %s", describe_element(node));
	char	   *detail;

	if (value == NULL)
		detail = psprintf("%s is missing; expected %s.", what, expected);
	else
		detail = psprintf("%s is " NTRK_ECHO_FMT "; expected %s.",
						  what, NTRK_ECHO_ARGS(ntrk_echo_cstring(value, ECHO_MAX)), expected);
	log_problem(log, "invalid value in clinical report", detail);
}

void
ntrk_report_unsupported(xmlNodePtr node, const char *what)
{
	if (node == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_XML_CONTENT),
				 errmsg("XML document is not a clinical report ntrk can read"),
				 errdetail("%s", what)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_XML_CONTENT),
			 errmsg("XML document is not a clinical report ntrk can read"),
			 errdetail("Element %s: %s", describe_element(node), what)));
}

/* ---- Field conversions ----------------------------------------------------- */

char *
ntrk_report_gene(NtrkFieldLog *log, xmlNodePtr node, const char *field,
				 const char *value)
{
	char		sym[NTRK_SYMBOL_MAX + 1];
	bool		listed;

	if (value == NULL)
		return NULL;
	if (!ntrk_gene_normalise(value, strlen(value), sym, &listed))
	{
		ntrk_report_bad_value(log, node, field, value, "a gene symbol");
		return NULL;
	}
	return pstrdup(sym);
}

bool
ntrk_report_number(NtrkFieldLog *log, xmlNodePtr node, const char *field,
				   const char *value, double min, double max, double *out)
{
	double		v;

	if (!ntrk_report_decimal(value, strlen(value), &v) || v < min || v > max)
	{
		ntrk_report_bad_value(log, node, field, value,
							  max < 1e300 ? psprintf("a number from %g to %g", min, max)
							  : psprintf("a number of at least %g", min));
		return false;
	}
	*out = v;
	return true;
}

bool
ntrk_report_date_value(NtrkFieldLog *log, xmlNodePtr node, const char *field,
					   const char *value, DateADT *out)
{
	int			y,
				m,
				d;

	switch (ntrk_report_date(value, strlen(value), &y, &m, &d))
	{
		case NTRK_DATE_FULL:
			*out = date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
			return true;
		case NTRK_DATE_PARTIAL:
			return false;
		case NTRK_DATE_INVALID:
			break;
	}
	ntrk_report_bad_value(log, node, field, value,
						  "an ISO 8601 date (YYYY-MM-DD, optionally with a time)");
	return false;
}

bool
ntrk_report_frame_value(NtrkFieldLog *log, xmlNodePtr node, const char *field,
						const char *value, const char **out)
{
	*out = NULL;
	if (ntrk_report_frame(value, strlen(value), out))
		return true;
	ntrk_report_bad_value(log, node, field, value, "Yes, No or Unknown");
	return false;
}

bool
ntrk_report_fusion_value(NtrkFieldLog *log, xmlNodePtr node, const char *first,
						 const char *second, const char *const *texts,
						 int ntexts, bool trust_reversal, NtrkReportFusion *out)
{
	size_t	   *lens = palloc0(sizeof(size_t) * (ntexts > 0 ? ntexts : 1));
	NtrkParseError err;
	int			i;

	for (i = 0; i < ntexts; i++)
		lens[i] = texts[i] != NULL ? strlen(texts[i]) : 0;
	if (ntrk_report_fusion(first, first ? strlen(first) : 0,
						   second, second ? strlen(second) : 0,
						   texts, lens, ntexts, trust_reversal, out, &err))
		return true;
	log_problem(log, "invalid fusion in clinical report",
				psprintf("%s Found in element %s.", err.detail, describe_element(node)));
	return false;
}
