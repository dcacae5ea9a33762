#!/bin/sh
# Build and run the libFuzzer harnesses (clang, -fsanitize=fuzzer,address,undefined).
#
#   sh test/fuzz/run.sh --smoke        short run of each harness (test/check.sh)
#   sh test/fuzz/run.sh --long [secs]  long run, default 900 s per harness
#
# Each harness test/fuzz/fuzz_<name>.c is linked with the core files named
# on its "fuzz-sources:" comment line and
# started from its seed corpus test/fuzz/corpus/<name>/ (plus the crash
# reproducers in test/fuzz/crashers/<name>/, which must all pass).
# Prints one TAP line per harness.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP" || exit 1
MODE=${1:---smoke}
SECS=${2:-900}
[ "$MODE" = "--smoke" ] && SECS=${NTRK_FUZZ_SMOKE_SECS:-15}
CC=${FUZZ_CC:-clang}
WORK=test/fuzz/corpus-work
mkdir -p "$WORK"
n=0
fail=0
for src in test/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c | sed 's/^fuzz_//')
	bin="test/fuzz/fuzz_$name.bin"
	n=$((n + 1))
	# the core files a harness needs are named on its "fuzz-sources:" line
	srcs=$(sed -n 's/^ \* fuzz-sources: *//p' "$src" | head -1)
	core=""
	for c in $srcs; do core="$core src/core/$c"; done
	if ! $CC -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc/core -o "$bin" "$src" $core 2>"$WORK/$name.build"; then
		echo "not ok $n - fuzz $name: build failed"
		sed 's/^/# /' "$WORK/$name.build" | head -20
		fail=1
		continue
	fi
	mkdir -p "$WORK/$name" "test/fuzz/corpus/$name"
	# crash reproducers first: each must run clean
	if [ -d "test/fuzz/crashers/$name" ] && ls "test/fuzz/crashers/$name"/* >/dev/null 2>&1; then
		if ! "./$bin" test/fuzz/crashers/"$name"/* >"$WORK/$name.crashers.log" 2>&1; then
			echo "not ok $n - fuzz $name: a stored crash reproducer fails again"
			tail -20 "$WORK/$name.crashers.log" | sed 's/^/# /'
			fail=1
			continue
		fi
	fi
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ASAN_OPTIONS=detect_leaks=1 \
		"./$bin" -max_total_time="$SECS" -max_len=2048 -print_final_stats=1 \
		-artifact_prefix="$WORK/$name-" "$WORK/$name" "test/fuzz/corpus/$name" \
		>"$WORK/$name.log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$WORK/$name.log" | tail -1)
	if [ $status -eq 0 ]; then
		echo "ok $n - fuzz $name: ${runs:-?} executions in ${SECS}s, no crash, leak or UB report"
	else
		echo "not ok $n - fuzz $name: failed after ${runs:-?} executions (artifacts in $WORK)"
		grep -E "ERROR|runtime error|SUMMARY" "$WORK/$name.log" | head -10 | sed 's/^/# /'
		fail=1
	fi
done
echo "1..$n"
exit $fail
