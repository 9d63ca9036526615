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

static int connect_sock(void *unused)
{
    (void)unused;
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0)
        return 253;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    return connect(s, (struct sockaddr *)&sa, len) < 0 ? errno : 0;
}

void probe_main(void)
{
    struct identity a, b;
    require_two_identities(&a, &b);
    CHECK(mkdir("d", 0700));
    CHECK(chmod("d", 0711));
    int l = uds_listener(SOCK_STREAM, "d/sock", 4);
    (void)l;
    CHECK(chown("d/sock", a.uid, a.gid));
    CHECK(chmod("d/sock", 0700));
    CHECK(chown("d/sock", b.uid, b.gid));
    CHECK(chdir("d"));
    observe_errno(run_as(&b, connect_sock, NULL));
}
