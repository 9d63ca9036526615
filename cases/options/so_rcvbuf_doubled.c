/*
 * setsockopt(SO_RCVBUF, 10000) then getsockopt(SO_RCVBUF): is the value read
 * back doubled?
 *
 * Reports "doubled" (20000), "same" (10000), or "other_N" with the number
 * read back (a value clamped to a minimum or maximum, or rounded).
 * This checks only the stored value; whether the buffer size has an effect
 * on AF_UNIX is another question (OPT-04, STR-23).
 *
 * Covers: OPT-03
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_RCVBUF ("the kernel doubles this value")
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    if (set_int_option(s, SOL_SOCKET, SO_RCVBUF, 10000) < 0)
        observe("set_%s", errno_name(errno));
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_RCVBUF, &v) < 0)
        observe("get_%s", errno_name(errno));
    if (v == 20000)
        observe("doubled");
    if (v == 10000)
        observe("same");
    observe("other_%d", v);
}
