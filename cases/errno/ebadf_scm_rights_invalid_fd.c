/*
 * sendmsg() with SCM_RIGHTS naming a descriptor that is not open.
 *
 * The descriptor is a socket that was just closed, so its number is known
 * to be free.
 *
 * Covers: ERR-02
 * linux: unix(7) ERRORS EBADF ("the file descriptor number that is being sent is not valid")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_internalize
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_internalize
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    int gone = uds_socket(SOCK_STREAM);
    close(gone);

    observe("%s", io_result(send_fds(sv[0], &gone, 1, "x", 1)));
}
