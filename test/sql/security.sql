--
-- Security: ntrk's functions, operators, casts, trigger and guidance
-- functions are not hijacked by objects someone else planted, whatever the
-- caller's search_path (contrib's hardening rules and contrib/seg's security
-- test; CVE-2022-2625, CVE-2023-39417).
--
-- A role plants look-alikes of pg_catalog functions and operators in public
-- and in a schema of its own; every look-alike raises a WARNING naming
-- itself and returns a wrong answer.  ntrk's answers are computed once
-- before the planting and again under (A) the default search_path, where
-- only a look-alike that matches the argument types better than pg_catalog's
-- can win, and (B) a search_path that puts the hostile schema first and
-- pg_catalog last.  No WARNING may appear and every answer must be the same.
--

-- Install-script hygiene: plain CREATE, no SET, no @extschema@ in quotes.
\! sh test/lint_sql.sh

\set fixtures test/fixtures
\i test/fixtures/load.psql
SELECT pg_temp.fixture(:'fixtures' || '/reports/f1_ntrk_fusion.xml') AS report \gset

-- Data the answers are computed from.
CREATE TABLE sec_calls (cohort text, patient_id text, sample_id text, f fusion, frame text);
INSERT INTO sec_calls VALUES
	('A', 'P1', 'S1', 'ETV6::NTRK3', 'in-frame'),
	('A', 'P2', 'S2', 'ETV6-NTRK3', NULL),
	('A', 'P3', 'S3', 'TPM3::NTRK1', 'in-frame'),
	('A', 'P3', 'S4', 'NTRK1-TPM3', NULL),
	('A', 'P4', 'S5', 'LMNA::NTRK1', 'out-of-frame'),
	('A', 'P5', 'S6', '?::NTRK2', NULL),
	('A', 'P6', 'S7', 'EML4::ALK', NULL);
CREATE INDEX sec_calls_gin ON sec_calls USING gin (f);
CREATE INDEX sec_calls_btree ON sec_calls (f);

-- ntrk's answers, one row per check; the query is re-parsed each time it
-- runs, under the search_path of the moment.  Its own calls are qualified
-- with pg_catalog, so that only ntrk's functions meet the look-alikes.
SELECT $answers$
SELECT check_name, answer FROM (
  SELECT 1, 'input and output', 'NTRK3-ETV6 fusion - Archer'::fusion::text
  UNION ALL SELECT 2, 'text cast', ('ETV6-NTRK3'::text)::fusion::text
  UNION ALL SELECT 3, 'equality across notations', ('ETV6-NTRK3'::fusion = 'etv6::ntrk3 fusion'::fusion)::text
  UNION ALL SELECT 4, 'ordering', (SELECT pg_catalog.string_agg(f::text, ' <= ' ORDER BY f, sample_id) FROM sec_calls)
  UNION ALL SELECT 5, 'gene operators', (SELECT pg_catalog.string_agg(sample_id, ',' ORDER BY sample_id) FROM sec_calls
                                         WHERE f ? 'TRKA' OR f ?& ARRAY['ETV6', 'TRKC'])
  UNION ALL SELECT 6, 'accessors', pg_catalog.concat_ws(' ', fusion_partner('ETV6::NTRK3', 'TRKC'),
                                             fusion_order_guaranteed('NTRK1-TPM3'),
                                             fusion_make('ETV6', 'NTRK3', 5, 15)::text,
                                             ntrk_gene('trkc'))
  UNION ALL SELECT 7, 'fusion_error', fusion_error('FOO1-BAR2')
  UNION ALL SELECT 8, 'distinct values', (SELECT pg_catalog.count(DISTINCT f)::text FROM sec_calls)
  UNION ALL SELECT 9, 'ntrk_classify', ntrk_classify('NTRK1-TPM3')::text
  UNION ALL SELECT 10, 'ntrk_variant_class', ntrk_variant_class('NTRK1', 'p.Gly595Arg')::text
  UNION ALL SELECT 11, 'ntrk_patient_status', (SELECT ntrk_patient_status(f, frame, NULL, NULL, NULL)::text
                                               FROM sec_calls WHERE patient_id OPERATOR(pg_catalog.=) 'P3')
  UNION ALL SELECT 12, 'ntrk_partner_knowledge', (SELECT k::text FROM ntrk_partner_knowledge('TPM3', 'NTRK1') k)
  UNION ALL SELECT 13, 'ntrk_partner_rank', (SELECT pg_catalog.string_agg(r::text, E'\n' ORDER BY r::text)
                                             FROM ntrk_partner_rank('sec_calls', patient_column => 'patient_id',
                                                                    reading_frame_column => 'frame',
                                                                    group_column => 'cohort') r)
  UNION ALL SELECT 14, 'ntrk_guidance', (SELECT pg_catalog.string_agg(g::text, E'\n' ORDER BY g.rank, g.therapy, g.recommendation)
                                         FROM ntrk_guidance(fusions => '{ETV6::NTRK3}', mutations => '{NTRK3 G623R}',
                                                            prior_trk_inhibitors => '{larotrectinib}',
                                                            cns_metastases => false, age => 40, stage => 'IV',
                                                            tumour_type => 'NSCLC') g)
  UNION ALL SELECT 15, 'ntrk_test_informativeness', (SELECT t::text FROM ntrk_test_informativeness('DNA panel', 'negative', 'NSCLC') t)
  UNION ALL SELECT 16, 'ntrk_patient_explanation', pg_catalog.md5(ntrk_patient_explanation(fusions => '{TPM3::NTRK1}',
                                                                                 prior_trk_inhibitors => '{}'))
  UNION ALL SELECT 17, 'ntrk_load_calls', (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(' ', sample_id, fusion, error), '; ' ORDER BY line_number)
                                           FROM ntrk_load_calls(E'S1\tETV6::NTRK3\nS2\tFOO1-BAR2\n', 'sample-fusion'))
  UNION ALL SELECT 18, 'ntrk_report_alterations', (SELECT pg_catalog.string_agg(r::text, E'\n' ORDER BY r::text)
                                                   FROM ntrk_report_alterations(:'report'::text) r)
) AS a(n, check_name, answer) ORDER BY n
$answers$ AS answers \gset

