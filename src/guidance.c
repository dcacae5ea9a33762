/*
 * guidance.c
 *		The one piece of therapy guidance written in C: raising a clear error
 *		for an argument the guidance functions do not accept.
 *
 * The guidance functions themselves (sql/install/40-guidance.sql) are
 * SQL-standard functions over the guidance tables: they are joins, and a
 * body parsed at CREATE time binds every table, function and operator to the
 * extension's own objects, so the caller's search_path never matters.  SQL
 * has no statement that raises an error, though, and an unknown tumour type
 * or assay must be SQLSTATE 22023 with the accepted values listed, not a
 * silent empty result.  This function is that statement.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "ntrk.h"

PG_FUNCTION_INFO_V1(ntrk_guidance_check);

/* Text argument as a C string, or NULL for SQL NULL. */
static char *
optional_text(FunctionCallInfo fcinfo, int argno)
{
	if (PG_ARGISNULL(argno))
		return NULL;
	return text_to_cstring(PG_GETARG_TEXT_PP(argno));
}

/*
 * ntrk_guidance_check(ok, function_name, argument, given, detail, hint)
 *		Returns true when ok is true; otherwise raises 22023
 *		(invalid_parameter_value) naming the function, the argument and the
 *		value, with the caller's detail (the accepted values) and hint.
 *
 * A NULL ok counts as "not ok": the SQL callers compute ok so that a NULL
 * argument (context not known) is true, and anything else undecided is a
 * mistake worth reporting rather than ignoring.
 */
Datum
ntrk_guidance_check(PG_FUNCTION_ARGS)
{
	char	   *function_name;
	char	   *argument;
	char	   *given;
	char	   *detail;
	char	   *hint;
	NtrkEcho	echo;

	if (!PG_ARGISNULL(0) && PG_GETARG_BOOL(0))
		PG_RETURN_BOOL(true);

	function_name = optional_text(fcinfo, 1);
	argument = optional_text(fcinfo, 2);
	given = optional_text(fcinfo, 3);
	detail = optional_text(fcinfo, 4);
	hint = optional_text(fcinfo, 5);

	if (given == NULL)
		given = "NULL";
	echo = ntrk_echo_cstring(given, 100);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s for %s: " NTRK_ECHO_FMT,
					argument ? argument : "argument",
					function_name ? function_name : "ntrk guidance",
					NTRK_ECHO_ARGS(echo)),
			 detail ? errdetail("%s", detail) : 0,
			 hint ? errhint("%s", hint) : 0));

	PG_RETURN_BOOL(false);		/* not reached */
}
