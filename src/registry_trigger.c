/*
 * registry_trigger.c
 *		ntrk_registry_trigger: a BEFORE INSERT OR UPDATE row trigger that
 *		parses a raw fusion notation into a fusion column, fills optional
 *		classification columns, and sends rows it cannot read to the
 *		quarantine table instead of aborting; and ntrk_quarantine_retry,
 *		which moves quarantined rows that now parse back into their table.
 *
 * Trigger arguments: the raw text column, the fusion column, then options
 * written key=value:
 *	on_error=keep|skip	keep the row with a NULL fusion (default), or skip it
 *	frame=<column>		text column with the caller's reading frame, used
 *						for classification (a word ntrk does not know is bad
 *						input like a bad fusion)
 *	breakpoint5=, breakpoint3=, genome_build=<column>
 *						text columns with the fusion's genomic breakpoints
 *						and their build (GRCh38, hg19 ...): the NTRK
 *						breakpoint decides kinase retention when the fusion
 *						names no exon (see ntrk_classify); a breakpoint that
 *						cannot be read leaves retention undecided and the
 *						reason says why (the fusion itself is kept)
 *	class=, ntrk_gene=, partner=, driver_gene=, actionable=,
 *	orientation_inferred=, kinase_kept=, reason=<column>
 *						columns that receive ntrk_classify's fields
 *
 * The quarantine table ntrk_quarantine lives in the extension's schema and
 * is found through ntrk_schema_oid(), never through search_path.  Rows are
 * written to it as its owner, so users who may insert into a registry table
 * need no privilege on the quarantine.  Everything happens in the user's
 * transaction: a quarantined row and the statement that produced it commit
 * or roll back together, so no row is ever lost or duplicated.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/objectaddress.h"
#include "catalog/pg_class.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_index.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/syscache.h"

#include "breakpoint.h"
#include "memo.h"
#include "ntrk.h"
#include "ntrk_knowledge.h"

PG_FUNCTION_INFO_V1(ntrk_registry_trigger);
PG_FUNCTION_INFO_V1(ntrk_quarantine_retry);

#define TRIGGER_FUNCTION_NAME	"ntrk_registry_trigger"
#define QUARANTINE_TABLE		"ntrk_quarantine"

static const char usage_hint[] =
"Create it as BEFORE INSERT OR UPDATE ... FOR EACH ROW EXECUTE FUNCTION "
"ntrk_registry_trigger('raw_column', 'fusion_column' [, 'on_error=keep|skip'] "
"[, 'frame=column'] [, 'breakpoint5=column', 'breakpoint3=column', "
"'genome_build=column'] [, 'class=column', 'ntrk_gene=column', 'partner=column', "
"'driver_gene=column', 'actionable=column', 'orientation_inferred=column', "
"'kinase_kept=column', 'reason=column']).";

/* Classification fields a trigger can write, and the column type each needs. */
typedef enum RegOutput
{
	REG_CLASS = 0,
	REG_NTRK_GENE,
	REG_PARTNER,
	REG_DRIVER_GENE,
	REG_ACTIONABLE,
	REG_ORIENTATION,
	REG_KINASE_KEPT,
	REG_REASON,
	REG_N_OUTPUTS
} RegOutput;

static const struct
{
	const char *key;
	bool		boolean;		/* boolean column; otherwise text */
}			reg_outputs[REG_N_OUTPUTS] = {
	[REG_CLASS] = {"class", false},
	[REG_NTRK_GENE] = {"ntrk_gene", false},
	[REG_PARTNER] = {"partner", false},
	[REG_DRIVER_GENE] = {"driver_gene", false},
	[REG_ACTIONABLE] = {"actionable", true},
	[REG_ORIENTATION] = {"orientation_inferred", true},
	[REG_KINASE_KEPT] = {"kinase_kept", true},
	[REG_REASON] = {"reason", false},
};

/* One trigger's configuration, resolved against its table. */
typedef struct RegistryConfig
{
	Oid			tgoid;
	Oid			relid;
	AttrNumber	raw_att;
	AttrNumber	fusion_att;
	AttrNumber	frame_att;		/* 0 = none */
	AttrNumber	junction_att[3];	/* breakpoint5, breakpoint3, genome_build;
									 * 0 = none */
	AttrNumber	out_att[REG_N_OUTPUTS]; /* 0 = not wanted */
	bool		class_is_enum;	/* class column is ntrk_fusion_class */
	Oid			class_labels[NTRK_CLASS_LAST + 1];	/* enum label oids */
	bool		keep;			/* on_error=keep */
	int			n_set;			/* columns the trigger writes */
	int			set_cols[REG_N_OUTPUTS + 1];
	NtrkMemo   *memo;			/* raw value (+ frame) -> RegistryResult */
	StringInfoData err;			/* error text, reused row after row */
} RegistryConfig;

/*
 * What the trigger computes from one raw value and frame word, remembered
 * per statement: a load repeats a few hundred distinct notations.
 */
typedef struct RegistryResult
{
	uint32		packed_len;
	uint8		packed[NTRK_FUSION_PACKED_MAX];
	NtrkFusionVerdict verdict;	/* only when classification columns exist */
} RegistryResult;

/* ------------------------------------------------------------------------
 * Configuration
 * ------------------------------------------------------------------------
 */

/* Raise the trigger-protocol error for a misconfigured trigger. */
#define MISUSE(tg, rel, ...) \
	ereport(ERROR, \
			(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED), \
			 errmsg("trigger \"%s\" on table \"%s\": %s", (tg)->tgname, \
					RelationGetRelationName(rel), psprintf(__VA_ARGS__)), \
			 errhint("%s", usage_hint)))

/*
 * Find a column by name and check that its type is one of the accepted
 * types.  A column the trigger reads may be a domain over one of them.  A
 * column it writes must be the type itself, without a length limit: values
 * are stored without coercion, so neither a domain's constraints nor a
 * varchar(n) limit would be checked.
 */
