/* report.h - the run as a whole, and the report formats. */
#ifndef UDSPROBE_REPORT_H
#define UDSPROBE_REPORT_H

#include "fingerprint.h"
#include "result.h"

#define REPORT_SCHEMA_VERSION 1

struct run {
    struct fingerprint fp;
    const char *suite_version;
    char started[32];        /* UTC, ISO 8601 */
    double duration_s;
    int complete;            /* 0 when interrupted */
    int interrupted_by;      /* the signal that stopped the run, or 0 */
    int jobs;
    double timeout_s;
    const char *expect_path; /* NULL when none applies */
    const char *expect_missing; /* the <os>.exp looked for and not found, or NULL */
    const char *baseline_path;
    int strict;
    struct result *results;
    int n;
    int counts[V_COUNT];
    int baseline_changed;
};

void run_count(struct run *run);
/* Probes that ran to a verdict (not V_NOT_RUN). */
int run_ran(const struct run *run);
/* Does this run fail (non-zero exit)? */
int run_failed(const struct run *run);
/* Does this result fail the run (given --strict and --baseline)? */
int result_fails(const struct run *run, const struct result *r);

void report_json(const struct run *run, struct strbuf *out);
void report_markdown(const struct run *run, struct strbuf *out);
void report_junit(const struct run *run, struct strbuf *out);
void report_tap(const struct run *run, struct strbuf *out);

/* Every report format, in the order they are written (report_formats.c):
 * -f names them, each is written to <dir>/<target>.<extension>. */
struct report_format {
    const char *name;
    const char *extension;
    void (*write)(const struct run *run, struct strbuf *out);
};
extern const struct report_format report_formats[];
extern const int report_format_count;
/* The index of the format called name, or -1. */
int report_format_find(const char *name);
/* The formats' names joined by sep, for messages ("json, md, ..."). */
void report_format_names(struct strbuf *sb, const char *sep);

/* Escapers shared by the writers. */
void json_string(struct strbuf *sb, const char *s);
void xml_text(struct strbuf *sb, const char *s);
/* One line of printable text, for Markdown and TAP cells. */
void plain_line(struct strbuf *sb, const char *s, const char *escape_chars);
/* s as a JSON reader gets it back from a report (bytes above 0x7e become
 * the code points of the same number, in UTF-8); the caller frees it. */
char *report_read_back(const char *s);

#endif
