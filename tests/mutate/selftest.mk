# selftest.mk - `make selftest`: every probe must be able to report another
# value. Included from the Makefile; uses B, CC, CFLAGS, CPPFLAGS, LDFLAGS
# and PYTHON from there. See tests/mutate/README.md.

PERTURB_SO := $(B)/tests/mutate/perturb.so
SELFTEST_FLAGS ?=

$(PERTURB_SO): tests/mutate/perturb.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra -Werror -pedantic $(CFLAGS) $(CPPFLAGS) -fPIC -shared \
	  -o $@ $< $(LDFLAGS) -ldl

.PHONY: selftest
selftest: all $(PERTURB_SO)
	$(PYTHON) tests/mutate/selftest.py --build $(B) --library $(PERTURB_SO) $(SELFTEST_FLAGS)