static AttrNumber
config_column(Relation rel, const Trigger *tg, const char *role, const char *name,
			  const Oid *types, int ntypes, const char *type_names, bool output)
{
	TupleDesc	desc = RelationGetDescr(rel);
	AttrNumber	att = SPI_fnumber(desc, name);
	Form_pg_attribute a;
	Oid			base;
	int32		typmod;
	int			i;

	if (att == SPI_ERROR_NOATTRIBUTE || att <= 0)
		MISUSE(tg, rel, "%s column \"%s\" does not exist", role, name);
	a = TupleDescAttr(desc, att - 1);
	typmod = a->atttypmod;
	base = output ? a->atttypid : getBaseTypeAndTypmod(a->atttypid, &typmod);
	for (i = 0; i < ntypes; i++)
		if (base == types[i])
			break;
	if (i == ntypes || (output && typmod >= 0))
		MISUSE(tg, rel, "%s column \"%s\" is of type %s; it must be %s",
			   role, name, format_type_with_typemod(a->atttypid, a->atttypmod), type_names);
	if (output && a->attgenerated)
		MISUSE(tg, rel, "%s column \"%s\" is a generated column", role, name);
	return att;
}

/* Oid of a type in the extension's schema, InvalidOid when absent. */
static Oid
schema_type(const char *name, Oid nsp)
{
	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(name),
						   ObjectIdGetDatum(nsp));
}

/* Read the trigger's arguments and resolve them against its table. */
static void
config_build(RegistryConfig *cfg, Relation rel, const Trigger *tg)
{
	Oid			nsp = ntrk_schema_oid();
	Oid			fusion_type = schema_type("fusion", nsp);
	Oid			class_type = schema_type("ntrk_fusion_class", nsp);
	static const Oid text_types[] = {TEXTOID, VARCHAROID, BPCHAROID};
	static const Oid out_text[] = {TEXTOID, VARCHAROID};
	static const Oid bool_types[] = {BOOLOID};
	Oid			class_types[3] = {TEXTOID, VARCHAROID, class_type};
	bool		seen_key[REG_N_OUTPUTS + 5] = {0};
	static const char *const junction_keys[3] = {"breakpoint5", "breakpoint3", "genome_build"};
	int			i,
				k;

	memset(cfg, 0, sizeof(*cfg));
	cfg->tgoid = tg->tgoid;
	cfg->relid = RelationGetRelid(rel);
	cfg->keep = true;
	if (tg->tgnargs < 2)
		MISUSE(tg, rel, "ntrk_registry_trigger needs at least two arguments, the raw text column and the fusion column");

	cfg->raw_att = config_column(rel, tg, "raw", tg->tgargs[0], text_types, 3,
								 "text, varchar or char", false);
	cfg->fusion_att = config_column(rel, tg, "fusion", tg->tgargs[1], &fusion_type, 1,
									"fusion", true);
	cfg->set_cols[cfg->n_set++] = cfg->fusion_att;

	for (i = 2; i < tg->tgnargs; i++)
	{
		const char *arg = tg->tgargs[i];
		const char *eq = strchr(arg, '=');
		char	   *key;
		const char *val;

		if (eq == NULL || eq == arg || eq[1] == '\0')
			MISUSE(tg, rel, "argument \"%s\" is not written key=value", arg);
		key = pnstrdup(arg, eq - arg);
		val = eq + 1;
		if (strcmp(key, "on_error") == 0)
		{
			if (seen_key[REG_N_OUTPUTS])
				MISUSE(tg, rel, "on_error is given twice");
			seen_key[REG_N_OUTPUTS] = true;
			if (strcmp(val, "keep") == 0)
				cfg->keep = true;
			else if (strcmp(val, "skip") == 0)
				cfg->keep = false;
			else
				MISUSE(tg, rel, "on_error must be keep or skip, not \"%s\"", val);
			continue;
		}
		if (strcmp(key, "frame") == 0)
		{
			if (seen_key[REG_N_OUTPUTS + 1])
				MISUSE(tg, rel, "frame is given twice");
			seen_key[REG_N_OUTPUTS + 1] = true;
			cfg->frame_att = config_column(rel, tg, "frame", val, text_types, 3,
										   "text, varchar or char", false);
			continue;
		}
		for (k = 0; k < 3; k++)
			if (strcmp(key, junction_keys[k]) == 0)
				break;
		if (k < 3)
		{
			if (seen_key[REG_N_OUTPUTS + 2 + k])
				MISUSE(tg, rel, "%s is given twice", key);
			seen_key[REG_N_OUTPUTS + 2 + k] = true;
			cfg->junction_att[k] = config_column(rel, tg, key, val, text_types, 3,
												 "text, varchar or char", false);
			continue;
		}
		for (k = 0; k < REG_N_OUTPUTS; k++)
			if (strcmp(key, reg_outputs[k].key) == 0)
				break;
		if (k == REG_N_OUTPUTS)
			MISUSE(tg, rel, "unknown option \"%s\"", key);
		if (seen_key[k])
			MISUSE(tg, rel, "%s is given twice", key);
		seen_key[k] = true;
		if (k == REG_CLASS)
			cfg->out_att[k] = config_column(rel, tg, key, val, class_types,
											OidIsValid(class_type) ? 3 : 2,
											"text or ntrk_fusion_class", true);
		else if (reg_outputs[k].boolean)
			cfg->out_att[k] = config_column(rel, tg, key, val, bool_types, 1, "boolean", true);
		else
			cfg->out_att[k] = config_column(rel, tg, key, val, out_text, 2,
											"text (or varchar without a length)", true);
		cfg->set_cols[cfg->n_set++] = cfg->out_att[k];
	}

	/* Each column is written by one output only, and never the raw column. */
	for (i = 0; i < cfg->n_set; i++)
	{
		if (cfg->set_cols[i] == cfg->raw_att || cfg->set_cols[i] == cfg->frame_att ||
			cfg->set_cols[i] == cfg->junction_att[0] ||
			cfg->set_cols[i] == cfg->junction_att[1] ||
			cfg->set_cols[i] == cfg->junction_att[2])
			MISUSE(tg, rel, "column \"%s\" is both read and written by the trigger",
				   NameStr(TupleDescAttr(RelationGetDescr(rel), cfg->set_cols[i] - 1)->attname));
		for (k = 0; k < i; k++)
			if (cfg->set_cols[k] == cfg->set_cols[i])
				MISUSE(tg, rel, "column \"%s\" receives two outputs",
					   NameStr(TupleDescAttr(RelationGetDescr(rel), cfg->set_cols[i] - 1)->attname));
	}
	if (cfg->keep)
		for (i = 0; i < cfg->n_set; i++)
			if (TupleDescAttr(RelationGetDescr(rel), cfg->set_cols[i] - 1)->attnotnull)
				MISUSE(tg, rel, "on_error=keep stores NULL in column \"%s\", which is NOT NULL",
					   NameStr(TupleDescAttr(RelationGetDescr(rel), cfg->set_cols[i] - 1)->attname));

	if (cfg->out_att[REG_CLASS] != 0)
	{
		Oid			t = TupleDescAttr(RelationGetDescr(rel),
									  cfg->out_att[REG_CLASS] - 1)->atttypid;

		cfg->class_is_enum = OidIsValid(class_type) && t == class_type;
		/*
		 * A label the SQL enum lacks (a newer library over an older SQL
		 * version, before ALTER EXTENSION ntrk UPDATE) stays InvalidOid: it
		 * is an error only if a row is classified into it.
		 */
		if (cfg->class_is_enum)
			for (k = 0; k <= NTRK_CLASS_LAST; k++)
				cfg->class_labels[k] =
					GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
									ObjectIdGetDatum(class_type),
									CStringGetDatum(ntrk_fusion_class_name((NtrkFusionClass) k)));
	}
}

