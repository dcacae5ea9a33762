/*
 * classify.c
 *		SQL side of the NTRK classification: ntrk_frame, ntrk_classify,
 *		ntrk_variant_class and the aggregate ntrk_patient_status.
 *
 * All knowledge and rules live in the pure-C core (src/core, API in ntrk_knowledge.h);
 * this file only converts arguments, raises the core's errors with a proper
 * SQLSTATE (22P02 for malformed text, 22023 for unacceptable values, never
 * XX000) and builds the composite results.
 */
#include "postgres.h"

#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "breakpoint_map.h"
#include "memo.h"
#include "ntrk.h"
#include "ntrk_knowledge.h"

PG_FUNCTION_INFO_V1(ntrk_frame_sql);
PG_FUNCTION_INFO_V1(ntrk_classify_sql);
PG_FUNCTION_INFO_V1(ntrk_actionable_sql);
PG_FUNCTION_INFO_V1(ntrk_class_sql);
PG_FUNCTION_INFO_V1(ntrk_variant_class_sql);
PG_FUNCTION_INFO_V1(ntrk_patient_status_transfn);
PG_FUNCTION_INFO_V1(ntrk_patient_status_bp_transfn);
PG_FUNCTION_INFO_V1(ntrk_patient_status_combinefn);
PG_FUNCTION_INFO_V1(ntrk_patient_status_finalfn);

/*
 * Raise a core error: 22P02 for malformed text, 22023 for a value that is
 * well-formed but not acceptable.  The message names the SQL argument.
 */
