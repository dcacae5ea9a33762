#!/usr/bin/env python3
"""Generate src/core/gene_table.c, the built-in human gene symbol table.

Reads the NCBI Gene data shipped by Bioconductor's org.Hs.eg.db package
(a SQLite file) and writes a pure C99 file implementing the API declared in
src/core/ntrk_genes.h.  Python 3 standard library only.

Usage:
    python3 tools/gen_gene_table.py [SQLITE_PATH [OUTPUT_PATH]] [--skip-checks]

The output is deterministic: the same input always gives a byte-identical
file.  Nothing in it depends on the time or the host; besides the SQLite
file, only the package version is read (from org.Hs.eg.db/DESCRIPTION, next
to extdata/, and left out of the header comment if that file is absent).

Resolution rules (mirrored by the generated lookup):
  * every gene's approved symbol is gene_info.symbol, spelled as given;
  * a name that is an approved symbol resolves to that gene (APPROVED), even
    if it is also an alias of other genes;
  * a few approved symbols are given by NCBI to more than one gene (e.g. TEC,
    HBD, the tRNA genes).  If exactly one of them has the best gene type
    (protein-coding, then any other type, then 'unknown', NCBI's type for
    phenotype/locus records) it wins; otherwise the name is AMBIGUOUS
    between all genes carrying that symbol;
  * otherwise a name that is an alias / previous symbol of exactly one gene
    is ALIAS, of several genes AMBIGUOUS (candidates sorted by symbol);
  * names are compared ASCII case-insensitively.
Aliases that could never be parsed as one symbol are skipped (see
alias_is_usable), as are aliases made only of digits.
"""

import os
import pathlib
import re
import sqlite3
import sys

DEFAULT_SQLITE = "/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite"
DEFAULT_OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "..", "src", "core", "gene_table.c")
SCRIPT_NAME = "tools/gen_gene_table.py"

MAX_KEY_LEN = 63            # longest name the table accepts, in bytes
MAX_CANDIDATES = 8          # NTRK_GENE_MAX_CANDIDATES in ntrk_genes.h
KIND_APPROVED, KIND_ALIAS, KIND_AMBIGUOUS = 1, 2, 3
TAG_BITS = 6                # hash bits kept in each slot

# Alias overrides: name -> approved symbol it must resolve to.  Each one is
# applied only where the data leave the name ambiguous between genes that
# include the target; the generator fails if an override is no longer needed
# or no longer applies, so stale entries get noticed.  Keep this list to the
# NTRK1/2/3 aliases the extension depends on.
OVERRIDES = {
    # NCBI Gene lists TRK as an alias of both NTRK1 (4914) and TPM3 (7170):
    # the original "trk" oncogene (Martin-Zanca et al., Nature 1986) was the
    # TPM3-NTRK1 fusion, named after its kinase part.  In fusion and
    # oncology nomenclature TRK denotes the NTRK1 receptor (TrkA), so a
    # fusion written with TRK must parse as NTRK1, not fail as ambiguous.
    "TRK": "NTRK1",
}

# Expected resolutions, verified before anything is written.
CHECKS = [
    ("TRKA", "NTRK1"), ("TRKB", "NTRK2"), ("TRKC", "NTRK3"), ("TRK", "NTRK1"),
    ("SEPT14", "SEPTIN14"), ("MLL", "KMT2A"),
    ("HLA-DRB1", "HLA-DRB1"), ("NKX2-1", "NKX2-1"), ("H1-4", "H1-4"),
]

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
UNPARSABLE = re.compile(r"[\s:/(),;]")
MONTHS = {m: i + 1 for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}


def fnv1a(key):
    """FNV-1a 32-bit hash of an (already uppercased) ASCII key."""
    h = FNV_OFFSET
    for b in key.encode("ascii"):
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFF
    return h


def ascii_upper(s):
    """Uppercase a-z only, exactly like the C side does."""
    return "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in s)


def alias_is_usable(alias):
    """True if an alias could be parsed as one gene symbol."""
    if not alias or len(alias.encode("utf-8")) > MAX_KEY_LEN:
        return False
    if any(not (0x20 <= ord(c) <= 0x7E) for c in alias):
        return False
    if UNPARSABLE.search(alias):
        return False
    return not alias.isdigit()