/*
 * Parse a raw notation (and the frame word, when the trigger has a frame
 * column and the row has one).  On failure err receives the reason, as the
 * quarantine records it; both failures are SQLSTATE 22P02 errors.
 */
static bool
registry_parse(const RegistryConfig *cfg, text *raw, text *frame, NtrkFusion *f,
			   NtrkFrame *fr, StringInfo err)
{
	NtrkParseError perr;
	NtrkKnowledgeError kerr;
	const char *s = VARDATA_ANY(raw);
	int			len = VARSIZE_ANY_EXHDR(raw);

	if (!ntrk_fusion_parse(s, len, f, &perr))
	{
		NtrkEcho	echo = ntrk_echo(s, len, NTRK_ECHO_MAX);

		appendStringInfo(err, "invalid input syntax for type fusion: " NTRK_ECHO_FMT ": %s",
						 NTRK_ECHO_ARGS(echo), perr.detail);
		return false;
	}
	*fr = NTRK_FRAME_UNKNOWN;
	if (cfg->frame_att != 0 && frame != NULL &&
		!ntrk_frame_normalise(VARDATA_ANY(frame), VARSIZE_ANY_EXHDR(frame), fr, &kerr))
	{
		appendStringInfo(err, "invalid reading frame: %s", kerr.detail);
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------------
 * Quarantine
 * ------------------------------------------------------------------------
 */

/* The quarantine insert, prepared once per backend and schema. */
static SPIPlanPtr quarantine_plan = NULL;
static Oid	quarantine_plan_nsp = InvalidOid;

/* Oid and owner of the quarantine table in the extension's schema. */
static Oid
quarantine_table(Oid nsp, Oid *owner)
{
	Oid			relid = get_relname_relid(QUARANTINE_TABLE, nsp);
	HeapTuple	tup;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("quarantine table \"%s\" is missing from schema \"%s\"",
						QUARANTINE_TABLE, get_namespace_name(nsp)),
				 errhint("Re-create the ntrk extension.")));
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	*owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return relid;
}

/* Switch to the quarantine's owner; returns what to restore. */
static void
become_owner(Oid owner, Oid *save_user, int *save_sec)
{
	GetUserIdAndSecContext(save_user, save_sec);
	SetUserIdAndSecContext(owner, *save_sec | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
}

/* Prepare (or reuse) the quarantine insert; call inside SPI. */
static SPIPlanPtr
quarantine_insert_plan(Oid nsp)
{
	static Oid	argtypes[] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
		RECORDOID, RECORDOID, TEXTOID, TEXTOID, TEXTOID};
	char	   *sql;
	SPIPlanPtr	plan;

	if (quarantine_plan != NULL && quarantine_plan_nsp == nsp)
		return quarantine_plan;
	sql = psprintf("INSERT INTO %s.%s (table_schema, table_name, operation, action, "
				   "raw_value, row_data, old_row, error, sqlstate, quarantined_by) "
				   "VALUES ($1, $2, $3, $4, $5, pg_catalog.to_jsonb($6), "
				   "pg_catalog.to_jsonb($7), $8, $9, $10)",
				   quote_identifier(get_namespace_name(nsp)), QUARANTINE_TABLE);
	plan = SPI_prepare(sql, lengthof(argtypes), argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for the quarantine insert: %s",
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed for the quarantine insert");
	if (quarantine_plan != NULL)
		SPI_freeplan(quarantine_plan);
	quarantine_plan = plan;
	quarantine_plan_nsp = nsp;
	return plan;
}

/*
 * Write one row to the quarantine: its table, the operation, what happened
 * to it, the raw value, the row (and for UPDATE the old row) as jsonb, the
 * error, and the user.  Runs as the quarantine's owner.
 */
static void
quarantine_row(TriggerData *td, bool keep, text *raw, const char *error)
{
	Relation	rel = td->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		update = TRIGGER_FIRED_BY_UPDATE(td->tg_event);
	HeapTuple	row = update ? td->tg_newtuple : td->tg_trigtuple;
	Oid			nsp = ntrk_schema_oid();
	Oid			owner;
	Oid			save_user;
	int			save_sec;
	Datum		values[10];
	char		nulls[10];
	char	   *user = GetUserNameFromId(GetUserId(), false);
	int			rc;

	(void) quarantine_table(nsp, &owner);
	memset(nulls, ' ', sizeof(nulls));
	values[0] = CStringGetTextDatum(get_namespace_name(RelationGetNamespace(rel)));
	values[1] = CStringGetTextDatum(RelationGetRelationName(rel));
	values[2] = CStringGetTextDatum(update ? "UPDATE" : "INSERT");
	values[3] = CStringGetTextDatum(keep ? "kept" : "skipped");
	values[4] = PointerGetDatum(DatumGetTextP(PointerGetDatum(raw)));
	values[5] = heap_copy_tuple_as_datum(row, desc);
	if (update)
		values[6] = heap_copy_tuple_as_datum(td->tg_trigtuple, desc);
	else
		nulls[6] = 'n';
	values[7] = CStringGetTextDatum(error);
	values[8] = CStringGetTextDatum("22P02");
	values[9] = CStringGetTextDatum(user);

	become_owner(owner, &save_user, &save_sec);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_plan(quarantine_insert_plan(nsp), values, nulls, false, 0);
	if (rc != SPI_OK_INSERT)
		elog(ERROR, "quarantine insert failed: %s", SPI_result_code_string(rc));
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);
}

