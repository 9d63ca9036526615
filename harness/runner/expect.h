/* expect.h - per-OS documented expectations (platforms/<os>.exp). */
#ifndef UDSPROBE_EXPECT_H
#define UDSPROBE_EXPECT_H

#include "util.h"

enum expect_class { EXPECT_DOC, EXPECT_SRC };

/* A kernel release condition: the leading a.b.c of uname -r. */
struct release_cond {
    int op;        /* 0: none, 'g': >=, 'l': < */
    int ver[3];
};

struct expectation {
    char *id;
    char **values;
    int nvalues;
    enum expect_class cls;
    struct release_cond cond[2];
    char *cond_text;   /* "@>=5.15", or "" */
    char *citation;
    const char *file;  /* the file it came from (owned by the set) */
    int line;
};

struct expect_set {
    char *path;
    struct expectation *items;
    int n, cap;
};

/* An expectation file larger than this is refused (linux.exp is ~60 KB). */
#define EXPECT_FILE_MAX (2 * 1024 * 1024)

/* Parse the text of an expectation file. known_id, when not NULL, says
 * whether a probe ID exists. On error returns -1 and writes one line
 * "FILE:LINE: message" into err; the set is left empty. */
int expect_parse(struct expect_set *set, const char *path, const char *text,
                 int (*known_id)(const char *id), struct strbuf *err);
/* Parse len bytes read from path: like expect_parse, and a NUL byte is
 * an error. The entry point for untrusted bytes (files, the fuzzer). */
int expect_parse_bytes(struct expect_set *set, const char *path, const char *data, size_t len,
                       int (*known_id)(const char *id), struct strbuf *err);
/* Read and parse a file. */
int expect_load(struct expect_set *set, const char *path,
                int (*known_id)(const char *id), struct strbuf *err);
void expect_free(struct expect_set *set);

/* Parse "6.18.44-fc" into a[3]; missing parts are 0. Returns 0 when the
 * string starts with a number, else -1. */
int release_parse(const char *s, int ver[3]);

/* The lines for id of class cls that apply to release (NULL release: lines
 * without conditions only). */
const struct expectation *expect_find(const struct expect_set *set, const char *id,
                                      enum expect_class cls, const int release[3]);
int expect_matches(const struct expectation *e, const char *value);
const char *expect_class_name(enum expect_class cls);

#endif
