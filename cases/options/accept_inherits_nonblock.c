/*
 * Does the socket returned by accept() inherit O_NONBLOCK from a listener
 * that was made non-blocking with fcntl()?
 *
 * The classic BSD implementation copies the listener's file status flags
 * to the new socket; Linux's accept(2) NOTES say Linux does not. Reports
 * "yes" or "no" from fcntl(F_GETFL) on the accepted descriptor.
 *
 * Covers: STR-14, ERR-20
 * Types: stream, seqpacket
 * linux: accept(2) NOTES (file status flags are not inherited)
 */
#include "probe.h"

#include <fcntl.h>
#include <poll.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    CHECK(set_nonblocking(l, 1));
    int c = uds_connect_to(PROBE_TYPE, "l");
    (void)c;
    if (wait_events(l, POLLIN, WAIT_MS) <= 0)
        setup_error("poll listener", "no pending connection");
    int a = accept(l, NULL, NULL);
    CHECK(a);
    int fl = fcntl(a, F_GETFL);
    CHECK(fl);
    observe("%s", yesno(fl & O_NONBLOCK));
}
