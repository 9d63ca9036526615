/*
 * count.c - the calls a probe makes: counted for the `count` perturbation
 * (reported on stderr at exit), and turned into a failure for last_fails
 * and last_but_one_fails.
 */
#include "perturb.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long calls;  /* successful calls made by the main process */
static long target; /* the probe's call count, for last_fails */

/* The probe's ID is its argv[0] (the runner execs it so). */
static void own_id(char *buf, size_t size)
{
    buf[0] = '\0';
    NEED(fopen, );
    FILE *f = real_fopen("/proc/self/cmdline", "r");
    if (f == NULL)
        return;
    size_t n = fread(buf, 1, size - 1, f);
    fclose(f);
    buf[n] = '\0';
}

/* last_fails: the count for this probe from UDSPROBE_PERTURB_COUNTS, a file
 * of "ID COUNT" lines written from a run with the count perturbation. */
static long count_for_me(void)
{
    const char *path = getenv("UDSPROBE_PERTURB_COUNTS");
    char id[512], line[600];
    if (path == NULL)
        return 0;
    own_id(id, sizeof id);
    NEED(fopen, 0);
    FILE *f = real_fopen(path, "r");
    if (f == NULL)
        return 0;
    long found = 0;
    size_t idlen = strlen(id);
    while (found == 0 && idlen > 0 && fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, id, idlen) == 0 && line[idlen] == ' ')
            found = strtol(line + idlen + 1, NULL, 10);
    fclose(f);
    return found;
}

void load_target(void)
{
    target = count_for_me();
}

int success_fails(void)
{
    if (mode == M_OFF || getpid() != main_pid)
        return 0;
    calls++;
    return (mode == M_LAST_FAILS && calls == target) ||
           (mode == M_LAST_BUT_ONE_FAILS && calls == target - 1);
}

__attribute__((destructor)) static void report_count(void)
{
    char id[512], text[640];
    if (mode != M_COUNT || getpid() != main_pid)
        return;
    own_id(id, sizeof id);
    snprintf(text, sizeof text, "perturb-count %s %ld\n", id, calls);
    say(text);
}
