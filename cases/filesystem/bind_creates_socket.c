/*
 * bind() to a pathname creates a filesystem object of type socket.
 *
 * The probe binds to "sock" in its scratch directory and reports what
 * lstat() says the new object is ("socket" when S_ISSOCK holds).
 *
 * Covers: FS-01
 * Types: stream, dgram, seqpacket
 * linux: unix(7) DESCRIPTION ("bound to a filesystem pathname (marked as being of type socket)")
 * freebsd: unix(4) ADDRESSING
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4) ADDRESSING
 * netbsd: unix(4) ADDRESSING
 */
#include "fsperm.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    observe("%s", path_type("sock"));
}
