/*
 * report_fhir.c
 *		Reader of HL7 FHIR R4 genomics reports in XML: a <Bundle> holding one
 *		DiagnosticReport and its variant Observations, or a DiagnosticReport
 *		on its own with its Observations contained.
 *
 * FHIR XML keeps every primitive in a value="" attribute and lives in the
 * namespace http://hl7.org/fhir (a Bundle without a namespace is read too).
 * The codes read are those of the HL7 genomics-reporting profile Variant
 * (its FSH source, input/fsh/CGFindings.fsh; docs/reports.md lists them):
 *	Observation.code 69548-6 "Genetic variant assessment"	a variant
 *	value LA9634-2 "Absent"									skipped
 *	component 48018-6 "Gene studied [ID]"					gene (HGNC display),
 *															two of them: a fusion
 *	component 48005-3 "Amino acid change (pHGVS)"			protein change
 *	component 48004-6 "DNA change (c.HGVS)"					DNA change
 *	component 81290-9 "Genomic DNA change (gHGVS)"			DNA change (fallback)
 *	component 81258-6 "Sample variant allelic frequency"	allele fraction
 *	component 82155-3 "Genomic structural variant copy number"	copy number
 *	component 48019-4 "DNA change type" (Sequence Ontology)	effect; SO:0001565
 *		gene_fusion / SO:0001886 transcript_fusion mark a fusion, SO:0001019
 *		copy_number_variation / SO:0001742 gain / SO:0001743 loss a copy number
 *	component 51958-7 "Transcript reference sequence [ID]"	transcript
 *	component 81252-9 "Discrete genetic variant" (variation code)	a
 *		description of the event ("ROS1 Fusion")
 *	component molecular-consequence (genomics-reporting 2.0 tbd-codes-cs, as
 *		mCODE uses it)										like a change type
 * Other Observations (implications, TMB, MSI, ...) and other components are
 * skipped: unknown codes are never an error.  One gene studied with a note,
 * DNA change or variation code naming its fusion with another gene
 * ("ETV6-NTRK3 fusion") or with no partner ("ROS1 Fusion") is a fusion too.
 * A field that cannot be read (no gene studied, an unknown unit, ...) is
 * logged (report_dom.h): a warning, or an error when reading strictly.  The 5'->3' order of a fusion is
 * taken from a fusion name in the Observation's note or DNA change
 * components when one is written in a notation that guarantees it
 * ("ETV6(e5)::NTRK3(e15)"); otherwise the gene-studied components are kept in
 * document order and flagged order-not-guaranteed.
 */
#include "postgres.h"

#include "report_readers.h"
#include "report_rows.h"

#define FHIR_NAMESPACE		"http://hl7.org/fhir"
#define LOINC_SYSTEM		"http://loinc.org"

#define LOINC_VARIANT		"69548-6"
#define LOINC_GENE			"48018-6"
#define LOINC_PROTEIN		"48005-3"
#define LOINC_CDNA			"48004-6"
#define LOINC_GDNA			"81290-9"
#define LOINC_ALLELE_FREQ	"81258-6"
#define LOINC_COPY_NUMBER	"82155-3"
#define LOINC_CHANGE_TYPE	"48019-4"
#define LOINC_TRANSCRIPT	"51958-7"
#define LOINC_VARIATION		"81252-9"
#define LOINC_ABSENT		"LA9634-2"

/* Code system of the genomics-reporting codes that have no LOINC yet. */
#define TBD_SYSTEM			"http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"
#define TBD_CONSEQUENCE		"molecular-consequence"

/* Most gene-studied components one Observation may carry. */
#define MAX_GENES 2

/* Everything read from one variant Observation's components. */
typedef struct VariantParts
{
	char	   *genes[MAX_GENES];
	int			ngenes;
	char	   *protein;
	char	   *cdna;
	char	   *gdna;
	char	   *transcript;
	char	   *variation;		/* variation code: an id or a text such as
								 * "ROS1 Fusion" */
	char	   *change_type;
	bool		fusion_type;
	bool		copy_number_type;
	bool		extra_genes;	/* more than MAX_GENES were given */
	int			gene_components;	/* gene-studied components, usable or not */
	xmlNodePtr	allele_freq;	/* the component, read once classified */
	xmlNodePtr	copy_number;
} VariantParts;

/* value="" of a child element, NULL when absent or blank. */
static char *
child_value(xmlNodePtr node, const char *child)
{
	return ntrk_xml_attr(ntrk_xml_child(node, child), "value", true);
}

