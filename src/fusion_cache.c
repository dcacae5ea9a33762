/*
 * fusion_cache.c
 *		A small per-call-site cache from input bytes to packed fusion values.
 *
 * Real cohorts repeat a few hundred distinct notations millions of times, so
 * COPY, casts and binary input keep the last parse of each distinct input in
 * a direct-mapped table hung off the FmgrInfo (fn_extra, in fn_mcxt).  The
 * key is the exact input bytes and the value is what the parser produced for
 * them, so a hit returns exactly what a fresh parse would: the cache changes
 * speed, never results.  Only successful parses of short inputs are kept.
 */
#include "postgres.h"

#include "fmgr.h"

#include "fusion_cache.h"

#define CACHE_SLOTS		256		/* power of two */
#define CACHE_KEY_MAX	48
#define CACHE_VAL_MAX	48

typedef struct CacheSlot
{
	uint8		key_len;		/* 0 = empty */
	uint8		val_len;
	char		key[CACHE_KEY_MAX];
	uint8		val[CACHE_VAL_MAX];
} CacheSlot;

typedef struct FusionCache
{
	int			kind;			/* which input path owns this cache */
	CacheSlot	slots[CACHE_SLOTS];
} FusionCache;

/* FNV-1a over the key bytes; only needs to spread a few hundred keys. */
static inline uint32
key_hash(const char *key, size_t len)
{
	uint32		h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (uint8) key[i]) * 16777619u;
	return h ^ (h >> 15);
}

/* The cache of this call site, created on first use; NULL if none possible. */
static FusionCache *
get_cache(FmgrInfo *flinfo, int kind)
{
	FusionCache *c;

	if (flinfo == NULL)
		return NULL;
	c = (FusionCache *) flinfo->fn_extra;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(flinfo->fn_mcxt, sizeof(FusionCache));
		c->kind = kind;
		flinfo->fn_extra = c;
	}
	else if (c->kind != kind)
		return NULL;			/* fn_extra belongs to someone else */
	return c;
}

/*
 * Look up input bytes.  On a hit, returns a freshly palloc'd fusion varlena;
 * otherwise NULL.
 */
struct varlena *
ntrk_fusion_cache_get(FmgrInfo *flinfo, int kind, const char *key, size_t len)
{
	FusionCache *c;
	CacheSlot  *slot;
	struct varlena *v;

	if (len == 0 || len > CACHE_KEY_MAX || (c = get_cache(flinfo, kind)) == NULL)
		return NULL;
	slot = &c->slots[key_hash(key, len) & (CACHE_SLOTS - 1)];
	if (slot->key_len != len || memcmp(slot->key, key, len) != 0)
		return NULL;
	v = (struct varlena *) palloc(VARHDRSZ + slot->val_len);
	SET_VARSIZE(v, VARHDRSZ + slot->val_len);
	memcpy(VARDATA(v), slot->val, slot->val_len);
	return v;
}

/* Remember the packed value parsed from these input bytes. */
void
ntrk_fusion_cache_put(FmgrInfo *flinfo, int kind, const char *key, size_t len,
					  struct varlena *value)
{
	FusionCache *c;
	CacheSlot  *slot;
	size_t		vlen = VARSIZE(value) - VARHDRSZ;

	if (len == 0 || len > CACHE_KEY_MAX || vlen > CACHE_VAL_MAX ||
		(c = get_cache(flinfo, kind)) == NULL)
		return;
	slot = &c->slots[key_hash(key, len) & (CACHE_SLOTS - 1)];
	slot->key_len = (uint8) len;
	memcpy(slot->key, key, len);
	slot->val_len = (uint8) vlen;
	memcpy(slot->val, VARDATA(value), vlen);
}
