--
-- ntrk_load_calls: caller and portal files as they arrive.  One row per call,
-- true 5'->3' fusions, and lines that cannot be read kept with an error.
--
\set fixtures test/fixtures/callers
\i test/fixtures/load.psql
\pset null '(null)'

-- STAR-Fusion with coding effect: LeftGene is 5', ^ENSG ids stripped,
-- PROT_FUSION_TYPE is the frame, CDS_LEFT_ID/CDS_RIGHT_ID the transcripts.
SELECT line_number, fusion, reading_frame, split_reads, spanning_reads,
       transcript5, transcript3, breakpoint5, breakpoint3, caller, error
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/star-fusion.fusion_predictions.abridged.coding_effect.tsv'),
                     'star-fusion', sample_name => 'S1');

-- Arriba (CRLF, no final line end): gene1 is 5' unless Arriba could not tell
-- ('.' fusion strand) or the type joins two like ends (5'-5'); an intergenic
-- breakpoint is an unknown partner, with the nearest genes in the note.
SELECT line_number, fusion, fusion_order_guaranteed(fusion) AS ordered,
       reading_frame, split_reads, spanning_reads, transcript5, transcript3,
       error, note
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/arriba.fusions.tsv'), 'arriba');

-- FusionCatcher (byte-order mark): reciprocal calls are both returned, and
-- the classification tells which one can be actionable.
SELECT line_number, fusion, reading_frame, split_reads, spanning_reads,
       breakpoint5, (ntrk_classify(fusion, reading_frame)).class
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/fusioncatcher.final-list_candidate-fusion-genes.txt'),
                     'fusioncatcher');

-- JAFFA: quoted CSV; a sample id holding a comma and doubled quotes; a call
-- naming one gene only is kept with the parser's reason.
SELECT line_number, sample_id, fusion, reading_frame, split_reads,
       spanning_reads, breakpoint5, breakpoint3, error
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/jaffa_results.csv'), 'jaffa');

-- cBioPortal data_sv.txt: Site1/Site2 are not 5'/3'.  The order comes from
-- Event_Info "(A-B)" or "{A:B}", the Annotation or Comments text, or
-- Connection_Type, and is flagged as inferred; exons and transcripts follow
-- the roles; intron N gives exon N on the 5' side and N+1 on the 3' side.
SELECT line_number, sample_id, fusion, order_inferred, reading_frame,
       exon5, exon3, breakpoint5, split_reads, error, note
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/cbioportal.data_sv.txt'), 'cbioportal-sv');

-- The older data_sv column set: Site1_Exon/Site2_Exon, IN_FRAME/FRAMESHIFT.
SELECT line_number, sample_id, fusion, order_inferred, reading_frame,
       transcript5, transcript3, note
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/cbioportal.data_sv.older_columns.txt'), 'cbioportal-sv');

-- Deprecated data_fusions.txt: one line per gene, so events come twice; the
-- Method column names the caller.
SELECT line_number, sample_id, fusion, reading_frame, caller, error
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/cbioportal.data_fusions.txt'), 'cbioportal-fusions');

-- Two columns typed by people: comments and blank lines skipped, extra
-- column ignored, everything else returned, with the error when unreadable.
SELECT line_number, sample_id, fusion, error, original_line
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/registry_export.sample_fusion.tsv'), 'sample-fusion');

-- A messy STAR-Fusion export: byte-order mark, CRLF, metadata lines,
-- reordered columns, an extra quoted column holding a tab and doubled
-- quotes, a vertical tab inside a field, a repeated header, a row of empty
-- fields, a count that is not a number, no final line end.
SELECT line_number, fusion, split_reads, spanning_reads, error, note,
       replace(original_line, E'\t', ' | ') AS original_line
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/star-fusion.messy.tsv'));

