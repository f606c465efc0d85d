# irdesk — one GNU make file.  `make` builds ./irdesk; `make run` starts the
# desk; `make check` runs every test under ASan and UBSan.

VERSION   := 0.1.0
PKGS      := ncursesw sqlite3 nettle pangocairo pangoft2 cairo-pdf fontconfig jansson
B         ?= build
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share
MANDIR    ?= $(DATADIR)/man
LOCALEDIR ?= $(DATADIR)/locale
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
# A packager's CFLAGS, CPPFLAGS and LDFLAGS (make CFLAGS=... or the
# environment) replace these defaults; WARN and the project's own defines
# below are added to them, never replaced.
CFLAGS    ?= -O2 -g
LANGS     := nl en

WARN := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wold-style-definition -Wformat=2 -Wcast-qual \
        -Wwrite-strings -Wundef -Wnull-dereference -Wimplicit-fallthrough \
        -Wvla -Werror
# '=' (not ':='): pkg-config is asked when a recipe runs, after `deps`.
PKG_CFLAGS = $(patsubst -I%,-isystem %,$(filter-out -D_XOPEN_SOURCE%,$(shell pkg-config --cflags $(PKGS) libpq)))
# the libraries below the desk: SQLite, jansson (core/json_import.c) and
# nettle (lib/digest.c: the SHA-256 of attached files); libpq (db/pg: the
# PostgreSQL engine) is loaded only when a server is opened (db/pg/pg_lib.c),
# its headers alone are needed to build

SQL_LIBS   = $(shell pkg-config --libs sqlite3 jansson nettle)
# the PDF renderer (core/pdf.c, core/chart.c) loads Pango and Cairo at the
# first PDF (core/pdf_lib.c): their headers alone are needed to build
PDF_LIBS   =
CURSES_LIBS = $(shell pkg-config --libs ncursesw)
override CPPFLAGS += -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -I. -I$(B)/gen \
             -DIRDESK_VERSION='"$(VERSION)"'

