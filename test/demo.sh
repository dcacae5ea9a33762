#!/bin/sh
# ntrk demo: install what is missing, build, start a throwaway cluster, load
# the bundled sample cohort and show what ntrk does with it.
set -u
. "$(dirname "$0")/lib.sh"
ntrk_setup
cd "$NTRK_TOP" || exit 1
exec sh test/pgcluster.sh psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql
