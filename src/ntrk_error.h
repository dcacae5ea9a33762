/*
 * ntrk_error.h
 *		The glue's error helpers: the echo of a user's input in a message,
 *		clipped on a character boundary, and (ntrk_sqlstate) the one mapping
 *		from the core's error kinds to SQLSTATEs.
 */
#ifndef NTRK_ERROR_H
#define NTRK_ERROR_H

#include "postgres.h"

/* Longest piece of an input quoted back in a message, in bytes (default). */
#define NTRK_ECHO_MAX 120

/*
 * An input as quoted in a message: its first bytes up to max (a site may
 * quote less than NTRK_ECHO_MAX, e.g. inside a longer detail),
 * never cutting a multibyte character (so the message stays valid text and
 * converts to any client encoding), and "..." when something was cut.
 * Print it with NTRK_ECHO_FMT / NTRK_ECHO_ARGS.
 */
typedef struct NtrkEcho
{
	int			len;			/* bytes of text to print */
	const char *text;
	const char *more;			/* "..." or "" */
} NtrkEcho;

extern NtrkEcho ntrk_echo(const char *s, size_t len, int max);
extern NtrkEcho ntrk_echo_cstring(const char *s, int max);

#define NTRK_ECHO_FMT "\"%.*s%s\""
#define NTRK_ECHO_ARGS(e) (e).len, (e).text, (e).more

#endif							/* NTRK_ERROR_H */
