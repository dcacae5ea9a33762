#!/bin/sh
# The test matrix: test/check.sh on several PostgreSQL majors, one closing
# line adding up every major's counts.
#
#   sh test/matrix.sh [target ...]      (default: host trixie forky)
#
# Targets:
#   host      this machine's own PostgreSQL (what test/check.sh picks here)
#   RELEASE   a minimal Debian chroot of that release (debootstrap
#             --variant=minbase), where test/check.sh installs and tests the
#             major the release ships: trixie 17, forky 18 (bookworm 15)
#
# Chroots are cached in NTRK_MATRIX_CACHE (default /var/cache/ntrk-matrix),
# a directory this script owns: one is reused when present and complete, made
# again when absent (NTRK_MATRIX_FRESH=1 remakes it).  The tree tested in a
# chroot is the committed HEAD (git archive), copied to /root/ntrk, a home
# directory the database server cannot read; NTRK_MATRIX_TREE=worktree copies
# the working tree instead.  proc, sys and dev are mounted for the run and
# unmounted afterwards; a lock per chroot keeps concurrent runs apart.
#
# Other settings:
#   NTRK_MATRIX_SUITES   suites run in the chroots (default: all of them)
#   NTRK_HOST_LOCK       a file to flock(1) while the host suite runs (when
#                        others share this machine's PostgreSQL installation)
#   NTRK_MATRIX_MIRROR   Debian mirror (default http://deb.debian.org/debian)
#
# Needs root for chroots (the host target does not).  Exit status 0 only when
# every target ran and none failed.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${NTRK_MATRIX_CACHE:-/var/cache/ntrk-matrix}
MIRROR=${NTRK_MATRIX_MIRROR:-http://deb.debian.org/debian}
TARGETS=${*:-host trixie forky}
PASSED=0
FAILED=0
SKIPPED=0
SUMMARY=""
status=0

# Add a check.sh log's closing line to the totals; false when there is none.
add_counts() {
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$1" | tail -n 1)
	[ -n "$line" ] || return 1
	set -- $line
	PASSED=$((PASSED + $1))
	FAILED=$((FAILED + $3))
	SKIPPED=$((SKIPPED + $5))
	[ "$3" -eq 0 ]
}

# Print the lines of a check.sh log worth seeing (suite counts, failures).
show_log() {
	grep -vE '^(ok |#)' "$1" | sed "s/^/[$2] /"
}

# Unmount what mount_chroot mounted.
unmount_chroot() {
	for m in dev sys proc; do
		mountpoint -q "$1/$m" && umount -R "$1/$m"
	done
}

mount_chroot() {
	mountpoint -q "$1/proc" || mount -t proc proc "$1/proc"
	for m in sys dev; do
		if ! mountpoint -q "$1/$m"; then
			mount --rbind "/$m" "$1/$m" && mount --make-rslave "$1/$m"
		fi
	done
}

# Make the chroot of a release unless a complete one is cached.
make_chroot() {
	rel=$1
	root=$CACHE/$rel
	if [ "${NTRK_MATRIX_FRESH:-0}" = 1 ] || [ ! -e "$root/.ntrk-matrix-complete" ]; then
		unmount_chroot "$root" 2>/dev/null
		rm -rf "$root"
		command -v debootstrap >/dev/null ||
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 ||
			{ echo "[$rel] cannot install debootstrap"; return 1; }
		script=/usr/share/debootstrap/scripts/$rel
		# releases newer than this debootstrap knows are made like sid
		[ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
		echo "[$rel] making a chroot: debootstrap --variant=minbase $rel"
		debootstrap --variant=minbase "$rel" "$root" "$MIRROR" "$script" \
			>"$CACHE/$rel-debootstrap.log" 2>&1 ||
			{ echo "[$rel] debootstrap failed, see $CACHE/$rel-debootstrap.log"; return 1; }
		# forky/sid mirrors may serve a Release file past its Valid-Until date
		echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99ntrk-no-valid-until"
		touch "$root/.ntrk-matrix-complete"
	else
		echo "[$rel] reusing the chroot in $root"
	fi
}

# Copy the tree to test into the chroot's /root/ntrk.
copy_tree() {
	dest=$1/root/ntrk
	rm -rf "$dest"
	mkdir -p "$dest"
	chmod 700 "$1/root"
	if [ "${NTRK_MATRIX_TREE:-head}" = worktree ] || ! git -C "$TOP" rev-parse HEAD >/dev/null 2>&1; then
		(cd "$TOP" && tar -cf - --exclude=./.git --exclude=./.check --exclude=./results \
			--exclude=./tmp_check --exclude='*.o' --exclude='*.so' --exclude='*.bc' .) | tar -xf - -C "$dest"
	else
		[ -n "$(git -C "$TOP" status --porcelain --untracked-files=no)" ] &&
			echo "  (testing the committed HEAD; uncommitted changes are not copied)"
		git -C "$TOP" archive HEAD | tar -xf - -C "$dest"
	fi
}

# Run the whole suite in a release's chroot; the log goes to $CACHE/$rel-check.log.
run_chroot() {
	rel=$1
	log=$CACHE/$rel-check.log
	make_chroot "$rel" || return 1
	root=$CACHE/$rel
	cp /etc/resolv.conf "$root/etc/resolv.conf"
	mount_chroot "$root" || { echo "[$rel] cannot mount proc/sys/dev"; return 1; }
	copy_tree "$root"
	env='export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI=true DEBIAN_FRONTEND=noninteractive; cd /root/ntrk'
	chroot "$root" /bin/sh -c "$env && sh test/check.sh ${NTRK_MATRIX_SUITES:-}" </dev/null >"$log" 2>&1
	rc=$?
	unmount_chroot "$root"
	return $rc
}

[ "$(id -u)" -eq 0 ] || case " $TARGETS " in
	*" host "*) [ "$TARGETS" = host ] || { echo "chroot targets need root"; exit 2; } ;;
	*) echo "chroot targets need root"; exit 2 ;;
