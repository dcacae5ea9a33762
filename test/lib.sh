# Shared setup for test/demo.sh and test/check.sh (POSIX sh, sourced).
#
# Picks the PostgreSQL to build against, installs the Debian packages that
# are missing (apt-get update runs once at most), builds with -Werror and
# installs the extension.
#
# Which PostgreSQL:
#   PG_CONFIG=/path/to/pg_config   an existing pg_config, e.g. a source build:
#                                  used as it is, no server package installed
#   PG_MAJOR=17                    that major from the distribution's packages
#   (neither)                      the major the distribution ships: the one
#                                  its "postgresql" package depends on
#                                  (bookworm 15, trixie 17, forky 18)

NTRK_TOP=$(cd "$(dirname "$0")/.." && pwd)
NTRK_APT_UPDATED=no

# Run a command as root (directly, or through sudo when available).
as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt-get update, once per run.
apt_update_once() {
	[ "$NTRK_APT_UPDATED" = yes ] && return 0
	NTRK_APT_UPDATED=yes
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
}

# The NN of the "<package>-NN" the given Debian package depends on, e.g.
# postgresql -> 17 on trixie, clang -> 19; empty when apt does not know it.
debian_default_major() {
	apt-cache depends "$1" 2>/dev/null |
		sed -n "s/^ *Depends: $1-\([0-9][0-9]*\)\$/\1/p" | head -n 1
}

# Same, running apt-get update first when the package lists lack it (a
# freshly made Debian has no lists).
debian_default_major_updated() {
	m=$(debian_default_major "$1")
	if [ -z "$m" ]; then
		apt_update_once >/dev/null 2>&1
		m=$(debian_default_major "$1")
	fi
	echo "$m"
}

# Decide PG_MAJOR and PG_CONFIG (both exported) and whether packages
# provide the server (NTRK_SERVER_FROM=packages) or PG_CONFIG does (source).
pick_postgresql() {
	if [ -n "${PG_CONFIG:-}" ] && [ -x "$PG_CONFIG" ]; then
		PG_MAJOR=$("$PG_CONFIG" --version | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p')
		case $PG_CONFIG in
			/usr/lib/postgresql/*) NTRK_SERVER_FROM=packages ;;
			*) NTRK_SERVER_FROM=source ;;
		esac
	else
		[ -n "${PG_CONFIG:-}" ] && echo "ntrk: PG_CONFIG=$PG_CONFIG does not exist; using packages" >&2
		[ -n "${PG_MAJOR:-}" ] || PG_MAJOR=$(debian_default_major_updated postgresql)
		if [ -z "$PG_MAJOR" ]; then
			echo "ntrk: cannot tell which PostgreSQL this system ships; set PG_MAJOR or PG_CONFIG" >&2
			exit 1
		fi
		PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config
		NTRK_SERVER_FROM=packages
	fi
	export PG_MAJOR PG_CONFIG NTRK_SERVER_FROM
}

# Packages the build needs, plus the server and its headers unless
# PG_CONFIG names a PostgreSQL that is already there.
build_packages() {
	echo "make gcc pkg-config libxml2-dev perl"
	[ "$NTRK_SERVER_FROM" = packages ] &&
		echo "postgresql-common postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR"
}

# Packages a test suite needs (test/check.sh names its suites).
suite_packages() {
	case $1 in
		tap) echo "libipc-run-perl" ;;
		bench) echo "python3" ;;
		fuzz)
			c=$(debian_default_major_updated clang)
			# libFuzzer and the sanitizers come in clang's runtime package
			[ -n "$c" ] && echo "clang libclang-rt-$c-dev" ;;
		clients)
			echo "python3 python3-psycopg2 ca-certificates libpostgresql-jdbc-java"
			# node-postgres: Debian's node-pg, unless npm is there to
			# install the version test/clients/node pins.  A node or JDK
			# installed some other way (e.g. NodeSource's nodejs, which
			# conflicts with Debian's npm) is used as it is.
			command -v node >/dev/null 2>&1 || echo "nodejs"
			command -v npm >/dev/null 2>&1 || echo "node-pg"
			command -v javac >/dev/null 2>&1 || echo "default-jdk-headless" ;;
	esac
}

# Install whichever of the given packages are missing.
ensure_packages() {
	missing=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "ntrk: installing missing packages:$missing"
	apt_update_once &&
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Build (warnings are errors) and install the extension.  Objects built
# for another PostgreSQL (another PG_CONFIG or version) are removed first:
# make alone would link them, and the library would not load.
build_and_install() {
	cd "$NTRK_TOP" || exit 1
	built_for="$PG_CONFIG $("$PG_CONFIG" --version)"
	if [ "$(cat .built-for 2>/dev/null)" != "$built_for" ]; then
		make -s PG_CONFIG="$PG_CONFIG" clean >/dev/null
		echo "$built_for" >.built-for
	fi
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null &&
	as_root make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# Pick the PostgreSQL, install what the build and the named suites need,
# build and install:  ntrk_setup [suite ...]
ntrk_setup() {
	pick_postgresql
	pkgs=$(build_packages)
	for s in "$@"; do
		pkgs="$pkgs $(suite_packages "$s")"
	done
	ensure_packages $pkgs || { echo "ntrk: package installation failed" >&2; exit 1; }
	build_and_install || { echo "ntrk: build failed" >&2; exit 1; }
}
