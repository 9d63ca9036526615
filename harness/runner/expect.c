/*
 * expect.c - parse platforms/<os>.exp.
 *
 *   <probe-id> [@>=a.b.c | @<a.b.c ...] <value> [<value>...] <doc:|src:> <citation>
 *
 * Strict by design: anything unexpected stops the run with file:line, since
 * a silently skipped line would turn a divergence into "undocumented".
 */
#include "expect.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAX_VALUES 16

const char *expect_class_name(enum expect_class cls)
{
    return cls == EXPECT_DOC ? "doc" : "src";
}

int release_parse(const char *s, int ver[3])
{
    ver[0] = ver[1] = ver[2] = 0;
    if (!isdigit((unsigned char)*s))
        return -1;
    for (int i = 0; i < 3; i++) {
        long v = 0;
        while (isdigit((unsigned char)*s)) {
            v = v * 10 + (*s - '0');
            if (v > 1000000)
                return -1;
            s++;
        }
        ver[i] = (int)v;
        if (*s != '.' || !isdigit((unsigned char)s[1]))
            break;
        s++;
    }
    return 0;
}

static int version_cmp(const int a[3], const int b[3])
{
    for (int i = 0; i < 3; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

static int cond_holds(const struct release_cond *c, const int release[3])
{
    if (c->op == 0)
        return 1;
    if (release == NULL)
        return 0;
    int cmp = version_cmp(release, c->ver);
    return c->op == 'g' ? cmp >= 0 : cmp < 0;
}

/* Lower and upper bounds of a line's release range, for overlap checks. */
static void cond_range(const struct expectation *e, int lo[3], int hi[3], int *has_hi)
{
    lo[0] = lo[1] = lo[2] = 0;
    *has_hi = 0;
    for (int i = 0; i < 2; i++) {
        const struct release_cond *c = &e->cond[i];
        if (c->op == 'g' && version_cmp(c->ver, lo) > 0)
            memcpy(lo, c->ver, sizeof c->ver);
        if (c->op == 'l' && (!*has_hi || version_cmp(c->ver, hi) < 0)) {
            memcpy(hi, c->ver, sizeof c->ver);
            *has_hi = 1;
        }
    }
}

static int ranges_overlap(const struct expectation *a, const struct expectation *b)
{
    int alo[3], ahi[3], blo[3], bhi[3], ah, bh;
    cond_range(a, alo, ahi, &ah);
    cond_range(b, blo, bhi, &bh);
    /* [alo, ahi) and [blo, bhi) intersect */
    if (ah && version_cmp(blo, ahi) >= 0)
        return 0;
    if (bh && version_cmp(alo, bhi) >= 0)
        return 0;
    return 1;
}

static int valid_id(const char *s)
{
    int slash = 0, dot = 0;
    if (!*s)
        return 0;
    for (const char *p = s; *p; p++) {
        if (*p == '/') {
            if (slash++ || p == s || dot)
                return 0;
        } else if (*p == '.') {
            if (dot++ || !slash)
                return 0;
        } else if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_')) {
            return 0;
        }
    }
    return slash == 1 && s[strlen(s) - 1] != '/' && s[strlen(s) - 1] != '.';
}

static int parse_cond(const char *tok, struct release_cond *c)
{
    if (strncmp(tok, "@>=", 3) == 0)
        c->op = 'g';
    else if (strncmp(tok, "@<", 2) == 0 && tok[2] != '=')
        c->op = 'l';
    else
        return -1;
    /* Exactly a, a.b or a.b.c: release_parse alone would accept "5..1". */
    const char *v = tok + (c->op == 'g' ? 3 : 2);
    int parts = 0;
    for (const char *p = v; *p; p++) {
        if (!isdigit((unsigned char)*p))
            return -1;
        while (isdigit((unsigned char)p[1]))
            p++;
        if (++parts > 3 || (p[1] == '.' && !isdigit((unsigned char)p[2])))
            return -1;
        if (p[1] == '.')
            p++;
    }
    return release_parse(v, c->ver);
}

static void free_item(struct expectation *e)
{
    free(e->id);
    for (int i = 0; i < e->nvalues; i++)
        free(e->values[i]);
    free(e->values);
    free(e->cond_text);
    free(e->citation);
}

void expect_free(struct expect_set *set)
{
    for (int i = 0; i < set->n; i++)
        free_item(&set->items[i]);
    free(set->items);
    free(set->path);
    set->items = NULL;
    set->path = NULL;
    set->n = set->cap = 0;
}

/* Split off the next whitespace-separated token; returns its length. */
static size_t next_token(const char **p, const char **tok)
{
    while (**p == ' ' || **p == '\t')
        (*p)++;
    *tok = *p;
    while (**p && **p != ' ' && **p != '\t')
        (*p)++;
    return (size_t)(*p - *tok);
}

/* The conditions and values up to the class; NULL, or what is wrong. */
static const char *parse_values(struct expectation *e, const char **p, struct strbuf *conds)
{
    const char *tok;
    size_t n;
    int ncond = 0;
    while ((n = next_token(p, &tok)) > 0) {
        char *t = xstrndup(tok, n);
        if (t[0] == '@') {
            int bad = e->nvalues > 0 || ncond == 2 || parse_cond(t, &e->cond[ncond]) < 0;
            if (!bad)
                sb_printf(conds, "%s%s", ncond++ ? " " : "", t);
            free(t);
            if (bad)
                return "malformed release condition (want @>=a.b.c or @<a.b.c before the values)";
        } else if (strcmp(t, "doc:") == 0 || strcmp(t, "src:") == 0) {
            e->cls = t[0] == 'd' ? EXPECT_DOC : EXPECT_SRC;
            free(t);
            return e->nvalues == 0 ? "no value" : NULL;
        } else if (t[n - 1] == ':') {
            free(t);
            return "unknown class (want doc: or src:)";
        } else if (e->nvalues == MAX_VALUES) {
            free(t);
            return "too many values";
        } else {
            e->values[e->nvalues++] = t;
        }
    }
    return e->nvalues == 0 ? "no value" : "no class (doc: or src:) after the values";
}

/* Add e unless a line of its class for the same probe overlaps it. */
static int add_item(struct expect_set *set, struct expectation *e, struct strbuf *err)
{
    for (int i = 0; i < set->n; i++) {
        const struct expectation *o = &set->items[i];
        if (strcmp(o->id, e->id) == 0 && o->cls == e->cls && ranges_overlap(o, e)) {
            sb_printf(err, "%s:%d: a %s line for %s already applies to these releases (line %d)",
                      set->path, e->line, expect_class_name(e->cls), e->id, o->line);
            free_item(e);
            return -1;
        }
    }
    if (set->n == set->cap) {
        set->cap = set->cap ? 2 * set->cap : 64;
        set->items = xrealloc(set->items, (size_t)set->cap * sizeof *set->items);
    }
    set->items[set->n++] = *e;
    return 0;
}

static int parse_line(struct expect_set *set, const char *line, int lineno,
                      int (*known_id)(const char *), struct strbuf *err)
{
    struct expectation e;
    memset(&e, 0, sizeof e);
    e.values = xcalloc(MAX_VALUES, sizeof *e.values);
    const char *p = line, *tok;
    size_t n = next_token(&p, &tok);
    e.id = xstrndup(tok, n);
    struct strbuf conds;
    sb_init(&conds);
    const char *problem = NULL;
    if (!valid_id(e.id))
        problem = "malformed probe ID (want area/name or area/name.type in [a-z0-9_])";
    else if (known_id != NULL && !known_id(e.id))
        problem = "no probe has this ID";
    else
        problem = parse_values(&e, &p, &conds);
    while (problem == NULL && (*p == ' ' || *p == '\t'))
        p++;
    size_t clen = strlen(p);
    while (clen > 0 && (p[clen - 1] == ' ' || p[clen - 1] == '\t' || p[clen - 1] == '\r'))
        clen--;
    if (problem == NULL && clen == 0)
        problem = "no citation after the class";
    if (problem != NULL) {
        sb_printf(err, "%s:%d: %s", set->path, lineno, problem);
        sb_free(&conds);
        free_item(&e);
        return -1;
    }
    e.citation = xstrndup(p, clen);
    e.cond_text = sb_take(&conds);
    e.line = lineno;
    return add_item(set, &e, err);
}

int expect_parse(struct expect_set *set, const char *path, const char *text,
                 int (*known_id)(const char *id), struct strbuf *err)
{
    memset(set, 0, sizeof *set);
    set->path = xstrdup(path);
    int lineno = 0;
    const char *p = text;
    while (*p) {
        lineno++;
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char *line = xstrndup(p, len);
        p += len + (end ? 1 : 0);
        for (char *c = line; *c; c++) {
            if (*c == '\t' || *c == '\r')
                continue;
            if ((unsigned char)*c < 0x20 || (unsigned char)*c == 0x7f) {
                sb_printf(err, "%s:%d: control character in line", path, lineno);
                free(line);
                expect_free(set);
                return -1;
            }
        }
        const char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        int rc = 0;
        if (*s != '\0' && *s != '#' && *s != '\r')
            rc = parse_line(set, s, lineno, known_id, err);
        free(line);
        if (rc < 0) {
            expect_free(set);
            return -1;
        }
    }
    for (int i = 0; i < set->n; i++)
        set->items[i].file = set->path;
    return 0;
}

int expect_parse_bytes(struct expect_set *set, const char *path, const char *data, size_t len,
                       int (*known_id)(const char *id), struct strbuf *err)
{
    const char *nul = memchr(data, '\0', len);
    if (nul != NULL) {
        int line = 1;
        for (const char *c = data; c < nul; c++)
            line += *c == '\n';
        memset(set, 0, sizeof *set);
        sb_printf(err, "%s:%d: NUL byte in file", path, line);
        return -1;
    }
    char *text = xstrndup(data, len);
    int rc = expect_parse(set, path, text, known_id, err);
    free(text);
    return rc;
}

int expect_load(struct expect_set *set, const char *path,
                int (*known_id)(const char *id), struct strbuf *err)
{
    size_t len;
    char *text = read_file(path, EXPECT_FILE_MAX, &len);
    if (text == NULL) {
        memset(set, 0, sizeof *set);
        if (errno == EFBIG)
            sb_printf(err, "%s: larger than %d bytes; not an expectation file", path,
                      EXPECT_FILE_MAX);
        else
            sb_printf(err, "%s: cannot read: %s", path, strerror(errno));
        return -1;
    }
    int rc = expect_parse_bytes(set, path, text, len, known_id, err);
    free(text);
    return rc;
}

const struct expectation *expect_find(const struct expect_set *set, const char *id,
                                      enum expect_class cls, const int release[3])
{
    for (int i = 0; i < set->n; i++) {
        const struct expectation *e = &set->items[i];
        if (e->cls == cls && strcmp(e->id, id) == 0 && cond_holds(&e->cond[0], release) &&
            cond_holds(&e->cond[1], release))
            return e;
    }
    return NULL;
}

int expect_matches(const struct expectation *e, const char *value)
{
    for (int i = 0; i < e->nvalues; i++)
        if (strcmp(e->values[i], value) == 0)
            return 1;
    return 0;
}
