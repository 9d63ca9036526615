# udsprobe - AF_UNIX conformance and behaviour suite. See README.md.
#
#   make            build the runner and every probe under $(B)/ (in
#                   parallel, one job per CPU, unless -jN is given)
#   make run        run the suite on this host; reports land in reports/
#   make run TARGET=gvisor   the same inside another platform (platforms/targets/)
#   make matrix     every target, one after another
#   make reports    every target, then the compatibility tables (reports/compat.*)
#   make check      unit tests (Criterion, Python), the browser test, the whole suite
#   make bench      harness cost against the fork+exec floor, and scaling
#   make determinism  the whole suite 50 times: alone, two at once, under load
#   make selftest   every probe under fault injection: can each one fail?
#   make multi      every probe in one multi-call binary ($(B)/udsprobe-multi)
#   make fuzz       libFuzzer on the expectation parser and report reader
#   make check-asan, make valgrind   the harness under ASan/UBSan, and valgrind
#   make deps       install what the tests need (Debian, as root)
#   make clean
#
# Works with GNU make 3.81 or newer (gmake on the BSDs). CC, CFLAGS,
# CPPFLAGS, LDFLAGS and LDLIBS are honoured; B picks the build directory.
# The runner and the probe library are built with RUNNER_OPT, the probes,
# a few system calls each, with PROBE_OPT: unoptimised and without debug
# information they build fastest. CFLAGS comes after both.

B ?= build
RUNNER_OPT ?= -O2 -g
PROBE_OPT ?= -O0
CFLAGS ?=
WARN ?= -Wall -Wextra
STD ?= -std=c11 -D_GNU_SOURCE
AWK ?= awk
PYTHON ?= python3
VERSION := $(shell cat VERSION 2>/dev/null || echo 0.0.0)
TARGET ?= host
REPORTS ?= reports
RUNFLAGS ?=

ALL_CFLAGS = $(STD) $(WARN) $(RUNNER_OPT) $(CFLAGS) $(CPPFLAGS) -Iharness
PROBE_CFLAGS = $(STD) $(WARN) $(PROBE_OPT) $(CFLAGS) $(CPPFLAGS) -Iharness
# Each object also writes the headers it read (OBJ.d), so that a changed
# header rebuilds what includes it and nothing else.
DEPFLAGS = -MMD -MP

# One job per online CPU unless the command line says otherwise (-j1 for
# one at a time). GNU make 4.4 shows -j in MAKEFLAGS while it reads this
# file; 4.3 does not, so a sub-make looks at the jobserver its parent
# exported, and a top-level make at its own command line where /proc has it.
JOBS_GIVEN := $(filter -j -j% --jobs% --jobserver%,$(MAKEFLAGS) \
  $(shell printenv MAKEFLAGS; tr '\0' ' ' </proc/$$PPID/cmdline 2>/dev/null))
