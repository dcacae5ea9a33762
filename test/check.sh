#!/bin/sh
# ntrk: run every test suite and print one closing line
# "N passed, N failed, N skipped".
#
#   unit       pure-C unit tests of the core (TAP, one count per assertion)
#   regress    pg_regress through `make installcheck` (one count per test file)
#   isolation  pg_isolation_regress specs under test/isolation (per spec)
#   tap        TAP tests under test/t (one count per assertion)
#   fuzz       short libFuzzer smoke runs under test/fuzz (per harness)
#   clients    psycopg2, node-postgres and JDBC against a cluster (TAP)
#   bench      benchmark quick mode: it only has to run (no timing asserted)
#
# Usage: sh test/check.sh [suite ...]   (default: all)
#
# The PostgreSQL is chosen by test/lib.sh (the distribution's major, or
# PG_MAJOR, or PG_CONFIG for a source build); the packages the chosen suites
# need are installed when missing.  Servers are private throwaway clusters
# (test/pgcluster.sh).  A skipped test is never counted as passed: TAP
# "# skip" lines, and regression files written for a newer major than the
# server's, are counted and listed as skipped.
set -u
SUITES=${*:-"unit regress isolation tap fuzz clients bench"}
. "$(dirname "$0")/lib.sh"
ntrk_setup $SUITES
cd "$NTRK_TOP" || exit 1

OUT="$NTRK_TOP/.check"
rm -rf "$OUT"
mkdir -p "$OUT"
PASSED=0
FAILED=0
SKIPPED=0
: >"$OUT/skipped.txt"

echo "== PostgreSQL $("$PG_CONFIG" --version | sed 's/^PostgreSQL //') ($NTRK_SERVER_FROM, $PG_CONFIG)"

# Count a TAP file's results into the totals: "ok" lines passed, "not ok"
# failed, "ok ... # skip" and a "1..0 # skip" plan skipped.
count_tap() {
	s=$(grep -ciE '^ok .*# *skip|^1\.\.0 *# *skip' "$1")
	p=$(($(grep -c '^ok ' "$1") - $(grep -ciE '^ok .*# *skip' "$1")))
	f=$(grep -c '^not ok ' "$1")
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	SKIPPED=$((SKIPPED + s))
	grep -iE '^ok .*# *skip|^1\.\.0 *# *skip' "$1" | sed "s|^|$2: |" >>"$OUT/skipped.txt"
	echo "  $2: $p passed, $f failed, $s skipped"
}

# Record one pass or failure for a whole step.
count_step() {
	if [ "$1" -eq 0 ]; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); echo "  FAILED: $2"; fi
}

# pg_regress / pg_isolation_regress results in either output style:
# "test name ... ok" (PostgreSQL 15) or "ok 1 - name" (TAP, 16 and later).
count_pg_regress() {
	p=$(grep -cE '^(test| ) .* \.\.\. ok|^ok [0-9]+ ' "$1")
	f=$(grep -cE '\.\.\. FAILED|^not ok [0-9]+ ' "$1")
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	echo "  $2: $p passed, $f failed"
}

suite_unit() {
	echo "== unit"
	for src in test/unit/test_*.c; do
		name=$(basename "$src" .c)
		if make -s "test/unit/$name.bin" >"$OUT/$name.build" 2>&1; then
			"./test/unit/$name.bin" >"$OUT/$name.tap" 2>&1
			count_tap "$OUT/$name.tap" "$name"
		else
			cat "$OUT/$name.build"
			count_step 1 "build of $name"
		fi
	done
}

suite_regress() {
	echo "== regress"
	sh test/pgcluster.sh make -s installcheck PG_CONFIG="$PG_CONFIG" >"$OUT/regress.log" 2>&1
	status=$?
	count_pg_regress "$OUT/regress.log" pg_regress
	if [ "$f" -gt 0 ] || [ "$status" -ne 0 ]; then
		tail -n 30 "$OUT/regress.log"
		for d in test/regression.diffs regression.diffs; do
			[ -f "$d" ] && head -n 200 "$d"
		done
		[ "$f" -eq 0 ] && FAILED=$((FAILED + 1))
	fi
	make -s regress-skipped PG_CONFIG="$PG_CONFIG" | while read -r name major; do
		echo "pg_regress: $name # skip needs PostgreSQL $major or later (server: $PG_MAJOR)"
	done >"$OUT/regress-skipped.txt"
	s=$(wc -l <"$OUT/regress-skipped.txt")
	SKIPPED=$((SKIPPED + s))
	cat "$OUT/regress-skipped.txt" >>"$OUT/skipped.txt"
	[ "$s" -gt 0 ] && echo "  pg_regress: $s skipped (written for a newer major)"
}

suite_isolation() {
	ls test/isolation/specs/*.spec >/dev/null 2>&1 || return 0
	echo "== isolation"
	sh test/isolation/run.sh >"$OUT/isolation.log" 2>&1
	status=$?
	count_pg_regress "$OUT/isolation.log" isolation
	if [ "$f" -gt 0 ] || [ "$status" -ne 0 ]; then
		tail -n 40 "$OUT/isolation.log"
		[ "$f" -eq 0 ] && FAILED=$((FAILED + 1))
	fi
}

suite_tap() {
	ls test/t/*.pl >/dev/null 2>&1 || return 0
	echo "== tap"
	sh test/t/run.sh "$OUT/tap" >"$OUT/tap.log" 2>&1
	for f in "$OUT"/tap/*.tap; do
		[ -f "$f" ] && count_tap "$f" "$(basename "$f" .tap)"
	done
}

suite_fuzz() {
	[ -f test/fuzz/run.sh ] || return 0
	echo "== fuzz"
	sh test/fuzz/run.sh --smoke >"$OUT/fuzz.log" 2>&1
	count_tap "$OUT/fuzz.log" "fuzz smoke"
	grep -q '^1\.\.' "$OUT/fuzz.log" || { FAILED=$((FAILED + 1)); tail -n 20 "$OUT/fuzz.log"; }
}

suite_clients() {
	[ -f test/clients/run.sh ] || return 0
	echo "== clients"
	sh test/pgcluster.sh sh test/clients/run.sh >"$OUT/clients.log" 2>"$OUT/clients.err"
	count_tap "$OUT/clients.log" "clients"
	grep -q '^1\.\.' "$OUT/clients.log" || { FAILED=$((FAILED + 1)); tail -n 20 "$OUT/clients.err"; }
}

suite_bench() {
	[ -f test/bench/run.sh ] || return 0
	echo "== bench (quick mode: runs, no timing asserted)"
	sh test/bench/run.sh --quick >"$OUT/bench.log" 2>&1
	status=$?
	count_step $status "benchmark quick mode"
	[ "$status" -ne 0 ] && tail -n 30 "$OUT/bench.log"
}

for s in $SUITES; do
	"suite_$s"
done

if [ -s "$OUT/skipped.txt" ]; then
	echo "== skipped"
	sed 's/^/  /' "$OUT/skipped.txt"
fi
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
