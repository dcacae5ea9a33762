--
-- Genomic breakpoints on NTRK1/2/3: ntrk_breakpoint on GRCh37 and GRCh38.
-- The positions are real caller output (STAR-Fusion, Arriba, FusionCatcher,
-- JAFFA test fixtures) and published breakends; see test/unit/test_breakpoint.c
-- for the exhaustive exon-boundary tests of the same core.
--
\pset null '(null)'

-- Report SQLSTATE and message of a statement instead of failing.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- Callers' forms and build names.
SELECT b.gene, b.breakpoint, b.build, s.transcript, s.region, s.region_number,
	   s.first_exon_3prime, s.last_exon_5prime, s.kinase_kept
  FROM (VALUES ('NTRK3', 'chr15:87940753:-', 'GRCh38'),	-- ETV6::NTRK3, STAR-Fusion
			   ('NTRK3', '15:87940753', 'hg38'),			-- Arriba
			   ('NTRK3', 'chr15 87940753 -', '38'),		-- JAFFA columns
			   ('NTRK3', '15:88483984', 'GRCh37'),			-- same junction, GRCh37
			   ('NTRK3', '15:87941485:-', 'GRCh38'),		-- FusionCatcher intronic
			   ('TRKC', 'chr15:87880428:-', 'GRCh38'),		-- exon 19: kinase lost
			   ('NTRK1', 'chr1:156874906:+', 'GRCh38'),	-- LMNA::NTRK1
			   ('NTRK1', '1:156846307', 'hg19'),			-- inside exon 14: kinase lost
			   ('NTRK1', '1:156860000', 'GRCh38'),			-- upstream
			   ('NTRK1', '1:156885000', 'GRCh38'),			-- downstream
			   ('NTRK2', 'chr9:84867243:+', 'GRCh38'),		-- SPECC1L-ADORA2A::NTRK2
			   ('NTRK2', '9:84670000', 'GRCh38'))			-- before exon 4: unverified
		AS b(gene, breakpoint, build),
	   LATERAL ntrk_breakpoint(b.gene, b.breakpoint, b.build) AS s;

-- The notes: evidence sentence, snapping, unverified region, strand.
SELECT (ntrk_breakpoint('NTRK3', 'chr15:87940753:-', 'GRCh38')).note;
SELECT (ntrk_breakpoint('NTRK1', 'chr1:156844697', 'GRCh37')).note;
SELECT (ntrk_breakpoint('NTRK2', '9:84670000', 'GRCh38')).note;
SELECT (ntrk_breakpoint('NTRK3', 'chr15:87940753:+', 'GRCh38')).note;
SELECT (ntrk_breakpoint('NTRK1', '1:156846307', 'GRCh37')).note;

-- Separate chromosome and position (cBioPortal Site2_Chromosome / Site2_Position).
SELECT s.region, s.region_number, s.kinase_kept
  FROM ntrk_breakpoint('NTRK3', '15', 87940753, 'GRCh38') AS s;
SELECT (ntrk_breakpoint('NTRK1', 'chr1', 156844698, '37')).first_exon_3prime;

-- NULL in, NULL out (STRICT).
SELECT ntrk_breakpoint(NULL, 'chr15:87940753', 'GRCh38') IS NULL AS null_gene,
	   ntrk_breakpoint('NTRK3', NULL, 'GRCh38') IS NULL AS null_breakpoint,
	   ntrk_breakpoint('NTRK3', 'chr15:87940753', NULL) IS NULL AS null_build;

-- Bad input: SQLSTATE and message.
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK3', 'chr15:88483984', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK1', 'chr2:156874906', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK3', 'chr15:abc', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK3', 'chr15:0', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK3', 'chr15:87940753', 'hg18')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('ALK', 'chr2:29223528', 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK3', 'chrQ', 5, 'GRCh38')$$);
SELECT pg_temp.try($$SELECT ntrk_breakpoint('NTRK3', '15', 0, 'GRCh38')$$);

-- Error detail and hint: the gene's span on the build.
CREATE FUNCTION pg_temp.try_detail(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	d text;
	h text;
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || d || ' / ' || h;
END $$;
SELECT pg_temp.try_detail($$SELECT ntrk_breakpoint('NTRK1', 'chr1:156874906', 'GRCh37')$$);
SELECT pg_temp.try_detail($$SELECT ntrk_breakpoint('NTRK2', 'chr9:87549103', 'GRCh38')$$);

-- Labels: immutable, strict, parallel safe, commented.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
	   obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc p
 WHERE p.proname = 'ntrk_breakpoint'
 ORDER BY 1::text;
