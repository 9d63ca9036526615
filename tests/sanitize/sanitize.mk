# sanitize.mk - the harness under sanitizers and valgrind (included from
# the Makefile).
#
#   make check-asan  build everything again in $(ASAN_B) with clang
#                    -fsanitize=address,undefined and no recovery, then run
#                    the unit tests and the whole suite there,
#                    as root and (via tests/run-unprivileged.sh) as nobody.
#   make valgrind    the runner of $(B) under valgrind running the whole
#                    suite, then the unit tests with valgrind following into
#                    Criterion's workers (not into probes or fixtures).
#
# ASAN_OPTIONS: handle_segv/sigbus/sigfpe=0 so that a probe (or fixture)
# that dies of a signal still dies of it, and is reported as a crash rather
# than as an ASan report and exit 1. Leak checking stays on: a probe, the
# runner or a unit test that leaks fails. See tests/README.md.

ASAN_B ?= $(B)-asan
ASAN_CC ?= clang
ASAN_CFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
  -fno-sanitize-recover=all
ASAN_OPTIONS_RUN = detect_leaks=1:handle_segv=0:handle_sigbus=0:handle_sigfpe=0:\
strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
UBSAN_OPTIONS_RUN = print_stacktrace=1:halt_on_error=1
LSAN_OPTIONS_RUN = suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0

VALGRIND ?= valgrind
VALGRIND_FLAGS = --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
  --vgdb=no --quiet

.PHONY: check-asan valgrind check-no-shell

check-asan:
	ASAN_OPTIONS=$(ASAN_OPTIONS_RUN) UBSAN_OPTIONS=$(UBSAN_OPTIONS_RUN) \
	  LSAN_OPTIONS=$(LSAN_OPTIONS_RUN) \
	  $(MAKE) B=$(ASAN_B) CC=$(ASAN_CC) CFLAGS="$(ASAN_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" TARGET=$(TARGET)-asan unit suite

valgrind: all $(B)/tests/unit-tests $(FIXTURES)
	$(VALGRIND) $(VALGRIND_FLAGS) --trace-children=no $(B)/udsprobe run \
	  --platforms platforms --target $(TARGET)-valgrind -o $(B)/reports $(RUNFLAGS)
	VALGRIND=$(VALGRIND) sh tests/sanitize/valgrind-unit.sh $(B)/tests/unit-tests

# Nothing in the runner, the probe library, the probes or the scripts may
# hand a string to a shell.
check-no-shell:
	sh tests/sanitize/no-shell.sh
