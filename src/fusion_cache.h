/*
 * fusion_cache.h
 *		Per-call-site cache of parsed fusion inputs (see fusion_cache.c).
 */
#ifndef FUSION_CACHE_H
#define FUSION_CACHE_H

#include "fmgr.h"

/* Which input path a cache serves (a call site has one fn_extra). */
#define NTRK_CACHE_TEXT		1
#define NTRK_CACHE_BINARY	2

extern struct varlena *ntrk_fusion_cache_get(FmgrInfo *flinfo, int kind,
											 const char *key, size_t len);
extern void ntrk_fusion_cache_put(FmgrInfo *flinfo, int kind, const char *key,
								  size_t len, struct varlena *value);

#endif							/* FUSION_CACHE_H */
