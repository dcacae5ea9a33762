#!/usr/bin/env python3
"""Generate src/core/gene_table.c, the built-in human gene symbol table.

Reads the NCBI Gene data shipped by Bioconductor's org.Hs.eg.db package
(a SQLite file) and writes a pure C99 file implementing the API declared in
src/core/ntrk_genes.h.  Python 3 standard library only.

Usage:
    python3 tools/gen_gene_table.py [SQLITE_PATH [OUTPUT_PATH]] [--skip-checks]

The output is deterministic: the same input always gives a byte-identical
file.  Nothing in it depends on the time, the host or the input's path.

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
KIND_SHIFT = 28             # key value = kind << 28 | payload
LEN_BITS = 6                # key reference = pool offset << 6 | length

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
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
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


def c_string(s):
    """Quote a pool string as a C literal, NUL-terminated."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\?':        # '?' escaped: -std=c99 honours trigraphs
            out.append("\\" + ch)
        elif 0x20 <= o <= 0x7E:
            out.append(ch)
        else:
            out.append("\\%03o" % o)
    return '"' + "".join(out) + '\\0"'


def wrap(items, indent="\t", width=100):
    """Join C tokens into lines of at most width columns (tab = 4)."""
    lines, cur = [], ""
    for it in items:
        piece = it + ","
        if cur and 4 + len(cur) + 1 + len(piece) > width:
            lines.append(indent + cur)
            cur = piece
        else:
            cur = cur + " " + piece if cur else piece
    if cur:
        lines.append(indent + cur)
    return "\n".join(lines)


def generate(meta, version, symbols, ncbi, keys, stats):
    """Build the text of gene_table.c."""
    # String pool: approved symbols first (in gene order), then alias keys.
    pool, pool_off, pool_items = [], {}, []
    size = 0

    def intern(s):
        nonlocal size
        if s not in pool_off:
            pool_off[s] = size
            pool_items.append(s)
            size += len(s.encode("ascii")) + 1
        return pool_off[s]

    sym_off = [intern(s) for s in symbols]
    key_names = sorted(keys)
    key_words, cand = [], []
    for k in key_names:
        kind, val, spelling = keys[k]
        off = intern(spelling)
        assert off < (1 << (32 - LEN_BITS)) and len(k) <= MAX_KEY_LEN
        if kind == KIND_AMBIGUOUS:
            payload = len(cand)
            cand.append(len(val))
            cand.extend(val[:MAX_CANDIDATES])
        else:
            payload = val
        assert payload < (1 << KIND_SHIFT)
        key_words.append((off << LEN_BITS) | len(k))
        key_words.append((kind << KIND_SHIFT) | payload)
    pool = pool_items

    # Open addressing, linear probing, load <= 0.5.  A slot holds key+1 in
    # its low idx_bits bits and the top bits of the hash as a tag, so most
    # mismatching probes are rejected without touching the key arrays.
    nkeys = len(key_names)
    nslots = 1
    while nslots < 2 * nkeys:
        nslots *= 2
    idx_bits = (nkeys + 1).bit_length()
    tag_bits = 32 - idx_bits
    slots = [0] * nslots
    max_probe = 0
    for i, k in enumerate(key_names):
        h = fnv1a(k)
        pos, probe = h & (nslots - 1), 1
        while slots[pos]:
            pos = (pos + 1) & (nslots - 1)
            probe += 1
        max_probe = max(max_probe, probe)
        slots[pos] = ((h >> idx_bits) << idx_bits) | (i + 1)
    stats.update(nkeys=nkeys, nslots=nslots, max_probe=max_probe,
                 pool_bytes=size, ncand=len(cand))

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
 * Generated by %(script)s from NCBI Gene (%(name)s, %(url)s),
 * source date %(date)s, as packaged in %(pkg)s
 * (extdata/org.Hs.eg.sqlite: tables genes, gene_info, alias, genetype).
 * Regenerate with: python3 %(script)s [SQLITE [OUTPUT]]
 * See tools/README.md.
 *
 * %(ngenes)d genes, %(napp)d approved symbols, %(nalias)d aliases (%(namb)d ambiguous).
 *
 * Layout.  gene_pool holds every string, NUL-terminated.  Gene i has its
 * approved symbol at gene_pool + gene_symbol_off[i] and NCBI Gene ID
 * gene_ncbi_id[i] (genes are ordered by NCBI Gene ID).  Each name the table
 * knows (an approved symbol or a usable alias, unique ASCII-uppercased) is a
 * key k with two words: gene_key[2k] = pool offset << %(lenbits)d | length, and
 * gene_key[2k+1] = kind << %(kshift)d | payload, kind 1 approved, 2 alias (payload =
 * gene index) or 3 ambiguous (payload = offset in gene_cand of the true
 * number of candidates followed by at most %(maxc)d gene indexes, sorted by
 * symbol).  gene_slot is an open-addressing hash table (FNV-1a 32-bit of the
 * uppercased name, linear probing, %(nslots)d slots): 0 is empty, otherwise
 * the low GENE_IDX_BITS bits are k + 1 and the others the same bits of the hash.
 */
