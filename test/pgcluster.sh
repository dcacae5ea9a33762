#!/bin/sh
# Run a command against a private, throwaway PostgreSQL cluster.
#
#   sh test/pgcluster.sh make installcheck REGRESS="fusion_io"
#
# The server is the one PG_CONFIG names (test/check.sh and test/demo.sh set
# it; by hand it defaults to the newest Debian-packaged major installed), so
# a PostgreSQL built from source works as well as a packaged one.  Each run
# gets its own directory, holding the data, the log and the Unix socket, and
# a random port; the server listens on no TCP address, so runs at the same
# time never collide.  As root the server runs as the "postgres" user (initdb
# refuses root).  PGHOST/PGPORT/PGUSER/PGDATABASE are exported for the
# command.  Extra server settings: NTRK_PGOPTS="-c shared_buffers=256MB ...".
set -u
PG_CONFIG=${PG_CONFIG:-$(ls -d /usr/lib/postgresql/*/bin/pg_config 2>/dev/null | sort -V | tail -n 1)}
[ -x "$PG_CONFIG" ] || { echo "pgcluster: no pg_config (set PG_CONFIG)" >&2; exit 1; }
BINDIR=$("$PG_CONFIG" --bindir)
DIR=$(mktemp -d /tmp/ntrk-pg.XXXXXX)
PORT=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 ))

if [ "$(id -u)" -eq 0 ]; then
	id postgres >/dev/null 2>&1 || { echo "pgcluster: as root, a \"postgres\" user must exist to run the server" >&2; exit 1; }
	chown postgres "$DIR"
	AS="runuser -u postgres --"
else
	AS=""
fi

# The server's user may not be allowed into the caller's directory (a
# checkout under /root): run its programs from the cluster's own.
as_server() {
	(cd "$DIR" && $AS "$@")
}

# UTF-8 with code-point order, whatever the caller's locale (a fresh Debian
# has none set): every run sorts and compares text the same way.
as_server "$BINDIR/initdb" -D "$DIR/data" -U postgres -A trust --no-sync \
	-E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
	{ cat "$DIR/initdb.log"; rm -rf "$DIR"; exit 1; }
as_server "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
	-o "-p $PORT -k $DIR -c listen_addresses='' -c fsync=off ${NTRK_PGOPTS:-}" start >/dev/null ||
	{ cat "$DIR/server.log"; rm -rf "$DIR"; exit 1; }

PGHOST=$DIR PGPORT=$PORT PGUSER=postgres PGDATABASE=postgres
export PGHOST PGPORT PGUSER PGDATABASE
"$@"
status=$?

as_server "$BINDIR/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
[ $status -ne 0 ] && [ -n "${NTRK_SHOW_LOG:-}" ] && tail -n 50 "$DIR/server.log"
rm -rf "$DIR"
exit $status
