# fuzz.mk - `make fuzz`: libFuzzer on the runner's parsers of untrusted
# input, FUZZ_SECONDS per target (included from the Makefile).
#
#   expect    the expectation-file parser (expect_parse_bytes)
#   baseline  the strict JSON reader and the --baseline report check
#   report    probe output through the result-line parser and the four
#             report writers; the JSON report must read back what was written
#
# Needs clang with the libFuzzer runtime (Debian: clang, libclang-rt-14-dev).
# Fails on any crash, sanitizer report, leak, timeout or out-of-memory; the
# input that caused it is kept as $(FUZZ_B)/<target>-crash-*. New inputs go
# to $(FUZZ_B)/corpus-<target>; the committed seeds in tests/fuzz/corpus are
# only read.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_B = $(B)/fuzz
FUZZ_TARGETS := expect baseline report
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=all
FUZZ_RUNNER_SRCS := $(filter-out harness/runner/main.c harness/runner/catalog.c, \
  $(wildcard harness/runner/*.c)) harness/common/rmtree.c harness/lib/errnames.c

.PHONY: fuzz fuzz-build
fuzz-build: $(patsubst %,$(FUZZ_B)/fuzz-%,$(FUZZ_TARGETS))

$(FUZZ_B)/fuzz-%: tests/fuzz/fuzz_%.c $(FUZZ_RUNNER_SRCS) $(wildcard harness/runner/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(STD) $(WARN) $(FUZZ_CFLAGS) -Iharness -o $@ $< $(FUZZ_RUNNER_SRCS)

fuzz: fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_B) $(FUZZ_SECONDS) $(FUZZ_TARGETS)
