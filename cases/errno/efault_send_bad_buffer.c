/*
 * send() from a buffer address that is not mapped.
 *
 * The address (void *)1 is never touched by the probe or by libc's send()
 * (a plain system call), so the kernel is the one that finds it invalid.
 *
 * Covers: ERR-05
 * linux: unix(7) ERRORS EFAULT; send(2) ERRORS EFAULT
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);

    observe("%s", io_result(send(sv[0], (const void *)1, 16, 0)));
}
