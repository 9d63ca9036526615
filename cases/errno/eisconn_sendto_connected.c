/*
 * sendto() with a destination address on a socket that is already
 * connected (the address names a valid socket of the same type).
 *
 * unix(7) says a target address on a connected socket gives EISCONN;
 * send(2) allows the address to be ignored instead. Linux refuses it on
 * stream, ignores it on seqpacket and uses it on dgram; the BSD sources
 * refuse it on dgram too.
 *
 * Covers: ERR-07, STR-11
 * linux: unix(7) ERRORS EISCONN; send(2) ERRORS EISCONN
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send
 * posix: sendto() ERRORS EISCONN
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int client, server;
    uds_connected_pair(PROBE_TYPE, "s", &client, &server);
    int other = uds_listener(PROBE_TYPE, "other", 4);
    (void)other;
    (void)server;
    if (set_nonblocking(client, 1) < 0)
        setup_failed("fcntl");

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "other");

    observe("%s", io_result(sendto(client, "x", 1, 0, (struct sockaddr *)&sa, len)));
}
