/*
 * report_xml.c
 *		ntrk_report_alterations(report xml | text): parse a clinical genomic
 *		report with libxml2, safely, and return one row per alteration.
 *
 * Safety follows core PostgreSQL's xml.c (project notes,
 * extension-style.md §2.5, §3.9, §4.6-4.7):
 *	- the size limit is checked on the raw datum, before it is even detoasted;
 *	- pg_xml_init() installs PostgreSQL's libxml2 error handler (errors are
 *	  collected, never thrown from a callback) and its entity loader that
 *	  returns nothing, and PG_TRY/PG_CATCH frees every libxml2 object and
 *	  calls pg_xml_done() on both paths;
 *	- parse options: XML_PARSE_NONET, no XML_PARSE_NOENT (entities are never
 *	  substituted), no DTD loading or attribute defaulting, no
 *	  XML_PARSE_HUGE (libxml2 keeps its own size and depth limits);
 *	- on top of that two SAX hooks make the outcome independent of the
 *	  libxml2 version: any <!DOCTYPE> stops the parser before its internal
 *	  subset is read (so no entity can be declared: no external entity, no
 *	  external DTD, no billion laughs), and nesting deeper than
 *	  NTRK_REPORT_MAX_DEPTH stops it too;
 *	- errors are raised by ntrk with its own words (the line and element
 *	  where parsing stopped); libxml2's message text never reaches the
 *	  client, since it differs between libxml2 versions.
 *
 * The format readers live in report_f1.c and report_fhir.c.
 */
#include "postgres.h"

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

#include "access/detoast.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/tuplestore.h"
#include "utils/xml.h"

#include "report_xml.h"

#ifndef USE_LIBXML
#error "ntrk's report reader needs a PostgreSQL server built with libxml (USE_LIBXML)"
#endif

PG_FUNCTION_INFO_V1(ntrk_report_alterations);

/* libxml2 parse options; see the file comment for what is left out. */
#define REPORT_PARSE_OPTIONS \
	(XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC)

/* Number of output columns (sql/install/50-report.sql). */
#define REPORT_NCOLUMNS 25

/* Longest piece of a field value quoted back in an error. */
#define ECHO_MAX 60

/* What the SAX hooks refused. */
typedef enum GuardRefusal
{
	REFUSED_NONE = 0,
	REFUSED_DTD,
	REFUSED_DEPTH
} GuardRefusal;

/* An element the parser has opened and not yet closed. */
typedef struct OpenElement
{
	const xmlChar *name;		/* local name, owned by the parser's dict */
	int			line;
} OpenElement;

/*
 * State of the SAX hooks, reached through ctxt->_private.  The stack of open
 * elements lets an error name the element it happened in: the first time a
 * hook sees that libxml2 has reported an error, it notes the element being
 * read (errors inside a start tag, such as an undeclared namespace prefix,
 * are reported before the hook runs); errors that stop the parser are placed
 * by the stack as it was left.
 */
typedef struct ParseGuard
{
	PgXmlErrorContext *errcxt;
	GuardRefusal refused;
	int			refused_line;
	const xmlChar *refused_name;
	bool		seen_root;
	int			depth;
	OpenElement open[NTRK_REPORT_MAX_DEPTH];
	bool		error_noted;	/* first error placed by a hook */
	int			error_line;
	OpenElement error_in;
	startElementNsSAX2Func start;	/* libxml2's SAX2 tree builders */
	endElementNsSAX2Func end;
} ParseGuard;

/* Line of the last error libxml2 reported, or the parser's line. */
static int
error_line(xmlParserCtxtPtr ctxt)
{
	const xmlError *e = xmlCtxtGetLastError(ctxt);

	if (e != NULL && e->line > 0)
		return e->line;
	return ctxt->input != NULL ? ctxt->input->line : 0;
}

