--
-- Loaders fill kinase retention from breakpoints: caller files read with
-- ntrk_load_calls(..., genome_build => 'GRCh38') give every partner::NTRK
-- call a decided kinase_kept.  Fixtures: test/fixtures/breakpoints (real
-- STAR-Fusion, FusionCatcher and JAFFA lines, Arriba-shaped and hand-made
-- edge cases; see its README.md) and test/fixtures/callers/cbioportal.data_sv.txt.
--
\pset null '(null)'

CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

\set star `cat test/fixtures/breakpoints/star-fusion.fusion_predictions.abridged.ntrk.tsv`
\set star_lost `cat test/fixtures/breakpoints/star-fusion.handmade.tsv`
\set fc `cat test/fixtures/breakpoints/fusioncatcher.final-list_candidate-fusion-genes.ntrk.txt`
\set jaffa `cat test/fixtures/breakpoints/jaffa_results.ntrk.csv`
\set arriba `cat test/fixtures/breakpoints/arriba.fusions.ntrk.tsv`
\set cbio `cat test/fixtures/callers/cbioportal.data_sv.txt`

CREATE TEMP TABLE loaded AS
SELECT f.name, c.*
  FROM (VALUES ('star-fusion', :'star'), ('star-fusion handmade', :'star_lost'),
			   ('fusioncatcher', :'fc'), ('jaffa', :'jaffa'), ('arriba', :'arriba'),
			   ('cbioportal', :'cbio')) AS f(name, content),
	   LATERAL ntrk_load_calls(f.content, 'auto', NULL, 'S1', 'GRCh38') AS c;

-- Every file reads without error rows.
SELECT name, count(*) AS calls, count(*) FILTER (WHERE error IS NOT NULL) AS errors
  FROM loaded GROUP BY name ORDER BY name;

-- Every partner::NTRK call: class, exon filled from the breakpoint, kinase
-- retention decided from the fusion alone and from the breakpoints.
SELECT l.name, l.line_number, l.fusion, l.exon3, k.class, k.kinase_kept,
	   b.kinase_kept AS kinase_kept_with_breakpoints
  FROM loaded l,
	   LATERAL ntrk_classify(l.fusion, l.reading_frame) AS k,
	   LATERAL ntrk_classify(l.fusion, l.reading_frame, l.breakpoint5, l.breakpoint3,
							 l.genome_build) AS b
 WHERE k.class IN ('ntrk_fusion', 'ntrk_kinase_lost') AND NOT l.order_inferred IS NULL
 ORDER BY l.name, l.line_number;

-- The check the issue asks for: once the build is given, no partner::NTRK
-- call that carries a breakpoint has kinase retention undecided (the
-- cBioPortal rows listed have no breakpoint at all).
SELECT l.name, l.line_number, l.fusion, l.breakpoint5, l.breakpoint3
  FROM loaded l, LATERAL ntrk_classify(l.fusion, l.reading_frame, l.breakpoint5,
									   l.breakpoint3, l.genome_build) AS b
 WHERE b.class IN ('ntrk_fusion', 'ntrk_kinase_lost') AND b.kinase_kept IS NULL;

-- The notes say what the breakpoint showed.
SELECT name, line_number, note FROM loaded
 WHERE name IN ('star-fusion', 'star-fusion handmade') ORDER BY name, line_number;

-- Without a build: nothing filled, the note says why.
SELECT c.fusion, c.exon3, c.note
  FROM ntrk_load_calls(:'star_lost', 'star-fusion') AS c;

-- The exon-19 fusion is kinase-lost and gets no TRK inhibitor.
SELECT l.fusion, ntrk_class(l.fusion) AS class
  FROM loaded l WHERE l.name = 'star-fusion handmade';
SELECT g.biomarker_state, g.therapy, g.next_test, g.recommendation
  FROM loaded l, LATERAL ntrk_guidance(l.fusion, tumour_type => 'solid tumour') AS g
 WHERE l.name = 'star-fusion handmade'
 ORDER BY g.rank;
