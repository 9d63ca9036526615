/*
 * Permissions mean nothing for an abstract socket: one bound by root under
 * umask 0777, after fchmod(fd, 0) and fchown() to user A, can still be
 * connected to by another user B.
 *
 * A pathname socket set up the same way would refuse B (see
 * permissions/other_user_mode_0700). The fchmod and fchown results are not
 * part of the value, only B's connect result. Abstract names exist only on
 * Linux.
 *
 * Covers: ABS-04, PERM-08
 * linux: unix(7) "Abstract sockets" ("Socket permissions have no meaning for abstract sockets")
 */
#include "fsperm.h"

#ifdef __linux__
static struct sockaddr_un addr;
static socklen_t addr_len;

static int connect_abstract(void *unused)
{
    (void)unused;
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0)
        return 253;
    return connect(s, (struct sockaddr *)&addr, addr_len) < 0 ? errno : 0;
}
#endif

void probe_main(void)
{
#ifdef __linux__
    struct identity a, b;
    require_two_identities(&a, &b);
    umask(0777);
    addr_len = uds_addr_abstract(&addr, "perm");
    int l = uds_socket(SOCK_STREAM);
    (void)fchmod(l, 0);
    (void)fchown(l, a.uid, a.gid);
    CHECK(bind(l, (struct sockaddr *)&addr, addr_len));
    CHECK(listen(l, 4));

    observe_errno(run_as(&b, connect_abstract, NULL));
#else
    not_applicable("abstract socket names are a Linux extension");
#endif
}
