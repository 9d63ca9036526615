/* baseline.h - compare a run with an earlier report (--baseline FILE). */
#ifndef UDSPROBE_BASELINE_H
#define UDSPROBE_BASELINE_H

#include "result.h"

/* Mark each result whose observation differs from the baseline report's.
 * A probe the baseline does not have is new, not changed. Returns 0, or -1
 * with one line "FILE: message" in err when the file is not a report. */
int baseline_compare(const char *path, struct result *results, int n, struct strbuf *err);

#endif