def iso_date(value):
    """Turn org.Hs.eg.db's '2022-Sep12' into '2022-09-12'."""
    m = re.fullmatch(r"(\d{4})-([A-Za-z]{3})(\d{1,2})", value or "")
    if m and m.group(2) in MONTHS:
        return "%s-%02d-%02d" % (m.group(1), MONTHS[m.group(2)], int(m.group(3)))
    return value


def read_source(path):
    """Read genes, aliases and provenance from the org.Hs.eg.db SQLite file."""
    if not os.path.isfile(path):
        sys.exit("%s: no such SQLite file: %s" % (SCRIPT_NAME, path))
    db = sqlite3.connect(pathlib.Path(path).resolve().as_uri() + "?mode=ro",
                         uri=True)
    meta = dict(db.execute("SELECT name, value FROM metadata"))
    genes = db.execute(
        "SELECT g._id, CAST(g.gene_id AS INTEGER), gi.symbol,"
        "       COALESCE((SELECT t.gene_type FROM genetype t"
        "                 WHERE t._id = g._id), 'unknown')"
        "  FROM genes g JOIN gene_info gi ON gi._id = g._id").fetchall()
    aliases = db.execute("SELECT _id, alias_symbol FROM alias").fetchall()
    db.close()

    version = None
    desc = os.path.join(os.path.dirname(os.path.abspath(path)), "..",
                        "DESCRIPTION")
    if os.path.exists(desc):
        with open(desc, encoding="utf-8") as f:
            for line in f:
                if line.startswith("Version:"):
                    version = line.split(":", 1)[1].strip()
    return meta, version, genes, aliases


def type_rank(gene_type):
    """Preference among genes sharing an approved symbol (lower wins)."""
    if gene_type == "protein-coding":
        return 0
    return 2 if gene_type == "unknown" else 1


def build(genes_rows, alias_rows):
    """Resolve every name; return genes and the key -> resolution map."""
    genes_rows = sorted(genes_rows, key=lambda r: r[1])   # by NCBI Gene ID
    index_of = {row[0]: i for i, row in enumerate(genes_rows)}
    symbols = [row[2] for row in genes_rows]
    ncbi = [row[1] for row in genes_rows]
    types = [row[3] for row in genes_rows]

    def by_symbol(idx):
        return sorted(set(idx), key=lambda g: (symbols[g], ncbi[g]))

    for sym in symbols:
        if (not sym or len(sym) > MAX_KEY_LEN
                or any(not (0x21 <= ord(c) <= 0x7E) for c in sym)):
            sys.exit("%s: unexpected approved symbol %r (empty, too long or "
                     "not printable ASCII)" % (SCRIPT_NAME, sym))

    approved = {}
    for g, sym in enumerate(symbols):
        approved.setdefault(ascii_upper(sym), []).append(g)

    alias_genes = {}
    stats = {"alias_rows": len(alias_rows), "alias_skipped": 0}
    for rid, alias in alias_rows:
        if not alias_is_usable(alias):
            stats["alias_skipped"] += 1
            continue
        alias_genes.setdefault(ascii_upper(alias), set()).add(index_of[rid])

    # key -> (kind, gene or candidate list, representative spelling)
    keys = {}
    shared_symbols = []
    for key, gs in approved.items():
        if len(gs) == 1:
            keys[key] = (KIND_APPROVED, gs[0], symbols[gs[0]])
            continue
        best = min(type_rank(types[g]) for g in gs)
        winners = [g for g in gs if type_rank(types[g]) == best]
        if len(winners) == 1:
            keys[key] = (KIND_APPROVED, winners[0], symbols[winners[0]])
            shared_symbols.append((key, "resolved"))
        else:
            keys[key] = (KIND_AMBIGUOUS, by_symbol(gs), key)
            shared_symbols.append((key, "ambiguous"))

    used_overrides = set()
    for key, gs in alias_genes.items():
        if key in approved:
            continue            # an approved symbol always wins
        if key in OVERRIDES:
            target = approved.get(OVERRIDES[key], [])
            if len(gs) < 2 or len(target) != 1 or target[0] not in gs:
                sys.exit("%s: override %s -> %s no longer applies"
                         % (SCRIPT_NAME, key, OVERRIDES[key]))
            keys[key] = (KIND_ALIAS, target[0], key)
            used_overrides.add(key)
        elif len(gs) == 1:
            keys[key] = (KIND_ALIAS, next(iter(gs)), key)
        else:
            keys[key] = (KIND_AMBIGUOUS, by_symbol(gs), key)
    missing = set(OVERRIDES) - used_overrides
    if missing:
        sys.exit("%s: overrides not needed any more: %s"
                 % (SCRIPT_NAME, ", ".join(sorted(missing))))

    stats["approved_keys"] = len(approved)
    stats["alias_keys"] = sum(1 for k in keys if k not in approved)
    stats["alias_ambiguous"] = sum(1 for k, v in keys.items()
                                   if k not in approved
                                   and v[0] == KIND_AMBIGUOUS)
    stats["shared_symbols"] = sorted(shared_symbols)
    stats["overrides"] = sorted(used_overrides)
    return symbols, ncbi, keys, stats


