/*
 * platforms.c - finding platforms/ and the OSes it documents.
 *
 * No path is compiled into the runner: a copy of build/ in another clone
 * reads that clone's files, not the original checkout's. The OSes are the
 * files there: a new platforms/<os>.exp is a new OS everywhere.
 */
#include "platforms.h"
#include "selfexe.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* How far above the runner binary its checkout's platforms/ may be:
 * build/udsprobe, and build/clang/udsprobe (B=build/clang). */
#define TREE_LEVELS 4

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* platforms/ in the directory of the runner binary or one of the few
 * above it (build/udsprobe -> platforms/), or NULL. */
static const char *beside_runner(void)
{
    const char *exe = self_exe();
    if (exe == NULL)
        return NULL;
    static char found[PATH_MAX + 16];
    char tree[PATH_MAX];
    snprintf(tree, sizeof tree, "%s", exe);
    for (int up = 0; up < TREE_LEVELS; up++) {
        char *slash = strrchr(tree, '/');
        if (slash == NULL || slash == tree)
            break; /* not the root's platforms/: that is no checkout */
        *slash = '\0';
        snprintf(found, sizeof found, "%s/platforms", tree);
        if (is_dir(found))
            return found;
    }
    return NULL;
}

const char *platforms_dir(const char *opt)
{
    const char *env = getenv("UDSPROBE_PLATFORMS");
    const char *dir = opt != NULL ? opt : env != NULL && *env ? env : NULL;
    if (dir != NULL) {
        struct stat st;
        if (stat(dir, &st) < 0)
            die("expectation directory %s: %s", dir, strerror(errno));
        if (!S_ISDIR(st.st_mode))
            die("expectation directory %s: not a directory", dir);
        return dir;
    }
    if (is_dir("platforms"))
        return "platforms";
    return beside_runner();
}

const char *platforms_searched(void)
{
    static char text[PATH_MAX + 64];
    const char *exe = self_exe();
    snprintf(text, sizeof text, "in the current directory%s%s", exe ? " and beside " : "",
             exe ? exe : "");
    return text;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **platform_names(const char *dir)
{
    int n = 0, cap = 8;
    char **names = xcalloc((size_t)cap, sizeof *names);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d != NULL && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len <= 4 || e->d_name[0] == '.' || strcmp(e->d_name + len - 4, ".exp") != 0)
            continue;
        if (n + 1 == cap) {
            cap *= 2;
            names = xrealloc(names, (size_t)cap * sizeof *names);
        }
        names[n++] = xstrndup(e->d_name, len - 4);
    }
    if (d != NULL)
        closedir(d);
    qsort(names, (size_t)n, sizeof *names, by_name);
    names[n] = NULL;
    return names;
}

void platform_names_free(char **names)
{
    for (char **p = names; *p != NULL; p++)
        free(*p);
    free(names);
}