void
ntrk_report_knowledge_error(const NtrkKnowledgeError *err, const char *function,
					   const char *value, size_t len)
{
	NtrkEcho	echo;

	if (value == NULL)
		ereport(ERROR,
				(errcode(err->kind == NTRK_ERR_SYNTAX ?
						 ERRCODE_INVALID_TEXT_REPRESENTATION :
						 ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s for %s: NULL", err->argument, function),
				 errdetail("%s", err->detail),
				 errhint("%s", err->hint)));
	echo = ntrk_echo(value, len, 100);
	ereport(ERROR,
			(errcode(err->kind == NTRK_ERR_SYNTAX ?
					 ERRCODE_INVALID_TEXT_REPRESENTATION :
					 ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s for %s: " NTRK_ECHO_FMT, err->argument, function,
					NTRK_ECHO_ARGS(echo)),
			 errdetail("%s", err->detail),
			 errhint("%s", err->hint)));
}

/* Map an optional text argument to a reading frame (NULL = unknown). */
static NtrkFrame
frame_argument(FunctionCallInfo fcinfo, int argno, const char *function)
{
	text	   *t;
	NtrkFrame	frame;
	NtrkKnowledgeError err;

	if (PG_ARGISNULL(argno))
		return NTRK_FRAME_UNKNOWN;
	t = PG_GETARG_TEXT_PP(argno);
	if (!ntrk_frame_normalise(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &frame, &err))
		ntrk_report_knowledge_error(&err, function, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	return frame;
}

/* Map the optional evidence argument (NULL = not stated). */
static NtrkEvidence
evidence_argument(FunctionCallInfo fcinfo, int argno, const char *function)
{
	text	   *t;
	NtrkEvidence ev;
	NtrkKnowledgeError err;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NTRK_EV_NONE;
	t = PG_GETARG_TEXT_PP(argno);
	if (!ntrk_evidence_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &ev, &err))
		ntrk_report_knowledge_error(&err, function, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	return ev;
}

/* Memo tag of a (frame, evidence) pair: frame in bits 0-1, evidence above. */
#define VERDICT_TAG(frame, ev) ((uint8) ((frame) | ((ev) << 2)))

/*
 * The optional breakpoint arguments of ntrk_classify, ntrk_actionable and
 * ntrk_class: breakpoint5, breakpoint3 at b5, b5 + 1 and genome_build at
 * b5 + 2.  The answer depends on the fusion, the frame, the two breakpoint
 * texts, the build and the evidence, so the memo key is the fusion's bytes
 * followed by the breakpoint texts, and the tag is VERDICT_TAG (frame,
 * evidence) with the build in its two top bits.
 */
typedef struct MemoKey
{
	const void *bytes;
	size_t		len;
	uint8		tag;
	bool		usable;			/* short enough to remember */
	char		buf[NTRK_MEMO_KEY_MAX];
} MemoKey;

/* Append one optional text argument (NUL-separated) to the key. */
static void
key_append(MemoKey *k, FunctionCallInfo fcinfo, int argno)
{
	text	   *t;
	size_t		len;

	if (k->len + 1 > sizeof(k->buf))
	{
		k->usable = false;
		return;
	}
	k->buf[k->len++] = '\0';
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return;
	t = PG_GETARG_TEXT_PP(argno);
	len = VARSIZE_ANY_EXHDR(t);
	if (k->len + len > sizeof(k->buf))
	{
		k->usable = false;
		return;
	}
	memcpy(k->buf + k->len, VARDATA_ANY(t), len);
	k->len += len;
}

/*
 * Memo key of a classification call: the fusion's bytes alone when no
 * breakpoint is given (the common case, no copy), else the bytes and the
 * breakpoint texts.  The build is checked here (22P02 for an unknown name).
 */
static void
classification_key(FunctionCallInfo fcinfo, struct varlena *arg, uint8 base_tag,
				   int b5, const char *function, MemoKey *k)
{
	bool		given5 = PG_NARGS() > b5 && !PG_ARGISNULL(b5);
	bool		given3 = PG_NARGS() > b5 + 1 && !PG_ARGISNULL(b5 + 1);
	int			build = PG_NARGS() > b5 + 2 && !PG_ARGISNULL(b5 + 2) ?
		ntrk_build_argument(PG_GETARG_TEXT_PP(b5 + 2), function) : 0;

	k->usable = true;
	k->tag = base_tag | (uint8) (build == 37 ? 0x40 : build == 38 ? 0x80 : 0);
	if (!given5 && !given3)
	{
		k->bytes = FUSION_BYTES(arg);
		k->len = FUSION_LEN(arg);
		return;
	}
	k->len = FUSION_LEN(arg);
	if (k->len > sizeof(k->buf))
	{
		k->usable = false;
		return;
	}
	memcpy(k->buf, FUSION_BYTES(arg), k->len);
	key_append(k, fcinfo, b5);
	key_append(k, fcinfo, b5 + 1);
	k->bytes = k->buf;
}

/*
 * Classify a decoded fusion with the frame and the breakpoint arguments at
 * b5.. (the NTRK gene's breakpoint decides kinase retention when the fusion
 * names no exon).
 */
static void
classify_with_breakpoints(FunctionCallInfo fcinfo, const NtrkFusion *f, NtrkFrame frame,
						  int b5, const char *function, NtrkFusionVerdict *v)
{
	NtrkJunctionEvidence ev;
	int			g3 = ntrk_ntrk_number(f->p3.symbol);
	int			g5 = ntrk_ntrk_number(f->p5.symbol);

	ntrk_junction_arguments(fcinfo, b5, g3 ? g3 : g5, g3 != 0, function, &ev);
	ntrk_classify_fusion_with(f, frame, &ev, v);
}

/* ------------------------------------------------------------------------
 * Result construction: blessed tuple descriptor and enum OIDs, cached per
 * call site in fn_extra so that no catalog lookup happens per row.
 * ------------------------------------------------------------------------
 */
#define MAX_LABELS 16

typedef struct ResultCache
{
	TupleDesc	tupdesc;		/* NULL until the first call has set it up */
	Oid			labels[3][MAX_LABELS];	/* enum OIDs per enum column */
	Oid			array_elem;		/* element type of an enum[] column */
	NtrkCallSite *site;			/* the call site holding this cache */
} ResultCache;

typedef const char *(*LabelFn) (int value);

/* Wrappers so that the core's name functions share one signature. */
static const char *
fusion_class_label(int v)
{
	return ntrk_fusion_class_name((NtrkFusionClass) v);
}

static const char *
frame_label(int v)
{
	return ntrk_frame_name((NtrkFrame) v);
}

static const char *
alteration_label(int v)
{
	return ntrk_variant_class_name((NtrkVariantClass) v);
}

static const char *
status_label(int v)
{
	return ntrk_status_name((NtrkStatus) v);
}

/*
 * Look up the OID of every label of an enum column.  A label missing from
 * the SQL enum means the install script and the library disagree.
 */
static void
resolve_labels(Oid enumtype, LabelFn label, int n, Oid *out)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		const char *name = label(i);
		Oid			oid = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
										  ObjectIdGetDatum(enumtype),
										  CStringGetDatum(name));

		out[i] = oid;			/* InvalidOid: see label_oid */
	}
}