#include <stddef.h>
#include <stdint.h>

#include "ntrk_genes.h"

#define GENE_COUNT			%(ngenes)d
#define GENE_KEY_COUNT		%(nkeys)d
#define GENE_SLOT_MASK		0x%(mask)xu
#define GENE_IDX_BITS		%(idxbits)d
#define GENE_IDX_MASK		0x%(idxmask)xu
#define GENE_MAX_KEY_LEN	%(maxlen)d
#define GENE_LEN_BITS		%(lenbits)d
#define GENE_KIND_SHIFT		%(kshift)d
#define GENE_PAYLOAD_MASK	0x%(pmask)xu
#define GENE_FNV_OFFSET		%(fnvo)du
#define GENE_FNV_PRIME		%(fnvp)du

static const char gene_source[] =
"%(source)s";
""" % dict(script=SCRIPT_NAME, name=src_name, url=src_url, date=src_date,
           pkg=pkg, ngenes=len(symbols), napp=stats["approved_keys"],
           nalias=stats["alias_keys"], namb=stats["alias_ambiguous"],
           lenbits=LEN_BITS, kshift=KIND_SHIFT, maxc=MAX_CANDIDATES,
           nslots=nslots, nkeys=nkeys, mask=nslots - 1, idxbits=idx_bits,
           idxmask=(1 << idx_bits) - 1, maxlen=max(len(k) for k in key_names),
           pmask=(1 << KIND_SHIFT) - 1, fnvo=FNV_OFFSET, fnvp=FNV_PRIME,
           source=source_str))
    assert tag_bits > 0

    o.append("/* All strings, NUL-terminated; %d bytes. */" % size)
    o.append("static const char gene_pool[] =")
    lines, cur = [], ""
    for s in pool:
        lit = c_string(s)
        if cur and len(cur) + 1 + len(lit) > 100:
            lines.append(cur)
            cur = lit
        else:
            cur = cur + " " + lit if cur else lit
    lines.append(cur)
    o.append("\n".join(lines) + ";\n")

    def array(ctype, name, values, comment):
        o.append("/* %s */" % comment)
        o.append("static const %s %s[%d] = {" % (ctype, name, len(values)))
        o.append(wrap([str(v) for v in values]))
        o.append("};\n")

    array("uint32_t", "gene_symbol_off", sym_off,
          "Pool offset of each gene's approved symbol.")
    array("uint32_t", "gene_ncbi_id", ncbi, "NCBI Gene ID of each gene.")
    array("uint32_t", "gene_key", key_words,
          "Two words per key: pool offset << len bits | length, kind | payload.")
    array("int32_t", "gene_cand", cand or [0],
          "Ambiguous names: true count, then up to %d gene indexes."
          % MAX_CANDIDATES)
    array("uint32_t", "gene_slot", slots,
          "Hash slots: 0 empty, else hash tag | key index + 1.")

    o.append(C_FUNCTIONS)
    return "\n".join(o)


C_FUNCTIONS = r"""/* ASCII uppercase of one byte; other bytes are left alone. */
static inline unsigned char
gene_upper(unsigned char c)
{
	return (c >= 'a' && c <= 'z') ? (unsigned char) (c - ('a' - 'A')) : c;
}