/* Note where the first error was seen, if one has just been reported. */
static void
note_error(xmlParserCtxtPtr ctxt, ParseGuard *g, const xmlChar *name, int line)
{
	if (g->error_noted || !pg_xml_error_occurred(g->errcxt))
		return;
	g->error_noted = true;
	g->error_line = error_line(ctxt);
	g->error_in.name = name;
	g->error_in.line = line;
}

/* Current line of the parser, for the hooks. */
static int
parser_line(xmlParserCtxtPtr ctxt)
{
	return ctxt->input != NULL ? ctxt->input->line : 0;
}

/*
 * Line where the start tag being parsed begins.  The SAX hooks run with the
 * parser at the end of the tag (libxml2 numbers elements by that line); a
 * start tag cannot contain '<', so the tag begins at the nearest '<' before
 * the parser's position.  Falls back to the parser's line when the buffer no
 * longer holds the tag's beginning.
 */
static int
tag_start_line(xmlParserCtxtPtr ctxt)
{
	const xmlChar *p;
	int			line;

	if (ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->base == NULL)
		return parser_line(ctxt);
	line = ctxt->input->line;
	for (p = ctxt->input->cur; p > ctxt->input->base;)
	{
		p--;
		if (*p == '<')
			return line;
		if (*p == '\n')
			line--;
	}
	return parser_line(ctxt);
}

/*
 * SAX hook for <!DOCTYPE ...>: called with the name and external ids, before
 * the internal subset is parsed.  Record the refusal and stop the parser, so
 * that no entity declaration is ever read and no external DTD is fetched.
 */
static void
guard_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id,
			  const xmlChar *system_id)
{
	xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr) ctx;
	ParseGuard *g = (ParseGuard *) ctxt->_private;

	if (g->refused == REFUSED_NONE)
	{
		g->refused = REFUSED_DTD;
		g->refused_line = parser_line(ctxt);
		g->refused_name = NULL;
	}
	xmlStopParser(ctxt);
}

/*
 * SAX hook for an element start: refuse nesting beyond the limit (before the
 * node is built), otherwise build it and remember it as open.
 */
static void
guard_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
			const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
			int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr) ctx;
	ParseGuard *g = (ParseGuard *) ctxt->_private;
	int			line;

	if (g->depth >= NTRK_REPORT_MAX_DEPTH)
	{
		if (g->refused == REFUSED_NONE)
		{
			g->refused = REFUSED_DEPTH;
			g->refused_line = tag_start_line(ctxt);
			g->refused_name = localname;
		}
		xmlStopParser(ctxt);
		return;
	}
	line = tag_start_line(ctxt);
	note_error(ctxt, g, localname, line);
	g->start(ctx, localname, prefix, uri, nb_namespaces, namespaces,
			 nb_attributes, nb_defaulted, attributes);
	/* Number the new element by the line its tag starts on. */
	if (ctxt->node != NULL && line > 0 && line < 65535)
		ctxt->node->line = (unsigned short) line;
	g->open[g->depth].name = localname;
	g->open[g->depth].line = line;
	g->depth++;
	g->seen_root = true;
}

/* SAX hook for an element end: close it in the tree and on the stack. */
static void
guard_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		  const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr) ctx;
	ParseGuard *g = (ParseGuard *) ctxt->_private;

	if (g->depth > 0)
		note_error(ctxt, g, g->open[g->depth - 1].name, g->open[g->depth - 1].line);
	g->end(ctx, localname, prefix, uri);
	if (g->depth > 0)
		g->depth--;
}

/* Copy UTF-8 bytes from libxml2 into a palloc'd string in server encoding. */
static char *
utf8_to_server(const xmlChar *s, size_t len)
{
	char	   *copy = pnstrdup((const char *) s, len);

	return pg_any_to_server(copy, (int) len, PG_UTF8);
}

