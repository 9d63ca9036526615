/* json.c - see json.h. RFC 8259, no extensions. */
#include "json.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64
/* A report of a thousand probes has some 30000 values; this bounds the
 * memory a hostile file can make the reader take (about 100 MB). */
#define MAX_NODES 1000000

struct parser {
    const char *p, *end;
    int line;
    char *err;
    size_t errlen;
    int failed;
    size_t nodes;
};

static void fail(struct parser *ps, const char *msg)
{
    if (!ps->failed)
        snprintf(ps->err, ps->errlen, "line %d: %s", ps->line, msg);
    ps->failed = 1;
}

static void skip_ws(struct parser *ps)
{
    while (ps->p < ps->end) {
        char c = *ps->p;
        if (c == '\n')
            ps->line++;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ps->p++;
    }
}

static struct json *node(struct parser *ps, enum json_type t)
{
    if (++ps->nodes > MAX_NODES) {
        fail(ps, "too many values");
        return NULL;
    }
    struct json *j = xcalloc(1, sizeof *j);
    j->type = t;
    return j;
}

static int literal(struct parser *ps, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
        return 0;
    ps->p += n;
    return 1;
}

static int hex4(struct parser *ps, unsigned *out)
{
    if (ps->end - ps->p < 4)
        return -1;
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *ps->p++;
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static void put_utf8(struct strbuf *sb, unsigned cp)
{
    if (cp < 0x80) {
        sb_putc(sb, (char)cp);
    } else if (cp < 0x800) {
        sb_putc(sb, (char)(0xc0 | (cp >> 6)));
        sb_putc(sb, (char)(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        sb_putc(sb, (char)(0xe0 | (cp >> 12)));
        sb_putc(sb, (char)(0x80 | ((cp >> 6) & 0x3f)));
        sb_putc(sb, (char)(0x80 | (cp & 0x3f)));
    } else {
        sb_putc(sb, (char)(0xf0 | (cp >> 18)));
        sb_putc(sb, (char)(0x80 | ((cp >> 12) & 0x3f)));
        sb_putc(sb, (char)(0x80 | ((cp >> 6) & 0x3f)));
        sb_putc(sb, (char)(0x80 | (cp & 0x3f)));
    }
}

/* The length of the valid UTF-8 sequence at p (at most avail bytes), or 0:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t utf8_sequence(const unsigned char *p, size_t avail)
{
    size_t n;
    unsigned char lo = 0x80, hi = 0xbf; /* the range of the second byte */
    if (p[0] >= 0xc2 && p[0] <= 0xdf)
        n = 2;
    else if (p[0] >= 0xe0 && p[0] <= 0xef)
        n = 3;
    else if (p[0] >= 0xf0 && p[0] <= 0xf4)
        n = 4;
    else
        return 0;
    if (p[0] == 0xe0)
        lo = 0xa0;
    else if (p[0] == 0xed)
        hi = 0x9f;
    else if (p[0] == 0xf0)
        lo = 0x90;
    else if (p[0] == 0xf4)
        hi = 0x8f;
    if (avail < n || p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    return n;
}

static char *parse_string(struct parser *ps)
{
    struct strbuf sb;
    sb_init(&sb);
    ps->p++; /* opening quote */
    while (ps->p < ps->end) {
        unsigned char c = (unsigned char)*ps->p++;
        if (c == '"')
            return sb_take(&sb);
        if (c < 0x20) {
            fail(ps, "control character in string");
            break;
        }
        if (c >= 0x80) {
            size_t n = utf8_sequence((const unsigned char *)ps->p - 1,
                                     (size_t)(ps->end - ps->p) + 1);
            if (n == 0) {
                fail(ps, "invalid UTF-8 in string");
                break;
            }
            sb_add(&sb, ps->p - 1, n);
            ps->p += n - 1;
            continue;
        }
        if (c != '\\') {
            sb_putc(&sb, (char)c);
            continue;
        }
        if (ps->p >= ps->end)
            break;
        char e = *ps->p++;
        unsigned cp;
        switch (e) {
        case '"': sb_putc(&sb, '"'); break;
        case '\\': sb_putc(&sb, '\\'); break;
        case '/': sb_putc(&sb, '/'); break;
        case 'b': sb_putc(&sb, '\b'); break;
        case 'f': sb_putc(&sb, '\f'); break;
        case 'n': sb_putc(&sb, '\n'); break;
        case 'r': sb_putc(&sb, '\r'); break;
        case 't': sb_putc(&sb, '\t'); break;
        case 'u':
            if (hex4(ps, &cp) < 0) {
                fail(ps, "bad \\u escape");
                goto out;
            }
            if (cp >= 0xd800 && cp < 0xdc00) {
                unsigned lo;
                if (ps->end - ps->p < 6 || ps->p[0] != '\\' || ps->p[1] != 'u') {
                    fail(ps, "lone surrogate");
                    goto out;
                }
                ps->p += 2;
                if (hex4(ps, &lo) < 0 || lo < 0xdc00 || lo > 0xdfff) {
                    fail(ps, "bad surrogate pair");
                    goto out;
                }
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            } else if (cp >= 0xdc00 && cp < 0xe000) {
                fail(ps, "lone surrogate");
                goto out;
            }
            if (cp == 0) {
                fail(ps, "\\u0000 in string");
                goto out;
            }
            put_utf8(&sb, cp);
            break;
        default:
            fail(ps, "bad escape in string");
            goto out;
        }
    }
    fail(ps, "unterminated string");
out:
    sb_free(&sb);
    return NULL;
}

static struct json *parse_value(struct parser *ps, int depth);

static struct json *parse_number(struct parser *ps)
{
    const char *s = ps->p;
    if (ps->p < ps->end && *ps->p == '-')
        ps->p++;
    if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9') {
        fail(ps, "bad number");
        return NULL;
    }
    if (*ps->p == '0')
        ps->p++;
    else
        while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
            ps->p++;
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9') {
            fail(ps, "bad number");
            return NULL;
        }
        while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
            ps->p++;
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
            ps->p++;
        if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9') {
            fail(ps, "bad number");
            return NULL;
        }
        while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
            ps->p++;
    }
    struct json *j = node(ps, J_NUMBER);
    if (j == NULL)
        return NULL;
    /* Out of range gives +-HUGE_VAL or 0; callers compare, so that is safe. */
    char *text = xstrndup(s, (size_t)(ps->p - s));
    j->number = strtod(text, NULL);
    free(text);
    return j;
}