/*
 * The OID of a resolved label.  A label the SQL enum lacks (a newer library
 * over older SQL objects, before ALTER EXTENSION ntrk UPDATE) was kept as
 * InvalidOid, so that everything else keeps working; it is an error only
 * when a result needs it.
 */
static Datum
label_oid(const Oid *labels, int k, LabelFn label)
{
	if (!OidIsValid(labels[k]))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("an ntrk enum has no label \"%s\"", label(k)),
				 errhint("The ntrk library is newer than its SQL objects; run ALTER EXTENSION ntrk UPDATE.")));
	return ObjectIdGetDatum(labels[k]);
}

/*
 * First call of a site: fetch the declared composite result type, check its
 * shape (natts and which columns are enums) and resolve the enum labels.
 * enum_cols lists up to three (column, label function, count) triples.
 */
static ResultCache *
result_cache(FunctionCallInfo fcinfo, int natts, const int *enum_cols,
			 const LabelFn *label_fns, const int *label_counts, int n_enums,
			 int array_col)
{
	NtrkCallSite *site = ntrk_call_site(fcinfo, sizeof(ResultCache));
	ResultCache *cache = (ResultCache *) site->data;
	MemoryContext old;
	TupleDesc	tupdesc;
	int			i;

	if (cache->tupdesc != NULL)
		return cache;
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE ||
		tupdesc->natts != natts)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("result type of an ntrk classification function does not match the library"),
				 errhint("Reinstall the extension.")));
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
	MemoryContextSwitchTo(old);
	cache->site = site;
	for (i = 0; i < n_enums; i++)
	{
		Oid			typid = TupleDescAttr(tupdesc, enum_cols[i])->atttypid;

		if (enum_cols[i] == array_col)
		{
			typid = get_element_type(typid);
			cache->array_elem = typid;
		}
		if (!type_is_enum(typid))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("column %d of the result of an ntrk classification function is not an enum",
							enum_cols[i] + 1),
					 errhint("Reinstall the extension.")));
		resolve_labels(typid, label_fns[i], label_counts[i], cache->labels[i]);
	}
	cache->tupdesc = tupdesc;	/* set last: the cache is complete */
	return cache;
}

/* Text datum, or SQL NULL for an empty string. */
static void
set_text(Datum *values, bool *nulls, int col, const char *s)
{
	if (s == NULL || s[0] == '\0')
	{
		nulls[col] = true;
		values[col] = (Datum) 0;
	}
	else
		values[col] = CStringGetTextDatum(s);
}

/* Boolean datum from a three-valued answer (UNKNOWN -> SQL NULL). */
static void
set_tri(Datum *values, bool *nulls, int col, NtrkTri v)
{
	nulls[col] = (v == NTRK_TRI_UNKNOWN);
	values[col] = BoolGetDatum(v == NTRK_TRI_YES);
}

/* ------------------------------------------------------------------------
 * ntrk_frame(reading_frame text) -> ntrk_reading_frame
 * ------------------------------------------------------------------------
 */
