/* cred.c - helpers for the credentials, process and seeds probes (see cred.h). */
#if defined(__FreeBSD__) || defined(__APPLE__)
#include <sys/param.h> /* before <sys/ucred.h> */
#include <sys/socket.h>
#include <sys/ucred.h>
#endif
#include "cred.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#if defined(__FreeBSD__) || defined(__APPLE__) || defined(__NetBSD__)
#ifndef SOL_LOCAL
#define SOL_LOCAL 0
#endif
#endif

int cred_peer(int fd, struct cred_ids *c)
{
    memset(c, 0, sizeof *c);
#if defined(__linux__)
    struct ucred u;
    socklen_t len = sizeof u;
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &u, &len) < 0)
        goto fail;
    c->pid = u.pid;
    c->uid = u.uid;
    c->gid = u.gid;
    return 0;
#elif defined(__FreeBSD__) || defined(__APPLE__)
    struct xucred x;
    socklen_t len = sizeof x;
    memset(&x, 0, sizeof x);
    if (getsockopt(fd, SOL_LOCAL, LOCAL_PEERCRED, &x, &len) < 0)
        goto fail;
    if (x.cr_version != XUCRED_VERSION) {
        errno = EPROTO;
        goto fail;
    }
    c->uid = x.cr_uid;
    c->gid = x.cr_ngroups > 0 ? x.cr_groups[0] : (gid_t)-1;
#if defined(__APPLE__)
    pid_t p = -1;
    len = sizeof p;
    if (getsockopt(fd, SOL_LOCAL, LOCAL_PEERPID, &p, &len) < 0)
        goto fail;
    c->pid = p;
#else
    c->pid = x.cr_pid;
#endif
    return 0;
#elif defined(__OpenBSD__)
    struct sockpeercred s;
    socklen_t len = sizeof s;
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &s, &len) < 0)
        goto fail;
    c->pid = s.pid;
    c->uid = s.uid;
    c->gid = s.gid;
    return 0;
#elif defined(__NetBSD__)
    struct unpcbid u;
    socklen_t len = sizeof u;
    if (getsockopt(fd, SOL_LOCAL, LOCAL_PEEREID, &u, &len) < 0)
        goto fail;
    c->pid = u.unp_pid;
    c->uid = u.unp_euid;
    c->gid = u.unp_egid;
    return 0;
#else
    (void)fd;
    errno = ENOSYS;
    goto fail;
#endif
fail:
    c->err = errno;
    return -1;
}

static const char *id_word(long long v, long long self, long long real)
{
    if (v == self)
        return "self";
    if (v == real)
        return "real";
    if (v == -1)
        return "-1";
    return "other";
}

const char *cred_token(const struct cred_ids *c, pid_t child)
{
    static char token[96];
    if (c->err != 0)
        return errno_name(c->err);
    const char *p;
    if (c->pid == getpid())
        p = "self";
    else if (child > 0 && c->pid == child)
        p = "child";
    else if (c->pid == 0)
        p = "0";
    else if (c->pid == -1)
        p = "-1";
    else
        p = "other";
    /* uid_t/gid_t are unsigned: (uid_t)-1 compares as -1 once widened
     * through the signed cast below. */
    long long uid = c->uid == (uid_t)-1 ? -1 : (long long)c->uid;
    long long gid = c->gid == (gid_t)-1 ? -1 : (long long)c->gid;
    snprintf(token, sizeof token, "pid=%s,uid=%s,gid=%s", p,
             id_word(uid, (long long)geteuid(), (long long)getuid()),
             id_word(gid, (long long)getegid(), (long long)getgid()));
    return token;
}

#ifdef CRED_HAVE_SCM_CREDENTIALS
ssize_t cred_send(int fd, const struct ucred *uc, const void *data, size_t len)
{
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(struct ucred))];
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    struct iovec iov = { .iov_base = (void *)data, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (uc != NULL) {
        msg.msg_control = ctl.buf;
        msg.msg_controllen = sizeof ctl.buf;
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_CREDENTIALS;
        c->cmsg_len = CMSG_LEN(sizeof *uc);
        memcpy(CMSG_DATA(c), uc, sizeof *uc);
    }
    return sendmsg(fd, &msg, 0);
}
#endif

void cred_recv(int fd, void *buf, size_t len, int flags, struct cred_msg *m)
{
    union {
        struct cmsghdr align;
        char buf[1024];
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    memset(m, 0, sizeof *m);
    struct iovec iov = { .iov_base = buf, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    m->bytes = recvmsg(fd, &msg, flags);
    if (m->bytes < 0) {
        m->err = errno;
        return;
    }
    m->msg_flags = msg.msg_flags;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
#ifdef CRED_HAVE_SCM_CREDENTIALS
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS &&
            c->cmsg_len >= CMSG_LEN(sizeof(struct ucred))) {
            struct ucred u;
            memcpy(&u, CMSG_DATA(c), sizeof u);
            m->ncreds++;
            m->ids.pid = u.pid;
            m->ids.uid = u.uid;
            m->ids.gid = u.gid;
            m->cmsg_len = (size_t)c->cmsg_len;
            continue;
        }
#endif
        m->others++;
    }
}

pid_t cred_pidfd_pid(int pidfd)
{
#ifdef __linux__
    char path[64], line[128];
    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", pidfd);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    long pid = -1;
    while (fgets(line, sizeof line, f) != NULL)
        if (sscanf(line, "Pid: %ld", &pid) == 1)
            break;
    fclose(f);
    return (pid_t)pid;
#else
    (void)pidfd;
    return -1;
#endif
}

int cred_of_accepted(int l, pid_t child, struct cred_ids *c)
{
    int s = accept(l, NULL, NULL);
    CHECK(s);
    cred_peer(s, c);
    close(s);
    return wait_child(child, WAIT_MS);
}
