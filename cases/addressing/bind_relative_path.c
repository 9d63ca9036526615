/*
 * bind() to the relative path "d/rel": is it resolved against the current
 * directory?
 *
 * The probe's cwd is its scratch directory. "ok" when bind() succeeds and a
 * socket file appears at <cwd>/d/rel; "ok_elsewhere" when bind() succeeds
 * without it; otherwise the errno of bind().
 *
 * Covers: ADDR-22
 * linux: unix(7) "Address format", pathname (a filesystem pathname)
 * freebsd: unix(4) ADDRESSING (absolute or relative pathname)
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4) ADDRESSING
 * netbsd: unix(4) ADDRESSING
 */
#include "probe.h"

#include <stdio.h>
#include <sys/stat.h>

void probe_main(void)
{
    CHECK(mkdir("d", 0700));
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "d/rel");
    int s = uds_socket(SOCK_STREAM);

    if (bind(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    char abs[4096];
    snprintf(abs, sizeof abs, "%s/d/rel", scratch_dir());
    struct stat st;
    observe("%s", stat(abs, &st) == 0 && S_ISSOCK(st.st_mode) ? "ok" : "ok_elsewhere");
}
