/*
 * bind() to a path with a component longer than NAME_MAX.
 *
 * Such a component does not fit in sun_path, so the probe reaches it through
 * a symbolic link: "long" points to a name of NAME_MAX + 1 bytes and the
 * address is "long/sock".
 *
 * Covers: FS-06
 * linux: bind(2) ERRORS ENAMETOOLONG
 */
#include "fsperm.h"

#include <limits.h>
#include <string.h>

#ifndef NAME_MAX
#define NAME_MAX 255
#endif

void probe_main(void)
{
    char target[NAME_MAX + 2];
    memset(target, 'x', NAME_MAX + 1);
    target[NAME_MAX + 1] = '\0';
    CHECK(symlink(target, "long"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "long/sock");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