/* Does a CodeableConcept hold this code (in this system, when given)? */
static bool
has_code(xmlNodePtr cc, const char *system, const char *code)
{
	xmlNodePtr	c;

	for (c = ntrk_xml_child(cc, "coding"); c != NULL; c = ntrk_xml_next(c, "coding"))
	{
		char	   *v = child_value(c, "code");
		char	   *s = child_value(c, "system");

		if (v != NULL && strcmp(v, code) == 0 &&
			(system == NULL || (s != NULL && strcmp(s, system) == 0)))
			return true;
	}
	return false;
}

/* The LOINC code of a CodeableConcept, or NULL. */
static char *
loinc_code(xmlNodePtr cc)
{
	xmlNodePtr	c;

	for (c = ntrk_xml_child(cc, "coding"); c != NULL; c = ntrk_xml_next(c, "coding"))
	{
		char	   *s = child_value(c, "system");

		if (s != NULL && strcmp(s, LOINC_SYSTEM) == 0)
			return child_value(c, "code");
	}
	return NULL;
}

/*
 * A human label of a CodeableConcept: the first coding's display, else the
 * text, else the first code.
 */
static char *
cc_label(xmlNodePtr cc)
{
	xmlNodePtr	coding = ntrk_xml_child(cc, "coding");
	char	   *v = child_value(coding, "display");

	if (v == NULL)
		v = child_value(cc, "text");
	if (v == NULL)
		v = child_value(coding, "code");
	return v;
}

/*
 * A notation held in a CodeableConcept (HGVS strings are codes): the first
 * coding's code, else its display, else the text.
 */
static char *
cc_notation(xmlNodePtr cc)
{
	xmlNodePtr	coding = ntrk_xml_child(cc, "coding");
	char	   *v = child_value(coding, "code");

	if (v == NULL)
		v = child_value(coding, "display");
	if (v == NULL)
		v = child_value(cc, "text");
	return v;
}

/* A component's value as a string: valueCodeableConcept or valueString. */
static char *
component_notation(xmlNodePtr comp)
{
	xmlNodePtr	cc = ntrk_xml_child(comp, "valueCodeableConcept");

	return cc != NULL ? cc_notation(cc) : child_value(comp, "valueString");
}

/* Is this Sequence Ontology code one of the listed ones? */
static bool
so_code_in(xmlNodePtr cc, const char *const *codes)
{
	int			i;

	for (i = 0; codes[i] != NULL; i++)
		if (has_code(cc, NULL, codes[i]))
			return true;
	return false;
}

/*
 * Sort the components of a variant Observation into parts.  A gene-studied
 * component without a symbol, or beyond the second, is logged and left out.
 */
static void
read_components(NtrkFieldLog *log, xmlNodePtr obs, VariantParts *p)
{
	static const char *const fusion_so[] = {"SO:0001565", "SO:0001886", NULL};
	static const char *const cn_so[] = {"SO:0001019", "SO:0001742", "SO:0001743", NULL};
	xmlNodePtr	comp;

	memset(p, 0, sizeof(*p));
	for (comp = ntrk_xml_child(obs, "component"); comp != NULL;
		 comp = ntrk_xml_next(comp, "component"))
	{
		char	   *code = loinc_code(ntrk_xml_child(comp, "code"));
		xmlNodePtr	cc = ntrk_xml_child(comp, "valueCodeableConcept");

		/*
		 * A molecular consequence (genomics-reporting 2.0, as mCODE uses it)
		 * classifies like a change type; a change type's label wins.
		 */
		if (code == NULL && cc != NULL &&
			has_code(ntrk_xml_child(comp, "code"), TBD_SYSTEM, TBD_CONSEQUENCE))
		{
			if (p->change_type == NULL)
				p->change_type = cc_label(cc);
			p->fusion_type |= so_code_in(cc, fusion_so);
			p->copy_number_type |= so_code_in(cc, cn_so);
			continue;
		}
		if (code == NULL)
			continue;
		if (strcmp(code, LOINC_GENE) == 0)
		{
			char	   *g = cc != NULL ? child_value(ntrk_xml_child(cc, "coding"), "display") : NULL;

			p->gene_components++;

			if (g == NULL)
				g = child_value(cc, "text");
			if (g == NULL)
				ntrk_report_bad_value(log, comp, "gene studied (LOINC 48018-6)", NULL,
									  "a gene symbol as coding display or text");
			else if (p->ngenes == MAX_GENES)
			{
				ntrk_report_bad_value(log, comp, "gene studied (LOINC 48018-6)", g,
									  "at most two genes per observation");
				p->extra_genes = true;
			}
			else
				p->genes[p->ngenes++] = g;
		}
		else if (strcmp(code, LOINC_PROTEIN) == 0)
			p->protein = component_notation(comp);
		else if (strcmp(code, LOINC_CDNA) == 0)
			p->cdna = component_notation(comp);
		else if (strcmp(code, LOINC_GDNA) == 0)
			p->gdna = component_notation(comp);
		else if (strcmp(code, LOINC_TRANSCRIPT) == 0)
			p->transcript = component_notation(comp);
		else if (strcmp(code, LOINC_VARIATION) == 0)
			p->variation = component_notation(comp);
		else if (strcmp(code, LOINC_ALLELE_FREQ) == 0)
			p->allele_freq = comp;
		else if (strcmp(code, LOINC_COPY_NUMBER) == 0)
			p->copy_number = comp;
		else if (strcmp(code, LOINC_CHANGE_TYPE) == 0 && cc != NULL)
		{
			p->change_type = cc_label(cc);
			p->fusion_type |= so_code_in(cc, fusion_so);
			p->copy_number_type |= so_code_in(cc, cn_so);
		}
	}
}