/* Normalise a frame word; the enum OIDs are kept with the call site. */
Datum
ntrk_frame_sql(PG_FUNCTION_ARGS)
{
	NtrkFrame	frame = frame_argument(fcinfo, 0, "ntrk_frame");
	NtrkCallSite *site = ntrk_call_site(fcinfo, sizeof(Oid) * (NTRK_FRAME_LAST + 1));
	Oid		   *oids = (Oid *) site->data;

	if (!OidIsValid(oids[NTRK_FRAME_LAST]))
		resolve_labels(get_func_rettype(fcinfo->flinfo->fn_oid), frame_label,
					   NTRK_FRAME_LAST + 1, oids);
	PG_RETURN_DATUM(label_oid(oids, frame, frame_label));
}

/* ------------------------------------------------------------------------
 * ntrk_classify(f fusion, reading_frame text DEFAULT NULL,
 *				 breakpoint5 text DEFAULT NULL, breakpoint3 text DEFAULT NULL,
 *				 genome_build text DEFAULT NULL, evidence text DEFAULT NULL)
 *		-> ntrk_classification
 * Arguments 2-4 (breakpoints, build) decide kinase retention when the
 * fusion names no exon (classify_with_breakpoints); evidence (argument 5)
 * refines the answer (ntrk_apply_evidence).
 * ------------------------------------------------------------------------
 */
#define CLS_NATTS 9

