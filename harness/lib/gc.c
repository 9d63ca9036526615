/* gc.c - bounded waits that let a descriptor collector run (gc.h). */
#include "gc.h"
#include "clock.h"

#include <poll.h>

int gc_wait_nudged(int fd, short events, int ms)
{
    long long deadline = now_ms() + ms;
    for (;;) {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0) {
            close(sv[0]);
            close(sv[1]);
        }
        long long left = deadline - now_ms();
        int step = left > 10 ? 10 : (left > 0 ? (int)left : 0);
        int ev = wait_events(fd, events, step);
        if (ev != 0 || left <= 10)
            return ev;
    }
}

int gc_reclaimed_within(int rfd, int ms)
{
    if (set_nonblocking(rfd, 1) < 0)
        setup_failed("fcntl O_NONBLOCK on pipe");
    if (gc_wait_nudged(rfd, POLLIN, ms) <= 0)
        return 0;
    char c;
    return read(rfd, &c, 1) == 0;
}
