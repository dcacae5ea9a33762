/*
 * fusion_ops.c
 *		Comparison, hashing and sort support for the fusion type.
 *
 * Identity is everything after the flags byte of the packed form (see
 * fusion_parse.h): genes, kind, exons and transcripts.  The flags (order
 * not guaranteed by the notation, symbol not in the gene table) are not
 * part of identity, so 'ETV6-NTRK3' = 'ETV6::NTRK3'.  Ordering is bytewise
 * over the identity, i.e. by 5' gene, then 3' gene, independent of locale.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/sortsupport.h"

#include "ntrk.h"

PG_FUNCTION_INFO_V1(fusion_hash);
PG_FUNCTION_INFO_V1(fusion_hash_extended);
PG_FUNCTION_INFO_V1(fusion_sortsupport);
PG_FUNCTION_INFO_V1(fusion_equalimage);

/* Identity bytes of a fusion datum. */
static inline const uint8_t *
identity(struct varlena *v, size_t *len)
{
	size_t		n = FUSION_LEN(v);

	if (n < NTRK_FUSION_IDENTITY_OFFSET)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("stored fusion value is corrupt")));
	*len = n - NTRK_FUSION_IDENTITY_OFFSET;
	return FUSION_BYTES(v) + NTRK_FUSION_IDENTITY_OFFSET;
}

/* Three-way comparison of two fusion datums. */
static int
fusion_compare(struct varlena *a, struct varlena *b)
{
	size_t		la,
				lb;
	const uint8_t *ia = identity(a, &la);
	const uint8_t *ib = identity(b, &lb);
	int			c = memcmp(ia, ib, Min(la, lb));

	if (c != 0)
		return c;
	return (la > lb) - (la < lb);
}

/* Compare two arguments and free detoasted copies. */
static int
compare_args(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_FUSION_PP(0);
	struct varlena *b = PG_GETARG_FUSION_PP(1);
	int			c = fusion_compare(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return c;
}

NTRK_COMPARISON_FUNCTIONS(fusion, compare_args)

/*
 * fusion_hash: hash_any over the identity bytes.  Frozen: hash indexes,
 * hash partitions and Citus shard placement depend on it never changing.
 */
Datum
fusion_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FUSION_PP(0);
	size_t		len;
	const uint8_t *id = identity(v, &len);
	Datum		h = hash_any(id, (int) len);

	PG_FREE_IF_COPY(v, 0);
	PG_RETURN_DATUM(h);
}

/* fusion_hash_extended: 64-bit seeded variant (hash partitioning). */
Datum
fusion_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FUSION_PP(0);
	uint64		seed = PG_GETARG_INT64(1);
	size_t		len;
	const uint8_t *id = identity(v, &len);
	Datum		h = hash_any_extended(id, (int) len, seed);

	PG_FREE_IF_COPY(v, 0);
	PG_RETURN_DATUM(h);
}

/* Sort comparator: the same ordering as fusion_cmp without fmgr overhead. */
static int
fusion_fast_cmp(Datum x, Datum y, SortSupport ssup)
{
	struct varlena *a = DatumGetFusionPP(x);
	struct varlena *b = DatumGetFusionPP(y);
	int			c = fusion_compare(a, b);

	if ((Pointer) a != DatumGetPointer(x))
		pfree(a);
	if ((Pointer) b != DatumGetPointer(y))
		pfree(b);
	return c;
}

/* btree support function 2: sort support. */
Datum
fusion_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = fusion_fast_cmp;
	PG_RETURN_VOID();
}

/*
 * btree support function 4: may deduplication treat equal values as
 * interchangeable?  No.  Two equal fusions can differ in their flags (the
 * order guarantee of 'ETV6-NTRK3' vs 'ETV6::NTRK3'), and a deduplicated
 * posting list would hand one of those flags back for every row in an
 * index-only scan.  numeric and citext answer no for the same reason.
 */
Datum
fusion_equalimage(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(false);
}
