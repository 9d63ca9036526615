/*
 * sizeof(sun_path): how many bytes a pathname address can hold.
 *
 * POSIX leaves the size undefined on purpose ("typically 92 to 108").
 * The value is a compile-time fact of the platform headers, observed here
 * because every other addressing probe is relative to it.
 *
 * Covers: ADDR-02, LIM-02
 * linux: unix(7) "Address format": sun_path[108]
 * freebsd: unix(4) ADDRESSING: at most 104 characters
 * darwin: unix(4) ADDRESSING: at most 104 characters
 * openbsd: unix(4): sun_path[104]
 * netbsd: unix(4): sun_path[104]
 * posix: <sys/un.h> APPLICATION USAGE: size left undefined
 */
#include "probe.h"

void probe_main(void)
{
    observe("%zu", sun_path_size());
}
