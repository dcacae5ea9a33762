/*
 * unit.h
 *		Minimal TAP output for the pure-C unit tests (no framework needed).
 */
#ifndef NTRK_UNIT_H
#define NTRK_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_count = 0;
static int	unit_failed = 0;

/* Report one assertion as a TAP line. */
#define UNIT_OK(cond, ...) \
	do { \
		unit_count++; \
		if (!(cond)) { unit_failed++; printf("not ok %d - ", unit_count); } \
		else printf("ok %d - ", unit_count); \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} while (0)

/* Compare two strings, printing both on failure. */
#define UNIT_STREQ(got, want, ...) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		int ok_ = (g_ && w_ && strcmp(g_, w_) == 0); \
		UNIT_OK(ok_, __VA_ARGS__); \
		if (!ok_) printf("#   got: '%s'\n#  want: '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
	} while (0)

/* Print the plan and return the exit status. */
static inline int
unit_done(void)
{
	printf("1..%d\n", unit_count);
	return unit_failed ? 1 : 0;
}

#endif
