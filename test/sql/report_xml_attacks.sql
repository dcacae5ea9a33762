--
-- Hostile XML given to ntrk_report_alterations: every attack fails cleanly,
-- with ntrk's own message (never libxml2's text, never a file's content),
-- and the backend stays usable.
--
\set fixtures test/fixtures/reports
\i test/fixtures/load.psql
CREATE TABLE attack_files (name text PRIMARY KEY, body text);
INSERT INTO attack_files
SELECT f, pg_temp.fixture(:'fixtures' || '/' || f || '.xml')
FROM unnest(ARRAY['attack_xxe_file', 'attack_external_dtd', 'attack_billion_laughs',
                  'attack_deep_nesting', 'attack_truncated']) AS f;

-- Run one report (as text, or cast to xml first) and show how it ended.
CREATE FUNCTION attack_result(doc text, as_xml boolean DEFAULT false)
RETURNS TABLE (state text, message text, detail text)
LANGUAGE plpgsql AS $$
DECLARE
	s text;
	m text;
	d text;
BEGIN
	IF as_xml THEN
		PERFORM * FROM ntrk_report_alterations(doc::xml);
	ELSE
		PERFORM * FROM ntrk_report_alterations(doc);
	END IF;
	RETURN QUERY SELECT 'ok'::text, NULL::text, NULL::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
	RETURN QUERY SELECT s, m, d;
END $$;

\pset format unaligned
\pset fieldsep ' | '
-- External entity to a local file, external DTD with a parameter entity,
-- billion laughs: the <!DOCTYPE> is refused before any declaration is read.
-- 10,000 nested elements: refused at depth 129.  Truncated: 2200M with the
-- line and the element.
SELECT name, a.* FROM attack_files, attack_result(body) a ORDER BY name;

-- The same through the xml variant, where core's own xml input accepts the
-- document (its entity loader already returns nothing for external ones).
SELECT name, a.* FROM attack_files, attack_result(body, true) a
WHERE name IN ('attack_xxe_file', 'attack_external_dtd') ORDER BY name;
\pset format aligned

-- Nothing from the local files ever surfaces.
SELECT count(*) AS leaked FROM attack_files, attack_result(body) a
WHERE a.detail ~ '(root:|/bin/)' OR a.message ~ '(root:|/bin/)';

-- Size limit: 10 MB (10,000,000 bytes, libxml2's own look-ahead limit
-- without XML_PARSE_HUGE), checked before the report is parsed (or
-- detoasted).  A report of exactly 10 MB (9765 comments of 1 KiB plus
-- padding) is read; one byte more is refused.  A single text node over
-- 10,000,000 bytes could not fit anyway.
CREATE TABLE big_reports AS
SELECT '<variant-report>' || repeat('<!--' || repeat('x', 1017) || '-->', 9765) ||
       repeat(' ', 607) || '</variant-report>' AS at_limit;
SELECT octet_length(at_limit) AS bytes,
       (SELECT count(*) FROM ntrk_report_alterations(at_limit)) AS rows_at_limit
FROM big_reports;
\pset format unaligned
SELECT a.* FROM big_reports, attack_result(at_limit || ' ') a;
\pset format aligned
DROP TABLE big_reports;

-- The backend is still fine, and so is core's XML support (its libxml2
-- error handler and entity loader were restored).
SELECT count(*) AS rows_after_attacks FROM ntrk_report_alterations(
  '<variant-report><rearrangements><rearrangement targeted-gene="NTRK3" other-gene="ETV6"
   description="ETV6::NTRK3"/></rearrangements></variant-report>');
SELECT xml_is_well_formed_document('<a><b/></a>') AS core_well_formed,
       xpath('/a/b/text()', '<a><b>ok</b></a>'::xml) AS core_xpath;

DROP FUNCTION attack_result(text, boolean);
DROP TABLE attack_files;