CREATE TABLE sec_before AS :answers;
-- The baseline (long answers are checked by their own tests).
SELECT check_name, CASE WHEN length(answer) <= 100 THEN answer
						WHEN answer IS NOT NULL THEN 'answered' END AS answer
FROM sec_before;

-- The attacker: a role that may create objects in public and in its own schema.
CREATE ROLE regress_ntrk_attacker;
GRANT CREATE ON SCHEMA public TO regress_ntrk_attacker;
CREATE SCHEMA regress_ntrk_evil AUTHORIZATION regress_ntrk_attacker;
SET ROLE regress_ntrk_attacker;

-- Look-alikes: the same names, in the attacker's schemas.  Each one warns
-- and answers wrongly.  Those marked "better match" beat pg_catalog's even
-- under the default search_path, because their argument types match exactly
-- where pg_catalog's need an implicit cast.
DO $plant$
DECLARE
	s text;
BEGIN
	FOREACH s IN ARRAY ARRAY['public', 'regress_ntrk_evil'] LOOP
		EXECUTE pg_catalog.format($f$
			CREATE FUNCTION %1$I.hostile_eq_text(text, text) RETURNS boolean LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.=(text, text)'; RETURN true; END$b$;
			CREATE FUNCTION %1$I.hostile_eq_int(integer, integer) RETURNS boolean LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.=(integer, integer)'; RETURN true; END$b$;
			CREATE FUNCTION %1$I.hostile_eq_bigint(bigint, bigint) RETURNS boolean LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.=(bigint, bigint)'; RETURN true; END$b$;
			CREATE FUNCTION %1$I.hostile_fusion_text(fusion, text) RETURNS boolean LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.=(fusion, text)'; RETURN true; END$b$;
			CREATE FUNCTION %1$I.hostile_varchar_text(varchar, text) RETURNS boolean LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.=(varchar, text)'; RETURN true; END$b$;
			CREATE FUNCTION %1$I.hostile_div(numeric, bigint) RETURNS numeric LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s./(numeric, bigint)'; RETURN 42; END$b$;
			CREATE FUNCTION %1$I.hostile_concat(text, text) RETURNS text LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.||(text, text)'; RETURN 'HIJACKED'; END$b$;
			CREATE OPERATOR %1$I.= (LEFTARG = text, RIGHTARG = text, FUNCTION = %1$I.hostile_eq_text);
			CREATE OPERATOR %1$I.= (LEFTARG = fusion, RIGHTARG = text, FUNCTION = %1$I.hostile_fusion_text);    -- better match for fusion = 'literal'
			CREATE OPERATOR %1$I.= (LEFTARG = varchar, RIGHTARG = text, FUNCTION = %1$I.hostile_varchar_text);  -- better match for varchar = text
			CREATE OPERATOR %1$I.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = %1$I.hostile_eq_int);
			CREATE OPERATOR %1$I.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = %1$I.hostile_eq_bigint);
			CREATE OPERATOR %1$I./ (LEFTARG = numeric, RIGHTARG = bigint, FUNCTION = %1$I.hostile_div);        -- better match for numeric / bigint
			CREATE OPERATOR %1$I.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = %1$I.hostile_concat);
			CREATE FUNCTION %1$I.lower(text) RETURNS text LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.lower'; RETURN 'HIJACKED'; END$b$;
			CREATE FUNCTION %1$I.upper(text) RETURNS text LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.upper'; RETURN 'HIJACKED'; END$b$;
			CREATE FUNCTION %1$I.btrim(text) RETURNS text LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.btrim'; RETURN 'HIJACKED'; END$b$;
			CREATE FUNCTION %1$I.round(numeric, integer) RETURNS numeric LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.round'; RETURN 42; END$b$;
			CREATE FUNCTION %1$I.format(text, text) RETURNS text LANGUAGE plpgsql AS                            -- better match than format(text, VARIADIC "any")
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.format'; RETURN 'HIJACKED'; END$b$;
			CREATE FUNCTION %1$I.to_jsonb(record) RETURNS jsonb LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.to_jsonb'; RETURN '{}'; END$b$;
			CREATE FUNCTION %1$I.now() RETURNS timestamptz LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.now'; RETURN 'epoch'; END$b$;
			CREATE FUNCTION %1$I.nextval(regclass) RETURNS bigint LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.nextval'; RETURN -1; END$b$;
			CREATE FUNCTION %1$I.hostile_count_sfunc(bigint) RETURNS bigint LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.count(*)'; RETURN -1; END$b$;
			CREATE AGGREGATE %1$I.count(*) (SFUNC = %1$I.hostile_count_sfunc, STYPE = bigint, INITCOND = '0');
			CREATE FUNCTION %1$I.string_agg_sfunc(text, text, text) RETURNS text LANGUAGE plpgsql AS
			$b$BEGIN RAISE WARNING 'hijacked: %1$s.string_agg'; RETURN 'HIJACKED'; END$b$;
			CREATE AGGREGATE %1$I.string_agg(text, text) (SFUNC = %1$I.string_agg_sfunc, STYPE = text);
		$f$, s);
	END LOOP;
