#!/bin/sh
# ntrk through real client libraries: Python psycopg2, Node pg, Java JDBC.
#
#   PGHOST=... PGPORT=... PGUSER=... PGDATABASE=... sh test/clients/run.sh
#
# Connects to the server named by the libpq environment, creates a scratch
# database with the ntrk extension (or, when it may not create databases,
# uses PGDATABASE and creates the extension there if missing), runs
# test_psycopg2.py, node/test_pg.js and TestJdbc.java, and prints their
# assertions as one TAP stream on stdout: nothing else goes to stdout.
#
# Toolchains (test/check.sh installs them): python3-psycopg2,
# libpostgresql-jdbc-java and a JDK; Node.js with the npm "pg" module from
# "npm ci" (node/package-lock.json) when npm is there, else Debian's node-pg.
# As root, missing Python and JDBC packages are also installed here.  A
# client whose toolchain is still missing is reported as "ok N # skip ..."
# and does not fail the run.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
JDBC_JAR=/usr/share/java/postgresql.jar
PYTHON=/usr/bin/python3
n=0
failed=0

# Everything that is not TAP goes to stderr.
log()
{
	echo "# $*" >&2
}

# Install Debian packages that are missing (root only, one apt-get update at
# most, and only when a first attempt fails).
need_debs()
{
	missing=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	[ "$(id -u)" -eq 0 ] || { log "not root: cannot install$missing"; return 1; }
	log "installing$missing"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >&2 2>&1 ||
		{ apt-get update -q >&2 2>&1 &&
		  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >&2 2>&1; }
}

# Print one client's TAP renumbered into the common stream, each
# description prefixed with the client's name.
relay()
{
	name=$1
	out=$2
	status=$3
	planned=no
	while IFS= read -r line; do
		case $line in
			"ok "*|"not ok "*)
				n=$((n + 1))
				verdict=${line%% [0-9]*}
				rest=$(printf '%s\n' "$line" | sed 's/^\(not \)\{0,1\}ok [0-9]* *//')
				case $rest in
					"# skip"*|"# SKIP"*) echo "$verdict $n # skip $name: ${rest#\# [sS][kK][iI][pP] }" ;;
					*) echo "$verdict $n - $name: ${rest#- }" ;;
				esac
				[ "$verdict" = "ok" ] || failed=1 ;;
			"1..0"*)
				planned=yes
				n=$((n + 1))
				echo "ok $n # skip $name: ${line#*# skip }" ;;
			"1.."*) planned=yes ;;
			"#"*) echo "$line" ;;
			*) [ -n "$line" ] && echo "# $name: $line" ;;
		esac
	done <"$out"
	if [ "$planned" = no ] || { [ "$status" -ne 0 ] && ! grep -q '^not ok' "$out"; }; then
		n=$((n + 1))
		echo "not ok $n - $name: exited with status $status without a complete TAP plan"
		failed=1
	fi
}

# Skip one client.
skip()
{
	n=$((n + 1))
	echo "ok $n # skip $1"
}

WORK=$(mktemp -d /tmp/ntrk-clients.XXXXXX)
DB=ntrk_clients_$$
made_db=no
cleanup()
{
	[ "$made_db" = yes ] && dropdb --if-exists "$DB" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT

# The database the clients use.
if createdb "$DB" >"$WORK/createdb.log" 2>&1; then
	made_db=yes
	PGDATABASE=$DB
	export PGDATABASE
	setup="CREATE EXTENSION ntrk"
else
	log "cannot create a scratch database ($(head -1 "$WORK/createdb.log")); using ${PGDATABASE:-the default}"
	setup="CREATE EXTENSION IF NOT EXISTS ntrk"
fi
if ! psql -X -q -v ON_ERROR_STOP=1 -c "$setup" >"$WORK/setup.log" 2>&1; then
	n=$((n + 1))
	echo "not ok $n - create the ntrk extension for the clients"
	sed 's/^/# /' "$WORK/setup.log"
	echo "1..$n"
	exit 1
fi

# Python: psycopg2
need_debs python3-psycopg2 || true
if [ -x "$PYTHON" ] && "$PYTHON" -c 'import psycopg2' 2>/dev/null; then
	"$PYTHON" "$HERE/test_psycopg2.py" >"$WORK/psycopg2.tap" 2>"$WORK/psycopg2.err"
	relay psycopg2 "$WORK/psycopg2.tap" $?
	sed 's/^/# psycopg2 stderr: /' "$WORK/psycopg2.err" >&2
else
	skip "psycopg2: python3-psycopg2 is not installed"
fi

# Node: pg from npm, pinned by package-lock.json; without npm (or when the
# registry cannot be reached) the distribution's node-pg package.
if command -v node >/dev/null 2>&1; then
	if [ ! -d "$HERE/node/node_modules/pg" ] && command -v npm >/dev/null 2>&1; then
		log "npm ci in test/clients/node"
		(cd "$HERE/node" && npm ci --no-audit --no-fund >&2 2>&1) || log "npm ci failed"
	fi
	if pg_version=$(cd "$HERE/node" && node -e 'console.log(require("pg/package.json").version)' 2>/dev/null); then
		log "node-pg $pg_version"
		(cd "$HERE/node" && node test_pg.js) >"$WORK/node.tap" 2>"$WORK/node.err"
		relay node-pg "$WORK/node.tap" $?
		sed 's/^/# node stderr: /' "$WORK/node.err" >&2
	else
		skip "node-pg: neither npm ci nor the node-pg package gave a pg module"
	fi
else
	skip "node-pg: node is not installed"
fi

# Java: JDBC
need_debs libpostgresql-jdbc-java || true
if ! command -v javac >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
	skip "jdbc: no Java compiler (javac) installed"
elif [ ! -r "$JDBC_JAR" ]; then
	skip "jdbc: $JDBC_JAR (libpostgresql-jdbc-java) is not installed"
elif ! javac -d "$WORK/java" -cp "$JDBC_JAR" "$HERE/TestJdbc.java" >"$WORK/javac.log" 2>&1; then
	n=$((n + 1))
	echo "not ok $n - jdbc: TestJdbc.java compiles"
	sed 's/^/# /' "$WORK/javac.log"
	failed=1
else
	java -cp "$WORK/java:$JDBC_JAR" TestJdbc >"$WORK/jdbc.tap" 2>"$WORK/jdbc.err"
	relay jdbc "$WORK/jdbc.tap" $?
	sed 's/^/# jdbc stderr: /' "$WORK/jdbc.err" >&2
fi

echo "1..$n"
exit $failed
