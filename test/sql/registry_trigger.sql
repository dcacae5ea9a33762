--
-- ntrk_registry_trigger: parse, canonicalise and classify on the way in;
-- bad rows go to ntrk_quarantine and are kept or skipped, never lost;
-- misuse is refused; ntrk_quarantine_retry moves rows back once they parse.
--
\pset null '(null)'

-- SQLSTATE and message (and hint) of a statement instead of failing.
CREATE FUNCTION pg_temp.outcome(q text, with_hint boolean DEFAULT false)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    msg text; det text; hint text;
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL,
                            hint = PG_EXCEPTION_HINT;
    RETURN concat_ws(E'\n', SQLSTATE || ': ' || msg, nullif(det, ''),
                     CASE WHEN with_hint THEN nullif(hint, '') END);
END $$;

-- What this test has put in the quarantine (ids and times left out).
CREATE FUNCTION pg_temp.quarantined(tbl text)
RETURNS TABLE (operation text, action text, raw_value text, error text,
               sample text, old_raw text, by_me boolean)
LANGUAGE sql AS $$
    SELECT operation, action, raw_value, error, row_data ->> 'sample',
           old_row ->> 'fusion_text', quarantined_by = current_user
    FROM ntrk_quarantine
    WHERE table_schema = current_schema() AND table_name = tbl
    ORDER BY id
$$;

------------------------------------------------------------------------------
-- on_error=keep (the default), with a frame column and classification columns
------------------------------------------------------------------------------
CREATE TABLE reg_calls (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sample text NOT NULL,
    fusion_text text,
    frame text,
    f fusion,
    cls ntrk_fusion_class,
    ntrk text,
    partner text,
    actionable boolean,
    inferred boolean,
    reason text,
    upper_sample text GENERATED ALWAYS AS (upper(sample)) STORED
);
CREATE TRIGGER reg_calls_ntrk BEFORE INSERT OR UPDATE ON reg_calls
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger(
        'fusion_text', 'f', 'on_error=keep', 'frame=frame', 'class=cls',
        'ntrk_gene=ntrk', 'partner=partner', 'actionable=actionable',
        'orientation_inferred=inferred', 'reason=reason');

INSERT INTO reg_calls (sample, fusion_text, frame) VALUES
    ('s1', 'ETV6-NTRK3', 'in-frame'),      -- hyphen: order as written
    ('s2', 'NTRK1-TPM3', NULL),            -- kinase first: orientation inferred
    ('s3', 'trka::tpm3', NULL),            -- alias, NTRK1 5': reciprocal
    ('s4', 'FOO1-BAR2', NULL),             -- no such genes: quarantined, kept
    ('s5', NULL, NULL),                    -- nothing to parse: NULL, not an error
    ('s6', 'LMNA::NTRK1', 'FRAMESHIFT'),   -- out of frame
    ('s7', 'ETV6::NTRK3', 'sideways'),     -- unknown frame word: quarantined
    ('s8', 'ETV6::NTRK3 fusion - Archer', 'INFRAME');
SELECT sample, fusion_text, f, cls, ntrk, partner, actionable, inferred
FROM reg_calls ORDER BY id;
SELECT sample, reason FROM reg_calls WHERE sample IN ('s2', 's6') ORDER BY sample;
SELECT * FROM pg_temp.quarantined('reg_calls');

-- UPDATE: a fix parses; a bad value is quarantined with the old row.
UPDATE reg_calls SET fusion_text = 'NTRK3::ETV6' WHERE sample = 's1';
UPDATE reg_calls SET fusion_text = 'ETV6 NTRK3' WHERE sample = 's8';
SELECT sample, fusion_text, f, cls FROM reg_calls WHERE sample IN ('s1', 's8') ORDER BY sample;
SELECT * FROM pg_temp.quarantined('reg_calls') WHERE operation = 'UPDATE';

-- The trigger owns the fusion column: a value written directly is replaced.
INSERT INTO reg_calls (sample, fusion_text, f) VALUES ('s9', 'TPM3::NTRK1', 'EML4::ALK');
SELECT sample, f FROM reg_calls WHERE sample = 's9';

-- COPY goes through the trigger too.
COPY reg_calls (sample, fusion_text, frame) FROM STDIN;
c1	QKI::NTRK2	\N
c2	NTRK2::	\N
c3	SQSTM1--NTRK1	in-frame
\.
SELECT sample, f, cls FROM reg_calls WHERE sample LIKE 'c%' ORDER BY sample;

-- Nothing lost: every row is in the table; the bad ones are also quarantined.
SELECT count(*) AS rows_in_table, count(f) AS with_fusion,
       (SELECT count(*) FROM pg_temp.quarantined('reg_calls')) AS quarantine_entries
FROM reg_calls;

------------------------------------------------------------------------------
-- on_error=skip: bad rows are not stored, only quarantined
------------------------------------------------------------------------------
CREATE TABLE reg_skip (
    sample text PRIMARY KEY,
    fusion_text text NOT NULL,
    f fusion NOT NULL,
    cls text
);
CREATE TRIGGER reg_skip_ntrk BEFORE INSERT OR UPDATE ON reg_skip
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=skip',
                                                        'class=cls');
