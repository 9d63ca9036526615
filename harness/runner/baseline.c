/* baseline.c - see baseline.h. */
#include "baseline.h"
#include "json.h"
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct baseline {
    struct json *doc;
    const struct json *probes; /* checked: an array of objects with id and verdict */
};

/* What a probe entry says it saw: "observed VALUE", "n/a" or the verdict. */
static char *observation(const struct json *p)
{
    const char *outcome = json_get_str(p, "outcome");
    const char *verdict = json_get_str(p, "verdict");
    const char *value = json_get_str(p, "value");
    if (outcome != NULL && strcmp(outcome, "observed") == 0 && value != NULL &&
        verdict != NULL && strcmp(verdict, "error") != 0 && strcmp(verdict, "timeout") != 0 &&
        strcmp(verdict, "crash") != 0)
        return xasprintf("observed %s", value);
    if (verdict != NULL && strcmp(verdict, "n/a") == 0)
        return xstrdup("n/a");
    return xstrdup(verdict != NULL ? verdict : "unknown");
}

static char *current(const struct result *r)
{
    if (r->verdict == V_NA)
        return xstrdup("n/a");
    if (r->outcome == OUT_OBSERVED && !verdict_is_failure(r->verdict) && r->verdict != V_NOT_RUN) {
        char *v = report_read_back(r->value);
        char *s = xasprintf("observed %s", v);
        free(v);
        return s;
    }
    return xstrdup(verdict_name(r->verdict));
}

struct baseline *baseline_parse(const char *path, const char *text, size_t len,
                                struct strbuf *err)
{
    char msg[160];
    struct json *doc = json_parse(text, len, msg, sizeof msg);
    if (doc == NULL) {
        sb_printf(err, "%s: not valid JSON: %s", path, msg);
        return NULL;
    }
    const char *schema = json_get_str(doc, "schema");
    const struct json *version = json_get(doc, "schema_version");
    const struct json *probes = json_get(doc, "probes");
    const char *problem = NULL;
    if (schema == NULL || strcmp(schema, "udsprobe-report") != 0)
        problem = "not a udsprobe report (no \"schema\": \"udsprobe-report\")";
    else if (version == NULL || version->type != J_NUMBER ||
             version->number != REPORT_SCHEMA_VERSION)
        problem = "unsupported schema_version";
    else if (probes == NULL || probes->type != J_ARRAY)
        problem = "no \"probes\" array";
    for (size_t i = 0; problem == NULL && i < probes->n; i++)
        if (probes->items[i]->type != J_OBJECT || json_get_str(probes->items[i], "id") == NULL ||
            json_get_str(probes->items[i], "verdict") == NULL)
            problem = "a probe entry lacks \"id\" or \"verdict\"";
    if (problem != NULL) {
        sb_printf(err, "%s: %s", path, problem);
        json_free(doc);
        return NULL;
    }
    struct baseline *b = xcalloc(1, sizeof *b);
    b->doc = doc;
    b->probes = probes;
    return b;
}

struct baseline *baseline_load(const char *path, struct strbuf *err)
{
    size_t len;
    char *text = read_file(path, BASELINE_FILE_MAX, &len);
    if (text == NULL) {
        if (errno == EFBIG)
            sb_printf(err, "%s: larger than %d bytes; not a report", path, BASELINE_FILE_MAX);
        else
            sb_printf(err, "%s: cannot read: %s", path, strerror(errno));
        return NULL;
    }
    struct baseline *b = baseline_parse(path, text, len, err);
    free(text);
    return b;
}

void baseline_apply(const struct baseline *b, struct result *results, int n)
{
    for (int i = 0; i < n; i++) {
        struct result *r = &results[i];
        for (size_t k = 0; k < b->probes->n; k++) {
            const struct json *p = b->probes->items[k];
            if (strcmp(json_get_str(p, "id"), r->probe->id) != 0)
                continue;
            char *was = observation(p), *now = current(r);
            r->has_baseline = 1;
            r->baseline_value = was;
            r->baseline_changed = strcmp(was, now) != 0 && r->verdict != V_NOT_RUN;
            free(now);
            break;
        }
    }
}

void baseline_free(struct baseline *b)
{
    if (b == NULL)
        return;
    json_free(b->doc);
    free(b);
}