/* ------------------------------------------------------------------------
 * The trigger
 * ------------------------------------------------------------------------
 */

/* Index in cfg->set_cols (and in values/nulls) of an output; -1 if unused. */
static int
output_slot(const RegistryConfig *cfg, RegOutput o)
{
	int			i;

	if (cfg->out_att[o] != 0)
		for (i = 0; i < cfg->n_set; i++)
			if (cfg->set_cols[i] == cfg->out_att[o])
				return i;
	return -1;
}

/* Set a text output column; an empty string is NULL. */
static void
set_text_output(const RegistryConfig *cfg, RegOutput o, const char *s,
				Datum *values, bool *nulls)
{
	int			i = output_slot(cfg, o);

	if (i < 0)
		return;
	nulls[i] = (s == NULL || s[0] == '\0');
	if (!nulls[i])
		values[i] = CStringGetTextDatum(s);
}

/* Set a boolean output column from a three-valued answer (NULL = unknown). */
static void
set_bool_output(const RegistryConfig *cfg, RegOutput o, NtrkTri v,
				Datum *values, bool *nulls)
{
	int			i = output_slot(cfg, o);

	if (i < 0)
		return;
	nulls[i] = (v == NTRK_TRI_UNKNOWN);
	values[i] = BoolGetDatum(v == NTRK_TRI_YES);
}

/*
 * Fill the classification outputs the way ntrk_classify returns them
 * (values/nulls follow cfg->set_cols).
 */
static void
set_classification(const RegistryConfig *cfg, const NtrkFusionVerdict *v,
				   Datum *values, bool *nulls)
{
	int			i;

	if (cfg->n_set == 1)
		return;
	if ((i = output_slot(cfg, REG_CLASS)) >= 0)
	{
		nulls[i] = false;
		if (cfg->class_is_enum && !OidIsValid(cfg->class_labels[v->cls]))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("enum ntrk_fusion_class has no label \"%s\"",
							ntrk_fusion_class_name(v->cls)),
					 errhint("The ntrk library is newer than its SQL objects; run ALTER EXTENSION ntrk UPDATE.")));
		values[i] = cfg->class_is_enum ? ObjectIdGetDatum(cfg->class_labels[v->cls])
			: CStringGetTextDatum(ntrk_fusion_class_name(v->cls));
	}
	set_text_output(cfg, REG_NTRK_GENE, v->ntrk ? ntrk_ntrk_symbol(v->ntrk) : NULL, values, nulls);
	set_text_output(cfg, REG_PARTNER, v->partner, values, nulls);
	set_text_output(cfg, REG_DRIVER_GENE, v->driver_gene, values, nulls);
	set_text_output(cfg, REG_REASON, v->reason, values, nulls);
	set_bool_output(cfg, REG_ACTIONABLE, v->actionable, values, nulls);
	set_bool_output(cfg, REG_ORIENTATION, v->orientation_inferred ? NTRK_TRI_YES : NTRK_TRI_NO,
					values, nulls);
	set_bool_output(cfg, REG_KINASE_KEPT, v->kinase_kept, values, nulls);
}

/*
 * Junction evidence of a row from its breakpoint and build texts (any may be
 * NULL).  A text that cannot be read is not bad input for the row: the
 * evidence then says why it was not read, and kinase retention stays as the
 * fusion alone gives it.
 */
static void
registry_evidence(const NtrkFusion *f, text *const junction[3], NtrkJunctionEvidence *ev)
{
	int			g3 = ntrk_ntrk_number(f->p3.symbol);
	int			g5 = ntrk_ntrk_number(f->p5.symbol);
	int			build = 0;
	NtrkKnowledgeError kerr;

	memset(ev, 0, sizeof(*ev));
	ev->kinase_kept = NTRK_TRI_UNKNOWN;
	if ((g3 == 0 && g5 == 0) || (junction[0] == NULL && junction[1] == NULL))
		return;
	if (junction[2] != NULL &&
		!ntrk_build_parse(VARDATA_ANY(junction[2]), VARSIZE_ANY_EXHDR(junction[2]), &build, &kerr))
	{
		snprintf(ev->text, sizeof(ev->text), "the genome build was not read: %s", kerr.detail);
		return;
	}
	if (!ntrk_junction_from_breakpoints(g3 ? g3 : g5, g3 != 0,
										junction[0] ? VARDATA_ANY(junction[0]) : NULL,
										junction[0] ? VARSIZE_ANY_EXHDR(junction[0]) : 0,
										junction[1] ? VARDATA_ANY(junction[1]) : NULL,
										junction[1] ? VARSIZE_ANY_EXHDR(junction[1]) : 0,
										build, ev, &kerr))
	{
		memset(ev, 0, sizeof(*ev));
		ev->kinase_kept = NTRK_TRI_UNKNOWN;
		snprintf(ev->text, sizeof(ev->text), "the breakpoint was not read: %s", kerr.detail);
	}
}

