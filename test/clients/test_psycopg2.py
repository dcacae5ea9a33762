#!/usr/bin/python3
"""ntrk through psycopg2 (Debian python3-psycopg2): fusion values as text
results, as parameters, in arrays, in binary COPY and text COPY, errors with
their SQLSTATE, and the guidance function called with parameters.

Connects with the libpq environment (PGHOST, PGPORT, PGUSER, PGDATABASE);
the database must have the ntrk extension.  Prints TAP.
"""
import io
import struct
import sys

try:
    import psycopg2
    import psycopg2.extensions
except ImportError:
    print("1..0 # skip python3-psycopg2 is not installed")
    sys.exit(0)

results = []


def check(ok, name, diag=None):
    """Record one TAP assertion (and print its diagnostics on failure)."""
    results.append(bool(ok))
    print("%s %d - %s" % ("ok" if ok else "not ok", len(results), name))
    if not ok and diag is not None:
        for line in str(diag).splitlines():
            print("# " + line)


def binary_copy_values(data):
    """The values of a one-column binary COPY stream (None for NULL)."""
    signature = b"PGCOPY\n\xff\r\n\x00"
    if not data.startswith(signature):
        raise ValueError("not a binary COPY stream")
    pos = len(signature) + 4
    (ext_len,) = struct.unpack_from("!I", data, pos)
    pos += 4 + ext_len
    values = []
    while True:
        (nfields,) = struct.unpack_from("!h", data, pos)
        pos += 2
        if nfields == -1:
            return values
        (length,) = struct.unpack_from("!i", data, pos)
        pos += 4
        if length == -1:
            values.append(None)
        else:
            values.append(bytes(data[pos:pos + length]))
            pos += length


def binary_copy_stream(values):
    """A one-column binary COPY stream holding the given raw values."""
    out = [b"PGCOPY\n\xff\r\n\x00", struct.pack("!II", 0, 0)]
    for v in values:
        if v is None:
            out.append(struct.pack("!hi", 1, -1))
        else:
            out.append(struct.pack("!hi", 1, len(v)) + v)
    out.append(struct.pack("!h", -1))
    return b"".join(out)


conn = psycopg2.connect("")
conn.autocommit = True
cur = conn.cursor()

# Text results and parameters.
cur.execute("SELECT %s::fusion", ("NTRK3-ETV6 fusion - Archer",))
check(cur.fetchone()[0] == "NTRK3/ETV6", "text result: canonical form of a '-' notation")
cur.execute("SELECT %s::fusion = %s::fusion, fusion_order_guaranteed(%s::fusion)",
            ("etv6--ntrk3", "ETV6::NTRK3", "NTRK1-TPM3"))
check(cur.fetchone() == (True, False), "parameters: equality across notations, order flag")
cur.execute("SELECT NULL::fusion, fusion_partner(%s, %s)", ("ETV6::NTRK3", "TRKC"))
check(cur.fetchone() == (None, "ETV6"), "NULL fusion is None; fusion_partner resolves an alias")

# Arrays: psycopg2 does not know the type, so register a caster for it and
# its array type (the OIDs differ between databases).
cur.execute("SELECT 'fusion'::regtype::oid, 'fusion[]'::regtype::oid")
oid, array_oid = cur.fetchone()
FUSION = psycopg2.extensions.new_type((oid,), "FUSION", lambda v, c: v)
psycopg2.extensions.register_type(FUSION, conn)
psycopg2.extensions.register_type(
    psycopg2.extensions.new_array_type((array_oid,), "FUSION[]", FUSION), conn)
cur.execute("SELECT ARRAY[%s, %s, NULL]::fusion[]", ("ETV6-NTRK3", "trka::tpm3"))
value = cur.fetchone()[0]
check(value == ["ETV6/NTRK3", "NTRK1::TPM3", None], "fusion[] result as a Python list", value)

# Errors keep their SQLSTATE and name the type.
try:
    cur.execute("SELECT %s::fusion", ("FOO1-BAR2",))
    check(False, "bad input raises an error")
except psycopg2.Error as e:
    check(e.pgcode == "22P02" and "type fusion" in e.pgerror,
          "bad input: SQLSTATE 22P02, message names the type", e.pgerror)