/*
 * A percentage as a fraction, read from its decimal text shifted by two
 * places ("78.6" as 78.6e-2) so that it is the double nearest to the
 * decimal fraction (0.786), which dividing by 100 does not always give.
 */
static double
percent_to_fraction(const char *text, double percent)
{
	double		v;
	char	   *shifted;

	if (strpbrk(text, "eE") != NULL)
		return percent / 100.0;
	shifted = psprintf("%se-2", text);
	if (!ntrk_report_decimal(shifted, strlen(shifted), &v))
		return percent / 100.0;
	return v;
}

/*
 * A numeric component: valueQuantity or valueInteger.  A fraction may be
 * given in percent (divided by 100) or as a dimensionless number; a copy
 * number as a dimensionless number or a count of copies.  The unit is the
 * UCUM code, else the free-text unit.  Returns false when it has no usable
 * value (an unknown unit is logged).
 */
static bool
component_number(NtrkFieldLog *log, xmlNodePtr comp, const char *field,
				 bool fraction, double *out)
{
	xmlNodePtr	q = ntrk_xml_child(comp, "valueQuantity");
	char	   *v = q != NULL ? child_value(q, "value") : child_value(comp, "valueInteger");
	char	   *unit;
	NtrkReportUnit kind;

	if (v == NULL)
		return false;
	unit = child_value(q, "code");
	if (unit == NULL)
		unit = child_value(q, "unit");
	kind = unit != NULL ? ntrk_report_unit(unit, strlen(unit)) : NTRK_UNIT_NONE;
	if (kind == NTRK_UNIT_UNKNOWN ||
		(fraction && kind == NTRK_UNIT_COPIES) ||
		(!fraction && kind == NTRK_UNIT_PERCENT))
	{
		ntrk_report_bad_value(log, ntrk_xml_child(q, "code") != NULL
							  ? ntrk_xml_child(q, "code") : ntrk_xml_child(q, "unit"),
							  "value", unit,
							  fraction ? psprintf("the unit of %s: %%, 1 or none", field)
							  : psprintf("the unit of %s: 1, {copies} or none", field));
		return false;
	}
	if (kind == NTRK_UNIT_PERCENT)
	{
		if (!ntrk_report_number(log, comp, field, v, 0, 100, out))
			return false;
		*out = percent_to_fraction(v, *out);
		return true;
	}
	if (fraction)
		return ntrk_report_number(log, comp, field, v, 0, 1, out);
	return ntrk_report_number(log, comp, field, v, 0, 1e300, out);
}