/* Grows by doubling: a long array must not cost a realloc per element. */
static void append(struct json *j, char *key, struct json *v)
{
    if (j->n == j->cap) {
        j->cap = j->cap ? 2 * j->cap : 8;
        j->items = xrealloc(j->items, j->cap * sizeof *j->items);
        if (j->type == J_OBJECT)
            j->keys = xrealloc(j->keys, j->cap * sizeof *j->keys);
    }
    j->items[j->n] = v;
    if (j->type == J_OBJECT)
        j->keys[j->n] = key;
    j->n++;
}

static struct json *parse_container(struct parser *ps, int depth, int object)
{
    struct json *j = node(ps, object ? J_OBJECT : J_ARRAY);
    if (j == NULL)
        return NULL;
    char close = object ? '}' : ']';
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return j;
    }
    for (;;) {
        char *key = NULL;
        if (object) {
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != '"') {
                fail(ps, "expected a string key");
                break;
            }
            key = parse_string(ps);
            if (key == NULL)
                break;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                free(key);
                fail(ps, "expected ':'");
                break;
            }
            ps->p++;
        }
        struct json *v = parse_value(ps, depth + 1);
        if (v == NULL) {
            free(key);
            break;
        }
        append(j, key, v);
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            return j;
        }
        fail(ps, object ? "expected ',' or '}'" : "expected ',' or ']'");
        break;
    }
    json_free(j);
    return NULL;
}

static struct json *parse_value(struct parser *ps, int depth)
{
    if (depth > MAX_DEPTH) {
        fail(ps, "nested too deeply");
        return NULL;
    }
    skip_ws(ps);
    if (ps->p >= ps->end) {
        fail(ps, "unexpected end of input");
        return NULL;
    }
    char c = *ps->p;
    if (c == '{' || c == '[')
        return parse_container(ps, depth, c == '{');
    if (c == '"') {
        char *s = parse_string(ps);
        if (s == NULL)
            return NULL;
        struct json *j = node(ps, J_STRING);
        if (j == NULL) {
            free(s);
            return NULL;
        }
        j->string = s;
        return j;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return parse_number(ps);
    if (literal(ps, "true") || literal(ps, "false")) {
        struct json *j = node(ps, J_BOOL);
        if (j != NULL)
            j->boolean = ps->p[-1] == 'e' && ps->p[-2] == 'u';
        return j;
    }
    if (literal(ps, "null"))
        return node(ps, J_NULL);
    fail(ps, "unexpected character");
    return NULL;
}

struct json *json_parse(const char *text, size_t len, char *err, size_t errlen)
{
    struct parser ps = { text, text + len, 1, err, errlen, 0, 0 };
    struct json *j = parse_value(&ps, 0);
    if (j != NULL) {
        skip_ws(&ps);
        if (ps.p != ps.end) {
            fail(&ps, "trailing data after the value");
            json_free(j);
            j = NULL;
        }
    }
    return j;
}

void json_free(struct json *j)
{
    if (j == NULL)
        return;
    for (size_t i = 0; i < j->n; i++) {
        json_free(j->items[i]);
        if (j->keys)
            free(j->keys[i]);
    }
    free(j->items);
    free(j->keys);
    free(j->string);
    free(j);
}

const struct json *json_get(const struct json *obj, const char *key)
{
    if (obj == NULL || obj->type != J_OBJECT)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return obj->items[i];
    return NULL;
}

const char *json_get_str(const struct json *obj, const char *key)
{
    const struct json *v = json_get(obj, key);
    return v != NULL && v->type == J_STRING ? v->string : NULL;
}
