#!/bin/sh
# Run a command against a private, throwaway PostgreSQL cluster.
#
#   sh test/pgcluster.sh make installcheck REGRESS="fusion_io"
#
# Unlike pg_virtualenv as root (which always names its cluster "regress"),
# several of these can run at the same time: each gets its own directory and
# port.  PGHOST/PGPORT/PGUSER/PGDATABASE are exported for the command.
# Extra server settings: NTRK_PGOPTS="-c shared_buffers=256MB ...".
set -u
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
BINDIR=$("$PG_CONFIG" --bindir)
DIR=$(mktemp -d /tmp/ntrk-pg.XXXXXX)
PORT=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 ))

if [ "$(id -u)" -eq 0 ]; then
	chown postgres "$DIR"
	AS="runuser -u postgres --"
else
	AS=""
fi

$AS "$BINDIR/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >"$DIR/initdb.log" 2>&1 ||
	{ cat "$DIR/initdb.log"; exit 1; }
$AS "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
	-o "-p $PORT -k $DIR -c listen_addresses='' -c fsync=off ${NTRK_PGOPTS:-}" start >/dev/null ||
	{ cat "$DIR/server.log"; exit 1; }

PGHOST=$DIR PGPORT=$PORT PGUSER=postgres PGDATABASE=postgres
export PGHOST PGPORT PGUSER PGDATABASE
"$@"
status=$?

$AS "$BINDIR/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
[ $status -ne 0 ] && [ -n "${NTRK_SHOW_LOG:-}" ] && tail -n 50 "$DIR/server.log"
rm -rf "$DIR"
exit $status
