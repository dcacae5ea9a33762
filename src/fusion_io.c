/*
 * fusion_io.c
 *		Text and binary I/O of the fusion type, and the non-throwing parsers.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "memo.h"
#include "ntrk.h"

PG_FUNCTION_INFO_V1(fusion_in);
PG_FUNCTION_INFO_V1(fusion_out);
PG_FUNCTION_INFO_V1(fusion_recv);
PG_FUNCTION_INFO_V1(fusion_send);
PG_FUNCTION_INFO_V1(fusion_try);
PG_FUNCTION_INFO_V1(fusion_error);
PG_FUNCTION_INFO_V1(fusion_from_text);

/*
 * Report a parse failure: 22P02 naming the type, the failing part as detail
 * and the accepted forms as hint.  On PostgreSQL 16+ a soft-error context
 * (pg_input_is_valid) receives the error instead and false is returned.
 */
static bool
report_parse_error(const char *s, size_t len, const NtrkParseError *err,
				   Node *escontext)
{
	NtrkEcho	echo = ntrk_echo(s, len, NTRK_ECHO_MAX);

	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type fusion: " NTRK_ECHO_FMT,
					NTRK_ECHO_ARGS(echo)),
			 errdetail("%s", err->detail),
			 errhint("%s", ntrk_fusion_accepted_forms)));
}

bool
ntrk_fusion_from_text(const char *s, size_t len, NtrkFusion *out, Node *escontext)
{
	NtrkParseError err;

	if (ntrk_fusion_parse(s, len, out, &err))
		return true;
	return report_parse_error(s, len, &err, escontext);
}

Datum
ntrk_fusion_encode(const NtrkFusion *f)
{
	uint8_t		buf[NTRK_FUSION_PACKED_MAX];
	size_t		n = ntrk_fusion_pack(f, buf);
	struct varlena *v = (struct varlena *) palloc(VARHDRSZ + n);

	SET_VARSIZE(v, VARHDRSZ + n);
	memcpy(VARDATA(v), buf, n);
	return PointerGetDatum(v);
}

void
ntrk_fusion_decode(struct varlena *v, NtrkFusion *out)
{
	NtrkParseError err;

	if (!ntrk_fusion_unpack(FUSION_BYTES(v), FUSION_LEN(v), out, &err))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("stored fusion value is corrupt"),
				 errdetail("%s", err.detail)));
}

/*
 * The memo of an input call site; NULL when there is no FmgrInfo to hang it
 * on, or on the site's first call (a literal is a site that runs once).
 * Input, cast and receive functions each have their own FmgrInfo, so a site
 * only ever holds one kind of memo.
 */
static NtrkMemo *
site_memo(FunctionCallInfo fcinfo)
{
	return ntrk_call_site_memo(ntrk_call_site(fcinfo, 0));
}

/* A fusion varlena holding a copy of packed bytes. */
static struct varlena *
fusion_from_packed(const void *bytes, size_t len)
{
	struct varlena *v = (struct varlena *) palloc(VARHDRSZ + len);

	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), bytes, len);
	return v;
}

/*
 * Parse text, remembering each distinct valid input's packed value at this
 * call site.  Returns NULL with err filled when the text is not valid; the
 * pure-C parser returns its error, so no subtransaction is needed.
 */
static struct varlena *
parse_remembered(FunctionCallInfo fcinfo, const char *s, size_t len,
				 NtrkParseError *err)
{
	NtrkMemo   *memo = site_memo(fcinfo);
	const void *hit;
	size_t		n;
	NtrkFusion	f;
	uint8_t		buf[NTRK_FUSION_PACKED_MAX];

	if (memo != NULL && (hit = ntrk_memo_get(memo, s, len, 0, &n)) != NULL)
		return fusion_from_packed(hit, n);
	if (!ntrk_fusion_parse(s, len, &f, err))
		return NULL;
	n = ntrk_fusion_pack(&f, buf);
	if (memo != NULL)
		ntrk_memo_put(memo, s, len, 0, buf, n);
	return fusion_from_packed(buf, n);
}

/*
 * parse_remembered for input functions: an invalid text is an error, or a
 * soft error saved in the call's escontext (then NULL is returned).
 */
static struct varlena *
parse_cached(FunctionCallInfo fcinfo, const char *s, size_t len)
{
	NtrkParseError err;
	struct varlena *v = parse_remembered(fcinfo, s, len, &err);

	if (v == NULL)
		(void) report_parse_error(s, len, &err, fcinfo->context);
	return v;
}

/* fusion_in(cstring) -> fusion */
Datum
fusion_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	struct varlena *v = parse_cached(fcinfo, s, strlen(s));

	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(v);
}

/*
 * fusion_from_text(text) -> fusion: the text-to-fusion cast.  Same result
 * as the input function, without converting the text to a C string first.
 */
Datum
fusion_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_POINTER(parse_cached(fcinfo, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
}

/* fusion_out(fusion) -> cstring: the canonical form */
Datum
fusion_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FUSION_PP(0);
	NtrkFusion	f;
	char	   *buf = palloc(NTRK_FUSION_TEXT_MAX);

	ntrk_fusion_decode(v, &f);
	ntrk_fusion_format(&f, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * fusion_recv(internal) -> fusion
 *
 * Wire format: one format-version byte, then the packed form.  The value is
 * validated exactly like text input: it must be the value that its own
 * canonical text parses to, so no binary client can store what text input
 * would refuse.
 */
Datum
fusion_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes = msg->len - msg->cursor;
	const uint8_t *bytes = (const uint8_t *) pq_getmsgbytes(msg, nbytes);
	NtrkFusion	f,
				again;
	NtrkParseError err;
	char		text[NTRK_FUSION_TEXT_MAX];
	uint8_t		repacked[NTRK_FUSION_PACKED_MAX];
	size_t		n;

	/* bytes accepted before at this call site are accepted again */
	NtrkMemo   *memo = site_memo(fcinfo);
	size_t		hit_len;

	if (memo != NULL && ntrk_memo_get(memo, bytes, nbytes, 0, &hit_len) != NULL)
		PG_RETURN_POINTER(fusion_from_packed(bytes, nbytes));
	if (!ntrk_fusion_unpack(bytes, (size_t) nbytes, &f, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type fusion"),
				 errdetail("%s", err.detail)));
	n = ntrk_fusion_format(&f, text);
	if (!ntrk_fusion_parse(text, n, &again, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type fusion"),
				 errdetail("%s", err.detail)));
	if (ntrk_fusion_pack(&again, repacked) != (size_t) nbytes ||
		memcmp(repacked, bytes, nbytes) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type fusion"),
				 errdetail("The value is not in canonical form; its text form is \"%s\".", text)));
	if (memo != NULL)
		ntrk_memo_put(memo, bytes, nbytes, 0, "", 0);
	PG_RETURN_POINTER(fusion_from_packed(bytes, nbytes));
}

/* fusion_send(fusion) -> bytea: the packed form, version byte first */
Datum
fusion_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FUSION_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) FUSION_BYTES(v), FUSION_LEN(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* fusion_try(text) -> fusion, NULL when the text is not a valid fusion. */
Datum
fusion_try(PG_FUNCTION_ARGS)
{
	NtrkParseError err;
	text	   *t = PG_GETARG_TEXT_PP(0);
	struct varlena *v = parse_remembered(fcinfo, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &err);

	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(v);
}

/* fusion_error(text) -> text: NULL when valid, else what is wrong */
Datum
fusion_error(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	NtrkParseError err;

	if (parse_remembered(fcinfo, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &err) != NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(err.detail));
}