INSERT INTO reg_skip (sample, fusion_text) VALUES
    ('k1', 'TPM3-NTRK1'), ('k2', 'NTRK1 G595R'), ('k3', 'v::NTRK3'), ('k4', 'ETV6::NTRK3::EML4');
SELECT * FROM reg_skip ORDER BY sample;
-- A skipped UPDATE leaves the row as it was.
UPDATE reg_skip SET fusion_text = 'BCAN-NTRK1x' WHERE sample = 'k1';
SELECT * FROM reg_skip ORDER BY sample;
SELECT operation, action, raw_value, sample, old_raw FROM pg_temp.quarantined('reg_skip');

-- A transaction that rolls back takes its quarantine entries with it.
BEGIN;
INSERT INTO reg_skip (sample, fusion_text) VALUES ('k5', 'garbage!');
SELECT count(*) FROM pg_temp.quarantined('reg_skip');
SELECT quarantined_at = now() AS stamped_with_this_transaction
FROM ntrk_quarantine WHERE table_name = 'reg_skip' AND row_data ->> 'sample' = 'k5';
ROLLBACK;
SELECT count(*) FROM pg_temp.quarantined('reg_skip');

------------------------------------------------------------------------------
-- Retry
------------------------------------------------------------------------------
-- A curator corrects two skipped rows in the quarantine; one stays wrong.
UPDATE ntrk_quarantine
   SET row_data = jsonb_set(row_data, '{fusion_text}', '"ETV6::NTRK3"')
 WHERE table_name = 'reg_skip' AND row_data ->> 'sample' = 'k4';
UPDATE ntrk_quarantine
   SET row_data = jsonb_set(row_data, '{fusion_text}', '"BCAN::NTRK1"')
 WHERE table_name = 'reg_skip' AND operation = 'UPDATE';
SELECT outcome, error FROM ntrk_quarantine_retry('reg_skip') ORDER BY quarantine_id;
SELECT * FROM reg_skip ORDER BY sample;
SELECT operation, raw_value, sample FROM pg_temp.quarantined('reg_skip');
-- Retrying again changes nothing.
SELECT outcome FROM ntrk_quarantine_retry('reg_skip') ORDER BY quarantine_id;

-- Kept rows: s7 is fixed in the table meanwhile (the trigger fills it, the
-- entry is resolved); t1's frame is corrected while the trigger was off
-- (the retry re-runs it: updated); t2 still has a bad frame (quarantined
-- again, under a new entry); the others still fail.
UPDATE reg_calls SET frame = 'in-frame' WHERE sample = 's7';
SELECT sample, f, cls FROM reg_calls WHERE sample = 's7';
INSERT INTO reg_calls (sample, fusion_text, frame) VALUES
    ('t1', 'TPM3::NTRK1', 'in frame?'), ('t2', 'IRF2BP2::NTRK1', 'in frame?');
ALTER TABLE reg_calls DISABLE TRIGGER reg_calls_ntrk;
UPDATE reg_calls SET frame = 'in frame' WHERE sample = 't1';
ALTER TABLE reg_calls ENABLE TRIGGER reg_calls_ntrk;
SELECT outcome, error FROM ntrk_quarantine_retry('reg_calls') ORDER BY quarantine_id;
SELECT sample, f, cls FROM reg_calls WHERE sample IN ('t1', 't2') ORDER BY sample;
SELECT operation, raw_value, sample FROM pg_temp.quarantined('reg_calls');

-- A skipped INSERT whose row now violates a constraint: reported, kept.
INSERT INTO reg_skip (sample, fusion_text) VALUES ('k9', 'NTRK3-');
UPDATE ntrk_quarantine
   SET row_data = jsonb_set(row_data, '{sample}', '"k1"') || '{"fusion_text": "ETV6::NTRK3"}'
 WHERE table_name = 'reg_skip' AND raw_value = 'NTRK3-';
SELECT outcome, error FROM ntrk_quarantine_retry('reg_skip') ORDER BY quarantine_id;
SELECT count(*) FROM pg_temp.quarantined('reg_skip');

-- A skipped UPDATE on a table without primary key cannot be re-applied.
CREATE TABLE reg_nokey (sample text, fusion_text text, f fusion);
CREATE TRIGGER reg_nokey_ntrk BEFORE INSERT OR UPDATE ON reg_nokey
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=skip');
INSERT INTO reg_nokey VALUES ('n1', 'ETV6::NTRK3');
UPDATE reg_nokey SET fusion_text = 'nonsense!';
UPDATE ntrk_quarantine SET row_data = row_data || '{"fusion_text": "ETV6::NTRK2"}'
 WHERE table_name = 'reg_nokey';
SELECT outcome, error FROM ntrk_quarantine_retry('reg_nokey');
SELECT * FROM reg_nokey;

-- Retry needs the table's trigger, and privileges on the table.
CREATE TABLE reg_plain (fusion_text text);
SELECT pg_temp.outcome($$SELECT * FROM ntrk_quarantine_retry('reg_plain')$$);

