/*
 * close.c - close: ignored on AF_UNIX sockets (close_ignored); a message
 * held back by reorder goes out before its socket closes.
 */
#include "perturb.h"

#include <unistd.h>

int close(int fd)
{
    NEED(close, -1);
    if (mode == M_CLOSE_IGNORED && is_unix(fd))
        return 0;
    send_held_before_close(fd);
    forget_fd(fd);
    return real_close(fd);
}
