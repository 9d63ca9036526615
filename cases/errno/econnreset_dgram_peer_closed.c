/*
 * A datagram socket connected to a bound receiver sends after the receiver
 * was closed.
 *
 * The BSD sources drop the sender's association with ECONNRESET; Linux
 * finds the peer dead and answers ECONNREFUSED.
 *
 * Covers: ERR-04, ERR-03
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_drop
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_drop
 */
#include "probe.h"

void probe_main(void)
{
    int receiver = uds_bound(SOCK_DGRAM, "r");
    int sender = uds_connect_to(SOCK_DGRAM, "r");
    if (send(sender, "a", 1, 0) != 1)
        setup_failed("first send");

    close(receiver);

    observe("%s", io_result(send(sender, "b", 1, 0)));
}
