/*
 * ntrk_text.c
 *		Text helpers of the pure-C core (see ntrk_text.h).
 */
#include "ntrk_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ntrk_ascii.h"

/* Start an empty string in buf. */
void
ntrk_sb_init(NtrkSbuf *sb, char *buf, size_t size)
{
	sb->buf = buf;
	sb->size = size;
	sb->len = 0;
	buf[0] = '\0';
}

/* Append printf-style text, truncating at the buffer end. */
void
ntrk_sb_printf(NtrkSbuf *sb, const char *fmt,...)
{
	va_list		ap;
	int			n;

	if (sb->len + 1 >= sb->size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(sb->buf + sb->len, sb->size - sb->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sb->len += (size_t) n;
	if (sb->len >= sb->size)
		sb->len = sb->size - 1;
}

/* Case-insensitive equality of a byte range and a NUL-terminated word. */
bool
ntrk_range_eq_nocase(const char *s, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (word[i] == '\0' || ntrk_ascii_upper(s[i]) != ntrk_ascii_upper(word[i]))
			return false;
	return word[len] == '\0';
}

/* Case-insensitive equality of two NUL-terminated strings. */
bool
ntrk_str_eq_nocase(const char *a, const char *b)
{
	return ntrk_range_eq_nocase(a, strlen(a), b);
}

/* Copy a string into a fixed buffer (always NUL-terminated). */
void
ntrk_copy_text(char *dst, size_t size, const char *src)
{
	size_t		l = strlen(src);

	if (l >= size)
		l = size - 1;
	memcpy(dst, src, l);
	dst[l] = '\0';
}

/*
 * Bytes of s to quote within max bytes, cut on a character boundary.  The
 * core does not know the server encoding, but in every multibyte encoding
 * PostgreSQL allows for a server (UTF-8, the EUC family, MULE) every byte of
 * a multibyte character has the high bit set and ASCII bytes stand alone;
 * so a cut that would fall inside a run of high-bit bytes moves back to the
 * start of that run, which is always a character boundary.
 */
size_t
ntrk_clip_len(const char *s, size_t len, size_t max)
{
	size_t		cut;

	if (len <= max)
		return len;
	cut = max;
	while (cut > 0 && ((unsigned char) s[cut] & 0x80) && ((unsigned char) s[cut - 1] & 0x80))
		cut--;
	return cut;
}
