--
-- Every canonical value a release could store reads back unchanged through
-- text and binary input (test/fixtures/canonical/<version>.tsv: text, tab,
-- packed bytes in hex).  The files are read on the client side.
--

\set corpus10 `cat test/fixtures/canonical/1.0.tsv`
\set corpus11 `cat test/fixtures/canonical/1.1.tsv`
CREATE TEMP TABLE canonical (release text, canonical_text text, packed_hex text);
INSERT INTO canonical
SELECT r.release, split_part(l, E'\t', 1), split_part(l, E'\t', 2)
FROM (VALUES ('1.0', :'corpus10'), ('1.1', :'corpus11')) AS r(release, content),
     regexp_split_to_table(r.content, E'\n') AS l
WHERE l <> '';

-- Text input: each text reads as a value that prints as itself, whose
-- binary form (fusion_send) is the stored bytes.
SELECT release, count(*) AS n_values,
       count(*) FILTER (WHERE canonical_text::fusion::text = canonical_text) AS text_reads_back,
       count(*) FILTER (WHERE encode(fusion_send(canonical_text::fusion), 'hex') = packed_hex) AS same_bytes
FROM canonical GROUP BY release ORDER BY release;

-- Binary input: a binary COPY of every value reads back into equal values.
CREATE TEMP TABLE canonical_values AS
SELECT release, canonical_text, canonical_text::fusion AS f FROM canonical;
\copy (SELECT release, canonical_text, f FROM canonical_values ORDER BY 1, 2) TO 'results/canonical_values.bin' WITH (FORMAT binary)
CREATE TEMP TABLE restored (release text, canonical_text text, f fusion);
\copy restored FROM 'results/canonical_values.bin' WITH (FORMAT binary)
SELECT r.release, count(*) AS restored,
       count(*) FILTER (WHERE r.f = v.f AND r.f::text = r.canonical_text
                        AND fusion_send(r.f) = fusion_send(v.f)) AS unchanged
FROM restored r JOIN canonical_values v USING (release, canonical_text)
GROUP BY r.release ORDER BY 1;

-- The values 1.0 stored that a later 1.0 build refused, read again.
SELECT canonical_text FROM canonical
WHERE release = '1.0' AND canonical_text IN ('FOOINTRAGENIC::NTRK1', 'NINTRAGENIC fusion',
      'INTRAGENIC::NTRK1', 'ETV6.::NTRK3', 'NTRK1--intragenic')
ORDER BY 1;
