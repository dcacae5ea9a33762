/*
 * report_f1.c
 *		Reader of FoundationOne-style XML reports: a <ResultsReport> wrapping
 *		a <variant-report>, or a bare <variant-report>.
 *
 * Elements are matched by local name in any namespace, because the same
 * content comes both namespaced (rr:ResultsReport, a default namespace on
 * variant-report) and without namespaces.  What is read (README,
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

#include "report_xml.h"

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
	{
		row->allele_fraction = ntrk_report_number(node, "allele-fraction", af, 0, 1);
		row->has_allele_fraction = true;
	}
}

/* A gene attribute that must be present. */
static char *
required_gene(xmlNodePtr node, const char *field)
{
	char	   *v = ntrk_xml_attr(node, field, true);

	if (v == NULL)
		ntrk_report_bad_value(node, field, NULL, "a gene symbol");
	return ntrk_report_gene(node, field, v);
}

/* <short-variant gene protein-effect cds-effect transcript allele-fraction ...> */
static void
read_short_variant(xmlNodePtr node, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	NtrkReportRow row = {0};

	row.alteration = "short variant";
	row.element = node;
	row.gene = required_gene(node, "gene");
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
	NtrkReportRow row = {0};
	char	   *cn;

	row.alteration = "copy number";
	row.element = node;
	row.gene = required_gene(node, "gene");
	cn = ntrk_xml_attr(node, "copy-number", true);
	if (cn != NULL)
	{
		row.copy_number = ntrk_report_number(node, "copy-number", cn, 0, 1e300);
		row.has_copy_number = true;
	}
	row.effect = ntrk_xml_attr(node, "type", true);
	row.status = ntrk_xml_attr(node, "status", true);
	ntrk_report_emit(sink, h, &row);
}

/*
 * <rearrangement targeted-gene other-gene description type in-frame ...>
 *
 * The targeted gene is listed first whatever its side, so the listing says
 * nothing about 5'->3' order; the description may (report_fields.h).
 */
static void
read_rearrangement(xmlNodePtr node, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	NtrkReportRow row = {0};
	char	   *targeted = ntrk_xml_attr(node, "targeted-gene", true);
	char	   *other = ntrk_xml_attr(node, "other-gene", true);
	const char *texts[1];
	char	   *frame;
	uint8		kind;

	row.element = node;
	texts[0] = ntrk_xml_attr(node, "description", true);
	ntrk_report_fusion_value(node, targeted, other, texts, 1, true, &row);
	row.gene = ntrk_report_gene(node, "targeted-gene", targeted);
	row.effect = ntrk_xml_attr(node, "type", true);
	kind = row.fusion.fusion.kind;
	row.alteration = (kind == NTRK_KIND_CHIMERIC ||
					  (kind == NTRK_KIND_UNKNOWN_PARTNER && attr_is(row.effect, "fusion")))
		? "fusion" : "rearrangement";
	frame = ntrk_xml_attr(node, "in-frame", true);
	if (frame != NULL &&
		!ntrk_report_frame(frame, strlen(frame), &row.reading_frame))
		ntrk_report_bad_value(node, "in-frame", frame, "Yes, No or Unknown");
	read_allele_fraction(node, &row);
	row.status = ntrk_xml_attr(node, "status", true);
	ntrk_report_emit(sink, h, &row);
}

/* The report-level fields of one variant-report. */
static void
read_header(xmlNodePtr vr, xmlNodePtr final_report, NtrkReportHeader *h)
{
	xmlNodePtr	sample = ntrk_xml_child(ntrk_xml_child(vr, "samples"), "sample");
	xmlNodePtr	coll = ntrk_xml_child(ntrk_xml_child(final_report, "PMI"), "CollDate");
	char	   *date;

	memset(h, 0, sizeof(*h));
	h->format = "foundationone";
	h->report_id = ntrk_xml_attr(vr, "test-request", true);
	h->specimen = ntrk_xml_attr(vr, "specimen", true);
	h->sample_id = ntrk_xml_attr(sample, "name", true);
	h->test_name = ntrk_xml_content(ntrk_xml_child(ntrk_xml_child(final_report, "Sample"),
												   "TestType"));
	if (h->test_name == NULL)
		h->test_name = ntrk_xml_attr(vr, "test-type", true);
	date = ntrk_xml_content(coll);
	if (date != NULL)
		h->has_collection_date = ntrk_report_date_value(coll, NULL, date,
														&h->collection_date);
}

/* Read the alteration lists of one variant-report. */
static void
read_variant_report(xmlNodePtr vr, xmlNodePtr final_report, NtrkReportSink *sink)
{
	NtrkReportHeader h;
	xmlNodePtr	n;

	read_header(vr, final_report, &h);
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

void
ntrk_report_read_f1(xmlNodePtr root, NtrkReportSink *sink)
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
