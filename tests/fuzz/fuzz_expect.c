/*
 * fuzz_expect.c - libFuzzer target: the expectation-file parser.
 *
 * Any bytes either parse into lines that keep the parser's promises, or
 * fail with one line "fuzz.exp:N: message" and an empty set. Lookups on a
 * parsed set must be safe for any release.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runner/expect.h"

/* IDs under "gone/" stand for probes that do not exist. */
static int known(const char *id)
{
    return strncmp(id, "gone/", 5) != 0;
}

static void check(int ok)
{
    if (!ok)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct expect_set set;
    struct strbuf err;
    sb_init(&err);
    int rc = expect_parse_bytes(&set, "fuzz.exp", (const char *)data, size, known, &err);
    if (rc < 0) {
        check(set.n == 0 && set.items == NULL);
        check(err.buf != NULL && strncmp(err.buf, "fuzz.exp:", 9) == 0);
        check(strchr(err.buf, '\n') == NULL);
    } else {
        check(err.len == 0);
        static const int releases[][3] = { { 0, 0, 0 }, { 5, 15, 0 }, { 6, 18, 44 },
                                           { 1000000, 1000000, 1000000 } };
        for (int i = 0; i < set.n; i++) {
            const struct expectation *e = &set.items[i];
            check(e->nvalues > 0 && e->citation[0] != '\0' && e->line > 0 && known(e->id));
            check(strcmp(e->file, "fuzz.exp") == 0);
            for (size_t r = 0; r < sizeof releases / sizeof releases[0]; r++) {
                const struct expectation *f = expect_find(&set, e->id, e->cls, releases[r]);
                check(f == NULL || strcmp(f->id, e->id) == 0);
            }
            check(expect_matches(e, e->values[e->nvalues - 1]));
            expect_find(&set, e->id, e->cls, NULL);
        }
        expect_free(&set);
    }
    sb_free(&err);
    return 0;
}
