/*
 * report_f1.c
 *		Reader of FoundationOne-style XML reports: a <ResultsReport> wrapping
 *		a <variant-report>, or a bare <variant-report>.
 *
 * Elements are matched by local name in any namespace, because the same
 * content comes both namespaced (rr:ResultsReport, a default namespace on
 * variant-report) and without namespaces.  What is read (docs/reports.md,
 * "FoundationOne-style XML"):
 *	ResultsReport/ResultsPayload/FinalReport/Sample/TestType	test name
 *	ResultsReport/ResultsPayload/FinalReport/PMI/CollDate		collection date
 *	variant-report @test-request @specimen @test-type			report id, specimen,
 *																test name (fallback)
 *	variant-report/samples/sample[1] @name						sample id
 *	short-variants/short-variant, copy-number-alterations/copy-number-alteration,
 *	rearrangements/rearrangement								one row each
 * Everything else (biomarkers, quality control, ...) is skipped.
 */
#include "postgres.h"

#include "report_readers.h"
#include "report_rows.h"

/* Does the attribute hold this word, case-insensitively? */
static bool
attr_is(const char *value, const char *word)
{
	return value != NULL && pg_strcasecmp(value, word) == 0;
}

/* Allele fraction attribute, when present: a number from 0 to 1. */
static void
read_allele_fraction(xmlNodePtr node, NtrkReportRow *row)
{
	char	   *af = ntrk_xml_attr(node, "allele-fraction", true);

	if (af != NULL)
		row->has_allele_fraction = ntrk_report_number(&row->log, node, "allele-fraction",
													  af, 0, 1, &row->allele_fraction);
}

/* A gene attribute that must be present; NULL (logged) when it is not. */
static char *
required_gene(NtrkReportRow *row, xmlNodePtr node, const char *field)
{
	char	   *v = ntrk_xml_attr(node, field, true);

	if (v == NULL)
	{
		ntrk_report_bad_value(&row->log, node, field, NULL, "a gene symbol");
		return NULL;
	}
	return ntrk_report_gene(&row->log, node, field, v);
}

/* <short-variant gene protein-effect cds-effect transcript allele-fraction ...> */
static void
read_short_variant(xmlNodePtr node, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	NtrkReportRow row;

	ntrk_report_row_init(&row, sink, node);
	row.alteration = "short variant";
	row.gene = required_gene(&row, node, "gene");
	row.protein_change = ntrk_xml_attr(node, "protein-effect", true);
	row.dna_change = ntrk_xml_attr(node, "cds-effect", true);
	row.transcript = ntrk_xml_attr(node, "transcript", true);
	read_allele_fraction(node, &row);
	row.effect = ntrk_xml_attr(node, "functional-effect", true);
	row.status = ntrk_xml_attr(node, "status", true);
	ntrk_report_emit(sink, h, &row);
}

/* <copy-number-alteration gene type copy-number ratio status> */
static void
read_copy_number(xmlNodePtr node, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	NtrkReportRow row;
	char	   *cn;

	ntrk_report_row_init(&row, sink, node);
	row.alteration = "copy number";
	row.gene = required_gene(&row, node, "gene");
	cn = ntrk_xml_attr(node, "copy-number", true);
	if (cn != NULL)
		row.has_copy_number = ntrk_report_number(&row.log, node, "copy-number", cn,
												 0, 1e300, &row.copy_number);
	row.effect = ntrk_xml_attr(node, "type", true);
	row.status = ntrk_xml_attr(node, "status", true);
	ntrk_report_emit(sink, h, &row);
}

/*
 * <rearrangement targeted-gene other-gene description type in-frame ...>
 *
 * The targeted gene is listed first whatever its side, so the listing says
 * nothing about 5'->3' order; the description may (report_fields.h).  When
 * the genes cannot make a fusion, the row keeps the targeted gene (if it is
 * a symbol) without a fusion value, and the report's own type decides
 * whether it is called a fusion.
 */
static void
read_rearrangement(xmlNodePtr node, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	NtrkReportRow row;
	char	   *targeted = ntrk_xml_attr(node, "targeted-gene", true);
	char	   *other = ntrk_xml_attr(node, "other-gene", true);
	const char *texts[1];
	char	   *frame;
	uint8		kind;

	ntrk_report_row_init(&row, sink, node);
	texts[0] = ntrk_xml_attr(node, "description", true);
	row.has_fusion = ntrk_report_fusion_value(&row.log, node, targeted, other,
											  texts, 1, true, &row.fusion);
	if (row.has_fusion)
		row.gene = ntrk_report_gene(&row.log, node, "targeted-gene", targeted);
	else
	{
		/* the problem is logged once, by the fusion */
		NtrkFieldLog quiet = {false, NIL};

		row.gene = ntrk_report_gene(&quiet, node, "targeted-gene", targeted);
	}
	row.effect = ntrk_xml_attr(node, "type", true);
	kind = row.fusion.fusion.kind;
	if (row.has_fusion)
		row.alteration = (kind == NTRK_KIND_CHIMERIC ||
						  (kind == NTRK_KIND_UNKNOWN_PARTNER && attr_is(row.effect, "fusion")))
			? "fusion" : "rearrangement";
	else
		row.alteration = attr_is(row.effect, "fusion") ? "fusion" : "rearrangement";
	frame = ntrk_xml_attr(node, "in-frame", true);
	if (frame != NULL)
		ntrk_report_frame_value(&row.log, node, "in-frame", frame, &row.reading_frame);
	read_allele_fraction(node, &row);
	row.status = ntrk_xml_attr(node, "status", true);
	ntrk_report_emit(sink, h, &row);
}

