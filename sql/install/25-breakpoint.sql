------------------------------------------------------------------------------
-- Genomic breakpoints on NTRK1/2/3 (GRCh37 and GRCh38)
------------------------------------------------------------------------------
-- The exon coordinates are compiled into the library from
-- data/ntrk_exons.tsv (see docs/kinase-retention.md for the sources).

CREATE TYPE ntrk_breakpoint_site AS (
	gene text,
	genome_build text,
	chromosome text,
	"position" integer,
	transcript text,
	region text,
	region_number integer,
	first_exon_3prime integer,
	last_exon_5prime integer,
	kinase_kept boolean,
	note text
);
COMMENT ON TYPE ntrk_breakpoint_site IS
	'result of ntrk_breakpoint: gene, build, chromosome and position as given, reference transcript, region (exon, intron, upstream, downstream), exon or intron number, first exon of a 3'' segment and last exon of a 5'' segment from the breakpoint, whether a 3'' segment keeps the kinase domain, and a note';

-- STRICT: a NULL argument gives NULL.
CREATE FUNCTION ntrk_breakpoint(gene text, breakpoint text, genome_build text)
	RETURNS ntrk_breakpoint_site
	AS 'MODULE_PATHNAME', 'ntrk_breakpoint_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_breakpoint(text, text, text) IS
	'map a genomic breakpoint (chr15:87940753:-, 15:87940753, chr15 87940753) on NTRK1, NTRK2 or NTRK3 to an exon or intron of the reference transcript on GRCh37 or GRCh38 (hg19, hg38, 37, 38), with kinase retention for a 3'' segment; 22023 when it lies off the gene';

CREATE FUNCTION ntrk_breakpoint(gene text, chromosome text, "position" bigint, genome_build text)
	RETURNS ntrk_breakpoint_site
	AS 'MODULE_PATHNAME', 'ntrk_breakpoint_at_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ntrk_breakpoint(text, text, bigint, text) IS
	'ntrk_breakpoint with the chromosome and the 1-based position in separate arguments (JAFFA, cBioPortal Site*_Chromosome / Site*_Position)';