SELECT count(*) AS trk_inhibitor_options
  FROM loaded l, LATERAL ntrk_guidance(l.fusion, tumour_type => 'solid tumour') AS g
 WHERE l.name = 'star-fusion handmade'
   AND g.therapy IN ('larotrectinib', 'entrectinib', 'repotrectinib');
-- The same fusion read with its breakpoint but no exon is actionable today
-- only because kinase retention was not checked:
SELECT ntrk_actionable('ETV6::NTRK3') AS without_breakpoint,
	   ntrk_actionable('ETV6::NTRK3', NULL, 'chr12:11869969:+', 'chr15:87880428:-', 'GRCh38')
		   AS with_breakpoint;

-- Partner ranking with the NTRK breakpoint column and the build: the
-- exon-19 call is kinase-lost, so it leaves the ranking and is set apart.
CREATE TEMP TABLE bp_calls (sample_id text, f fusion, ntrk_breakpoint text);
INSERT INTO bp_calls VALUES
	('s1', 'ETV6::NTRK3', 'chr15:87880428:-'),
	('s2', 'ETV6::NTRK3', 'chr15:87940753:-'),
	('s3', 'LMNA::NTRK1', 'chr1:156874906:+');
SELECT ntrk_gene, partner, samples, actionable_samples
  FROM ntrk_partner_rank('bp_calls') ORDER BY 1, 2;
SELECT ntrk_gene, partner, samples, actionable_samples
  FROM ntrk_partner_rank('bp_calls', breakpoint_column => 'ntrk_breakpoint',
						 genome_build => 'GRCh38') ORDER BY 1, 2;
SELECT ntrk_gene, partner, class, samples
  FROM ntrk_partner_set_apart('bp_calls', breakpoint_column => 'ntrk_breakpoint',
							  genome_build => 'GRCh38');
-- a breakpoint column that does not exist: 42703 naming the parameter
SELECT pg_temp.try($$SELECT * FROM ntrk_partner_rank('bp_calls', breakpoint_column => 'nope', genome_build => 'GRCh38')$$);

-- cBioPortal: NCBI_Build gives each row's build (no genome_build argument),
-- and wins over a different argument, with a note.
SELECT line_number, fusion, exon3, note
  FROM ntrk_load_calls(:'cbio', 'cbioportal-sv') WHERE line_number = 3;
SELECT c.fusion, c.exon3, c.note
  FROM ntrk_load_calls(E'Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\tSite1_Chromosome\tSite1_Position\tSite2_Chromosome\tSite2_Position\tNCBI_Build\tEvent_Info\n'
					   || E'S-37\tETV6\tNTRK3\t12\t12022903\t15\t88423659\tGRCh37\tETV6-NTRK3 fusion\n'
					   || E'S-bad\tETV6\tNTRK3\t12\t12022903\t15\t88423659\tNCBI36\tETV6-NTRK3 fusion\n',
					   'cbioportal-sv', genome_build => 'GRCh38') AS c;

-- MSK site descriptions and lab comments give the NTRK exon directly; an
-- exon on a transcript whose numbering is not verified is not used, and the
-- note says so (hand-made rows in the cBioPortal data_sv layout).
SELECT c.line_number, c.fusion, c.exon3, c.note, ntrk_class(c.fusion) AS class
  FROM ntrk_load_calls(E'Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\tSite1_Description\tSite2_Description\tEvent_Info\tComments\n'
					   || E'M-1\tTPM3\tNTRK1\tIntron of TPM3(-): 1Kb after exon 7\tIntron of NTRK1(+): 37bp before exon 11\tTPM3-NTRK1 fusion\tNA\n'
					   || E'M-2\tETV6\tNTRK3\tExon 5 of ETV6(+)\tIntron of NTRK3(-):2Kb after exon 18\tETV6-NTRK3 fusion\tNA\n'
					   || E'M-3\tETV6\tNTRK3\tNA\tNA\tETV6-NTRK3 fusion\tNTRK3 exons 15 - 20\n'
					   || E'M-4\tETV6\tNTRK3\tNA\tNA\tETV6-NTRK3 fusion\tNTRK3 Exon14 (NM_002530)\n',
					   'cbioportal-sv') AS c
 ORDER BY 1;