esac
mkdir -p "$CACHE"
start_all=$(date +%s)
for target in $TARGETS; do
	echo "== $target"
	start=$(date +%s)
	if [ "$target" = host ]; then
		log=$CACHE/host-check.log
		[ -w "$CACHE" ] || log=$(mktemp /tmp/ntrk-matrix-host.XXXXXX)
		if [ -n "${NTRK_HOST_LOCK:-}" ]; then
			flock "$NTRK_HOST_LOCK" sh "$TOP/test/check.sh" </dev/null >"$log" 2>&1
		else
			sh "$TOP/test/check.sh" </dev/null >"$log" 2>&1
		fi
		rc=$?
	else
		case $target in *[!a-z]*|"") echo "[$target] not a Debian release name"; status=1; continue ;; esac
		# one run per chroot at a time
		exec 9>"$CACHE/$target.lock"
		flock 9
		run_chroot "$target"
		rc=$?
		exec 9>&-
		log=$CACHE/$target-check.log
	fi
	secs=$(($(date +%s) - start))
	[ -f "$log" ] && show_log "$log" "$target"
	pg=$(sed -n 's/^== PostgreSQL \([^ ]*\).*/\1/p' "$log" 2>/dev/null | head -n 1)
	closing=$(grep -E '^[0-9]+ passed' "$log" 2>/dev/null | tail -n 1)
	if ! add_counts "$log" 2>/dev/null || [ "$rc" -ne 0 ]; then
		status=1
		[ -z "$closing" ] && { FAILED=$((FAILED + 1)); closing="did not finish (counted as 1 failure)"; }
		echo "[$target] FAILED; log: $log"
	fi
	SUMMARY="$SUMMARY
  $target (PostgreSQL ${pg:-?}): ${closing:-no result} in ${secs}s"
done
echo "== matrix$SUMMARY"
echo "  total time $(($(date +%s) - start_all))s"
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ $status -eq 0 ] && [ $FAILED -eq 0 ]
