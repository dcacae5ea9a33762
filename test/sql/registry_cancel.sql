--
-- A query cancel inside ntrk_quarantine_retry (which re-inserts rows
-- through the registry trigger, each in its own subtransaction) must leave
-- the subtransactions as it found them: the function rolls its own back
-- before re-throwing, so a caller that traps query_canceled rolls back its
-- own block, and the session goes on normally.
--
CREATE TABLE reg_cancel (
    sample text PRIMARY KEY,
    fusion_text text NOT NULL,
    f fusion NOT NULL
);
CREATE TRIGGER reg_cancel_ntrk BEFORE INSERT OR UPDATE ON reg_cancel
    FOR EACH ROW EXECUTE FUNCTION ntrk_registry_trigger('fusion_text', 'f', 'on_error=skip');
INSERT INTO reg_cancel VALUES ('c1', 'not a fusion!');
UPDATE ntrk_quarantine SET row_data = jsonb_set(row_data, '{fusion_text}', '"ETV6::NTRK3"')
 WHERE table_name = 'reg_cancel';

-- A slow trigger after ntrk's, so that the re-insert runs into the timeout.
CREATE FUNCTION pg_temp.slow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_sleep(5);
	RETURN NEW;
END $$;
CREATE TRIGGER reg_cancel_slow BEFORE INSERT ON reg_cancel
    FOR EACH ROW EXECUTE FUNCTION pg_temp.slow();

-- The caller traps the cancel; its block's work is undone, the rest stays.
CREATE TABLE reg_cancel_log (step text);
BEGIN;
INSERT INTO reg_cancel_log VALUES ('before the block');
SET LOCAL statement_timeout = '300ms';
DO $$
BEGIN
	INSERT INTO reg_cancel_log VALUES ('inside the block');
	PERFORM * FROM ntrk_quarantine_retry('reg_cancel');
	RAISE EXCEPTION 'not reached';
EXCEPTION WHEN query_canceled THEN
	RAISE NOTICE 'query_canceled trapped';
END $$;
SET LOCAL statement_timeout = 0;
INSERT INTO reg_cancel_log VALUES ('after the block');
SELECT step FROM reg_cancel_log ORDER BY step;
COMMIT;
SELECT step FROM reg_cancel_log ORDER BY step;
SELECT count(*) AS rows_in_table FROM reg_cancel;
SELECT count(*) AS still_quarantined FROM ntrk_quarantine WHERE table_name = 'reg_cancel';

-- Without the slow trigger the retry then succeeds.
DROP TRIGGER reg_cancel_slow ON reg_cancel;
SELECT outcome FROM ntrk_quarantine_retry('reg_cancel');
SELECT sample, f FROM reg_cancel;
DROP TABLE reg_cancel, reg_cancel_log;