/*
 * Case-insensitive comparison of len bytes of name with a pool string, which
 * is known to be len bytes long.  Inputs are short: a byte loop is fastest.
 */
static inline int
gene_key_equal(const char *pool, const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (gene_upper((unsigned char) pool[i]) !=
			gene_upper((unsigned char) name[i]))
			return 0;
	}
	return 1;
}

/*
 * Find name in the hash table: FNV-1a over the uppercased bytes, then linear
 * probing; the hash tag stored in each slot rejects most other keys without
 * reading them.  Fills out (if not NULL): gene and n_candidates always,
 * candidates[] only for the first min(n_candidates, NTRK_GENE_MAX_CANDIDATES)
 * entries of an ambiguous name.  Never allocates.
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
	tag = h & ~(uint32_t) GENE_IDX_MASK;

	for (pos = h & GENE_SLOT_MASK;; pos = (pos + 1) & GENE_SLOT_MASK)
	{
		uint32_t	slot = gene_slot[pos];
		uint32_t	key;
		uint32_t	ref;
		uint32_t	val;
		uint32_t	payload;
		NtrkGeneMatch match;

		if (slot == 0)
			return NTRK_GENE_UNKNOWN;
		if ((slot & ~(uint32_t) GENE_IDX_MASK) != tag)
			continue;
		key = (slot & GENE_IDX_MASK) - 1;
		ref = gene_key[2 * key];
		if ((ref & ((1u << GENE_LEN_BITS) - 1)) != len ||
			!gene_key_equal(gene_pool + (ref >> GENE_LEN_BITS), name, len))
			continue;

		val = gene_key[2 * key + 1];
		match = (NtrkGeneMatch) (val >> GENE_KIND_SHIFT);
		payload = val & GENE_PAYLOAD_MASK;
		if (out)
		{
			out->match = match;
			if (match == NTRK_GENE_AMBIGUOUS)
			{
				const int32_t *c = gene_cand + payload;
				int			n = c[0];
				int			j;

				out->n_candidates = n;
				if (n > NTRK_GENE_MAX_CANDIDATES)
					n = NTRK_GENE_MAX_CANDIDATES;
				for (j = 0; j < n; j++)
					out->candidates[j] = c[1 + j];
			}
			else
				out->gene = (int32_t) payload;
		}
		return match;
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

/* Number of genes (valid indexes are 0 .. count - 1). */
int32_t
ntrk_gene_count(void)
{
	return GENE_COUNT;
}

/* Provenance of the table, for error messages and a SQL-level function. */
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
          "%d keys in %d slots (max probe %d), pool %d bytes; checks %s: %s; "
          "wrote %s (%d bytes)"
          % (SCRIPT_NAME, len(symbols), stats["approved_keys"], len(shared),
             sum(1 for _, s in shared if s == "resolved"),
             sum(1 for _, s in shared if s == "ambiguous"),
             stats["alias_keys"], stats["alias_ambiguous"],
             stats["alias_skipped"], stats["alias_rows"],
             ",".join("%s->%s" % (k, OVERRIDES[k]) for k in stats["overrides"])
             or "none", stats["nkeys"], stats["nslots"], stats["max_probe"],
             stats["pool_bytes"], "ok" if ok else "FAILED", " ".join(report),
             os.path.relpath(output), len(text.encode("ascii"))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
