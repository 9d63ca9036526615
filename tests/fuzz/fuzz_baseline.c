/*
 * fuzz_baseline.c - libFuzzer target: the strict JSON reader and the
 * --baseline report check, on any bytes.
 *
 * A document is either accepted (and then compared with a few results
 * safely) or refused with one line "fuzz.json: message".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runner/baseline.h"

static void check(int ok)
{
    if (!ok)
        abort();
}

static const struct catalog_entry probes[] = {
    { "a/b", "a", "cases/a/b.c", "none", "", "", "", "" },
    { "a/c.stream", "a", "cases/a/c.c", "none", "", "", "", "" },
    { "x/y", "x", "cases/x/y.c", "none", "", "", "", "" },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct strbuf err;
    sb_init(&err);
    struct baseline *b = baseline_parse("fuzz.json", (const char *)data, size, &err);
    if (b == NULL) {
        check(err.buf != NULL && strncmp(err.buf, "fuzz.json: ", 11) == 0);
        check(strchr(err.buf, '\n') == NULL);
        sb_free(&err);
        return 0;
    }
    check(err.len == 0);
    struct result r[3];
    memset(r, 0, sizeof r);
    static const enum verdict verdicts[] = { V_UNDOCUMENTED, V_NA, V_CRASH };
    static const char *const values[] = { "ok", "needs root", NULL };
    for (int i = 0; i < 3; i++) {
        r[i].probe = &probes[i];
        r[i].verdict = verdicts[i];
        r[i].outcome = i == 0 ? OUT_OBSERVED : i == 1 ? OUT_NA : OUT_NONE;
        r[i].value = (char *)values[i];
    }
    baseline_apply(b, r, 3);
    for (int i = 0; i < 3; i++) {
        check(!r[i].has_baseline || r[i].baseline_value != NULL);
        free(r[i].baseline_value);
    }
    baseline_free(b);
    sb_free(&err);
    return 0;
}
