--
-- Bad-input corpus: every line of test/fixtures/bad_inputs.txt is a fusion
-- literal ntrk must refuse.  For each one, fusion_error() says what is wrong,
-- fusion_try() gives NULL, and the input function raises SQLSTATE 22P02 with
-- a message naming the type (never an internal error).
--
\set fixtures test/fixtures
\i test/fixtures/load.psql
SELECT pg_temp.fixture(:'fixtures' || '/bad_inputs.txt') AS corpus \gset

CREATE TEMP TABLE bad_input AS
SELECT n::integer AS n, line AS input
FROM pg_catalog.regexp_split_to_table(:'corpus', E'\n') WITH ORDINALITY AS t(line, n)
WHERE line <> '' AND line NOT LIKE '#%';

-- The raised error, caught: SQLSTATE and message.  how = 'literal' goes
-- through the type's input function (a quoted literal), how = 'cast' through
-- the text -> fusion cast.
CREATE FUNCTION bad_input_raise(input text, how text, OUT state text, OUT message text)
LANGUAGE plpgsql AS $$
BEGIN
	IF how = 'literal' THEN
		EXECUTE pg_catalog.format('SELECT %L::fusion', input);
	ELSE
		PERFORM input::fusion;
	END IF;
	state := 'accepted';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
END
$$;

-- What is wrong with each input.
SELECT n, input, fusion_error(input) AS error
FROM bad_input ORDER BY n;

-- Every input is refused by every entry point: fusion_error, fusion_try,
-- the input function and the cast, with 22P02 and a message naming the type.
SELECT how, count(*) AS inputs,
	   count(*) FILTER (WHERE fusion_error(input) IS NULL) AS accepted_by_fusion_error,
	   count(*) FILTER (WHERE fusion_try(input) IS NOT NULL) AS accepted_by_fusion_try,
	   count(*) FILTER (WHERE r.state <> '22P02') AS not_22p02,
	   count(*) FILTER (WHERE r.message
						IS DISTINCT FROM 'invalid input syntax for type fusion: "' || input || '"')
		   AS message_not_naming_type
FROM bad_input,
	 unnest(ARRAY['literal', 'cast']) AS how,
	 LATERAL bad_input_raise(input, how) AS r
GROUP BY how ORDER BY how;

DROP FUNCTION bad_input_raise(text, text);
DROP TABLE bad_input;
