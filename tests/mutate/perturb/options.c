/*
 * options.c - socket options: getsockopt values bent (sockopt_plus1,
 * peercred_altered), setsockopt ignored or changed (setsockopt_ignored,
 * setsockopt_value).
 */
#include "perturb.h"

#include <string.h>

/* 77 on the asm-generic architectures only (as in harness/cred.h). */
#if !defined(SO_PEERPIDFD) && defined(__linux__) &&                                    \
    (defined(__x86_64__) || defined(__aarch64__) || defined(__riscv) || defined(__i386__) || \
     defined(__arm__))
#define SO_PEERPIDFD 77
#endif

/* A getsockopt result in val (a buffer of cap bytes), *len long. */
static void alter_option(int level, int name, void *val, socklen_t *len, socklen_t cap)
{
    if (val == NULL || len == NULL)
        return;
    if (mode == M_SOCKOPT_PLUS1 && *len == sizeof(int)) {
        int v;
        memcpy(&v, val, sizeof v);
        v += 1;
        memcpy(val, &v, sizeof v);
    }
    if (mode != M_PEERCRED_ALTERED || level != SOL_SOCKET)
        return;
#ifdef SO_PEERCRED
    if (name == SO_PEERCRED && *len >= sizeof(struct linux_ucred)) {
        struct linux_ucred u;
        memcpy(&u, val, sizeof u);
        u.pid = unrelated_pid(u.pid);
        u.uid += 1;
        u.gid += 1;
        memcpy(val, &u, sizeof u);
    }
#endif
#ifdef SO_PEERGROUPS
    /* One group more where the buffer has room, else the first one + 1. */
    if (name == SO_PEERGROUPS && cap >= *len + sizeof(gid_t)) {
        gid_t g = 4242;
        memcpy((char *)val + *len, &g, sizeof g);
        *len += sizeof g;
    } else if (name == SO_PEERGROUPS && *len >= sizeof(gid_t)) {
        gid_t g;
        memcpy(&g, val, sizeof g);
        g += 1;
        memcpy(val, &g, sizeof g);
    }
#endif
#ifdef SO_PEERSEC
    if (name == SO_PEERSEC && *len > 0)
        *(char *)val = *(char *)val == 'Z' ? 'Y' : 'Z';
#endif
#ifdef SO_PEERPIDFD
    if (name == SO_PEERPIDFD && *len == sizeof(int)) {
        int pidfd;
        memcpy(&pidfd, val, sizeof pidfd);
        swap_for_dev_null(pidfd);
    }
#endif
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
    NEED(getsockopt, -1);
    if (mode == M_OFF)
        return real_getsockopt(fd, level, name, val, len);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_getsockopt(fd, level, name, val, len);
    if (rc == 0)
        alter_option(level, name, val, len, cap);
    return finish(rc);
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
    NEED(setsockopt, -1);
    if (mode == M_OFF)
        return real_setsockopt(fd, level, name, val, len);
    if (mode == M_SETSOCKOPT_IGNORED && sock_type(fd) >= 0)
        return 0;
    int v;
    if (mode == M_SETSOCKOPT_VALUE && val != NULL && len == sizeof v) {
        memcpy(&v, val, sizeof v);
        v = v == 0 ? 1 : v == 1 ? 0 : v <= 0x3fffffff ? v * 2 : v / 2;
        val = &v;
    }
    return finish(real_setsockopt(fd, level, name, val, len));
}
