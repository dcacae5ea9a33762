/*
 * fusion_gin.c
 *		GIN operator class: index a fusion by the genes it involves, so that
 *		WHERE f ? 'NTRK1', ?| and ?& use an index on large tables.
 *
 * Keys are the approved symbols as text (storage text, compared with
 * bttextcmp), like hstore's gin_hstore_ops indexes keys.  Queries are
 * resolved through the gene table first, so f ? 'TRKA' finds NTRK1.
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "ntrk.h"

#define STRATEGY_HAS_GENE		9	/* ? */
#define STRATEGY_HAS_ANY		10	/* ?| */
#define STRATEGY_HAS_ALL		11	/* ?& */

PG_FUNCTION_INFO_V1(fusion_gin_extract_value);
PG_FUNCTION_INFO_V1(fusion_gin_extract_query);
PG_FUNCTION_INFO_V1(fusion_gin_consistent);

/* extractValue(fusion, internal nkeys, internal nullflags) */
Datum
fusion_gin_extract_value(PG_FUNCTION_ARGS)
{
	NtrkFusion	f;
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	Datum	   *keys = palloc(2 * sizeof(Datum));
	int			n = 0;

	ntrk_fusion_decode(PG_GETARG_FUSION_PP(0), &f);
	if (f.p5.symbol[0] != '\0')
		keys[n++] = CStringGetTextDatum(f.p5.symbol);
	if (f.p3.symbol[0] != '\0' && strcmp(f.p3.symbol, f.p5.symbol) != 0)
		keys[n++] = CStringGetTextDatum(f.p3.symbol);
	*nkeys = n;
	PG_RETURN_POINTER(keys);
}

/* Resolve one query gene into a key; false if it cannot be a symbol. */
static bool
query_key(text *t, Datum *key)
{
	char		g[NTRK_SYMBOL_MAX + 1];
	bool		listed;

	if (!ntrk_gene_normalise(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), g, &listed))
		return false;
	*key = CStringGetTextDatum(g);
	return true;
}

/* extractQuery(query, internal nkeys, int2 strategy, ..., internal searchMode) */
Datum
fusion_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	Datum	   *keys;
	int			n = 0;

	if (strategy == STRATEGY_HAS_GENE)
	{
		keys = palloc(sizeof(Datum));
		if (query_key(PG_GETARG_TEXT_PP(0), &keys[0]))
			n = 1;
	}
	else if (strategy == STRATEGY_HAS_ANY || strategy == STRATEGY_HAS_ALL)
	{
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
		Datum	   *elems;
		bool	   *nulls;
		int			nelems,
					i;
		bool		unusable = false;

		deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
		keys = palloc(Max(nelems, 1) * sizeof(Datum));
		for (i = 0; i < nelems; i++)
		{
			if (nulls[i])
				continue;
			if (query_key(DatumGetTextPP(elems[i]), &keys[n]))
				n++;
			else
				unusable = true;
		}

		/*
		 * Mirror the operator: ?& with a name that cannot be a gene matches
		 * nothing (nkeys = 0, default mode); ?& with only NULLs matches all.
		 */
		if (strategy == STRATEGY_HAS_ALL && unusable)
			n = 0;
		else if (strategy == STRATEGY_HAS_ALL && n == 0)
			*searchMode = GIN_SEARCH_MODE_ALL;
	}
	else
		elog(ERROR, "fusion_gin_extract_query: unrecognized strategy number %d", strategy);
	*nkeys = n;
	PG_RETURN_POINTER(keys);
}

/* consistent(internal check, int2 strategy, query, int4 nkeys, ..., internal recheck) */
Datum
fusion_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	bool		res;
	int32		i;

	/* Keys are exact gene symbols: the index answer needs no recheck. */
	*recheck = false;
	if (strategy == STRATEGY_HAS_ALL)
	{
		res = true;
		for (i = 0; i < nkeys; i++)
			if (!check[i])
				res = false;
	}
	else
	{
		res = false;
		for (i = 0; i < nkeys; i++)
			if (check[i])
				res = true;
	}
	PG_RETURN_BOOL(res);
}
