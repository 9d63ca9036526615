/* baseline.h - compare a run with an earlier report (--baseline FILE).
 *
 * The report is read and checked before the run starts, so a bad file
 * fails at once instead of after every probe has run. */
#ifndef UDSPROBE_BASELINE_H
#define UDSPROBE_BASELINE_H

#include "result.h"

/* A baseline larger than this is refused (a full report is ~1 MB). */
#define BASELINE_FILE_MAX (64 * 1024 * 1024)

struct baseline;

/* Read a report. NULL with one line "FILE: message" in err when the file
 * cannot be read or is not a udsprobe report. */
struct baseline *baseline_load(const char *path, struct strbuf *err);
/* The same from len bytes already read (the entry point for the fuzzer). */
struct baseline *baseline_parse(const char *path, const char *text, size_t len,
                                struct strbuf *err);
/* Mark each result whose observation differs from the baseline's. A probe
 * the baseline does not have is new, not changed. */
void baseline_apply(const struct baseline *b, struct result *results, int n);
void baseline_free(struct baseline *b);

#endif