def run_checks(symbols, keys):
    """Evaluate CHECKS against the resolved map; return (ok, report)."""
    report, ok = [], True
    for name, want in CHECKS:
        kind, val, _ = keys.get(ascii_upper(name), (0, None, None))
        got = symbols[val] if kind in (KIND_APPROVED, KIND_ALIAS) else None
        if kind == KIND_AMBIGUOUS:
            got = "ambiguous(%s)" % ",".join(symbols[g] for g in val)
        if want == name:
            good = kind == KIND_APPROVED and got == want
        else:
            good = got == want
        ok = ok and good
        report.append("%s->%s%s" % (name, got, "" if good else " FAILED"))
    return ok, report


def pool_lines(strings, width=100):
    r"""Emit the pool as C literals, several NUL-terminated strings a line.

    Within a literal "\0" ends a string, or "\000" when the next string
    starts with an octal digit (an escape takes up to three of them).
    """
    lines, cur = [], []
    used = 0
    for s in strings:
        body = c_escape(s)
        if cur and used + len(body) + 4 > width:
            lines.append('"' + "".join(cur) + '\\0"')
            cur, used = [], 0
        if cur:
            cur.append("\\000" if body[:1] in "01234567" and body else "\\0")
        cur.append(body)
        used += len(body) + 4
    if cur:
        lines.append('"' + "".join(cur) + '\\0"')
    return "\n".join(lines)