/*
 * Parse and classify one raw value, through the statement's memo (rows with
 * breakpoints are classified without it).  Returns NULL (with err filled)
 * when the value or its frame word is not valid.
 */
static const RegistryResult *
registry_compute(RegistryConfig *cfg, text *raw, text *frame, text *const junction[3],
				 StringInfo err)
{
	bool		has_junction = junction[0] != NULL || junction[1] != NULL;
	char		key[64];
	size_t		raw_len = VARSIZE_ANY_EXHDR(raw);
	size_t		frame_len = frame ? VARSIZE_ANY_EXHDR(frame) : 0;
	size_t		key_len = 0;
	size_t		hit_len;
	const void *hit;
	RegistryResult *res;
	NtrkFusion	f;
	NtrkFrame	fr;

	/* key: raw bytes, a separator that cannot occur in a valid raw value, frame */
	if (!has_junction && raw_len + 1 + frame_len <= sizeof(key))
	{
		memcpy(key, VARDATA_ANY(raw), raw_len);
		key[raw_len] = '\001';
		if (frame_len > 0)
			memcpy(key + raw_len + 1, VARDATA_ANY(frame), frame_len);
		key_len = raw_len + 1 + frame_len;
		if ((hit = ntrk_memo_get(cfg->memo, key, key_len, 0, &hit_len)) != NULL)
			return (const RegistryResult *) hit;
	}
	if (!registry_parse(cfg, raw, frame, &f, &fr, err))
		return NULL;
	res = palloc(sizeof(RegistryResult));
	res->packed_len = (uint32) ntrk_fusion_pack(&f, res->packed);
	if (cfg->n_set > 1)
	{
		NtrkJunctionEvidence ev;

		registry_evidence(&f, junction, &ev);
		ntrk_classify_fusion_with(&f, fr, &ev, &res->verdict);
	}
	if (key_len > 0)
		ntrk_memo_put(cfg->memo, key, key_len, 0, res, sizeof(RegistryResult));
	return res;
}

/*
 * The trigger's configuration, built once per statement and kept with the
 * call site (fn_extra); rebuilt if the same FmgrInfo serves another trigger.
 */
static RegistryConfig *
trigger_config(FunctionCallInfo fcinfo, TriggerData *td)
{
	NtrkCallSite *site = ntrk_call_site(fcinfo, sizeof(RegistryConfig));
	RegistryConfig *cfg = (RegistryConfig *) site->data;

	if (cfg->memo == NULL || cfg->tgoid != td->tg_trigger->tgoid ||
		cfg->relid != RelationGetRelid(td->tg_relation))
	{
		RegistryConfig tmp;
		MemoryContext old;

		config_build(&tmp, td->tg_relation, td->tg_trigger);
		if (cfg->memo != NULL)
		{
			ntrk_memo_free(cfg->memo);
			pfree(cfg->err.data);
		}
		*cfg = tmp;
		cfg->memo = ntrk_memo_create(fcinfo->flinfo->fn_mcxt);
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		initStringInfo(&cfg->err);
		MemoryContextSwitchTo(old);
	}
	return cfg;
}

/* Check that the trigger is fired the way it must be. */
static void
check_protocol(FunctionCallInfo fcinfo)
{
	TriggerData *td;
	const char *name;
	const char *rel;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ntrk_registry_trigger: not called by the trigger manager"),
				 errhint("%s", usage_hint)));
	td = (TriggerData *) fcinfo->context;
	name = td->tg_trigger->tgname;
	rel = RelationGetRelationName(td->tg_relation);
	if (!TRIGGER_FIRED_BEFORE(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\" must be fired BEFORE the row is written",
						name, rel),
				 errdetail("It was fired %s.",
						   TRIGGER_FIRED_AFTER(td->tg_event) ? "AFTER" : "INSTEAD OF"),
				 errhint("%s", usage_hint)));
	if (!TRIGGER_FIRED_FOR_ROW(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\" must be fired FOR EACH ROW",
						name, rel),
				 errhint("%s", usage_hint)));
	if (!TRIGGER_FIRED_BY_INSERT(td->tg_event) && !TRIGGER_FIRED_BY_UPDATE(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\" must be fired for INSERT or UPDATE",
						name, rel),
				 errdetail("It was fired for DELETE."),
				 errhint("%s", usage_hint)));
}

/*
 * ntrk_registry_trigger() -> trigger
 *
 * fusion := the raw column parsed (NULL when raw is NULL); classification
 * columns from ntrk_classify.  Bad input goes to the quarantine and the row
 * is kept with NULL fusion and classification, or skipped.
 */
Datum
ntrk_registry_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	RegistryConfig *cfg;
	HeapTuple	row;
	TupleDesc	desc;
	Datum		d;
	bool		isnull;
	text	   *raw = NULL;
	text	   *frame = NULL;
	text	   *junction[3] = {NULL, NULL, NULL};
	int			j;
	Datum		values[REG_N_OUTPUTS + 1];
	bool		nulls[REG_N_OUTPUTS + 1];
	const RegistryResult *res;

	check_protocol(fcinfo);
	td = (TriggerData *) fcinfo->context;
	cfg = trigger_config(fcinfo, td);
	desc = RelationGetDescr(td->tg_relation);
	row = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;

	memset(nulls, true, sizeof(nulls));
	d = heap_getattr(row, cfg->raw_att, desc, &isnull);
	if (!isnull)
		raw = DatumGetTextPP(d);
	if (cfg->frame_att != 0)
	{
		d = heap_getattr(row, cfg->frame_att, desc, &isnull);
		if (!isnull)
			frame = DatumGetTextPP(d);
	}

	for (j = 0; j < 3; j++)
		if (cfg->junction_att[j] != 0)
		{
			d = heap_getattr(row, cfg->junction_att[j], desc, &isnull);
			if (!isnull)
				junction[j] = DatumGetTextPP(d);
		}

	if (raw != NULL)
	{
		resetStringInfo(&cfg->err);
		if ((res = registry_compute(cfg, raw, frame, junction, &cfg->err)) != NULL)
		{
			struct varlena *v = palloc(VARHDRSZ + res->packed_len);

			SET_VARSIZE(v, VARHDRSZ + res->packed_len);
			memcpy(VARDATA(v), res->packed, res->packed_len);
			values[0] = PointerGetDatum(v);
			nulls[0] = false;
			set_classification(cfg, &res->verdict, values, nulls);
		}
		else
		{
			quarantine_row(td, cfg->keep, raw, cfg->err.data);
			if (!cfg->keep)
				return PointerGetDatum(NULL);
		}
	}
	row = heap_modify_tuple_by_cols(row, desc, cfg->n_set, cfg->set_cols, values, nulls);
	return PointerGetDatum(row);
}