-- Format detection: 'auto' finds every fixture's format, so it returns
-- exactly the rows the named format returns.
SELECT file, n, same_rows
FROM (VALUES
        ('star-fusion.fusion_predictions.abridged.coding_effect.tsv', 'star-fusion'),
        ('arriba.fusions.tsv', 'arriba'),
        ('fusioncatcher.final-list_candidate-fusion-genes.txt', 'fusioncatcher'),
        ('jaffa_results.csv', 'jaffa'),
        ('cbioportal.data_sv.txt', 'cbioportal-sv'),
        ('cbioportal.data_sv.older_columns.txt', 'cbioportal-sv'),
        ('cbioportal.data_fusions.txt', 'cbioportal-fusions'),
        ('registry_export.sample_fusion.tsv', 'sample-fusion'),
        ('star-fusion.messy.tsv', 'star-fusion')) AS t(file, fmt),
     LATERAL (SELECT pg_temp.fixture(:'fixtures' || '/' || file) AS content) c,
     LATERAL (SELECT count(*) AS n, array_agg(l::text ORDER BY line_number) AS rows_auto
              FROM ntrk_load_calls(content) l) a,
     LATERAL (SELECT array_agg(l::text ORDER BY line_number) = rows_auto AS same_rows
              FROM ntrk_load_calls(content, fmt) l) b
ORDER BY file;

-- Nothing is dropped: every line that is not blank, a '#' comment or the
-- header (Arriba's starts with '#') comes back, with its own text and line
-- number.
SELECT file, lines_in_file, rows_returned, lines_in_file = rows_returned AS none_lost,
       lines_match
FROM (VALUES ('arriba.fusions.tsv', 0), ('cbioportal.data_sv.txt', 1),
             ('cbioportal.data_fusions.txt', 1),
             ('registry_export.sample_fusion.tsv', 0)) AS t(file, headers),
     LATERAL (SELECT pg_temp.fixture(:'fixtures' || '/' || file) AS content) c,
     LATERAL (SELECT count(*) - headers AS lines_in_file
              FROM regexp_split_to_table(content, E'\r?\n') AS l
              WHERE l !~ '^\s*$' AND l !~ '^#') n,
     LATERAL (SELECT count(*) AS rows_returned,
                     bool_and(original_line = split_part(replace(content, E'\r', ''), E'\n', line_number))
                         AS lines_match
              FROM ntrk_load_calls(content)) r
ORDER BY file;

-- Arguments: caller_name and sample_name fill what the file does not say;
-- NULL content gives no rows; NULL format means auto; formats are matched
-- without regard to case, '-' or '_'.
SELECT sample_id, fusion, caller
FROM ntrk_load_calls(E'#FusionName\tLeftGene\tRightGene\nETV6--NTRK3\tETV6\tNTRK3\n',
                     'STAR_Fusion', caller_name => 'STAR-Fusion 1.12', sample_name => 'S42');
SELECT count(*) FROM ntrk_load_calls(NULL);
SELECT fusion FROM ntrk_load_calls(E'S1\tETV6::NTRK3', NULL);
SELECT sample_id, fusion FROM ntrk_load_calls(E'sample,fusion\r\nS1,TPM3-NTRK1\r\n');

-- A named format whose header is missing: every line is still returned.
SELECT line_number, fusion, error
FROM ntrk_load_calls(E'ETV6\tNTRK3\t+/+\t-/-\nTPM3\tNTRK1\t-/-\t+/+\n', 'arriba');

-- Errors: an unknown format names the accepted ones; 'auto' refuses a file
-- whose first line fits no format.  SQLSTATE, message, detail and hint:
CREATE FUNCTION pg_temp.outcome(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    msg text; det text; hint text;
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL,
                            hint = PG_EXCEPTION_HINT;
    RETURN concat_ws(E'\n', SQLSTATE || ': ' || msg, nullif(det, ''), nullif(hint, ''));
END $$;
SELECT pg_temp.outcome($$SELECT * FROM ntrk_load_calls('x', 'vcf')$$);
SELECT pg_temp.outcome($$SELECT * FROM ntrk_load_calls(E'just one column\nanother\n')$$);

-- Load a file into a registry table in one statement.
CREATE TABLE loaded_calls AS
SELECT sample_id, fusion, reading_frame, line_number, error
FROM ntrk_load_calls(pg_temp.fixture(:'fixtures' || '/cbioportal.data_sv.txt'));
SELECT count(*) AS calls, count(fusion) AS with_fusion, count(error) AS with_error
FROM loaded_calls;
SELECT fusion, count(*) FROM loaded_calls WHERE fusion ? 'NTRK1' GROUP BY fusion ORDER BY fusion;
DROP TABLE loaded_calls;
