#!/bin/sh
# Run ntrk's Citus check: start a Citus coordinator and two workers on
# loopback ports (throwaway clusters), create citus and ntrk, run test.sql
# (or the SQL file given) on the coordinator, print its output, and drop the
# clusters.  Exit status 1 when a line of the output starts with "not ok".
#
#   sh test/citus/setup.sh                  # run test/citus/test.sql
#   NTRK_CITUS_KEEP=1 sh test/citus/setup.sh  # leave the clusters running
#
# Citus is not packaged by Debian and is AGPL-licensed, so it is never part of
# this repository; build it from its public source outside the tree (see
# README.md, "Path 2: Citus").  Without citus.so this script prints
# "citus not installed: skipped" and exits 0.  It needs ntrk installed
# (make install) on this machine, which all three clusters share.
set -u
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
HERE=$(cd "$(dirname "$0")" && pwd)
SQL=${1:-$HERE/test.sql}

if [ ! -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ]; then
	echo "citus not installed: skipped"
	exit 0
fi

BINDIR=$("$PG_CONFIG" --bindir)
DIR=$(mktemp -d /tmp/ntrk-citus.XXXXXX)
# Three consecutive ports from a random base; a clash makes pg_ctl fail below.
BASE=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 ))
NODES="0 1 2"							# 0 = coordinator, 1 and 2 = workers

if [ "$(id -u)" -eq 0 ]; then
	chown postgres "$DIR"
	AS="runuser -u postgres --"
else
	AS=""
fi

# Stop every node that was started and remove the directory, unless kept.
cleanup()
{
	if [ -n "${NTRK_CITUS_KEEP:-}" ]; then
		echo "clusters kept in $DIR (coordinator: psql -h 127.0.0.1 -p $BASE -U postgres)"
		return
	fi
	for n in $NODES; do
		[ -f "$DIR/node$n/postmaster.pid" ] &&
			$AS "$BINDIR/pg_ctl" -D "$DIR/node$n" -m immediate stop >/dev/null 2>&1
	done
	rm -rf "$DIR"
}
trap cleanup EXIT

# psql on node $1 (the rest are psql arguments), quiet and stopping at the
# first error.
node_psql()
{
	port=$(( BASE + $1 ))
	shift
	$AS "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres \
		-d postgres "$@"
}

for n in $NODES; do
	$AS "$BINDIR/initdb" -D "$DIR/node$n" -U postgres -A trust --no-sync \
		>"$DIR/initdb$n.log" 2>&1 || { cat "$DIR/initdb$n.log"; exit 1; }
	$AS "$BINDIR/pg_ctl" -D "$DIR/node$n" -l "$DIR/node$n.log" -w \
		-o "-p $(( BASE + n )) -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off \
			-c shared_preload_libraries=citus -c max_connections=100" \
		start >/dev/null || { cat "$DIR/node$n.log"; exit 1; }
	node_psql "$n" -c 'CREATE EXTENSION citus' || exit 1
done

# Register the nodes, then create ntrk once on the coordinator: Citus
# propagates CREATE EXTENSION to the workers, which run the same install
# script from the same files.
node_psql 0 -c "SELECT citus_set_coordinator_host('127.0.0.1', $BASE)" \
	-c "SELECT citus_add_node('127.0.0.1', $(( BASE + 1 )))" \
	-c "SELECT citus_add_node('127.0.0.1', $(( BASE + 2 )))" \
	-c 'CREATE EXTENSION ntrk' >/dev/null || exit 1

# The SQL files are copied next to the clusters, where the postgres user can
# read them; test.sql includes cohort.sql from its own directory.
cp "$HERE"/*.sql "$DIR/" && cp "$SQL" "$DIR/run.sql" && chmod a+r "$DIR"/*.sql || exit 1
OUT=$DIR/test.out
node_psql 0 -f "$DIR/run.sql" >"$OUT" 2>&1
status=$?
cat "$OUT"
if [ $status -ne 0 ] || grep -q '^not ok' "$OUT"; then
	echo "citus check FAILED"
	exit 1
fi
echo "citus check passed: $(grep -c '^ok' "$OUT") ok"
exit 0
