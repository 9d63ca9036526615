/*
 * Which sysctl a fresh unix socket's SO_SNDBUF equals, for each type.
 *
 * getsockopt(SO_SNDBUF) is compared with each sysctl that could be its
 * source and that exists here: net.core.wmem_default (Linux), then
 * net.local.<type>.sendspace, net.local.dgram.maxdgram and
 * net.local.seqpacket.maxseqpacket (FreeBSD, macOS). The token names the
 * first one equal, or none.
 *
 * Covers: STR-24, SYSCTL-03, SYSCTL-04, SYSCTL-05, SYSCTL-07
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_SNDBUF ("The default value is set by the /proc/sys/net/core/wmem_default file")
 * freebsd: unix(4) BUFFERING
 */
#include "sysctl.h"

void probe_main(void)
{
    static const char *const names[] = {
        "net.core.wmem_default",
        "net.local." PROBE_TYPE_NAME ".sendspace",
        "net.local.dgram.maxdgram",
        "net.local.seqpacket.maxseqpacket",
    };
    int s = uds_socket(PROBE_TYPE);
    int v;
    CHECK(get_int_option(s, SOL_SOCKET, SO_SNDBUF, &v));
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        long ctl;
        if (read_sysctl(names[i], &ctl) == 0 && ctl == v)
            observe("sysctl=%s", names[i]);
    }
    observe("sysctl=none");
}
