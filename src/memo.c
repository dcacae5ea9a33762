/*
 * memo.c
 *		A small memo from exact input bytes to result bytes, kept per call
 *		site (in an FmgrInfo's fn_extra) for the length of a query or COPY.
 *
 * Cohorts repeat a few hundred distinct fusion notations millions of times,
 * so parsing, binary validation and classification remember their answers
 * in a small table.  Each key may sit in one of two slots, so that two
 * frequent keys hashing to one slot do not evict each other on every row;
 * when both are taken, the less used is replaced.  Keys are the exact input
 * bytes and the values are what the function computed from them, so a hit
 * returns exactly what a fresh computation would: the memo changes speed,
 * never results.  Only successful results are stored, and only for short
 * keys.
 *
 * Memory follows use.  Every literal of a statement is its own call site
 * (its own FmgrInfo), so a statement with thousands of literals has
 * thousands of sites that each run once: a site gets no memo on its first
 * call, a small one (MEMO_MIN_SLOTS) on its second, and the table grows
 * fourfold whenever it has missed more keys than it has slots, up to
 * MEMO_MAX_SLOTS, so only sites that see many distinct rows pay for a
 * large table.
 */
#include "postgres.h"

#include "memo.h"

#define MEMO_MIN_SLOTS	16		/* powers of two */
#define MEMO_MAX_SLOTS	1024	/* a cohort has a few hundred notations */
#define MEMO_GROWTH		4
#define MEMO_KEY_MAX	NTRK_MEMO_KEY_MAX

typedef struct MemoSlot
{
	uint8		key_len;		/* 0 = empty */
	uint8		tag;
	uint8		uses;			/* hits since stored, saturating, halved on contention */
	char		key[MEMO_KEY_MAX];
	uint32		value_len;
	void	   *value;			/* in the memo's context */
} MemoSlot;

struct NtrkMemo
{
	MemoryContext cxt;
	uint32		mask;			/* number of slots - 1 */
	uint32		misses;			/* puts since the table last grew */
	MemoSlot   *slots;
};

/*
 * Hash of the key and tag, eight bytes at a time (multiply and fold), the
 * last word overlapping the one before it.  Keys are 10-30 bytes and this
 * runs once per row, so a byte-at-a-time hash would be a large share of the
 * cost of a memo hit.  It only has to spread a few hundred keys.
 */
static inline uint32
key_hash(const char *key, size_t len, uint8 tag)
{
	const uint64 mul = UINT64CONST(0x9E3779B97F4A7C15);
	uint64		h = ((uint64) len << 8 | tag) * mul;
	uint64		w;

	if (len >= 8)
	{
		const char *last = key + len - 8;

		for (; key < last; key += 8)
		{
			memcpy(&w, key, 8);
			h = (h ^ w) * mul;
			h ^= h >> 32;
		}
		memcpy(&w, last, 8);
	}
	else if (len >= 4)
	{
		uint32		lo,
					hi;

		memcpy(&lo, key, 4);
		memcpy(&hi, key + len - 4, 4);
		w = (uint64) hi << 32 | lo;
	}
	else
	{
		w = 0;
		while (len-- > 0)
			w = (w << 8) | (uint8) key[len];
	}
	h = (h ^ w) * mul;
	h ^= h >> 32;
	return (uint32) h;
}

/* An empty memo of MEMO_MIN_SLOTS slots whose values live in cxt. */
NtrkMemo *
ntrk_memo_create(MemoryContext cxt)
{
	NtrkMemo   *memo = MemoryContextAllocZero(cxt, sizeof(NtrkMemo));

	memo->cxt = cxt;
	memo->mask = MEMO_MIN_SLOTS - 1;
	memo->slots = MemoryContextAllocZero(cxt, sizeof(MemoSlot) * MEMO_MIN_SLOTS);
	return memo;
}

/* The two slots (key, tag) may occupy; they can be the same slot. */
static inline void
key_slots(NtrkMemo *memo, const void *key, size_t key_len, uint8 tag,
		  MemoSlot **first, MemoSlot **second)
{
	uint32		h = key_hash(key, key_len, tag);

	*first = &memo->slots[h & memo->mask];
	*second = &memo->slots[(h >> 16) & memo->mask];
}

/* Does the slot hold (key, tag)? */
static inline bool
slot_holds(const MemoSlot *slot, const void *key, size_t key_len, uint8 tag)
{
	return slot->key_len == key_len && slot->tag == tag &&
		memcmp(slot->key, key, key_len) == 0;
}

/*
 * The value remembered for (key, tag), or NULL.  The tag is a small
 * discriminator kept beside the key (a reading frame, say), so that callers
 * need not copy the key to append it.  The value stays valid until the next
 * ntrk_memo_put on this memo.
 */
