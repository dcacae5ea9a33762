#!/bin/sh
# Run the isolation specs in test/isolation/specs with PostgreSQL's
# pg_isolation_regress against the server at PGHOST/PGPORT (test/check.sh
# runs it in a throwaway cluster; by hand: sh test/pgcluster.sh sh
# test/isolation/run.sh).  Without PGPORT it starts a private throwaway
# cluster itself.  Prints pg_regress's "... ok" / "... FAILED" lines and, on
# failure, the differences.
#
#   sh test/isolation/run.sh [spec ...]     (default: every spec)
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
PG_CONFIG=${PG_CONFIG:-$(ls -d /usr/lib/postgresql/*/bin/pg_config 2>/dev/null | sort -V | tail -n 1)}

if [ -z "${PGPORT:-}" ]; then
	exec sh "$TOP/test/pgcluster.sh" sh "$TOP/test/isolation/run.sh" "$@"
fi

ISOLATION_DIR=$(dirname "$("$PG_CONFIG" --pgxs)")/../../src/test/isolation
OUT=$(mktemp -d /tmp/ntrk-isolation.XXXXXX)
if [ $# -gt 0 ]; then
	SPECS="$*"
else
	SPECS=$(cd "$TOP/test/isolation/specs" && ls *.spec | sed 's/\.spec$//')
fi

"$ISOLATION_DIR/pg_isolation_regress" \
	--inputdir="$TOP/test/isolation" --outputdir="$OUT" \
	--bindir="$("$PG_CONFIG" --bindir)" \
	--dbname=ntrk_isolation --load-extension=ntrk \
	$SPECS
status=$?
[ $status -ne 0 ] && [ -f "$OUT/regression.diffs" ] && cat "$OUT/regression.diffs"
rm -rf "$OUT"
exit $status
