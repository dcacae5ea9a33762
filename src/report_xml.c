/*
 * report_xml.c
 *		ntrk_report_alterations(report xml | text): parse a clinical genomic
 *		report with libxml2, safely, and return one row per alteration.
 *
 * Safety follows core PostgreSQL's own XML support (src/backend/utils/adt/xml.c):
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
 * Layers, each using only the ones below it:
 *	report_xml.c		this entry point: size limit, safe parse, then the
 *						first reader of the table that accepts the root
 *	report_readers.c	the table of format readers
 *	report_f1.c, report_fhir.c	one reader per format
 *	report_rows.c		the row layout and emission
 *	report_dom.c		tree walking and field conversions
 *	core/report_fields.c	pure-C meaning of field text
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

#include "report_readers.h"

#ifndef USE_LIBXML
#error "ntrk's report reader needs a PostgreSQL server built with libxml (USE_LIBXML)"
#endif

PG_FUNCTION_INFO_V1(ntrk_report_alterations);

/* libxml2 parse options; see the file comment for what is left out. */
#define REPORT_PARSE_OPTIONS \
	(XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC)

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
					   ntrk_xml_to_server(g->refused_name, strlen((const char *) g->refused_name)),
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
						 ntrk_xml_to_server(in->name, strlen((const char *) in->name)),
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

/*
 * Hand the root element to the first reader of the table that accepts it;
 * the error for a root no reader takes lists what the readers take.
 */
static void
read_report(xmlDocPtr doc, NtrkReportSink *sink)
{
	xmlNodePtr	root = xmlDocGetRootElement(doc);
	StringInfoData known;
	int			i;

	if (root == NULL)
		ntrk_report_unsupported(NULL, "The document has no root element.");
	for (i = 0; ntrk_report_readers[i] != NULL; i++)
	{
		if (ntrk_report_readers[i]->accepts(root))
		{
			ntrk_report_readers[i]->read(root, sink);
			return;
		}
	}
	initStringInfo(&known);
	appendStringInfoString(&known, "ntrk reads ");
	for (i = 0; ntrk_report_readers[i] != NULL; i++)
		appendStringInfo(&known, "%s%s documents",
						 i == 0 ? "" : ntrk_report_readers[i + 1] == NULL ? " and " : ", ",
						 ntrk_report_readers[i]->name);
	appendStringInfoChar(&known, '.');
	ntrk_report_unsupported(root, known.data);
}

/*
 * ntrk_report_alterations(report xml | text, strict boolean)
 *		-> SETOF (format, ..., source_line, warnings)
 *
 * One C function serves both SQL signatures: an xml datum is text inside.
 * The xml value's own parse (by core) is not reused: the report is parsed
 * again here with ntrk's stricter settings.
 *
 * strict: a field that cannot be read is an error (22P02) instead of a NULL
 * plus a warning.  Errors about the whole document (size, DTD, depth, not
 * XML, not a report) are raised either way.  ntrk 1.0's declaration (one
 * argument, no warnings column), still in the catalog between installing
 * this library and ALTER EXTENSION UPDATE, reads strictly as 1.0 did.
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
	sink.strict = PG_NARGS() < 2 || PG_GETARG_BOOL(1);
	if (sink.desc->natts != NTRK_REPORT_NCOLUMNS &&
		!(sink.desc->natts == NTRK_REPORT_NCOLUMNS_1_0 && PG_NARGS() == 1))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("ntrk_report_alterations must be declared with %d result columns",
						NTRK_REPORT_NCOLUMNS)));

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
