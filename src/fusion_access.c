/*
 * fusion_access.c
 *		Accessors, gene-membership operators and constructors of fusion.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "gene_type.h"
#include "ntrk.h"
#include "ntrk_genes.h"
#include "ntrk_knowledge.h"

PG_FUNCTION_INFO_V1(fusion_gene5);
PG_FUNCTION_INFO_V1(fusion_gene3);
PG_FUNCTION_INFO_V1(fusion_genes);
PG_FUNCTION_INFO_V1(fusion_exon5);
PG_FUNCTION_INFO_V1(fusion_exon3);
PG_FUNCTION_INFO_V1(fusion_transcript5);
PG_FUNCTION_INFO_V1(fusion_transcript3);
PG_FUNCTION_INFO_V1(fusion_kind);
PG_FUNCTION_INFO_V1(fusion_order_guaranteed);
PG_FUNCTION_INFO_V1(fusion_genes_listed);
PG_FUNCTION_INFO_V1(fusion_partner);
PG_FUNCTION_INFO_V1(fusion_has_gene);
PG_FUNCTION_INFO_V1(fusion_has_any_gene);
PG_FUNCTION_INFO_V1(fusion_has_all_genes);
PG_FUNCTION_INFO_V1(fusion_make);
PG_FUNCTION_INFO_V1(ntrk_gene);
PG_FUNCTION_INFO_V1(ntrk_gene_table_version);
PG_FUNCTION_INFO_V1(ntrk_knowledge_version);

/* Decode argument n. */
static void
get_fusion(FunctionCallInfo fcinfo, int n, NtrkFusion *f)
{
	ntrk_fusion_decode(PG_GETARG_FUSION_PP(n), f);
}

/* Return a C string as text, or SQL NULL when it is empty. */
#define RETURN_TEXT_OR_NULL(s) \
	do { \
		if ((s)[0] == '\0') \
			PG_RETURN_NULL(); \
		PG_RETURN_TEXT_P(cstring_to_text(s)); \
	} while (0)

Datum
fusion_gene5(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	RETURN_TEXT_OR_NULL(f.p5.symbol);
}

Datum
fusion_gene3(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	RETURN_TEXT_OR_NULL(f.p3.symbol);
}