/* Raise the error for a refusal recorded by the SAX hooks. */
static void
report_refusal(const ParseGuard *g)
{
	if (g->refused == REFUSED_DTD)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_XML_DOCUMENT),
				 errmsg("clinical report contains a document type declaration"),
				 errdetail("Line %d: <!DOCTYPE> is refused before it is read, so that no entity can be declared or loaded.",
						   g->refused_line),
				 errhint("Neither report format ntrk reads uses a DTD; remove the <!DOCTYPE> declaration.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_XML_DOCUMENT),
			 errmsg("clinical report is nested too deeply"),
			 errdetail("Element <%s> at line %d would be nested more than %d elements deep.",
					   utf8_to_server(g->refused_name, strlen((const char *) g->refused_name)),
					   g->refused_line, NTRK_REPORT_MAX_DEPTH)));
}

/*
 * Raise the error for a document libxml2 could not parse: the line, and the
 * element the error is in.  libxml2's own message is deliberately left out.
 */
static void
report_malformed(xmlParserCtxtPtr ctxt, const ParseGuard *g)
{
	const OpenElement *in = NULL;
	int			line;
	char	   *where;

	if (g->error_noted)
	{
		in = &g->error_in;
		line = g->error_line;
	}
	else
	{
		line = error_line(ctxt);
		if (g->depth > 0)
			in = &g->open[g->depth - 1];
	}
	if (in != NULL)
		where = psprintf("in element <%s> that starts at line %d",
						 utf8_to_server(in->name, strlen((const char *) in->name)),
						 in->line);
	else if (g->seen_root)
		where = pstrdup("after the root element");
	else
		where = pstrdup("before any element was read");
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_XML_DOCUMENT),
			 errmsg("clinical report is not well-formed XML"),
			 errdetail("The XML is not well-formed near line %d, %s.", line, where),
			 errhint("Check that the file is complete and holds exactly one XML document.")));
}

/* Refuse a report over the documented size limit. */
static void
check_size(Size bytes)
{
	if (bytes > NTRK_REPORT_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("clinical report is too large"),
				 errdetail("The report has %zu bytes; the limit is %d bytes (10 MB).",
						   (size_t) bytes, NTRK_REPORT_MAX_BYTES)));
}

/* Dispatch on the root element to the format reader. */
static void
read_report(xmlDocPtr doc, NtrkReportSink *sink)
{
	xmlNodePtr	root = xmlDocGetRootElement(doc);

	if (root == NULL)
		ntrk_report_unsupported(NULL, "The document has no root element.");
	if (ntrk_xml_is(root, "ResultsReport") || ntrk_xml_is(root, "variant-report"))
		ntrk_report_read_f1(root, sink);
	else if (ntrk_xml_is(root, "Bundle"))
		ntrk_report_read_fhir(root, sink);
	else if (ntrk_xml_is(root, "DiagnosticReport"))
		ntrk_report_read_fhir_report(root, sink);
	else
		ntrk_report_unsupported(root,
								"ntrk reads FoundationOne-style <ResultsReport> or <variant-report> documents and FHIR <Bundle> or <DiagnosticReport> documents.");
}

/*
 * ntrk_report_alterations(report xml | text) -> SETOF (format, ..., line)
 *
 * One C function serves both SQL signatures: an xml datum is text inside.
 * The xml value's own parse (by core) is not reused: the report is parsed
 * again here with ntrk's stricter settings.
 */
