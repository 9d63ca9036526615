/*
 * accept() of a stream client bound to a name with an address buffer too small for the name: what length comes back,
 * and are bytes past the supplied length left alone?
 *
 * The name is the 4-byte relative path "sock", bound with its NUL counted
 * (7 bytes of address); the caller supplies offsetof(sun_path) + 2 bytes.
 * unix(7) says the returned length is the real one, larger than the
 * supplied one, which is how a caller detects truncation; the BSDs clamp it
 * to the supplied length. The value is "len=N,overrun=yes|no".
 *
 * Covers: ADDR-17, ADDR-09
 * linux: unix(7) "Pathname sockets" (output value exceeds the input value)
 */
#include "probe.h"

#include <string.h>

static union {
    struct sockaddr_un sa;
    unsigned char raw[sizeof(struct sockaddr_un) + 16];
} out;

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "srv", 4);
    int c = uds_bound(SOCK_STREAM, "sock");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    CHECK(connect(c, (struct sockaddr *)&sa, len));
    memset(&out, 0x5a, sizeof out);
    socklen_t supplied = (socklen_t)sun_path_offset() + 2;
    socklen_t got = supplied;
    CHECK(accept(l, (struct sockaddr *)&out.sa, &got));

    int overrun = 0;
    for (size_t i = supplied; i < sizeof out.raw; i++)
        overrun |= out.raw[i] != 0x5a;
    observe("len=%u,overrun=%s", (unsigned)got, yesno(overrun));
}
