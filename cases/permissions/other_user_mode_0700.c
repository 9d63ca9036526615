/*
 * A socket file owned by user A with mode 0700: may another user B connect?
 * Only the owner has write permission, so B should be refused.
 *
 * The socket is made in a subdirectory "d" (mode 0711) of the scratch
 * directory, which only root may search; the file is given to identity A
 * with chown(). The probe then works from inside "d", and identity B, in a
 * child, connects to "sock"; the value is B's connect result.
 *
 * Covers: FS-16, PERM-02, PERM-07
 * linux: unix(7) "Pathname socket ownership and permissions"; connect(2) ERRORS EACCES
 * freebsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * darwin: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * openbsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * netbsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 */
#include "fsperm.h"

void probe_main(void)
{
    struct identity a, b;
    require_two_identities(&a, &b);
    private_listener(&a);
    observe_errno(connect_as(&b));
}
