/*
 * Unlinking the socket file does not affect an established connection: data
 * still flows both ways.
 *
 * The pair is made through the path "sock" (and "sock.peer" for datagrams);
 * both names are unlinked, then each end sends 4 bytes to the other. The
 * value is what each receiving end got: "c2s=4,s2c=4" when both arrived.
 *
 * Covers: FS-03
 * Types: stream, dgram, seqpacket
 * linux: unix(7) NOTES ("the socket can be unlinked at any time")
 */
#include "fsperm.h"

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

/* Send 4 bytes from one end and read them at the other: the byte count
 * received, or the errno name of the call that failed. */
static void transfer(int from, int to, char *out, size_t outlen)
{
    char buf[16];
    if (send(from, "data", 4, 0) < 0) {
        snprintf(out, outlen, "send_%s", errno_name(errno));
        return;
    }
    if (wait_events(to, POLLIN, WAIT_MS) <= 0) {
        snprintf(out, outlen, "nothing");
        return;
    }
    snprintf(out, outlen, "%s", io_result(recv(to, buf, sizeof buf, 0)));
}

void probe_main(void)
{
    int client, server;
    uds_connected_pair(PROBE_TYPE, "sock", &client, &server);
    CHECK(unlink("sock"));
    if (PROBE_TYPE == SOCK_DGRAM)
        CHECK(unlink("sock.peer"));

    count_signal(SIGPIPE);
    char c2s[32], s2c[32];
    transfer(client, server, c2s, sizeof c2s);
    transfer(server, client, s2c, sizeof s2c);
    observe("c2s=%s,s2c=%s", c2s, s2c);
}
