# compat.mk - compatibility tables merged from reports, and the tests of the
# Python scripts. Included from the Makefile, which sets B, PYTHON and REPORTS.
#
#   make compat        $(COMPAT_OUT)/compat.{md,html,csv} from $(COMPAT_REPORTS)
#   make pytest        the unittests of harness/scripts (tests/python)
#   make browser-test  the HTML page in headless Chromium (Debian's chromium,
#                      playwright-core from npm under $(B)/compat-browser/npm)

# The targets' reports in the matrix's order (host first), then any others.
TARGET_REPORTS = $(wildcard $(patsubst %,$(REPORTS)/%.json,$(shell bash platforms/targets/matrix.sh --names)))
COMPAT_REPORTS ?= $(TARGET_REPORTS) $(filter-out $(TARGET_REPORTS),$(wildcard $(REPORTS)/*.json))
COMPAT_OUT ?= $(REPORTS)
COMPAT_DOCS ?= platforms

.PHONY: compat pytest browser-test

compat:
	$(if $(strip $(COMPAT_REPORTS)),,$(error compat: no reports: set COMPAT_REPORTS or put *.json in $(REPORTS)))
	$(PYTHON) harness/scripts/compat.py --out $(COMPAT_OUT) --docs $(COMPAT_DOCS) $(COMPAT_REPORTS)

pytest:
	$(PYTHON) -m unittest discover -s tests/python

browser-test:
	PYTHON=$(PYTHON) sh tests/browser/run.sh $(B)/compat-browser