def c_escape(s):
    """Escape a string for the inside of a C literal."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\?':        # '?' escaped: -std=c99 honours trigraphs
            out.append("\\" + ch)
        elif 0x20 <= o <= 0x7E:
            out.append(ch)
        else:
            out.append("\\%03o" % o)
    return "".join(out)


def wrap(values, width=100):
    """Print numbers as "1,2,3," lines of at most width columns (tab = 4)."""
    lines, cur = [], ""
    for v in values:
        piece = "%d," % v
        if cur and 4 + len(cur) + len(piece) > width:
            lines.append("\t" + cur)
            cur = piece
        else:
            cur += piece
    if cur:
        lines.append("\t" + cur)
    return "\n".join(lines)


def generate(meta, version, symbols, ncbi, keys, stats):
    """Build the text of gene_table.c."""
    pool, pool_off = [], {}
    size = 0

    def intern(s):
        nonlocal size
        if s not in pool_off:
            pool_off[s] = size
            pool.append(s)
            size += len(s.encode("ascii")) + 1
        return pool_off[s]

    # Approved symbols first, in gene order; then the other keys.
    sym_off = [intern(s) for s in symbols]

    # A key is either an approved symbol resolving to one gene (ref = gene
    # index * 2: its string is the gene's symbol) or an "other" key (ref =
    # other index * 2 + 1): an alias, or an ambiguous approved symbol.
    key_names = sorted(keys)
    key_ref = {}
    other_off, other_val, cand = [], [], []
    for k in key_names:
        kind, val, spelling = keys[k]
        if kind == KIND_APPROVED:
            key_ref[k] = 2 * val
            continue
        key_ref[k] = 2 * len(other_off) + 1
        other_off.append(intern(spelling))
        if kind == KIND_AMBIGUOUS:
            other_val.append(2 * len(cand) + 1)
            cand.append(len(val))
            cand.extend(val[:MAX_CANDIDATES])
        else:
            other_val.append(2 * val)
        assert len(k) <= MAX_KEY_LEN

    # Open addressing, linear probing, load <= 0.5, keys inserted in sorted
    # order.  A slot holds (ref + 1) << TAG_BITS | the top TAG_BITS bits of
    # the hash, so most other keys met while probing are rejected without
    # reading them.
    nkeys = len(key_names)
    nslots = 1
    while nslots < 2 * nkeys:
        nslots *= 2
    assert 2 * nkeys <= nslots
    assert ((2 * max(len(symbols), len(other_off)) + 2) << TAG_BITS) < 2 ** 32
    slots = [0] * nslots
    max_probe = 0
    total_probe = 0
    for k in key_names:
        h = fnv1a(k)
        pos, probe = h & (nslots - 1), 1
        while slots[pos]:
            pos = (pos + 1) & (nslots - 1)
            probe += 1
        max_probe = max(max_probe, probe)
        total_probe += probe
        slots[pos] = ((key_ref[k] + 1) << TAG_BITS) | (h >> (32 - TAG_BITS))
    stats.update(nkeys=nkeys, nslots=nslots, max_probe=max_probe,
                 mean_probe=total_probe / nkeys, pool_bytes=size,
                 ncand=len(cand))

    src_name = meta.get("EGSOURCENAME", "Entrez Gene")
    src_url = meta.get("EGSOURCEURL", "")
    src_date = iso_date(meta.get("EGSOURCEDATE", ""))
    pkg = "Bioconductor org.Hs.eg.db" + (" " + version if version else "")
    source_str = "NCBI Gene via Bioconductor org.Hs.eg.db (%s), %d genes" % (
        src_date, len(symbols))
    stats["source"] = source_str

    o = []
    o.append("""/*
 * gene_table.c
 *		Built-in human gene symbol table: implements ntrk_genes.h.
 *
 * GENERATED FILE -- DO NOT EDIT BY HAND.
 * Generated by %(script)s from NCBI Gene
 * (%(name)s, %(url)s), source date %(date)s,
 * as packaged in %(pkg)s (extdata/org.Hs.eg.sqlite:
 * tables genes, gene_info, alias, genetype).  To regenerate:
 *		python3 %(script)s [SQLITE [OUTPUT]]
 * See tools/README.md; the resolution rules are in the script's docstring.
 *
 * %(ngenes)d genes, %(napp)d approved symbols, %(nalias)d aliases (%(namb)d ambiguous).
 *
 * Layout.  gene_pool holds every string, NUL-terminated.  Gene i (genes are
 * ordered by NCBI Gene ID) has its approved symbol at gene_pool +
 * gene_symbol_off[i] and its ID in gene_ncbi_id[i].  Names that are not the
 * approved symbol of a single gene (aliases, ambiguous symbols) are "other"
 * keys: key j is spelled at gene_pool + gene_other_off[j] and resolves by
 * gene_other_val[j]: gene index * 2 (one gene), or offset * 2 + 1 of an
 * entry of gene_cand (ambiguous: the true number of genes, then up to %(maxc)d
 * gene indexes sorted by symbol).  gene_slot is an open-addressing hash table
 * over ASCII-uppercased names (FNV-1a 32-bit, linear probing, %(nslots)d slots,
 * load %(load).2f): 0 is empty, otherwise (ref + 1) << %(tagbits)d | the top %(tagbits)d bits of
 * the hash, where ref = gene * 2 for an approved symbol, j * 2 + 1 for key j.
 */
#include <stddef.h>
#include <stdint.h>

#include "ntrk_genes.h"

#define GENE_COUNT			%(ngenes)d
#define GENE_SLOT_MASK		0x%(mask)xu
#define GENE_TAG_BITS		%(tagbits)d
#define GENE_MAX_KEY_LEN	%(maxlen)d
#define GENE_FNV_OFFSET		%(fnvo)du
#define GENE_FNV_PRIME		%(fnvp)du

