/*
 * Group write permission on a socket file lets a member of that group
 * connect: the file is owned by user A and B's group, mode 0720; may B
 * connect?
 *
 * The socket is made in a subdirectory "d" (mode 0711) of the scratch
 * directory, which only root may search; the file is given to identity A
 * with chown(). The probe then works from inside "d", and identity B, in a
 * child, connects to "sock"; the value is B's connect result.
 *
 * Covers: FS-16, PERM-02
 * linux: unix(7) "Pathname socket ownership and permissions"
 */
#include "fsperm.h"

void probe_main(void)
{
    struct identity a, b;
    require_two_identities(&a, &b);
    private_listener(&a);
    CHECK(chown("d/sock", a.uid, b.gid));
    CHECK(chmod("d/sock", 0720));
    observe_errno(connect_as(&b));
}
