/*
 * offsetof(struct sockaddr_un, sun_path): how many bytes precede the name.
 *
 * On Linux this equals sizeof(sa_family_t); on the BSDs and macOS it is the
 * sun_len byte plus the one-byte sun_family. Every address length in the
 * other addressing probes is this offset plus some name bytes.
 *
 * Covers: ADDR-05
 * linux: unix(7) "Address format", pathname: offsetof equals sizeof(sa_family_t) on Linux
 * freebsd: unix(4) ADDRESSING (sun_len, sun_family, sun_path)
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4) struct sockaddr_un
 * netbsd: unix(4) struct sockaddr_un
 */
#include "probe.h"

void probe_main(void)
{
    observe("%zu", sun_path_offset());
}