ifeq ($(JOBS_GIVEN),)
MAKEFLAGS += -j$(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
endif
CASES ?= $(wildcard cases/*/*.c)
# sorted, one line: CASES may come from the command line with newlines
CASE_LIST := $(sort $(CASES))

LIB_SRCS := $(filter-out harness/lib/main.c,$(wildcard harness/lib/*.c)) harness/common/rmtree.c
LIB_OBJS := $(patsubst harness/%.c,$(B)/obj/%.o,$(LIB_SRCS))
RUNNER_SRCS := $(wildcard harness/runner/*.c) harness/common/rmtree.c harness/lib/errnames.c
RUNNER_OBJS := $(patsubst harness/%.c,$(B)/obj/%.o,$(RUNNER_SRCS)) $(B)/obj/gen/catalog.o
LIBPROBE := $(B)/lib/libprobe.a
PROBE_MAIN_OBJ := $(B)/obj/lib/main.o

MULTI := $(B)/udsprobe-multi

.PHONY: all probes runner multi run matrix reports check unit suite bench determinism coverage \
	lint cross-macos deps clean check-targets import expectations
all: runner probes

# The list of probe sources is kept in a file that changes only when the
# set changes, so that removing a probe regenerates the rules too.
ifeq ($(filter clean deps,$(MAKECMDGOALS)),)
$(shell mkdir -p $(B)/gen && echo '$(CASE_LIST)' > $(B)/gen/cases.tmp && \
  (cmp -s $(B)/gen/cases.tmp $(B)/gen/cases.list || cp $(B)/gen/cases.tmp $(B)/gen/cases.list))
include $(B)/gen/probes.mk
endif

# The generated files, from every probe's header comment. Each is replaced
# only when its text changes (the stamp records the check), so that editing
# one probe's code rebuilds that probe and not the runner's catalog.
GEN_FILES := $(B)/gen/probes.mk $(B)/gen/catalog.c $(B)/gen/multicall.c
$(B)/gen/%.stamp: $(B)/gen/cases.list $(CASE_LIST) harness/mkcatalog.awk
	@$(AWK) -v mode=$(patsubst probes,make,$(basename $*)) \
	  -f harness/mkcatalog.awk $(CASE_LIST) > $(B)/gen/$*.tmp
	@if cmp -s $(B)/gen/$*.tmp $(B)/gen/$*; then rm $(B)/gen/$*.tmp; else \
	  echo "GEN $(B)/gen/$* ($(words $(CASE_LIST)) probe sources)"; mv $(B)/gen/$*.tmp $(B)/gen/$*; fi
	@touch $@
$(GEN_FILES): %: %.stamp ;

# ---- probe library and probes -------------------------------------------

# An object whose .d file is missing is rebuilt, which writes it.
$(B)/obj/%.o: harness/%.c $(B)/obj/%.d
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(LIBPROBE): $(LIB_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

# Every probe is compiled once, into the multi-call binary, and
# $(B)/cases/ID is a symbolic link to it: started by that name, the binary
# runs that probe, alone in its own process. Linking one binary instead of
# one per probe halves the build (tests/README.md has the numbers). The
# links need only the list of probes, so they are made while the compiler
# runs; the binary sits in cases/ too, so a copy of cases/ still works.
probes: $(B)/gen/links.stamp $(B)/cases/udsprobe-multi

$(B)/cases/udsprobe-multi: $(MULTI)
	@mkdir -p $(@D)
	ln -f $(MULTI) $@

$(B)/gen/links.stamp: $(B)/gen/cases.list
	@echo "LN $(B)/cases/AREA/NAME -> udsprobe-multi ($(words $(PROBES)) probes)"
	@mkdir -p $(sort $(dir $(PROBES))) && cd $(B)/cases && \
	  for id in $(patsubst $(B)/cases/%,%,$(PROBES)); do ln -sf ../udsprobe-multi $$id || exit 1; done
	@touch $@

# ---- the runner ----------------------------------------------------------

runner: $(B)/udsprobe

$(B)/obj/runner/%.o: ALL_CFLAGS += -DUDSPROBE_VERSION='"$(VERSION)"'
$(B)/obj/runner/%.o: VERSION

$(B)/obj/gen/catalog.o: $(B)/gen/catalog.c $(B)/obj/gen/catalog.d
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -Iharness/runner -c -o $@ $<

$(B)/udsprobe: $(RUNNER_OBJS)
	$(CC) $(ALL_CFLAGS) -o $@ $(RUNNER_OBJS) $(LDFLAGS) $(LDLIBS)

# ---- one multi-call binary (for targets that cannot carry many files) ----

multi: $(MULTI) $(B)/udsprobe

$(MULTI_OBJS): $(B)/multi/%.o: $(B)/multi/%.d
	@mkdir -p $(@D)
	$(CC) $(PROBE_CFLAGS) $(DEPFLAGS) $(PROBE_DEFS) -Dprobe_main=$(MULTI_SYM) -c -o $@ $(filter %.c,$^)

$(B)/obj/gen/multicall.o: $(B)/gen/multicall.c $(B)/obj/gen/multicall.d
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -Iharness -c -o $@ $<

$(MULTI): $(MULTI_OBJS) $(B)/obj/gen/multicall.o $(B)/obj/multicall_main.o $(LIBPROBE)
	@echo "LD $@ ($(words $(MULTI_OBJS)) probes)"
	@$(CC) $(ALL_CFLAGS) -o $@ $(MULTI_OBJS) $(B)/obj/gen/multicall.o $(B)/obj/multicall_main.o \
	  $(LIBPROBE) $(LDFLAGS) $(LDLIBS)

# The headers each object read, from its last compile (see DEPFLAGS); an
# object without its .d file is out of date.
OBJS := $(LIB_OBJS) $(RUNNER_OBJS) $(PROBE_MAIN_OBJ) $(MULTI_OBJS) \
	$(B)/obj/gen/multicall.o $(B)/obj/multicall_main.o
$(OBJS:.o=.d):
# Made by a pattern rule for the fixtures alone, and kept.
.SECONDARY: $(PROBE_MAIN_OBJ)
-include $(wildcard $(OBJS:.o=.d))

# ---- the suite's own tests -----------------------------------------------

FIXTURE_SRCS := $(wildcard tests/fixtures/*.c)
FIXTURES := $(patsubst tests/fixtures/%.c,$(B)/tests/fixtures/%,$(FIXTURE_SRCS))
UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_RUNNER_OBJS := $(filter-out $(B)/obj/runner/main.o $(B)/obj/runner/catalog.o,$(RUNNER_OBJS))
CRITERION_CFLAGS = $(shell pkg-config --cflags criterion 2>/dev/null)
CRITERION_LIBS = $(shell pkg-config --libs criterion 2>/dev/null || echo -lcriterion)

$(B)/tests/fixtures/%: tests/fixtures/%.c $(LIBPROBE) $(PROBE_MAIN_OBJ) harness/probe.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PROBE_MAIN_OBJ) $(LIBPROBE) $(LDFLAGS) $(LDLIBS)

$(B)/tests/unit-tests: $(UNIT_SRCS) $(UNIT_RUNNER_OBJS) $(wildcard harness/runner/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CRITERION_CFLAGS) -DFIXTURE_DIR='"$(abspath $(B))/tests/fixtures"' \
	  -o $@ $(UNIT_SRCS) $(UNIT_RUNNER_OBJS) $(LDFLAGS) $(CRITERION_LIBS) $(LDLIBS)

unit: all $(B)/tests/unit-tests $(FIXTURES)
	sh tests/run-unit.sh $(B)/tests/unit-tests

# The whole suite on this host; fails on any error, timeout or crash. As
# root it runs a second time as an unprivileged user.
suite: all
	$(B)/udsprobe run --platforms platforms --target $(TARGET) -o $(B)/reports $(RUNFLAGS)
	@if [ "$$(id -u)" = 0 ]; then sh tests/run-unprivileged.sh $(B) $(B)/reports $(TARGET)-unprivileged; fi

# The suite last, after the rest (also under -j), so its summary ends the output.
check: check-no-shell unit pytest browser-test
	$(MAKE) suite

# Every observation the same over DET_RUNS runs: one after another, two at
# once, and with every core busy (about a quarter of an hour at 50).
DET_RUNS ?= 50
determinism: all
	$(PYTHON) tests/determinism.py --runs $(DET_RUNS) --udsprobe $(B)/udsprobe
	$(PYTHON) tests/determinism.py --runs $(DET_RUNS) --concurrent --udsprobe $(B)/udsprobe
	$(PYTHON) tests/determinism.py --runs $(DET_RUNS) --load --udsprobe $(B)/udsprobe

$(B)/tests/bench-floor: tests/bench/floor.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LDFLAGS) $(LDLIBS)

bench: all $(B)/tests/bench-floor
	sh tests/bench.sh $(B)

# cases/COVERAGE.md: which spec IDs have probes (SPEC names the spec).
SPEC ?= ../shared/spec/documented-semantics.md
coverage: all
	$(B)/udsprobe run -q -f json --target coverage -o $(B)/reports
	$(PYTHON) harness/scripts/coverage.py --spec $(SPEC) --report $(B)/reports/coverage.json \
	  --uncovered cases/uncovered.txt > $(B)/COVERAGE.md
	mv $(B)/COVERAGE.md cases/COVERAGE.md

# Portability checks (.ci/run installs the tools): actionlint and shellcheck;
# every source compiled for x86_64-macos and aarch64-macos with zig.
ZIG ?=
lint:
	sh tests/ci/lint.sh
cross-macos:
	sh tests/cross-macos.sh $(ZIG)

# The target machinery (as root): skips are not failures, i386 says how it ran.
check-targets:
	bash tests/ci/targets-test.sh

# What the tests need on Debian (run as root); elsewhere see README.md.
deps:
	sh tests/install-deps.sh

# ---- running -------------------------------------------------------------

# TARGET=host runs the usual build here; any other TARGET with a script in
# platforms/targets/ builds for that platform and runs the suite inside it
# (a target this machine cannot run says why in one line and is skipped).
ifeq ($(TARGET),host)
run: all
	$(B)/udsprobe run --platforms platforms --target $(TARGET) -o $(REPORTS) $(RUNFLAGS)
else
run:
	REPORTS=$(REPORTS) bash platforms/targets/run.sh $(TARGET)
endif

matrix:
	REPORTS=$(REPORTS) bash platforms/targets/matrix.sh $(TARGETS)

# The committed reports of every target, and the tables built from them.
reports: matrix
	$(MAKE) compat expectations

# How much of the suite each OS's .exp answers, and how the src: predictions
# held on the real Linux kernels' runs: $(REPORTS)/expectations.md.
CALIBRATION_RUNS = $(wildcard $(patsubst %,$(REPORTS)/%.json,host host-unprivileged linux-6.1 \
	linux-6.1-qemu linux-6.12-qemu))
expectations:
	$(PYTHON) harness/scripts/exp_coverage.py --probes $(REPORTS)/host.json --docs platforms \
	  --calibrate $(CALIBRATION_RUNS) --out $(REPORTS)/expectations.md

# Reports that CI jobs uploaded (gh run download's directories, or the zips),
# into $(REPORTS), then the tables: make import ARTIFACTS=dir.
import:
	$(if $(ARTIFACTS),,$(error make import: set ARTIFACTS to the downloaded artifacts))
	$(PYTHON) harness/scripts/import_reports.py --reports $(REPORTS) \
	  --local "$$(bash platforms/targets/matrix.sh --names)" $(ARTIFACTS)
	$(MAKE) compat

include harness/scripts/compat.mk

clean:
	rm -rf $(B) $(B)-asan
include tests/mutate/selftest.mk
include tests/fuzz/fuzz.mk
include tests/sanitize/sanitize.mk