static const char gene_source[] =
"%(source)s";
""" % dict(script=SCRIPT_NAME, name=src_name, url=src_url, date=src_date,
           pkg=pkg, ngenes=len(symbols), napp=stats["approved_keys"],
           nalias=stats["alias_keys"], namb=stats["alias_ambiguous"],
           maxc=MAX_CANDIDATES, nslots=nslots, load=nkeys / nslots,
           tagbits=TAG_BITS, mask=nslots - 1,
           maxlen=max(len(k) for k in key_names),
           fnvo=FNV_OFFSET, fnvp=FNV_PRIME, source=source_str))

    o.append("/*\n * All strings, NUL-terminated: %d bytes, plus the literal's own closing\n"
             " * NUL (never read; sized in so that GCC 15 does not warn about a dropped\n"
             " * terminator).  One literal longer than the 4095 bytes C99 guarantees;\n"
             " * every compiler in use takes it, and -pedantic would only warn.\n */" % size)
    o.append("#if defined(__GNUC__)")
    o.append('#pragma GCC diagnostic ignored "-Woverlength-strings"')
    o.append("#endif")
    o.append("static const char gene_pool[%d] =" % (size + 1))
    o.append(pool_lines(pool) + ";\n")

    def array(ctype, name, values, comment):
        o.append("/* %s */" % comment)
        o.append("static const %s %s[%d] = {" % (ctype, name, len(values)))
        o.append(wrap(values))
        o.append("};\n")

    array("uint32_t", "gene_symbol_off", sym_off,
          "Pool offset of each gene's approved symbol.")
    array("uint32_t", "gene_ncbi_id", ncbi, "NCBI Gene ID of each gene.")
    array("uint32_t", "gene_other_off", other_off,
          "Pool offset of each other key (alias or ambiguous symbol).")
    array("uint32_t", "gene_other_val", other_val,
          "Other keys: gene * 2, or gene_cand offset * 2 + 1 if ambiguous.")
    array("int32_t", "gene_cand", cand or [0],
          "Ambiguous names: number of genes, then up to %d gene indexes."
          % MAX_CANDIDATES)
    array("uint32_t", "gene_slot", slots,
          "Hash slots: 0 empty, else (ref + 1) << GENE_TAG_BITS | hash tag.")

    o.append(C_FUNCTIONS)
    return "\n".join(o)


C_FUNCTIONS = r"""/* ASCII uppercase of one byte; other bytes are left alone. */
static inline unsigned char
gene_upper(unsigned char c)
{
	return (c >= 'a' && c <= 'z') ? (unsigned char) (c - ('a' - 'A')) : c;
}

/*
 * Case-insensitive test that name (len bytes) is the whole NUL-terminated
 * pool string key.  Names are short, so a byte loop is fastest; a NUL in the
 * key stops it, so it never reads past the key's terminator.
 */
static inline int
gene_key_equal(const char *key, const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char k = (unsigned char) key[i];

		if (k == '\0' || gene_upper(k) != gene_upper((unsigned char) name[i]))
			return 0;
	}
	return key[len] == '\0';
}

/*
 * Look name up: FNV-1a over its uppercased bytes, then linear probing.  The
 * hash tag kept in each slot rejects most other keys without reading them.
 * If out is not NULL it gets match, gene and n_candidates, and for an
 * ambiguous name the first min(n_candidates, NTRK_GENE_MAX_CANDIDATES)
 * candidates[].  Never allocates.
 */
