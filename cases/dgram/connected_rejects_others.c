/*
 * A datagram socket connected to X accepts datagrams only from X: what does
 * another sender's sendto() to it give?
 *
 * R is bound and connected to X; an unconnected third socket sends to R.
 * connect(2) says the connected address is the only one datagrams are
 * received from; Linux refuses the send with EPERM, where another system
 * might accept it and drop or deliver it (the second value says whether R
 * got it).
 *
 * Covers: DGR-11, ERR-13
 * linux: connect(2) DESCRIPTION ("the only address from which datagrams are received"); EPERM source-derived, net/unix/af_unix.c unix_may_send
 * posix: connect() DESCRIPTION (datagrams from other addresses are discarded)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    struct sockaddr_un r_sa, x_sa;
    socklen_t rlen = uds_addr_path(&r_sa, "r");
    socklen_t xlen = uds_addr_path(&x_sa, "x");
    int r = uds_bound(SOCK_DGRAM, "r");
    (void)uds_bound(SOCK_DGRAM, "x");
    CHECK(connect(r, (struct sockaddr *)&x_sa, xlen));

    int other = uds_socket(SOCK_DGRAM);
    char res[32];
    snprintf(res, sizeof res, "%s",
             io_result(sendto(other, "o", 1, MSG_DONTWAIT, (struct sockaddr *)&r_sa, rlen)));
    char c;
    observe("send=%s,received=%s", res, yesno(recv(r, &c, 1, MSG_DONTWAIT) == 1));
}
