/*
 * socketpair(AF_INET, SOCK_STREAM, 0): a real family that cannot make
 * pairs.
 *
 * socketpair(2) has two candidate errors: EAFNOSUPPORT (the family) and
 * EOPNOTSUPP (the protocol does not make pairs).
 *
 * Covers: ERR-27, STR-04
 * linux: socketpair(2) ERRORS EAFNOSUPPORT, EOPNOTSUPP
 * posix: socketpair() ERRORS EAFNOSUPPORT, EOPNOTSUPP
 */
#include "probe.h"

#include <netinet/in.h>

void probe_main(void)
{
    int sv[2];
    observe_call(socketpair(AF_INET, SOCK_STREAM, 0, sv));
}
