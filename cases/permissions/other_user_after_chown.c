/*
 * chown() on a socket path controls who may connect: after a socket file
 * owned by user A with mode 0700 is given to user B, may B connect?
 *
 * The socket is made in a subdirectory "d" (mode 0711) of the scratch
 * directory, which only root may search; the file is given to identity A
 * with chown(). The probe then works from inside "d", and identity B, in a
 * child, connects to "sock"; the value is B's connect result.
 *
 * Covers: FS-16, PERM-02
 * linux: unix(7) "Pathname socket ownership and permissions" (owner, group and permissions can be changed with chown(2) and chmod(2))
 */
#include "fsperm.h"

void probe_main(void)
{
    struct identity a, b;
    require_two_identities(&a, &b);
    private_listener(&a);
    CHECK(chown("d/sock", b.uid, b.gid));
    observe_errno(connect_as(&b));
}
