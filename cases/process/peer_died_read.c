/*
 * The process holding the other end of a connection dies: what does a
 * read on this end return? 0 (end of file) is the expected answer.
 *
 * The child holds the only other copy of sv[1]; its exit closes it.
 *
 * Covers: SHUT-01, STR-17
 * Types: stream, seqpacket
 * posix: recv() RETURN VALUE (0 once the peer has performed an orderly shutdown)
 */
#include "probe.h"

static int sv[2];

static int idle(void *arg)
{
    (void)arg;
    return 0; /* exits holding sv[1]: the kernel closes it */
}

void probe_main(void)
{
    uds_pair(PROBE_TYPE, sv);
    pid_t child = run_child(idle, NULL);
    close(sv[1]);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("child", "did not exit cleanly");
    char b;
    observe("%s", io_result(recv(sv[0], &b, 1, MSG_DONTWAIT)));
}
