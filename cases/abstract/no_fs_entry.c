/*
 * Does binding an abstract name create anything in the filesystem?
 *
 * unix(7): the abstract name has no connection with filesystem pathnames.
 * The socket is bound in an empty current directory; the value is the
 * number of entries that directory holds afterwards. n/a outside Linux.
 *
 * Covers: ABS-01
 * linux: unix(7) "Address format", abstract ("no connection with filesystem pathnames")
 */
#include "probe.h"

#include <dirent.h>
#include <string.h>

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "fs");
    int s = uds_socket(SOCK_STREAM);
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    DIR *d = opendir(".");
    if (d == NULL)
        setup_failed("opendir");
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    observe("%d", n);
#else
    not_applicable("abstract names are Linux-only");
#endif
}
