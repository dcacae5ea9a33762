#!/usr/bin/env python3
"""Generate src/core/ntrk_exon_data.c, the NTRK exon coordinate table.

Reads data/ntrk_exons.tsv (one row per exon of each listed NTRK transcript on
GRCh37 and GRCh38, with a source column) and writes the C arrays declared in
src/core/breakpoint.h.  Python 3 standard library only; deterministic (the
same input gives a byte-identical file).

Usage:
    python3 tools/gen_exon_table.py [TSV_PATH [OUTPUT_PATH]]
    python3 tools/gen_exon_table.py --check   exit 1 if the committed
                                              output is not up to date

Checks made before writing (the script fails on any of them):
  * every transcript has its exons on one chromosome and strand, numbered in
    increasing order, non-overlapping and in transcript order (ascending
    coordinates on +, descending on -);
  * each exon has lo <= hi; coding exons have cds_first <= cds_last;
  * the kinase-start codon (c. = 3 * (kinase_start_aa - 1) + 1) lies in a
    coding exon of the transcript, on both builds;
  * both builds list the same exons for a transcript, and each interior
    exon boundary differs between the builds by one offset per gene (the
    liftover block of that gene).
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TSV = os.path.join(HERE, "..", "data", "ntrk_exons.tsv")
DEFAULT_OUTPUT = os.path.join(HERE, "..", "src", "core", "ntrk_exon_data.c")
SCRIPT_NAME = "tools/gen_exon_table.py"
COLUMNS = ["gene", "transcript", "ensembl", "role", "chromosome", "strand",
           "build", "exon", "lo", "hi", "cds_first", "cds_last",
           "kinase_start_aa", "source"]
BUILDS = {"GRCh37": 37, "GRCh38": 38}


def fail(msg):
    sys.stderr.write("gen_exon_table: %s\n" % msg)
    sys.exit(1)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_rows(path):
    with open(path, newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        if reader.fieldnames != COLUMNS:
            fail("%s: header must be %s" % (path, "\t".join(COLUMNS)))
        rows = list(reader)
    for r in rows:
        for k in ("exon", "lo", "hi", "cds_first", "cds_last", "kinase_start_aa"):
            r[k] = int(r[k])
        if r["build"] not in BUILDS:
            fail("unknown build %s" % r["build"])
        if not r["source"].strip():
            fail("row without a source: %s" % r)
    return rows


def group(rows):
    """Transcripts in file order, each with its exons per build."""
    order, tx = [], {}
    for r in rows:
        key = (r["transcript"], r["build"])
        if key not in tx:
            tx[key] = []
            order.append(key)
        tx[key].append(r)
    return order, tx


def kinase_start(exons):
    """(exon number, genomic base) of the first base of the kinase-start codon."""
    aa = exons[0]["kinase_start_aa"]
    c = 3 * (aa - 1) + 1
    for e in exons:
        if e["cds_first"] and e["cds_first"] <= c <= e["cds_last"]:
            off = c - e["cds_first"]
            base = e["lo"] + off if e["strand"] == "+" else e["hi"] - off
            if not e["lo"] <= base <= e["hi"]:
                fail("%s: kinase start outside its exon" % e["transcript"])
            return e["exon"], base
    fail("%s %s: kinase start c.%d is in no coding exon" % (exons[0]["transcript"], exons[0]["build"], c))


def check(order, tx):
    for key in order:
        exons = tx[key]
        first = exons[0]
        for k in ("gene", "ensembl", "role", "chromosome", "strand", "kinase_start_aa"):
            if any(e[k] != first[k] for e in exons):
                fail("%s %s: column %s differs between exons" % (key + (k,)))
        for a, b in zip(exons, exons[1:]):
            if b["exon"] <= a["exon"]:
                fail("%s %s: exon numbers not increasing" % key)
            if first["strand"] == "+" and not a["hi"] < b["lo"]:
                fail("%s %s: exons %d/%d overlap or are out of order" % (key + (a["exon"], b["exon"])))
            if first["strand"] == "-" and not b["hi"] < a["lo"]:
                fail("%s %s: exons %d/%d overlap or are out of order" % (key + (a["exon"], b["exon"])))
        for e in exons:
            if e["lo"] > e["hi"] or (e["cds_first"] and e["cds_first"] > e["cds_last"]):
                fail("%s %s: bad exon %d" % (key + (e["exon"],)))
        kinase_start(exons)
    # Both builds, same exons, one offset per gene on interior boundaries.
    offsets = {}
    for (acc, build) in order:
        if build != "GRCh38":
            continue
        e38 = tx[(acc, "GRCh38")]
        e37 = tx.get((acc, "GRCh37"))
        if e37 is None or [e["exon"] for e in e37] != [e["exon"] for e in e38]:
            fail("%s: GRCh37 and GRCh38 list different exons" % acc)
        gene = e38[0]["gene"]
        plus = e38[0]["strand"] == "+"
        last = len(e38) - 1
        for i, (a, b) in enumerate(zip(e37, e38)):
            # The transcript's outer ends (5' of the first exon, 3' of the
            # last) depend on the annotation version and are not compared.
            sides = []
            if not (i == 0 and plus) and not (i == last and not plus):
                sides.append("lo")
            if not (i == last and plus) and not (i == 0 and not plus):
                sides.append("hi")
            for side in sides:
                d = b[side] - a[side]
                if offsets.setdefault(gene, d) != d:
                    fail("%s exon %d %s: GRCh38 - GRCh37 = %d, not the gene offset %d"
                         % (acc, a["exon"], side, d, offsets[gene]))


def generate(rows, tsv_name):
    order, tx = group(rows)
    check(order, tx)
    out = []
    w = out.append
    w("/*")
    w(" * ntrk_exon_data.c")
    w(" *\t\tExon coordinates of the NTRK1/2/3 transcripts on GRCh37 and GRCh38:")
    w(" *\t\tthe data behind src/core/breakpoint.c.")
    w(" *")
    w(" * GENERATED FILE -- DO NOT EDIT BY HAND.")
    w(" * Generated by %s from %s (%d exon rows);" % (SCRIPT_NAME, tsv_name, len(rows)))
    w(" * every row's source is kept below.  To regenerate: make generate, or")
    w(" *\t\tpython3 %s [TSV [OUTPUT]]" % SCRIPT_NAME)
    w(" *")
    w(" * Coordinates are 1-based and inclusive; exons are listed in transcript")
    w(" * order (descending coordinates on the - strand).")
    w(" */")
    w('#include "breakpoint.h"')
    w("")
    for n, key in enumerate(order):
        w("static const NtrkExon exons_%d[] = {" % n)
        w("\t/* exon, lo, hi, cds_first, cds_last, source */")
        for e in tx[key]:
            w("\t{%d, %d, %d, %d, %d," % (e["exon"], e["lo"], e["hi"], e["cds_first"], e["cds_last"]))
            w("\t%s}," % c_string(e["source"]))
        w("};")
        w("")
    w("const NtrkExonTranscript ntrk_exon_transcripts[] = {")
    w("\t/* gene, ntrk, accession, ensembl, reference, chromosome, strand, build,")
    w("\t * kinase_start_aa, kinase_start_exon, kinase_start_base, n_exons, exons */")
    for n, key in enumerate(order):
        exons = tx[key]
        f = exons[0]
        kexon, kbase = kinase_start(exons)
        w("\t{%s, %d, %s, %s, %s, %s, '%s', %d, %d, %d, %d, %d, exons_%d}," % (
            c_string(f["gene"]), int(f["gene"][-1]), c_string(f["transcript"]),
            c_string(f["ensembl"]), "true" if f["role"] == "reference" else "false",
            c_string(f["chromosome"]), f["strand"], BUILDS[f["build"]],
            f["kinase_start_aa"], kexon, kbase, len(exons), n))
    w("};")
    w("")
    w("const int\tntrk_exon_transcript_count = %d;" % len(order))
    return "\n".join(out) + "\n"


def main(argv):
    check = "--check" in argv
    args = [a for a in argv[1:] if a != "--check"]
    tsv = args[0] if len(args) > 0 else DEFAULT_TSV
    output = args[1] if len(args) > 1 else DEFAULT_OUTPUT
    text = generate(read_rows(tsv), "data/" + os.path.basename(tsv))
    if check:
        with open(output) as fh:
            if fh.read() != text:
                fail("%s is not what data/%s gives; run make generate"
                     % (os.path.relpath(output), os.path.basename(tsv)))
        print("gen_exon_table: up to date")
        return
    with open(output, "w") as fh:
        fh.write(text)


if __name__ == "__main__":
    main(sys.argv)
