/*
 * read() of 0 bytes on a non-blocking socket with nothing queued: 0 at
 * once, or EAGAIN as for a recv()?
 *
 * read(2) of 0 bytes may be answered before the socket is asked. Token:
 * the byte count or the errno name.
 *
 * Covers: ERR-20, STR-16
 * Types: stream, dgram, seqpacket
 * posix: read() DESCRIPTION ("Before any action described below is taken, and if nbyte is zero, the read() function may detect and return errors ... In the absence of errors, or if error detection is not performed, the read() function shall return zero")
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[1], 1));
    char buf[1];
    observe("%s", io_result(read(sv[1], buf, 0)));
}
