/*
 * breakpoint_map.c
 *		SQL side of the breakpoint core (src/core/breakpoint.c):
 *		ntrk_breakpoint(gene, breakpoint, genome_build) and
 *		ntrk_breakpoint(gene, chromosome, position, genome_build), and the
 *		reading of the optional breakpoint arguments of ntrk_classify.
 *
 * Errors of the core are raised with their SQLSTATE: 22P02 for a malformed
 * breakpoint or build name, 22023 for a breakpoint off the gene.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "breakpoint.h"
#include "breakpoint_map.h"
#include "ntrk.h"

PG_FUNCTION_INFO_V1(ntrk_breakpoint_sql);
PG_FUNCTION_INFO_V1(ntrk_breakpoint_at_sql);

/* Columns of ntrk_breakpoint_site. */
#define BP_NATTS 11

/* The NTRK gene named by a text argument (NTRK1..3, TRKA..C); 22023 otherwise. */
static int
gene_argument(text *t, const char *function)
{
	char		buf[NTRK_SYMBOL_MAX + 1];
	size_t		len = VARSIZE_ANY_EXHDR(t);
	int			ntrk = 0;

	if (len <= NTRK_SYMBOL_MAX)
	{
		memcpy(buf, VARDATA_ANY(t), len);
		buf[len] = '\0';
		ntrk = ntrk_ntrk_number(buf);
	}
	if (ntrk == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid gene for %s: \"%.*s\"", function,
						(int) Min(len, 64), VARDATA_ANY(t)),
				 errdetail("ntrk maps breakpoints on NTRK1, NTRK2 and NTRK3 only."),
				 errhint("Give NTRK1, NTRK2 or NTRK3 (or TRKA, TRKB, TRKC).")));
	return ntrk;
}

/* 37 or 38 from a build name; raises 22P02 for an unknown name. */
int
ntrk_build_argument(text *t, const char *function)
{
	NtrkKnowledgeError err;
	int			build;

	if (!ntrk_build_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &build, &err))
		ntrk_report_knowledge_error(&err, function, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	return build;
}

/* Build the ntrk_breakpoint_site row of a mapped breakpoint. */
static Datum
site_row(FunctionCallInfo fcinfo, const NtrkBreakpointMap *m)
{
	TupleDesc	tupdesc;
	Datum		values[BP_NATTS];
	bool		nulls[BP_NATTS];

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE ||
		tupdesc->natts != BP_NATTS)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("result type of ntrk_breakpoint does not match the library"),
				 errhint("Reinstall the extension.")));
	tupdesc = BlessTupleDesc(tupdesc);
	memset(nulls, 0, sizeof(nulls));
	values[0] = CStringGetTextDatum(m->tx->gene);
	values[1] = CStringGetTextDatum(ntrk_build_name(m->tx->build));
	values[2] = CStringGetTextDatum(m->tx->chromosome);
	values[3] = Int32GetDatum(m->position);
	values[4] = CStringGetTextDatum(m->tx->accession);
	values[5] = CStringGetTextDatum(ntrk_region_name(m->region));
	values[6] = Int32GetDatum(m->number);
	nulls[6] = m->number == 0;
	values[7] = Int32GetDatum(m->first_exon_3p);
	nulls[7] = m->first_exon_3p == 0;
	values[8] = Int32GetDatum(m->last_exon_5p);
	nulls[8] = m->last_exon_5p == 0;
	values[9] = BoolGetDatum(m->kinase_kept == NTRK_TRI_YES);
	nulls[9] = m->kinase_kept == NTRK_TRI_UNKNOWN;
	values[10] = CStringGetTextDatum(psprintf("%s: %s.", m->note, m->segment3));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* Map bp on the gene and build; raises the core's errors. */
static Datum
map_and_return(FunctionCallInfo fcinfo, int ntrk, int build,
			   const NtrkBreakpoint *bp, const char *value, size_t len)
{
	static const char function[] = "ntrk_breakpoint";
	NtrkBreakpointMap m;
	NtrkKnowledgeError err;

	if (!ntrk_breakpoint_map(ntrk, build, bp, &m, &err))
		ntrk_report_knowledge_error(&err, function, value, len);
	return site_row(fcinfo, &m);
}

/*
 * ntrk_breakpoint(gene text, breakpoint text, genome_build text)
 *		-> ntrk_breakpoint_site
 * STRICT: any NULL argument gives NULL.
 */
