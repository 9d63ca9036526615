/* selfexe.c - the runner's own executable, to find the probes and the
 * checkout beside it. */
#include "selfexe.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *argv0; /* as the runner was started */

void self_exe_init(const char *arg0)
{
    argv0 = arg0;
}

/* argv[0] found through PATH, resolved into path; 0 or -1. */
static int search_path(char path[PATH_MAX])
{
    const char *search = getenv("PATH");
    for (const char *p = search != NULL ? search : ""; *p;) {
        size_t len = strcspn(p, ":");
        char *cand = len ? xasprintf("%.*s/%s", (int)len, p, argv0) : xasprintf("./%s", argv0);
        int found = access(cand, X_OK) == 0 && realpath(cand, path) != NULL;
        free(cand);
        if (found)
            return 0;
        p += len;
        p += *p == ':';
    }
    return -1;
}

/* Linux asks /proc/self/exe; elsewhere (or without /proc) argv[0] is
 * resolved, found through PATH when it has no slash. */
const char *self_exe(void)
{
    static char path[PATH_MAX];
    static int tried;
    if (tried)
        return path[0] ? path : NULL;
    tried = 1;
#ifdef __linux__
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n > 0) {
        path[n] = '\0';
        struct stat st;
        /* a deleted binary reads back as "PATH (deleted)" */
        if (path[0] == '/' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            return path;
    }
    path[0] = '\0';
#endif
    if (argv0 == NULL || argv0[0] == '\0')
        return NULL;
    int found = strchr(argv0, '/') != NULL ? realpath(argv0, path) != NULL : search_path(path) == 0;
    if (!found)
        path[0] = '\0';
    return path[0] ? path : NULL;
}
