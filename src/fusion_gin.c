/*
 * fusion_gin.c
 *		GIN operator class: index a fusion by the genes it involves, so that
 *		WHERE f ? 'NTRK1', ?| and ?& use an index on large tables.
 *
 * Keys are gene values (storage gene, compared bytewise by gene_cmp, so the
 * index does not depend on the database's locale), in the shape of hstore's
 * gin_hstore_ops.  Query genes were resolved when they were read, so
 * f ? 'TRKA' looks up the key NTRK1.
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "fmgr.h"
#include "utils/array.h"

#include "gene_type.h"
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
		keys[n++] = ntrk_gene_make(f.p5.symbol);
	if (f.p3.symbol[0] != '\0' && strcmp(f.p3.symbol, f.p5.symbol) != 0)
		keys[n++] = ntrk_gene_make(f.p3.symbol);
	*nkeys = n;
	PG_RETURN_POINTER(keys);
}

/*
 * extractQuery(query, internal nkeys, int2 strategy, ..., internal searchMode)
 *
 * The query is a gene (?) or a gene[] (?|, ?&); its genes are the keys.
 */
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
		keys[n++] = PointerGetDatum(PG_GETARG_GENE_PP(0));
	}
	else if (strategy == STRATEGY_HAS_ANY || strategy == STRATEGY_HAS_ALL)
	{
		Datum	   *elems;
		bool	   *nulls;
		int			nelems,
					i;

		ntrk_gene_array_elements(PG_GETARG_ARRAYTYPE_P(0), &elems, &nulls, &nelems);
		keys = palloc(Max(nelems, 1) * sizeof(Datum));
		for (i = 0; i < nelems; i++)
			if (!nulls[i])
				keys[n++] = elems[i];

		/*
		 * Mirror the operators, which skip NULL elements: ?& with no gene
		 * left matches every fusion; ?| with none matches nothing (no keys,
		 * default mode).
		 */
		if (strategy == STRATEGY_HAS_ALL && n == 0)
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
