/*
 * memo.h
 *		Small per-call-site memo: exact input bytes -> result bytes.
 */
#ifndef NTRK_MEMO_H
#define NTRK_MEMO_H

#include "utils/palloc.h"

typedef struct NtrkMemo NtrkMemo;

extern NtrkMemo *ntrk_memo_create(MemoryContext cxt);
extern const void *ntrk_memo_get(NtrkMemo *memo, const void *key, size_t key_len,
								 uint8 tag, size_t *value_len);
extern void ntrk_memo_put(NtrkMemo *memo, const void *key, size_t key_len,
						  uint8 tag, const void *value, size_t value_len);

#endif							/* NTRK_MEMO_H */
