
------------------------------------------------------------------------------
-- The fusion type
------------------------------------------------------------------------------

CREATE TYPE fusion;

CREATE FUNCTION fusion_in(cstring) RETURNS fusion
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_out(fusion) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_recv(internal) RETURNS fusion
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_send(fusion) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fusion (
	INPUT = fusion_in,
	OUTPUT = fusion_out,
	RECEIVE = fusion_recv,
	SEND = fusion_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = main
);

COMMENT ON TYPE fusion IS
	'one gene fusion (5'' partner, 3'' partner, exons, transcripts), parsed from any common notation and printed as HGNC 5''::3''';
COMMENT ON FUNCTION fusion_in(cstring) IS 'text input of fusion: accepts every common fusion notation';
COMMENT ON FUNCTION fusion_out(fusion) IS 'text output of fusion: canonical 5''::3'' form (''/'' when the order was not guaranteed)';
COMMENT ON FUNCTION fusion_recv(internal) IS 'binary input of fusion: format-version byte and packed form, validated like text input';
COMMENT ON FUNCTION fusion_send(fusion) IS 'binary output of fusion: format-version byte and packed form';

-- Cast from text: same as the input function, without the C-string detour.
CREATE FUNCTION fusion_from_text(text) RETURNS fusion
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fusion_from_text(text) IS 'cast text to fusion (same rules and errors as the input function)';
CREATE CAST (text AS fusion) WITH FUNCTION fusion_from_text(text);
COMMENT ON CAST (text AS fusion) IS 'parse text as a fusion';

-- Non-throwing parsers ----------------------------------------------------

