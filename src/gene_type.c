/*
 * gene_type.c
 *		The gene type: I/O, casts, comparison and hashing.
 *
 * A gene value is one gene symbol, resolved on input exactly as the fusion
 * type resolves its partners (ntrk_gene_normalise: approved symbol, previous
 * symbol or unique alias -> approved symbol; other valid names upper-cased).
 * It is the right operand of fusion ? gene, ?| gene[] and ?& gene[].
 *
 * Why a type and not text: text is collatable, and postgres_fdw sends a
 * comparison to the remote server only when the collation of its text
 * operand comes from a remote column, never a constant's; gene has no
 * collation, so f ? 'NTRK1' is shipped.  The name is also resolved once,
 * when the constant is read, not once per row.  Comparison and hashing are
 * bytewise on the symbol and independent of locale.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "gene_type.h"
#include "ntrk.h"

PG_FUNCTION_INFO_V1(gene_in);
PG_FUNCTION_INFO_V1(gene_out);
PG_FUNCTION_INFO_V1(gene_recv);
PG_FUNCTION_INFO_V1(gene_send);
PG_FUNCTION_INFO_V1(gene_from_text);
PG_FUNCTION_INFO_V1(gene_hash);
PG_FUNCTION_INFO_V1(gene_hash_extended);

#define GENE_HINT "Write an approved gene symbol, a previous symbol or an alias, e.g. NTRK1 or TRKA."

/*
 * Report a name that cannot be a gene symbol: 22P02 naming the type, with
 * what is wrong as detail.  On PostgreSQL 16+ a soft-error context
 * (pg_input_is_valid) receives the error instead and false is returned.
 */
static bool
report_invalid_gene(const char *s, size_t len, Node *escontext)
{
	NtrkEcho	echo = ntrk_echo(s, len, NTRK_ECHO_MAX);

	if (len == 0)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type gene: \"\""),
				 errdetail("A gene name cannot be empty."),
				 errhint(GENE_HINT)));
	if (len > NTRK_SYMBOL_MAX)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type gene: " NTRK_ECHO_FMT, NTRK_ECHO_ARGS(echo)),
				 errdetail("The name is %zu bytes long; a gene symbol has at most %d.",
						   len, NTRK_SYMBOL_MAX),
				 errhint(GENE_HINT)));
	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type gene: " NTRK_ECHO_FMT, NTRK_ECHO_ARGS(echo)),
			 errdetail("A gene symbol starts with a letter or digit and contains only letters, digits, \"-\", \".\", \"_\" and \"@\"."),
			 errhint(GENE_HINT)));
}

/* A gene datum holding an already resolved symbol (format byte, then bytes). */
Datum
ntrk_gene_make(const char *symbol)
{
	size_t		len = strlen(symbol);
	struct varlena *v = (struct varlena *) palloc(VARHDRSZ + 1 + len);

	SET_VARSIZE(v, VARHDRSZ + 1 + len);
	((uint8 *) VARDATA(v))[0] = NTRK_GENE_FORMAT;
	memcpy(VARDATA(v) + 1, symbol, len);
	return PointerGetDatum(v);
}

/*
 * Resolve a name into a gene datum.  Returns (Datum) 0 with the error saved
 * in escontext when the name cannot be a gene symbol.
 */
static Datum
gene_from_name(const char *s, size_t len, Node *escontext)
{
	char		symbol[NTRK_SYMBOL_MAX + 1];
	bool		listed;

	if (!ntrk_gene_normalise(s, len, symbol, &listed))
	{
		report_invalid_gene(s, len, escontext);
		return (Datum) 0;
	}
	return ntrk_gene_make(symbol);
}

/*
 * The symbol bytes of a gene datum (not NUL-terminated) and their number.
 * Values were validated on the way in, so bad bytes mean on-disk damage.
 */
static const char *
gene_symbol(struct varlena *v, size_t *len)
{
	size_t		n = VARSIZE_ANY_EXHDR(v);
	const uint8 *b = (const uint8 *) VARDATA_ANY(v);

	if (n < 2 || n - 1 > NTRK_SYMBOL_MAX || b[0] != NTRK_GENE_FORMAT)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("stored gene value is corrupt"),
				 errdetail("The value has %zu bytes and format byte %d.",
						   n, n > 0 ? b[0] : -1)));
	*len = n - 1;
	return (const char *) b + 1;
}

/* Copy a gene datum's symbol into out (NTRK_SYMBOL_MAX + 1 bytes), NUL-terminated. */
void
ntrk_gene_get(struct varlena *gene, char *out)
{
	size_t		len;
	const char *symbol = gene_symbol(gene, &len);

	memcpy(out, symbol, len);
	out[len] = '\0';
}