/* Classify one fusion and return the ntrk_classification row. */
Datum
ntrk_classify_sql(PG_FUNCTION_ARGS)
{
	static const int enum_cols[] = {0, 6};
	static const LabelFn label_fns[] = {fusion_class_label, frame_label};
	static const int label_counts[] = {NTRK_CLASS_LAST + 1, NTRK_FRAME_LAST + 1};
	ResultCache *cache;
	NtrkFusion	f;
	NtrkFrame	frame;
	NtrkFusionVerdict v;
	NtrkEvidence ev;
	Datum		values[CLS_NATTS];
	bool		nulls[CLS_NATTS];
	NtrkMemo   *memo;
	struct varlena *arg;
	const void *hit;
	size_t		hit_len;
	HeapTupleHeader row;
	MemoKey		key;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	cache = result_cache(fcinfo, CLS_NATTS, enum_cols, label_fns, label_counts, 2, -1);
	frame = frame_argument(fcinfo, 1, "ntrk_classify");
	ev = evidence_argument(fcinfo, 5, "ntrk_classify");
	arg = PG_GETARG_FUSION_PP(0);
	classification_key(fcinfo, arg, VERDICT_TAG(frame, ev), 2, "ntrk_classify", &key);

	/*
	 * The row depends only on the fusion's bytes, the frame and the
	 * breakpoints: remember it per call site, since cohorts repeat a few
	 * hundred fusions.
	 */
	memo = ntrk_call_site_memo(cache->site);
	if (memo != NULL && key.usable &&
		(hit = ntrk_memo_get(memo, key.bytes, key.len, key.tag, &hit_len)) != NULL)
	{
		/*
		 * A copy of a row this function formed from in-memory values: it
		 * has no toasted fields, so it is returned as is, without the check
		 * HeapTupleHeaderGetDatum makes for them.
		 */
		row = (HeapTupleHeader) palloc(hit_len);
		memcpy(row, hit, hit_len);
		PG_RETURN_POINTER(row);
	}

	ntrk_fusion_decode(arg, &f);
	classify_with_breakpoints(fcinfo, &f, frame, 2, "ntrk_classify", &v);
	ntrk_apply_evidence(ev, &v);

	memset(nulls, 0, sizeof(nulls));
	values[0] = label_oid(cache->labels[0], v.cls, fusion_class_label);
	set_text(values, nulls, 1, v.ntrk ? ntrk_ntrk_symbol(v.ntrk) : NULL);
	set_text(values, nulls, 2, v.partner);
	set_tri(values, nulls, 3, v.actionable);
	values[4] = BoolGetDatum(v.orientation_inferred);
	set_tri(values, nulls, 5, v.kinase_kept);
	values[6] = label_oid(cache->labels[1], v.frame, frame_label);
	set_text(values, nulls, 7, v.driver_gene);
	set_text(values, nulls, 8, v.reason);
	row = DatumGetHeapTupleHeader(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
	if (memo != NULL && key.usable)
		ntrk_memo_put(memo, key.bytes, key.len, key.tag,
					  row, HeapTupleHeaderGetDatumLength(row));
	PG_RETURN_HEAPTUPLEHEADER(row);
}

/* ------------------------------------------------------------------------
 * Scalar shortcuts for filters and GROUP BY over large tables:
 *	 ntrk_actionable(f fusion, reading_frame, breakpoint5, breakpoint3,
 *					 genome_build, evidence) -> boolean
 *	 ntrk_class(f fusion, reading_frame, breakpoint5, breakpoint3,
 *				genome_build, evidence) -> ntrk_fusion_class
 * Same answers as the columns of ntrk_classify, without building a row.
 * ------------------------------------------------------------------------
 */
typedef struct VerdictLabels
{
	bool		resolved;
	Oid			class_oids[NTRK_CLASS_LAST + 1];	/* ntrk_fusion_class only */
} VerdictLabels;

/* A remembered verdict: class and actionability of one (fusion, frame). */
typedef struct ShortVerdict
{
	uint8		cls;
	uint8		actionable;		/* NtrkTri */
} ShortVerdict;

/*
 * Classify argument 0 with the frame in argument 1, remembering verdicts per
 * call site.  Returns false for a NULL fusion.  With want_labels, *class_oid
 * receives the ntrk_fusion_class label's OID.
 */
static bool
short_verdict(FunctionCallInfo fcinfo, const char *function, bool want_labels,
			  ShortVerdict *out, Oid *class_oid)
{
	NtrkCallSite *site = ntrk_call_site(fcinfo, sizeof(VerdictLabels));
	VerdictLabels *vl = (VerdictLabels *) site->data;
	NtrkMemo   *memo = ntrk_call_site_memo(site);
	NtrkFrame	frame;
	struct varlena *arg;
	size_t		hit_len;
	const void *hit;
	NtrkFusion	f;
	NtrkFusionVerdict v;
	NtrkEvidence ev;
	MemoKey		key;

	if (PG_ARGISNULL(0))
		return false;
	if (want_labels && !vl->resolved)
	{
		resolve_labels(get_func_rettype(fcinfo->flinfo->fn_oid), fusion_class_label,
					   NTRK_CLASS_LAST + 1, vl->class_oids);
		vl->resolved = true;
	}
	frame = frame_argument(fcinfo, 1, function);
	ev = evidence_argument(fcinfo, 5, function);
	arg = PG_GETARG_FUSION_PP(0);
	classification_key(fcinfo, arg, VERDICT_TAG(frame, ev), 2, function, &key);
	if (memo != NULL && key.usable &&
		(hit = ntrk_memo_get(memo, key.bytes, key.len, key.tag, &hit_len)) != NULL)
		memcpy(out, hit, sizeof(ShortVerdict));
	else
	{
		ntrk_fusion_decode(arg, &f);
		classify_with_breakpoints(fcinfo, &f, frame, 2, function, &v);
		ntrk_apply_evidence(ev, &v);
		out->cls = (uint8) v.cls;
		out->actionable = (uint8) v.actionable;
		if (memo != NULL && key.usable)
			ntrk_memo_put(memo, key.bytes, key.len, key.tag, out, sizeof(ShortVerdict));
	}
	if (want_labels)
		*class_oid = DatumGetObjectId(label_oid(vl->class_oids, out->cls, fusion_class_label));
	return true;
}

/* Is the fusion an NTRK-fusion indication for a TRK inhibitor (NULL = cannot say)? */
Datum
ntrk_actionable_sql(PG_FUNCTION_ARGS)
{
	ShortVerdict sv;

	if (!short_verdict(fcinfo, "ntrk_actionable", false, &sv, NULL) ||
		sv.actionable == NTRK_TRI_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(sv.actionable == NTRK_TRI_YES);
}

/* The ntrk_fusion_class of a fusion. */
Datum
ntrk_class_sql(PG_FUNCTION_ARGS)
{
	ShortVerdict sv;
	Oid			class_oid;

	if (!short_verdict(fcinfo, "ntrk_class", true, &sv, &class_oid))
		PG_RETURN_NULL();
	PG_RETURN_OID(class_oid);
}

/* ------------------------------------------------------------------------
 * ntrk_variant_class(gene text, protein_change text) -> ntrk_variant
 * ------------------------------------------------------------------------
 */
#define VAR_NATTS 7

/* Classify (gene, change) text arguments; raises the core's errors. */
static void
classify_variant_args(text *gene, text *change, const char *function,
					  NtrkVariantVerdict *v, char *unrelated)
{
	NtrkKnowledgeError err;
	const char *g = gene ? VARDATA_ANY(gene) : NULL;
	size_t		glen = gene ? VARSIZE_ANY_EXHDR(gene) : 0;
	bool		listed;

	unrelated[0] = '\0';
	if (!ntrk_classify_variant(g, glen, VARDATA_ANY(change), VARSIZE_ANY_EXHDR(change),
							   v, &err))
	{
		/*
		 * A real gene that is neither NTRK nor an off-target resistance gene
		 * (TP53, EGFR, ...) is not an error: mutation tables hold every gene,
		 * and such rows get a NULL class.  Unknown symbols are still errors.
		 */
		if (strcmp(err.argument, "gene") == 0 && g != NULL &&
			ntrk_gene_normalise(g, glen, unrelated, &listed) && listed)
			return;
		unrelated[0] = '\0';
		if (strcmp(err.argument, "gene") == 0)
			ntrk_report_knowledge_error(&err, function, g, glen);
		ntrk_report_knowledge_error(&err, function, VARDATA_ANY(change),
							   VARSIZE_ANY_EXHDR(change));
	}
}

/* Classify one protein change and return the ntrk_variant row. */
Datum
ntrk_variant_class_sql(PG_FUNCTION_ARGS)
{
	static const int enum_cols[] = {4};
	static const LabelFn label_fns[] = {alteration_label};
	static const int label_counts[] = {NTRK_VAR_LAST + 1};
	ResultCache *cache;
	NtrkVariantVerdict v;
	Datum		values[VAR_NATTS];
	bool		nulls[VAR_NATTS];
	char		unrelated[NTRK_SYMBOL_MAX + 1];

	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	cache = result_cache(fcinfo, VAR_NATTS, enum_cols, label_fns, label_counts, 1, -1);
	classify_variant_args(PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0),
						  PG_GETARG_TEXT_PP(1), "ntrk_variant_class", &v, unrelated);

	memset(nulls, 0, sizeof(nulls));
	if (unrelated[0] != '\0')
	{
		/* gene, change as given, no position/numbering/class, a reason */
		set_text(values, nulls, 0, unrelated);
		values[1] = PointerGetDatum(PG_GETARG_TEXT_PP(1));
		nulls[2] = nulls[3] = nulls[4] = true;
		values[5] = BoolGetDatum(false);
		set_text(values, nulls, 6, psprintf("%s is neither an NTRK gene nor an off-target resistance gene; ntrk does not classify its variants.",
											unrelated));
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
	}
	set_text(values, nulls, 0, v.gene);
	set_text(values, nulls, 1, v.change);
	values[2] = Int32GetDatum(v.position);
	nulls[2] = v.amplification;
	set_text(values, nulls, 3, v.numbering);
	values[4] = label_oid(cache->labels[0], v.cls, alteration_label);
	values[5] = BoolGetDatum(v.known_resistance);
	set_text(values, nulls, 6, v.reason);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
}

/* ------------------------------------------------------------------------
 * Aggregate ntrk_patient_status(f, reading_frame, gene, protein_change,
 *								 prior_trk_inhibitor) -> ntrk_patient
 * ------------------------------------------------------------------------
 *
 * The state is a bytea holding an NtrkPatientState.  It is copied out and
 * back (it may arrive with a short header after a parallel worker sent it),
 * validated on the way in (the transition function can also be called
 * directly with any bytea), and updated in place when it is the aggregate's
 * own working copy.
 */
#define STATE_BYTES (VARHDRSZ + sizeof(NtrkPatientState))

/* Read a state argument into st; 22023 if it is not a valid state. */
static void
read_state(bytea *b, NtrkPatientState *st)
{
	if (VARSIZE_ANY_EXHDR(b) != sizeof(NtrkPatientState))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid state for ntrk_patient_status"),
				 errdetail("The state is %zu bytes long, which is not the size of a state of this version of ntrk.",
						   (size_t) VARSIZE_ANY_EXHDR(b))));
	memcpy(st, VARDATA_ANY(b), sizeof(NtrkPatientState));
	if (!ntrk_patient_state_valid(st))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid state for ntrk_patient_status"),
				 errdetail("The state bytes were not produced by this version of ntrk.")));
}