/* One variant Observation -> one row. */
static void
read_variant(xmlNodePtr obs, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	NtrkReportRow row;
	VariantParts p;
	const char *texts[4];
	size_t		lens[4];
	int			i;

	ntrk_report_row_init(&row, sink, obs);
	read_components(&row.log, obs, &p);
	/* a gene-studied component without a symbol was logged already */
	if (p.gene_components == 0)
		ntrk_report_bad_value(&row.log, obs, "gene studied (LOINC 48018-6)", NULL,
							  "a gene-studied component");
	row.gene = ntrk_report_gene(&row.log, obs, "gene studied (LOINC 48018-6)", p.genes[0]);
	row.protein_change = p.protein;
	row.dna_change = p.cdna != NULL ? p.cdna : p.gdna;
	row.transcript = p.transcript;
	row.effect = p.change_type;
	row.status = child_value(obs, "status");
	texts[0] = child_value(ntrk_xml_child(obs, "note"), "text");
	texts[1] = p.cdna;
	texts[2] = p.gdna;
	texts[3] = p.variation;
	for (i = 0; i < 4; i++)
		lens[i] = texts[i] != NULL ? strlen(texts[i]) : 0;

	/*
	 * A fusion: coded as one, two genes studied, or one gene studied with a
	 * description naming its fusion, with another gene or with no partner
	 * ("ROS1 Fusion").
	 */
	if (p.fusion_type || p.ngenes == 2 ||
		(row.gene != NULL &&
		 (ntrk_report_names_fusion(row.gene, strlen(row.gene), texts, lens, 4) ||
		  ntrk_report_names_partnerless(row.gene, strlen(row.gene), texts, lens, 4))))
	{
		/* without a gene, or with too many, there is no fusion value to build */
		if (p.ngenes > 0 && !p.extra_genes)
			row.has_fusion = ntrk_report_fusion_value(&row.log, obs, p.genes[0],
													  p.ngenes == 2 ? p.genes[1] : NULL,
													  texts, 4, false, &row.fusion);
		row.alteration = row.has_fusion &&
			row.fusion.fusion.kind == NTRK_KIND_INTRAGENIC
			? "rearrangement" : "fusion";
	}
	else if (p.copy_number_type || p.copy_number != NULL)
		row.alteration = "copy number";
	else
		row.alteration = "short variant";
	if (p.allele_freq != NULL)
		row.has_allele_fraction = component_number(&row.log, p.allele_freq,
												   "allelic frequency (LOINC 81258-6)",
												   true, &row.allele_fraction);
	if (p.copy_number != NULL)
		row.has_copy_number = component_number(&row.log, p.copy_number,
											   "copy number (LOINC 82155-3)",
											   false, &row.copy_number);
	ntrk_report_emit(sink, h, &row);
}

/* The resource inside an <entry><resource>, or NULL. */
static xmlNodePtr
entry_resource(xmlNodePtr entry)
{
	return ntrk_xml_first_element(ntrk_xml_child(entry, "resource"));
}

/*
 * Resolve a reference ("Specimen/s1", a full URL, "#contained") to a
 * resource of the bundle or contained in the report.
 */
static xmlNodePtr
resolve(xmlNodePtr bundle, xmlNodePtr report, const char *ref)
{
	xmlNodePtr	e;

	if (ref == NULL)
		return NULL;
	if (ref[0] == '#')
	{
		for (e = ntrk_xml_child(report, "contained"); e != NULL;
			 e = ntrk_xml_next(e, "contained"))
		{
			xmlNodePtr	r = ntrk_xml_first_element(e);
			char	   *id = child_value(r, "id");

			if (id != NULL && strcmp(id, ref + 1) == 0)
				return r;
		}
		return NULL;
	}
	for (e = ntrk_xml_child(bundle, "entry"); e != NULL; e = ntrk_xml_next(e, "entry"))
	{
		xmlNodePtr	r = entry_resource(e);
		char	   *url = child_value(e, "fullUrl");
		char	   *id = child_value(r, "id");

		if (r == NULL)
			continue;
		if (url != NULL && strcmp(url, ref) == 0)
			return r;
		if (id != NULL &&
			strcmp(psprintf("%s/%s", (const char *) r->name, id), ref) == 0)
			return r;
	}
	return NULL;
}

/* Report-level fields from the DiagnosticReport and its Specimen. */
static void
read_header(xmlNodePtr bundle, xmlNodePtr report, const NtrkReportSink *sink,
			NtrkReportHeader *h)
{
	xmlNodePtr	code = ntrk_xml_child(report, "code");
	xmlNodePtr	spec_ref = ntrk_xml_child(report, "specimen");
	xmlNodePtr	specimen = resolve(bundle, report, child_value(spec_ref, "reference"));
	xmlNodePtr	node;
	char	   *v;

	ntrk_report_header_init(h, sink, "fhir");
	h->report_id = child_value(ntrk_xml_child(report, "identifier"), "value");
	if (h->report_id == NULL)
		h->report_id = child_value(report, "id");
	h->test_name = child_value(code, "text");
	if (h->test_name == NULL)
		h->test_name = child_value(ntrk_xml_child(code, "coding"), "display");
	if (specimen != NULL)
	{
		h->sample_id = child_value(ntrk_xml_child(specimen, "accessionIdentifier"), "value");
		if (h->sample_id == NULL)
			h->sample_id = child_value(ntrk_xml_child(specimen, "identifier"), "value");
		h->specimen = cc_label(ntrk_xml_child(specimen, "type"));
	}
	if (h->specimen == NULL)
		h->specimen = child_value(spec_ref, "display");
	node = ntrk_xml_child(report, "effectiveDateTime");
	if ((v = child_value(report, "effectiveDateTime")) != NULL)
		h->has_collection_date = ntrk_report_date_value(&h->log, node, "value", v,
														&h->collection_date);
	node = ntrk_xml_child(report, "issued");
	if ((v = child_value(report, "issued")) != NULL)
		h->has_report_date = ntrk_report_date_value(&h->log, node, "value", v,
													&h->report_date);
}

