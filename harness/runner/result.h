/* result.h - what one probe run produced, and its verdict. */
#ifndef UDSPROBE_RESULT_H
#define UDSPROBE_RESULT_H

#include "catalog.h"
#include "expect.h"

enum verdict {
    V_CONFORMS, V_DIVERGES, V_UNDOCUMENTED, V_NA, V_ERROR, V_TIMEOUT, V_CRASH, V_NOT_RUN,
    V_COUNT
};

enum outcome { OUT_NONE, OUT_OBSERVED, OUT_NA, OUT_ERROR };

/* Why a probe is V_NOT_RUN: the run was interrupted while it ran, or
 * before it started. */
enum stopped { STOP_NONE, STOP_KILLED, STOP_NOT_STARTED };

struct result {
    const struct catalog_entry *probe;
    enum verdict verdict;
    enum outcome outcome;
    char *value;       /* observed value, n/a reason, or error text */
    char *detail;      /* for error/timeout/crash: what the harness saw */
    int nresults;      /* result lines the probe printed */
    int exit_code;     /* -1 when it did not exit normally */
    int signal;        /* the signal that ended it, 0 if none */
    int timed_out;
    enum stopped stopped; /* STOP_NONE unless the verdict is V_NOT_RUN */
    double duration_ms;
    char *ran_as;      /* "uid=65534,gid=65534" */
    struct strbuf out; /* captured standard output (capped) */
    struct strbuf err; /* captured standard error (capped) */
    size_t dropped;    /* output bytes beyond the caps */
    const struct expectation *doc, *src; /* the lines that apply */
    int doc_match, src_match;
    int has_baseline, baseline_changed;
    char *baseline_value; /* "observed X", "n/a", ... from the baseline */
};

const char *verdict_name(enum verdict v);
const char *outcome_name(enum outcome o);
/* Is this verdict a failure of the run regardless of options? */
int verdict_is_failure(enum verdict v);
/* Decide the verdict from the outcome and the applicable expectations. */
void decide_verdict(struct result *r, const struct expect_set *exp, const int release[3]);
/* Parse one line of probe output; returns the outcome, OUT_NONE if it is
 * not a result line. *text points into line. */
enum outcome parse_result_line(const char *line, const char **text);

#endif
