/* verdict.c - from what a probe printed and how it ended to a verdict. */
#include "result.h"

#include <string.h>

static const char *const verdict_names[V_COUNT] = {
    "conforms", "diverges", "undocumented", "n/a", "error", "timeout", "crash", "not-run",
};

const char *verdict_name(enum verdict v)
{
    return v < V_COUNT ? verdict_names[v] : "?";
}

const char *outcome_name(enum outcome o)
{
    switch (o) {
    case OUT_OBSERVED: return "observed";
    case OUT_NA: return "n/a";
    case OUT_ERROR: return "error";
    default: return "none";
    }
}

int verdict_is_failure(enum verdict v)
{
    return v == V_ERROR || v == V_TIMEOUT || v == V_CRASH;
}

enum outcome parse_result_line(const char *line, const char **text)
{
    static const struct { const char *prefix; enum outcome o; } kinds[] = {
        { "observed ", OUT_OBSERVED }, { "n/a ", OUT_NA }, { "error ", OUT_ERROR },
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        size_t n = strlen(kinds[i].prefix);
        if (strncmp(line, kinds[i].prefix, n) == 0 && line[n] != '\0') {
            *text = line + n;
            return kinds[i].o;
        }
    }
    return OUT_NONE;
}

/* The doc: and src: lines that apply to this release, and whether value
 * is one of theirs. */
static void match_lines(struct result *r, const struct expect_set *exp, const int release[3],
                        const char *value)
{
    r->doc = exp ? expect_find(exp, r->probe->id, EXPECT_DOC, release) : NULL;
    r->src = exp ? expect_find(exp, r->probe->id, EXPECT_SRC, release) : NULL;
    r->doc_match = r->doc && expect_matches(r->doc, value);
    r->src_match = r->src && expect_matches(r->src, value);
}

void decide_verdict(struct result *r, const struct expect_set *exp, const int release[3])
{
    if (r->verdict == V_TIMEOUT || r->verdict == V_CRASH || r->verdict == V_ERROR ||
        r->verdict == V_NOT_RUN || r->verdict == V_NA)
        return; /* decided by the runner already */
    if (r->nresults == 0 || r->outcome == OUT_NONE) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("exited %d without a result line", r->exit_code);
        return;
    }
    if (r->nresults > 1) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("printed %d result lines", r->nresults);
        return;
    }
    if (r->outcome == OUT_ERROR) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("setup failed: %s", r->value);
        return;
    }
    if (r->exit_code != 0) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("exited %d after its result", r->exit_code);
        return;
    }
    if (r->outcome == OUT_NA) {
        /* n/a is no finding, but a line saying "n/a" is a prediction that
         * the feature is missing: the report says whether it held. */
        match_lines(r, exp, release, "n/a");
        r->verdict = V_NA;
        return;
    }
    match_lines(r, exp, release, r->value);
    /* The documents are what is checked; a source prediction decides only
     * where the documents are silent. */
    const struct expectation *rule = r->doc ? r->doc : r->src;
    if (rule == NULL)
        r->verdict = V_UNDOCUMENTED;
    else
        r->verdict = (r->doc ? r->doc_match : r->src_match) ? V_CONFORMS : V_DIVERGES;
}