/* The elements of a gene[] (the operand of ?| and ?&), NULLs flagged. */
void
ntrk_gene_array_elements(ArrayType *arr, Datum **elems, bool **nulls, int *n)
{
	deconstruct_array(arr, ARR_ELEMTYPE(arr), NTRK_GENE_TYPLEN, NTRK_GENE_TYPBYVAL,
					  NTRK_GENE_TYPALIGN, elems, nulls, n);
}

/* gene_in(cstring) -> gene */
Datum
gene_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	Datum		g = gene_from_name(s, strlen(s), fcinfo->context);

	if (g == (Datum) 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(g);
}

/*
 * gene_from_text(text) -> gene: the implicit text-to-gene cast, so that text
 * columns, parameters and text[] arrays keep working as operands of ?, ?|
 * and ?&.  Same result and errors as the input function.
 */
Datum
gene_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_DATUM(gene_from_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), NULL));
}

/* gene_out(gene) -> cstring: the resolved symbol */
Datum
gene_out(PG_FUNCTION_ARGS)
{
	char	   *out = palloc(NTRK_SYMBOL_MAX + 1);

	ntrk_gene_get(PG_GETARG_GENE_PP(0), out);
	PG_RETURN_CSTRING(out);
}

/*
 * gene_recv(internal) -> gene
 *
 * Wire format: the format byte, then the symbol's bytes.  Validated like
 * text input: the symbol must be a valid name and already in the form input
 * resolves it to, so a binary client cannot store 'trka' where text input
 * stores NTRK1.
 */
Datum
gene_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes = msg->len - msg->cursor;
	const char *bytes = pq_getmsgbytes(msg, nbytes);
	char		symbol[NTRK_SYMBOL_MAX + 1];
	bool		listed;

	if (nbytes < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type gene"),
				 errdetail("The value is empty.")));
	if ((uint8) bytes[0] != NTRK_GENE_FORMAT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type gene"),
				 errdetail("Format version %d is not known (this build reads version %d).",
						   (uint8) bytes[0], NTRK_GENE_FORMAT)));
	if (!ntrk_gene_normalise(bytes + 1, nbytes - 1, symbol, &listed))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type gene"),
				 errdetail("The symbol is not a valid gene symbol (1 to %d letters, digits, \"-\", \".\", \"_\" or \"@\").",
						   NTRK_SYMBOL_MAX)));
	if (strlen(symbol) != (size_t) (nbytes - 1) || memcmp(symbol, bytes + 1, nbytes - 1) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type gene"),
				 errdetail("The symbol is not in canonical form; it resolves to \"%s\".", symbol)));
	PG_RETURN_DATUM(ntrk_gene_make(symbol));
}

/* gene_send(gene) -> bytea: the format byte, then the symbol */
Datum
gene_send(PG_FUNCTION_ARGS)
{
	struct varlena *g = PG_GETARG_GENE_PP(0);
	size_t		len;
	const char *symbol = gene_symbol(g, &len);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, NTRK_GENE_FORMAT);
	pq_sendbytes(&buf, symbol, (int) len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Bytewise three-way comparison of the two gene arguments. */
static int
compare_args(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_GENE_PP(0);
	struct varlena *b = PG_GETARG_GENE_PP(1);
	size_t		la,
				lb;
	const char *sa = gene_symbol(a, &la);
	const char *sb = gene_symbol(b, &lb);
	int			c = memcmp(sa, sb, Min(la, lb));

	if (c == 0)
		c = (la > lb) - (la < lb);
	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return c;
}

NTRK_COMPARISON_FUNCTIONS(gene, compare_args)

/*
 * gene_hash: hash_any over the symbol bytes.  Frozen: hash indexes and hash
 * partitions keyed on a gene depend on it never changing.
 */
Datum
gene_hash(PG_FUNCTION_ARGS)
{
	struct varlena *g = PG_GETARG_GENE_PP(0);
	size_t		len;
	const char *symbol = gene_symbol(g, &len);
	Datum		h = hash_any((const unsigned char *) symbol, (int) len);

	PG_FREE_IF_COPY(g, 0);
	PG_RETURN_DATUM(h);
}

/* gene_hash_extended: 64-bit seeded variant (hash partitioning). */
Datum
gene_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *g = PG_GETARG_GENE_PP(0);
	size_t		len;
	const char *symbol = gene_symbol(g, &len);
	Datum		h = hash_any_extended((const unsigned char *) symbol, (int) len,
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(g, 0);
	PG_RETURN_DATUM(h);
}