CREATE FUNCTION fusion_try(text) RETURNS fusion
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_error(text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fusion_try(text) IS 'parse text as a fusion; NULL instead of an error when it is not valid';
COMMENT ON FUNCTION fusion_error(text) IS 'NULL when the text is a valid fusion, else what is wrong with it';

-- Constructor ---------------------------------------------------------------

-- Not STRICT: exons, transcripts and the order flag are optional.
CREATE FUNCTION fusion_make(gene5 text, gene3 text, exon5 integer DEFAULT NULL,
							exon3 integer DEFAULT NULL, transcript5 text DEFAULT NULL,
							transcript3 text DEFAULT NULL,
							order_guaranteed boolean DEFAULT true)
	RETURNS fusion
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION fusion_make(text, text, integer, integer, text, text, boolean) IS
	'build a fusion from separate 5''/3'' genes, exons and transcripts; NULL when a gene is NULL';

-- Accessors -----------------------------------------------------------------

CREATE FUNCTION fusion_gene5(fusion) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_gene3(fusion) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_genes(fusion) RETURNS text[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_exon5(fusion) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_exon3(fusion) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_transcript5(fusion) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_transcript3(fusion) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_kind(fusion) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_order_guaranteed(fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_genes_listed(fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_partner(fusion, gene text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION fusion_gene5(fusion) IS '5'' partner gene (as written when the order was not guaranteed); NULL for v/?';
COMMENT ON FUNCTION fusion_gene3(fusion) IS '3'' partner gene; NULL for v/?';
COMMENT ON FUNCTION fusion_genes(fusion) IS 'the genes the fusion names, 5'' first';
COMMENT ON FUNCTION fusion_exon5(fusion) IS 'last exon of the 5'' partner at the junction, NULL if not given';
COMMENT ON FUNCTION fusion_exon3(fusion) IS 'first exon of the 3'' partner at the junction, NULL if not given';
COMMENT ON FUNCTION fusion_transcript5(fusion) IS 'transcript accession of the 5'' partner, NULL if not given';
COMMENT ON FUNCTION fusion_transcript3(fusion) IS 'transcript accession of the 3'' partner, NULL if not given';
COMMENT ON FUNCTION fusion_kind(fusion) IS 'chimeric, categorical (any partner), unknown partner, or intragenic (not a fusion)';
COMMENT ON FUNCTION fusion_order_guaranteed(fusion) IS 'false when the notation (- or /) did not guarantee 5''->3'' order';
COMMENT ON FUNCTION fusion_genes_listed(fusion) IS 'true when every named gene is in the built-in gene table';
COMMENT ON FUNCTION fusion_partner(fusion, text) IS 'the other gene of the fusion (alias-aware); NULL when the gene is not involved';

-- Gene table ----------------------------------------------------------------

CREATE FUNCTION ntrk_gene(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ntrk_gene_table_version() RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_gene(text) IS 'approved gene symbol for a symbol, previous symbol or unique alias; NULL if unknown or ambiguous';
COMMENT ON FUNCTION ntrk_gene_table_version() IS 'source and date of the built-in gene symbol table';
CREATE FUNCTION ntrk_knowledge_version() RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_knowledge_version() IS 'digest and table sizes of the built-in NTRK knowledge (data/*.tsv, sources in docs/sources.md)';

-- Comparison ------------------------------------------------------------------

CREATE FUNCTION fusion_eq(fusion, fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_ne(fusion, fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_lt(fusion, fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_le(fusion, fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_gt(fusion, fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_ge(fusion, fusion) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_cmp(fusion, fusion) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_equalimage(oid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_hash(fusion) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_hash_extended(fusion, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION fusion_eq(fusion, fusion) IS 'same fusion, whatever the notation';
COMMENT ON FUNCTION fusion_ne(fusion, fusion) IS 'different fusions';
COMMENT ON FUNCTION fusion_lt(fusion, fusion) IS 'sorts before (by 5'' gene, then 3'' gene, bytewise)';
COMMENT ON FUNCTION fusion_le(fusion, fusion) IS 'sorts before or equal';
COMMENT ON FUNCTION fusion_gt(fusion, fusion) IS 'sorts after';
COMMENT ON FUNCTION fusion_ge(fusion, fusion) IS 'sorts after or equal';
COMMENT ON FUNCTION fusion_cmp(fusion, fusion) IS 'btree comparison of fusions';
COMMENT ON FUNCTION fusion_sortsupport(internal) IS 'btree sort support for fusion';
COMMENT ON FUNCTION fusion_equalimage(oid) IS 'btree equal-image check for fusion (false: equal values may differ in flags)';
COMMENT ON FUNCTION fusion_hash(fusion) IS 'hash of a fusion (stable across versions)';
COMMENT ON FUNCTION fusion_hash_extended(fusion, bigint) IS 'seeded 64-bit hash of a fusion (stable across versions)';

CREATE OPERATOR = (
	LEFTARG = fusion, RIGHTARG = fusion, PROCEDURE = fusion_eq,
	COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = fusion, RIGHTARG = fusion, PROCEDURE = fusion_ne,
	COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = fusion, RIGHTARG = fusion, PROCEDURE = fusion_lt,
	COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = fusion, RIGHTARG = fusion, PROCEDURE = fusion_le,
	COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = fusion, RIGHTARG = fusion, PROCEDURE = fusion_gt,
	COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = fusion, RIGHTARG = fusion, PROCEDURE = fusion_ge,
	COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR =(fusion, fusion) IS 'same fusion, whatever the notation';
COMMENT ON OPERATOR <>(fusion, fusion) IS 'different fusions';
COMMENT ON OPERATOR <(fusion, fusion) IS 'sorts before';
COMMENT ON OPERATOR <=(fusion, fusion) IS 'sorts before or equal';
COMMENT ON OPERATOR >(fusion, fusion) IS 'sorts after';
COMMENT ON OPERATOR >=(fusion, fusion) IS 'sorts after or equal';

CREATE OPERATOR CLASS fusion_ops
	DEFAULT FOR TYPE fusion USING btree AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 fusion_cmp(fusion, fusion),
		FUNCTION 2 fusion_sortsupport(internal),
		FUNCTION 4 fusion_equalimage(oid);

COMMENT ON OPERATOR CLASS fusion_ops USING btree IS 'default btree ordering of fusions (5'' gene, then 3'' gene; notation ignored)';

CREATE OPERATOR CLASS fusion_hash_ops
	DEFAULT FOR TYPE fusion USING hash AS
		OPERATOR 1 =,
		FUNCTION 1 fusion_hash(fusion),
		FUNCTION 2 fusion_hash_extended(fusion, bigint);

COMMENT ON OPERATOR CLASS fusion_hash_ops USING hash IS 'default hash opclass of fusion (hash joins, hash aggregates, hash partitioning)';

-- The gene type ---------------------------------------------------------------

-- One gene symbol, resolved on input like the partners of a fusion (approved
-- symbol, previous symbol or unique alias -> approved symbol; other valid
-- names upper-cased).  It is the operand of the gene-membership operators
-- below.  Unlike text it has no collation, so postgres_fdw sends
-- f ? 'NTRK1' to the remote server, and the name is resolved once, when
-- the constant is read, instead of once per row.

CREATE TYPE gene;

CREATE FUNCTION gene_in(cstring) RETURNS gene
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_out(gene) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_recv(internal) RETURNS gene
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_send(gene) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE gene (
	INPUT = gene_in,
	OUTPUT = gene_out,
	RECEIVE = gene_recv,
	SEND = gene_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = main
);

COMMENT ON TYPE gene IS
	'one gene symbol, resolved from a symbol, previous symbol or alias; not collatable, compared bytewise';
COMMENT ON FUNCTION gene_in(cstring) IS 'text input of gene: resolves a symbol, previous symbol or unique alias to the approved symbol';
COMMENT ON FUNCTION gene_out(gene) IS 'text output of gene: the resolved symbol';
COMMENT ON FUNCTION gene_recv(internal) IS 'binary input of gene: format-version byte and symbol, which must be in resolved form';
COMMENT ON FUNCTION gene_send(gene) IS 'binary output of gene: format-version byte and symbol';

-- The array type gene[] (the operand of ?| and ?&) must be a member of the
-- extension: postgres_fdw sends a gene[] constant to a server with
-- extensions 'ntrk' only when its type belongs to ntrk.  PostgreSQL 17 and
-- later record an extension type's array type as a member by themselves (and
-- refuse to add it twice: commit e5bc945, 2024-03-04, not back-patched);
-- PostgreSQL 15 and 16 need it added here.  The script asks the catalog
-- rather than the version number, so it does whichever the server needs.
DO $$
BEGIN
	IF NOT EXISTS (
		SELECT FROM pg_catalog.pg_depend d
		WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass
		  AND d.objid OPERATOR(pg_catalog.=) 'gene[]'::pg_catalog.regtype::pg_catalog.oid
		  AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
		  AND d.deptype OPERATOR(pg_catalog.=) 'e') THEN
		ALTER EXTENSION ntrk ADD TYPE gene[];
	END IF;
END
$$;

-- Implicit from text (and varchar, which drivers often send), so that text
-- columns, parameters and text[] arrays keep working with ?, ?| and ?&.
CREATE FUNCTION gene_from_text(text) RETURNS gene
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION gene_from_text(text) IS 'cast text to gene (same rules and errors as the input function)';
CREATE CAST (text AS gene) WITH FUNCTION gene_from_text(text) AS IMPLICIT;
COMMENT ON CAST (text AS gene) IS 'resolve text as a gene symbol';
CREATE CAST (varchar AS gene) WITH FUNCTION gene_from_text(text) AS IMPLICIT;
COMMENT ON CAST (varchar AS gene) IS 'resolve varchar as a gene symbol';
CREATE CAST (gene AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (gene AS text) IS 'the resolved symbol as text';

CREATE FUNCTION gene_eq(gene, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_ne(gene, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_lt(gene, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_le(gene, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_gt(gene, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_ge(gene, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_cmp(gene, gene) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_hash(gene) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gene_hash_extended(gene, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION gene_eq(gene, gene) IS 'same gene symbol';
COMMENT ON FUNCTION gene_ne(gene, gene) IS 'different gene symbols';
COMMENT ON FUNCTION gene_lt(gene, gene) IS 'sorts before (bytewise on the symbol)';
COMMENT ON FUNCTION gene_le(gene, gene) IS 'sorts before or equal';
COMMENT ON FUNCTION gene_gt(gene, gene) IS 'sorts after';
COMMENT ON FUNCTION gene_ge(gene, gene) IS 'sorts after or equal';
COMMENT ON FUNCTION gene_cmp(gene, gene) IS 'btree and GIN comparison of genes (bytewise on the symbol, no collation)';
COMMENT ON FUNCTION gene_hash(gene) IS 'hash of a gene (stable across versions)';
COMMENT ON FUNCTION gene_hash_extended(gene, bigint) IS 'seeded 64-bit hash of a gene (stable across versions)';

CREATE OPERATOR = (
	LEFTARG = gene, RIGHTARG = gene, PROCEDURE = gene_eq,
	COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = gene, RIGHTARG = gene, PROCEDURE = gene_ne,
	COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = gene, RIGHTARG = gene, PROCEDURE = gene_lt,
	COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = gene, RIGHTARG = gene, PROCEDURE = gene_le,
	COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = gene, RIGHTARG = gene, PROCEDURE = gene_gt,
	COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = gene, RIGHTARG = gene, PROCEDURE = gene_ge,
	COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR =(gene, gene) IS 'same gene symbol';
COMMENT ON OPERATOR <>(gene, gene) IS 'different gene symbols';
COMMENT ON OPERATOR <(gene, gene) IS 'sorts before';
COMMENT ON OPERATOR <=(gene, gene) IS 'sorts before or equal';
COMMENT ON OPERATOR >(gene, gene) IS 'sorts after';
COMMENT ON OPERATOR >=(gene, gene) IS 'sorts after or equal';

-- Equal genes have equal bytes, so btree deduplication is safe
-- (pg_catalog.btequalimage answers true).
CREATE OPERATOR CLASS gene_ops
	DEFAULT FOR TYPE gene USING btree AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 gene_cmp(gene, gene),
		FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS gene_ops USING btree IS 'default btree ordering of genes (bytewise on the symbol, independent of locale)';

CREATE OPERATOR CLASS gene_hash_ops
	DEFAULT FOR TYPE gene USING hash AS
		OPERATOR 1 =,
		FUNCTION 1 gene_hash(gene),
		FUNCTION 2 gene_hash_extended(gene, bigint);
COMMENT ON OPERATOR CLASS gene_hash_ops USING hash IS 'default hash opclass of gene (hash joins, hash aggregates, hash partitioning)';

-- Gene membership -------------------------------------------------------------

CREATE FUNCTION fusion_has_gene(fusion, gene) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_has_any_gene(fusion, gene[]) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_has_all_genes(fusion, gene[]) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fusion_has_gene(fusion, gene) IS 'does the fusion involve the gene (a symbol or alias, resolved by gene input)?';
COMMENT ON FUNCTION fusion_has_any_gene(fusion, gene[]) IS 'does the fusion involve any of the genes?';
COMMENT ON FUNCTION fusion_has_all_genes(fusion, gene[]) IS 'does the fusion involve all of the genes?';

CREATE OPERATOR ? (
	LEFTARG = fusion, RIGHTARG = gene, PROCEDURE = fusion_has_gene,
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR ?| (
	LEFTARG = fusion, RIGHTARG = gene[], PROCEDURE = fusion_has_any_gene,
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR ?& (
	LEFTARG = fusion, RIGHTARG = gene[], PROCEDURE = fusion_has_all_genes,
	RESTRICT = contsel, JOIN = contjoinsel
);
COMMENT ON OPERATOR ?(fusion, gene) IS 'fusion involves the gene (a symbol or alias, resolved by gene input)';
COMMENT ON OPERATOR ?|(fusion, gene[]) IS 'fusion involves any of the genes';
COMMENT ON OPERATOR ?&(fusion, gene[]) IS 'fusion involves all of the genes';

CREATE FUNCTION fusion_gin_extract_value(fusion, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- GIN requires extractQuery to be declared on the indexed type; it is called
-- with the operand of the operator, a gene or a gene[].
CREATE FUNCTION fusion_gin_extract_query(fusion, internal, int2, internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fusion_gin_consistent(internal, int2, fusion, int4, internal, internal, internal, internal) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fusion_gin_extract_value(fusion, internal, internal) IS 'GIN support: genes of a fusion as keys';
COMMENT ON FUNCTION fusion_gin_extract_query(fusion, internal, int2, internal, internal, internal, internal) IS 'GIN support: genes of a ?, ?| or ?& query as keys';
COMMENT ON FUNCTION fusion_gin_consistent(internal, int2, fusion, int4, internal, internal, internal, internal) IS 'GIN support: does an indexed fusion match the query?';

CREATE OPERATOR CLASS fusion_gene_ops
	DEFAULT FOR TYPE fusion USING gin AS
		OPERATOR 9 ? (fusion, gene),
		OPERATOR 10 ?| (fusion, gene[]),
		OPERATOR 11 ?& (fusion, gene[]),
		FUNCTION 1 gene_cmp(gene, gene),
		FUNCTION 2 fusion_gin_extract_value(fusion, internal, internal),
		FUNCTION 3 fusion_gin_extract_query(fusion, internal, int2, internal, internal, internal, internal),
		FUNCTION 4 fusion_gin_consistent(internal, int2, fusion, int4, internal, internal, internal, internal),
		STORAGE gene;
COMMENT ON OPERATOR CLASS fusion_gene_ops USING gin IS 'GIN index of the genes a fusion involves (gene keys, compared bytewise), for ?, ?| and ?&';
