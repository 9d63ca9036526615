/*
 * unlink.c - unlink ignored (unlink_ignored), or taking the process's
 * sockets bound to the path down with it (unlink_disconnects).
 */
#include "perturb.h"

#include <string.h>
#include <unistd.h>

/* unlink_disconnects: this process's sockets bound to path lose their
 * name and queue: each becomes a fresh socket of its type. */
static void disconnect_bound(const char *path)
{
    NEED(getsockname, );
    NEED(socket, );
    NEED(close, );
    int saved = errno;
    for (int fd = 0; fd < TRACKED_FDS; fd++) {
        struct sockaddr_un sa;
        socklen_t len = sizeof sa;
        memset(&sa, 0, sizeof sa);
        if (real_getsockname(fd, (struct sockaddr *)&sa, &len) == 0 &&
            sa.sun_family == AF_UNIX && len > offsetof(struct sockaddr_un, sun_path) &&
            strncmp(sa.sun_path, path, sizeof sa.sun_path) == 0) {
            int fresh = real_socket(AF_UNIX, sock_type(fd), 0);
            if (fresh >= 0 && fresh != fd) {
                dup2(fresh, fd);
                real_close(fresh);
            }
        }
    }
    errno = saved;
}

int unlink(const char *path)
{
    NEED(unlink, -1);
    if (mode == M_UNLINK_IGNORED)
        return 0;
    if (mode == M_UNLINK_DISCONNECTS)
        disconnect_bound(path);
    return mode == M_OFF ? real_unlink(path) : finish(real_unlink(path));
}
