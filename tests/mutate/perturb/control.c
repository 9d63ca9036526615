/*
 * control.c - control data: what recvmsg delivers (flag_trunc, flag_ctrunc,
 * flag_eor, cmsg_stripped, rights_lose_one, rights_extra, rights_swapped,
 * creds_altered) and the descriptors sendmsg passes (rights_leaked).
 */
#include "perturb.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* Linux names that a libc may not declare without _GNU_SOURCE. */
#if defined(__linux__)
#ifndef SCM_CREDENTIALS
#define SCM_CREDENTIALS 0x02
#endif
#ifndef SCM_PIDFD
#define SCM_PIDFD 0x04
#endif
#endif

static size_t int_count(const struct msghdr *m, const struct cmsghdr *c)
{
    const char *end = (const char *)m->msg_control + m->msg_controllen;
    const char *data = (const char *)CMSG_DATA(c);
    if (c->cmsg_len < CMSG_LEN(0) || data > end)
        return 0;
    size_t n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    size_t room = (size_t)(end - data) / sizeof(int);
    return n < room ? n : room;
}

static void close_rights(const struct msghdr *m, struct cmsghdr *c)
{
    NEED(close, );
    size_t n = int_count(m, c);
    for (size_t i = 0; i < n; i++) {
        int fd;
        memcpy(&fd, CMSG_DATA(c) + i * sizeof fd, sizeof fd);
        real_close(fd);
    }
}

void alter_received(struct msghdr *m, int flags)
{
    int peek = (flags & MSG_PEEK) != 0;
    if (mode == M_FLAG_TRUNC)
        m->msg_flags ^= MSG_TRUNC;
    if (mode == M_FLAG_CTRUNC)
        m->msg_flags ^= MSG_CTRUNC;
    if (mode == M_FLAG_EOR)
        m->msg_flags ^= MSG_EOR;
    if (m->msg_control == NULL || m->msg_controllen < sizeof(struct cmsghdr))
        return;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c != NULL; c = CMSG_NXTHDR(m, c)) {
        int rights = c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS;
        size_t n = int_count(m, c);
        if (mode == M_CMSG_STRIPPED && rights && !peek)
            close_rights(m, c);
#ifdef __linux__
        if (mode == M_RIGHTS_SWAPPED && (rights || (c->cmsg_level == SOL_SOCKET &&
                                                     c->cmsg_type == SCM_PIDFD)))
            for (size_t i = 0; i < n; i++) {
                int fd;
                memcpy(&fd, CMSG_DATA(c) + i * sizeof fd, sizeof fd);
                swap_for_dev_null(fd);
            }
        if (mode == M_CREDS_ALTERED && c->cmsg_level == SOL_SOCKET &&
            c->cmsg_type == SCM_CREDENTIALS &&
            c->cmsg_len >= CMSG_LEN(sizeof(struct linux_ucred))) {
            struct linux_ucred u;
            memcpy(&u, CMSG_DATA(c), sizeof u);
            u.pid = unrelated_pid(u.pid);
            u.uid += 1;
            u.gid += 1;
            memcpy(CMSG_DATA(c), &u, sizeof u);
        }
#endif
        /* Only the last message is shortened or grown, so that the walk
         * to the next one is never disturbed. */
        int last = CMSG_NXTHDR(m, c) == NULL;
        if (mode == M_RIGHTS_LOSE_ONE && rights && last && n > 0) {
            int fd;
            memcpy(&fd, CMSG_DATA(c) + (n - 1) * sizeof fd, sizeof fd);
            NEED(close, );
            if (!peek)
                real_close(fd);
            c->cmsg_len -= sizeof(int);
        }
        char *end = (char *)m->msg_control + m->msg_controllen;
        char *next_slot = (char *)CMSG_DATA(c) + (n + 1) * sizeof(int);
        if (mode == M_RIGHTS_EXTRA && rights && last && n > 0 && next_slot <= end) {
            NEED(open, );
            int fd = real_open("/dev/null", O_RDWR | ((flags & MSG_CMSG_CLOEXEC) ? O_CLOEXEC : 0));
            if (fd >= 0) {
                memcpy(CMSG_DATA(c) + n * sizeof fd, &fd, sizeof fd);
                c->cmsg_len += sizeof(int);
            }
        }
    }
    if (mode == M_CMSG_STRIPPED)
        m->msg_controllen = 0;
}

void leak_rights(const struct msghdr *m)
{
    if (m->msg_control == NULL || m->msg_controllen < sizeof(struct cmsghdr))
        return;
    for (struct cmsghdr *c = CMSG_FIRSTHDR((struct msghdr *)m); c != NULL;
         c = CMSG_NXTHDR((struct msghdr *)m, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        size_t n = int_count(m, c);
        for (size_t i = 0; i < n; i++) {
            int fd;
            memcpy(&fd, CMSG_DATA(c) + i * sizeof fd, sizeof fd);
            if (dup(fd) < 0) {
                /* out of descriptors: nothing more to leak */
            }
        }
    }
}
