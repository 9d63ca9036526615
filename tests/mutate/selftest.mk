# selftest.mk - `make selftest`: every probe must be able to report another
# value. Included from the Makefile; uses B, CC, CFLAGS, CPPFLAGS, LDFLAGS
# and PYTHON from there. See tests/mutate/README.md.

PERTURB_SO := $(B)/tests/mutate/perturb.so
PERTURB_SRCS := $(sort $(wildcard tests/mutate/perturb/*.c))
SELFTEST_FLAGS ?=

# The library's sources are compiled and linked in one step; perturb.h
# keeps every name but the interposed calls inside the .so.
$(PERTURB_SO): $(PERTURB_SRCS) tests/mutate/perturb/perturb.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra -Werror -pedantic $(CFLAGS) $(CPPFLAGS) -fPIC -shared \
	  -o $@ $(PERTURB_SRCS) $(LDFLAGS) -ldl

.PHONY: selftest
selftest: all $(PERTURB_SO)
	$(PYTHON) tests/mutate/selftest.py --build $(B) --library $(PERTURB_SO) $(SELFTEST_FLAGS)
