/*
 * A MSG_OOB send raises SIGURG in the process that owns the receiving socket.
 *
 * The receiver's owner is set to this process with F_SETOWN and SIGURG is
 * counted; one byte is sent with MSG_OOB. The token gives the send result
 * and the number of SIGURG deliveries ("send=ok,sigurg=1"); where MSG_OOB
 * is refused no signal is expected.
 *
 * Covers: OOB-01
 * linux: source-derived, net/unix/af_unix.c queue_oob (sk_send_sigurg)
 */
#include "probe.h"

#include <fcntl.h>
#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    count_signal(SIGURG);
    CHECK(fcntl(sv[1], F_SETOWN, getpid()));

    const char *sent = call_result((int)send(sv[0], "x", 1, MSG_OOB));

    observe("send=%s,sigurg=%d", sent, signal_count(SIGURG));
}