END
$plant$;
RESET ROLE;

-- (A) default search_path: public holds ntrk and the look-alikes.
SHOW search_path;
CREATE TABLE sec_after_default AS :answers;
SELECT b.check_name, a.answer = b.answer AS same_answer
FROM sec_before b JOIN sec_after_default a USING (check_name)
WHERE a.answer IS DISTINCT FROM b.answer;

-- (B) the attacker's schema first, pg_catalog last.
SET search_path = regress_ntrk_evil, public, pg_catalog;
CREATE TABLE public.sec_after_hostile AS :answers;

-- The registry trigger and the quarantine retry under the hostile path,
-- with varchar raw columns (for which the planted =(varchar, text) is the
-- better match): on_error=skip for an INSERT and an UPDATE, on_error=keep
-- for an INSERT.
CREATE TABLE public.sec_skip (id integer PRIMARY KEY, sample text, raw varchar(200), f fusion,
							  cls ntrk_fusion_class, partner text);
CREATE TRIGGER sec_skip_ntrk BEFORE INSERT OR UPDATE ON public.sec_skip
	FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f', 'on_error=skip',
														'class=cls', 'partner=partner');
CREATE TABLE public.sec_keep (id integer PRIMARY KEY, raw varchar(200), f fusion);
CREATE TRIGGER sec_keep_ntrk BEFORE INSERT OR UPDATE ON public.sec_keep
	FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f');
