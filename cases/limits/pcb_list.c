/*
 * Does the system expose a list of its unix sockets, and does a bound
 * socket appear in it?
 *
 * Linux: a socket is bound to a unique relative path in the scratch
 * directory and /proc/net/unix is searched for it: listed with
 * path=absolute or path=relative (the path as it was given to bind), or
 * unlisted; n/a when the file cannot be read. FreeBSD and macOS: whether
 * the sysctl net.local.stream.pcblist answers a size query (pcblist=exists,
 * or its errno).
 *
 * Covers: SYSCTL-10
 * linux: source-derived, net/unix/af_unix.c unix_seq_show (/proc/net/unix)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_pcblist (net.local.stream.pcblist)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_pcblist (net.local.stream.pcblist)
 */
#include "probe.h"

#include <stdio.h>
#include <string.h>
#if defined(__FreeBSD__) || defined(__APPLE__)
#include <sys/sysctl.h>
#endif

#ifdef __linux__
/* Does a line of /proc/net/unix end with " path"? */
static int line_has_path(const char *line, const char *path)
{
    size_t ll = strcspn(line, "\n");
    size_t pl = strlen(path);
    return ll > pl && line[ll - pl - 1] == ' ' && memcmp(line + ll - pl, path, pl) == 0;
}
#endif

void probe_main(void)
{
#ifdef __linux__
    char rel[64], abs[1024];
    snprintf(rel, sizeof rel, "pcb.%s", run_tag());
    snprintf(abs, sizeof abs, "%s/%s", scratch_dir(), rel);
    int s = uds_bound(SOCK_STREAM, rel);
    (void)s;

    FILE *f = fopen("/proc/net/unix", "r");
    if (f == NULL)
        not_applicable("cannot read /proc/net/unix (%s)", errno_name(errno));
    char line[2048];
    const char *found = NULL;
    while (found == NULL && fgets(line, sizeof line, f) != NULL) {
        if (line_has_path(line, abs))
            found = "absolute";
        else if (line_has_path(line, rel))
            found = "relative";
    }
    fclose(f);
    if (found == NULL)
        observe("proc_net_unix=unlisted");
    observe("proc_net_unix=listed,path=%s", found);
#elif defined(__FreeBSD__) || defined(__APPLE__)
    size_t len = 0;
    int rc = sysctlbyname("net.local.stream.pcblist", NULL, &len, NULL, 0);
    observe("pcblist=%s", rc == 0 ? "exists" : errno_name(errno));
#else
    not_applicable("no known unix socket list on this OS");
#endif
}