/* ------------------------------------------------------------------------
 * Retry
 * ------------------------------------------------------------------------
 */

/* The table's ntrk_registry_trigger (the first, by name), or error. */
static const Trigger *
find_registry_trigger(Relation rel, Oid nsp)
{
	Oid			fn = LookupFuncName(list_make2(makeString(get_namespace_name(nsp)),
											   makeString(pstrdup(TRIGGER_FUNCTION_NAME))),
									0, NULL, true);
	TriggerDesc *trig = rel->trigdesc;
	int			i;

	for (i = 0; trig != NULL && i < trig->numtriggers; i++)
		if (trig->triggers[i].tgfoid == fn)
			return &trig->triggers[i];
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("table \"%s\" has no ntrk_registry_trigger", RelationGetRelationName(rel)),
			 errdetail("The retry parses quarantined rows the way the table's trigger does.")));
	return NULL;					/* keep the compiler quiet */
}

/*
 * Comma-separated quoted names of the columns an INSERT (or, with
 * for_update, an UPDATE) may write: no dropped or generated columns, and for
 * UPDATE no GENERATED ALWAYS identity.
 */
static char *
column_list(TupleDesc desc, bool for_update)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);

		if (a->attisdropped || a->attgenerated)
			continue;
		if (for_update && a->attidentity == ATTRIBUTE_IDENTITY_ALWAYS)
			continue;
		appendStringInfo(&buf, "%s%s", buf.len ? ", " : "",
						 quote_identifier(NameStr(a->attname)));
	}
	return buf.data;
}

/* The primary key columns as "t.a, t.b" and "a, b"; false when there is none. */
static bool
primary_key(Relation rel, char **qualified, char **plain)
{
	Oid			pk = ntrk_primary_key_index(rel);
	HeapTuple	tup;
	Form_pg_index idx;
	StringInfoData q,
				p;
	int			i;

	if (!OidIsValid(pk))
		return false;
	tup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(pk));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for index %u", pk);
	idx = (Form_pg_index) GETSTRUCT(tup);
	initStringInfo(&q);
	initStringInfo(&p);
	for (i = 0; i < idx->indnkeyatts; i++)
	{
		const char *col = quote_identifier(NameStr(TupleDescAttr(RelationGetDescr(rel),
																 idx->indkey.values[i] - 1)->attname));

		appendStringInfo(&q, "%st.%s", i ? ", " : "", col);
		appendStringInfo(&p, "%s%s", i ? ", " : "", col);
	}
	ReleaseSysCache(tup);
	*qualified = q.data;
	*plain = p.data;
	return true;
}

/* Plans of one retry. */
typedef struct RetryPlans
{
	SPIPlanPtr	insert;			/* skipped INSERT: put the row back */
	SPIPlanPtr	update;			/* skipped UPDATE: apply it; NULL without PK */
	SPIPlanPtr	refresh;		/* kept rows: touch them so the trigger reruns */
	SPIPlanPtr	pending;		/* kept rows: is one still waiting for a fusion? */
} RetryPlans;

/* Prepare the statements that move rows back into the table. */
static void
prepare_retry(RetryPlans *p, Relation rel, const RegistryConfig *cfg)
{
	TupleDesc	desc = RelationGetDescr(rel);
	char	   *tbl = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												 RelationGetRelationName(rel));
	const char *raw = quote_identifier(NameStr(TupleDescAttr(desc, cfg->raw_att - 1)->attname));
	const char *fus = quote_identifier(NameStr(TupleDescAttr(desc, cfg->fusion_att - 1)->attname));
	char	   *cols = column_list(desc, false);
	char	   *ucols = column_list(desc, true);
	char	   *pkq,
			   *pkp;
	Oid			jsonb2[2] = {JSONBOID, JSONBOID};
	Oid			textarg = TEXTOID;

	p->insert = SPI_prepare(psprintf("INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE "
									 "SELECT %s FROM pg_catalog.jsonb_populate_record(NULL::%s, $1) "
									 "RETURNING true", tbl, cols, cols, tbl), 1, jsonb2);
	p->refresh = SPI_prepare(psprintf("UPDATE %s SET %s = %s WHERE %s OPERATOR(pg_catalog.=) $1 AND %s IS NULL "
									  "RETURNING %s IS NOT NULL",
									  tbl, raw, raw, raw, fus, fus), 1, &textarg);
	p->pending = SPI_prepare(psprintf("SELECT 1 FROM %s WHERE %s OPERATOR(pg_catalog.=) $1 AND %s IS NULL LIMIT 1",
									  tbl, raw, fus), 1, &textarg);
	p->update = NULL;
	if (ucols[0] != '\0' && primary_key(rel, &pkq, &pkp))
		p->update = SPI_prepare(psprintf("UPDATE %s AS t SET (%s) = (SELECT %s FROM "
										 "pg_catalog.jsonb_populate_record(NULL::%s, $1)) "
										 "WHERE (%s) OPERATOR(pg_catalog.=) (SELECT %s FROM "
										 "pg_catalog.jsonb_populate_record(NULL::%s, $2)) RETURNING true",
										 tbl, ucols, ucols, tbl, pkq, pkp, tbl), 2, jsonb2);
	if (p->insert == NULL || p->refresh == NULL || p->pending == NULL)
		elog(ERROR, "SPI_prepare failed for the retry: %s", SPI_result_code_string(SPI_result));
}