NtrkGeneMatch
ntrk_gene_lookup(const char *name, size_t len, NtrkGeneLookup *out)
{
	uint32_t	h = GENE_FNV_OFFSET;
	uint32_t	tag;
	uint32_t	pos;
	size_t		i;

	if (out)
	{
		out->match = NTRK_GENE_UNKNOWN;
		out->gene = -1;
		out->n_candidates = 0;
	}
	if (name == NULL || len == 0 || len > GENE_MAX_KEY_LEN)
		return NTRK_GENE_UNKNOWN;

	for (i = 0; i < len; i++)
		h = (h ^ gene_upper((unsigned char) name[i])) * GENE_FNV_PRIME;
	tag = h >> (32 - GENE_TAG_BITS);

	for (pos = h & GENE_SLOT_MASK;; pos = (pos + 1) & GENE_SLOT_MASK)
	{
		uint32_t	slot = gene_slot[pos];
		uint32_t	ref;
		uint32_t	val;
		const char *key;

		if (slot == 0)
			return NTRK_GENE_UNKNOWN;
		if ((slot & ((1u << GENE_TAG_BITS) - 1)) != tag)
			continue;
		ref = (slot >> GENE_TAG_BITS) - 1;
		key = gene_pool + ((ref & 1) ? gene_other_off[ref >> 1]
						   : gene_symbol_off[ref >> 1]);
		if (!gene_key_equal(key, name, len))
			continue;

		if ((ref & 1) == 0)
		{
			if (out)
			{
				out->match = NTRK_GENE_APPROVED;
				out->gene = (int32_t) (ref >> 1);
			}
			return NTRK_GENE_APPROVED;
		}
		val = gene_other_val[ref >> 1];
		if ((val & 1) == 0)
		{
			if (out)
			{
				out->match = NTRK_GENE_ALIAS;
				out->gene = (int32_t) (val >> 1);
			}
			return NTRK_GENE_ALIAS;
		}
		if (out)
		{
			const int32_t *c = gene_cand + (val >> 1);
			int			n = c[0];
			int			j;

			out->match = NTRK_GENE_AMBIGUOUS;
			out->n_candidates = n;
			if (n > NTRK_GENE_MAX_CANDIDATES)
				n = NTRK_GENE_MAX_CANDIDATES;
			for (j = 0; j < n; j++)
				out->candidates[j] = c[1 + j];
		}
		return NTRK_GENE_AMBIGUOUS;
	}
}

/* Approved symbol of gene index gene, or NULL if out of range. */
const char *
ntrk_gene_symbol(int32_t gene)
{
	if (gene < 0 || gene >= GENE_COUNT)
		return NULL;
	return gene_pool + gene_symbol_off[gene];
}

/* NCBI Gene ID of gene index gene, or 0 if out of range. */
uint32_t
ntrk_gene_ncbi_id(int32_t gene)
{
	if (gene < 0 || gene >= GENE_COUNT)
		return 0;
	return gene_ncbi_id[gene];
}

/* Number of genes: valid gene indexes are 0 .. count - 1. */
int32_t
ntrk_gene_count(void)
{
	return GENE_COUNT;
}

/* Provenance of the table (source and date), for messages and SQL. */
const char *
ntrk_gene_table_source(void)
{
	return gene_source;
}
"""


def main(argv):
    """Parse arguments, build, check, write, print a one-line summary."""
    skip_checks = "--skip-checks" in argv
    args = [a for a in argv if a != "--skip-checks"]
    if len(args) > 2 or any(a.startswith("-") for a in args):
        sys.exit("usage: %s [SQLITE [OUTPUT]] [--skip-checks]" % SCRIPT_NAME)
    sqlite_path = args[0] if args else DEFAULT_SQLITE
    output = args[1] if len(args) > 1 else DEFAULT_OUTPUT

    meta, version, genes_rows, alias_rows = read_source(sqlite_path)
    symbols, ncbi, keys, stats = build(genes_rows, alias_rows)
    ok, report = run_checks(symbols, keys)
    if not ok and not skip_checks:
        sys.exit("%s: checks FAILED, nothing written: %s"
                 % (SCRIPT_NAME, " ".join(report)))
    text = generate(meta, version, symbols, ncbi, keys, stats)
    with open(output, "w", encoding="ascii", newline="\n") as f:
        f.write(text)

    shared = stats["shared_symbols"]
    print("%s: %d genes, %d approved symbols (%d shared by several genes: "
          "%d resolved by gene type, %d ambiguous), %d aliases kept "
          "(%d ambiguous; %d of %d alias rows skipped), overrides: %s; "
          "%d keys in %d slots (probes: mean %.2f, max %d), pool %d bytes; "
          "checks %s: %s; "
          "wrote %s (%d bytes)"
          % (SCRIPT_NAME, len(symbols), stats["approved_keys"], len(shared),
             sum(1 for _, s in shared if s == "resolved"),
             sum(1 for _, s in shared if s == "ambiguous"),
             stats["alias_keys"], stats["alias_ambiguous"],
             stats["alias_skipped"], stats["alias_rows"],
             ",".join("%s->%s" % (k, OVERRIDES[k]) for k in stats["overrides"])
             or "none", stats["nkeys"], stats["nslots"], stats["mean_probe"],
             stats["max_probe"],
             stats["pool_bytes"], "ok" if ok else "FAILED", " ".join(report),
             os.path.relpath(output), len(text.encode("ascii"))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