/* The report-level fields of one variant-report. */
static void
read_header(xmlNodePtr vr, xmlNodePtr final_report, const NtrkReportSink *sink,
			NtrkReportHeader *h)
{
	xmlNodePtr	sample = ntrk_xml_child(ntrk_xml_child(vr, "samples"), "sample");
	xmlNodePtr	coll = ntrk_xml_child(ntrk_xml_child(final_report, "PMI"), "CollDate");
	char	   *date;

	ntrk_report_header_init(h, sink, "foundationone");
	h->report_id = ntrk_xml_attr(vr, "test-request", true);
	h->specimen = ntrk_xml_attr(vr, "specimen", true);
	h->sample_id = ntrk_xml_attr(sample, "name", true);
	h->test_name = ntrk_xml_content(ntrk_xml_child(ntrk_xml_child(final_report, "Sample"),
												   "TestType"));
	if (h->test_name == NULL)
		h->test_name = ntrk_xml_attr(vr, "test-type", true);
	date = ntrk_xml_content(coll);
	if (date != NULL)
		h->has_collection_date = ntrk_report_date_value(&h->log, coll, NULL, date,
														&h->collection_date);
}

/* Read the alteration lists of one variant-report. */
static void
read_variant_report(xmlNodePtr vr, xmlNodePtr final_report, NtrkReportSink *sink)
{
	NtrkReportHeader h;
	xmlNodePtr	n;

	read_header(vr, final_report, sink, &h);
	for (n = ntrk_xml_child(ntrk_xml_child(vr, "short-variants"), "short-variant");
		 n != NULL; n = ntrk_xml_next(n, "short-variant"))
		read_short_variant(n, &h, sink);
	for (n = ntrk_xml_child(ntrk_xml_child(vr, "copy-number-alterations"),
							"copy-number-alteration");
		 n != NULL; n = ntrk_xml_next(n, "copy-number-alteration"))
		read_copy_number(n, &h, sink);
	for (n = ntrk_xml_child(ntrk_xml_child(vr, "rearrangements"), "rearrangement");
		 n != NULL; n = ntrk_xml_next(n, "rearrangement"))
		read_rearrangement(n, &h, sink);
}

/*
 * Find an element that is a child or a grandchild of root (the payload
 * wrapper sits between them), starting after "after" when given.
 */
static xmlNodePtr
find_near(xmlNodePtr root, const char *local, xmlNodePtr after)
{
	xmlNodePtr	c;
	bool		passed = (after == NULL);

	for (c = ntrk_xml_first_element(root); c != NULL; c = c->next)
	{
		xmlNodePtr	g;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (ntrk_xml_is(c, local))
		{
			if (passed)
				return c;
			if (c == after)
				passed = true;
			continue;
		}
		for (g = ntrk_xml_first_element(c); g != NULL; g = g->next)
		{
			if (!ntrk_xml_is(g, local))
				continue;
			if (passed)
				return g;
			if (g == after)
				passed = true;
		}
	}
	return NULL;
}

/* A <ResultsReport> (one or more variant-reports) or a bare <variant-report>. */
static void
read_f1(xmlNodePtr root, NtrkReportSink *sink)
{
	xmlNodePtr	final_report;
	xmlNodePtr	vr;

	if (ntrk_xml_is(root, "variant-report"))
	{
		read_variant_report(root, NULL, sink);
		return;
	}
	final_report = find_near(root, "FinalReport", NULL);
	vr = find_near(root, "variant-report", NULL);
	if (vr == NULL)
		ntrk_report_unsupported(root, "<ResultsReport> contains no <variant-report> element.");
	for (; vr != NULL; vr = find_near(root, "variant-report", vr))
		read_variant_report(vr, final_report, sink);
}

/* The root elements of a FoundationOne-style report. */
static bool
accepts_f1(xmlNodePtr root)
{
	return ntrk_xml_is(root, "ResultsReport") || ntrk_xml_is(root, "variant-report");
}

const NtrkReportReader ntrk_report_reader_f1 = {
	.name = "FoundationOne-style <ResultsReport> or <variant-report>",
	.accepts = accepts_f1,
	.read = read_f1
};
