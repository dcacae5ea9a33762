/*
 * knowledge_util.c
 *		Helpers shared by the knowledge files, and the knowledge version.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <stdarg.h>
#include <stdio.h>

#include "knowledge_data.h"

/* Is symbol (any case) one of the n words of list? */
bool
ntrk_word_listed(const char *symbol, const char *const *list, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (ntrk_str_eq_nocase(symbol, list[i]))
			return true;
	return false;
}

/* Fill an error and return false, so callers can "return ntrk_knowledge_fail(...)". */
bool
ntrk_knowledge_fail(NtrkKnowledgeError *err, NtrkErrorKind kind, const char *argument,
					const char *hint, const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	err->argument = argument;
	err->hint = hint;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

/* Which knowledge is compiled in: digest of the data/ files and table sizes. */
const char *
ntrk_knowledge_source_text(void)
{
	return ntrk_knowledge_source;
}
