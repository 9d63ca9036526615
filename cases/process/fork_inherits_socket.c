/*
 * A socket descriptor is inherited across fork(): the child writes on its
 * copy of one socketpair end and the parent reads the bytes on the other.
 *
 * Covers: STR-04, ADDR-11
 * Types: stream, dgram, seqpacket
 * posix: fork() ("the child process shall have its own copy of the parent's file descriptors")
 */
#include "probe.h"

#include <poll.h>

static int sv[2];

static int writer(void *arg)
{
    (void)arg;
    return send(sv[1], "hi", 2, 0) == 2 ? 0 : 1;
}

void probe_main(void)
{
    uds_pair(PROBE_TYPE, sv);
    pid_t child = run_child(writer, NULL);
    int rc = wait_child(child, WAIT_MS);
    if (rc != 0)
        observe("child=%d", rc);
    char buf[8];
    if (wait_events(sv[0], POLLIN, WAIT_MS) <= 0)
        observe("data=no");
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT)));
}
