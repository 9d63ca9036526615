/*
 * SCM_RIGHTS and SCM_CREDENTIALS in the same sendmsg (Linux).
 *
 * unix(7) allows one item of each type in a message. The receiver has
 * SO_PASSCRED on; the sender attaches its own credentials and one
 * descriptor. The value: sendmsg's result, descriptors received, and
 * whether an SCM_CREDENTIALS message with the sender's pid arrived. n/a
 * where SCM_CREDENTIALS does not exist.
 *
 * Covers: RIGHTS-15, RIGHTS-01
 * linux: unix(7) Ancillary messages ("only one item of each of the above types may be included")
 */
#include "cmsg.h"

void probe_main(void)
{
#if defined(SCM_CREDENTIALS) && defined(SO_PASSCRED)
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(set_int_option(sv[1], SOL_SOCKET, SO_PASSCRED, 1));

    struct ucred me = { .pid = getpid(), .uid = geteuid(), .gid = getegid() };
    struct cmsg_out out;
    cmsg_start(&out);
    cmsg_add(&out, SOL_SOCKET, SCM_CREDENTIALS, &me, sizeof me);
    cmsg_add_fds(&out, &p[1], 1);
    if (cmsg_send(sv[0], &out, "x", 1, 0) < 0)
        observe("send=%s", errno_name(errno));

    char b;
    struct cmsg_in in;
    cmsg_recv(sv[1], &b, 1, 256, 0, &in);
    if (in.bytes < 0)
        observe("send=ok,recv=%s", errno_name(in.err));
    int nfds = cmsg_take_fds(&in, NULL, 0, 1);
    struct cmsghdr *c = cmsg_find(&in, SOL_SOCKET, SCM_CREDENTIALS);
    struct ucred u = { .pid = 0 };
    if (c != NULL)
        cmsg_read(c, &u, sizeof u);
    observe("send=ok,nfds=%d,creds=%s", nfds, yesno(c != NULL && u.pid == me.pid));
#else
    not_applicable("SCM_CREDENTIALS not defined");
#endif
}
