/*
 * result.c - the one-line result protocol, and the probe's start-up.
 *
 * A probe reports once, from its main process, and exits. A second report,
 * or a report from a child process, is a probe defect and is refused.
 */
#include "probe.h"
#include "../common/rmtree.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VALUE_MAX 256

static pid_t main_pid;
static char scratch[PATH_MAX];
static char tag[96];
static int own_scratch; /* standalone run: we made the scratch dir */

static void remove_own_scratch(void)
{
    if (!own_scratch || getpid() != main_pid || chdir("/") < 0)
        return;
    if (rmtree(scratch) < 0 && errno == EMFILE) {
        /* The probe filled its descriptor table; it is exiting anyway. */
        for (int fd = 3; fd < 65536; fd++)
            close(fd);
        rmtree(scratch);
    }
}

/* Inside the harness the scratch dir is the cwd and UDSPROBE_SCRATCH names
 * it. Run by hand, the probe makes and later removes its own. */
void probe_start(void)
{
    main_pid = getpid();
    const char *dir = getenv("UDSPROBE_SCRATCH");
    if (dir != NULL && *dir != '\0') {
        snprintf(scratch, sizeof scratch, "%s", dir);
        if (chdir(scratch) < 0)
            setup_failed("chdir scratch");
    } else {
        const char *tmp = getenv("TMPDIR");
        snprintf(scratch, sizeof scratch, "%s/udsprobe.XXXXXX",
                 tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
        if (mkdtemp(scratch) == NULL)
            setup_failed("mkdtemp");
        own_scratch = 1;
        atexit(remove_own_scratch);
        if (chdir(scratch) < 0)
            setup_failed("chdir scratch");
    }
    /* Run by hand, the probe takes mkdtemp's random suffix as its tag, so
     * its abstract names cannot be guessed and squatted either. */
    const char *t = getenv("UDSPROBE_TAG");
    if (t == NULL || *t == '\0')
        t = own_scratch ? strrchr(scratch, '.') + 1 : "solo";
    snprintf(tag, sizeof tag, "%s.%ld", t, (long)main_pid);
}

const char *scratch_dir(void) { return scratch; }
const char *run_tag(void) { return tag; }

static UDS_NORETURN void emit(const char *kind, const char *text)
{
    if (getpid() != main_pid) {
        fprintf(stderr, "udsprobe: a child process tried to report \"%s %s\"\n", kind, text);
        _exit(121);
    }
    fflush(NULL);
    printf("%s %s\n", kind, text);
    fflush(stdout);
    exit(0);
}

/* Free text on one line: control characters become spaces. */
static void one_line(char *s)
{
    for (; *s; s++)
        if (iscntrl((unsigned char)*s))
            *s = ' ';
}

void observe(const char *fmt, ...)
{
    char value[VALUE_MAX + 2];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(value, sizeof value, fmt, ap);
    va_end(ap);
    if (n <= 0 || n > VALUE_MAX)
        setup_error("observe", "value is empty or longer than %d bytes", VALUE_MAX);
    for (const char *p = value; *p; p++)
        if (!isgraph((unsigned char)*p))
            setup_error("observe", "value \"%s\" is not a single printable token", value);
    emit("observed", value);
}

void observe_call(int rc) { observe("%s", call_result(rc)); }
void observe_errno(int err) { observe("%s", err == 0 ? "ok" : errno_name(err)); }

void not_applicable(const char *fmt, ...)
{
    char reason[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    one_line(reason);
    emit("n/a", reason);
}

void setup_failed(const char *where)
{
    setup_error(where, "%s", errno_name(errno));
}

void setup_error(const char *where, const char *fmt, ...)
{
    char text[640];
    int n = snprintf(text, sizeof text, "%s ", where);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof text)
        vsnprintf(text + n, sizeof text - (size_t)n, fmt, ap);
    va_end(ap);
    one_line(text);
    emit("error", text);
}
