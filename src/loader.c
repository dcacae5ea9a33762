/*
 * loader.c
 *		ntrk_load_calls: read a whole caller or portal file (its content as
 *		text) and return one row per call, never dropping one.
 *
 * The formats, the column maps and the per-line extraction are pure C in
 * src/core/caller_*.c; this file only turns calls into rows.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "caller_formats.h"
#include "call_breakpoints.h"
#include "genome_build.h"
#include "ntrk.h"

PG_FUNCTION_INFO_V1(ntrk_load_calls);

/* Output columns, in the order of RETURNS TABLE in sql/install/60-registry.sql. */
enum
{
	OUT_SAMPLE_ID,
	OUT_FUSION,
	OUT_ORDER_INFERRED,
	OUT_READING_FRAME,
	OUT_EXON5,
	OUT_EXON3,
	OUT_TRANSCRIPT5,
	OUT_TRANSCRIPT3,
	OUT_BREAKPOINT5,
	OUT_BREAKPOINT3,
	OUT_SPLIT_READS,
	OUT_SPANNING_READS,
	OUT_CALLER,
	OUT_LINE_NUMBER,
	OUT_ORIGINAL_LINE,
	OUT_ERROR,
	OUT_NOTE,
	OUT_EVIDENCE,
	OUT_GENOME_BUILD,
	OUT_NCOLS
};

/* Most fields one line may have; columns further right are not found. */
#define MAX_FIELDS 65536

/* Set a text column from bytes, or NULL when there are none. */
static void
put_text(Datum *values, bool *nulls, int col, const char *s, size_t len)
{
	if (s == NULL || len == 0)
	{
		nulls[col] = true;
		return;
	}
	values[col] = PointerGetDatum(cstring_to_text_with_len(s, (int) len));
	nulls[col] = false;
}

/* Set an integer column, NULL when the value is absent (below min). */
static void
put_int(Datum *values, bool *nulls, int col, long v, long min)
{
	nulls[col] = v < min;
	if (!nulls[col])
		values[col] = Int32GetDatum((int32) Min(v, (long) PG_INT32_MAX));
}

/* An optional text argument as a span (len 0 when NULL). */
static NtrkCallSpan
text_arg(FunctionCallInfo fcinfo, int n)
{
	NtrkCallSpan s = {NULL, 0};

	if (!PG_ARGISNULL(n))
	{
		text	   *t = PG_GETARG_TEXT_PP(n);

		s.ptr = VARDATA_ANY(t);
		s.len = VARSIZE_ANY_EXHDR(t);
	}
	return s;
}