const void *
ntrk_memo_get(NtrkMemo *memo, const void *key, size_t key_len, uint8 tag,
			  size_t *value_len)
{
	MemoSlot   *first;
	MemoSlot   *second;
	MemoSlot   *slot;

	if (key_len == 0 || key_len > MEMO_KEY_MAX)
		return NULL;
	key_slots(memo, key, key_len, tag, &first, &second);
	if (slot_holds(first, key, key_len, tag))
		slot = first;
	else if (slot_holds(second, key, key_len, tag))
		slot = second;
	else
		return NULL;
	if (slot->uses < PG_UINT8_MAX)
		slot->uses++;
	*value_len = slot->value_len;
	return slot->value;
}

/*
 * The slot for (key, tag): the one already holding it, else a free one of its
 * two, else the less used of them (both are halved first, so that a key that
 * was frequent once does not hold its slot for ever).
 */
static MemoSlot *
place(NtrkMemo *memo, const void *key, size_t key_len, uint8 tag)
{
	MemoSlot   *first;
	MemoSlot   *second;

	key_slots(memo, key, key_len, tag, &first, &second);
	if (slot_holds(first, key, key_len, tag) || first->key_len == 0)
		return (slot_holds(second, key, key_len, tag)) ? second : first;
	if (slot_holds(second, key, key_len, tag) || second->key_len == 0)
		return second;
	first->uses >>= 1;
	second->uses >>= 1;
	return second->uses < first->uses ? second : first;
}

/*
 * Make the table MEMO_GROWTH times larger and move every entry over (a few
 * may be dropped where two land on the same pair of slots).
 */
static void
grow(NtrkMemo *memo)
{
	MemoSlot   *old = memo->slots;
	uint32		n_old = memo->mask + 1;
	uint32		i;

	memo->mask = n_old * MEMO_GROWTH - 1;
	memo->slots = MemoryContextAllocZero(memo->cxt, sizeof(MemoSlot) * (memo->mask + 1));
	memo->misses = 0;
	for (i = 0; i < n_old; i++)
	{
		MemoSlot   *from = &old[i];
		MemoSlot   *to;

		if (from->key_len == 0)
			continue;
		to = place(memo, from->key, from->key_len, from->tag);
		if (to->key_len != 0 && to->value != NULL)
			pfree(to->value);
		*to = *from;
	}
	pfree(old);
}

/*
 * Remember value for (key, tag), growing the table first when it has missed
 * more keys than it has slots.
 */
void
ntrk_memo_put(NtrkMemo *memo, const void *key, size_t key_len, uint8 tag,
			  const void *value, size_t value_len)
{
	MemoSlot   *slot;

	if (key_len == 0 || key_len > MEMO_KEY_MAX)
		return;
	if (++memo->misses > memo->mask + 1 && memo->mask + 1 < MEMO_MAX_SLOTS)
		grow(memo);
	slot = place(memo, key, key_len, tag);
	if (slot->value != NULL && slot->value_len < value_len)
	{
		pfree(slot->value);
		slot->value = NULL;
	}
	if (slot->value == NULL)
		slot->value = MemoryContextAlloc(memo->cxt, Max(value_len, 1));
	memcpy(slot->value, value, value_len);
	slot->value_len = (uint32) value_len;
	slot->key_len = (uint8) key_len;
	slot->tag = tag;
	slot->uses = 1;
	memcpy(slot->key, key, key_len);
}

/* Free a memo, its table and every remembered value. */
void
ntrk_memo_free(NtrkMemo *memo)
{
	uint32		i;

	for (i = 0; i <= memo->mask; i++)
		if (memo->slots[i].value != NULL)
			pfree(memo->slots[i].value);
	pfree(memo->slots);
	pfree(memo);
}

/*
 * The call site's state, created zeroed on its first call with data_size
 * bytes of the caller's own data; counts this call.  NULL when the call has
 * no FmgrInfo (then nothing can be kept).
 */
NtrkCallSite *
ntrk_call_site(FunctionCallInfo fcinfo, Size data_size)
{
	NtrkCallSite *site;

	if (fcinfo->flinfo == NULL)
		return NULL;
	site = (NtrkCallSite *) fcinfo->flinfo->fn_extra;
	if (site == NULL)
	{
		site = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									  MAXALIGN(sizeof(NtrkCallSite)) + data_size);
		site->data = data_size > 0 ? (char *) site + MAXALIGN(sizeof(NtrkCallSite)) : NULL;
		site->cxt = fcinfo->flinfo->fn_mcxt;
		fcinfo->flinfo->fn_extra = site;
	}
	if (site->calls < PG_UINT64_MAX)
		site->calls++;
	return site;
}

/*
 * The site's memo, or NULL (no site, or its first call: a site that runs
 * once, like a literal, never pays for a memo).
 */
NtrkMemo *
ntrk_call_site_memo(NtrkCallSite *site)
{
	if (site == NULL || site->calls < 2)
		return NULL;
	if (site->memo == NULL)
		site->memo = ntrk_memo_create(site->cxt);
	return site->memo;
}
