/*
 * write() of 0 bytes on a connected socket: what does it return, and does
 * the receiver become readable?
 *
 * write(2) of 0 bytes need not reach the protocol at all (POSIX leaves a
 * zero-length write on a non-regular file unspecified), so this can differ
 * from send() of 0 bytes on dgram and seqpacket. Token
 * "write=R,readable=yes|no": the result and whether a bounded poll on the
 * other end then reports POLLIN.
 *
 * Covers: DGR-13, SEQ-02, STR-01
 * Types: stream, dgram, seqpacket
 * posix: write() DESCRIPTION ("If nbyte is zero and the file is not a regular file, the results are unspecified")
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    char wrote[16];
    snprintf(wrote, sizeof wrote, "%s", io_result(write(sv[0], "", 0)));
    int rev = wait_events(sv[1], POLLIN, 100);
    if (rev < 0)
        setup_failed("poll");
    observe("write=%s,readable=%s", wrote, yesno(rev & POLLIN));
}
