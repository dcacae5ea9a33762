/*
 * ntrk_ascii.h
 *		Locale-independent ASCII helpers shared by the pure-C core.
 *
 * Fusion names, protein changes and report fields are ASCII by definition;
 * these never consult the C library's locale (isalpha and friends do).
 */
#ifndef NTRK_ASCII_H
#define NTRK_ASCII_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static inline bool
ntrk_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
ntrk_is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
ntrk_is_alnum(char c)
{
	return ntrk_is_digit(c) || ntrk_is_alpha(c);
}

static inline char
ntrk_ascii_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
}

/* Blanks inside one line: space and tab. */
static inline bool
ntrk_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* White space of a text field: blanks and line ends. */
static inline bool
ntrk_is_space(char c)
{
	return ntrk_is_blank(c) || c == '\n' || c == '\r';
}

/* Trim white space (ntrk_is_space) from both ends of a range. */
static inline void
ntrk_trim(const char **s, size_t *len)
{
	while (*len > 0 && ntrk_is_space(**s))
	{
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && ntrk_is_space((*s)[*len - 1]))
		(*len)--;
}

/* Does [s, s+len) equal a lower-case ASCII word, ignoring case? */
static inline bool
ntrk_range_ieq(const char *s, size_t len, const char *word)
{
	size_t		i;

	if (strlen(word) != len)
		return false;
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

#endif							/* NTRK_ASCII_H */