/* Turn one call into one output row. */
static void
emit_call(ReturnSetInfo *rsinfo, const NtrkCall *call, const NtrkDelimRecord *rec,
		  NtrkCallSpan caller_name, NtrkCallSpan sample_name, NtrkCallFormat format,
		  const char *genome_build)
{
	Datum		values[OUT_NCOLS];
	bool		nulls[OUT_NCOLS];
	NtrkCallSpan sample = call->sample.len > 0 ? call->sample : sample_name;
	const char *fmt_name = ntrk_call_format_name(format);

	memset(nulls, true, sizeof(nulls));
	put_text(values, nulls, OUT_SAMPLE_ID, sample.ptr, sample.len);
	if (call->has_fusion)
	{
		values[OUT_FUSION] = ntrk_fusion_encode(&call->fusion);
		nulls[OUT_FUSION] = false;
	}
	values[OUT_ORDER_INFERRED] = BoolGetDatum(call->order_inferred);
	nulls[OUT_ORDER_INFERRED] = false;
	if (call->has_frame)
	{
		const char *frame = ntrk_frame_name(call->frame);

		put_text(values, nulls, OUT_READING_FRAME, frame, strlen(frame));
	}
	put_int(values, nulls, OUT_EXON5, call->exon5, 1);
	put_int(values, nulls, OUT_EXON3, call->exon3, 1);
	put_text(values, nulls, OUT_TRANSCRIPT5, call->transcript5.ptr, call->transcript5.len);
	put_text(values, nulls, OUT_TRANSCRIPT3, call->transcript3.ptr, call->transcript3.len);
	put_text(values, nulls, OUT_BREAKPOINT5, call->breakpoint5, strlen(call->breakpoint5));
	put_text(values, nulls, OUT_BREAKPOINT3, call->breakpoint3, strlen(call->breakpoint3));
	put_int(values, nulls, OUT_SPLIT_READS, call->split_reads, 0);
	put_int(values, nulls, OUT_SPANNING_READS, call->spanning_reads, 0);
	if (caller_name.len > 0)
		put_text(values, nulls, OUT_CALLER, caller_name.ptr, caller_name.len);
	else if (call->method.len > 0)
		put_text(values, nulls, OUT_CALLER, call->method.ptr, call->method.len);
	else
		put_text(values, nulls, OUT_CALLER, fmt_name, strlen(fmt_name));
	put_int(values, nulls, OUT_LINE_NUMBER, rec->line_number, 1);
	put_text(values, nulls, OUT_ORIGINAL_LINE, rec->text, rec->len);
	put_text(values, nulls, OUT_ERROR, call->error, strlen(call->error));
	put_text(values, nulls, OUT_NOTE, call->note, strlen(call->note));
	if (call->evidence != NTRK_EV_NONE)
		put_text(values, nulls, OUT_EVIDENCE, ntrk_evidence_name(call->evidence),
				 strlen(ntrk_evidence_name(call->evidence)));
	if (genome_build != NULL)
		put_text(values, nulls, OUT_GENOME_BUILD, genome_build, strlen(genome_build));

	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * ntrk_load_calls(content text, format text DEFAULT 'auto',
 *				   caller_name text DEFAULT NULL, sample_name text DEFAULT NULL,
 *				   genome_build text DEFAULT NULL)
 *	 RETURNS TABLE (sample_id, fusion, order_inferred, reading_frame, exon5,
 *				   exon3, transcript5, transcript3, breakpoint5, breakpoint3,
 *				   split_reads, spanning_reads, caller, line_number,
 *				   original_line, error, note, evidence, genome_build)
 *
 * Not STRICT: a NULL format means 'auto', and NULL content gives no rows.
 * genome_build names the assembly of the file's coordinates; it is checked
 * and returned in its canonical form (GRCh38, GRCh37) on every row.
 */
Datum
ntrk_load_calls(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	NtrkCallFormat format = NTRK_FMT_AUTO;
	NtrkCallSpan fmt_arg = text_arg(fcinfo, 1);
	NtrkCallSpan caller_name = text_arg(fcinfo, 2);
	NtrkCallSpan sample_name = text_arg(fcinfo, 3);
	NtrkCallSpan build_arg = text_arg(fcinfo, 4);
	const char *genome_build = NULL;
	text	   *content;
	NtrkCallReader reader;
	NtrkDelimRecord rec;
	NtrkCall	call;
	char	   *scratch = NULL;
	size_t		scratch_size = 0;
	NtrkDelimField *fields = NULL;
	size_t		fields_size = 0;
	MemoryContext rowcxt;

	if (!PG_ARGISNULL(1) &&
		!ntrk_call_format_lookup(fmt_arg.ptr, fmt_arg.len, &format))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown call file format " NTRK_ECHO_FMT,
						NTRK_ECHO_ARGS(ntrk_echo(fmt_arg.ptr, fmt_arg.len, 64))),
				 errhint("Accepted formats: %s.", ntrk_call_formats_accepted)));

	if (!PG_ARGISNULL(4))
	{
		genome_build = ntrk_genome_build_normalise(build_arg.ptr, build_arg.len);
		if (genome_build == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown genome build " NTRK_ECHO_FMT,
							NTRK_ECHO_ARGS(ntrk_echo(build_arg.ptr, build_arg.len, 64))),
					 errdetail("genome_build names the reference assembly of the file's breakpoint coordinates."),
					 errhint("Accepted: %s; or NULL when the build is not known.",
							 ntrk_genome_builds_accepted)));
	}

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	content = PG_GETARG_TEXT_PP(0);

	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "ntrk_load_calls row",
								   ALLOCSET_DEFAULT_SIZES);
	ntrk_call_reader_init(&reader, VARDATA_ANY(content),
						  VARSIZE_ANY_EXHDR(content), format);
	while (ntrk_call_reader_next(&reader, &rec))
	{
		NtrkCallStep step;
		size_t		nf = Min(rec.len + 1, (size_t) MAX_FIELDS);
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		if (scratch_size < rec.len + 1)
		{
			scratch_size = Max(rec.len + 1, scratch_size * 2);
			scratch = scratch ? repalloc(scratch, scratch_size) : palloc(scratch_size);
		}
		if (fields_size < nf)
		{
			fields_size = Max(nf, Min(fields_size * 2, (size_t) MAX_FIELDS));
			fields = fields ? repalloc(fields, fields_size * sizeof(*fields))
				: palloc(fields_size * sizeof(*fields));
		}
		step = ntrk_call_reader_feed(&reader, &rec, scratch, fields, fields_size, &call);
		if (step == NTRK_CALL_UNDETECTED)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot tell the format of the file: no header ntrk knows up to line %ld",
							rec.line_number),
					 errdetail("Columns seen: %s.", reader.columns_seen),
					 errhint("Known formats: %s. Pass the format explicitly if the file is one of them; a file without a header needs two columns, sample and fusion.",
							 ntrk_call_formats_accepted)));
		if (step != NTRK_CALL_ROW)
			continue;
		/* the NTRK breakpoint and the build give the junction exon */
		ntrk_call_apply_breakpoints(&call, genome_build == NULL ? 0 :
									strcmp(genome_build, "GRCh38") == 0 ? 38 : 37);
		old = MemoryContextSwitchTo(rowcxt);
		emit_call(rsinfo, &call, &rec, caller_name, sample_name, reader.format,
				  genome_build);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}
