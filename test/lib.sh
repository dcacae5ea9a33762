# Shared setup for test/demo.sh and test/check.sh (POSIX sh, sourced).
#
# Installs the Debian packages ntrk needs when they are missing (apt-get
# update runs once, and only then), builds with -Werror and installs the
# extension into the local PostgreSQL 15.

NTRK_TOP=$(cd "$(dirname "$0")/.." && pwd)
PG_MAJOR=${PG_MAJOR:-15}
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_MAJOR/bin/pg_config}

# Packages the build and every test suite need.
NTRK_PACKAGES="make gcc pkg-config libxml2-dev postgresql-$PG_MAJOR \
postgresql-server-dev-$PG_MAJOR postgresql-common libipc-run-perl clang \
libclang-rt-14-dev python3"

# Run a command as root (directly, or through sudo when available).
as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
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
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Build (warnings are errors) and install the extension.
build_and_install() {
	cd "$NTRK_TOP" || exit 1
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null &&
	as_root make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

ntrk_setup() {
	ensure_packages $NTRK_PACKAGES || { echo "ntrk: package installation failed" >&2; exit 1; }
	build_and_install || { echo "ntrk: build failed" >&2; exit 1; }
}