------------------------------------------------------------------------------
-- A user without any privilege on the quarantine can still load rows
------------------------------------------------------------------------------
CREATE ROLE regress_ntrk_loader;
GRANT USAGE ON SCHEMA public TO regress_ntrk_loader;
GRANT SELECT, INSERT ON reg_skip TO regress_ntrk_loader;
SET ROLE regress_ntrk_loader;
INSERT INTO reg_skip (sample, fusion_text) VALUES ('u1', 'LMNA::NTRK1'), ('u2', 'LMNA:::NTRK1');
SELECT pg_temp.outcome($$SELECT count(*) FROM ntrk_quarantine$$);
SELECT pg_temp.outcome($$SELECT * FROM ntrk_quarantine_retry('reg_skip')$$);
RESET ROLE;
SELECT sample, f FROM reg_skip WHERE sample LIKE 'u%';
SELECT raw_value, sample, by_me FROM pg_temp.quarantined('reg_skip') WHERE sample = 'u2';
SELECT quarantined_by FROM ntrk_quarantine WHERE table_name = 'reg_skip' AND row_data ->> 'sample' = 'u2';

------------------------------------------------------------------------------
-- Misuse: the trigger-protocol error (39P01) with a clear message.  (A raw
-- column may be a domain over text; a written column must be the type
-- itself, since the trigger stores values without checking domains or
-- lengths.)
------------------------------------------------------------------------------
CREATE DOMAIN reg_fusion_dom AS fusion;
CREATE DOMAIN reg_text_dom AS text;
CREATE TABLE reg_misuse (id int, fusion_text text, f fusion, label text NOT NULL DEFAULT '',
                         n integer, yes boolean, fd reg_fusion_dom, short varchar(10),
                         raw_dom reg_text_dom);
CREATE FUNCTION pg_temp.misuse(trigger_def text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE 'CREATE TRIGGER reg_misuse_t ' || trigger_def;
    result := pg_temp.outcome($q$INSERT INTO reg_misuse (id, fusion_text) VALUES (1, 'ETV6::NTRK3')$q$);
    IF result = 'ok' THEN
        result := pg_temp.outcome($q$UPDATE reg_misuse SET id = 2$q$);
    END IF;
    IF result = 'ok' THEN
        result := pg_temp.outcome($q$DELETE FROM reg_misuse$q$);
    END IF;
    EXECUTE 'DROP TRIGGER reg_misuse_t ON reg_misuse';
    DELETE FROM reg_misuse;
    RETURN result;
END $$;

SELECT d AS trigger_definition, pg_temp.misuse(d) AS outcome
FROM (VALUES
    ($$AFTER INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH STATEMENT EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f')$$),
    ($$BEFORE DELETE ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger()$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw', 'f')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'missing')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('n', 'f')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'label')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'class=n')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'actionable=label')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=abort')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'colour=label')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'skip')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'reason=label')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=skip', 'reason=label', 'partner=label')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'frame=f')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'ntrk_gene=fusion_text')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=skip', 'on_error=keep')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'fd')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'partner=short')$$),
    ($$BEFORE INSERT ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('raw_dom', 'f')$$),
    ($$BEFORE INSERT OR UPDATE OR DELETE ON reg_misuse FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'actionable=yes')$$)
) AS t(d);

-- The message comes with a hint showing the right form.
CREATE TRIGGER reg_misuse_t AFTER INSERT ON reg_misuse
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f');
SELECT pg_temp.outcome($$INSERT INTO reg_misuse (id, fusion_text) VALUES (1, 'x')$$, true);
DROP TRIGGER reg_misuse_t ON reg_misuse;

-- INSTEAD OF on a view.
CREATE VIEW reg_misuse_v AS SELECT * FROM reg_misuse;
CREATE TRIGGER reg_misuse_v_t INSTEAD OF INSERT ON reg_misuse_v
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f');
SELECT pg_temp.outcome($$INSERT INTO reg_misuse_v (id, fusion_text) VALUES (1, 'x')$$);

-- Classification into text columns works without the enum.
CREATE TABLE reg_text (fusion_text text, f fusion, cls varchar, gene text);
CREATE TRIGGER reg_text_t BEFORE INSERT ON reg_text
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'class=cls', 'ntrk_gene=gene');
INSERT INTO reg_text (fusion_text) VALUES ('CD74::NTRK1'), ('EML4::ALK');
SELECT * FROM reg_text;

-- Clean up: tables, the role, and this test's quarantine entries.
DELETE FROM ntrk_quarantine
 WHERE table_schema = current_schema()
   AND table_name IN ('reg_calls', 'reg_skip', 'reg_nokey', 'reg_misuse', 'reg_text');
DROP VIEW reg_misuse_v;
DROP TABLE reg_calls, reg_skip, reg_nokey, reg_plain, reg_misuse, reg_text;
DROP DOMAIN reg_fusion_dom;
DROP DOMAIN reg_text_dom;
REVOKE USAGE ON SCHEMA public FROM regress_ntrk_loader;
DROP ROLE regress_ntrk_loader;
