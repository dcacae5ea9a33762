/*
 * ntrk_error.c
 *		Error helpers shared by the glue (see ntrk_error.h).
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "ntrk_error.h"

/*
 * Quote at most max bytes of s back, cut on a character boundary
 * of the server encoding (pg_mbcliplen): a cut in the middle of a character
 * would make the message invalid text, and a client in another encoding
 * would get a conversion error (22021) instead of the real one.
 */
NtrkEcho
ntrk_echo(const char *s, size_t len, int max)
{
	NtrkEcho	e;
	int			n = len > (size_t) PG_INT32_MAX ? PG_INT32_MAX : (int) len;

	e.text = s;
	e.len = pg_mbcliplen(s, n, max);
	e.more = (size_t) e.len < len ? "..." : "";
	return e;
}

/* ntrk_echo of a NUL-terminated string. */
NtrkEcho
ntrk_echo_cstring(const char *s, int max)
{
	return ntrk_echo(s, strlen(s), max);
}
