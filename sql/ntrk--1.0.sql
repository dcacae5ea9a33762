-- ntrk install script, built from the pieces in sql/install, in name order.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION ntrk" to load this file. \quit

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

-- The array type gene[] (the operand of ?| and ?&) is made a member of the
-- extension too: CREATE TYPE makes only gene itself one, and postgres_fdw
-- sends a gene[] constant to a server with extensions 'ntrk' only when its
-- type belongs to ntrk.
ALTER EXTENSION ntrk ADD TYPE gene[];

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
------------------------------------------------------------------------------
-- NTRK classification: fusions, protein changes, patient status
------------------------------------------------------------------------------
-- The labels of the enums below are printed by the C core
-- (src/core/ntrk_knowledge.c); keep both in the same order.

CREATE TYPE ntrk_fusion_class AS ENUM (
	'ntrk_fusion',				-- NTRK 3', kinase kept or not contradicted
	'ntrk_kinase_lost',			-- NTRK 3' segment starts after the kinase
	'ntrk_out_of_frame',		-- caller says out-of-frame or stop codon
	'ntrk_reciprocal',			-- NTRK is the 5' partner (NTRK3::ETV6)
	'ntrk_orientation_unknown', -- NTRK written first, order not guaranteed
	'ntrk_intragenic',			-- NTRK1-intragenic, NTRK1-NTRK1: not a fusion
	'ntrk_presumptive',			-- ?::NTRK1 (break-apart FISH)
	'ntrk_categorical',			-- v::NTRK1, "NTRK1 fusion"
	'other_driver_fusion',		-- ALK, ROS1, RET, FGFR1-3, BRAF, NRG1, MET ...
	'not_ntrk'					-- anything else
);
COMMENT ON TYPE ntrk_fusion_class IS
	'class of a fusion for NTRK purposes, as returned by ntrk_classify (see README "NTRK classification")';

CREATE TYPE ntrk_reading_frame AS ENUM (
	'in_frame', 'out_of_frame', 'stop_codon', 'unknown'
);
COMMENT ON TYPE ntrk_reading_frame IS
	'reading frame of a fusion junction, normalised from the words callers write (ntrk_frame)';

CREATE TYPE ntrk_alteration_class AS ENUM (
	'solvent_front',			-- NTRK1 G595, NTRK2 G639, NTRK3 G623
	'gatekeeper',				-- NTRK1 F589, NTRK2 F633, NTRK3 F617
	'xdfg',						-- NTRK1 G667, NTRK2 G709, NTRK3 G696
	'kinase_other',				-- other residue of the NTRK kinase domain
	'outside_kinase',			-- NTRK residue outside the kinase domain
	'amplification',			-- NTRK copy-number amplification
	'offtarget_mapk',			-- KRAS G12/G13/Q61, BRAF V600E, MET amplification
	'offtarget_other'			-- other KRAS, BRAF or MET change
);
COMMENT ON TYPE ntrk_alteration_class IS
	'class of an NTRK point mutation or of an off-target resistance alteration (ntrk_variant_class); NTRK2 positions are NP_006171.2 (MANE) positions';

CREATE TYPE ntrk_status AS ENUM (
	'fusion_actionable', 'resistant', 'mutation_only', 'negative', 'indeterminate'
);
COMMENT ON TYPE ntrk_status IS
	'NTRK status of one patient, as returned by the aggregate ntrk_patient_status';

CREATE TYPE ntrk_classification AS (
	class ntrk_fusion_class,
	ntrk_gene text,
	partner text,
	actionable boolean,
	orientation_inferred boolean,
	kinase_kept boolean,
	reading_frame ntrk_reading_frame,
	driver_gene text,
	reason text
);
COMMENT ON TYPE ntrk_classification IS
	'result of ntrk_classify: class, NTRK gene, partner, TRK-inhibitor actionability (NULL = cannot be decided), whether the 5''/3'' order was inferred, kinase retention (NULL = not checked), frame, driver gene and a reason sentence';

CREATE TYPE ntrk_variant AS (
	gene text,
	protein_change text,
	"position" integer,
	numbering text,
	variant_class ntrk_alteration_class,
	known_resistance boolean,
	reason text
);
COMMENT ON TYPE ntrk_variant IS
	'result of ntrk_variant_class: gene, normalised change (p.G595R or amplification), position on the protein named in numbering, class, whether it is a listed resistance alteration, and a reason sentence';

CREATE TYPE ntrk_patient AS (
	status ntrk_status,
	ntrk_gene text,
	fusion text,
	resistance ntrk_alteration_class[],
	prior_trk_inhibitor boolean,
	reason text
);
COMMENT ON TYPE ntrk_patient IS
	'result of the aggregate ntrk_patient_status: status, NTRK gene and canonical text of the most relevant fusion, resistance classes (when resistant), whether a TRK inhibitor was given, and a reason sentence';

-- Functions ---------------------------------------------------------------

-- Not STRICT: NULL means "not given" and maps to 'unknown'.
CREATE FUNCTION ntrk_frame(reading_frame text) RETURNS ntrk_reading_frame
	AS 'MODULE_PATHNAME', 'ntrk_frame_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_frame(text) IS
	'normalise a caller''s reading-frame word (in-frame, INFRAME, In_frame, FRAMESHIFT, stop-codon, TRUE/FALSE, ., unknown, NULL ...); 22P02 for a word it does not know';

-- Not STRICT: reading_frame may be NULL (unknown); NULL f gives NULL.
CREATE FUNCTION ntrk_classify(f fusion, reading_frame text DEFAULT NULL)
	RETURNS ntrk_classification
	AS 'MODULE_PATHNAME', 'ntrk_classify_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_classify(fusion, text) IS
	'classify a fusion for TRK-inhibitor actionability (NTRK 3'' with kinase kept and frame not out, reciprocal, kinase lost, presumptive, categorical, other driver ...), repairing kinase-first order when the notation does not guarantee it';

-- Scalar shortcuts for WHERE and GROUP BY over large tables (no row built).
-- Not STRICT: a NULL frame means unknown, as for ntrk_classify.
CREATE FUNCTION ntrk_actionable(f fusion, reading_frame text DEFAULT NULL)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'ntrk_actionable_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_actionable(fusion, text) IS
	'the actionable column of ntrk_classify: NTRK-fusion indication for a TRK inhibitor (NULL = cannot be decided, or NULL fusion)';
CREATE FUNCTION ntrk_class(f fusion, reading_frame text DEFAULT NULL)
	RETURNS ntrk_fusion_class
	AS 'MODULE_PATHNAME', 'ntrk_class_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_class(fusion, text) IS
	'the class column of ntrk_classify (NULL for a NULL fusion)';

-- Not STRICT: gene may be NULL when the change names it ("NTRK1 G595R");
-- a NULL protein_change gives NULL.
CREATE FUNCTION ntrk_variant_class(gene text, protein_change text)
	RETURNS ntrk_variant
	AS 'MODULE_PATHNAME', 'ntrk_variant_class_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_variant_class(text, text) IS
	'classify an NTRK protein change (solvent front, gatekeeper, xDFG, other kinase, outside kinase, amplification) or an off-target resistance alteration (KRAS G12/G13/Q61, BRAF V600E, MET amplification); other listed genes give a NULL class, names that are not genes raise 22023';

-- Patient-level aggregate ----------------------------------------------------
-- The state is a fixed-size bytea (not internal), so the aggregate can be
-- combined in parallel and by Citus.

-- Not STRICT: every argument may be NULL on a given row.
CREATE FUNCTION ntrk_patient_status_transfn(state bytea, f fusion, reading_frame text,
											gene text, protein_change text,
											prior_trk_inhibitor boolean)
	RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_transfn(bytea, fusion, text, text, text, boolean) IS
	'transition function of ntrk_patient_status: adds one row (a fusion, a protein change, a prior-TRK-inhibitor flag, any of them NULL) to the patient state';

