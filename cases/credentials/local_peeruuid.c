/*
 * macOS getsockopt(SOL_LOCAL, LOCAL_PEERUUID) and LOCAL_PEERTOKEN give the
 * peer's executable UUID and audit token on a connected socket, and fail on
 * an unconnected one.
 *
 * On a connected stream socketpair each query reports ok when it returns
 * the full size (16 bytes for the uuid_t, 32 for the audit_token_t), len=N
 * for another size, or its errno; token=undefined when LOCAL_PEERTOKEN is
 * not defined. unconnected is LOCAL_PEERUUID on a fresh stream socket.
 * The UUID itself is never printed. n/a where LOCAL_PEERUUID is not defined.
 *
 * Covers: CRED-07
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_ctloutput (LOCAL_PEERUUID, LOCAL_PEERTOKEN; ENOTCONN when unconnected); bsd/sys/un.h
 */
#include "kconst.h"

#if defined(LOCAL_PEERUUID)
#include <stdint.h>
#include <stdio.h>

/* The result of one query that should return want bytes. */
static const char *query(int fd, int opt, size_t want)
{
    static char out[4][32];
    static int slot;
    char *r = out[slot++ % 4];
    uint32_t buf[16];
    socklen_t len = sizeof buf;
    if (getsockopt(fd, SOL_LOCAL, opt, buf, &len) < 0)
        return errno_name(errno);
    if (len == want)
        return "ok";
    snprintf(r, sizeof out[0], "len=%u", (unsigned)len);
    return r;
}
#endif

void probe_main(void)
{
#if defined(LOCAL_PEERUUID)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    const char *uuid = query(sv[0], LOCAL_PEERUUID, 16);
#ifdef LOCAL_PEERTOKEN
    const char *token = query(sv[0], LOCAL_PEERTOKEN, 32);
#else
    const char *token = "undefined";
#endif
    int u = uds_socket(SOCK_STREAM);
    const char *unconnected = query(u, LOCAL_PEERUUID, 16);
    observe("uuid=%s,token=%s,unconnected=%s", uuid, token, unconnected);
#else
    not_applicable("LOCAL_PEERUUID not defined");
#endif
}
