/*
 * ntrk_text.h
 *		Text helpers of the pure-C core: a bounded string builder and ASCII
 *		case-insensitive comparisons.
 *
 * No allocation: the builder writes into a caller's fixed buffer and
 * truncates at its end, so a message can never overflow.
 */
#ifndef NTRK_TEXT_H
#define NTRK_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* A bounded string builder: appends never overflow, output stays NUL-ended. */
typedef struct NtrkSbuf
{
	char	   *buf;
	size_t		size;			/* bytes of buf, NUL included */
	size_t		len;			/* bytes written, NUL excluded */
} NtrkSbuf;

/* Start an empty string in buf (size > 0). */
extern void ntrk_sb_init(NtrkSbuf *sb, char *buf, size_t size);

/* Append printf-style text, truncating at the buffer end. */
extern void ntrk_sb_printf(NtrkSbuf *sb, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* Case-insensitive (ASCII) equality of a byte range and a NUL-ended word. */
extern bool ntrk_range_eq_nocase(const char *s, size_t len, const char *word);

/* Case-insensitive (ASCII) equality of two NUL-terminated strings. */
extern bool ntrk_str_eq_nocase(const char *a, const char *b);

/* Copy a string into a fixed buffer, truncating; always NUL-terminated. */
extern void ntrk_copy_text(char *dst, size_t size, const char *src);

/*
 * How many bytes of s to quote within max bytes without cutting a multibyte
 * character, whatever the server encoding (see ntrk_text.c).
 */
extern size_t ntrk_clip_len(const char *s, size_t len, size_t max);

#endif							/* NTRK_TEXT_H */