/*
 * Store st as the result: into the incoming bytea when it is the
 * aggregate's own full-header working copy, else into a new bytea in the
 * aggregate context (or the current context for a direct call).
 */
static bytea *
write_state(FunctionCallInfo fcinfo, bytea *in, const NtrkPatientState *st)
{
	MemoryContext aggcontext;
	bytea	   *out;

	if (AggCheckCallContext(fcinfo, &aggcontext))
	{
		if (in != NULL && !VARATT_IS_EXTENDED(in) && VARSIZE(in) == STATE_BYTES)
			out = in;
		else
			out = (bytea *) MemoryContextAlloc(aggcontext, STATE_BYTES);
	}
	else
		out = (bytea *) palloc(STATE_BYTES);
	SET_VARSIZE(out, STATE_BYTES);
	memcpy(VARDATA(out), st, sizeof(NtrkPatientState));
	return out;
}

/*
 * Argument numbers of a transition function: fusion, frame, the 5'
 * breakpoint (then the 3' one and the build; -1 when the aggregate has no
 * breakpoint arguments), gene, protein change, prior-TRK-inhibitor flag.
 */
typedef struct PatientArgs
{
	int			fusion;
	int			frame;
	int			breakpoint5;
	int			gene;
	int			change;
	int			prior;
} PatientArgs;