/* fusion_genes(fusion) -> text[]: the named genes, 5' first, no duplicates */
Datum
fusion_genes(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;
	Datum		d[2];
	int			n = 0;

	get_fusion(fcinfo, 0, &f);
	if (f.p5.symbol[0] != '\0')
		d[n++] = CStringGetTextDatum(f.p5.symbol);
	if (f.p3.symbol[0] != '\0' && strcmp(f.p3.symbol, f.p5.symbol) != 0)
		d[n++] = CStringGetTextDatum(f.p3.symbol);
	PG_RETURN_ARRAYTYPE_P(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

Datum
fusion_exon5(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	if (f.p5.exon == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(f.p5.exon);
}

Datum
fusion_exon3(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	if (f.p3.exon == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(f.p3.exon);
}

Datum
fusion_transcript5(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	RETURN_TEXT_OR_NULL(f.p5.transcript);
}

Datum
fusion_transcript3(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	RETURN_TEXT_OR_NULL(f.p3.transcript);
}

Datum
fusion_kind(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	PG_RETURN_TEXT_P(cstring_to_text(ntrk_fusion_kind_name(f.kind)));
}

Datum
fusion_order_guaranteed(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	PG_RETURN_BOOL((f.flags & NTRK_FLAG_ORDER_UNGUARANTEED) == 0);
}

/* Are all named genes in the built-in gene table? */
Datum
fusion_genes_listed(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;

	get_fusion(fcinfo, 0, &f);
	PG_RETURN_BOOL((f.flags & (NTRK_FLAG_GENE5_UNLISTED | NTRK_FLAG_GENE3_UNLISTED)) == 0);
}

/*
 * Resolve a gene argument the way the type does (aliases, case).  Returns
 * false for a name that cannot be a gene symbol.
 */
static bool
gene_arg(text *t, char *out)
{
	bool		listed;

	return ntrk_gene_normalise(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), out, &listed);
}

/* fusion_partner(fusion, gene) -> the other gene, NULL if gene not involved */
Datum
fusion_partner(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;
	char		g[NTRK_SYMBOL_MAX + 1];

	get_fusion(fcinfo, 0, &f);
	if (!gene_arg(PG_GETARG_TEXT_PP(1), g))
		PG_RETURN_NULL();
	if (strcmp(f.p5.symbol, g) == 0)
		RETURN_TEXT_OR_NULL(f.p3.symbol);
	if (strcmp(f.p3.symbol, g) == 0)
		RETURN_TEXT_OR_NULL(f.p5.symbol);
	PG_RETURN_NULL();
}

/*
 * fusion ? gene: does the fusion involve this gene?  The gene argument was
 * resolved when it was read (aliases, case), so this compares symbols only.
 */
Datum
fusion_has_gene(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;
	char		g[NTRK_SYMBOL_MAX + 1];

	get_fusion(fcinfo, 0, &f);
	ntrk_gene_get(PG_GETARG_GENE_PP(1), g);
	PG_RETURN_BOOL(ntrk_fusion_has_gene(&f, g));
}

/*
 * Shared body of ?| and ?& (fusion, gene[]): does the fusion involve any /
 * all of the genes?  NULL elements are skipped.
 */
static bool
has_genes(FunctionCallInfo fcinfo, bool all)
{
	NtrkFusion	f;
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	get_fusion(fcinfo, 0, &f);
	ntrk_gene_array_elements(PG_GETARG_ARRAYTYPE_P(1), &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		char		g[NTRK_SYMBOL_MAX + 1];
		bool		hit;

		if (nulls[i])
			continue;
		ntrk_gene_get((struct varlena *) DatumGetPointer(elems[i]), g);
		hit = ntrk_fusion_has_gene(&f, g);
		if (hit && !all)
			return true;
		if (!hit && all)
			return false;
	}
	return all;
}

Datum
fusion_has_any_gene(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(has_genes(fcinfo, false));
}

Datum
fusion_has_all_genes(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(has_genes(fcinfo, true));
}

/*
 * fusion_make(gene5, gene3, exon5, exon3, transcript5, transcript3,
 *			   order_guaranteed) -> fusion
 *
 * Builds a value from separate columns, as loaders and reports give them.
 * The pieces are assembled into text and go through the same parser as
 * text input, so both paths accept and normalise exactly the same values.
 * Not STRICT: only gene5 and gene3 are required.
 */
Datum
fusion_make(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	int			side;
	bool		guaranteed = PG_ARGISNULL(6) ? true : PG_GETARG_BOOL(6);
	NtrkFusion	f;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	for (side = 0; side < 2; side++)
	{
		if (!PG_ARGISNULL(2 + side) &&
			(PG_GETARG_INT32(2 + side) < 1 || PG_GETARG_INT32(2 + side) > NTRK_EXON_MAX))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s must be between 1 and %d", side == 0 ? "exon5" : "exon3",
							NTRK_EXON_MAX),
					 errdetail("The value given was %d.", PG_GETARG_INT32(2 + side))));
	}
	initStringInfo(&buf);
	for (side = 0; side < 2; side++)
	{
		char	   *gene = text_to_cstring(PG_GETARG_TEXT_PP(side));
		bool		has_exon = !PG_ARGISNULL(2 + side);
		bool		has_tx = !PG_ARGISNULL(4 + side);

		if (side == 1)
			appendStringInfoString(&buf, guaranteed ? "::" : "/");
		if (has_tx)
		{
			appendStringInfo(&buf, "%s(%s)",
							 text_to_cstring(PG_GETARG_TEXT_PP(4 + side)), gene);
			if (has_exon)
				appendStringInfo(&buf, ":e.%d", PG_GETARG_INT32(2 + side));
		}
		else if (has_exon)
			appendStringInfo(&buf, "%s(e%d)", gene, PG_GETARG_INT32(2 + side));
		else
			appendStringInfoString(&buf, gene);
	}
	ntrk_fusion_from_text(buf.data, buf.len, &f, NULL);
	PG_RETURN_DATUM(ntrk_fusion_encode(&f));
}

/* ntrk_gene(name) -> approved symbol, NULL when the table does not know it */
Datum
ntrk_gene(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	NtrkGeneLookup lk;

	ntrk_gene_lookup(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &lk);
	if (lk.gene < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ntrk_gene_symbol(lk.gene)));
}

/* ntrk_gene_table_version() -> where the built-in gene table comes from */
Datum
ntrk_gene_table_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ntrk_gene_table_source()));
}

/* ntrk_knowledge_version() -> which generated NTRK knowledge is built in */
Datum
ntrk_knowledge_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ntrk_knowledge_source_text()));
}