/*
 * Run one plan in a subtransaction.  Returns the number of rows processed,
 * or -1 with *error set when it raised an error (a query cancel is re-raised after the rollback).
 * *n_true receives how many rows it returned with a true first column.
 */
static int64
run_guarded(SPIPlanPtr plan, Datum *args, char **error, int64 *n_true)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	int64		n = -1;

	*n_true = 0;
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		int			rc = SPI_execute_plan(plan, args, NULL, false, 0);

		if (rc < 0)
			elog(ERROR, "retry statement failed: %s", SPI_result_code_string(rc));
		n = (int64) SPI_processed;
		if (SPI_tuptable != NULL)
		{
			uint64		k;
			bool		isnull;

			for (k = 0; k < SPI_processed; k++)
				if (DatumGetBool(SPI_getbinval(SPI_tuptable->vals[k], SPI_tuptable->tupdesc,
											   1, &isnull)) && !isnull)
					(*n_true)++;
		}
		SPI_freetuptable(SPI_tuptable);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		/*
		 * Roll our subtransaction back first, whatever the error: a cancel
		 * is then re-thrown with the caller's subtransaction current, so a
		 * caller that traps query_canceled (PL/pgSQL EXCEPTION) rolls back
		 * its own, as PL/pgSQL, PL/Perl and PL/Tcl do.  edata lives in the
		 * caller's context, which the rollback does not free.
		 */
		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (edata->sqlerrcode == ERRCODE_QUERY_CANCELED)
			ReThrowError(edata);
		*error = psprintf("%s: %s", unpack_sql_state(edata->sqlerrcode), edata->message);
		FreeErrorData(edata);
		n = -1;
	}
	PG_END_TRY();
	return n;
}

