/*
 * report_rows.c
 *		The row layout of ntrk_report_alterations: report-level fields
 *		repeated on every row, then the alteration's own fields, then where
 *		it was read.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "report_rows.h"

void
ntrk_report_header_init(NtrkReportHeader *h, const NtrkReportSink *sink,
						const char *format)
{
	memset(h, 0, sizeof(*h));
	h->format = format;
	h->log.strict = sink->strict;
}

void
ntrk_report_row_init(NtrkReportRow *row, const NtrkReportSink *sink,
					 xmlNodePtr element)
{
	memset(row, 0, sizeof(*row));
	row->element = element;
	row->log.strict = sink->strict;
}

/* Set a nullable text column. */
static void
put_text(Datum *values, bool *nulls, int col, const char *s)
{
	nulls[col] = (s == NULL);
	if (s != NULL)
		values[col] = CStringGetTextDatum(s);
}

/*
 * The warnings column: the report-level warnings, then the row's own, as a
 * text array ('{}' when there is none).
 */
static Datum
warnings_array(const NtrkReportHeader *h, const NtrkReportRow *r)
{
	List	   *all = list_concat_copy(h->log.warnings, r->log.warnings);
	Datum	   *elems = palloc(sizeof(Datum) * (list_length(all) + 1));
	ListCell   *lc;
	int			n = 0;

	foreach(lc, all)
		elems[n++] = CStringGetTextDatum((const char *) lfirst(lc));
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false,
										   TYPALIGN_INT));
}

/*
 * One row: the columns in the order of the SQL declaration.  A declaration
 * without the warnings column (ntrk 1.0's, until ALTER EXTENSION UPDATE) gets
 * the first NTRK_REPORT_NCOLUMNS_1_0 columns.
 */
void
ntrk_report_emit(NtrkReportSink *sink, const NtrkReportHeader *h,
				 const NtrkReportRow *r)
{
	Datum		values[NTRK_REPORT_NCOLUMNS];
	bool		nulls[NTRK_REPORT_NCOLUMNS];
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
	if (sink->desc->natts > NTRK_REPORT_NCOLUMNS_1_0)
	{
		values[25] = warnings_array(h, r);
		nulls[25] = false;
	}

	tuplestore_putvalues(sink->store, sink->desc, values, nulls);
	sink->nrows++;
}
