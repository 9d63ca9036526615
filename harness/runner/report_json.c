/* report_json.c - the machine-readable report; schema in reports/README.md. */
#include "report.h"
#include "signames.h"

#include <stdlib.h>
#include <string.h>

static void key(struct strbuf *sb, const char *indent, const char *k)
{
    sb_printf(sb, "%s\"%s\": ", indent, k);
}

static void kv_str(struct strbuf *sb, const char *indent, const char *k, const char *v, int last)
{
    key(sb, indent, k);
    json_string(sb, v);
    sb_puts(sb, last ? "\n" : ",\n");
}

static void kv_num(struct strbuf *sb, const char *indent, const char *k, double v, int last)
{
    key(sb, indent, k);
    if (v == (double)(long long)v)
        sb_printf(sb, "%lld", (long long)v);
    else
        sb_printf(sb, "%.3f", v);
    sb_puts(sb, last ? "\n" : ",\n");
}

static void kv_bool(struct strbuf *sb, const char *indent, const char *k, int v, int last)
{
    key(sb, indent, k);
    sb_puts(sb, v ? "true" : "false");
    sb_puts(sb, last ? "\n" : ",\n");
}

/* "ADDR-02, LIM-02" as a JSON array of strings. */
static void covers_array(struct strbuf *sb, const char *covers)
{
    sb_putc(sb, '[');
    const char *p = covers;
    int first = 1;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t n = strcspn(p, " ,");
        if (n == 0)
            break;
        char *one = xstrndup(p, n);
        sb_puts(sb, first ? "" : ", ");
        json_string(sb, one);
        free(one);
        first = 0;
        p += n;
    }
    sb_putc(sb, ']');
}

static void expectation(struct strbuf *sb, const char *k, const struct expectation *e, int match)
{
    key(sb, "      ", k);
    if (e == NULL) {
        sb_puts(sb, "null,\n");
        return;
    }
    sb_puts(sb, "{\"class\": ");
    json_string(sb, expect_class_name(e->cls));
    sb_puts(sb, ", \"values\": [");
    for (int i = 0; i < e->nvalues; i++) {
        sb_puts(sb, i ? ", " : "");
        json_string(sb, e->values[i]);
    }
    sb_puts(sb, "], \"condition\": ");
    json_string(sb, e->cond_text);
    sb_puts(sb, ", \"citation\": ");
    json_string(sb, e->citation);
    sb_printf(sb, ", \"file\": ");
    json_string(sb, e->file);
    sb_printf(sb, ", \"line\": %d, \"matches\": %s},\n", e->line, match ? "true" : "false");
}

static void probe_entry(struct strbuf *sb, const struct result *r, int last)
{
    const struct catalog_entry *p = r->probe;
    sb_puts(sb, "    {\n");
    kv_str(sb, "      ", "id", p->id, 0);
    kv_str(sb, "      ", "area", p->area, 0);
    kv_str(sb, "      ", "source", p->source, 0);
    kv_str(sb, "      ", "semantic", p->semantic, 0);
    key(sb, "      ", "covers");
    covers_array(sb, p->covers);
    sb_puts(sb, ",\n");
    kv_str(sb, "      ", "needs", p->needs, 0);
    kv_str(sb, "      ", "ran_as", r->ran_as, 0);
    kv_str(sb, "      ", "verdict", verdict_name(r->verdict), 0);
    kv_str(sb, "      ", "outcome", outcome_name(r->outcome), 0);
    kv_str(sb, "      ", "value", r->outcome == OUT_OBSERVED ? r->value : NULL, 0);
    kv_str(sb, "      ", "reason", r->outcome != OUT_OBSERVED ? r->value : NULL, 0);
    kv_str(sb, "      ", "detail", r->detail, 0);
    expectation(sb, "documented", r->doc, r->doc_match);
    expectation(sb, "source_derived", r->src, r->src_match);
    if (r->has_baseline) {
        key(sb, "      ", "baseline");
        sb_puts(sb, "{\"was\": ");
        json_string(sb, r->baseline_value);
        sb_printf(sb, ", \"changed\": %s},\n", r->baseline_changed ? "true" : "false");
    }
    kv_num(sb, "      ", "duration_ms", (double)(long long)(r->duration_ms * 1000) / 1000.0, 0);
    key(sb, "      ", "exit_code");
    if (r->exit_code < 0)
        sb_puts(sb, "null,\n");
    else
        sb_printf(sb, "%d,\n", r->exit_code);
    kv_str(sb, "      ", "signal", r->signal ? signal_name(r->signal) : NULL, 0);
    kv_str(sb, "      ", "stderr", r->err.len ? r->err.buf : "", 0);
    kv_num(sb, "      ", "output_dropped_bytes", (double)r->dropped, 1);
    sb_puts(sb, last ? "    }\n" : "    },\n");
}

