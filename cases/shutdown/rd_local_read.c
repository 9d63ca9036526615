/*
 * After one's own shutdown(SHUT_RD), what does a read on that end give?
 *
 * Nothing is queued; the read is non-blocking. End-of-file (0) means the
 * shutdown closed the receive side; EAGAIN means the read just found no
 * data. The token is the byte count or the errno name.
 *
 * Covers: SHUT-05
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown, unix_stream_read_generic, unix_dgram_recvmsg
 * posix: shutdown() SHUT_RD
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[0], 1));

    CHECK(shutdown(sv[0], SHUT_RD));

    char buf[8];
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, 0)));
}