Datum
ntrk_report_alterations(PG_FUNCTION_ARGS)
{
	Datum		arg = PG_GETARG_DATUM(0);
	Size		raw = toast_raw_datum_size(arg) - VARHDRSZ;
	text	   *report;
	char	   *utf8;
	int			len;
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	NtrkReportSink sink;
	ParseGuard *guard;
	PgXmlErrorContext *xmlerrcxt;
	volatile xmlParserCtxtPtr ctxt = NULL;
	volatile xmlDocPtr doc = NULL;

	check_size(raw);

	/*
	 * libxml2 gets UTF-8 and is told to ignore the declared encoding.  The
	 * conversion can lengthen the text, so the limit is checked again.
	 */
	report = PG_GETARG_TEXT_PP(0);
	utf8 = text_to_cstring(report);
	utf8 = pg_server_to_any(utf8, strlen(utf8), PG_UTF8);
	len = strlen(utf8);
	check_size(len);

	InitMaterializedSRF(fcinfo, 0);
	sink.store = rsinfo->setResult;
	sink.desc = rsinfo->setDesc;
	sink.nrows = 0;
	if (sink.desc->natts != REPORT_NCOLUMNS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("ntrk_report_alterations must be declared with %d result columns",
						REPORT_NCOLUMNS)));

	guard = palloc0(sizeof(ParseGuard));
	xmlerrcxt = pg_xml_init(PG_XML_STRICTNESS_ALL);
	guard->errcxt = xmlerrcxt;
	PG_TRY();
	{
		ctxt = xmlNewParserCtxt();
		if (ctxt == NULL || pg_xml_error_occurred(xmlerrcxt))
			xml_ereport(xmlerrcxt, ERROR, ERRCODE_OUT_OF_MEMORY,
						"could not allocate parser context");

		guard->start = ctxt->sax->startElementNs;
		guard->end = ctxt->sax->endElementNs;
		ctxt->sax->startElementNs = guard_start;
		ctxt->sax->endElementNs = guard_end;
		ctxt->sax->internalSubset = guard_doctype;
		ctxt->_private = guard;

		doc = xmlCtxtReadMemory(ctxt, utf8, len, NULL, "UTF-8",
								REPORT_PARSE_OPTIONS);
		if (guard->refused != REFUSED_NONE)
			report_refusal(guard);
		if (doc == NULL || !ctxt->wellFormed || pg_xml_error_occurred(xmlerrcxt))
			report_malformed(ctxt, guard);

		read_report(doc, &sink);
	}
	PG_CATCH();
	{
		if (doc != NULL)
			xmlFreeDoc(doc);
		if (ctxt != NULL)
			xmlFreeParserCtxt(ctxt);
		pg_xml_done(xmlerrcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();

	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	pg_xml_done(xmlerrcxt, false);
	return (Datum) 0;
}

/* ---- Rows ---------------------------------------------------------------- */

/* Set a nullable text column. */
static void
put_text(Datum *values, bool *nulls, int col, const char *s)
{
	nulls[col] = (s == NULL);
	if (s != NULL)
		values[col] = CStringGetTextDatum(s);
}

void
ntrk_report_emit(NtrkReportSink *sink, const NtrkReportHeader *h,
				 const NtrkReportRow *r)
{
	Datum		values[REPORT_NCOLUMNS];
	bool		nulls[REPORT_NCOLUMNS];
	const NtrkFusion *f = &r->fusion.fusion;

	memset(nulls, true, sizeof(nulls));
	put_text(values, nulls, 0, h->format);
	put_text(values, nulls, 1, h->report_id);
	put_text(values, nulls, 2, h->sample_id);
	put_text(values, nulls, 3, h->specimen);
	put_text(values, nulls, 4, h->test_name);
	if (h->has_collection_date)
	{
		values[5] = DateADTGetDatum(h->collection_date);
		nulls[5] = false;
	}
	if (h->has_report_date)
	{
		values[6] = DateADTGetDatum(h->report_date);
		nulls[6] = false;
	}
	put_text(values, nulls, 7, r->alteration);
	put_text(values, nulls, 8, r->gene);
	if (r->has_fusion)
	{
		values[9] = ntrk_fusion_encode(f);
		nulls[9] = false;
		values[10] = BoolGetDatum((f->flags & NTRK_FLAG_ORDER_UNGUARANTEED) != 0);
		nulls[10] = false;
		if (f->p5.exon != 0)
		{
			values[11] = Int32GetDatum(f->p5.exon);
			nulls[11] = false;
		}
		if (f->p3.exon != 0)
		{
			values[12] = Int32GetDatum(f->p3.exon);
			nulls[12] = false;
		}
		if (r->fusion.intron5 != 0)
		{
			values[13] = Int32GetDatum(r->fusion.intron5);
			nulls[13] = false;
		}
		if (r->fusion.intron3 != 0)
		{
			values[14] = Int32GetDatum(r->fusion.intron3);
			nulls[14] = false;
		}
	}
	put_text(values, nulls, 15, r->reading_frame);
	put_text(values, nulls, 16, r->protein_change);
	put_text(values, nulls, 17, r->dna_change);
	put_text(values, nulls, 18, r->transcript);
	if (r->has_allele_fraction)
	{
		values[19] = Float8GetDatum(r->allele_fraction);
		nulls[19] = false;
	}
	if (r->has_copy_number)
	{
		values[20] = Float8GetDatum(r->copy_number);
		nulls[20] = false;
	}
	put_text(values, nulls, 21, r->effect);
	put_text(values, nulls, 22, r->status);
	put_text(values, nulls, 23, ntrk_xml_path(r->element));
	values[24] = Int32GetDatum(ntrk_xml_line(r->element));
	nulls[24] = false;

	tuplestore_putvalues(sink->store, sink->desc, values, nulls);
	sink->nrows++;
}

/* ---- DOM helpers ----------------------------------------------------------- */

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
	xmlNodePtr	c;

	for (c = node ? node->children : NULL; c != NULL; c = c->next)
		if (ntrk_xml_is(c, local))
			return c;
	return NULL;
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
	return utf8_to_server((const xmlChar *) buf.data + start, end - start);
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
	appendStringInfoString(buf, utf8_to_server(node->name,
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
					utf8_to_server(node->name, strlen((const char *) node->name)),
					ntrk_xml_line(node), ntrk_xml_path(node));
}

void
ntrk_report_bad_value(xmlNodePtr node, const char *field, const char *value,
					  const char *expected)
{
	char	   *what = field != NULL
		? psprintf("\"%s\" of element %s", field, describe_element(node))
		: psprintf("The text of element %s", describe_element(node));

	if (value == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid value in clinical report"),
				 errdetail("%s is missing; expected %s.", what, expected)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid value in clinical report"),
			 errdetail("%s is \"%.*s%s\"; expected %s.",
					   what, pg_mbcliplen(value, strlen(value), ECHO_MAX), value,
					   strlen(value) > ECHO_MAX ? "..." : "", expected)));
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
ntrk_report_gene(xmlNodePtr node, const char *field, const char *value)
{
	char		sym[NTRK_SYMBOL_MAX + 1];
	bool		listed;

	if (value == NULL)
		return NULL;
	if (!ntrk_gene_normalise(value, strlen(value), sym, &listed))
		ntrk_report_bad_value(node, field, value, "a gene symbol");
	return pstrdup(sym);
}

double
ntrk_report_number(xmlNodePtr node, const char *field, const char *value,
				   double min, double max)
{
	double		v;

	if (!ntrk_report_decimal(value, strlen(value), &v) || v < min || v > max)
		ntrk_report_bad_value(node, field, value,
							  max < 1e300 ? psprintf("a number from %g to %g", min, max)
							  : psprintf("a number of at least %g", min));
	return v;
}

bool
ntrk_report_date_value(xmlNodePtr node, const char *field, const char *value,
					   DateADT *out)
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
	ntrk_report_bad_value(node, field, value,
						  "an ISO 8601 date (YYYY-MM-DD, optionally with a time)");
}

void
ntrk_report_fusion_value(xmlNodePtr node, const char *first, const char *second,
						 const char *const *texts, int ntexts,
						 bool trust_reversal, NtrkReportRow *row)
{
	size_t	   *lens = palloc0(sizeof(size_t) * (ntexts > 0 ? ntexts : 1));
	NtrkParseError err;
	int			i;

	for (i = 0; i < ntexts; i++)
		lens[i] = texts[i] != NULL ? strlen(texts[i]) : 0;
	if (!ntrk_report_fusion(first, first ? strlen(first) : 0,
							second, second ? strlen(second) : 0,
							texts, lens, ntexts, trust_reversal,
							&row->fusion, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid fusion in clinical report"),
				 errdetail("%s Found in element %s.", err.detail, describe_element(node))));
	row->has_fusion = true;
}