# One static archive per layer, listed from the top down: each may use only
# the ones after it (tools/check-layers.sh checks the includes and the
# archives' symbols; the link order makes an upward call fail).
LAYERS    := tui core db model i18n lib
objs_of    = $(patsubst %.c,$(B)/%.o,$(wildcard $(1)/*.c))
ARCHIVES  := $(foreach l,$(LAYERS),$(B)/$(l)/lib$(l).a)
# db/ holds both engines: SQLite in db/, PostgreSQL in db/pg
DB_OBJS   := $(call objs_of,db) $(call objs_of,db/pg) $(B)/gen/sql_text.o $(B)/gen/pg_text.o
LIB_OBJS  := $(foreach l,core model i18n lib,$(call objs_of,$(l))) $(DB_OBJS)
TUI_OBJS  := $(call objs_of,tui)
CLI_OBJS  := $(call objs_of,cli)
# the archives below the desk, in link order, for tests and tools
CORE_LIBS := $(foreach l,core db model i18n lib,$(B)/$(l)/lib$(l).a)
# the parts of the desk without curses calls, unit-tested without a terminal
TUI_PURE  := $(B)/tui/keymap.o $(B)/tui/keyfile.o $(B)/tui/layout.o $(B)/tui/lineedit.o \
             $(B)/tui/fmodel.o $(B)/tui/listwin.o
SQL_FILES := $(sort $(wildcard db/sql/*.sql)) $(sort $(wildcard db/seed/*.sql))
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/tests/%)
MOS       := $(LANGS:%=$(B)/locale/%/LC_MESSAGES/irdesk.mo)

COMPLETIONS := $(B)/completion/irdesk $(B)/completion/_irdesk

all: irdesk $(COMPLETIONS)

irdesk: $(B)/irdesk
	@if [ "$(B)" = build ]; then ln -sf $(B)/irdesk irdesk; fi

# the shells' completion scripts, generated from the subcommand table
$(B)/completion/irdesk: $(B)/irdesk
	@mkdir -p $(@D)
	$(B)/irdesk --completion bash > $@.tmp && mv $@.tmp $@
$(B)/completion/_irdesk: $(B)/irdesk
	@mkdir -p $(@D)
	$(B)/irdesk --completion zsh > $@.tmp && mv $@.tmp $@

$(B)/irdesk: $(CLI_OBJS) $(ARCHIVES) $(MOS)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJS) $(ARCHIVES) $(CURSES_LIBS) $(SQL_LIBS) $(PDF_LIBS)

$(B)/db/libdb.a: $(DB_OBJS)
$(foreach l,tui core model i18n lib,$(eval $(B)/$(l)/lib$(l).a: $(call objs_of,$(l))))
$(ARCHIVES):
	@mkdir -p $(@D)
	rm -f $@ && $(AR) rcs $@ $^

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) -MMD -MP -c -o $@ $<

# Where the installed catalogs are: a header that changes only when PREFIX
# or LOCALEDIR does, so that `make install PREFIX=...` rebuilds what uses it.
$(B)/gen/paths.h: FORCE
	@mkdir -p $(@D)
	@echo '#define LOCALEDIR "$(LOCALEDIR)"' > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(B)/i18n/i18n.o: $(B)/gen/paths.h

FORCE:

$(B)/gen/sql_text.c: tools/embed-sql.sh $(SQL_FILES)
	@mkdir -p $(@D)
	sh tools/embed-sql.sh > $@.tmp && mv $@.tmp $@

$(B)/gen/sql_text.o: $(B)/gen/sql_text.c
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -Wno-overlength-strings -c -o $@ $<

PG_SQL_FILES := $(sort $(wildcard db/pg/*.sql))
$(B)/gen/pg_text.c: tools/embed-pgsql.sh $(PG_SQL_FILES) $(wildcard db/sql/*.sql)
	@mkdir -p $(@D)
	sh tools/embed-pgsql.sh > $@.tmp && mv $@.tmp $@

$(B)/gen/pg_text.o: $(B)/gen/pg_text.c
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -Wno-overlength-strings -c -o $@ $<

$(B)/locale/%/LC_MESSAGES/irdesk.mo: i18n/%.po
	@mkdir -p $(@D)
	msgfmt -c --check-format -o $@ $<

# ---- the two commands of the quick start ---------------------------------

deps:
	@sh tools/deps.sh build

# the desk on YOUR database (not a test one): --db in RUN_ARGS, else
# $IRDESK_DB, else the configuration's, else the XDG default, which the desk
# creates with Ghent's portfolio when it is missing (and says so)
run: deps
	$(MAKE) irdesk
	@echo "make run: the desk opens $${IRDESK_DB:-your own database (the configuration's," \
	    "else $${XDG_DATA_HOME:-$$HOME/.local/share}/irdesk/irdesk.db)}$(if $(RUN_ARGS), with $(RUN_ARGS))."
	./irdesk $(RUN_ARGS)

check: 
	@sh tools/deps.sh check
	$(MAKE) B=build-asan CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	    LDFLAGS='-fsanitize=address,undefined' check-all

CHECK_SUITES := check-layers check-layers-selftest check-po check-man check-unit check-golden check-pdf \
                check-tui check-print check-crash check-hostile check-sheet check-cli check-pg
# each suite in turn, with its duration
check-all:
	@t0=$$(date +%s); for t in $(CHECK_SUITES); do s=$$(date +%s); \
	    $(MAKE) --no-print-directory $$t || { echo "== $$t FAILED after $$(( $$(date +%s) - s )) s"; exit 1; }; \
	    echo "== $$t took $$(( $$(date +%s) - s )) s"; done; \
	    echo "== all suites took $$(( $$(date +%s) - t0 )) s (load average $$(cut -d' ' -f1-3 /proc/loadavg))"

# ---- tests ----------------------------------------------------------------

$(B)/tests/%: tests/unit/%.c $(B)/tests/helpers.o $(CORE_LIBS) $(TUI_PURE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< \
	    $(filter $(B)/cli/%.o,$^) $(B)/tests/helpers.o $(TUI_PURE) $(CORE_LIBS) -lcmocka $(SQL_LIBS) $(PDF_LIBS)

# test_synopsis reads the subcommand table itself: cli/ without its main()
$(B)/tests/test_synopsis: $(filter-out $(B)/cli/main.o $(B)/cli/desk.o,$(CLI_OBJS))

$(B)/tests/helpers.o: tests/unit/helpers.c tests/unit/helpers.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) -MMD -MP -c -o $@ $<

TEST_ENV = IRDESK=$(CURDIR)/$(B)/irdesk IRDESK_LOCALEDIR=$(CURDIR)/$(B)/locale \
           ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
           LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

check-unit: $(UNIT_BINS) $(B)/irdesk
	@fail=0; for t in $(UNIT_BINS); do \
	    echo "== $$t"; \
	    $(TEST_ENV) CMOCKA_MESSAGE_OUTPUT=TAP $$t || fail=1; \
	done; exit $$fail

check-golden: $(B)/irdesk
	@$(TEST_ENV) sh tests/golden/run.sh

# the PDF reports through poppler-utils: extracted text, A4, fonts, scripts
check-pdf: $(B)/irdesk
	@$(TEST_ENV) sh tests/pdf/run.sh

$(B)/tests/crash-writer: tests/crash/writer.c $(CORE_LIBS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< \
	    $(CORE_LIBS) $(SQL_LIBS) $(PDF_LIBS)

check-crash: $(B)/irdesk $(B)/tests/crash-writer
	@$(TEST_ENV) WRITER=$(CURDIR)/$(B)/tests/crash-writer sh tests/crash/run.sh

# the store on PostgreSQL: a throwaway cluster of its own (tests/pg)
check-pg: $(B)/irdesk $(B)/tests/crash-writer $(UNIT_BINS)
	@$(TEST_ENV) UNIT=$(CURDIR)/$(B)/tests WRITER=$(CURDIR)/$(B)/tests/crash-writer sh tests/pg/run.sh

check-print: $(B)/irdesk
	@$(TEST_ENV) sh tests/print/cups.sh

check-hostile: $(B)/irdesk
	@$(TEST_ENV) sh tests/hostile/run.sh

# the command line's conventions: help, completion, the pager, LANGUAGE,
# the system-wide configuration; and the defects of issue 13 it had
check-cli: $(B)/irdesk $(COMPLETIONS)
	@$(TEST_ENV) COMPLETIONS=$(CURDIR)/$(B)/completion sh tests/cli/run.sh

# the CSV round trip through gnumeric (ssconvert) under nl_BE.UTF-8
check-sheet: $(B)/irdesk
	@$(TEST_ENV) sh tests/sheet/run.sh

check-tui: $(B)/irdesk
	@$(TEST_ENV) sh tests/tui/run.sh

# Each folder includes only what its allow-list names, and each layer's
# archive calls only the layers below it (tools/check-layers.sh); the
# checker's own test plants upward includes and calls and expects a refusal.
check-layers: $(ARCHIVES)
	@sh tools/check-layers.sh $(ARCHIVES)

check-layers-selftest: $(ARCHIVES)
	@CC="$(CC)" sh tests/layers/run.sh $(B)

# The catalogs are complete: nl.po merged with the strings of the current
# sources must have no untranslated or fuzzy message.
POT_SRCS = $(sort $(wildcard lib/*.[ch] i18n/*.[ch] model/*.[ch] db/*.[ch] db/pg/*.[ch] core/*.[ch] tui/*.[ch] cli/*.[ch]))
$(B)/irdesk.pot: $(POT_SRCS)
	@mkdir -p $(@D)
	xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --keyword=P_:1,2 --keyword=NP_:1,2 \
	    --keyword=C_:1c,2 --add-comments=L10N: --package-name=irdesk \
	    --package-version=$(VERSION) --msgid-bugs-address=irdesk -o $@ $(POT_SRCS)

pot: $(B)/irdesk.pot
	cp $(B)/irdesk.pot i18n/irdesk.pot
	for l in $(LANGS); do msgmerge --quiet --update --backup=none i18n/$$l.po i18n/irdesk.pot; done

check-po: $(B)/irdesk.pot
	@for l in $(LANGS); do \
	    msgmerge --quiet -o $(B)/$$l.merged.po i18n/$$l.po $(B)/irdesk.pot || exit 1; \
	    msgfmt -c --check-format -o /dev/null $(B)/$$l.merged.po || exit 1; \
	done; \
	 stats=$$(LC_ALL=C msgfmt --statistics -o /dev/null $(B)/nl.merged.po 2>&1); \
	 echo "nl.po: $$stats"; \
	 case "$$stats" in *untranslated*|*fuzzy*) echo "nl.po is incomplete: run 'make pot' and translate"; exit 1;; esac; \
	 informal=$$(msgattrib --no-obsolete $(B)/nl.merged.po | msgexec 0 | tr '\0' '\n' | \
	     grep -Eiw 'je|jij|jou|jouw|jouwe|jezelf'); \
	 if [ -n "$$informal" ]; then echo "nl.po addresses the user as je/jij (use u/uw):"; \
	     echo "$$informal"; exit 1; fi

check-man:
	@mandoc -T lint -W warning man/irdesk.1 man/irdesk.5 && echo "man: ok"

# ---- fuzzing and valgrind -------------------------------------------------------

# libFuzzer targets (tests/fuzz/fuzz_*.c), built with clang and run for a
# bounded time each, from the seed corpora in tests/fuzz/corpus/<name>.
FUZZ_SRCS    := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_SECONDS ?= 30
FUZZ_FLAGS   := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer

fuzz:
	@sh tools/deps.sh fuzz
	$(MAKE) B=build-fuzz CC=clang CFLAGS='$(FUZZ_FLAGS)' fuzz-run

fuzz-run: $(FUZZ_SRCS:tests/fuzz/%.c=$(B)/fuzz/%)
	@for t in $^; do \
	    name=$$(basename $$t | sed 's/^fuzz_//'); \
	    mkdir -p $(B)/corpus/$$name; \
	    cp -n tests/fuzz/corpus/$$name/* $(B)/corpus/$$name/ 2>/dev/null; \
	    echo "== $$t ($(FUZZ_SECONDS) s)"; \
	    $$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	        -artifact_prefix=$(B)/ $(B)/corpus/$$name || exit 1; \
	done; echo "fuzz: every target ran $(FUZZ_SECONDS) s with no crash"

$(B)/fuzz/%: tests/fuzz/%.c $(CORE_LIBS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) -fsanitize=fuzzer -o $@ $< \
	    $(CORE_LIBS) $(SQL_LIBS) $(PDF_LIBS)

# The unit tests under valgrind, without sanitizers: no error, no leak.
check-valgrind:
	@sh tools/deps.sh check
	@command -v valgrind >/dev/null || sh tools/deps.sh valgrind
	$(MAKE) B=build-vg CFLAGS='-O0 -g' build-vg/irdesk $(UNIT_SRCS:tests/unit/%.c=build-vg/tests/%)
	@fail=0; for t in $(UNIT_SRCS:tests/unit/%.c=build-vg/tests/%); do \
	    echo "== $$t"; \
	    IRDESK=$(CURDIR)/build-vg/irdesk IRDESK_LOCALEDIR=$(CURDIR)/build-vg/locale \
	    valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
	        --errors-for-leak-kinds=definite,indirect $$t >build-vg/$$(basename $$t).log 2>&1 \
	        || { cat build-vg/$$(basename $$t).log; fail=1; }; \
	    tail -n 3 build-vg/$$(basename $$t).log; \
	done; exit $$fail

# ---- install ----------------------------------------------------------------

install: $(B)/irdesk $(COMPLETIONS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(B)/irdesk $(DESTDIR)$(BINDIR)/irdesk
	install -m 644 man/irdesk.1 $(DESTDIR)$(MANDIR)/man1/irdesk.1
	install -m 644 man/irdesk.5 $(DESTDIR)$(MANDIR)/man5/irdesk.5
	install -m 644 $(B)/completion/irdesk $(DESTDIR)$(BASHCOMPDIR)/irdesk
	install -m 644 $(B)/completion/_irdesk $(DESTDIR)$(ZSHCOMPDIR)/_irdesk
	for l in $(LANGS); do \
	    install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES; \
	    install -m 644 $(B)/locale/$$l/LC_MESSAGES/irdesk.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/; \
	done

# what install wrote, and nothing else (the directories may hold others')
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/irdesk $(DESTDIR)$(MANDIR)/man1/irdesk.1 \
	    $(DESTDIR)$(MANDIR)/man5/irdesk.5 $(DESTDIR)$(BASHCOMPDIR)/irdesk \
	    $(DESTDIR)$(ZSHCOMPDIR)/_irdesk \
	    $(LANGS:%=$(DESTDIR)$(LOCALEDIR)/%/LC_MESSAGES/irdesk.mo)

# The Debian package (debian/), built from a copy of the tracked files in
# $(B)/deb, checked by lintian (no error), unpacked and run.  Not part of
# check-all: it builds the whole program again (a few minutes).
check-deb:
	@sh tools/deps.sh deb
	rm -rf $(B)/deb && mkdir -p $(B)/deb/irdesk-$(VERSION)
	git ls-files | tar -cf - -T - | tar -xf - -C $(B)/deb/irdesk-$(VERSION)
	cd $(B)/deb/irdesk-$(VERSION) && dpkg-buildpackage -us -uc -b
	lintian --fail-on error $(B)/deb/irdesk_$(VERSION)_*.changes
	dpkg-deb -x $(B)/deb/irdesk_$(VERSION)_*.deb $(B)/deb/root
	$(B)/deb/root/usr/bin/irdesk --version
	IRDESK_LOCALEDIR=$(CURDIR)/$(B)/deb/root/usr/share/locale \
	    $(B)/deb/root/usr/bin/irdesk --lang nl help list | grep -q "Gebruik"
	test -s $(B)/deb/root/usr/share/bash-completion/completions/irdesk
	@echo "check-deb: $$(ls $(B)/deb/*.deb) builds, is lintian clean of errors and runs"

clean:
	rm -rf $(B) build build-asan build-fuzz build-vg build-cov irdesk

.PHONY: all irdesk deps run check check-all check-unit check-golden check-pdf check-print check-crash check-hostile check-sheet check-tui check-layers check-layers-selftest check-po \
        check-man check-cli check-deb pot install uninstall clean fuzz fuzz-run check-valgrind

-include $(LIB_OBJS:.o=.d) $(TUI_OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(B)/tests/helpers.d $(UNIT_BINS:=.d)

# ---- benchmark ----
# `make bench-data` writes $(BENCH_DB): irdesk itself creates, migrates and
# seeds it, then tests/bench/gen.c adds synthetic records and history.
# SCALE=10 makes bench/bench-x10.db instead: ten times as many records of
# each kind (100,000) and of history (10,000,000).  `make bench` drives the
# desk in a pseudo-terminal on a copy of each database there is (the
# SCALE=10 one when it exists or SCALE=10 is given), at 80x24 and at
# 120x40 (tests/bench/bench.c), then on a throwaway PostgreSQL cluster
# holding a copy of $(BENCH_DB1) (issue 16), and writes both engines'
# figures into BENCHMARKS.md (tests/bench/run.sh).  Neither is installed.
SCALE         ?= 1
BENCH_DB1     := bench/bench.db
BENCH_DB10    := bench/bench-x10.db
BENCH_DB      ?= $(if $(filter 1,$(SCALE)),$(BENCH_DB1),bench/bench-x$(SCALE).db)
BENCH_RECORDS ?= 10000
BENCH_HISTORY ?= 1000000
BENCH_HEAVY   ?= 10000
BENCH_SIZES   ?= 80x24 120x40
BENCH_FLAGS   ?=
BENCH_DBS     := $(BENCH_DB1) $(if $(or $(filter 10,$(SCALE)),$(wildcard $(BENCH_DB10))),$(BENCH_DB10))

$(B)/bench/gen: tests/bench/gen.c tests/bench/gen_text.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ $< $(SQL_LIBS)

$(B)/bench/bench: tests/bench/bench.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ $< -lutil $(SQL_LIBS)

# the generator's sizes: other sizes make the database again
$(B)/bench/sizes: FORCE
	@mkdir -p $(@D)
	@echo '$(BENCH_RECORDS) $(BENCH_HISTORY) $(BENCH_HEAVY)' > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(BENCH_DB1): $(B)/bench/gen $(B)/bench/sizes $(SQL_FILES) | $(B)/irdesk
	@mkdir -p $(@D)
	rm -f $@ $@.tmp $@.tmp-wal $@.tmp-shm
	$(B)/irdesk init $@.tmp > /dev/null
	$(B)/bench/gen --records $(BENCH_RECORDS) --history $(BENCH_HISTORY) \
	    --heavy $(BENCH_HEAVY) $@.tmp
	mv $@.tmp $@

# bench/bench-xN.db: N times the default sizes (the heavy records keep
# their 10,000 history entries); one transaction, no journal (gen.c)
bench/bench-x%.db: $(B)/bench/gen $(SQL_FILES) | $(B)/irdesk
	@mkdir -p $(@D)
	rm -f $@ $@.tmp $@.tmp-wal $@.tmp-shm
	$(B)/irdesk init $@.tmp > /dev/null
	$(B)/bench/gen --records $$((10000 * $*)) --history $$((1000000 * $*)) \
	    --heavy $(BENCH_HEAVY) $@.tmp
	mv $@.tmp $@

bench-data: $(BENCH_DB)

.PRECIOUS: bench/bench-x%.db

# the import benchmark's file: 1,000,000 new cities, every column, no ids
BENCH_CSV      ?= bench/cities.csv
BENCH_CSV_ROWS ?= 1000000
$(BENCH_CSV): $(B)/bench/gen
	@mkdir -p $(@D)
	$(B)/bench/gen --csv $(BENCH_CSV_ROWS) $@.tmp && mv $@.tmp $@

# BENCH_PG=no leaves the PostgreSQL part out, BENCH_PG=only runs it alone
BENCH_PG      ?= yes
bench: $(B)/bench/bench $(B)/irdesk $(if $(filter only,$(BENCH_PG)),$(BENCH_DB1),$(BENCH_DBS) $(BENCH_CSV))
	IRDESK=$(B)/irdesk BENCH=$(B)/bench/bench BENCH_DBS='$(BENCH_DBS)' BENCH_PG=$(BENCH_PG) \
	    sh tests/bench/run.sh $(foreach z,$(BENCH_SIZES),--size $(z)) \
	    $(if $(filter only,$(BENCH_PG)),,--import-csv $(BENCH_CSV)) --out BENCHMARKS.md $(BENCH_FLAGS)

# the PostgreSQL figures are part of `make bench` (BENCHMARKS.md)
bench-pg: bench

.PHONY: bench-data bench bench-pg