# Binary: fusion_send as bytea, and binary COPY out and back in.
cur.execute("SELECT fusion_send('ETV6(e5)::NTRK3(e15)')")
sent = bytes(cur.fetchone()[0])
check(sent[:1] == b"\x01", "binary form starts with format version 1")

cur.execute("CREATE TEMP TABLE calls (id integer, f fusion)")
cur.execute("""INSERT INTO calls VALUES (1, 'ETV6::NTRK3'), (2, 'ETV6-NTRK3'), (3, NULL),
               (4, 'NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10'), (5, 'v::NTRK1')""")
buf = io.BytesIO()
cur.copy_expert("COPY (SELECT f FROM calls ORDER BY id) TO STDOUT (FORMAT binary)", buf)
copied = binary_copy_values(buf.getvalue())
cur.execute("SELECT fusion_send(f) FROM calls ORDER BY id")
expected = [None if r[0] is None else bytes(r[0]) for r in cur.fetchall()]
check(copied == expected, "binary COPY TO gives fusion_send's bytes, NULL included")

cur.execute("CREATE TEMP TABLE back (f fusion)")
cur.copy_expert("COPY back FROM STDIN (FORMAT binary)", io.BytesIO(binary_copy_stream(copied)))
cur.execute("""SELECT count(*) FILTER (WHERE b.f IS NOT DISTINCT FROM c.f
                                        AND fusion_order_guaranteed(b.f) IS NOT DISTINCT FROM
                                            fusion_order_guaranteed(c.f)), count(*)
               FROM (SELECT f, row_number() OVER () AS n FROM back) b
               JOIN (SELECT f, row_number() OVER (ORDER BY id) AS n FROM calls) c USING (n)""")
same, total = cur.fetchone()
check(same == total == 5, "binary COPY FROM reads them back, order flag included")

bad = bytearray(copied[0])
bad[0] = 9
try:
    cur.copy_expert("COPY back FROM STDIN (FORMAT binary)", io.BytesIO(binary_copy_stream([bytes(bad)])))
    check(False, "binary COPY refuses an unknown format version")
except psycopg2.Error as e:
    check(e.pgcode == "22P03" and "type fusion" in e.pgerror,
          "binary COPY refuses an unknown format version with 22P03", e.pgerror)

# Text COPY in and out.
cur.execute("CREATE TEMP TABLE loaded (sample text, f fusion)")
cur.copy_expert("COPY loaded FROM STDIN (FORMAT csv)",
                io.StringIO("S1,ETV6-NTRK3\nS2,LMNA::NTRK1 Fusion\nS3,\n"))
out = io.StringIO()
cur.copy_expert("COPY (SELECT sample, f, fusion_order_guaranteed(f) FROM loaded ORDER BY sample) "
                "TO STDOUT (FORMAT csv)", out)
check(out.getvalue() == "S1,ETV6/NTRK3,f\nS2,LMNA::NTRK1,t\nS3,,\n",
      "text COPY in and out keeps the order flag ('/' form)", out.getvalue())

# The guidance function with parameters: a kinase-first fusion, a list
# parameter for the prior TRK inhibitors, a boolean, a number, two texts.
cur.execute("""SELECT rank, biomarker_state::text, therapy
               FROM ntrk_guidance(fusions => %s::fusion[], prior_trk_inhibitors => %s::text[],
                                  cns_metastases => %s, age => %s, stage => %s, tumour_type => %s)
               WHERE rank = 1 ORDER BY therapy""",
            (["NTRK1-TPM3"], [], False, 58, "IV", "NSCLC"))
rows = cur.fetchall()
check(rows == [(1, "ntrk_fusion", "entrectinib"), (1, "ntrk_fusion", "larotrectinib")],
      "ntrk_guidance with parameters: first-line options for NTRK1-TPM3 in NSCLC", rows)
try:
    cur.execute("SELECT * FROM ntrk_guidance(tumour_type => %s)", ("leukaemia",))
    check(False, "ntrk_guidance refuses an unknown tumour type")
except psycopg2.Error as e:
    check(e.pgcode == "22023", "ntrk_guidance refuses an unknown tumour type with 22023", e.pgerror)

conn.close()
print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