Datum
ntrk_breakpoint_sql(PG_FUNCTION_ARGS)
{
	static const char function[] = "ntrk_breakpoint";
	int			ntrk = gene_argument(PG_GETARG_TEXT_PP(0), function);
	text	   *bt = PG_GETARG_TEXT_PP(1);
	int			build = ntrk_build_argument(PG_GETARG_TEXT_PP(2), function);
	NtrkBreakpoint bp;
	NtrkKnowledgeError err;

	if (!ntrk_breakpoint_parse(VARDATA_ANY(bt), VARSIZE_ANY_EXHDR(bt), &bp, &err))
		ntrk_report_knowledge_error(&err, function, VARDATA_ANY(bt), VARSIZE_ANY_EXHDR(bt));
	return map_and_return(fcinfo, ntrk, build, &bp, VARDATA_ANY(bt), VARSIZE_ANY_EXHDR(bt));
}

/*
 * ntrk_breakpoint(gene text, chromosome text, position bigint,
 *				   genome_build text) -> ntrk_breakpoint_site
 * The separate-columns form (JAFFA, cBioPortal Site2_Chromosome /
 * Site2_Position).  STRICT.
 */
Datum
ntrk_breakpoint_at_sql(PG_FUNCTION_ARGS)
{
	static const char function[] = "ntrk_breakpoint";
	int			ntrk = gene_argument(PG_GETARG_TEXT_PP(0), function);
	text	   *ct = PG_GETARG_TEXT_PP(1);
	int64		pos = PG_GETARG_INT64(2);
	int			build = ntrk_build_argument(PG_GETARG_TEXT_PP(3), function);
	NtrkBreakpoint bp;

	memset(&bp, 0, sizeof(bp));
	if (!ntrk_chromosome_normalise(VARDATA_ANY(ct), VARSIZE_ANY_EXHDR(ct),
								   bp.chromosome, sizeof(bp.chromosome)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid chromosome for %s: \"%.*s\"", function,
						(int) Min(VARSIZE_ANY_EXHDR(ct), 64), VARDATA_ANY(ct)),
				 errdetail("A chromosome is 1-22, X, Y or M, with or without \"chr\"."),
				 errhint("Write the chromosome as chr15 or 15.")));
	if (pos < 1 || pos > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid position for %s: " INT64_FORMAT, function, pos),
				 errdetail("Positions are 1-based and below 2^31."),
				 errhint("Give the 1-based position of the breakpoint.")));
	bp.position = (int32) pos;
	return map_and_return(fcinfo, ntrk, build, &bp, VARDATA_ANY(ct), VARSIZE_ANY_EXHDR(ct));
}

/*
 * Read the optional breakpoint arguments of a classification call: 5' and
 * 3' breakpoint texts in arguments b5 and b5 + 1, the build in b5 + 2 (any
 * may be SQL NULL).  ntrk is the fusion's NTRK gene (0: nothing to read).
 */
void
ntrk_junction_arguments(FunctionCallInfo fcinfo, int b5, int ntrk,
						bool ntrk_written_3prime, const char *function,
						NtrkJunctionEvidence *ev)
{
	text	   *t5 = PG_NARGS() > b5 && !PG_ARGISNULL(b5) ? PG_GETARG_TEXT_PP(b5) : NULL;
	text	   *t3 = PG_NARGS() > b5 + 1 && !PG_ARGISNULL(b5 + 1) ? PG_GETARG_TEXT_PP(b5 + 1) : NULL;
	int			build = PG_NARGS() > b5 + 2 && !PG_ARGISNULL(b5 + 2) ?
		ntrk_build_argument(PG_GETARG_TEXT_PP(b5 + 2), function) : 0;
	NtrkKnowledgeError err;

	memset(ev, 0, sizeof(*ev));
	ev->kinase_kept = NTRK_TRI_UNKNOWN;
	if (ntrk == 0)
		return;
	if (!ntrk_junction_from_breakpoints(ntrk, ntrk_written_3prime,
										t5 ? VARDATA_ANY(t5) : NULL, t5 ? VARSIZE_ANY_EXHDR(t5) : 0,
										t3 ? VARDATA_ANY(t3) : NULL, t3 ? VARSIZE_ANY_EXHDR(t3) : 0,
										build, ev, &err))
	{
		/* quote the NTRK side's text when given, else the other one */
		text	   *own = ntrk_written_3prime ? (t3 ? t3 : t5) : (t5 ? t5 : t3);

		ntrk_report_knowledge_error(&err, function, VARDATA_ANY(own), VARSIZE_ANY_EXHDR(own));
	}
}
