/*
 * cmsg_len of a received SCM_CREDENTIALS message: CMSG_LEN(sizeof(struct
 * ucred)), an ABI fact (28 where struct cmsghdr is 16 bytes, as on x86_64;
 * 24 where it is 12, as on i386 and armhf).
 *
 * Covers: CRED-09, CRED-23
 * linux: unix(7) SCM_CREDENTIALS; cmsg(3) CMSG_LEN
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    CHECK(send(sv[1], "x", 1, 0));
    struct cred_msg m;
    cred_received(sv[0], &m);
    observe("%zu", m.cmsg_len);
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
