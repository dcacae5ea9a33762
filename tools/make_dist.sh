#!/bin/sh
# Source tarball of the committed tree (HEAD): ntrk-<version>.tar.gz with
# everything under ntrk-<version>/, the layout PGXN expects.
#
#   sh tools/make_dist.sh [output-directory]     (default: the top directory)
#
# The Makefile's "dist" target runs this.  The version is META.json's
# "version"; before archiving, the script checks that the version strings
# kept in several places agree, so that they cannot drift apart:
#   META.json version           == debian/changelog version (1.0.0)
#   META.json provides.ntrk.version == ntrk.control default_version (1.0)
# Only committed files are archived; uncommitted changes are reported on
# stderr and left out.
set -eu
TOP=$(cd "$(dirname "$0")/.." && pwd)
cd "$TOP"
OUTDIR=${1:-$TOP}

git rev-parse --verify -q HEAD >/dev/null ||
	{ echo "make_dist: $TOP is not a git checkout with a commit" >&2; exit 1; }

# The two META.json versions, read with the JSON parser.
meta=$(python3 -c 'import json, sys
m = json.load(open("META.json"))
print(m["version"], m["provides"]["ntrk"]["version"])')
version=${meta% *}
ext_version=${meta#* }
control_version=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" ntrk.control)
debian_version=$(sed -n '1s/^ntrk (\([^)]*\)).*/\1/p' debian/changelog)

fail=0
if [ "$ext_version" != "$control_version" ]; then
	echo "make_dist: META.json provides.ntrk.version is $ext_version but ntrk.control default_version is $control_version" >&2
	fail=1
fi
if [ "$version" != "$debian_version" ]; then
	echo "make_dist: META.json version is $version but debian/changelog says $debian_version" >&2
	fail=1
fi
[ $fail -eq 0 ] || exit 1

if ! git diff --quiet HEAD -- 2>/dev/null; then
	echo "make_dist: uncommitted changes are not in the tarball (it is made from HEAD)" >&2
fi

out="$OUTDIR/ntrk-$version.tar.gz"
git archive --format=tar.gz --prefix="ntrk-$version/" -o "$out" HEAD
echo "$out"
