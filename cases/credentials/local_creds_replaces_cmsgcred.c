/*
 * With LOCAL_CREDS on at the receiver, a sender's own SCM_CREDS (struct
 * cmsgcred) is dropped and a struct sockcred is delivered instead: how
 * many SCM_CREDS messages arrive, and of which size?
 *
 * kind=sockcred when the one SCM_CREDS message has the struct sockcred
 * size for its group count, kind=cmsgcred when it has the cmsgcred size.
 *
 * Covers: CRED-15, CRED-13
 * freebsd: unix(4) LOCAL_CREDS (a sender's cmsgcred is replaced)
 */
#include "cmsg.h"
#include "kconst.h"

void probe_main(void)
{
#if defined(__FreeBSD__) && defined(LOCAL_CREDS) && defined(SCM_CREDS)
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(set_int_option(sv[1], SOL_LOCAL, LOCAL_CREDS, 1));
    struct cmsg_out out;
    cmsg_start(&out);
    cmsg_add(&out, SOL_SOCKET, SCM_CREDS, NULL, sizeof(struct cmsgcred));
    if (cmsg_send(sv[0], &out, "x", 1, 0) < 0)
        observe("send=%s", errno_name(errno));

    char b;
    struct cmsg_in in;
    cmsg_recv(sv[1], &b, 1, 2048, MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        observe("recv=%s", errno_name(in.err));
    int n = 0;
    const char *kind = "none";
    for (struct cmsghdr *c = cmsg_next(&in, NULL); c != NULL; c = cmsg_next(&in, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_CREDS)
            continue;
        n++;
        struct sockcred sc;
        cmsg_read(c, &sc, sizeof sc);
        if (c->cmsg_len == CMSG_LEN(sizeof(struct cmsgcred)))
            kind = "cmsgcred";
        else if (c->cmsg_len == CMSG_LEN(SOCKCREDSIZE(sc.sc_ngroups)))
            kind = "sockcred";
        else
            kind = "other";
    }
    observe("n=%d,kind=%s", n, kind);
#else
    not_applicable("LOCAL_CREDS with SCM_CREDS/struct cmsgcred is a FreeBSD interface");
#endif
}
