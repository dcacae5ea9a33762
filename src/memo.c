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
 */
#include "postgres.h"

#include "memo.h"

#define MEMO_SLOTS		1024	/* power of two; a cohort has a few hundred notations */
#define MEMO_KEY_MAX	64

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
	MemoSlot	slots[MEMO_SLOTS];
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

/* An empty memo whose values live in cxt (normally fn_mcxt). */
NtrkMemo *
ntrk_memo_create(MemoryContext cxt)
{
	NtrkMemo   *memo = MemoryContextAllocZero(cxt, sizeof(NtrkMemo));

	memo->cxt = cxt;
	return memo;
}

/* The two slots (key, tag) may occupy; they can be the same slot. */
static inline void
key_slots(NtrkMemo *memo, const void *key, size_t key_len, uint8 tag,
		  MemoSlot **first, MemoSlot **second)
{
	uint32		h = key_hash(key, key_len, tag);

	*first = &memo->slots[h & (MEMO_SLOTS - 1)];
	*second = &memo->slots[(h >> 16) & (MEMO_SLOTS - 1)];
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
 * Remember value for (key, tag): in a free slot of its two, else in place of
 * the less used of them (both are halved first, so that a key that was
 * frequent once does not hold its slot for ever).
 */
void
ntrk_memo_put(NtrkMemo *memo, const void *key, size_t key_len, uint8 tag,
			  const void *value, size_t value_len)
{
	MemoSlot   *first;
	MemoSlot   *second;
	MemoSlot   *slot;

	if (key_len == 0 || key_len > MEMO_KEY_MAX)
		return;
	key_slots(memo, key, key_len, tag, &first, &second);
	if (first->key_len == 0 || slot_holds(first, key, key_len, tag))
		slot = first;
	else if (second->key_len == 0 || slot_holds(second, key, key_len, tag))
		slot = second;
	else
	{
		first->uses >>= 1;
		second->uses >>= 1;
		slot = second->uses < first->uses ? second : first;
	}
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
