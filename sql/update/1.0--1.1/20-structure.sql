-- structure (issue 19): the NTRK knowledge is generated from data files;
-- ntrk_knowledge_version() says which knowledge a build carries.
CREATE FUNCTION ntrk_knowledge_version() RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_knowledge_version() IS 'digest and table sizes of the built-in NTRK knowledge (data/*.tsv, sources in docs/sources.md)';