/*
 * Add one row to the patient state: prior flag, fusion (classified with its
 * frame and breakpoints) and protein change (when its gene is one ntrk
 * classifies).
 */
static Datum
patient_transition(FunctionCallInfo fcinfo, const PatientArgs *a)
{
	static const char function[] = "ntrk_patient_status";
	bytea	   *in = NULL;
	NtrkPatientState st;

	if (!PG_ARGISNULL(0))
	{
		in = (bytea *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
		read_state(in, &st);
	}
	else
		ntrk_patient_init(&st);
	ntrk_patient_count_row(&st);

	if (!PG_ARGISNULL(a->prior))
		ntrk_patient_add_prior(&st, PG_GETARG_BOOL(a->prior));

	if (!PG_ARGISNULL(a->fusion))
	{
		NtrkFusion	f;
		NtrkFusionVerdict v;
		char		text[NTRK_FUSION_TEXT_MAX];
		NtrkFrame	frame = frame_argument(fcinfo, a->frame, function);

		ntrk_fusion_decode(PG_GETARG_FUSION_PP(a->fusion), &f);
		if (a->breakpoint5 >= 0)
			classify_with_breakpoints(fcinfo, &f, frame, a->breakpoint5, function, &v);
		else
			ntrk_classify_fusion(&f, frame, &v);
		ntrk_fusion_format(&f, text);
		ntrk_patient_add_fusion(&st, &v, text);
	}
	else
		(void) frame_argument(fcinfo, a->frame, function);	/* still reject bad words */

	/*
	 * A protein change counts when its gene is one ntrk classifies; other
	 * genes (TP53 ...) are not part of the NTRK status and are skipped.  With
	 * no gene argument the change itself must name the gene.
	 */
	if (!PG_ARGISNULL(a->change))
	{
		text	   *change = PG_GETARG_TEXT_PP(a->change);
		text	   *gene = PG_ARGISNULL(a->gene) ? NULL : PG_GETARG_TEXT_PP(a->gene);
		bool		relevant;

		if (gene != NULL)
			relevant = ntrk_variant_gene_known(VARDATA_ANY(gene), VARSIZE_ANY_EXHDR(gene));
		else
		{
			NtrkProteinChange pc;
			NtrkKnowledgeError err;

			relevant = !ntrk_protein_change_parse(VARDATA_ANY(change),
												  VARSIZE_ANY_EXHDR(change), &pc, &err) ||
				pc.gene[0] == '\0' ||
				ntrk_variant_gene_known(pc.gene, strlen(pc.gene));
		}
		if (relevant)
		{
			NtrkVariantVerdict v;
			char		unrelated[NTRK_SYMBOL_MAX + 1];

			classify_variant_args(gene, change, function, &v, unrelated);
			if (unrelated[0] == '\0')
				ntrk_patient_add_variant(&st, &v);
		}
	}

	PG_RETURN_BYTEA_P(write_state(fcinfo, in, &st));
}

/* ntrk_patient_status(f, reading_frame, gene, protein_change, prior) */
Datum
ntrk_patient_status_transfn(PG_FUNCTION_ARGS)
{
	static const PatientArgs args = {1, 2, -1, 3, 4, 5};

	return patient_transition(fcinfo, &args);
}

/*
 * ntrk_patient_status(f, reading_frame, breakpoint5, breakpoint3,
 *					   genome_build, gene, protein_change, prior)
 */
Datum
ntrk_patient_status_bp_transfn(PG_FUNCTION_ARGS)
{
	static const PatientArgs args = {1, 2, 3, 6, 7, 8};

	return patient_transition(fcinfo, &args);
}

/* Merge two partial states (parallel workers, Citus). */
Datum
ntrk_patient_status_combinefn(PG_FUNCTION_ARGS)
{
	bytea	   *a = (bytea *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	NtrkPatientState sa,
				sb;

	read_state(a, &sa);
	read_state((bytea *) PG_DETOAST_DATUM(PG_GETARG_DATUM(1)), &sb);
	ntrk_patient_merge(&sa, &sb);
	PG_RETURN_BYTEA_P(write_state(fcinfo, a, &sa));
}

#define PAT_NATTS 6

/* Turn the state into the ntrk_patient row. */
Datum
ntrk_patient_status_finalfn(PG_FUNCTION_ARGS)
{
	static const int enum_cols[] = {0, 3};
	static const LabelFn label_fns[] = {status_label, alteration_label};
	static const int label_counts[] = {NTRK_STATUS_LAST + 1, NTRK_VAR_LAST + 1};
	ResultCache *cache;
	NtrkPatientState st;
	NtrkPatientVerdict pv;
	Datum		values[PAT_NATTS];
	bool		nulls[PAT_NATTS];

	cache = result_cache(fcinfo, PAT_NATTS, enum_cols, label_fns, label_counts, 2, 3);
	read_state((bytea *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0)), &st);
	ntrk_patient_finish(&st, &pv);

	memset(nulls, 0, sizeof(nulls));
	values[0] = label_oid(cache->labels[0], pv.status, status_label);
	set_text(values, nulls, 1, pv.ntrk_gene);
	set_text(values, nulls, 2, pv.fusion);
	if (pv.status == NTRK_STATUS_RESISTANT)
	{
		Datum		elems[NTRK_VAR_LAST + 1];
		int			n = 0;
		int			c;

		for (c = 0; c <= NTRK_VAR_LAST; c++)
			if (pv.resistance & (1u << c))
				elems[n++] = label_oid(cache->labels[1], c, alteration_label);
		values[3] = PointerGetDatum(construct_array(elems, n, cache->array_elem,
													sizeof(Oid), true, TYPALIGN_INT));
	}
	else
		nulls[3] = true;
	set_tri(values, nulls, 4, pv.prior_tki);
	set_text(values, nulls, 5, pv.reason);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
}
