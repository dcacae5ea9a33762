#!/bin/sh
# ntrk benchmarks: each figure is ntrk against a baseline measured in the same
# run on the same data, reported as a ratio (absolute times on a shared
# machine are noise).
#
#   sh test/bench/run.sh            10M rows, writes test/bench/results.md
#   sh test/bench/run.sh --rows N   N rows, writes test/bench/results.md
#   sh test/bench/run.sh --quick    20k rows: checks the suite runs (test/check.sh)
#   sh test/bench/run.sh --rows N --out test/bench/results-pg18.md
#                                   another output file (one per PostgreSQL major)
#
# The server is the one PG_CONFIG names (default: PostgreSQL 15), as for
# test/pgcluster.sh; ntrk must be installed there (make install).
#
# Runs in a private cluster (test/pgcluster.sh) with shared_buffers=4GB
# (NTRK_BENCH_SHARED_BUFFERS_MB), fsync=off and jit=off so the figures are
# CPU-bound.  Every bench_*.sql file is run.
#
# Huge pages: a full run as root reserves huge pages for shared_buffers
# (vm.nr_hugepages, put back afterwards) and starts the server with
# huge_pages=on, as PostgreSQL's documentation advises for a large
# shared_buffers.  Without them each parallel worker, a fresh process, takes
# a page fault on every 4 KB of shared buffers it reads, which on this kind
# of virtual machine made a 2-worker scan slower than a serial one.
# NTRK_BENCH_HUGE_PAGES=off skips this; the results say which was used.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP" || exit 1
ROWS=10000000
OUT=test/bench/results.md
QUICK=0
while [ $# -gt 0 ]; do
	case "$1" in
		--quick) ROWS=20000; OUT=.check/bench-quick.md; QUICK=1; shift ;;
		--rows) ROWS=$2; shift 2 ;;
		--out) OUT=$2; shift 2 ;;
		*) echo "usage: sh test/bench/run.sh [--quick | --rows N] [--out FILE]" >&2; exit 2 ;;
	esac
done
mkdir -p "$(dirname "$OUT")"
SB_MB=${NTRK_BENCH_SHARED_BUFFERS_MB:-4096}
[ $QUICK -eq 1 ] && SB_MB=128

HUGE=off
HP_FILE=/proc/sys/vm/nr_hugepages
if [ $QUICK -eq 0 ] && [ "${NTRK_BENCH_HUGE_PAGES:-on}" != off ] &&
	[ "$(id -u)" -eq 0 ] && [ -w $HP_FILE ]; then
	HP_OLD=$(cat $HP_FILE)
	HP_NEED=$(( HP_OLD + SB_MB / 2 + SB_MB / 20 + 64 ))	# 2 MB pages, plus PostgreSQL's other shared memory
	trap 'echo "$HP_OLD" > $HP_FILE' EXIT
	echo "$HP_NEED" > $HP_FILE 2>/dev/null
	[ "$(cat $HP_FILE)" -ge "$HP_NEED" ] && HUGE=on
	[ $HUGE = on ] || echo "could not reserve $HP_NEED huge pages: running without" >&2
fi
export HUGE

NTRK_PGOPTS="-c shared_buffers=${SB_MB}MB -c huge_pages=$HUGE -c jit=off -c max_parallel_workers_per_gather=2 -c max_wal_size=8GB -c synchronous_commit=off" \
sh test/pgcluster.sh sh -c '
	set -e
	psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION ntrk"
	psql -X -q -v ON_ERROR_STOP=1 -v rows='"$ROWS"' -f test/bench/data.sql
	psql -X -q -v ON_ERROR_STOP=1 -f test/bench/lib.sql
	for f in test/bench/bench_*.sql; do
		echo "running $f" >&2
		psql -X -q -v ON_ERROR_STOP=1 -v rows='"$ROWS"' -f "$f" >/dev/null
	done
	{
		echo "# ntrk benchmark results"
		echo
		echo "Rows: '"$ROWS"'. Machine: $(nproc) cores, $(awk "/MemTotal/ {printf \"%.0f GiB\", \$2/1048576}" /proc/meminfo), $(sed -n "s/^model name\t: //p" /proc/cpuinfo | head -1); $(psql -X -At -c "SELECT version()" | cut -d, -f1); shared_buffers $(psql -X -At -c "SHOW shared_buffers"), huge pages $HUGE. Date: $(date -u +%Y-%m-%d)."
		echo
		echo "Each row: best of 3 (5 for COPY and index probes), ntrk vs its baseline in the same run."
		echo
		psql -X -q -P footer=off --csv -c "SELECT name, ntrk_ms, baseline_ms, ratio, per_row_ns, target, met, note FROM bench_result ORDER BY name" |
			python3 -c "
import csv, sys
rows = list(csv.reader(sys.stdin))
print(\"| \" + \" | \".join(rows[0]) + \" |\")
print(\"|\" + \"---|\" * len(rows[0]))
for r in rows[1:]:
    print(\"| \" + \" | \".join(\"yes\" if c == \"t\" else \"no\" if c == \"f\" else c for c in r) + \" |\")
"
	} >"'"$OUT"'"
'
status=$?
rm -f /tmp/ntrk_bench_*
[ $status -eq 0 ] && cat "$OUT"
exit $status