/* Output one retry result row. */
static void
retry_result(ReturnSetInfo *rsinfo, int64 id, const char *outcome, const char *error)
{
	Datum		values[3];
	bool		nulls[3] = {false, false, error == NULL};

	values[0] = Int64GetDatum(id);
	values[1] = CStringGetTextDatum(outcome);
	values[2] = error ? CStringGetTextDatum(error) : (Datum) 0;
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* One quarantine entry as read by the retry. */
typedef struct RetryEntry
{
	int64		id;
	char	   *operation;
	char	   *action;
	Datum		raw_value;		/* as quarantined (the table's kept row has it) */
	Datum		row;			/* jsonb, possibly corrected by a curator */
	Datum		old;			/* jsonb; valid when !old_null */
	bool		old_null;
	Datum		row_raw;		/* raw column of row; valid when !row_raw_null */
	bool		row_raw_null;
	Datum		row_frame;		/* frame column of row, or NULL */
	bool		row_frame_null;
} RetryEntry;

/* Unpack row i of the quarantine query. */
static void
retry_entry(SPITupleTable *queue, uint64 i, RetryEntry *e)
{
	HeapTuple	t = queue->vals[i];
	TupleDesc	d = queue->tupdesc;
	bool		isnull;

	e->id = DatumGetInt64(SPI_getbinval(t, d, 1, &isnull));
	e->operation = SPI_getvalue(t, d, 2);
	e->action = SPI_getvalue(t, d, 3);
	e->raw_value = SPI_getbinval(t, d, 4, &isnull);
	e->row = SPI_getbinval(t, d, 5, &isnull);
	e->old = SPI_getbinval(t, d, 6, &e->old_null);
	e->row_frame = SPI_getbinval(t, d, 7, &e->row_frame_null);
	e->row_raw = SPI_getbinval(t, d, 8, &e->row_raw_null);
}

/*
 * A kept row is in the table with a NULL fusion.  If its raw value parses
 * now, re-write the rows holding it so that the trigger fills them (rows
 * still failing, e.g. on their frame, are quarantined again by the trigger);
 * if no such row is left (fixed or deleted since), the entry is resolved.
 */
static const char *
retry_kept(const RegistryConfig *cfg, const RetryPlans *plans, RetryEntry *e,
		   char **error)
{
	NtrkFusion	f;
	NtrkFrame	fr;
	StringInfoData err;
	Datum		a[1] = {e->raw_value};
	int64		n,
				fixed;

	initStringInfo(&err);
	if (!registry_parse(cfg, DatumGetTextPP(e->raw_value), NULL, &f, &fr, &err))
	{
		if (SPI_execute_plan(plans->pending, a, NULL, true, 1) == SPI_OK_SELECT &&
			SPI_processed == 0)
			return "resolved";
		*error = err.data;
		return "still failing";
	}
	n = run_guarded(plans->refresh, a, error, &fixed);
	if (n < 0)
		return "failed";
	if (n == 0)
		return "resolved";
	return fixed > 0 ? "updated" : "quarantined again";
}

/*
 * A skipped row is not in the table.  The row image (which a curator may
 * have corrected in the quarantine) is parsed; if it parses, a skipped
 * INSERT is inserted again and a skipped UPDATE applied by primary key.
 */
static const char *
retry_skipped(const RegistryConfig *cfg, const RetryPlans *plans, RetryEntry *e,
			  char **error)
{
	NtrkFusion	f;
	NtrkFrame	fr;
	StringInfoData err;
	int64		n,
				ok;

	initStringInfo(&err);
	if (!e->row_raw_null &&
		!registry_parse(cfg, DatumGetTextPP(e->row_raw),
						e->row_frame_null ? NULL : DatumGetTextPP(e->row_frame),
						&f, &fr, &err))
	{
		*error = err.data;
		return "still failing";
	}
	if (strcmp(e->operation, "INSERT") == 0)
	{
		Datum		a[1] = {e->row};

		n = run_guarded(plans->insert, a, error, &ok);
		if (n < 0)
			return "failed";
		return n > 0 ? "inserted" : "quarantined again";
	}
	if (plans->update == NULL || e->old_null)
	{
		*error = pstrdup("the table has no primary key to find the row the UPDATE was for");
		return "no key";
	}
	{
		Datum		a[2] = {e->row, e->old};

		n = run_guarded(plans->update, a, error, &ok);
	}
	if (n < 0)
		return "failed";
	if (n == 0)
	{
		*error = pstrdup("no row has the primary key the UPDATE was for");
		return "row gone";
	}
	return "updated";
}

/*
 * ntrk_quarantine_retry(tbl regclass)
 *	 RETURNS TABLE (quarantine_id bigint, outcome text, error text)
 *
 * For each quarantined row of the table (oldest first, skipping rows that a
 * concurrent retry holds): parse it again the way the table's trigger does;
 * if it now parses, move it back and delete it from the quarantine:
 *	inserted	a skipped INSERT, inserted again (identity values kept)
 *	updated		a skipped UPDATE, applied by primary key; or kept rows,
 *				re-written so that the trigger fills their fusion
 *	resolved	kept rows: no row with that raw value and a NULL fusion is
 *				left (already fixed or deleted)
 * Rows stay in the quarantine with outcome still failing, failed (moving
 * raised an error, e.g. a unique violation), no key (skipped UPDATE on a
 * table without primary key) or row gone (its target row was deleted).
 * Everything happens in the caller's transaction.
 */
Datum
ntrk_quarantine_retry(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			relid = PG_GETARG_OID(0);
	Oid			nsp = ntrk_schema_oid();
	Oid			owner;
	Oid			save_user;
	int			save_sec;
	Relation	rel;
	RegistryConfig cfg;
	RetryPlans	plans;
	const Trigger *tg;
	Datum		sel_args[4];
	SPITupleTable *queue;
	uint64		nq;
	uint64		i;
	SPIPlanPtr	del;
	Oid			int8arg = INT8OID;
	AclResult	acl;
	static const AclMode needed[] = {ACL_SELECT, ACL_INSERT, ACL_UPDATE};

	InitMaterializedSRF(fcinfo, 0);
	rel = table_open(relid, AccessShareLock);
	for (i = 0; i < lengthof(needed); i++)
	{
		acl = pg_class_aclcheck(relid, GetUserId(), needed[i]);
		if (acl != ACLCHECK_OK)
			aclcheck_error(acl, get_relkind_objtype(rel->rd_rel->relkind),
						   RelationGetRelationName(rel));
	}
	tg = find_registry_trigger(rel, nsp);
	config_build(&cfg, rel, tg);
	(void) quarantine_table(nsp, &owner);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	prepare_retry(&plans, rel, &cfg);

	/* Read and lock this table's entries as the quarantine's owner. */
	sel_args[0] = CStringGetTextDatum(get_namespace_name(RelationGetNamespace(rel)));
	sel_args[1] = CStringGetTextDatum(RelationGetRelationName(rel));
	sel_args[2] = CStringGetTextDatum(NameStr(TupleDescAttr(RelationGetDescr(rel),
															cfg.raw_att - 1)->attname));
	sel_args[3] = cfg.frame_att
		? CStringGetTextDatum(NameStr(TupleDescAttr(RelationGetDescr(rel), cfg.frame_att - 1)->attname))
		: CStringGetTextDatum("");
	become_owner(owner, &save_user, &save_sec);
	{
		Oid			types[4] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID};
		const char *q = quote_identifier(get_namespace_name(nsp));
		int			rc;

		rc = SPI_execute_with_args(psprintf("SELECT id, operation, action, raw_value, "
											"row_data, old_row, row_data OPERATOR(pg_catalog.->>) $4, "
											"row_data OPERATOR(pg_catalog.->>) $3 FROM %s.%s "
											"WHERE table_schema OPERATOR(pg_catalog.=) $1 "
											"AND table_name OPERATOR(pg_catalog.=) $2 "
											"ORDER BY id FOR UPDATE SKIP LOCKED",
											q, QUARANTINE_TABLE),
								   4, types, sel_args, NULL, false, 0);
		if (rc != SPI_OK_SELECT)
			elog(ERROR, "reading the quarantine failed: %s", SPI_result_code_string(rc));
		del = SPI_prepare(psprintf("DELETE FROM %s.%s WHERE id OPERATOR(pg_catalog.=) $1", q, QUARANTINE_TABLE),
						  1, &int8arg);
		if (del == NULL)
			elog(ERROR, "SPI_prepare failed for the quarantine delete");
	}
	SetUserIdAndSecContext(save_user, save_sec);
	queue = SPI_tuptable;
	nq = SPI_processed;

	for (i = 0; i < nq; i++)
	{
		RetryEntry	e;
		const char *outcome;
		char	   *error = NULL;

		CHECK_FOR_INTERRUPTS();
		retry_entry(queue, i, &e);
		if (strcmp(e.action, "kept") == 0)
			outcome = retry_kept(&cfg, &plans, &e, &error);
		else
			outcome = retry_skipped(&cfg, &plans, &e, &error);

		if (error == NULL)
		{
			Datum		a[1] = {Int64GetDatum(e.id)};
			int			rc;

			become_owner(owner, &save_user, &save_sec);
			rc = SPI_execute_plan(del, a, NULL, false, 0);
			SetUserIdAndSecContext(save_user, save_sec);
			if (rc != SPI_OK_DELETE)
				elog(ERROR, "quarantine delete failed: %s", SPI_result_code_string(rc));
		}
		retry_result(rsinfo, e.id, outcome, error);
	}
	SPI_freetuptable(queue);
	SPI_finish();
	table_close(rel, NoLock);
	return (Datum) 0;
}
