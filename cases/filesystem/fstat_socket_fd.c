/*
 * fstat() on the descriptor of a bound AF_UNIX socket reports a file of type
 * socket: does S_ISSOCK hold for st_mode? The value is yes or no.
 *
 * Covers: FS-17
 * Types: stream, dgram
 */
#include "fsperm.h"

void probe_main(void)
{
    int s = uds_bound(PROBE_TYPE, "sock");
    struct stat st;
    CHECK(fstat(s, &st));

    observe("%s", yesno(S_ISSOCK(st.st_mode)));
}
