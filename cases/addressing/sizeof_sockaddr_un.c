/*
 * sizeof(struct sockaddr_un): the size of a whole UNIX domain address.
 *
 * It follows from the documented layout: a 16-bit sun_family and 108 bytes
 * of sun_path on Linux; one sun_len byte, one sun_family byte and 104 bytes
 * of sun_path on the BSDs and macOS. Callers that pass
 * sizeof(struct sockaddr_un) as addrlen depend on it.
 *
 * Covers: ADDR-04, ADDR-02, ADDR-03
 * linux: unix(7) "Address format"
 * freebsd: unix(4) ADDRESSING
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4) struct sockaddr_un
 * netbsd: unix(4) struct sockaddr_un
 * posix: <sys/un.h> DESCRIPTION: members "at least", size unspecified
 */
#include "probe.h"

void probe_main(void)
{
    observe("%zu", sizeof(struct sockaddr_un));
}