INSERT INTO public.sec_skip VALUES (1, 'S1', 'ETV6-NTRK3'), (2, 'S2', 'NTRK1 TPM3'), (3, 'S3', 'LMNA::NTRK1');
UPDATE public.sec_skip SET raw = 'LMNA NTRK1' WHERE id OPERATOR(pg_catalog.=) 3;
INSERT INTO public.sec_keep VALUES (1, 'TPM3::NTRK1'), (2, 'ETV6 NTRK3');
SELECT id, sample, raw, f, cls, partner FROM public.sec_skip ORDER BY id;
SELECT id, raw, f FROM public.sec_keep ORDER BY id;
SELECT table_name, operation, action, raw_value, error FROM ntrk_quarantine
WHERE table_name OPERATOR(pg_catalog.~~) 'sec\_%' ORDER BY id;
-- A curator corrects the quarantined rows and the kept row; the retry puts
-- them back.
UPDATE ntrk_quarantine
SET row_data = pg_catalog.jsonb_set(row_data, '{raw}',
		pg_catalog.to_jsonb(pg_catalog.replace(raw_value, ' ', '::')))
WHERE table_name OPERATOR(pg_catalog.=) 'sec_skip';
UPDATE public.sec_keep SET raw = 'ETV6::NTRK3' WHERE id OPERATOR(pg_catalog.=) 2;
SELECT outcome, error FROM ntrk_quarantine_retry('public.sec_skip') ORDER BY quarantine_id;
SELECT outcome, error FROM ntrk_quarantine_retry('public.sec_keep') ORDER BY quarantine_id;
SELECT id, sample, raw, f, cls, partner FROM public.sec_skip ORDER BY id;
SELECT id, raw, f FROM public.sec_keep ORDER BY id;
SELECT pg_catalog.count(*) AS still_quarantined FROM ntrk_quarantine
WHERE table_name OPERATOR(pg_catalog.~~) 'sec\_%';

RESET search_path;

-- Privilege escalation through the quarantine: ntrk_quarantine_retry reads
-- the quarantine as the quarantine's owner (the superuser who created the
-- extension).  A user who may not become superuser owns a registry table,
-- plants an =(text, text) in its own schema that tries to make itself
-- superuser, puts that schema first and calls the retry.  Nothing it
-- planted may run, least of all as the owner.
CREATE ROLE regress_ntrk_mallory;
CREATE SCHEMA regress_ntrk_mallory AUTHORIZATION regress_ntrk_mallory;
SET ROLE regress_ntrk_mallory;
CREATE TABLE regress_ntrk_mallory.reg (id integer PRIMARY KEY, raw text, f fusion);
CREATE TRIGGER reg_ntrk BEFORE INSERT OR UPDATE ON regress_ntrk_mallory.reg
	FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f');
INSERT INTO regress_ntrk_mallory.reg VALUES (1, 'FOO1-BAR2');
CREATE FUNCTION regress_ntrk_mallory.escalate(text, text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	RAISE WARNING 'hijacked: mallory''s =(text, text) runs as %', current_user;
	BEGIN
		EXECUTE 'ALTER ROLE regress_ntrk_mallory SUPERUSER';
	EXCEPTION WHEN OTHERS THEN
		NULL;
	END;
	RETURN $1 OPERATOR(pg_catalog.=) $2;
END $$;
CREATE OPERATOR regress_ntrk_mallory.= (LEFTARG = text, RIGHTARG = text,
										FUNCTION = regress_ntrk_mallory.escalate);
SET search_path = regress_ntrk_mallory, public, pg_catalog;
SELECT outcome FROM ntrk_quarantine_retry('regress_ntrk_mallory.reg');
RESET search_path;
RESET ROLE;
SELECT rolsuper AS mallory_is_superuser FROM pg_roles WHERE rolname = 'regress_ntrk_mallory';
DELETE FROM ntrk_quarantine WHERE table_schema = 'regress_ntrk_mallory';
DROP SCHEMA regress_ntrk_mallory CASCADE;
DROP ROLE regress_ntrk_mallory;

SELECT b.check_name, a.answer = b.answer AS same_answer
FROM sec_before b JOIN sec_after_hostile a USING (check_name)
WHERE a.answer IS DISTINCT FROM b.answer;

DROP TABLE sec_skip, sec_keep, sec_calls, sec_before, sec_after_default, sec_after_hostile;
DELETE FROM ntrk_quarantine WHERE table_name IN ('sec_skip', 'sec_keep');
DROP SCHEMA regress_ntrk_evil CASCADE;
DROP OWNED BY regress_ntrk_attacker CASCADE;
DROP ROLE regress_ntrk_attacker;
