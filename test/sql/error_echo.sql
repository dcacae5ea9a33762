--
-- An input quoted back in an error message is cut on a character boundary
-- (one helper, ntrk_echo, at every clip site): a message ending in half a
-- character is invalid text, and a client in another encoding would get
-- 22021 (conversion failed) instead of the real SQLSTATE.
--

-- Server side: the message keeps whole characters and says it was cut.
CREATE FUNCTION pg_temp.error_of(statement text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE statement;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

SELECT left(e, 5) AS sqlstate,
       e ~ (chr(228) || '\.\.\."$') AS ends_with_whole_character,
       length(e) < 200 AS clipped
FROM (VALUES (pg_temp.error_of($$SELECT ('a' || repeat(chr(228), 100))::fusion$$)),
             (pg_temp.error_of($$SELECT ('a' || repeat(chr(228), 100))::gene$$)),
             (pg_temp.error_of($$SELECT ntrk_classify('ETV6::NTRK3', 'a' || repeat(chr(228), 100))$$)),
             (pg_temp.error_of($$SELECT ntrk_frame('a' || repeat(chr(228), 100))$$))) AS t(e);

-- The gene argument of ntrk_variant_class is quoted in the detail.
SELECT pg_temp.error_of($$SELECT ntrk_variant_class('a' || repeat(chr(228), 40), 'G595R')$$) LIKE '22023 %' AS sqlstate_22023;

-- A LATIN1 client gets the real error, converted.
SET client_encoding = 'LATIN1';
\set VERBOSITY sqlstate
SELECT ('a' || repeat(chr(228), 100))::fusion;
SELECT ntrk_classify('ETV6::NTRK3', 'a' || repeat(chr(228), 100));
SELECT ntrk_frame('a' || repeat(chr(228), 100));
SELECT ntrk_variant_class('a' || repeat(chr(228), 40), 'G595R');
\set VERBOSITY default
RESET client_encoding;