void report_json(const struct run *run, struct strbuf *sb)
{
    const struct fingerprint *fp = &run->fp;
    sb_puts(sb, "{\n");
    kv_str(sb, "  ", "schema", "udsprobe-report", 0);
    kv_num(sb, "  ", "schema_version", REPORT_SCHEMA_VERSION, 0);
    kv_str(sb, "  ", "suite_version", run->suite_version, 0);
    kv_bool(sb, "  ", "complete", run->complete, 0);
    kv_str(sb, "  ", "interrupted_by", run->interrupted_by ? signal_name(run->interrupted_by) : NULL,
           0);
    kv_str(sb, "  ", "started", run->started, 0);
    kv_num(sb, "  ", "duration_s", (double)(long long)(run->duration_s * 1000) / 1000.0, 0);
    sb_puts(sb, "  \"platform\": {\n");
    kv_str(sb, "    ", "target", fp->target, 0);
    kv_str(sb, "    ", "os", fp->os, 0);
    kv_str(sb, "    ", "release", fp->release, 0);
    kv_str(sb, "    ", "version", fp->version, 0);
    kv_str(sb, "    ", "machine", fp->machine, 0);
    kv_str(sb, "    ", "libc", fp->libc, 0);
    kv_str(sb, "    ", "libc_version", fp->libc_version, 0);
    kv_num(sb, "    ", "abi_bits", fp->abi_bits, 0);
    kv_num(sb, "    ", "long_bits", fp->long_bits, 0);
    kv_str(sb, "    ", "endian", fp->endian, 0);
    kv_str(sb, "    ", "compiler", fp->compiler, 0);
    kv_bool(sb, "    ", "emulated", fp->emulated[0] != '\0', 0);
    kv_str(sb, "    ", "emulator", fp->emulated, 0);
    kv_num(sb, "    ", "uid", (double)fp->uid, 0);
    kv_num(sb, "    ", "euid", (double)fp->euid, 1);
    sb_puts(sb, "  },\n");
    sb_puts(sb, "  \"options\": {\n");
    kv_num(sb, "    ", "jobs", run->jobs, 0);
    kv_num(sb, "    ", "timeout_s", run->timeout_s, 0);
    kv_str(sb, "    ", "expectations", run->expect_path, 0);
    kv_str(sb, "    ", "expectations_missing", run->expect_missing, 0);
    kv_bool(sb, "    ", "strict", run->strict, 0);
    kv_str(sb, "    ", "baseline", run->baseline_path, 1);
    sb_puts(sb, "  },\n");
    sb_puts(sb, "  \"summary\": {\n");
    kv_num(sb, "    ", "total", run->n, 0);
    for (int v = 0; v < V_COUNT; v++)
        kv_num(sb, "    ", verdict_name((enum verdict)v), run->counts[v], 0);
    kv_num(sb, "    ", "baseline_changed", run->baseline_changed, 0);
    kv_bool(sb, "    ", "failed", run_failed(run), 1);
    sb_puts(sb, "  },\n");
    sb_puts(sb, "  \"probes\": [\n");
    for (int i = 0; i < run->n; i++)
        probe_entry(sb, &run->results[i], i == run->n - 1);
    sb_puts(sb, "  ]\n}\n");
}
