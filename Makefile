# ntrk -- PGXS build.
#
# Layout: src/core/*.c is the pure-C core (no PostgreSQL headers; unit-tested
# and fuzzed on its own), src/*.c is the fmgr glue.
#
# SQL scripts:
#   sql/ntrk--1.0.sql            released 1.0, committed and frozen
#   sql/install/*.sql            pieces of the current version's full install
#                                script, concatenated into sql/ntrk--$(EXTVERSION).sql
#   sql/update/A--B/*.sql        pieces of each update script, concatenated
#                                into sql/ntrk--A--B.sql
# Regression tests live in test/sql and test/expected.

EXTENSION	= ntrk
EXTVERSION	= $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big	= ntrk
CORE_SRCS	= $(sort $(wildcard src/core/*.c))
GLUE_SRCS	= $(sort $(wildcard src/*.c))
OBJS		= $(GLUE_SRCS:.c=.o) $(CORE_SRCS:.c=.o)

NTRK_INSTALL_SQL = sql/$(EXTENSION)--$(EXTVERSION).sql
NTRK_UPDATE_DIRS = $(sort $(wildcard sql/update/*--*))
NTRK_UPDATE_SQL	= $(patsubst sql/update/%,sql/$(EXTENSION)--%.sql,$(NTRK_UPDATE_DIRS))
DATA_built	= $(NTRK_INSTALL_SQL) $(NTRK_UPDATE_SQL)
DATA		= sql/$(EXTENSION)--1.0.sql

# A regression file whose first line is "-- requires PostgreSQL NN" runs only
# on a server of major NN or newer; test/check.sh lists it as skipped on older
# ones (make regress-skipped prints those names).
REGRESS_ALL	= $(sort $(notdir $(basename $(wildcard test/sql/*.sql))))
REGRESS_SKIP = $(shell for t in $(REGRESS_ALL); do \
	n=$$(sed -n '1s/^-- requires PostgreSQL \([0-9][0-9]*\).*/\1/p' test/sql/$$t.sql); \
	[ -n "$$n" ] && [ $(MAJORVERSION) -lt "$$n" ] && echo "$$t"; done)
REGRESS		= $(filter-out $(REGRESS_SKIP),$(REGRESS_ALL))
REGRESS_OPTS = --inputdir=test --load-extension=$(EXTENSION)

# libxml2: pkg-config first, xml2-config as fallback.
XML2_CFLAGS	:= $(shell pkg-config --cflags libxml-2.0 2>/dev/null || xml2-config --cflags)
XML2_LIBS	:= $(shell pkg-config --libs libxml-2.0 2>/dev/null || xml2-config --libs)

PG_CPPFLAGS	= -I$(srcdir)/src -I$(srcdir)/src/core $(XML2_CFLAGS)
PG_CFLAGS	= -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
SHLIB_LINK	= $(XML2_LIBS)

EXTRA_CLEAN	= test/unit/*.bin regression.diffs regression.out results/ test/regression.diffs test/regression.out test/results/ log/ output_iso/ tmp_check/

PG_CONFIG	?= pg_config
PGXS		:= $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track header dependencies: rebuild every object when a header
# changes, so that a changed struct layout never meets stale objects.
$(OBJS): $(wildcard src/*.h src/core/*.h)

# Every object is rebuilt when any of ntrk's headers changes: PGXS tracks
# header dependencies only on servers configured with --enable-depend
# (Debian's are not), and an object compiled against an older struct layout
# links without complaint and corrupts memory at run time.
$(OBJS): $(wildcard src/*.h src/core/*.h)

$(NTRK_INSTALL_SQL): $(sort $(wildcard sql/install/*.sql))
	cat $^ > $@

# One rule per update directory: sql/ntrk--A--B.sql from sql/update/A--B/*.sql.
define NTRK_UPDATE_RULE
sql/$(EXTENSION)--$(notdir $(1)).sql: $$(sort $$(wildcard $(1)/*.sql))
	cat $$^ > $$@
endef
$(foreach d,$(NTRK_UPDATE_DIRS),$(eval $(call NTRK_UPDATE_RULE,$(d))))

# Pure-C unit tests: each test/unit/test_*.c is linked with the whole core
# and prints TAP.
UNIT_TESTS	= $(patsubst %.c,%.bin,$(sort $(wildcard test/unit/test_*.c)))
UNIT_CFLAGS	= -std=c99 -O1 -g -Wall -Wextra -Werror -Isrc/core -Itest/unit

test/unit/%.bin: test/unit/%.c $(CORE_SRCS) $(wildcard src/core/*.h) $(wildcard test/unit/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS)

# Generated sources: src/core/knowledge_data.c (and the source list in
# docs/sources.md) and src/core/ntrk_exon_data.c from data/*.tsv.  Committed; `make generate` rewrites
# them, test/generated_check.sh (run by the unit suite) fails when they are stale.
generate:
	python3 tools/gen_knowledge.py
	python3 tools/gen_exon_table.py

.PHONY: generate

unit: $(UNIT_TESTS)
	@for t in $(UNIT_TESTS); do ./$$t || exit 1; done

.PHONY: unit

# The regression files this server's major does not run, one per line with
# the major they need.
regress-skipped:
	@for t in $(REGRESS_SKIP); do \
		echo "$$t $$(sed -n '1s/^-- requires PostgreSQL \([0-9][0-9]*\).*/\1/p' test/sql/$$t.sql)"; done

.PHONY: regress-skipped

# Source tarball of the committed tree, ntrk-<version>.tar.gz (PGXN layout);
# tools/make_dist.sh checks that the version strings agree first.
dist:
	sh tools/make_dist.sh

.PHONY: dist
