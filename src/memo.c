/*
 * memo.c
 *		A small memo from exact input bytes to result bytes, kept per call
 *		site (in an FmgrInfo's fn_extra) for the length of a query or COPY.
 *
 * Cohorts repeat a few hundred distinct fusion notations millions of times,
 * so parsing, binary validation and classification remember their last
 * answers in a direct-mapped table.  Keys are the exact input bytes and the
 * values are what the function computed from them, so a hit returns exactly
 * what a fresh computation would: the memo changes speed, never results.
 * Only successful results are stored, and only for short keys.
 */
#include "postgres.h"

#include "memo.h"

#define MEMO_SLOTS		1024	/* power of two; a cohort has a few hundred notations */
#define MEMO_KEY_MAX	64

typedef struct MemoSlot
{
	uint8		key_len;		/* 0 = empty */
	char		key[MEMO_KEY_MAX];
	uint32		value_len;
	void	   *value;			/* in the memo's context */
} MemoSlot;

struct NtrkMemo
{
	MemoryContext cxt;
	MemoSlot	slots[MEMO_SLOTS];
};

/* FNV-1a over the key; it only has to spread a few hundred keys. */
static inline uint32
key_hash(const char *key, size_t len)
{
	uint32		h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (uint8) key[i]) * 16777619u;
	return h ^ (h >> 15);
}

/* An empty memo whose values live in cxt (normally fn_mcxt). */
NtrkMemo *
ntrk_memo_create(MemoryContext cxt)
{
	NtrkMemo   *memo = MemoryContextAllocZero(cxt, sizeof(NtrkMemo));

	memo->cxt = cxt;
	return memo;
}

/* The value remembered for key, or NULL. */
const void *
ntrk_memo_get(NtrkMemo *memo, const void *key, size_t key_len, size_t *value_len)
{
	MemoSlot   *slot;

	if (key_len == 0 || key_len > MEMO_KEY_MAX)
		return NULL;
	slot = &memo->slots[key_hash(key, key_len) & (MEMO_SLOTS - 1)];
	if (slot->key_len != key_len || memcmp(slot->key, key, key_len) != 0)
		return NULL;
	*value_len = slot->value_len;
	return slot->value;
}

/* Remember value for key, replacing whatever shared its slot. */
void
ntrk_memo_put(NtrkMemo *memo, const void *key, size_t key_len,
			  const void *value, size_t value_len)
{
	MemoSlot   *slot;

	if (key_len == 0 || key_len > MEMO_KEY_MAX)
		return;
	slot = &memo->slots[key_hash(key, key_len) & (MEMO_SLOTS - 1)];
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
	memcpy(slot->key, key, key_len);
}
