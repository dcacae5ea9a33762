#!/bin/sh
# ntrk: run every test suite and print one closing line "N passed, N failed".
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
set -u
. "$(dirname "$0")/lib.sh"
ntrk_setup
cd "$NTRK_TOP" || exit 1

SUITES=${*:-"unit regress isolation tap fuzz clients bench"}
OUT="$NTRK_TOP/.check"
rm -rf "$OUT"
mkdir -p "$OUT"
PASSED=0
FAILED=0

# Count TAP lines in a file, add them to the totals.
count_tap() {
	p=$(grep -c '^ok ' "$1")
	f=$(grep -c '^not ok ' "$1")
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	echo "  $2: $p passed, $f failed"
}

# Record one pass or failure for a whole step.
count_step() {
	if [ "$1" -eq 0 ]; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); echo "  FAILED: $2"; fi
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
	pg_virtualenv -v "$PG_MAJOR" make -s installcheck PG_CONFIG="$PG_CONFIG" >"$OUT/regress.log" 2>&1
	status=$?
	p=$(grep -cE '^(test| ) .* \.\.\. ok' "$OUT/regress.log")
	f=$(grep -cE '\.\.\. FAILED' "$OUT/regress.log")
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	echo "  pg_regress: $p passed, $f failed"
	if [ "$f" -gt 0 ] || { [ "$status" -ne 0 ] && [ "$p" -eq 0 ]; }; then
		tail -n 30 "$OUT/regress.log"
		[ -f regression.diffs ] && head -n 200 regression.diffs
		[ "$f" -eq 0 ] && FAILED=$((FAILED + 1))
	fi
}

suite_isolation() {
	ls test/isolation/specs/*.spec >/dev/null 2>&1 || return 0
	echo "== isolation"
	sh test/isolation/run.sh >"$OUT/isolation.log" 2>&1
	status=$?
	p=$(grep -cE '\.\.\. ok' "$OUT/isolation.log")
	f=$(grep -cE '\.\.\. FAILED' "$OUT/isolation.log")
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	echo "  isolation: $p passed, $f failed"
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
}

suite_clients() {
	[ -f test/clients/run.sh ] || return 0
	echo "== clients"
	pg_virtualenv -v "$PG_MAJOR" sh -c 'psql -X -q -c "CREATE EXTENSION ntrk" && sh test/clients/run.sh' >"$OUT/clients.log" 2>&1
	count_tap "$OUT/clients.log" "clients"
	grep -q '^1\.\.' "$OUT/clients.log" || { FAILED=$((FAILED + 1)); tail -n 20 "$OUT/clients.log"; }
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

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