/* Is this Observation a variant to report (variant code, not "Absent")? */
static bool
is_present_variant(xmlNodePtr obs)
{
	return has_code(ntrk_xml_child(obs, "code"), LOINC_SYSTEM, LOINC_VARIANT) &&
		!has_code(ntrk_xml_child(obs, "valueCodeableConcept"), NULL, LOINC_ABSENT);
}

/* Refuse a FHIR root element that is in another namespace. */
static void
require_fhir_namespace(xmlNodePtr root, const char *message)
{
	if (root->ns != NULL &&
		strcmp((const char *) root->ns->href, FHIR_NAMESPACE) != 0)
		ntrk_report_unsupported(root, message);
}

/* The variant Observations contained in the report, in document order. */
static void
read_contained(xmlNodePtr report, const NtrkReportHeader *h, NtrkReportSink *sink)
{
	xmlNodePtr	c;

	for (c = ntrk_xml_child(report, "contained"); c != NULL;
		 c = ntrk_xml_next(c, "contained"))
	{
		xmlNodePtr	obs = ntrk_xml_first_element(c);

		if (ntrk_xml_is(obs, "Observation") && is_present_variant(obs))
			read_variant(obs, h, sink);
	}
}

/*
 * A DiagnosticReport on its own, not in a Bundle: report-level fields from
 * it, variants from the Observations it contains.  References to resources
 * outside the document cannot be followed, so only contained resources
 * (the specimen included) are read.
 */
static void
read_fhir_report(xmlNodePtr report, NtrkReportSink *sink)
{
	NtrkReportHeader h;

	require_fhir_namespace(report,
						   "a FHIR <DiagnosticReport> must be in the namespace " FHIR_NAMESPACE ".");
	read_header(NULL, report, sink, &h);
	read_contained(report, &h, sink);
}

/*
 * A FHIR Bundle: the one DiagnosticReport gives the report-level fields;
 * variants come from the bundle's Observations and the report's contained
 * ones.
 */
static void
read_fhir_bundle(xmlNodePtr bundle, NtrkReportSink *sink)
{
	xmlNodePtr	e;
	xmlNodePtr	report = NULL;
	NtrkReportHeader h;
	int			nreports = 0;

	require_fhir_namespace(bundle, "a FHIR <Bundle> must be in the namespace " FHIR_NAMESPACE ".");
	for (e = ntrk_xml_child(bundle, "entry"); e != NULL; e = ntrk_xml_next(e, "entry"))
	{
		xmlNodePtr	r = entry_resource(e);

		if (ntrk_xml_is(r, "DiagnosticReport"))
		{
			report = r;
			nreports++;
		}
	}
	if (nreports != 1)
		ntrk_report_unsupported(bundle,
								psprintf("the bundle holds %d DiagnosticReport resources; ntrk reads bundles with exactly one.",
										 nreports));
	read_header(bundle, report, sink, &h);

	/*
	 * Variant Observations in document order: bundle entries, and those
	 * contained in the report where the report stands.
	 */
	for (e = ntrk_xml_child(bundle, "entry"); e != NULL; e = ntrk_xml_next(e, "entry"))
	{
		xmlNodePtr	r = entry_resource(e);

		if (ntrk_xml_is(r, "Observation") && is_present_variant(r))
			read_variant(r, &h, sink);
		if (r == report)
			read_contained(report, &h, sink);
	}
}

/* The root elements of a FHIR genomics report. */
static bool
accepts_fhir(xmlNodePtr root)
{
	return ntrk_xml_is(root, "Bundle") || ntrk_xml_is(root, "DiagnosticReport");
}

/* A Bundle, or a DiagnosticReport on its own. */
static void
read_fhir(xmlNodePtr root, NtrkReportSink *sink)
{
	if (ntrk_xml_is(root, "Bundle"))
		read_fhir_bundle(root, sink);
	else
		read_fhir_report(root, sink);
}

const NtrkReportReader ntrk_report_reader_fhir = {
	.name = "FHIR <Bundle> or <DiagnosticReport>",
	.accepts = accepts_fhir,
	.read = read_fhir
};