CREATE FUNCTION ntrk_patient_status_combinefn(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_combinefn(bytea, bytea) IS
	'combine function of ntrk_patient_status: merges two partial patient states (order does not matter)';

CREATE FUNCTION ntrk_patient_status_finalfn(bytea) RETURNS ntrk_patient
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_patient_status_finalfn(bytea) IS
	'final function of ntrk_patient_status: the patient''s NTRK status and the reason';

CREATE AGGREGATE ntrk_patient_status(f fusion, reading_frame text, gene text,
									 protein_change text, prior_trk_inhibitor boolean) (
	SFUNC = ntrk_patient_status_transfn,
	STYPE = bytea,
	COMBINEFUNC = ntrk_patient_status_combinefn,
	FINALFUNC = ntrk_patient_status_finalfn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ntrk_patient_status(fusion, text, text, text, boolean) IS
	'NTRK status of one patient from all of its rows (fusion + frame, gene + protein change, prior TRK inhibitor): fusion_actionable, resistant, mutation_only, negative or indeterminate; use with GROUP BY patient';

------------------------------------------------------------------------------
-- Partner ranking: published partner frequencies, partner knowledge, cohort
-- ranking and BI views
------------------------------------------------------------------------------
--
-- Every number below comes from the project's reference notes
-- (/work/shared/reference/domain.md §3.1-§3.3, ntrk-exons.md §4), which name
-- the primary source and say how it was read; the evidence column keeps that:
-- read_in_source = read in the paper or its tables, abstract_or_secondary =
-- abstract or a secondary page only, unverified = commonly cited, source not
-- checked (no date then).  Dates are the publication year (or the snapshot
-- date of a database); nothing is derived from a number the notes do not
-- give, except shares computed from the published counts.
--
-- Why no custom aggregate: the unit to count is the distinct sample (and
-- patient), so a mergeable aggregate state would have to carry the set of
-- sample ids, not counts.  Deduplicating with a plain GROUP BY and counting
-- with count(*) FILTER runs as built-in partial aggregation in parallel
-- workers, and a GROUP BY that contains the sample column can be pushed down
-- to Citus workers when the calls are distributed by sample; there is no
-- state type to serialise.

-- Published partner frequencies --------------------------------------------

CREATE TABLE ntrk_partner_reference (
	ntrk_gene	text CHECK (ntrk_gene IN ('NTRK1', 'NTRK2', 'NTRK3')),
	partner		text CHECK (partner <> ''),
	cancer_type text NOT NULL CHECK (cancer_type <> ''),
	cohort		text NOT NULL CHECK (cohort <> ''),
	cases		integer CHECK (cases >= 0),
	denominator integer CHECK (denominator > 0),
	denominator_of text CHECK (denominator_of IN ('tested', 'ntrk_fusion', 'ntrk_gene_fusion')),
	published_percent numeric CHECK (published_percent BETWEEN 0 AND 100),
	share		numeric GENERATED ALWAYS AS
		(CASE WHEN denominator IS NOT NULL THEN pg_catalog.round(cases::numeric OPERATOR(pg_catalog./) denominator, 4)
			  ELSE pg_catalog.round(published_percent OPERATOR(pg_catalog./) 100, 4) END) STORED,
	citation	text NOT NULL CHECK (citation <> ''),
	source_date text CHECK (source_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	evidence	text NOT NULL CHECK (evidence IN ('read_in_source', 'abstract_or_secondary', 'unverified')),
	note		text,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CONSTRAINT cases_within_denominator CHECK (cases <= denominator),
	CONSTRAINT dated_unless_unverified CHECK (source_date IS NOT NULL OR evidence = 'unverified'),
	CONSTRAINT share_needs_basis
		CHECK (denominator_of IS NOT NULL OR (denominator IS NULL AND published_percent IS NULL)),
	CONSTRAINT gene_share_needs_gene CHECK (denominator_of <> 'ntrk_gene_fusion' OR ntrk_gene IS NOT NULL),
	CONSTRAINT partner_is_approved_symbol
		CHECK (partner IS NULL OR partner = coalesce(ntrk_gene(partner), partner)),
	CONSTRAINT one_row_per_source_and_event
		UNIQUE NULLS NOT DISTINCT (citation, cancer_type, ntrk_gene, partner)
);

COMMENT ON TABLE ntrk_partner_reference IS
	'published NTRK fusion frequencies (prevalence, NTRK gene split, partner shares) and reported partners, one row per source and cohort; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_partner_reference.ntrk_gene IS 'NTRK1, NTRK2 or NTRK3; NULL = any NTRK gene';
COMMENT ON COLUMN ntrk_partner_reference.partner IS 'approved symbol of the 5'' partner; NULL = any partner';
COMMENT ON COLUMN ntrk_partner_reference.cancer_type IS 'cancer type of the cohort (e.g. NSCLC, solid tumours)';
COMMENT ON COLUMN ntrk_partner_reference.cohort IS 'what the series is: size, assay, setting';
COMMENT ON COLUMN ntrk_partner_reference.cases IS 'cases with this event; NULL when the source reports the event without a count';
COMMENT ON COLUMN ntrk_partner_reference.denominator IS 'what cases are counted out of; NULL when not published exactly';
COMMENT ON COLUMN ntrk_partner_reference.denominator_of IS 'tested = all tested cases, ntrk_fusion = all NTRK fusion-positive cases, ntrk_gene_fusion = cases positive for this NTRK gene';
COMMENT ON COLUMN ntrk_partner_reference.published_percent IS 'percentage as published, used when there is no exact denominator';
COMMENT ON COLUMN ntrk_partner_reference.share IS 'cases / denominator (else published_percent / 100), rounded to 4 places';
COMMENT ON COLUMN ntrk_partner_reference.citation IS 'source of the row';
COMMENT ON COLUMN ntrk_partner_reference.source_date IS 'publication date of the source, ISO 8601 at the precision known (year, year-month or date)';
COMMENT ON COLUMN ntrk_partner_reference.evidence IS 'source = read in the paper or its tables; abstract = abstract or secondary page only; unverified = commonly cited, not checked';
COMMENT ON COLUMN ntrk_partner_reference.note IS 'free-text remark';
COMMENT ON COLUMN ntrk_partner_reference.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

SELECT pg_catalog.pg_extension_config_dump('ntrk_partner_reference', 'WHERE origin <> ''shipped''');

GRANT SELECT ON ntrk_partner_reference TO PUBLIC;

INSERT INTO ntrk_partner_reference
	(ntrk_gene, partner, cancer_type, cohort, cases, denominator, denominator_of,
	 published_percent, citation, source_date, evidence, note, origin)
VALUES
	-- Prevalence among tested cases (domain.md §3.1, §3.2).
	(NULL, NULL, 'NSCLC', 'comprehensive genomic profiling of 42,791 NSCLC', 58, 42791, 'tested',
	 0.1, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	(NULL, NULL, 'solid tumours', 'MSK-IMPACT DNA NGS, more than 26,000 patients, 17 cancer types', 76, NULL, 'tested',
	 0.28, 'Rosen et al., Clin Cancer Res 2020;26:1624', '2020', 'abstract_or_secondary',
	 '48 unique rearrangements', 'shipped'),
	(NULL, NULL, 'solid tumours', 'MSK-IMPACT DNA NGS of 33,997 patients (2,189 also RNA)', 87, 33997, 'tested',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source',
	 'share derived from the published counts', 'shipped'),
	(NULL, NULL, 'solid tumours', 'FoundationCORE, 295,676 patients, 45 cancer types', 889, 295676, 'tested',
	 0.30, 'Westphalen et al., npj Precis Oncol 2021', '2021', 'abstract_or_secondary',
	 '88 unique fusion-partner pairs, 66% not previously reported', 'shipped'),
	(NULL, NULL, 'solid tumours', 'Dutch PALGA, 7,457 tumours tested 2017-2020', 69, 7457, 'tested',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),

	-- NTRK gene split among fusion-positive cases (domain.md §3.1, §3.2).
	('NTRK1', NULL, 'NSCLC', 'NTRK fusion-positive NSCLC among 42,791 profiled', 47, 58, 'ntrk_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', NULL, 'NSCLC', 'NTRK fusion-positive NSCLC among 42,791 profiled', 5, 58, 'ntrk_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', NULL, 'NSCLC', 'NTRK fusion-positive NSCLC among 42,791 profiled', 6, 58, 'ntrk_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', NULL, 'NSCLC', '11 NTRK fusion-positive NSCLC', 7, 11, 'ntrk_fusion',
	 NULL, 'Farago et al., JCO Precis Oncol 2018', '2018', 'abstract_or_secondary', '5 distinct partners', 'shipped'),
	('NTRK3', NULL, 'NSCLC', '11 NTRK fusion-positive NSCLC', 4, 11, 'ntrk_fusion',
	 NULL, 'Farago et al., JCO Precis Oncol 2018', '2018', 'abstract_or_secondary', '2 distinct partners', 'shipped'),
	('NTRK1', NULL, 'solid tumours', 'MSK NTRK fusion-positive cases evaluated by pan-TRK IHC (Table 3)', 27, 66, 'ntrk_fusion',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source', NULL, 'shipped'),
	('NTRK2', NULL, 'solid tumours', 'MSK NTRK fusion-positive cases evaluated by pan-TRK IHC (Table 3)', 5, 66, 'ntrk_fusion',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source', NULL, 'shipped'),
	('NTRK3', NULL, 'solid tumours', 'MSK NTRK fusion-positive cases evaluated by pan-TRK IHC (Table 3)', 34, 66, 'ntrk_fusion',
	 NULL, 'Solomon et al., Mod Pathol 2020;33:38', '2020', 'read_in_source', NULL, 'shipped'),
	('NTRK1', NULL, 'solid tumours', 'Dutch PALGA NTRK fusions, 2017-2020', 22, 69, 'ntrk_fusion',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', NULL, 'solid tumours', 'Dutch PALGA NTRK fusions, 2017-2020', 6, 69, 'ntrk_fusion',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', NULL, 'solid tumours', 'Dutch PALGA NTRK fusions, 2017-2020', 41, 69, 'ntrk_fusion',
	 NULL, 'Koopman et al., Diagnostics 2022;12:668', '2022', 'abstract_or_secondary', NULL, 'shipped'),

	-- Partner shares (domain.md §3.2, §3.3).
	('NTRK1', 'TPM3', 'NSCLC', 'NTRK1 fusion-positive NSCLC among 42,791 profiled', 9, 47, 'ntrk_gene_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', 'most frequent partner in the series', 'shipped'),
	('NTRK1', 'IRF2BP2', 'NSCLC', 'NTRK1 fusion-positive NSCLC among 42,791 profiled', 6, 47, 'ntrk_gene_fusion',
	 NULL, 'ESMO 2019 abstract 1549P', '2019', 'abstract_or_secondary', 'second most frequent partner in the series', 'shipped'),
	('NTRK3', 'ETV6', 'solid tumours', 'entrectinib integrated analysis, 54 adults with NTRK fusion-positive tumours', 25, 54, 'ntrk_fusion',
	 NULL, 'Doebele et al., Lancet Oncol 2020', '2020', 'abstract_or_secondary',
	 'share of all NTRK fusion-positive patients, not of NTRK3 fusions', 'shipped'),

	-- Partners reported without a count (domain.md §3.2, §3.3; ntrk-exons.md §4).
	('NTRK1', 'TPM3', 'colorectal cancer', 'first NTRK fusion described (colon carcinoma)', NULL, NULL, NULL,
	 NULL, 'Martin-Zanca et al. 1986', '1986', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'LMNA', 'Spitz tumours', 'LMNA exon 2 to NTRK1 exon 11 by a 743 kb deletion', NULL, NULL, NULL,
	 NULL, 'Wiesner et al., Nat Commun 2014', '2014', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'LMNA', 'colorectal cancer', 'LMNA::NTRK1 colorectal cancer with acquired G595R and G667C on entrectinib', NULL, NULL, NULL,
	 NULL, 'Russo et al., Cancer Discov 2016;6:36', '2016', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'MPRIP', 'NSCLC', 'first lung NTRK1 fusions, 3 of 91 driver-negative lung cancers', NULL, NULL, NULL,
	 NULL, 'Vaishnavi et al., Nat Med 2013', '2013', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'CD74', 'NSCLC', 'first lung NTRK1 fusions, 3 of 91 driver-negative lung cancers', NULL, NULL, NULL,
	 NULL, 'Vaishnavi et al., Nat Med 2013', '2013', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'SQSTM1', 'NSCLC', 'SQSTM1::NTRK1 lung cancer with intracranial complete response to entrectinib', NULL, NULL, NULL,
	 NULL, 'Drilon et al., Cancer Discov 2017', '2017', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK1', 'TPR', 'not stated', 'TPR::NTRK1 cell models', NULL, NULL, NULL,
	 NULL, 'Cell Rep 2020', '2020', 'abstract_or_secondary', 'models, not patients', 'shipped'),
	('NTRK1', 'SCP2', 'not stated', 'SCP2::NTRK1 call discussed on the Arriba fusion caller''s issue tracker (issue 190)', NULL, NULL, NULL,
	 NULL, 'suhrig/arriba issue 190', NULL, 'unverified', 'a user''s call, not a publication', 'shipped'),
	('NTRK1', 'TFG', 'not stated', 'commonly cited NTRK1 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK1', 'PPL', 'not stated', 'commonly cited NTRK1 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK1', 'BCAN', 'not stated', 'commonly cited NTRK1 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK1', 'TRIM24', 'not stated', 'commonly cited NTRK1 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK2', 'KANK1', 'not stated', 'example of the ClinGen NTRK fusion oncogenicity rules (approved April 2022)', NULL, NULL, NULL,
	 NULL, 'ClinGen NTRK fusion SC-VCEP', '2022-04', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK2', 'QKI', 'not stated', 'QKI exon 6 to NTRK2 exon 15, named in a public report script', NULL, NULL, NULL,
	 NULL, 'public IGV report script', NULL, 'unverified', 'secondary source only', 'shipped'),
	('NTRK2', 'AFAP1', 'not stated', 'named NTRK2 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK2', 'SQSTM1', 'not stated', 'named NTRK2 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK2', 'NACC2', 'not stated', 'named NTRK2 partner', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK3', 'ETV6', 'solid tumours', 'most common fusion of a Canadian national program (1,687 patients), all 3 salivary cases', NULL, NULL, NULL,
	 NULL, 'Canadian national program, Mol Diagn Ther 2022', '2022', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'EML4', 'NSCLC', 'one EML4::NTRK3 among 289 NSCLC of a single site', NULL, NULL, NULL,
	 NULL, 'La Trobe single-site NSCLC series 2024', '2024', 'abstract_or_secondary', NULL, 'shipped'),
	('NTRK3', 'EML4', 'not stated', 'EML4 exon 2 to NTRK3 exon 14, a CIViC fusion variant', NULL, NULL, NULL,
	 NULL, 'CIViC (as used by the FUSOR test cases)', '2026-05', 'read_in_source',
	 'source date = date of the snapshot read', 'shipped'),
	('NTRK3', 'TPM4', 'MPNST', 'TPM4::NTRK3 in malignant peripheral nerve sheath tumour', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped'),
	('NTRK3', 'QKI', 'glioma', 'commonly cited NTRK3 partner in glioma', NULL, NULL, NULL,
	 NULL, 'commonly cited; source not checked', NULL, 'unverified', NULL, 'shipped');

-- Partner knowledge ----------------------------------------------------------

-- What ntrk's reference says about a partner: recurrent (at least 2 cases in
-- one counted series, or at least 2 sources that are not unverified),
-- reported, cited without a checked source, or not previously reported.
-- Partner identity never decides TRK-inhibitor eligibility (approvals are
-- for NTRK gene fusions), so a novel partner is still presumptively
-- actionable when the fusion is in frame and keeps the kinase; the
-- actionability column says so.  Not STRICT: ntrk_symbol may be NULL (any
-- NTRK gene); a NULL partner or an ntrk_symbol that is not NTRK1/2/3 (or an
-- alias) gives no row.
CREATE FUNCTION ntrk_partner_knowledge(partner_symbol text, ntrk_symbol text DEFAULT NULL)
	RETURNS TABLE (ntrk_gene text, partner text, knowledge text, knowledge_rank integer,
				   recurrent boolean, sources integer, most_cases integer,
				   citations text, actionability text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH asked AS (
		SELECT coalesce(ntrk_gene(partner_symbol),
						pg_catalog.upper(pg_catalog.btrim(partner_symbol))) AS partner,
			   ntrk_gene(ntrk_symbol) AS ntrk
		WHERE partner_symbol IS NOT NULL
		  AND (ntrk_symbol IS NULL OR ntrk_gene(ntrk_symbol) IN ('NTRK1', 'NTRK2', 'NTRK3'))
	), known AS (
		SELECT r.ntrk_gene, a.partner,
			   (coalesce(max(r.cases), 0) >= 2
				OR count(DISTINCT r.citation) FILTER (WHERE r.evidence <> 'unverified') >= 2) AS recurrent,
			   bool_or(r.evidence <> 'unverified') AS verified,
			   count(DISTINCT r.citation)::integer AS sources,
			   max(r.cases) AS most_cases,
			   string_agg(DISTINCT pg_catalog.format('%s (%s)', r.citation,
													 coalesce(r.source_date, 'date not known')),
						  '; ' ORDER BY pg_catalog.format('%s (%s)', r.citation,
														  coalesce(r.source_date, 'date not known'))) AS citations
		FROM asked a
		JOIN ntrk_partner_reference r
		  ON r.partner = a.partner AND (a.ntrk IS NULL OR r.ntrk_gene = a.ntrk)
		GROUP BY r.ntrk_gene, a.partner
	), graded AS (
		SELECT k.ntrk_gene, k.partner,
			   CASE WHEN k.recurrent THEN 'recurrent'
					WHEN k.verified THEN 'reported'
					ELSE 'cited' END AS knowledge,
			   k.recurrent, k.sources, k.most_cases, k.citations
		FROM known k
		UNION ALL
		SELECT a.ntrk, a.partner, 'not_previously_reported', false, 0, NULL::integer, NULL::text
		FROM asked a
		WHERE NOT EXISTS (SELECT 1 FROM known)
	)
	SELECT g.ntrk_gene, g.partner, g.knowledge,
		   CASE g.knowledge WHEN 'recurrent' THEN 1 WHEN 'reported' THEN 2
							WHEN 'cited' THEN 3 ELSE 4 END,
		   g.recurrent, g.sources, g.most_cases, g.citations,
		   CASE g.knowledge
			   WHEN 'recurrent' THEN pg_catalog.format('%s is a recurrent published %s partner.', g.partner, g.ntrk_gene)
			   WHEN 'reported' THEN pg_catalog.format('%s is a published %s partner, not shown to be recurrent in ntrk''s reference.', g.partner, g.ntrk_gene)
			   WHEN 'cited' THEN pg_catalog.format('%s is cited as an %s partner, but ntrk''s reference has no checked source.', g.partner, g.ntrk_gene)
			   ELSE pg_catalog.format('%s is not a previously reported %s partner in ntrk''s reference.', g.partner,
									  coalesce(g.ntrk_gene, 'NTRK'))
		   END || ' The partner does not decide eligibility: TRK inhibitors are approved for NTRK gene fusions, so '
			   || CASE WHEN g.knowledge = 'not_previously_reported'
					   THEN 'a novel partner::NTRK fusion that is in frame and keeps the NTRK kinase domain is still presumptively actionable.'
					   ELSE 'the fusion is actionable when NTRK is the 3'' partner, in frame, with the kinase domain kept.' END
	FROM graded g
	ORDER BY g.ntrk_gene;
END;
COMMENT ON FUNCTION ntrk_partner_knowledge(text, text) IS
	'is this gene a recurrent published NTRK partner? knowledge (recurrent, reported, cited, not_previously_reported), sources and citations from ntrk_partner_reference, and what it means for actionability (a novel in-frame partner with the kinase kept is still presumptively actionable)';

-- Which classified calls make a sample NTRK fusion-positive for ranking ------

-- A call counts when it names an NTRK rearrangement that is, or may be, a
-- TRK-kinase fusion: the forward fusion, its reciprocal (the same
-- rearrangement, counted under partner::NTRK), a kinase-first call whose
-- order cannot be decided (the same partner either way), and gene-level or
-- unknown-partner calls (counted for the NTRK gene, partner not identified).
-- Calls the classifier rules out as drivers (kinase lost, out of frame,
-- intragenic) and non-NTRK fusions do not count.
CREATE FUNCTION ntrk_fusion_positive(cls ntrk_fusion_class) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN cls IN ('ntrk_fusion', 'ntrk_reciprocal', 'ntrk_orientation_unknown',
				   'ntrk_presumptive', 'ntrk_categorical');
COMMENT ON FUNCTION ntrk_fusion_positive(ntrk_fusion_class) IS
	'does a call of this class make a sample NTRK fusion-positive for partner ranking? (fusion, reciprocal, orientation unknown, presumptive, categorical: yes; kinase lost, out of frame, intragenic, other drivers: no)';

-- Cohort ranking over any table or view of calls -----------------------------

-- The ranking query for one relation of calls, as text.  Identifiers are
-- quoted with %I and ntrk's own objects are schema-qualified, so the query
-- runs under any search_path; it is returned so that it can be read,
-- EXPLAINed or put into a view.  Stages:
--	 p	classify every call that involves an NTRK gene (the ?| test can use a
--		GIN index on the fusion column and spares classifying the rest); keep
--		one row per (group, NTRK gene, partner, sample) with the sample's
--		patient and whether any of its calls is actionable: a plain GROUP BY,
--		which runs as a partial aggregate in parallel workers and, for calls
--		distributed by the sample column, can be pushed down whole to Citus
--		workers (not tested here: Citus is not in Debian);
--	 d	number the rows so that each sample is counted once per NTRK gene and
--		once per group (a row that survives the next step comes first), drop
--		the unidentified-partner row of a sample that has a named partner for
--		that gene (the first partner with NULLs last is NULL only then), and
--		then number the rows so that each patient is counted once per partner;
--	 a	count per partner with count(*) FILTER (...): no count(DISTINCT),
--		which cannot run in parallel or be combined;
--	 then totals per NTRK gene and group as window sums, rank() within the
--	 NTRK gene, the preferred reference row and the partner knowledge.
CREATE FUNCTION ntrk_partner_rank_sql(calls regclass,
									  fusion_column name DEFAULT 'f',
									  sample_column name DEFAULT 'sample_id',
									  patient_column name DEFAULT NULL,
									  reading_frame_column name DEFAULT NULL,
									  group_column name DEFAULT NULL,
									  prefer_cancer_type text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	ext			name;
	rel			text;
	ftype		regtype;
	typ			regtype;
	col			record;
	fusion_expr text;
	patient_expr text := 'NULL::pg_catalog.text';
	frame_expr	text := 'NULL::pg_catalog.text';
	group_expr	text := 'NULL::pg_catalog.text';
BEGIN
	IF calls IS NULL OR fusion_column IS NULL OR sample_column IS NULL THEN
		RAISE EXCEPTION USING
			ERRCODE = 'null_value_not_allowed',
			MESSAGE = 'calls, fusion_column and sample_column must not be NULL',
			HINT = 'Name the relation of calls and its fusion and sample id columns.';
	END IF;

	SELECT n.nspname INTO ext
	FROM pg_catalog.pg_extension e
	JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'ntrk';

	SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
	FROM pg_catalog.pg_class c
	JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	WHERE c.oid = calls AND c.relkind IN ('r', 'p', 'v', 'm', 'f');
	IF rel IS NULL THEN
		RAISE EXCEPTION USING
			ERRCODE = 'wrong_object_type',
			MESSAGE = pg_catalog.format('%s is not a table, view, materialized view or foreign table', calls),
			HINT = 'Rank the calls of a table or a view.';
	END IF;

	-- Every named column must exist; 42703 lists the columns there are.
	FOR col IN
		SELECT v.col, v.role, v.param
		FROM (VALUES (fusion_column, 'fusion', 'fusion_column'),
					 (sample_column, 'sample id', 'sample_column'),
					 (patient_column, 'patient id', 'patient_column'),
					 (reading_frame_column, 'reading frame', 'reading_frame_column'),
					 (group_column, 'group', 'group_column')) AS v(col, role, param)
		WHERE v.col IS NOT NULL
	LOOP
		SELECT a.atttypid::regtype INTO typ
		FROM pg_catalog.pg_attribute a
		WHERE a.attrelid = calls AND a.attname = col.col AND a.attnum > 0 AND NOT a.attisdropped;
		IF typ IS NULL THEN
			RAISE EXCEPTION USING
				ERRCODE = 'undefined_column',
				MESSAGE = pg_catalog.format('column "%s" (%s) does not exist in %s', col.col, col.role, calls),
				DETAIL = pg_catalog.format('%s has the columns %s.', calls,
					(SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
					 FROM pg_catalog.pg_attribute a
					 WHERE a.attrelid = calls AND a.attnum > 0 AND NOT a.attisdropped)),
				HINT = pg_catalog.format('Pass the column that holds the %s as %s.', col.role, col.param);
		END IF;
		IF col.param OPERATOR(pg_catalog.=) 'fusion_column' THEN
			ftype := typ;
		END IF;
	END LOOP;

	IF ftype = pg_catalog.format('%I.fusion', ext)::regtype THEN
		fusion_expr := pg_catalog.format('c.%I', fusion_column);
	ELSIF ftype IN ('pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype) THEN
		fusion_expr := pg_catalog.format('%I.fusion_try(c.%I::pg_catalog.text)', ext, fusion_column);
	ELSE
		RAISE EXCEPTION USING
			ERRCODE = 'datatype_mismatch',
			MESSAGE = pg_catalog.format('column "%s" of %s is of type %s, not fusion or text', fusion_column, calls, ftype),
			HINT = 'The fusion column must be of type fusion, or text that fusion_try can parse.';
	END IF;
	-- A sample without a patient id counts as its own patient.
	IF patient_column IS NOT NULL THEN
		patient_expr := pg_catalog.format($p$coalesce('p' OPERATOR(pg_catalog.||) c.%I::pg_catalog.text, 's' OPERATOR(pg_catalog.||) c.%I::pg_catalog.text)$p$,
										  patient_column, sample_column);
	END IF;
	IF reading_frame_column IS NOT NULL THEN
		frame_expr := pg_catalog.format('c.%I::pg_catalog.text', reading_frame_column);
	END IF;
	IF group_column IS NOT NULL THEN
		group_expr := pg_catalog.format('c.%I::pg_catalog.text', group_column);
	END IF;

	-- Keys are compared COLLATE "C": only equality matters, and it avoids
	-- locale-aware comparisons in the sorts.  The knowledge lookup is called
	-- WITH ORDINALITY so it is not inlined into the query: Citus cannot plan
	-- an inlined SQL function that reads a table next to a distributed one.
	RETURN pg_catalog.format($q$
SELECT x.group_value, x.ntrk_gene, x.partner, x.samples, x.patients, x.actionable_samples,
       x.gene_samples, x.share, x.share_of_ntrk, x.partner_rank,
       ref.share AS reference_share, ref.cases AS reference_cases,
       ref.denominator AS reference_denominator, ref.denominator_of AS reference_basis,
       ref.cancer_type AS reference_cancer_type, ref.citation AS reference_citation,
       kn.knowledge, kn.knowledge OPERATOR(pg_catalog.=) 'not_previously_reported' AS not_previously_reported
FROM (
  SELECT a.group_value, a.ntrk_gene, a.partner, a.samples,
         CASE WHEN %8$s THEN a.patients END AS patients,
         a.actionable_samples, a.gene_samples,
         pg_catalog.round(a.samples::numeric OPERATOR(pg_catalog./) a.gene_samples, 4) AS share,
         pg_catalog.round(a.samples::numeric OPERATOR(pg_catalog./) a.ntrk_samples, 4) AS share_of_ntrk,
         CASE WHEN a.partner IS NOT NULL
              THEN pg_catalog.rank() OVER (PARTITION BY a.group_value, a.ntrk_gene, a.partner IS NULL
                                ORDER BY a.samples DESC) END AS partner_rank
  FROM (
    SELECT d.group_value, d.ntrk_gene, d.partner,
           pg_catalog.count(*) AS samples,
           pg_catalog.count(*) FILTER (WHERE d.nth_patient OPERATOR(pg_catalog.=) 1) AS patients,
           pg_catalog.count(*) FILTER (WHERE d.actionable) AS actionable_samples,
           pg_catalog.sum(pg_catalog.count(*) FILTER (WHERE d.nth_in_gene OPERATOR(pg_catalog.=) 1))
               OVER (PARTITION BY d.group_value, d.ntrk_gene)::bigint AS gene_samples,
           pg_catalog.sum(pg_catalog.count(*) FILTER (WHERE d.nth_in_group OPERATOR(pg_catalog.=) 1))
               OVER (PARTITION BY d.group_value)::bigint AS ntrk_samples
    FROM (
     SELECT d.*,
            pg_catalog.row_number() OVER (PARTITION BY d.group_value, d.ntrk_gene, d.partner, d.patient
                               ORDER BY d.sample) AS nth_patient
     FROM (
      SELECT p.*,
             pg_catalog.first_value(p.partner) OVER sample_gene AS first_partner,
             pg_catalog.row_number() OVER sample_gene AS nth_in_gene,
             pg_catalog.row_number() OVER (PARTITION BY p.group_value, p.sample
                                ORDER BY p.partner IS NULL, p.ntrk_gene, p.partner) AS nth_in_group
      FROM (
        SELECT %5$s COLLATE "C" AS group_value,
               k.ntrk_gene COLLATE "C" AS ntrk_gene, k.partner COLLATE "C" AS partner,
               c.%2$I::pg_catalog.text COLLATE "C" AS sample,
               pg_catalog.min(%3$s COLLATE "C") AS patient,
               pg_catalog.bool_or(k.actionable) AS actionable
        FROM %1$s c
        CROSS JOIN LATERAL %6$I.ntrk_classify(%7$s, %4$s) k
        WHERE c.%2$I IS NOT NULL
          AND %7$s OPERATOR(%6$I.?|) '{NTRK1,NTRK2,NTRK3}'::%6$I.gene[]
          AND %6$I.ntrk_fusion_positive(k.class)
        GROUP BY 1, 2, 3, 4
      ) p
      WINDOW sample_gene AS (PARTITION BY p.group_value, p.ntrk_gene, p.sample
                             ORDER BY p.partner NULLS LAST)
     ) d
     WHERE d.partner IS NOT NULL OR d.first_partner IS NULL
    ) d
    GROUP BY d.group_value, d.ntrk_gene, d.partner
  ) a
) x
LEFT JOIN LATERAL (
  SELECT r.share, r.cases, r.denominator, r.denominator_of, r.cancer_type, r.citation
  FROM %6$I.ntrk_partner_reference r
  WHERE r.ntrk_gene OPERATOR(pg_catalog.=) x.ntrk_gene AND r.partner OPERATOR(pg_catalog.=) x.partner AND r.share IS NOT NULL
  ORDER BY pg_catalog.lower(r.cancer_type) OPERATOR(pg_catalog.=) pg_catalog.lower(coalesce(%9$L, x.group_value)) DESC NULLS LAST,
           r.denominator_of OPERATOR(pg_catalog.=) 'ntrk_gene_fusion' DESC,
           r.denominator DESC NULLS LAST, r.source_date DESC NULLS LAST, r.citation
  LIMIT 1
) ref ON true
LEFT JOIN LATERAL %6$I.ntrk_partner_knowledge(x.partner, x.ntrk_gene) WITH ORDINALITY kn ON true
ORDER BY x.group_value, x.ntrk_gene, x.partner_rank NULLS LAST, x.partner$q$,
		rel, sample_column, patient_expr, frame_expr, group_expr, ext, fusion_expr,
		(patient_column IS NOT NULL)::text, prefer_cancer_type);
END;
$$;
COMMENT ON FUNCTION ntrk_partner_rank_sql(regclass, name, name, name, name, name, text) IS
	'the SQL text of the partner ranking ntrk_partner_rank runs for this relation and these columns (to read, EXPLAIN or wrap in a view)';

-- Rank NTRK partners over a relation of calls: one row per group, NTRK gene
-- and partner (plus one row, partner NULL and rank NULL, for samples whose
-- partner was never identified).  Counts distinct samples and patients, not
-- rows; rank() within the NTRK gene (ties share a rank and the next rank is
-- skipped: 1, 1, 3).  PARALLEL RESTRICTED: the relation may be a temporary
-- table, which parallel workers cannot read; the query inside still runs
-- with parallel workers when the relation allows it.
CREATE FUNCTION ntrk_partner_rank(calls regclass,
								  fusion_column name DEFAULT 'f',
								  sample_column name DEFAULT 'sample_id',
								  patient_column name DEFAULT NULL,
								  reading_frame_column name DEFAULT NULL,
								  group_column name DEFAULT NULL,
								  prefer_cancer_type text DEFAULT NULL)
	RETURNS TABLE (group_value text, ntrk_gene text, partner text, samples bigint,
				   patients bigint, actionable_samples bigint, gene_samples bigint,
				   share numeric, share_of_ntrk numeric, partner_rank bigint,
				   reference_share numeric, reference_cases integer,
				   reference_denominator integer, reference_basis text,
				   reference_cancer_type text, reference_citation text,
				   knowledge text, not_previously_reported boolean)
	LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	ext			name;
	query		text;
BEGIN
	-- Called through ntrk's schema, which need not be on the search_path.
	SELECT n.nspname INTO ext
	FROM pg_catalog.pg_extension e
	JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'ntrk';
	EXECUTE pg_catalog.format('SELECT %I.ntrk_partner_rank_sql($1, $2, $3, $4, $5, $6, $7)', ext)
		INTO query
		USING calls, fusion_column, sample_column, patient_column, reading_frame_column,
			  group_column, prefer_cancer_type;
	RETURN QUERY EXECUTE query;
END;
$$;
COMMENT ON FUNCTION ntrk_partner_rank(regclass, name, name, name, name, name, text) IS
	'rank NTRK partners over any table or view of calls: distinct samples and patients per NTRK gene and partner (callers, DNA+RNA and reciprocal calls counted once), share of that NTRK gene''s fusion-positive samples, rank() within the gene, published reference share and "not previously reported" flag';

-- BI: a calls table of documented shape and views over it -------------------

CREATE TABLE ntrk_cohort_calls (
	cohort		text NOT NULL,
	cancer_type text,
	patient_id	text,
	sample_id	text NOT NULL,
	assay		text,
	caller		text,
	f			fusion,
	reading_frame text,
	gene		text,
	protein_change text,
	prior_trk_inhibitor boolean
);
COMMENT ON TABLE ntrk_cohort_calls IS
	'calls of a cohort for the BI views: one row per fusion call or variant, or one row with f NULL for a sample tested without a call; all rows are user rows and are kept by pg_dump (DROP EXTENSION drops the table)';
COMMENT ON COLUMN ntrk_cohort_calls.cohort IS 'study, registry or batch the sample belongs to';
COMMENT ON COLUMN ntrk_cohort_calls.cancer_type IS 'cancer type of the sample (free text or an OncoTree code)';
COMMENT ON COLUMN ntrk_cohort_calls.patient_id IS 'patient; NULL when unknown (the sample then counts as its own patient)';
COMMENT ON COLUMN ntrk_cohort_calls.sample_id IS 'sample the call was made on (several callers and assays of one sample share it)';
COMMENT ON COLUMN ntrk_cohort_calls.assay IS 'assay, e.g. RNA NGS, DNA NGS, FISH, IHC';
COMMENT ON COLUMN ntrk_cohort_calls.caller IS 'caller or lab that made the call';
COMMENT ON COLUMN ntrk_cohort_calls.f IS 'the fusion called; NULL for a variant row or a sample without a call';
COMMENT ON COLUMN ntrk_cohort_calls.reading_frame IS 'reading frame as the caller wrote it (in-frame, FRAMESHIFT, ...); NULL when not given';
COMMENT ON COLUMN ntrk_cohort_calls.gene IS 'gene of a protein change (NTRK1, KRAS, ...); NULL for a fusion row';
COMMENT ON COLUMN ntrk_cohort_calls.protein_change IS 'protein change or amplification (G595R, p.Gly595Arg, amplification); NULL for a fusion row';
COMMENT ON COLUMN ntrk_cohort_calls.prior_trk_inhibitor IS 'true when the patient had a TRK inhibitor before this sample';

SELECT pg_catalog.pg_extension_config_dump('ntrk_cohort_calls', '');

-- The views are security_invoker: whoever queries them needs SELECT on
-- ntrk_cohort_calls too (the ranking function reads it as the caller anyway).

-- Partner ranking of every cohort in ntrk_cohort_calls.
CREATE VIEW ntrk_partner_ranking WITH (security_invoker = true) AS
	SELECT r.group_value AS cohort, r.ntrk_gene, r.partner, r.partner_rank, r.samples,
		   r.patients, r.actionable_samples, r.gene_samples, r.share, r.share_of_ntrk,
		   r.reference_share, r.reference_cases, r.reference_denominator,
		   r.reference_basis, r.reference_cancer_type, r.reference_citation,
		   r.knowledge, r.not_previously_reported
	FROM ntrk_partner_rank('ntrk_cohort_calls', 'f', 'sample_id', 'patient_id',
						   'reading_frame', 'cohort') AS r;
COMMENT ON VIEW ntrk_partner_ranking IS
	'NTRK partner ranking per cohort of ntrk_cohort_calls (see ntrk_partner_rank): distinct samples and patients, share of the NTRK gene''s fusion-positive samples, rank, published reference share, not previously reported';

-- Partner ranking per cancer type, compared with references of the same type.
CREATE VIEW ntrk_partner_ranking_by_cancer_type WITH (security_invoker = true) AS
	SELECT r.group_value AS cancer_type, r.ntrk_gene, r.partner, r.partner_rank, r.samples,
		   r.patients, r.actionable_samples, r.gene_samples, r.share, r.share_of_ntrk,
		   r.reference_share, r.reference_cases, r.reference_denominator,
		   r.reference_basis, r.reference_cancer_type, r.reference_citation,
		   r.knowledge, r.not_previously_reported
	FROM ntrk_partner_rank('ntrk_cohort_calls', 'f', 'sample_id', 'patient_id',
						   'reading_frame', 'cancer_type') AS r;
COMMENT ON VIEW ntrk_partner_ranking_by_cancer_type IS
	'NTRK partner ranking per cancer type over all cohorts of ntrk_cohort_calls; reference shares of the same cancer type are preferred';

-- NTRK status per cohort and cancer type: patients counted by the status
-- ntrk_patient_status gives them from all their rows.
CREATE VIEW ntrk_status_by_cohort WITH (security_invoker = true) AS
	SELECT p.cohort, p.cancer_type,
		   count(*) AS patients,
		   sum(p.samples)::bigint AS samples,
		   count(*) FILTER (WHERE (p.st).status = 'fusion_actionable') AS fusion_actionable,
		   count(*) FILTER (WHERE (p.st).status = 'resistant') AS resistant,
		   count(*) FILTER (WHERE (p.st).status = 'mutation_only') AS mutation_only,
		   count(*) FILTER (WHERE (p.st).status = 'indeterminate') AS indeterminate,
		   count(*) FILTER (WHERE (p.st).status = 'negative') AS negative,
		   count(*) FILTER (WHERE (p.st).ntrk_gene = 'NTRK1') AS ntrk1_patients,
		   count(*) FILTER (WHERE (p.st).ntrk_gene = 'NTRK2') AS ntrk2_patients,
		   count(*) FILTER (WHERE (p.st).ntrk_gene = 'NTRK3') AS ntrk3_patients,
		   pg_catalog.round(count(*) FILTER (WHERE (p.st).status = 'fusion_actionable')::numeric
							 OPERATOR(pg_catalog./) count(*), 4)
			   AS fusion_actionable_share
	FROM (
		SELECT c.cohort, c.cancer_type, c.patient_id,
			   CASE WHEN c.patient_id IS NULL THEN c.sample_id END AS lone_sample,
			   count(DISTINCT c.sample_id) AS samples,
			   ntrk_patient_status(c.f, c.reading_frame, c.gene, c.protein_change,
								   c.prior_trk_inhibitor) AS st
		FROM ntrk_cohort_calls c
		GROUP BY 1, 2, 3, 4
	) AS p
	GROUP BY p.cohort, p.cancer_type;
COMMENT ON VIEW ntrk_status_by_cohort IS
	'patients per cohort and cancer type of ntrk_cohort_calls by NTRK status (fusion_actionable, resistant, mutation_only, indeterminate, negative) and by NTRK gene, with the share of fusion_actionable patients';

------------------------------------------------------------------------------
-- Therapy guidance: knowledge tables, rules, and the functions that join a
-- patient's NTRK findings to ranked, sourced treatment options
------------------------------------------------------------------------------
--
-- Everything a clinician might want to change is a row, not code: therapies,
-- approvals, guidance rules (including judgement calls such as "entrectinib
-- preferred with brain metastases"), assay limits and the patient texts.
-- Shipped rows have origin = 'shipped'; every other row is the site's own,
-- is dumped by pg_dump (pg_extension_config_dump with a filter) and is never
-- touched by an extension update.  A site overrides a shipped rule by adding
-- a rule of higher priority and, if needed, listing the shipped rule in
-- "supersedes"; editing shipped rows in place does not survive a
-- dump/restore.
--
-- Facts come from the project's reference notes: ntrk-resistance.md (wins)
-- and domain.md §4-§6, which name the primary source of every fact and say
-- how it was read; the "source" column of each row repeats that citation.
--
-- The functions are SQL-standard functions (BEGIN ATOMIC): a guidance
-- question is a join of the patient's findings with these tables, and a body
-- parsed at CREATE time is bound to ntrk's own tables, functions and
-- operators, so the caller's search_path cannot redirect it.  The one thing
-- SQL cannot do, raising a 22023 error that lists the accepted values, is
-- ntrk_guidance_check in src/guidance.c.

-- Biomarker states ------------------------------------------------------------
-- The labels are ntrk_classify's fusion classes and ntrk_variant_class's
-- resistance classes (sql/install/20-classify.sql), plus the patient-level
-- outcomes mutation_only, negative and untested.  ntrk_guidance_state()
-- documents how one state is chosen per patient.

CREATE TYPE ntrk_biomarker_state AS ENUM (
	'xdfg',						-- NTRK fusion + xDFG mutation in the fused gene
	'solvent_front',			-- NTRK fusion + solvent-front mutation
	'gatekeeper',				-- NTRK fusion + gatekeeper mutation
	'kinase_other',				-- NTRK fusion + other listed kinase resistance (V573M)
	'offtarget_mapk',			-- NTRK fusion + KRAS/BRAF/MET bypass after a TRK inhibitor
	'ntrk_fusion',				-- actionable NTRK fusion with a named partner
	'ntrk_categorical',			-- actionable gene-level "NTRK1 fusion" / v::NTRK1
	'ntrk_fusion_undecided',	-- NTRK 3' fusion whose kinase retention cannot be decided
	'ntrk_orientation_unknown', -- NTRK written first, order not guaranteed
	'ntrk_presumptive',			-- ?::NTRK1 (break-apart FISH): partner unknown
	'ntrk_reciprocal',			-- NTRK is the 5' partner only
	'ntrk_kinase_lost',			-- 3' NTRK segment starts after the kinase
	'ntrk_out_of_frame',		-- caller says out of frame / stop codon
	'ntrk_intragenic',			-- inside one NTRK gene: not a fusion
	'other_driver_fusion',		-- fusion of ALK, ROS1, RET ... and no NTRK fusion
	'mutation_only',			-- NTRK mutation or amplification, no NTRK fusion
	'negative',					-- fusions tested, no NTRK event
	'untested'					-- no fusion result given
);
COMMENT ON TYPE ntrk_biomarker_state IS
	'NTRK state of one patient for therapy guidance: ntrk_classify''s fusion classes refined by ntrk_variant_class''s resistance classes, plus mutation_only, negative and untested; listed in precedence order';

-- Tumour types ----------------------------------------------------------------

CREATE TABLE ntrk_tumour_type (
	tumour_type text PRIMARY KEY CHECK (tumour_type <> ''),
	parent		text REFERENCES ntrk_tumour_type ON UPDATE CASCADE
				DEFERRABLE INITIALLY DEFERRED,
	aliases		text[] NOT NULL DEFAULT '{}',
	description text NOT NULL,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (parent IS DISTINCT FROM tumour_type)
);
COMMENT ON TABLE ntrk_tumour_type IS
	'tumour types the guidance functions accept, as a tree: a rule written for a type applies to its descendants; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_tumour_type.tumour_type IS 'name as written in rules and accepted as input (case-insensitive)';
COMMENT ON COLUMN ntrk_tumour_type.parent IS 'broader type whose rules also apply; NULL for a root (solid tumour)';
COMMENT ON COLUMN ntrk_tumour_type.aliases IS 'other names accepted as input (case-insensitive)';
COMMENT ON COLUMN ntrk_tumour_type.description IS 'what the type covers';
COMMENT ON COLUMN ntrk_tumour_type.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_tumour_type (tumour_type, parent, aliases, description, origin) VALUES
	('solid tumour', NULL, '{solid tumor,solid tumours,solid tumors,any solid tumour}',
	 'any solid tumour: the population of the tumour-agnostic TRK-inhibitor approvals', 'shipped'),
	('NSCLC', 'solid tumour', '{non-small cell lung cancer,non-small-cell lung cancer,non-small cell lung carcinoma}',
	 'non-small-cell lung cancer', 'shipped'),
	('lung adenocarcinoma', 'NSCLC', '{LUAD}', 'adenocarcinoma of the lung', 'shipped'),
	('lung squamous cell carcinoma', 'NSCLC', '{LUSC}', 'squamous cell carcinoma of the lung', 'shipped'),
	('colorectal cancer', 'solid tumour', '{CRC,colorectal carcinoma}', 'colorectal cancer', 'shipped'),
	('thyroid cancer', 'solid tumour', '{thyroid carcinoma}', 'thyroid cancer', 'shipped'),
	('salivary gland cancer', 'solid tumour', '{salivary gland carcinoma,secretory carcinoma of the salivary gland}',
	 'salivary gland cancers, including secretory carcinoma', 'shipped'),
	('secretory breast carcinoma', 'solid tumour', '{secretory breast cancer}',
	 'secretory carcinoma of the breast', 'shipped'),
	('glioma', 'solid tumour', '{}', 'gliomas (primary brain tumours)', 'shipped'),
	('soft tissue sarcoma', 'solid tumour', '{sarcoma}', 'soft tissue sarcomas', 'shipped'),
	('infantile fibrosarcoma', 'soft tissue sarcoma', '{congenital infantile fibrosarcoma}',
	 'infantile fibrosarcoma', 'shipped'),
	('melanoma', 'solid tumour', '{}', 'melanoma', 'shipped');

-- Disease stages --------------------------------------------------------------

CREATE TABLE ntrk_disease_stage (
	stage		text PRIMARY KEY CHECK (stage <> ''),
	advanced	boolean,
	aliases		text[] NOT NULL DEFAULT '{}',
	description text NOT NULL,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_disease_stage IS
	'stages the guidance functions accept and whether each means advanced disease (metastatic, or unresectable without severe morbidity: what the TRK-inhibitor labels cover); rows with origin <> ''shipped'' are user rows';
COMMENT ON COLUMN ntrk_disease_stage.stage IS 'stage as accepted on input (case-insensitive; a leading "stage " is ignored)';
COMMENT ON COLUMN ntrk_disease_stage.advanced IS 'true = metastatic or unresectable; false = early, resectable; NULL = the stage alone does not say';
COMMENT ON COLUMN ntrk_disease_stage.aliases IS 'other spellings accepted on input';
COMMENT ON COLUMN ntrk_disease_stage.description IS 'what the stage means here';
COMMENT ON COLUMN ntrk_disease_stage.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_disease_stage (stage, advanced, aliases, description, origin) VALUES
	('I', false, '{1}', 'TNM stage I: early disease', 'shipped'),
	('IA', false, '{1A,IA1,IA2,IA3}', 'TNM stage IA: early disease', 'shipped'),
	('IB', false, '{1B}', 'TNM stage IB: early disease', 'shipped'),
	('II', false, '{2}', 'TNM stage II: early disease', 'shipped'),
	('IIA', false, '{2A}', 'TNM stage IIA: early disease', 'shipped'),
	('IIB', false, '{2B}', 'TNM stage IIB: early disease', 'shipped'),
	('III', NULL, '{3}', 'TNM stage III: resectable or not; give resectable or unresectable', 'shipped'),
	('IIIA', NULL, '{3A}', 'TNM stage IIIA: resectable or not; give resectable or unresectable', 'shipped'),
	('IIIB', NULL, '{3B}', 'TNM stage IIIB: locally advanced; give resectable or unresectable', 'shipped'),
	('IIIC', NULL, '{3C}', 'TNM stage IIIC: locally advanced; give resectable or unresectable', 'shipped'),
	('IV', true, '{4}', 'TNM stage IV: metastatic', 'shipped'),
	('IVA', true, '{4A}', 'TNM stage IVA: metastatic', 'shipped'),
	('IVB', true, '{4B}', 'TNM stage IVB: metastatic', 'shipped'),
	('early', false, '{localised,localized}', 'early disease treated with curative intent', 'shipped'),
	('resectable', false, '{operable}', 'disease that can be removed without severe morbidity', 'shipped'),
	('locally advanced', NULL, '{}', 'locally advanced: give resectable or unresectable', 'shipped'),
	('unresectable', true, '{inoperable}', 'cannot be removed, or surgery would cause severe morbidity', 'shipped'),
	('metastatic', true, '{advanced,metastasised,metastasized}', 'spread to distant sites', 'shipped');

-- Assays ----------------------------------------------------------------------

CREATE TABLE ntrk_assay (
	assay		text PRIMARY KEY CHECK (assay <> ''),
	aliases		text[] NOT NULL DEFAULT '{}',
	analyte		text NOT NULL CHECK (analyte <> ''),
	finds_partner boolean NOT NULL,
	description text NOT NULL,
	patient_name text NOT NULL,
	source		text NOT NULL CHECK (source <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_assay IS
	'assays that look for NTRK fusions, with what they read; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_assay.assay IS 'name as accepted on input (case-insensitive)';
COMMENT ON COLUMN ntrk_assay.aliases IS 'other names accepted on input';
COMMENT ON COLUMN ntrk_assay.analyte IS 'what is tested: tumour RNA, tumour DNA, protein, plasma cell-free DNA';
COMMENT ON COLUMN ntrk_assay.finds_partner IS 'whether a positive result names the partner gene';
COMMENT ON COLUMN ntrk_assay.description IS 'what the assay is';
COMMENT ON COLUMN ntrk_assay.patient_name IS 'the assay in plain words, for ntrk_patient_explanation';
COMMENT ON COLUMN ntrk_assay.source IS 'where the facts about the assay come from';
COMMENT ON COLUMN ntrk_assay.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_assay (assay, aliases, analyte, finds_partner, description, patient_name, source, origin) VALUES
	('rna_ngs', '{RNA NGS,RNA-seq,RNA sequencing,RNA panel,anchored multiplex PCR,targeted RNA sequencing}',
	 'tumour RNA', true,
	 'RNA-based next-generation sequencing (anchored multiplex PCR or hybrid capture): reads transcribed, spliced chimeric transcripts',
	 'an RNA sequencing test of the tumour, which reads joined genes directly',
	 'Penault-Llorca et al., J Clin Pathol 2019 (PMC6589488) Table 2; ESMO recommendations, Marchio et al., Ann Oncol 2019 [domain.md §6]', 'shipped'),
	('dna_ngs', '{DNA NGS,DNA panel,DNA-based NGS,hybrid-capture DNA panel}',
	 'tumour DNA', true,
	 'DNA-based NGS panel without full tiling of the large NTRK2 and NTRK3 introns',
	 'a DNA sequencing panel of the tumour',
	 'Solomon et al., Mod Pathol 2020 (PMC7437403): DNA vs RNA sensitivity 81.1%, misses outside baited introns [domain.md §3.1, §6]', 'shipped'),
	('dna_ngs_intronic', '{DNA NGS with intron coverage,DNA panel with NTRK intron tiling}',
	 'tumour DNA', true,
	 'DNA-based NGS panel whose baits cover the NTRK1, NTRK2 and NTRK3 introns where breakpoints fall',
	 'a DNA sequencing panel of the tumour that covers all NTRK genes fully',
	 'Solomon et al., Mod Pathol 2020 (PMC7437403) [domain.md §6]', 'shipped'),
	('pan_trk_ihc', '{IHC,pan-TRK IHC,pan-Trk immunohistochemistry,immunohistochemistry}',
	 'protein', false,
	 'pan-TRK immunohistochemistry (clones EPR17341, A7H6R): stains TRK protein, wild-type or fused',
	 'a staining test that looks for the TRK protein in the tumour',
	 'Solomon et al., Mod Pathol 2020 (PMC7437403) Table 3 [domain.md §3.1, §6]', 'shipped'),
	('fish_break_apart', '{FISH,break-apart FISH,NTRK FISH}',
	 'tumour DNA', false,
	 'break-apart fluorescence in situ hybridisation: sees a break in one NTRK gene (one probe set per gene)',
	 'a FISH test that looks under the microscope for a break in an NTRK gene',
	 'Penault-Llorca et al. 2019 (PMC6589488) Table 2; JSCO/JSMO guideline (PMC7046581) [domain.md §6]', 'shipped'),
	('rt_pcr', '{RT-PCR,reverse transcription PCR}',
	 'tumour RNA', true,
	 'RT-PCR for named fusion transcripts (known exon pairs only)',
	 'a targeted test for a few known fusions',
	 'Penault-Llorca et al. 2019 (PMC6589488) [domain.md §6]', 'shipped'),
	('cfdna', '{cfDNA,ctDNA,liquid biopsy,plasma NGS,cell-free DNA}',
	 'plasma cell-free DNA', true,
	 'cell-free DNA sequencing of blood plasma (liquid biopsy)',
	 'a blood test (liquid biopsy) that looks for tumour DNA in the blood',
	 'ESMO OncologyPRO, NTRK gene fusions; Cocco et al., Nat Med 2019 [domain.md §4, §6]', 'shipped');

-- Therapies -------------------------------------------------------------------

CREATE TABLE ntrk_therapy (
	therapy		text PRIMARY KEY CHECK (therapy <> ''),
	aliases		text[] NOT NULL DEFAULT '{}',
	kind		text NOT NULL CHECK (kind IN ('drug', 'drug class', 'regimen', 'trial', 'standard care')),
	drug_class	text,
	generation	text CHECK (generation IN ('first', 'next')),
	trk_inhibitor boolean NOT NULL DEFAULT false,
	cns_activity text NOT NULL CHECK (cns_activity IN ('active', 'not established', 'not assessed')),
	cns_evidence text,
	availability text NOT NULL CHECK (availability IN ('approved', 'trial only', 'trial or off-label', 'standard care')),
	patient_name text NOT NULL,
	source		text NOT NULL CHECK (source <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (generation IS NULL OR trk_inhibitor)
);
COMMENT ON TABLE ntrk_therapy IS
	'therapies the guidance can recommend: TRK inhibitors, other drugs and regimens, trials and standard care; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_therapy.therapy IS 'name used in rules and output (generic drug name or regimen)';
COMMENT ON COLUMN ntrk_therapy.aliases IS 'brand names and development codes, accepted in prior_trk_inhibitors';
COMMENT ON COLUMN ntrk_therapy.kind IS 'drug, drug class, regimen, trial or standard care';
COMMENT ON COLUMN ntrk_therapy.drug_class IS 'pharmacological class (inhibitor type and targets)';
COMMENT ON COLUMN ntrk_therapy.generation IS 'first or next generation, for TRK inhibitors';
COMMENT ON COLUMN ntrk_therapy.trk_inhibitor IS 'inhibits TRK kinases (counts as a prior TRK inhibitor)';
COMMENT ON COLUMN ntrk_therapy.cns_activity IS 'activity in the brain: active, not established, not assessed';
COMMENT ON COLUMN ntrk_therapy.cns_evidence IS 'the data behind cns_activity';
COMMENT ON COLUMN ntrk_therapy.availability IS 'approved, trial only, trial or off-label, standard care';
COMMENT ON COLUMN ntrk_therapy.patient_name IS 'the therapy in plain words, for ntrk_patient_explanation';
COMMENT ON COLUMN ntrk_therapy.source IS 'where the facts about the therapy come from';
COMMENT ON COLUMN ntrk_therapy.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_therapy (therapy, aliases, kind, drug_class, generation, trk_inhibitor,
						  cns_activity, cns_evidence, availability, patient_name, source, origin) VALUES
	('larotrectinib', '{Vitrakvi,LOXO-101}', 'drug', 'selective TRK inhibitor (type I)', 'first', true,
	 'active', 'lung cancer with brain metastases at baseline: response rate 63% (Drilon et al., JCO Precis Oncol 2022, PMC8830513)',
	 'approved', 'larotrectinib (Vitrakvi), a targeted medicine taken by mouth that blocks the TRK signal',
	 'domain.md §3.2, §5.1; ntrk-resistance.md §2, §3', 'shipped'),
	('entrectinib', '{Rozlytrek}', 'drug', 'TRK and ROS1 inhibitor (type I)', 'first', true,
	 'active', 'designed to enter and stay in the CNS (Drilon et al., Lancet Oncol 2020); intracranial response about 55% in the integrated NTRK analysis (Doebele et al., Lancet Oncol 2020); Health Canada indication names brain metastases',
	 'approved', 'entrectinib (Rozlytrek), a targeted medicine taken by mouth that blocks the TRK signal and reaches the brain well',
	 'domain.md §5.1; ntrk-resistance.md §2, §3', 'shipped'),
	('repotrectinib', '{Augtyro}', 'drug', 'next-generation TRK and ROS1 inhibitor (type I)', 'next', true,
	 'not established', 'TRIDENT-1 excluded symptomatic brain metastases (FDA approval summary)',
	 'approved', 'repotrectinib (Augtyro), a newer TRK-blocking medicine taken by mouth, made to keep working against some resistance changes',
	 'domain.md §5.1; ntrk-resistance.md §2, §3.1', 'shipped'),
	('selitrectinib', '{LOXO-195,BAY 2731954}', 'drug', 'next-generation selective TRK inhibitor (type I)', 'next', true,
	 'not established', NULL,
	 'trial only', 'selitrectinib, a newer TRK-blocking medicine given only in clinical trials',
	 'domain.md §4; ntrk-resistance.md §2, §3.2 (no approval found)', 'shipped'),
	('type II multikinase inhibitor', '{cabozantinib,foretinib,altiratinib,type II TRK inhibitor}', 'drug class',
	 'type II (DFG-out) multikinase inhibitors with TRK activity: cabozantinib, foretinib, altiratinib', NULL, true,
	 'not established', NULL,
	 'trial or off-label', 'a different kind of kinase-blocking medicine (for example cabozantinib), given in a trial or outside its usual approval',
	 'Cocco et al., Cancer Discov 2021;11:126; Somwar et al., Commun Biol 2020;3:776 [ntrk-resistance.md §2; domain.md §4]', 'shipped'),
	('MAPK-directed therapy', '{MEK inhibitor}', 'drug class',
	 'drugs against the MAPK pathway (for example a MEK inhibitor), alone or with a TRK inhibitor', NULL, false,
	 'not established', NULL,
	 'trial or off-label', 'medicines that block another growth pathway (MAPK), usually in a trial and sometimes together with a TRK blocker',
	 'Cocco et al., Nat Med 2019 (doi:10.1038/s41591-019-0542-z) [domain.md §4]', 'shipped'),
	('chemotherapy', '{}', 'regimen', 'cytotoxic chemotherapy', NULL, false,
	 'not assessed', NULL,
	 'standard care', 'chemotherapy',
	 'Rosen et al., Clin Cancer Res 2020;26:1624 [domain.md §3.1, §5.1]', 'shipped'),
	('chemo-immunotherapy', '{chemoimmunotherapy,chemotherapy plus immunotherapy}', 'regimen',
	 'chemotherapy with an immune checkpoint inhibitor', NULL, false,
	 'not assessed', NULL,
	 'standard care', 'chemotherapy combined with immunotherapy',
	 'Rosen et al., Clin Cancer Res 2020;26:1624 [domain.md §3.1, §5.1]', 'shipped'),
	('clinical trial', '{trial}', 'trial', 'enrolment in a clinical trial', NULL, false,
	 'not assessed', NULL,
	 'trial only', 'a clinical trial of a new treatment',
	 'domain.md §5.1 (second line after a TRK inhibitor)', 'shipped'),
	('standard therapy', '{standard of care,standard care}', 'standard care',
	 'the treatment that is standard for the tumour type, stage and other biomarkers, without an NTRK-directed drug', NULL, false,
	 'not assessed', NULL,
	 'standard care', 'the usual treatment for your kind and stage of cancer',
	 'FDA, EMA and Health Canada labels (NTRK-directed drugs are approved for NTRK fusions only) [ntrk-resistance.md §3]', 'shipped');

-- Approvals -------------------------------------------------------------------

CREATE TABLE ntrk_therapy_approval (
	therapy		text NOT NULL REFERENCES ntrk_therapy ON UPDATE CASCADE,
	agency		text NOT NULL CHECK (agency <> ''),
	approval_type text NOT NULL CHECK (approval_type <> ''),
	approval_date date,
	age_limit	text NOT NULL CHECK (age_limit <> ''),
	min_age_years numeric CHECK (min_age_years >= 0),
	indication	text NOT NULL CHECK (indication <> ''),
	excludes_resistance_mutation boolean NOT NULL,
	trk_inhibitor_naive_only boolean NOT NULL DEFAULT false,
	source		text NOT NULL CHECK (source <> ''),
	evidence	text NOT NULL CHECK (evidence IN ('read_in_source', 'abstract_or_secondary', 'unverified')),
	note		text,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	PRIMARY KEY (therapy, agency, approval_type)
);
COMMENT ON TABLE ntrk_therapy_approval IS
	'regulatory approvals of NTRK-directed drugs by agency, with dates, age limits and the indication in brief; rows with origin <> ''shipped'' are user rows and survive dump/restore';
COMMENT ON COLUMN ntrk_therapy_approval.therapy IS 'the therapy approved';
COMMENT ON COLUMN ntrk_therapy_approval.agency IS 'FDA, EMA, Health Canada, ...';
COMMENT ON COLUMN ntrk_therapy_approval.approval_type IS 'accelerated, regular, conditional, age extension, authorised ...';
COMMENT ON COLUMN ntrk_therapy_approval.approval_date IS 'date of the decision; NULL when the references do not give it';
COMMENT ON COLUMN ntrk_therapy_approval.age_limit IS 'the age limit in words';
COMMENT ON COLUMN ntrk_therapy_approval.min_age_years IS 'youngest age covered, in years; NULL = no lower limit';
COMMENT ON COLUMN ntrk_therapy_approval.indication IS 'the NTRK indication, paraphrased';
COMMENT ON COLUMN ntrk_therapy_approval.excludes_resistance_mutation IS 'the indication excludes tumours with a known acquired resistance mutation';
COMMENT ON COLUMN ntrk_therapy_approval.trk_inhibitor_naive_only IS 'the indication excludes patients previously treated with an NTRK inhibitor';
COMMENT ON COLUMN ntrk_therapy_approval.source IS 'where the approval was read';
COMMENT ON COLUMN ntrk_therapy_approval.evidence IS 'read_in_source, abstract_or_secondary or unverified (as tagged in the reference notes)';
COMMENT ON COLUMN ntrk_therapy_approval.note IS 'what is uncertain about the row';
COMMENT ON COLUMN ntrk_therapy_approval.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_therapy_approval (therapy, agency, approval_type, approval_date, age_limit, min_age_years,
								   indication, excludes_resistance_mutation, trk_inhibitor_naive_only,
								   source, evidence, note, origin) VALUES
	('larotrectinib', 'FDA', 'accelerated', '2018-11-26', 'adults and children, no lower age limit', NULL,
	 'solid tumours with an NTRK gene fusion without a known acquired resistance mutation, metastatic or where surgery would cause severe morbidity, with no satisfactory alternative or after progression',
	 true, false, 'MOAlmanac ind:fda.vitrakvi:0; OncoKB news 12/14/2018 [ntrk-resistance.md §3.1]', 'read_in_source', NULL, 'shipped'),
	('larotrectinib', 'FDA', 'regular', '2025-04-09', 'adults and children, no lower age limit', NULL,
	 'as the accelerated approval; the label keeps the known-acquired-resistance-mutation exclusion',
	 true, false, 'MOAlmanac ind:fda.vitrakvi:0 (label 210861s012, April 2025); openFDA label [ntrk-resistance.md §3.1]', 'read_in_source', NULL, 'shipped'),
	('entrectinib', 'FDA', 'accelerated', '2019-08-15', '12 years and older', 12,
	 'solid tumours with an NTRK gene fusion detected by an FDA-approved test, without a known acquired resistance mutation, metastatic or where surgery would cause severe morbidity, progressed or without satisfactory standard therapy',
	 true, false, 'OncoKB news 12/12/2019; MOAlmanac ind:fda.rozlytrek:0 [ntrk-resistance.md §3.1]', 'read_in_source',
	 'the age limit of 2019 is from secondary sources', 'shipped'),
	('entrectinib', 'FDA', 'age extension', '2023-10-20', 'older than 1 month', 0.0833,
	 'NTRK indication extended to children older than 1 month (oral pellets)',
	 true, false, 'MOAlmanac ind:fda.rozlytrek:1 (label 212725Orig1s009) [ntrk-resistance.md §3.1]', 'read_in_source', NULL, 'shipped'),
	('repotrectinib', 'FDA', 'accelerated', '2024-06-13', '12 years and older', 12,
	 'locally advanced or metastatic solid tumours with an NTRK gene fusion, or where surgery would cause severe morbidity, that progressed after treatment or have no satisfactory alternative',
	 false, false, 'MOAlmanac ind:fda.augtyro:1 (label 218213s001) [ntrk-resistance.md §3.1]', 'read_in_source', NULL, 'shipped'),
	('larotrectinib', 'EMA', 'conditional', '2019-09-19', 'adults and children', NULL,
	 'solid tumours with an NTRK gene fusion, locally advanced, metastatic or where surgery would cause severe morbidity, with no satisfactory options',
	 false, false, 'MOAlmanac ind:ema.vitrakvi:0 [ntrk-resistance.md §3.2]', 'read_in_source', NULL, 'shipped'),
	('entrectinib', 'EMA', 'conditional', '2020-07-31', '12 years and older', 12,
	 'solid tumours with an NTRK gene fusion, not previously treated with an NTRK inhibitor, with no satisfactory options',
	 false, true, 'MOAlmanac ind:ema.rozlytrek:0 [ntrk-resistance.md §3.2]', 'abstract_or_secondary',
	 'the date is the ROS1 authorisation; that it covered NTRK at 12 years and older is from a secondary source', 'shipped'),
	('entrectinib', 'EMA', 'age extension', '2024-06-27', 'older than 1 month', 0.0833,
	 'current text: adults and children older than 1 month, NTRK gene fusion, not previously treated with an NTRK inhibitor, no satisfactory options',
	 false, true, 'MOAlmanac ind:ema.rozlytrek:1 (variation X/0017/G) [ntrk-resistance.md §3.2]', 'read_in_source', NULL, 'shipped'),
	('repotrectinib', 'EMA', 'authorised', '2025-01-13', '12 years and older', 12,
	 'advanced solid tumours with an NTRK gene fusion after a prior NTRK inhibitor, or NTRK-inhibitor-naive when other options are of limited benefit or exhausted',
	 false, false, 'MOAlmanac ind:ema.augtyro:1 [ntrk-resistance.md §3.2]', 'read_in_source', NULL, 'shipped'),
	('entrectinib', 'Health Canada', 'authorised', NULL, 'adults', 18,
	 'adults with extracranial solid tumours, including brain metastases, with an NTRK gene fusion without a known acquired resistance mutation',
	 true, false, 'MOAlmanac ind:hc.rozlytrek:0 [ntrk-resistance.md §3.2]', 'read_in_source',
	 'date not in the reference notes', 'shipped'),
	('larotrectinib', 'Health Canada', 'authorised', NULL, 'adults and children', NULL,
	 'adults and children with solid tumours with an NTRK gene fusion without a known acquired resistance mutation',
	 true, false, 'MOAlmanac ind:hc.vitrakvi:0 [ntrk-resistance.md §3.2]', 'read_in_source',
	 'date not in the reference notes', 'shipped');

-- Preferences and evidence levels ----------------------------------------------

CREATE TABLE ntrk_preference (
	preference	text PRIMARY KEY CHECK (preference <> ''),
	ordinal		integer NOT NULL,
	description text NOT NULL,
	patient_phrase text NOT NULL,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_preference IS
	'how strongly a rule puts an option forward, in rank order (lower ordinal first); rows with origin <> ''shipped'' are user rows';
COMMENT ON COLUMN ntrk_preference.preference IS 'the preference word used in rules and output';
COMMENT ON COLUMN ntrk_preference.ordinal IS 'rank order: options are ranked by this, then by the rule''s sort_order';
COMMENT ON COLUMN ntrk_preference.description IS 'what the preference means';
COMMENT ON COLUMN ntrk_preference.patient_phrase IS 'the preference in plain words, for ntrk_patient_explanation';
COMMENT ON COLUMN ntrk_preference.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_preference (preference, ordinal, description, patient_phrase, origin) VALUES
	('test first', 10, 'a test whose result decides between the options; do it before choosing', 'a test to do first', 'shipped'),
	('preferred', 20, 'a preferred option for this situation', 'often the first choice', 'shipped'),
	('clinical trial', 30, 'an option available in clinical trials (or off-label)', 'available through a clinical trial', 'shipped'),
	('other recommended', 40, 'a recommended option that is not the preferred one', 'another recommended choice', 'shipped'),
	('useful in certain circumstances', 50, 'an option for particular situations named in the rule', 'a choice in some situations', 'shipped'),
	('not recommended', 90, 'an option the evidence speaks against', 'not expected to help', 'shipped');

CREATE TABLE ntrk_evidence_level (
	evidence_level text PRIMARY KEY CHECK (evidence_level <> ''),
	kind		text NOT NULL CHECK (kind IN ('sensitivity', 'resistance')),
	ordinal		integer NOT NULL,
	meaning		text NOT NULL,
	source		text NOT NULL CHECK (source <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> '')
);
COMMENT ON TABLE ntrk_evidence_level IS
	'OncoKB-style levels of evidence used in guidance rules; rows with origin <> ''shipped'' are user rows';
COMMENT ON COLUMN ntrk_evidence_level.evidence_level IS 'the level: 1, 2, 3A, 3B, 4, R1, R2';
COMMENT ON COLUMN ntrk_evidence_level.kind IS 'sensitivity or resistance';
COMMENT ON COLUMN ntrk_evidence_level.ordinal IS 'OncoKB''s order for the highest level: R1, 1, 2, 3A, 3B, 4, R2';
COMMENT ON COLUMN ntrk_evidence_level.meaning IS 'what the level means';
COMMENT ON COLUMN ntrk_evidence_level.source IS 'where the definition comes from';
COMMENT ON COLUMN ntrk_evidence_level.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_evidence_level (evidence_level, kind, ordinal, meaning, source, origin) VALUES
	('R1', 'resistance', 1, 'standard-care biomarker predicting resistance to an FDA-approved drug in this indication',
	 'OncoKB LevelOfEvidence.java [ntrk-resistance.md §4; domain.md §5.3]', 'shipped'),
	('1', 'sensitivity', 2, 'FDA-recognised biomarker predicting response to an FDA-approved drug in this indication',
	 'OncoKB LevelOfEvidence.java [ntrk-resistance.md §4; domain.md §5.3]', 'shipped'),
	('2', 'sensitivity', 3, 'standard-care biomarker (NCCN or expert panels) predicting response to an FDA-approved drug in this indication',
	 'OncoKB LevelOfEvidence.java [domain.md §5.3]', 'shipped'),
	('3A', 'sensitivity', 4, 'compelling clinical evidence of response in this indication',
	 'OncoKB LevelOfEvidence.java [ntrk-resistance.md §4; domain.md §5.3]', 'shipped'),
	('3B', 'sensitivity', 5, 'standard-care or investigational biomarker predicting response in another indication',
	 'OncoKB LevelOfEvidence.java [domain.md §5.3]', 'shipped'),
	('4', 'sensitivity', 6, 'compelling biological evidence of response',
	 'OncoKB LevelOfEvidence.java [ntrk-resistance.md §4; domain.md §5.3]', 'shipped'),
	('R2', 'resistance', 7, 'compelling clinical evidence of resistance',
	 'OncoKB LevelOfEvidence.java [ntrk-resistance.md §4; domain.md §5.3]', 'shipped');

-- Guidance rules ----------------------------------------------------------------

CREATE SEQUENCE ntrk_guidance_rule_seq;
COMMENT ON SEQUENCE ntrk_guidance_rule_seq IS
	'numbers the default keys (user-N) of site-added guidance rules; dumped with them';

CREATE TABLE ntrk_guidance_rule (
	rule_key	text PRIMARY KEY DEFAULT ('user-' || nextval('ntrk_guidance_rule_seq'))
				CHECK (rule_key <> ''),
	states		ntrk_biomarker_state[] NOT NULL CHECK (cardinality(states) > 0),
	tumour_type text NOT NULL DEFAULT 'solid tumour' REFERENCES ntrk_tumour_type ON UPDATE CASCADE,
	prior_trk	boolean,
	cns_metastases boolean,
	min_age		numeric CHECK (min_age >= 0),
	max_age		numeric CHECK (max_age > 0),
	advanced	boolean,
	ntrk_genes	text[] CHECK (ntrk_genes <@ ARRAY['NTRK1', 'NTRK2', 'NTRK3']),
	therapy		text REFERENCES ntrk_therapy ON UPDATE CASCADE,
	next_test	text REFERENCES ntrk_assay ON UPDATE CASCADE,
	preference	text NOT NULL REFERENCES ntrk_preference ON UPDATE CASCADE,
	sort_order	integer NOT NULL DEFAULT 0,
	evidence_level text REFERENCES ntrk_evidence_level ON UPDATE CASCADE,
	guideline_category text,
	recommendation text NOT NULL CHECK (recommendation <> ''),
	rationale	text NOT NULL CHECK (rationale <> ''),
	caveat		text,
	source		text NOT NULL CHECK (source <> ''),
	source_date text NOT NULL CHECK (source_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	priority	integer NOT NULL DEFAULT 100,
	supersedes	text[] NOT NULL DEFAULT '{}',
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (therapy IS NULL OR next_test IS NULL),
	CHECK (min_age < max_age)
);
COMMENT ON TABLE ntrk_guidance_rule IS
	'guidance rules: biomarker state x tumour type x line x CNS metastases x age x stage -> a ranked, sourced option; rows with origin <> ''shipped'' are the site''s rules, survive dump/restore, and win over shipped rules by priority and supersedes';
COMMENT ON COLUMN ntrk_guidance_rule.rule_key IS 'stable name of the rule (shipped rules: solid.*, nsclc.*; site rules default to user-N)';
COMMENT ON COLUMN ntrk_guidance_rule.states IS 'biomarker states the rule applies to (any of them)';
COMMENT ON COLUMN ntrk_guidance_rule.tumour_type IS 'tumour type the rule is written for; it applies to that type and the types below it';
COMMENT ON COLUMN ntrk_guidance_rule.prior_trk IS 'false = first line (no prior TRK inhibitor), true = after a TRK inhibitor, NULL = either';
COMMENT ON COLUMN ntrk_guidance_rule.cns_metastases IS 'true/false = only with/without brain metastases, NULL = either';
COMMENT ON COLUMN ntrk_guidance_rule.min_age IS 'youngest age in years the rule applies to (inclusive), NULL = no limit';
COMMENT ON COLUMN ntrk_guidance_rule.max_age IS 'age in years from which the rule no longer applies (exclusive), NULL = no limit';
COMMENT ON COLUMN ntrk_guidance_rule.advanced IS 'true = metastatic or unresectable only, false = early or resectable only, NULL = any stage';
COMMENT ON COLUMN ntrk_guidance_rule.ntrk_genes IS 'NTRK genes the rule is limited to (e.g. a level recorded for NTRK1 G595R), NULL = any';
COMMENT ON COLUMN ntrk_guidance_rule.therapy IS 'the therapy recommended (or advised against); NULL for a test or a statement';
COMMENT ON COLUMN ntrk_guidance_rule.next_test IS 'the test recommended, for test rules';
COMMENT ON COLUMN ntrk_guidance_rule.preference IS 'how strongly the option is put forward (ntrk_preference); ranks the output';
COMMENT ON COLUMN ntrk_guidance_rule.sort_order IS 'order within the same preference (lower first); equal values share a rank';
COMMENT ON COLUMN ntrk_guidance_rule.evidence_level IS 'OncoKB-style level (ntrk_evidence_level); the rationale says whether OncoKB or ntrk assigned it; NULL = none';
COMMENT ON COLUMN ntrk_guidance_rule.guideline_category IS 'guideline or regulatory category (NCCN preferred, FDA accelerated approval, ...)';
COMMENT ON COLUMN ntrk_guidance_rule.recommendation IS 'the recommendation in one line';
COMMENT ON COLUMN ntrk_guidance_rule.rationale IS 'why, with the evidence';
COMMENT ON COLUMN ntrk_guidance_rule.caveat IS 'what limits the recommendation';
COMMENT ON COLUMN ntrk_guidance_rule.source IS 'citations (primary source, and the reference note that records it)';
COMMENT ON COLUMN ntrk_guidance_rule.source_date IS 'date of the newest source cited, ISO 8601 at the precision known';
COMMENT ON COLUMN ntrk_guidance_rule.priority IS 'among rules for the same option, the highest priority wins (shipped 0, site default 100)';
COMMENT ON COLUMN ntrk_guidance_rule.supersedes IS 'rule keys this rule removes from the answer whenever it applies';
COMMENT ON COLUMN ntrk_guidance_rule.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

-- Shipped rules.  Sources are cited per row; "[DM]" is domain.md and "[RES]"
-- ntrk-resistance.md, where each source's reading is recorded.
INSERT INTO ntrk_guidance_rule (rule_key, states, tumour_type, prior_trk, cns_metastases, min_age, advanced,
								ntrk_genes, therapy, next_test, preference, sort_order, evidence_level,
								guideline_category, recommendation, rationale, caveat, source, source_date,
								priority, origin) VALUES
-- Solid tumours, first line ------------------------------------------------
	('solid.first.larotrectinib', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', false, NULL, NULL, true,
	 NULL, 'larotrectinib', NULL, 'preferred', 10, '1', 'FDA regular approval',
	 'First-line TRK inhibitor: larotrectinib',
	 'Approved for solid tumours with an NTRK gene fusion in adults and children (FDA accelerated 2018-11-26, regular 2025-04-09; EMA 2019-09-19; Health Canada); OncoKB level 1 for NTRK1/2/3 fusions in all solid tumours.',
	 NULL,
	 'FDA label via MOAlmanac ind:fda.vitrakvi:0; MOAlmanac ind:ema.vitrakvi:0, ind:hc.vitrakvi:0; OncoKB release notes 12/14/2018 [RES §3, §4]',
	 '2025-04-09', 0, 'shipped'),
	('solid.first.entrectinib', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', false, NULL, NULL, true,
	 NULL, 'entrectinib', NULL, 'preferred', 10, '1', 'FDA accelerated approval',
	 'First-line TRK inhibitor: entrectinib',
	 'Approved for solid tumours with an NTRK gene fusion (FDA accelerated 2019-08-15 from 12 years, extended to children older than 1 month 2023-10-20; EMA for patients not treated with an NTRK inhibitor before; Health Canada); OncoKB level 1 since 12/2019.',
	 NULL,
	 'MOAlmanac ind:fda.rozlytrek:0-1, ind:ema.rozlytrek:1, ind:hc.rozlytrek:0; OncoKB release notes 12/12/2019 [RES §3, §4]',
	 '2024-06-27', 0, 'shipped'),
	('solid.first.repotrectinib', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', false, NULL, 12, true,
	 NULL, 'repotrectinib', NULL, 'other recommended', 20, '1', 'FDA accelerated approval',
	 'TRK inhibitor: repotrectinib',
	 'FDA accelerated approval 2024-06-13 from 12 years for NTRK fusion tumours that progressed or have no satisfactory alternative; response rate 58% in TRK-inhibitor-naive patients (TRIDENT-1, n=40); OncoKB level 1 since 07/2024.',
	 'NCCN placement not verified; EMA (2025-01-13) allows it before any TRK inhibitor only when other options are of limited benefit or exhausted.',
	 'MOAlmanac ind:fda.augtyro:1, ind:ema.augtyro:1; OncoKB release notes 07/02/2024; FDA summary of TRIDENT-1 [RES §3, §4, §5; DM §5.1]',
	 '2025-01-13', 0, 'shipped'),
	('solid.first.repotrectinib.cns', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', false, true, 12, true,
	 NULL, 'repotrectinib', NULL, 'other recommended', 20, '1', 'FDA accelerated approval',
	 'TRK inhibitor: repotrectinib',
	 'FDA accelerated approval 2024-06-13 from 12 years for NTRK fusion tumours that progressed or have no satisfactory alternative; response rate 58% in TRK-inhibitor-naive patients (TRIDENT-1, n=40); OncoKB level 1 since 07/2024.',
	 'TRIDENT-1 excluded symptomatic brain metastases; NCCN placement not verified; EMA (2025-01-13) allows it before any TRK inhibitor only when other options are of limited benefit or exhausted.',
	 'MOAlmanac ind:fda.augtyro:1, ind:ema.augtyro:1; OncoKB release notes 07/02/2024; FDA summary of TRIDENT-1 [RES §3, §4, §5; DM §5.1]',
	 '2025-01-13', 0, 'shipped'),
-- Solid tumours, early disease ----------------------------------------------
	('solid.early.standard', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', NULL, NULL, NULL, false,
	 NULL, 'standard therapy', NULL, 'preferred', 10, NULL, NULL,
	 'Standard treatment for the tumour type and stage (surgery, radiotherapy, systemic therapy as usual)',
	 'The TRK-inhibitor approvals cover metastatic disease and disease whose surgery would cause severe morbidity; in early disease the fusion matters most if the cancer comes back or spreads.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3]', '2025-04-09', 0, 'shipped'),
	('solid.early.larotrectinib', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', NULL, NULL, NULL, false,
	 NULL, 'larotrectinib', NULL, 'useful in certain circumstances', 20, '1', 'FDA regular approval',
	 'Larotrectinib when surgery would cause severe morbidity',
	 'The larotrectinib indications include tumours whose surgical removal would likely cause severe morbidity (FDA, EMA).',
	 NULL,
	 'MOAlmanac ind:fda.vitrakvi:0, ind:ema.vitrakvi:0 [RES §3]', '2025-04-09', 0, 'shipped'),
	('solid.early.entrectinib', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', NULL, NULL, NULL, false,
	 NULL, 'entrectinib', NULL, 'useful in certain circumstances', 20, '1', 'FDA accelerated approval',
	 'Entrectinib when surgery would cause severe morbidity',
	 'The FDA entrectinib indication includes tumours whose surgical removal would likely cause severe morbidity.',
	 NULL,
	 'MOAlmanac ind:fda.rozlytrek:0-1 [RES §3.1]', '2023-10-20', 0, 'shipped'),
-- Solid tumours, after a TRK inhibitor (no resistance alteration known) ----
	('solid.after.test', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', true, NULL, NULL, NULL,
	 NULL, NULL, NULL, 'test first', 10, NULL, NULL,
	 'Test the progressing tumour for the resistance mechanism (tissue, or plasma cfDNA when a biopsy is not possible): NTRK kinase-domain mutations and KRAS, BRAF or MET alterations',
	 'The mechanism decides the next option: solvent-front or gatekeeper mutation, a next-generation TRK inhibitor; xDFG, a type II inhibitor; MAPK bypass, MAPK-directed therapy (Cocco 2019, 2021). Plasma cfDNA is useful for following resistance (Cocco 2019).',
	 'Skip when the progressing tumour has already been profiled and mutations were given.',
	 'Cocco et al., Nat Med 2019; Cocco et al., Cancer Discov 2021;11:126 [DM §4, §6]', '2021', 0, 'shipped'),
	('solid.after.repotrectinib', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', true, NULL, 12, NULL,
	 NULL, 'repotrectinib', NULL, 'preferred', 10, '1', 'FDA accelerated approval',
	 'Next-generation TRK inhibitor: repotrectinib',
	 'Labelled for NTRK fusion tumours that progressed after treatment, without a resistance-mutation exclusion (FDA 2024-06-13); the EMA indication (2025-01-13) names use after a prior NTRK inhibitor; response rate 50% in TRK-inhibitor-pretreated patients (TRIDENT-1, n=48).',
	 NULL,
	 'MOAlmanac ind:fda.augtyro:1, ind:ema.augtyro:1; FDA summary of TRIDENT-1 [RES §3; DM §5.1]', '2025-01-13', 0, 'shipped'),
	('solid.after.trial', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', true, NULL, NULL, NULL,
	 NULL, 'clinical trial', NULL, 'clinical trial', 10, NULL, NULL,
	 'Clinical trial, for example of a next-generation TRK inhibitor such as selitrectinib',
	 'After a TRK inhibitor, trials of next-generation inhibitors (selitrectinib) or of type II agents are options besides repotrectinib and chemotherapy.',
	 NULL,
	 'DM §5.1 (second line after a TRK inhibitor); NSCLC patient-education guide on NTRK fusions, last updated 2022-11-17', '2022-11-17', 0, 'shipped'),
	('solid.after.chemotherapy', '{ntrk_fusion,ntrk_categorical}', 'solid tumour', true, NULL, NULL, NULL,
	 NULL, 'chemotherapy', NULL, 'other recommended', 30, NULL, 'standard care',
	 'Chemotherapy',
	 'In a series of 76 NTRK fusion-positive patients, the best response rate to chemotherapy-containing regimens among those who received them was 63% (Rosen 2020).',
	 NULL,
	 'Rosen et al., Clin Cancer Res 2020;26:1624 (PMC7124988) [DM §3.1, §5.1]', '2020', 0, 'shipped'),
-- Solid tumours, on-target and off-target resistance ------------------------
	('solid.res.sfgk.repotrectinib', '{solvent_front,gatekeeper}', 'solid tumour', NULL, NULL, 12, NULL,
	 NULL, 'repotrectinib', NULL, 'preferred', 10, '1', 'FDA accelerated approval',
	 'Next-generation TRK inhibitor: repotrectinib',
	 'Next-generation type I inhibitors were designed to stay active against solvent-front and gatekeeper mutations (Drilon 2017; PMC10840435); the FDA indication has no resistance-mutation exclusion and covers progression after treatment.',
	 'Level 1 is for the NTRK fusion; no OncoKB level for repotrectinib with this mutation was found.',
	 'Drilon et al., Cancer Discov 2017;7:963; PMC10840435 abstract; MOAlmanac ind:fda.augtyro:1 [RES §2, §3; DM §4]', '2024-06-13', 0, 'shipped'),
	('solid.res.sf.selitrectinib.level', '{solvent_front}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK1,NTRK3}', 'selitrectinib', NULL, 'clinical trial', 10, '3A', 'investigational',
	 'Clinical trial of selitrectinib',
	 'OncoKB level 3A for selitrectinib in NTRK1 G595R and NTRK3 G623R (release 11/26/2024); no agency has approved selitrectinib.',
	 'The level is recorded for NTRK1 G595R and NTRK3 G623R.',
	 'OncoKB release notes 11/26/2024 [RES §2, §4]', '2024-11-26', 0, 'shipped'),
	('solid.res.sfgk.selitrectinib', '{solvent_front,gatekeeper}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'selitrectinib', NULL, 'clinical trial', 10, NULL, 'investigational',
	 'Clinical trial of selitrectinib',
	 'Designed to overcome solvent-front and gatekeeper mutations (Drilon 2017; PMC10840435 abstract); not approved, and no OncoKB level for this gene and mutation class was found.',
	 NULL,
	 'Drilon et al., Cancer Discov 2017;7:963; PMC10840435 abstract [RES §2; DM §4]', '2017', 0, 'shipped'),
	('solid.res.xdfg.type2', '{xdfg}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'type II multikinase inhibitor', NULL, 'clinical trial', 10, '4', 'investigational',
	 'Clinical trial (or off-label use) of a type II multikinase inhibitor such as cabozantinib',
	 'xDFG substitutions (TRKA G667, TRKC G696) resist type I inhibitors of both generations but stabilise the DFG-out kinase and make it sensitive to type II inhibitors (Cocco 2021, preclinical). Level 4 is assigned by ntrk from this biological evidence; no OncoKB level was found.',
	 'All available type II agents are multikinase inhibitors.',
	 'Cocco et al., Cancer Discov 2021;11:126 (abstract) [RES §1, §2; DM §4]', '2021', 0, 'shipped'),
	('solid.res.kinase_other.type2', '{kinase_other}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'type II multikinase inhibitor', NULL, 'clinical trial', 10, '4', 'investigational',
	 'Clinical trial (or off-label use) of a type II multikinase inhibitor such as cabozantinib',
	 'NTRK1 V573M resists larotrectinib and is hypersensitive to the type II inhibitors altiratinib, cabozantinib and foretinib (Somwar 2020, preclinical, secondary source). Level 4 is assigned by ntrk; no OncoKB level was found.',
	 'All available type II agents are multikinase inhibitors.',
	 'Somwar et al., Commun Biol 2020;3:776 [DM §4; RES §2]', '2020', 0, 'shipped'),
	('solid.res.xdfg.repotrectinib', '{xdfg}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'repotrectinib', NULL, 'not recommended', 10, NULL, NULL,
	 'Repotrectinib is not expected to work against an xDFG mutation',
	 'xDFG mutations resist next-generation type I inhibitors as well (Cocco 2021; PMC10840435).',
	 NULL,
	 'Cocco et al., Cancer Discov 2021;11:126; PMC10840435 abstract [RES §2]', '2021', 0, 'shipped'),
	('solid.res.xdfg.selitrectinib', '{xdfg}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'selitrectinib', NULL, 'not recommended', 10, NULL, NULL,
	 'Selitrectinib is not expected to work against an xDFG mutation',
	 'xDFG mutations resist next-generation type I inhibitors as well (Cocco 2021; PMC10840435).',
	 NULL,
	 'Cocco et al., Cancer Discov 2021;11:126; PMC10840435 abstract [RES §2]', '2021', 0, 'shipped'),
	('solid.res.larotrectinib', '{xdfg,solvent_front,gatekeeper,kinase_other}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'larotrectinib', NULL, 'not recommended', 20, NULL, NULL,
	 'Larotrectinib is not expected to work against this resistance mutation',
	 'Larotrectinib is labelled only for fusions without a known acquired resistance mutation (FDA 2018 and 2025, Health Canada); solvent-front, gatekeeper, xDFG and V573M mutations resist it.',
	 NULL,
	 'MOAlmanac ind:fda.vitrakvi:0, ind:hc.vitrakvi:0; Somwar et al. 2020; Cocco et al. 2021 [RES §2, §3; DM §4]', '2025-04-09', 0, 'shipped'),
	('solid.res.entrectinib', '{xdfg,solvent_front,gatekeeper,kinase_other}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'entrectinib', NULL, 'not recommended', 20, NULL, NULL,
	 'Entrectinib is not expected to work against this resistance mutation',
	 'Entrectinib is labelled only for fusions without a known acquired resistance mutation (FDA, Health Canada) and, in the EU, only before any NTRK inhibitor; solvent-front, gatekeeper and xDFG mutations resist first-generation inhibitors.',
	 NULL,
	 'MOAlmanac ind:fda.rozlytrek:0-1, ind:ema.rozlytrek:1, ind:hc.rozlytrek:0; Russo et al., Cancer Discov 2016 [RES §1-§3]', '2024-06-27', 0, 'shipped'),
	('solid.res.sf.ntrk1.larotrectinib', '{solvent_front}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK1}', 'larotrectinib', NULL, 'not recommended', 20, 'R1', NULL,
	 'Larotrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R1 for larotrectinib in NTRK1 G595R (release notes through 11/26/2024); the label excludes known acquired resistance mutations.',
	 'The level is recorded for NTRK1 G595R.',
	 'OncoKB release notes 03/12/2021 and 11/26/2024 [RES §1, §4]', '2024-11-26', 0, 'shipped'),
	('solid.res.sf.ntrk3.larotrectinib', '{solvent_front}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK3}', 'larotrectinib', NULL, 'not recommended', 20, 'R1', NULL,
	 'Larotrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R1 for larotrectinib in NTRK3 G623R, a resistance mutation named in the FDA label (release 03/12/2021).',
	 'The level is recorded for NTRK3 G623R.',
	 'OncoKB release notes 03/12/2021 [RES §1, §4]', '2021-03-12', 0, 'shipped'),
	('solid.res.gk.ntrk3.larotrectinib', '{gatekeeper}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK3}', 'larotrectinib', NULL, 'not recommended', 20, 'R1', NULL,
	 'Larotrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R1 for larotrectinib in NTRK3 F617L, a resistance mutation named in the FDA label (release 03/12/2021).',
	 'The level is recorded for NTRK3 F617L.',
	 'OncoKB release notes 03/12/2021 [RES §1, §4]', '2021-03-12', 0, 'shipped'),
	('solid.res.xdfg.ntrk3.larotrectinib', '{xdfg}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK3}', 'larotrectinib', NULL, 'not recommended', 20, 'R1', NULL,
	 'Larotrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R1 for larotrectinib in NTRK3 G696A, a resistance mutation named in the FDA label (release 03/12/2021).',
	 'The level is recorded for NTRK3 G696A.',
	 'OncoKB release notes 03/12/2021 [RES §1, §4]', '2021-03-12', 0, 'shipped'),
	('solid.res.gk.ntrk1.larotrectinib', '{gatekeeper}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK1}', 'larotrectinib', NULL, 'not recommended', 20, 'R2', NULL,
	 'Larotrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R2 for larotrectinib in NTRK1 F589L (release 06/25/2026); the label excludes known acquired resistance mutations.',
	 'The level is recorded for NTRK1 F589L.',
	 'OncoKB release notes 06/25/2026 [RES §1, §4]', '2026-06-25', 0, 'shipped'),
	('solid.res.sf.ntrk1.entrectinib', '{solvent_front}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK1}', 'entrectinib', NULL, 'not recommended', 20, 'R2', NULL,
	 'Entrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R2 for entrectinib in NTRK1 G595R, first seen as acquired resistance on entrectinib (Russo 2016); the label excludes known acquired resistance mutations.',
	 'The level is recorded for NTRK1 G595R.',
	 'OncoKB release notes 11/26/2024; Russo et al., Cancer Discov 2016 [RES §1, §4]', '2024-11-26', 0, 'shipped'),
	('solid.res.xdfg.ntrk1.entrectinib', '{xdfg}', 'solid tumour', NULL, NULL, NULL, NULL,
	 '{NTRK1}', 'entrectinib', NULL, 'not recommended', 20, 'R2', NULL,
	 'Entrectinib is not expected to work against this resistance mutation',
	 'OncoKB level R2 for entrectinib in NTRK1 G667C (release 06/25/2026); the label excludes known acquired resistance mutations.',
	 'The level is recorded for NTRK1 G667C.',
	 'OncoKB release notes 06/25/2026 [RES §1, §4]', '2026-06-25', 0, 'shipped'),
	('solid.res.mapk', '{offtarget_mapk}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'MAPK-directed therapy', NULL, 'clinical trial', 10, '4', 'investigational',
	 'Clinical trial of MAPK-directed therapy (for example a MEK inhibitor), alone or with a TRK inhibitor',
	 'Acquired KRAS, BRAF V600E or MET alterations reactivate MAPK signalling around the blocked TRK kinase; MAPK-directed therapy with or without a TRK inhibitor regained control in reported patients (Cocco 2019, abstract). Level 4 is assigned by ntrk; no OncoKB level was found.',
	 NULL,
	 'Cocco et al., Nat Med 2019 (doi:10.1038/s41591-019-0542-z) [DM §4]', '2019', 0, 'shipped'),
	('solid.res.chemotherapy', '{xdfg,solvent_front,gatekeeper,kinase_other,offtarget_mapk}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'chemotherapy', NULL, 'other recommended', 30, NULL, 'standard care',
	 'Chemotherapy',
	 'In a series of 76 NTRK fusion-positive patients, the best response rate to chemotherapy-containing regimens among those who received them was 63% (Rosen 2020).',
	 NULL,
	 'Rosen et al., Clin Cancer Res 2020;26:1624 (PMC7124988) [DM §3.1, §5.1]', '2020', 0, 'shipped'),
-- Solid tumours, findings that are not (yet) an actionable NTRK fusion -----
	('solid.mutation.no_indication', '{mutation_only}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, NULL, 'not recommended', 10, NULL, NULL,
	 'No TRK-inhibitor indication: an NTRK mutation or amplification without a fusion is not what the TRK-inhibitor approvals cover',
	 'The approvals name NTRK gene fusions (FDA, EMA, Health Canada); point mutations and amplification are different alterations, and in a tumour never treated with a TRK inhibitor they are not acquired resistance either.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3; DM §8]', '2025-04-09', 0, 'shipped'),
	('solid.mutation.standard', '{mutation_only}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'standard therapy', NULL, 'preferred', 10, NULL, 'standard care',
	 'Treat according to the tumour''s other biomarkers and standard care',
	 'No NTRK-directed drug is indicated for an NTRK mutation alone.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3]', '2025-04-09', 0, 'shipped'),
	('solid.mutation.test', '{mutation_only}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'useful in certain circumstances', 10, NULL, NULL,
	 'If fusions were not looked for in tumour RNA, test by RNA NGS',
	 'DNA panels, IHC, FISH and cfDNA can miss NTRK fusions (see ntrk_test_informativeness); a fusion would change the answer.',
	 NULL,
	 'Solomon et al., Mod Pathol 2020 (PMC7437403); Penault-Llorca et al. 2019 (PMC6589488) [DM §6]', '2020', 0, 'shipped'),
	('solid.negative.standard', '{negative}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'standard therapy', NULL, 'preferred', 10, NULL, 'standard care',
	 'No NTRK-directed therapy: treat according to the tumour''s other biomarkers and standard care',
	 'No NTRK fusion was found.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3]', '2025-04-09', 0, 'shipped'),
	('solid.negative.test', '{negative}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'useful in certain circumstances', 10, NULL, NULL,
	 'If the negative came from an assay that can miss NTRK fusions (DNA-only panel, IHC, FISH, RT-PCR, cfDNA), retest tumour tissue by RNA NGS',
	 'Only some negatives are informative (see ntrk_test_informativeness); ESMO prefers RNA-based sequencing (Marchio 2019).',
	 NULL,
	 'Solomon et al., Mod Pathol 2020 (PMC7437403); Marchio et al., Ann Oncol 2019 [DM §6]', '2020', 0, 'shipped'),
	('solid.untested.test', '{untested}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'test first', 10, NULL, NULL,
	 'Test the tumour for NTRK fusions, preferably by RNA-based NGS within broad biomarker testing',
	 'RNA NGS reads expressed, in-frame fusions and names the partner; in unselected tumours ESMO recommends front-line sequencing, preferably RNA, or IHC screening followed by sequencing (Marchio 2019).',
	 NULL,
	 'Marchio et al., Ann Oncol 2019;30:1417; Penault-Llorca et al. 2019 (PMC6589488) [DM §6]', '2019', 0, 'shipped'),
	('solid.presumptive.test', '{ntrk_presumptive}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'test first', 10, NULL, NULL,
	 'Confirm by RNA NGS: it names the partner and shows that the fusion is expressed and in frame',
	 'Break-apart FISH sees a DNA break in one NTRK gene only: the partner is unknown, the rearrangement may not be expressed, and complex rearrangements give false positives (Penault-Llorca 2019; JSCO/JSMO guideline).',
	 NULL,
	 'Penault-Llorca et al., J Clin Pathol 2019 (PMC6589488); JSCO/JSMO guideline (PMC7046581) [DM §6]', '2019', 0, 'shipped'),
	('solid.undecided.test', '{ntrk_fusion_undecided}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'test first', 10, NULL, NULL,
	 'Check that the NTRK kinase domain is in the fusion: give the transcript and exons, or confirm by RNA NGS',
	 'A 3'' NTRK segment that starts after the kinase exons cannot signal, and exon numbers depend on the transcript (ClinGen NTRK fusion rules, Saliba 2022; ntrk_classify).',
	 NULL,
	 'Saliba et al., Cancer Genet 2022 (doi:10.1016/j.cancergen.2022.03.001) [DM §2.1, §2.2]', '2022', 0, 'shipped'),
	('solid.orientation.test', '{ntrk_orientation_unknown}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'test first', 10, NULL, NULL,
	 'Confirm that NTRK is the 3'' partner: read the order in the caller output or report, or confirm by RNA NGS',
	 'Only partner::NTRK (NTRK 3'', kinase kept) makes a TRK kinase fusion; a dash or slash does not guarantee the 5''/3'' order (HGNC 2021; ntrk_classify).',
	 NULL,
	 'Bruford et al., Leukemia 2021;35:3040 (HGNC fusion nomenclature); Saliba et al. 2022 [DM §1.1, §2.2]', '2022', 0, 'shipped'),
	('solid.unconfirmed.larotrectinib', '{ntrk_presumptive,ntrk_fusion_undecided,ntrk_orientation_unknown}', 'solid tumour', false, NULL, NULL, true,
	 NULL, 'larotrectinib', NULL, 'useful in certain circumstances', 20, NULL, NULL,
	 'If confirmation is not possible: larotrectinib for a presumptive NTRK fusion',
	 'The approvals cover NTRK gene fusions; this finding is not yet a confirmed one.',
	 'Level 1 applies to confirmed NTRK fusions; the FDA labels ask for patients to be selected with an FDA-approved test.',
	 'FDA indications via MOAlmanac [RES §3.1]', '2025-04-09', 0, 'shipped'),
	('solid.unconfirmed.entrectinib', '{ntrk_presumptive,ntrk_fusion_undecided,ntrk_orientation_unknown}', 'solid tumour', false, NULL, NULL, true,
	 NULL, 'entrectinib', NULL, 'useful in certain circumstances', 20, NULL, NULL,
	 'If confirmation is not possible: entrectinib for a presumptive NTRK fusion',
	 'The approvals cover NTRK gene fusions; this finding is not yet a confirmed one.',
	 'Level 1 applies to confirmed NTRK fusions; the FDA labels ask for patients to be selected with an FDA-approved test.',
	 'FDA indications via MOAlmanac [RES §3.1]', '2023-10-20', 0, 'shipped'),
	('solid.not_actionable.statement', '{ntrk_reciprocal,ntrk_kinase_lost,ntrk_out_of_frame,ntrk_intragenic}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, NULL, 'not recommended', 10, NULL, NULL,
	 'Not an actionable NTRK fusion: this finding gives no TRK-inhibitor indication',
	 'A TRK kinase fusion needs a 3'' NTRK segment that keeps the kinase domain, in frame; reciprocal (NTRK 5''), kinase-lost, out-of-frame and intragenic events cannot make one (ClinGen NTRK fusion rules, Saliba 2022).',
	 NULL,
	 'Saliba et al., Cancer Genet 2022 (doi:10.1016/j.cancergen.2022.03.001) [DM §2.1, §2.2]', '2022', 0, 'shipped'),
	('solid.reciprocal.test', '{ntrk_reciprocal}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'test first', 10, NULL, NULL,
	 'Look for the forward partner::NTRK product of the same rearrangement (RNA NGS, or the full caller output)',
	 'A reciprocal NTRK::partner call usually comes from a rearrangement that also makes the forward, actionable product (ntrk_classify).',
	 NULL,
	 'Saliba et al. 2022 [DM §2.1, §2.2]', '2022', 0, 'shipped'),
	('solid.not_actionable.test', '{ntrk_kinase_lost,ntrk_out_of_frame,ntrk_intragenic}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'useful in certain circumstances', 10, NULL, NULL,
	 'If fusions were not looked for in tumour RNA, test by RNA NGS for another, actionable NTRK fusion',
	 'DNA panels, IHC, FISH and cfDNA can miss NTRK fusions (see ntrk_test_informativeness).',
	 NULL,
	 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §6]', '2020', 0, 'shipped'),
	('solid.not_actionable.standard', '{ntrk_reciprocal,ntrk_kinase_lost,ntrk_out_of_frame,ntrk_intragenic}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, 'standard therapy', NULL, 'preferred', 10, NULL, 'standard care',
	 'Treat according to the tumour''s other biomarkers and standard care',
	 'No NTRK-directed drug is indicated for this finding.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3]', '2025-04-09', 0, 'shipped'),
	('solid.other_driver.statement', '{other_driver_fusion}', 'solid tumour', NULL, NULL, NULL, NULL,
	 NULL, NULL, NULL, 'preferred', 10, NULL, NULL,
	 'Not an NTRK event: follow the guidance for the fusion''s driver gene (for example ALK, ROS1 or RET)',
	 'ntrk_classify names the driver gene; the NTRK-directed approvals cover NTRK gene fusions only.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3]', '2025-04-09', 0, 'shipped'),
-- NSCLC ---------------------------------------------------------------------
	('nsclc.first.larotrectinib', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', false, NULL, NULL, true,
	 NULL, 'larotrectinib', NULL, 'preferred', 10, '1', 'NCCN preferred (2021, secondary source)',
	 'First-line TRK inhibitor: larotrectinib',
	 'NCCN listed larotrectinib and entrectinib as preferred first-line options for NTRK fusion-positive metastatic NSCLC (2021, secondary source); in lung cancer (20 patients, 15 evaluable) the response rate was 73% with a median response duration of 33.9 months (Drilon 2022); approved for NTRK fusion solid tumours (FDA 2018, regular 2025; EMA; Health Canada).',
	 'The current NCCN NSCLC version was not checked.',
	 'NCCN NSCLC as reported in 2021 (secondary); Drilon et al., JCO Precis Oncol 2022 (PMC8830513); MOAlmanac ind:fda.vitrakvi:0 [DM §3.2, §5.2; RES §3, §5]',
	 '2025-04-09', 0, 'shipped'),
	('nsclc.first.entrectinib', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', false, NULL, NULL, true,
	 NULL, 'entrectinib', NULL, 'preferred', 10, '1', 'NCCN preferred (2021, secondary source)',
	 'First-line TRK inhibitor: entrectinib',
	 'NCCN listed entrectinib and larotrectinib as preferred first-line options for NTRK fusion-positive metastatic NSCLC (2021, secondary source); approved for NTRK fusion solid tumours (FDA 2019, extended 2023; EMA; Health Canada).',
	 'The current NCCN NSCLC version was not checked.',
	 'NCCN NSCLC as reported in 2021 (secondary); MOAlmanac ind:fda.rozlytrek:0-1, ind:ema.rozlytrek:1 [DM §5.2; RES §3, §5]',
	 '2024-06-27', 0, 'shipped'),
	('nsclc.first.entrectinib.cns', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', false, true, NULL, true,
	 NULL, 'entrectinib', NULL, 'preferred', 5, '1', 'ntrk judgement (site-editable)',
	 'First-line TRK inhibitor with brain metastases: entrectinib',
	 'A judgement a site can change: with brain metastases entrectinib comes first because it was designed to enter and stay in the brain (intracranial response about 55%, Doebele 2020) and Health Canada''s indication names brain metastases; the NSCLC patient guide describes entrectinib first for this reason. Larotrectinib is also active in the brain.',
	 'Not an FDA-label statement.',
	 'NSCLC patient-education guide on NTRK fusions (last updated 2022-11-17); Doebele et al., Lancet Oncol 2020; MOAlmanac ind:hc.rozlytrek:0 [DM §5.1]',
	 '2022-11-17', 0, 'shipped'),
	('nsclc.first.larotrectinib.cns', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', false, true, NULL, true,
	 NULL, 'larotrectinib', NULL, 'preferred', 10, '1', 'NCCN preferred (2021, secondary source)',
	 'First-line TRK inhibitor: larotrectinib (also active in the brain)',
	 'Response rate 63% in lung cancer patients with brain metastases at baseline (Drilon 2022); an NCCN preferred first-line option (2021, secondary source).',
	 'The current NCCN NSCLC version was not checked.',
	 'Drilon et al., JCO Precis Oncol 2022 (PMC8830513); NCCN NSCLC as reported in 2021 (secondary) [DM §3.2, §5.1, §5.2]',
	 '2022', 0, 'shipped'),
	('nsclc.early.standard', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', NULL, NULL, NULL, false,
	 NULL, 'standard therapy', NULL, 'preferred', 10, NULL, 'standard care',
	 'Standard stage-appropriate treatment for early NSCLC',
	 'In lung cancer the fusion has its main treatment consequences in stage IV (NSCLC patient guide); the TRK-inhibitor approvals cover metastatic disease or surgery with severe morbidity.',
	 NULL,
	 'NSCLC patient-education guide on NTRK fusions (last updated 2022-11-17); MOAlmanac indications [RES §3]',
	 '2025-04-09', 0, 'shipped'),
	('nsclc.after.chemotherapy', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', true, NULL, NULL, NULL,
	 NULL, 'chemotherapy', NULL, 'other recommended', 30, NULL, 'standard care',
	 'Chemotherapy',
	 'After a TRK inhibitor, second-line options include chemotherapy (NSCLC patient guide); best response rate to chemotherapy-containing regimens 63% in NTRK fusion cancers (Rosen 2020).',
	 NULL,
	 'NSCLC patient-education guide on NTRK fusions (last updated 2022-11-17); Rosen et al., Clin Cancer Res 2020 [DM §5.1]',
	 '2022-11-17', 0, 'shipped'),
	('nsclc.after.chemo_io', '{ntrk_fusion,ntrk_categorical}', 'NSCLC', true, NULL, NULL, NULL,
	 NULL, 'chemo-immunotherapy', NULL, 'other recommended', 31, NULL, 'standard care',
	 'Chemotherapy with immunotherapy',
	 'After a TRK inhibitor, second-line options include chemotherapy plus immunotherapy (NSCLC patient guide).',
	 'Checkpoint inhibitors helped few NTRK fusion patients in one series: 1 responder among 12, with an MSI-high colorectal cancer (Rosen 2020).',
	 'NSCLC patient-education guide on NTRK fusions (last updated 2022-11-17); Rosen et al., Clin Cancer Res 2020 [DM §3.1, §5.1]',
	 '2022-11-17', 0, 'shipped'),
	('nsclc.res.chemotherapy', '{xdfg,solvent_front,gatekeeper,kinase_other,offtarget_mapk}', 'NSCLC', NULL, NULL, NULL, NULL,
	 NULL, 'chemotherapy', NULL, 'other recommended', 30, NULL, 'standard care',
	 'Chemotherapy',
	 'After a TRK inhibitor, second-line options include chemotherapy (NSCLC patient guide); best response rate to chemotherapy-containing regimens 63% in NTRK fusion cancers (Rosen 2020).',
	 NULL,
	 'NSCLC patient-education guide on NTRK fusions (last updated 2022-11-17); Rosen et al., Clin Cancer Res 2020 [DM §5.1]',
	 '2022-11-17', 0, 'shipped'),
	('nsclc.res.chemo_io', '{xdfg,solvent_front,gatekeeper,kinase_other,offtarget_mapk}', 'NSCLC', NULL, NULL, NULL, NULL,
	 NULL, 'chemo-immunotherapy', NULL, 'other recommended', 31, NULL, 'standard care',
	 'Chemotherapy with immunotherapy',
	 'After a TRK inhibitor, second-line options include chemotherapy plus immunotherapy (NSCLC patient guide).',
	 'Checkpoint inhibitors helped few NTRK fusion patients in one series: 1 responder among 12, with an MSI-high colorectal cancer (Rosen 2020).',
	 'NSCLC patient-education guide on NTRK fusions (last updated 2022-11-17); Rosen et al., Clin Cancer Res 2020 [DM §3.1, §5.1]',
	 '2022-11-17', 0, 'shipped'),
	('nsclc.negative.standard', '{negative}', 'NSCLC', NULL, NULL, NULL, NULL,
	 NULL, 'standard therapy', NULL, 'preferred', 10, NULL, 'standard care',
	 'No NTRK-directed therapy: treat according to the other NSCLC biomarkers and standard NSCLC care',
	 'No NTRK fusion was found.',
	 NULL,
	 'FDA, EMA and Health Canada indications via MOAlmanac [RES §3]', '2025-04-09', 0, 'shipped'),
	('nsclc.negative.test', '{negative}', 'NSCLC', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'useful in certain circumstances', 10, NULL, 'NCCN (secondary source)',
	 'If DNA testing found no driver, test tumour RNA by NGS',
	 'NCCN recommends broad NGS in metastatic non-squamous NSCLC and, when no driver is found, RNA-based NGS to catch fusions (secondary source); ESMO prefers RNA-based sequencing (Marchio 2019).',
	 NULL,
	 'NCCN NSCLC summary (rozlytrek-hcp.com, secondary, undated); Marchio et al., Ann Oncol 2019 [DM §5.2, §6]',
	 '2019', 0, 'shipped'),
	('nsclc.untested.test', '{untested}', 'NSCLC', NULL, NULL, NULL, NULL,
	 NULL, NULL, 'rna_ngs', 'test first', 10, NULL, 'NCCN (secondary source)',
	 'Test for NTRK fusions within comprehensive biomarker testing (broad NGS including RNA)',
	 'NTRK fusions are rare in NSCLC (0.1-0.2%: 58 of 42,791 in one series, 0.17% in a meta-analysis) but treatable; NCCN recommends broad NGS in metastatic non-squamous NSCLC and RNA NGS when no driver is found (secondary source).',
	 NULL,
	 'ESMO 2019 abstract 1549P; meta-analysis PMC7758559; NCCN NSCLC summary (secondary) [DM §3.1, §3.2, §5.2]',
	 '2020', 0, 'shipped');

-- Test informativeness --------------------------------------------------------

CREATE TABLE ntrk_assay_result (
	assay		text NOT NULL REFERENCES ntrk_assay ON UPDATE CASCADE,
	result		text NOT NULL CHECK (result IN ('positive', 'negative', 'failed')),
	tumour_type text REFERENCES ntrk_tumour_type ON UPDATE CASCADE,
	informative boolean NOT NULL,
	meaning		text NOT NULL CHECK (meaning <> ''),
	why_not		text,
	next_test	text REFERENCES ntrk_assay ON UPDATE CASCADE,
	source		text NOT NULL CHECK (source <> ''),
	priority	integer NOT NULL DEFAULT 100,
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	CHECK (informative OR why_not IS NOT NULL),
	UNIQUE NULLS NOT DISTINCT (assay, result, tumour_type, origin)
);
COMMENT ON TABLE ntrk_assay_result IS
	'what a result of an NTRK fusion assay means: informative or not, why not, and the next test; rows with origin <> ''shipped'' are user rows, survive dump/restore and win by priority';
COMMENT ON COLUMN ntrk_assay_result.assay IS 'the assay';
COMMENT ON COLUMN ntrk_assay_result.result IS 'positive (fusion or staining found), negative, or failed (no usable result)';
COMMENT ON COLUMN ntrk_assay_result.tumour_type IS 'tumour type the row is specific to (and the types below it); NULL = any';
COMMENT ON COLUMN ntrk_assay_result.informative IS 'whether the result can be acted on without a further test';
COMMENT ON COLUMN ntrk_assay_result.meaning IS 'what the result shows';
COMMENT ON COLUMN ntrk_assay_result.why_not IS 'why the result is not informative (or what limits it)';
COMMENT ON COLUMN ntrk_assay_result.next_test IS 'the test recommended next';
COMMENT ON COLUMN ntrk_assay_result.source IS 'where the assay''s limits are documented';
COMMENT ON COLUMN ntrk_assay_result.priority IS 'the highest priority wins, then the most specific tumour type (shipped 0, site default 100)';
COMMENT ON COLUMN ntrk_assay_result.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump';

INSERT INTO ntrk_assay_result (assay, result, tumour_type, informative, meaning, why_not, next_test, source, priority, origin) VALUES
	('rna_ngs', 'positive', NULL, true,
	 'An expressed fusion transcript was read; ntrk_classify says whether it is an actionable NTRK fusion.',
	 NULL, NULL, 'Penault-Llorca et al. 2019 (PMC6589488) Table 2 [DM §6]', 0, 'shipped'),
	('rna_ngs', 'negative', NULL, true,
	 'No NTRK fusion transcript was found; this settles the question when RNA quality and tumour content passed the assay''s checks.',
	 NULL, NULL, 'Penault-Llorca et al. 2019 (PMC6589488) Table 2; Marchio et al. 2019 [DM §6]', 0, 'shipped'),
	('rna_ngs', 'failed', NULL, false,
	 'No result.',
	 'RNA quality or tumour content was not sufficient.', 'rna_ngs',
	 'Penault-Llorca et al. 2019 (PMC6589488) Table 2 [DM §6]', 0, 'shipped'),
	('dna_ngs', 'positive', NULL, true,
	 'A genomic NTRK rearrangement was found; ntrk_classify says whether it is an actionable fusion, and RNA NGS can confirm expression and frame when that is uncertain.',
	 NULL, NULL, 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §6]', 0, 'shipped'),
	('dna_ngs', 'negative', NULL, false,
	 'No NTRK fusion was found in the regions the panel covers.',
	 'DNA panels can miss NTRK2 and NTRK3 fusions whose breakpoints lie in large introns the baits do not fully cover (the genes span about 353 and 397 kb); a DNA panel found 81.1% of the fusions RNA sequencing found (Solomon 2020).',
	 'rna_ngs', 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §2, §3.1, §6]', 0, 'shipped'),
	('dna_ngs', 'failed', NULL, false,
	 'No result.',
	 'DNA quality or tumour content was not sufficient.', 'rna_ngs',
	 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §6]', 0, 'shipped'),
	('dna_ngs_intronic', 'positive', NULL, true,
	 'A genomic NTRK rearrangement was found; ntrk_classify says whether it is an actionable fusion, and RNA NGS can confirm expression and frame when that is uncertain.',
	 NULL, NULL, 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §6]', 0, 'shipped'),
	('dna_ngs_intronic', 'negative', NULL, true,
	 'No NTRK rearrangement in fully covered NTRK genes; DNA does not show expression, so RNA NGS stays the preferred confirmation where it is available.',
	 NULL, NULL, 'Solomon et al., Mod Pathol 2020 (PMC7437403); Marchio et al. 2019 [DM §6]', 0, 'shipped'),
	('dna_ngs_intronic', 'failed', NULL, false,
	 'No result.',
	 'DNA quality or tumour content was not sufficient.', 'rna_ngs',
	 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §6]', 0, 'shipped'),
	('pan_trk_ihc', 'positive', NULL, false,
	 'TRK protein is present: a fusion, or wild-type TRK.',
	 'IHC is a screen: it stains wild-type TRK too (overall specificity 81.1%, Solomon 2020), so a positive must be confirmed by sequencing (ESMO, Marchio 2019).',
	 'rna_ngs', 'Solomon et al., Mod Pathol 2020 (PMC7437403) Table 3; Marchio et al. 2019 [DM §3.1, §6]', 0, 'shipped'),
	('pan_trk_ihc', 'positive', 'salivary gland cancer', false,
	 'TRK protein is present: a fusion, or wild-type TRK.',
	 'Salivary gland tissue expresses TRK: IHC specificity was only 52% in salivary tumours (Solomon 2020); confirm by sequencing.',
	 'rna_ngs', 'Solomon et al., Mod Pathol 2020 (PMC7437403) Table 3 [DM §6]', 0, 'shipped'),
	('pan_trk_ihc', 'positive', 'glioma', false,
	 'TRK protein is present: a fusion, or wild-type TRK.',
	 'Brain tissue expresses TRK: IHC specificity was only 20.8% in gliomas (Solomon 2020); confirm by sequencing.',
	 'rna_ngs', 'Solomon et al., Mod Pathol 2020 (PMC7437403) Table 3 [DM §6]', 0, 'shipped'),
	('pan_trk_ihc', 'positive', 'soft tissue sarcoma', false,
	 'TRK protein is present: a fusion, or wild-type TRK.',
	 'IHC specificity was 74.4% in sarcomas (Solomon 2020); confirm by sequencing.',
	 'rna_ngs', 'Solomon et al., Mod Pathol 2020 (PMC7437403) Table 3 [DM §6]', 0, 'shipped'),
	('pan_trk_ihc', 'positive', 'NSCLC', false,
	 'TRK protein is present: a fusion, or wild-type TRK.',
	 'Lung squamous and large-cell neuroendocrine carcinomas can stain without a fusion: 12 of 387 NSCLC stained and none had a fusion by RNA (Strohmeier 2021); confirm by sequencing.',
	 'rna_ngs', 'Strohmeier et al., Sci Rep 2021 (PMC8105314); Solomon et al. 2020 [DM §3.2, §6]', 0, 'shipped'),
	('pan_trk_ihc', 'negative', NULL, false,
	 'No TRK staining.',
	 'IHC misses about one in five NTRK3 fusions (sensitivity 79.4% for NTRK3, 87.9% overall; Solomon 2020).',
	 'rna_ngs', 'Solomon et al., Mod Pathol 2020 (PMC7437403) Table 3 [DM §3.1, §6]', 0, 'shipped'),
	('pan_trk_ihc', 'failed', NULL, false,
	 'No result.',
	 'The staining could not be interpreted.', 'rna_ngs',
	 'Solomon et al., Mod Pathol 2020 (PMC7437403) [DM §6]', 0, 'shipped'),
	('fish_break_apart', 'positive', NULL, false,
	 'An NTRK gene is broken apart at the DNA level; the partner is unknown (write it as ?::NTRK1, a presumptive fusion).',
	 'FISH does not name the partner or show that a fusion is expressed, and complex rearrangements give false positives (Penault-Llorca 2019).',
	 'rna_ngs', 'Penault-Llorca et al. 2019 (PMC6589488) Table 2; JSCO/JSMO guideline (PMC7046581) [DM §6]', 0, 'shipped'),
	('fish_break_apart', 'negative', NULL, false,
	 'No break was seen in the NTRK genes probed.',
	 'False negatives can exceed 30%, a full screen needs three probe sets (one per NTRK gene), and the Japanese guideline does not accept FISH as a screening test; intrachromosomal NTRK1 events on 1q (LMNA, TPM3) may be hard to see (unverified).',
	 'rna_ngs', 'Penault-Llorca et al. 2019 (PMC6589488) Table 2; JSCO/JSMO guideline (PMC7046581) [DM §6]', 0, 'shipped'),
	('fish_break_apart', 'failed', NULL, false,
	 'No result.',
	 'The hybridisation could not be interpreted.', 'rna_ngs',
	 'Penault-Llorca et al. 2019 (PMC6589488) [DM §6]', 0, 'shipped'),
	('rt_pcr', 'positive', NULL, true,
	 'A targeted fusion transcript (a known exon pair, for example ETV6::NTRK3) was found.',
	 NULL, NULL, 'Penault-Llorca et al. 2019 (PMC6589488) [DM §6]', 0, 'shipped'),
	('rt_pcr', 'negative', NULL, false,
	 'None of the targeted fusion transcripts was found.',
	 'RT-PCR finds only the exon pairs it targets; other partners and breakpoints are missed.',
	 'rna_ngs', 'Penault-Llorca et al. 2019 (PMC6589488) [DM §6]', 0, 'shipped'),
	('rt_pcr', 'failed', NULL, false,
	 'No result.',
	 'RNA quality was not sufficient.', 'rna_ngs',
	 'Penault-Llorca et al. 2019 (PMC6589488) [DM §6]', 0, 'shipped'),
	('cfdna', 'positive', NULL, true,
	 'An NTRK fusion was found in plasma DNA; ntrk_classify says whether it is actionable.',
	 NULL, NULL, 'ESMO OncologyPRO, NTRK gene fusions [DM §6]', 0, 'shipped'),
	('cfdna', 'negative', NULL, false,
	 'No NTRK fusion was found in plasma DNA.',
	 'Tumours may shed too little DNA into the blood; for NTRK fusions cfDNA is less sensitive than IHC or FISH (ESMO). Test tumour tissue.',
	 'rna_ngs', 'ESMO OncologyPRO, NTRK gene fusions [DM §6]', 0, 'shipped'),
	('cfdna', 'failed', NULL, false,
	 'No result.',
	 'There was too little cell-free DNA (low shedding). Test tumour tissue.', 'rna_ngs',
	 'ESMO OncologyPRO, NTRK gene fusions [DM §6]', 0, 'shipped');

-- Patient texts ---------------------------------------------------------------

CREATE TABLE ntrk_patient_text (
	section		text NOT NULL CHECK (section <> ''),
	body		text NOT NULL CHECK (body <> ''),
	origin		text NOT NULL DEFAULT 'user' CHECK (origin <> ''),
	UNIQUE (section, origin)
);
COMMENT ON TABLE ntrk_patient_text IS
	'plain-language paragraphs of ntrk_patient_explanation: what_is_ntrk_fusion, questions, closing, and state:<biomarker state>; a site row (origin <> ''shipped'') for a section replaces the shipped one and survives dump/restore';
COMMENT ON COLUMN ntrk_patient_text.section IS 'what_is_ntrk_fusion, questions, closing, or state:<ntrk_biomarker_state>';
COMMENT ON COLUMN ntrk_patient_text.body IS 'the paragraph';
COMMENT ON COLUMN ntrk_patient_text.origin IS '''shipped'' for rows installed by ntrk; anything else (default ''user'') is kept by pg_dump and preferred';

INSERT INTO ntrk_patient_text (section, body, origin) VALUES
	('what_is_ntrk_fusion',
	 'What is an NTRK gene fusion? Genes hold the instructions a cell follows. In some cancers a break joins part of one of the three NTRK genes (NTRK1, NTRK2 or NTRK3) to part of a different gene. The joined gene, called an NTRK fusion, keeps sending a "grow" signal through a protein called TRK. NTRK fusions turn up in many kinds of cancer: they are rare in common cancers (about 1 or 2 in every 1,000 lung cancers) and frequent in a few rare ones, such as infantile fibrosarcoma. Finding one matters because medicines that block TRK work well against them. Which NTRK gene is involved, and which gene it joined, usually does not change the treatment.',
	 'shipped'),
	('questions',
	 E'Three questions to ask your care team:\n1. What do we hope this treatment will do for me?\n2. What side effects could I have, and how would they be handled?\n3. What other choices do I have, including clinical trials?',
	 'shipped'),
	('closing',
	 'Research on NTRK fusions moves quickly. This summary was put together by a database from published approvals and guidelines; it is not medical advice. Your care team knows your whole situation, and you can always ask for a second opinion.',
	 'shipped'),
	('state:xdfg',
	 'What your result means: your tumour has an NTRK fusion and a new change in the NTRK gene (an "xDFG" resistance mutation). This kind of change stops both the first TRK-blocking medicines and the newer ones from working. A different type of medicine, usually given in a clinical trial, may still work.',
	 'shipped'),
	('state:solvent_front',
	 'What your result means: your tumour has an NTRK fusion and a new change in the NTRK gene (a "solvent-front" resistance mutation) that stops the first TRK-blocking medicines from working. Newer TRK-blocking medicines were designed to work despite this kind of change.',
	 'shipped'),
	('state:gatekeeper',
	 'What your result means: your tumour has an NTRK fusion and a new change in the NTRK gene (a "gatekeeper" resistance mutation) that stops the first TRK-blocking medicines from working. Newer TRK-blocking medicines were designed to work despite this kind of change.',
	 'shipped'),
	('state:kinase_other',
	 'What your result means: your tumour has an NTRK fusion and a change in the NTRK gene that has been linked to resistance to larotrectinib.',
	 'shipped'),
	('state:offtarget_mapk',
	 'What your result means: your tumour still has its NTRK fusion, but it has found another way to grow. A change in a different gene (such as KRAS, BRAF or MET) now sends growth signals without needing TRK, so options aim at that other pathway, mostly in clinical trials, or use chemotherapy.',
	 'shipped'),
	('state:ntrk_fusion',
	 'What your result means: your tumour has an NTRK gene fusion. Medicines that block TRK are approved for tumours like yours.',
	 'shipped'),
	('state:ntrk_categorical',
	 'What your result means: your report says the tumour has an NTRK gene fusion, without naming the partner gene. For treatment this counts like any NTRK fusion: the approvals cover NTRK fusions whatever the partner.',
	 'shipped'),
	('state:ntrk_fusion_undecided',
	 'What your result means: your report lists an NTRK fusion, but it does not show clearly whether the part of NTRK that sends the growth signal is included. Your care team may want to check this before choosing a TRK-blocking medicine.',
	 'shipped'),
	('state:ntrk_orientation_unknown',
	 'What your result means: your report names NTRK and another gene, but not which one comes first in the joined gene. Only one order makes a working fusion, so this may need to be checked.',
	 'shipped'),
	('state:ntrk_presumptive',
	 'What your result means: a test showed a break in an NTRK gene, but not which gene it joined. A follow-up test, usually RNA sequencing, can confirm a real fusion.',
	 'shipped'),
	('state:ntrk_reciprocal',
	 'What your result means: your report shows the NTRK gene joined the other way round. This version cannot make the growth signal that TRK-blocking medicines stop, but the matching version often comes with it, and a further test can look for it.',
	 'shipped'),
	('state:ntrk_kinase_lost',
	 'What your result means: your report shows an NTRK fusion that leaves out the part of NTRK that sends the growth signal, so TRK-blocking medicines are not expected to help.',
	 'shipped'),
	('state:ntrk_out_of_frame',
	 'What your result means: your report shows an NTRK fusion that the cell cannot read correctly, so it is not expected to make a working TRK protein, and TRK-blocking medicines are not expected to help.',
	 'shipped'),
	('state:ntrk_intragenic',
	 'What your result means: your report shows a change inside one NTRK gene rather than a join with another gene. This is not an NTRK fusion.',
	 'shipped'),
	('state:other_driver_fusion',
	 'What your result means: your tumour has a gene fusion, but not of an NTRK gene. It involves another gene that has its own targeted medicines, so your care team will follow the guidance for that gene.',
	 'shipped'),
	('state:mutation_only',
	 'What your result means: your tumour has a change in an NTRK gene, but not an NTRK fusion. These are different things: TRK-blocking medicines are approved for fusions, not for NTRK changes like this one on their own.',
	 'shipped'),
	('state:negative',
	 'What your result means: no NTRK fusion was found. Whether that settles the question depends on the test: some tests can miss NTRK fusions, and your care team may suggest an RNA-based test.',
	 'shipped'),
	('state:untested',
	 'What your result means: there is no NTRK fusion test result yet. Testing the tumour, ideally with a broad panel that includes RNA sequencing, shows whether NTRK-targeted medicines are an option.',
	 'shipped');

-- Dump the site's rows, never the shipped ones; read access for everyone ---------

SELECT pg_catalog.pg_extension_config_dump('ntrk_tumour_type', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_disease_stage', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_assay', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_therapy', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_therapy_approval', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_preference', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_evidence_level', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_guidance_rule', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_guidance_rule_seq', '');
SELECT pg_catalog.pg_extension_config_dump('ntrk_assay_result', 'WHERE origin <> ''shipped''');
SELECT pg_catalog.pg_extension_config_dump('ntrk_patient_text', 'WHERE origin <> ''shipped''');

GRANT SELECT ON ntrk_tumour_type, ntrk_disease_stage, ntrk_assay, ntrk_therapy, ntrk_therapy_approval,
	ntrk_preference, ntrk_evidence_level, ntrk_guidance_rule, ntrk_assay_result, ntrk_patient_text
	TO PUBLIC;

-- Argument checking -------------------------------------------------------------

-- Raises the guidance functions' 22023 errors (SQL cannot raise one itself).
-- Not STRICT: a NULL "ok" is reported as an error too (see src/guidance.c).
CREATE FUNCTION ntrk_guidance_check(ok boolean, function_name text, argument text, given text,
									detail text, hint text)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_guidance_check(boolean, text, text, text, text, text) IS
	'true when ok is true; otherwise raises 22023 naming the function, argument and value, with the accepted values as detail (used by the guidance functions)';

-- Case-insensitive match of a typed name against a vocabulary row, shared by
-- the four lookups below.  Not STRICT and written as one expression, so that the planner inlines it
-- into the lookups below (a NULL argument gives NULL).  STABLE, not IMMUTABLE:
-- the text[] cast goes through array_in, which is STABLE.
CREATE FUNCTION ntrk_name_matches(given text, name text, aliases text[])
	RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN pg_catalog.lower(pg_catalog.btrim(given)) = pg_catalog.lower(name)
		OR pg_catalog.lower(pg_catalog.btrim(given)) = ANY (pg_catalog.lower(aliases::text)::text[]);
COMMENT ON FUNCTION ntrk_name_matches(text, text, text[]) IS
	'does a user-typed name (case-insensitive, blanks trimmed) match a vocabulary row''s name or one of its aliases?';

-- Name lookups: the row a user-typed name or alias stands for, exact names
-- before aliases, NULL when unknown (the callers turn NULL into an error).
CREATE FUNCTION ntrk_tumour_type_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT t.tumour_type FROM @extschema@.ntrk_tumour_type AS t
	 WHERE @extschema@.ntrk_name_matches(ntrk_tumour_type_name.name, t.tumour_type, t.aliases)
	 ORDER BY pg_catalog.lower(t.tumour_type) = pg_catalog.lower(pg_catalog.btrim(ntrk_tumour_type_name.name)) DESC,
			  t.tumour_type
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_tumour_type_name(text) IS
	'the ntrk_tumour_type a name or alias stands for (case-insensitive); NULL when unknown';

CREATE FUNCTION ntrk_stage_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT s.stage FROM @extschema@.ntrk_disease_stage AS s
	 WHERE @extschema@.ntrk_name_matches(pg_catalog.regexp_replace(ntrk_stage_name.name, '^\s*stage\s+', '', 'i'),
										 s.stage, s.aliases)
	 ORDER BY s.stage
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_stage_name(text) IS
	'the ntrk_disease_stage a stage or alias stands for ("Stage IVA", "4a", "metastatic"); NULL when unknown';

CREATE FUNCTION ntrk_assay_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT a.assay FROM @extschema@.ntrk_assay AS a
	 WHERE @extschema@.ntrk_name_matches(ntrk_assay_name.name, a.assay, a.aliases)
	 ORDER BY pg_catalog.lower(a.assay) = pg_catalog.lower(pg_catalog.btrim(ntrk_assay_name.name)) DESC, a.assay
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_assay_name(text) IS
	'the ntrk_assay a name or alias stands for ("FISH", "RNA-seq", "liquid biopsy"); NULL when unknown';

CREATE FUNCTION ntrk_therapy_name(name text)
	RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT t.therapy FROM @extschema@.ntrk_therapy AS t
	 WHERE @extschema@.ntrk_name_matches(ntrk_therapy_name.name, t.therapy, t.aliases)
	 ORDER BY pg_catalog.lower(t.therapy) = pg_catalog.lower(pg_catalog.btrim(ntrk_therapy_name.name)) DESC, t.therapy
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_therapy_name(text) IS
	'the ntrk_therapy a generic name, brand name or code stands for ("Vitrakvi", "LOXO-195"); NULL when unknown';

-- The three results ntrk_assay_result knows, from the words labs write.
CREATE FUNCTION ntrk_assay_result_word(word text)
	RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE pg_catalog.lower(pg_catalog.btrim(word))
		WHEN 'positive' THEN 'positive' WHEN 'pos' THEN 'positive' WHEN 'detected' THEN 'positive'
		WHEN 'fusion detected' THEN 'positive'
		WHEN 'negative' THEN 'negative' WHEN 'neg' THEN 'negative' WHEN 'not detected' THEN 'negative'
		WHEN 'no fusion detected' THEN 'negative'
		WHEN 'failed' THEN 'failed' WHEN 'fail' THEN 'failed' WHEN 'insufficient' THEN 'failed'
		WHEN 'qns' THEN 'failed' WHEN 'invalid' THEN 'failed' WHEN 'no result' THEN 'failed'
	END;
COMMENT ON FUNCTION ntrk_assay_result_word(text) IS
	'positive, negative or failed for a lab''s result word (detected, not detected, QNS, ...); NULL when unknown';

-- A tumour type and its ancestors, so that a rule written for a broader type
-- applies; the distance ranks the more specific rule first.
-- Not STRICT: NULL means "tumour type not known" and gives the roots.
CREATE FUNCTION ntrk_tumour_lineage(name text)
	RETURNS TABLE (tumour_type text, depth integer)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE start AS MATERIALIZED (
		SELECT @extschema@.ntrk_tumour_type_name(ntrk_tumour_lineage.name) AS tumour_type
	), up(tumour_type, depth) AS (
		SELECT t.tumour_type, 0
		  FROM @extschema@.ntrk_tumour_type AS t, start
		 WHERE CASE WHEN ntrk_tumour_lineage.name IS NULL THEN t.parent IS NULL
					ELSE t.tumour_type = start.tumour_type END
		UNION
		SELECT t.parent, up.depth + 1
		  FROM up JOIN @extschema@.ntrk_tumour_type AS t ON t.tumour_type = up.tumour_type
		 WHERE t.parent IS NOT NULL AND up.depth < 32
	)
	SELECT up.tumour_type, pg_catalog.min(up.depth)::integer FROM up GROUP BY up.tumour_type;
END;
COMMENT ON FUNCTION ntrk_tumour_lineage(text) IS
	'a tumour type and the broader types above it, with their distance (0 = the type itself); the root types when the name is NULL, nothing when it is unknown';

-- Validates the patient context shared by the guidance functions, so that a
-- typo is an error listing the accepted values rather than a silent empty
-- answer.  Not STRICT: every argument is optional; NULL means "not known".  Each test
-- is a CASE so that the list of accepted values is built only on failure.
CREATE FUNCTION ntrk_guidance_context_check(function_name text, prior_trk_inhibitors text[], age numeric,
											stage text, tumour_type text)
	RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN ntrk_guidance_context_check.tumour_type IS NULL
					 OR @extschema@.ntrk_tumour_type_name(ntrk_guidance_context_check.tumour_type) IS NOT NULL
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'tumour_type', ntrk_guidance_context_check.tumour_type,
						'Accepted values: ' || (SELECT pg_catalog.string_agg(t.tumour_type, ', ' ORDER BY t.tumour_type COLLATE "C")
												  FROM @extschema@.ntrk_tumour_type AS t) || '.',
						'Pass NULL when the tumour type is not known; the aliases in ntrk_tumour_type are accepted too, and a site can add rows there.')
		   END
	   AND CASE WHEN ntrk_guidance_context_check.stage IS NULL
					 OR @extschema@.ntrk_stage_name(ntrk_guidance_context_check.stage) IS NOT NULL
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'stage', ntrk_guidance_context_check.stage,
						'Accepted values: ' || (SELECT pg_catalog.string_agg(s.stage, ', ' ORDER BY s.stage COLLATE "C")
												  FROM @extschema@.ntrk_disease_stage AS s) || '.',
						'Pass NULL when the stage is not known; a leading "stage" and the aliases in ntrk_disease_stage are accepted too.')
		   END
	   AND CASE WHEN ntrk_guidance_context_check.age IS NULL OR ntrk_guidance_context_check.age BETWEEN 0 AND 130
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'age', ntrk_guidance_context_check.age::text,
						'Age is given in years, from 0 to 130 (0.5 = six months).',
						'Pass NULL when the age is not known.')
		   END
	   AND CASE WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(ntrk_guidance_context_check.prior_trk_inhibitors) AS p(p)
								  WHERE NOT coalesce((SELECT t.trk_inhibitor FROM @extschema@.ntrk_therapy AS t
													   WHERE t.therapy = @extschema@.ntrk_therapy_name(p.p)), false))
				THEN true
				ELSE @extschema@.ntrk_guidance_check(false,
						ntrk_guidance_context_check.function_name, 'prior_trk_inhibitors',
						(SELECT pg_catalog.string_agg(coalesce(p.p, 'NULL'), ', ')
						   FROM pg_catalog.unnest(ntrk_guidance_context_check.prior_trk_inhibitors) AS p(p)
						  WHERE NOT coalesce((SELECT t.trk_inhibitor FROM @extschema@.ntrk_therapy AS t
											   WHERE t.therapy = @extschema@.ntrk_therapy_name(p.p)), false)),
						'Accepted values (TRK inhibitors in ntrk_therapy, or their aliases): '
						|| (SELECT pg_catalog.string_agg(t.therapy, ', ' ORDER BY t.therapy COLLATE "C")
							  FROM @extschema@.ntrk_therapy AS t WHERE t.trk_inhibitor) || '.',
						'Pass an empty array when no TRK inhibitor was given and NULL when it is not known.')
		   END;
END;
COMMENT ON FUNCTION ntrk_guidance_context_check(text, text[], numeric, text, text) IS
	'true when the patient context is acceptable; otherwise raises 22023 listing the accepted tumour types, stages or TRK inhibitors (used by the guidance functions)';

-- The patient's biomarker state -------------------------------------------------
--
-- One state per patient, from ntrk_classify and ntrk_variant_class (never a
-- classifier of its own), taking the patient's best NTRK fusion as the
-- aggregate ntrk_patient_status picks it:
--	- an actionable fusion (ntrk_fusion, ntrk_categorical) with a listed
--	  resistance mutation in the fused NTRK gene takes the mutation's class
--	  (xdfg before solvent_front before gatekeeper before kinase_other: the
--	  class that leaves fewest options wins); a listed off-target alteration
--	  counts only after a TRK inhibitor (before one it is a co-alteration);
--	- any other NTRK fusion class is the state (ntrk_fusion whose kinase
--	  retention cannot be decided is ntrk_fusion_undecided);
--	- otherwise a fusion of another driver gene, then an NTRK mutation or
--	  amplification (mutation_only), then untested (fusions NULL) or negative.
-- A listed resistance mutation with no TRK inhibitor recorded still takes
-- its class: it predicts the same resistance (ntrk_patient_status calls such
-- a patient indeterminate, and its reason says so).

-- Not STRICT: fusions NULL means "no fusion result"; the others are optional.
CREATE FUNCTION ntrk_guidance_state(fusions fusion[], mutations text[] DEFAULT NULL,
									 prior_trk_inhibitors text[] DEFAULT NULL,
									 OUT state ntrk_biomarker_state, OUT ntrk_gene text, OUT fusion text,
									 OUT resistance text[], OUT prior_trk_inhibitor boolean,
									 OUT ntrk_status ntrk_status, OUT reason text)
	RETURNS record
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH fus AS (
		SELECT f.f, @extschema@.ntrk_classify(f.f) AS c
		  FROM pg_catalog.unnest(ntrk_guidance_state.fusions) AS f(f)
		 WHERE f.f IS NOT NULL
	), var AS (
		SELECT @extschema@.ntrk_variant_class(NULL, m.m) AS v
		  FROM pg_catalog.unnest(ntrk_guidance_state.mutations) AS m(m)
		 WHERE m.m IS NOT NULL
	), prior AS (
		SELECT CASE WHEN ntrk_guidance_state.prior_trk_inhibitors IS NOT NULL
					THEN pg_catalog.cardinality(ntrk_guidance_state.prior_trk_inhibitors) > 0 END AS given
	), patient AS (
		SELECT @extschema@.ntrk_patient_status(r.f, NULL, NULL, r.m, r.p) AS s
		  FROM (SELECT fus.f, NULL::text AS m, NULL::boolean AS p FROM fus
				UNION ALL
				SELECT NULL, m.m, NULL FROM pg_catalog.unnest(ntrk_guidance_state.mutations) AS m(m)
				 WHERE m.m IS NOT NULL
				UNION ALL
				SELECT NULL, NULL, prior.given FROM prior WHERE prior.given IS NOT NULL) AS r
	), best AS (
		SELECT patient.s,
			   (SELECT fus.c FROM fus WHERE fus.f::text = (patient.s).fusion ORDER BY 1 LIMIT 1) AS c
		  FROM patient
	), found AS (
		SELECT best.s, best.c, prior.given AS prior,
			   ARRAY(SELECT DISTINCT (var.v).variant_class FROM var
					  WHERE (var.v).known_resistance AND (var.v).gene = (best.c).ntrk_gene) AS on_target,
			   EXISTS (SELECT 1 FROM var WHERE (var.v).known_resistance
											AND (var.v).variant_class = 'offtarget_mapk') AS off_target
		  FROM best, prior
	)
	SELECT (CASE
				WHEN (found.c).class IN ('ntrk_fusion', 'ntrk_categorical') AND (found.c).actionable THEN
					CASE
						WHEN 'xdfg' = ANY (found.on_target) THEN 'xdfg'
						WHEN 'solvent_front' = ANY (found.on_target) THEN 'solvent_front'
						WHEN 'gatekeeper' = ANY (found.on_target) THEN 'gatekeeper'
						WHEN 'kinase_other' = ANY (found.on_target) THEN 'kinase_other'
						WHEN found.off_target AND found.prior THEN 'offtarget_mapk'
						ELSE (found.c).class::text
					END
				WHEN (found.c).class = 'ntrk_fusion' THEN 'ntrk_fusion_undecided'
				WHEN (found.c).class NOT IN ('other_driver_fusion', 'not_ntrk') THEN (found.c).class::text
				WHEN EXISTS (SELECT 1 FROM fus WHERE (fus.c).class = 'other_driver_fusion') THEN 'other_driver_fusion'
				WHEN EXISTS (SELECT 1 FROM var WHERE (var.v).gene IN ('NTRK1', 'NTRK2', 'NTRK3')) THEN 'mutation_only'
				WHEN ntrk_guidance_state.fusions IS NULL THEN 'untested'
				ELSE 'negative'
			END)::@extschema@.ntrk_biomarker_state,
		   coalesce((found.c).ntrk_gene,
					(SELECT pg_catalog.min((var.v).gene) FROM var WHERE (var.v).gene IN ('NTRK1', 'NTRK2', 'NTRK3'))),
		   (found.s).fusion,
		   ARRAY(SELECT (var.v).gene || ' ' || (var.v).protein_change FROM var
				  WHERE (var.v).known_resistance
					AND ((var.v).gene = (found.c).ntrk_gene
						 OR ((var.v).variant_class = 'offtarget_mapk' AND found.prior))
				  ORDER BY 1),
		   found.prior,
		   coalesce((found.s).status,
					CASE WHEN ntrk_guidance_state.fusions IS NOT NULL THEN 'negative'::@extschema@.ntrk_status END),
		   coalesce((found.s).reason,
					CASE WHEN ntrk_guidance_state.fusions IS NULL THEN 'No fusion result was given.'
						 ELSE 'No NTRK fusion or mutation was given.' END)
	  FROM found
	 WHERE @extschema@.ntrk_guidance_context_check('ntrk_guidance_state', ntrk_guidance_state.prior_trk_inhibitors,
												   NULL, NULL, NULL);
END;
COMMENT ON FUNCTION ntrk_guidance_state(fusion[], text[], text[]) IS
	'the patient''s biomarker state for therapy guidance (from ntrk_classify, ntrk_variant_class and ntrk_patient_status), with the NTRK gene, best fusion, resistance alterations, prior TRK inhibitor, status and reason';

-- Guidance ------------------------------------------------------------------------
--
-- A rule applies when the patient's state is one of its states, its tumour
-- type is the patient's or a broader one, its NTRK genes (if any) include the
-- fused gene, and each context condition it sets (prior TRK inhibitor, brain
-- metastases, age, advanced stage) holds.  When the patient's value for a
-- condition is unknown (NULL), the rule is left out and a caveat names the
-- argument and the options that depend on it.  A rule listed in the
-- "supersedes" of an applying rule is dropped; then, per option (therapy,
-- test, or statement), the rule of highest priority wins, ties going to the
-- more specific tumour type and the more specific conditions.  Options are
-- ranked by preference and sort_order (equal values share a rank).  When no
-- rule applies, one row says so and carries the caveats.

-- Not STRICT: every argument is optional; NULL means "not known".
CREATE FUNCTION ntrk_guidance(fusions fusion[] DEFAULT NULL,
							  mutations text[] DEFAULT NULL,
							  prior_trk_inhibitors text[] DEFAULT NULL,
							  cns_metastases boolean DEFAULT NULL,
							  age numeric DEFAULT NULL,
							  stage text DEFAULT NULL,
							  tumour_type text DEFAULT NULL)
	RETURNS TABLE (rank integer, biomarker_state ntrk_biomarker_state, therapy text, next_test text,
				   recommendation text, line text, preference text, evidence_level text, guideline_category text,
				   rationale text, caveats text[], approvals text, source text, source_date text,
				   rule_key text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH ctx AS (
		SELECT g.state, g.ntrk_gene, g.resistance, g.prior_trk_inhibitor AS prior,
			   ntrk_guidance.cns_metastases AS cns,
			   ntrk_guidance.age AS age,
			   st.stage, st.advanced,
			   ARRAY(SELECT @extschema@.ntrk_therapy_name(p.p)
					   FROM pg_catalog.unnest(ntrk_guidance.prior_trk_inhibitors) AS p(p)) AS received
		  FROM @extschema@.ntrk_guidance_state(ntrk_guidance.fusions, ntrk_guidance.mutations,
											   ntrk_guidance.prior_trk_inhibitors) AS g
		  LEFT JOIN @extschema@.ntrk_disease_stage AS st
				 ON st.stage = @extschema@.ntrk_stage_name(ntrk_guidance.stage)
	), candidate AS (
		SELECT r.*, l.depth,
			   coalesce(r.therapy, r.next_test || ' test', r.rule_key) AS label,
			   (r.prior_trk IS NULL OR r.prior_trk = ctx.prior) AS prior_ok,
			   (r.cns_metastases IS NULL OR r.cns_metastases = ctx.cns) AS cns_ok,
			   ((r.min_age IS NULL OR ctx.age >= r.min_age)
				AND (r.max_age IS NULL OR ctx.age < r.max_age)) AS age_ok,
			   (r.advanced IS NULL OR r.advanced = ctx.advanced) AS stage_ok,
			   (r.prior_trk IS NOT NULL)::integer + (r.cns_metastases IS NOT NULL)::integer
			   + (r.min_age IS NOT NULL OR r.max_age IS NOT NULL)::integer
			   + (r.advanced IS NOT NULL)::integer + (r.ntrk_genes IS NOT NULL)::integer AS specificity
		  FROM ctx
		  JOIN @extschema@.ntrk_guidance_rule AS r
			ON ctx.state = ANY (r.states)
		   AND (r.ntrk_genes IS NULL OR ctx.ntrk_gene = ANY (r.ntrk_genes))
		  JOIN @extschema@.ntrk_tumour_lineage(ntrk_guidance.tumour_type) AS l
			ON l.tumour_type = r.tumour_type
	), applied AS (
		SELECT c.* FROM candidate AS c
		 WHERE c.prior_ok AND c.cns_ok AND c.age_ok AND c.stage_ok
	), pending AS (
		SELECT c.* FROM candidate AS c
		 WHERE (c.prior_ok AND c.cns_ok AND c.age_ok AND c.stage_ok) IS NULL
	), chosen AS (
		SELECT a.*,
			   pg_catalog.row_number() OVER (PARTITION BY a.label
											 ORDER BY a.priority DESC, a.depth, a.specificity DESC,
													  a.rule_key) AS pick
		  FROM applied AS a
		 WHERE NOT EXISTS (SELECT 1 FROM applied AS s WHERE a.rule_key = ANY (s.supersedes))
	), missing AS (
		SELECT pg_catalog.array_remove(ARRAY[
				(SELECT 'mutations not used (they are not on the fused ' || ctx.ntrk_gene || '): '
						|| pg_catalog.string_agg(m.m, ', ' ORDER BY m.n)
				   FROM pg_catalog.unnest(ntrk_guidance.mutations) WITH ORDINALITY AS m(m, n)
				  CROSS JOIN LATERAL @extschema@.ntrk_variant_class(NULL, m.m) AS v
				  WHERE m.m IS NOT NULL
					AND v.gene IN ('NTRK1', 'NTRK2', 'NTRK3') AND v.gene <> ctx.ntrk_gene),
				CASE WHEN ntrk_guidance.fusions IS NULL AND ctx.state <> 'untested' THEN
					'fusions not given: the answer assumes no NTRK fusion was found; a fusion result would change it'
				END,
				CASE WHEN ntrk_guidance.tumour_type IS NULL AND EXISTS (
						SELECT 1 FROM @extschema@.ntrk_guidance_rule AS r
						  JOIN @extschema@.ntrk_tumour_type AS t ON t.tumour_type = r.tumour_type
						 WHERE t.parent IS NOT NULL AND ctx.state = ANY (r.states)) THEN
					'tumour_type not given: only the rules written for all solid tumours were applied; tumour-specific rules (e.g. NSCLC) would change the answer'
				END,
				(SELECT 'prior_trk_inhibitors not given; it decides: '
						|| pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
						|| ' (pass an empty array when no TRK inhibitor was given)'
				   FROM pending AS p WHERE p.prior_ok IS NULL),
				(SELECT 'cns_metastases not given; it decides: '
						|| pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
				   FROM pending AS p WHERE p.cns_ok IS NULL),
				(SELECT 'age not given; it decides: ' || pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
				   FROM pending AS p WHERE p.age_ok IS NULL),
				(SELECT CASE WHEN ctx.stage IS NULL THEN 'stage not given; it decides: '
							 ELSE 'stage ' || ctx.stage || ' does not say whether the disease is metastatic or unresectable (pass resectable or unresectable); it decides: '
						END || pg_catalog.string_agg(DISTINCT p.label COLLATE "C", ', ' ORDER BY p.label COLLATE "C")
				   FROM pending AS p WHERE p.stage_ok IS NULL)
			   ], NULL) AS notes
		  FROM ctx
	), answer AS (
		SELECT pg_catalog.rank() OVER (ORDER BY pr.ordinal, c.sort_order)::integer AS rank,
			   ctx.state AS biomarker_state, c.therapy, c.next_test, c.recommendation,
			   -- the rule's line, else the patient's (a rule for any line is
			   -- offered to this patient at the line the patient is at)
			   CASE coalesce(c.prior_trk, ctx.prior) WHEN false THEN 'first line'
					WHEN true THEN 'after a TRK inhibitor' ELSE 'any line' END AS line,
			   c.preference, c.evidence_level, c.guideline_category, c.rationale,
			   pg_catalog.array_remove(ARRAY[
					c.caveat,
					CASE WHEN c.therapy = ANY (ctx.received) THEN 'already received ' || c.therapy END,
					(SELECT pg_catalog.string_agg(DISTINCT a.agency COLLATE "C", ' and ' ORDER BY a.agency COLLATE "C")
							|| ': indication excludes tumours with a known acquired resistance mutation ('
							|| pg_catalog.array_to_string(ctx.resistance, ', ') || ')'
					   FROM @extschema@.ntrk_therapy_approval AS a
					  WHERE a.therapy = c.therapy AND a.excludes_resistance_mutation
						AND ctx.state IN ('xdfg', 'solvent_front', 'gatekeeper', 'kinase_other')),
					(SELECT pg_catalog.string_agg(DISTINCT a.agency COLLATE "C", ' and ' ORDER BY a.agency COLLATE "C")
							|| ': indication covers only patients not treated with an NTRK inhibitor before'
					   FROM @extschema@.ntrk_therapy_approval AS a
					  WHERE a.therapy = c.therapy AND a.trk_inhibitor_naive_only AND ctx.prior),
					(SELECT 'younger than every approval of ' || c.therapy || ' allows (youngest: '
							|| (pg_catalog.array_agg(a.age_limit ORDER BY a.min_age_years))[1] || ')'
					   FROM @extschema@.ntrk_therapy_approval AS a
					  WHERE a.therapy = c.therapy
					 HAVING pg_catalog.bool_and(ctx.age < a.min_age_years))
				   ], NULL) || m.notes AS caveats,
			   (SELECT pg_catalog.string_agg(a.agency || ' ' || a.approval_type || ' '
											 || coalesce(pg_catalog.to_char(a.approval_date::timestamp, 'YYYY-MM-DD'),
														 'date not recorded')
											 || ': ' || a.age_limit,
											 '; ' ORDER BY a.approval_date NULLS LAST, a.agency COLLATE "C")
				  FROM @extschema@.ntrk_therapy_approval AS a WHERE a.therapy = c.therapy) AS approvals,
			   c.source, c.source_date, c.rule_key
		  FROM chosen AS c
		  JOIN @extschema@.ntrk_preference AS pr ON pr.preference = c.preference,
			   ctx, missing AS m
		 WHERE c.pick = 1
		UNION ALL
		SELECT 1, ctx.state, NULL, NULL,
			   'No guidance rule applies with the context given',
			   NULL, NULL, NULL, NULL,
			   'Every rule for this biomarker state depends on context that is missing or does not match.',
			   m.notes, NULL, 'ntrk guidance rules', NULL, NULL
		  FROM ctx, missing AS m
		 WHERE NOT EXISTS (SELECT 1 FROM chosen AS c WHERE c.pick = 1)
	)
	SELECT answer.* FROM answer
	 WHERE @extschema@.ntrk_guidance_context_check('ntrk_guidance', ntrk_guidance.prior_trk_inhibitors,
												   ntrk_guidance.age, ntrk_guidance.stage,
												   ntrk_guidance.tumour_type)
	 ORDER BY answer.rank, answer.therapy COLLATE "C", answer.recommendation COLLATE "C";
END;
COMMENT ON FUNCTION ntrk_guidance(fusion[], text[], text[], boolean, numeric, text, text) IS
	'ranked options for one patient (fusions, mutations, prior TRK inhibitors, brain metastases, age, stage, tumour type): therapy or next test, evidence level, rationale, caveats, approvals and source; use in CROSS JOIN LATERAL over a patient table';

-- One-fusion convenience form, for patient tables with a fusion column.
-- Not STRICT: a NULL fusion means "no fusion result", like fusions => NULL.
CREATE FUNCTION ntrk_guidance(fusion fusion,
							  mutations text[] DEFAULT NULL,
							  prior_trk_inhibitors text[] DEFAULT NULL,
							  cns_metastases boolean DEFAULT NULL,
							  age numeric DEFAULT NULL,
							  stage text DEFAULT NULL,
							  tumour_type text DEFAULT NULL)
	RETURNS TABLE (rank integer, biomarker_state ntrk_biomarker_state, therapy text, next_test text,
				   recommendation text, line text, preference text, evidence_level text, guideline_category text,
				   rationale text, caveats text[], approvals text, source text, source_date text,
				   rule_key text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT g.* FROM @extschema@.ntrk_guidance(
			fusions => CASE WHEN ntrk_guidance.fusion IS NOT NULL THEN ARRAY[ntrk_guidance.fusion] END,
			mutations => ntrk_guidance.mutations,
			prior_trk_inhibitors => ntrk_guidance.prior_trk_inhibitors,
			cns_metastases => ntrk_guidance.cns_metastases,
			age => ntrk_guidance.age,
			stage => ntrk_guidance.stage,
			tumour_type => ntrk_guidance.tumour_type) AS g;
END;
COMMENT ON FUNCTION ntrk_guidance(fusion, text[], text[], boolean, numeric, text, text) IS
	'ntrk_guidance for a patient with one fusion (NULL = no fusion result); same output as the fusion[] form';

-- Test informativeness --------------------------------------------------------------

-- Is this assay's result informative, why not, and what to test next: the
-- matching ntrk_assay_result row, the site's and the most specific first.
-- Not STRICT: tumour_type is optional; a NULL assay or result gives no row.
CREATE FUNCTION ntrk_test_informativeness(assay text, result text, tumour_type text DEFAULT NULL)
	RETURNS TABLE (tested_assay text, tested_result text, informative boolean, meaning text,
				   why_not text, next_test text, source text)
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT r.assay, r.result, r.informative, r.meaning, r.why_not, r.next_test, r.source
	  FROM @extschema@.ntrk_assay_result AS r
	  LEFT JOIN @extschema@.ntrk_tumour_lineage(ntrk_test_informativeness.tumour_type) AS l
			 ON l.tumour_type = r.tumour_type
	 WHERE r.assay = @extschema@.ntrk_assay_name(ntrk_test_informativeness.assay)
	   AND r.result = @extschema@.ntrk_assay_result_word(ntrk_test_informativeness.result)
	   AND (r.tumour_type IS NULL OR l.tumour_type IS NOT NULL)
	   AND @extschema@.ntrk_guidance_check(
			ntrk_test_informativeness.assay IS NULL
			OR @extschema@.ntrk_assay_name(ntrk_test_informativeness.assay) IS NOT NULL,
			'ntrk_test_informativeness', 'assay', ntrk_test_informativeness.assay,
			'Accepted values: ' || (SELECT pg_catalog.string_agg(a.assay, ', ' ORDER BY a.assay COLLATE "C")
									  FROM @extschema@.ntrk_assay AS a) || '.',
			'The aliases in ntrk_assay (FISH, IHC, RNA-seq, liquid biopsy, ...) are accepted too, and a site can add rows there.')
	   AND @extschema@.ntrk_guidance_check(
			ntrk_test_informativeness.result IS NULL
			OR @extschema@.ntrk_assay_result_word(ntrk_test_informativeness.result) IS NOT NULL,
			'ntrk_test_informativeness', 'result', ntrk_test_informativeness.result,
			'Accepted values: positive (pos, detected, fusion detected), negative (neg, not detected, no fusion detected), failed (fail, insufficient, QNS, invalid, no result).',
			'Give the result of the NTRK fusion test.')
	   AND @extschema@.ntrk_guidance_context_check('ntrk_test_informativeness', NULL, NULL, NULL,
												   ntrk_test_informativeness.tumour_type)
	 ORDER BY r.priority DESC, l.depth NULLS LAST, r.origin = 'shipped'
	 LIMIT 1;
END;
COMMENT ON FUNCTION ntrk_test_informativeness(text, text, text) IS
	'for an NTRK fusion assay and its result (and optionally the tumour type): is the result informative, why not, and the recommended next test';

-- Patient explanation -------------------------------------------------------------

-- A patient-facing text assembled from ntrk_patient_text, the state and the
-- options of ntrk_guidance (in plain words from ntrk_therapy, ntrk_assay).
-- Not STRICT: the same optional arguments as ntrk_guidance.
CREATE FUNCTION ntrk_patient_explanation(fusions fusion[] DEFAULT NULL,
										 mutations text[] DEFAULT NULL,
										 prior_trk_inhibitors text[] DEFAULT NULL,
										 cns_metastases boolean DEFAULT NULL,
										 age numeric DEFAULT NULL,
										 stage text DEFAULT NULL,
										 tumour_type text DEFAULT NULL)
	RETURNS text
	LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH options AS (
		SELECT g.* FROM @extschema@.ntrk_guidance(
				fusions => ntrk_patient_explanation.fusions,
				mutations => ntrk_patient_explanation.mutations,
				prior_trk_inhibitors => ntrk_patient_explanation.prior_trk_inhibitors,
				cns_metastases => ntrk_patient_explanation.cns_metastases,
				age => ntrk_patient_explanation.age,
				stage => ntrk_patient_explanation.stage,
				tumour_type => ntrk_patient_explanation.tumour_type) AS g
	), texts AS (
		SELECT DISTINCT ON (p.section) p.section, p.body
		  FROM @extschema@.ntrk_patient_text AS p
		 ORDER BY p.section, p.origin = 'shipped', p.origin
	), state AS (
		SELECT g.state, g.fusion
		  FROM @extschema@.ntrk_guidance_state(ntrk_patient_explanation.fusions,
											   ntrk_patient_explanation.mutations,
											   ntrk_patient_explanation.prior_trk_inhibitors) AS g
	)
	SELECT pg_catalog.concat_ws(E'\n\n',
			(SELECT t.body FROM texts AS t WHERE t.section = 'what_is_ntrk_fusion'),
			(SELECT t.body FROM texts AS t WHERE t.section = 'state:' || state.state::text)
			|| CASE WHEN state.fusion IS NOT NULL THEN
					' The finding on your report: ' || state.fusion || '.'
					ELSE '' END,
			(SELECT E'Options your care team may talk about:\n'
					|| pg_catalog.string_agg('- ' || coalesce(th.patient_name, a.patient_name)
											 || ' (' || pr.patient_phrase || ')',
											 E'\n' ORDER BY o.rank, o.therapy COLLATE "C", o.recommendation COLLATE "C")
			   FROM options AS o
			   JOIN @extschema@.ntrk_preference AS pr ON pr.preference = o.preference
			   LEFT JOIN @extschema@.ntrk_therapy AS th ON th.therapy = o.therapy
			   LEFT JOIN @extschema@.ntrk_assay AS a ON a.assay = o.next_test
			  WHERE o.preference <> 'not recommended' AND (th.therapy IS NOT NULL OR a.assay IS NOT NULL)),
			(SELECT 'Medicines not expected to help in your situation: '
					|| pg_catalog.string_agg(DISTINCT o.therapy COLLATE "C", ', ' ORDER BY o.therapy COLLATE "C") || '.'
			   FROM options AS o
			  WHERE o.preference = 'not recommended' AND o.therapy IS NOT NULL),
			(SELECT t.body FROM texts AS t WHERE t.section = 'questions'),
			(SELECT t.body FROM texts AS t WHERE t.section = 'closing'))
	  FROM state;
END;
COMMENT ON FUNCTION ntrk_patient_explanation(fusion[], text[], text[], boolean, numeric, text, text) IS
	'a short plain-language text for the patient: what an NTRK fusion is, what this result means, the options, and three questions for the care team (paragraphs from ntrk_patient_text)';

------------------------------------------------------------------------------
-- Clinical genomic reports (XML)
------------------------------------------------------------------------------

-- One row per alteration of a FoundationOne-style or FHIR R4 XML report.
--
-- IMMUTABLE like core's xpath() and xml_is_well_formed_document(): the rows
-- depend only on the report text and on tables compiled into the library
-- (gene symbols); no setting, table or file is read, dates are parsed as ISO
-- 8601 without DateStyle.  PARALLEL SAFE: libxml2 state is per process and
-- restored after every call.  The text and xml variants share one C function.
CREATE FUNCTION ntrk_report_alterations(report text)
	RETURNS TABLE (format text, report_id text, sample_id text, specimen text,
				   test_name text, collection_date date, report_date date,
				   alteration text, gene text, fusion fusion,
				   order_inferred boolean, exon5 integer, exon3 integer,
				   intron5 integer, intron3 integer, reading_frame text,
				   protein_change text, dna_change text, transcript text,
				   allele_fraction double precision,
				   copy_number double precision, effect text, status text,
				   source_path text, source_line integer)
	AS 'MODULE_PATHNAME', 'ntrk_report_alterations'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION ntrk_report_alterations(report xml)
	RETURNS TABLE (format text, report_id text, sample_id text, specimen text,
				   test_name text, collection_date date, report_date date,
				   alteration text, gene text, fusion fusion,
				   order_inferred boolean, exon5 integer, exon3 integer,
				   intron5 integer, intron3 integer, reading_frame text,
				   protein_change text, dna_change text, transcript text,
				   allele_fraction double precision,
				   copy_number double precision, effect text, status text,
				   source_path text, source_line integer)
	AS 'MODULE_PATHNAME', 'ntrk_report_alterations'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION ntrk_report_alterations(text) IS
	'alterations (fusions, short variants, copy numbers) of a FoundationOne-style or FHIR R4 XML report, one row each; at most 10 MB, no DTD';
COMMENT ON FUNCTION ntrk_report_alterations(xml) IS
	'alterations (fusions, short variants, copy numbers) of a FoundationOne-style or FHIR R4 XML report, one row each; at most 10 MB, no DTD';
------------------------------------------------------------------------------
-- Registry ingestion: file loaders, the registry trigger and its quarantine
------------------------------------------------------------------------------

-- Not STRICT: a NULL format means 'auto', NULL caller_name/sample_name mean
-- "take them from the file", and NULL content gives no rows.
CREATE FUNCTION ntrk_load_calls(content text, format text DEFAULT 'auto',
								caller_name text DEFAULT NULL,
								sample_name text DEFAULT NULL)
	RETURNS TABLE (sample_id text, fusion fusion, order_inferred boolean,
				   reading_frame text, exon5 integer, exon3 integer,
				   transcript5 text, transcript3 text,
				   breakpoint5 text, breakpoint3 text,
				   split_reads integer, spanning_reads integer, caller text,
				   line_number integer, original_line text, error text, note text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_load_calls(text, text, text, text) IS
	'read a fusion caller or portal file (star-fusion, arriba, fusioncatcher, jaffa, cbioportal-sv, cbioportal-fusions, sample-fusion, or auto) and return one row per call with the true 5''->3'' fusion; lines that cannot be read come back with a NULL fusion and an error';

-- Quarantine: rows the registry trigger could not read.  All rows are user
-- data, so pg_dump keeps them (pg_extension_config_dump below).
CREATE SEQUENCE ntrk_quarantine_id_seq;
COMMENT ON SEQUENCE ntrk_quarantine_id_seq IS
	'ids of ntrk_quarantine rows';

CREATE TABLE ntrk_quarantine (
	id bigint PRIMARY KEY
		DEFAULT pg_catalog.nextval('ntrk_quarantine_id_seq'::pg_catalog.regclass),
	table_schema text NOT NULL,
	table_name text NOT NULL,
	operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE')),
	action text NOT NULL CHECK (action IN ('kept', 'skipped')),
	raw_value text NOT NULL,
	error text NOT NULL,
	sqlstate text NOT NULL,
	row_data jsonb NOT NULL,
	old_row jsonb,
	quarantined_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	quarantined_by text NOT NULL
);
CREATE INDEX ntrk_quarantine_table_idx ON ntrk_quarantine (table_schema, table_name, id);

COMMENT ON TABLE ntrk_quarantine IS
	'rows ntrk_registry_trigger could not read, with the error; ntrk_quarantine_retry moves them back once they parse';
COMMENT ON COLUMN ntrk_quarantine.id IS 'order of arrival';
COMMENT ON COLUMN ntrk_quarantine.table_schema IS 'schema of the table the row was written to';
COMMENT ON COLUMN ntrk_quarantine.table_name IS 'table the row was written to';
COMMENT ON COLUMN ntrk_quarantine.operation IS 'INSERT or UPDATE';
COMMENT ON COLUMN ntrk_quarantine.action IS 'kept: the row was stored with a NULL fusion; skipped: it was not stored (for UPDATE: the old row stayed)';
COMMENT ON COLUMN ntrk_quarantine.raw_value IS 'the raw fusion text that failed';
COMMENT ON COLUMN ntrk_quarantine.error IS 'why it failed';
COMMENT ON COLUMN ntrk_quarantine.sqlstate IS 'the SQLSTATE the error would have had (22P02)';
COMMENT ON COLUMN ntrk_quarantine.row_data IS 'the row as it was written, as jsonb';
COMMENT ON COLUMN ntrk_quarantine.old_row IS 'for UPDATE: the row before the update, as jsonb';
COMMENT ON COLUMN ntrk_quarantine.quarantined_at IS 'time of the transaction that wrote the row';
COMMENT ON COLUMN ntrk_quarantine.quarantined_by IS 'the user who wrote the row';
COMMENT ON INDEX ntrk_quarantine_table_idx IS 'finds one table''s quarantined rows in order';

SELECT pg_catalog.pg_extension_config_dump('ntrk_quarantine', '');
SELECT pg_catalog.pg_extension_config_dump('ntrk_quarantine_id_seq', '');

-- Registry trigger.  Writes the quarantine, so it is VOLATILE and
-- PARALLEL UNSAFE.
CREATE FUNCTION ntrk_registry_trigger() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION ntrk_registry_trigger() IS
	'BEFORE INSERT OR UPDATE row trigger: parses the raw column (argument 1) into the fusion column (argument 2), fills classification columns (class=, ntrk_gene=, partner=, driver_gene=, actionable=, orientation_inferred=, kinase_kept=, reason=; frame= names the reading-frame column) and sends bad rows to ntrk_quarantine, keeping them with a NULL fusion (on_error=keep, default) or skipping them (on_error=skip)';

CREATE FUNCTION ntrk_quarantine_retry(tbl regclass)
	RETURNS TABLE (quarantine_id bigint, outcome text, error text)
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;
COMMENT ON FUNCTION ntrk_quarantine_retry(regclass) IS
	'parse the table''s quarantined rows again and move those that now parse back into it (inserted / updated / resolved), in the caller''s transaction; the others stay (still failing, failed, no key, row gone)';
