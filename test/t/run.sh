#!/bin/sh
# Run every TAP test in test/t with PostgreSQL's own test modules
# (PostgreSQL::Test::Cluster).  Each test writes its TAP stream to
# OUTDIR/<name>.tap; test/check.sh counts the assertions.
#
# initdb refuses to run as root, so as root the tests run as the
# "postgres" user on a scratch copy of the tree it can write to.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
OUTDIR=${1:-$TOP/.check/tap}
PG_CONFIG=${PG_CONFIG:-$(ls -d /usr/lib/postgresql/*/bin/pg_config 2>/dev/null | sort -V | tail -n 1)}
BINDIR=$("$PG_CONFIG" --bindir)
PGXS_DIR=$(dirname "$("$PG_CONFIG" --pgxs)")/../..
mkdir -p "$OUTDIR"

if [ "$(id -u)" -eq 0 ]; then
	WORK=$(mktemp -d /tmp/ntrk-tap.XXXXXX)
	cp -r "$TOP/test" "$WORK/"
	chown -R postgres "$WORK" "$OUTDIR"
	RUN="runuser -u postgres --"
else
	WORK=$TOP
	RUN=""
fi

# PostgreSQL::Test::Utils creates TESTDATADIR and TESTLOGDIR with a plain
# mkdir (16 and later), so their parent must exist.
mkdir -p "$WORK/tmp_check/log"
[ "$WORK" != "$TOP" ] && chown -R postgres "$WORK/tmp_check"

status=0
for t in "$WORK"/test/t/*.pl; do
	name=$(basename "$t" .pl)
	(cd "$WORK" && $RUN env PATH="$BINDIR:$PATH" \
		PERL5LIB="$PGXS_DIR/src/test/perl:$WORK/test/t" \
		PG_REGRESS="$PGXS_DIR/src/test/regress/pg_regress" \
		TESTDATADIR="$WORK/tmp_check/$name" TESTLOGDIR="$WORK/tmp_check/log" \
		PG_CONFIG="$PG_CONFIG" NTRK_TOP="$WORK" \
		timeout 1800 perl "$t") >"$OUTDIR/$name.tap" 2>"$OUTDIR/$name.err" || status=1
	if ! grep -q '^1\.\.' "$OUTDIR/$name.tap"; then
		echo "not ok - $name did not finish its plan" >>"$OUTDIR/$name.tap"
		status=1
	fi
	echo "$name: $(grep -c '^ok ' "$OUTDIR/$name.tap") ok, $(grep -c '^not ok' "$OUTDIR/$name.tap") not ok"
done
[ "$WORK" != "$TOP" ] && rm -rf "$WORK"
exit $status
