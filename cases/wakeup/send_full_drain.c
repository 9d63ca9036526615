/*
 * A 1-byte send() blocked in one process on a full socket, and the other end
 * drained by another: does the sender wake and send?
 *
 * Token "send=1", or "blocked".
 *
 * Covers: STR-23, ERR-20
 * Types: stream, seqpacket
 * posix: send() DESCRIPTION ("If space is not available ... send() shall block")
 */
#include "wake.h"

static int drain(void *arg)
{
    char buf[4096];
    int fd = *(int *)arg;
    if (set_nonblocking(fd, 1) < 0)
        return errno;
    while (recv(fd, buf, sizeof buf, 0) > 0)
        ;
    return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : errno;
}

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    if (fill_socket(wake_sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    CHECK(set_nonblocking(wake_sv[0], 0));
    observe("%s", wake_token(wake_send, NULL, drain, &wake_sv[1], NULL));
}
