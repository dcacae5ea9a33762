/*
 * memo.h
 *		Small per-call-site memo: exact input bytes -> result bytes, and the
 *		call-site state that owns fn_extra.
 */
#ifndef NTRK_MEMO_H
#define NTRK_MEMO_H

#include "fmgr.h"
#include "utils/palloc.h"

typedef struct NtrkMemo NtrkMemo;

/* Longest key remembered (a fusion's bytes plus its breakpoint texts). */
#define NTRK_MEMO_KEY_MAX	96

extern NtrkMemo *ntrk_memo_create(MemoryContext cxt);
extern void ntrk_memo_free(NtrkMemo *memo);
extern const void *ntrk_memo_get(NtrkMemo *memo, const void *key, size_t key_len,
								 uint8 tag, size_t *value_len);
extern void ntrk_memo_put(NtrkMemo *memo, const void *key, size_t key_len,
						  uint8 tag, const void *value, size_t value_len);

/*
 * What a C function keeps in flinfo->fn_extra: a call counter, the memo
 * (created on the second call) and the function's own data (zeroed on the
 * first call; data_size bytes, as asked by the first caller).
 */
typedef struct NtrkCallSite
{
	uint64		calls;
	MemoryContext cxt;			/* fn_mcxt */
	NtrkMemo   *memo;
	void	   *data;
} NtrkCallSite;

extern NtrkCallSite *ntrk_call_site(FunctionCallInfo fcinfo, Size data_size);
extern NtrkMemo *ntrk_call_site_memo(NtrkCallSite *site);

#endif							/* NTRK_MEMO_H */
