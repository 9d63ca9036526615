/*
 * The socket file stays in the filesystem after the bound socket is closed.
 *
 * Nothing removes the name for the program: it must unlink(2) it. The probe
 * binds, closes the only descriptor, and reports what lstat() then finds at
 * the path ("socket" if it stayed, an errno name such as ENOENT if not).
 *
 * Covers: FS-02
 * Types: stream, dgram, seqpacket
 * linux: unix(7) NOTES ("must be deleted by the caller ... using unlink(2)")
 * freebsd: unix(4) ADDRESSING
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4) ADDRESSING
 * netbsd: unix(4) ADDRESSING
 */
#include "fsperm.h"

void probe_main(void)
{
    int s = uds_listener(PROBE_TYPE, "sock", 1);
    CHECK(close(s));

    observe("%s", path_type("sock"));
}
