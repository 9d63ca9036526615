/* cred.c - helpers for the credentials, process and seeds probes (see cred.h). */
#if defined(__FreeBSD__) || defined(__APPLE__)
#include <sys/param.h> /* before <sys/ucred.h> */
#include <sys/socket.h>
#include <sys/ucred.h>
#endif
#include "cred.h"
#include "cmsg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    struct cmsg_out m;
    cmsg_start(&m);
    if (uc != NULL)
        cmsg_add(&m, SOL_SOCKET, SCM_CREDENTIALS, uc, sizeof *uc);
    return cmsg_send(fd, &m, data, len, 0);
}
#endif

void cred_recv(int fd, void *buf, size_t len, int flags, struct cred_msg *m)
{
    struct cmsg_in in;
    cmsg_recv(fd, buf, len, 1024, flags, &in);
    memset(m, 0, sizeof *m);
    m->bytes = in.bytes;
    m->err = in.err;
    m->msg_flags = in.msg_flags;
    for (struct cmsghdr *c = cmsg_next(&in, NULL); c != NULL; c = cmsg_next(&in, c)) {
#ifdef CRED_HAVE_SCM_CREDENTIALS
        struct ucred u;
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS &&
            cmsg_read(c, &u, sizeof u) >= sizeof u) {
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

void cred_received(int fd, struct cred_msg *m)
{
    char buf[8];
    cred_recv(fd, buf, sizeof buf, MSG_DONTWAIT, m);
    if (m->bytes < 0)
        observe("recv=%s", errno_name(m->err));
    if (m->ncreds == 0)
        observe("creds=no");
}

#ifdef SOL_LOCAL
const char *cred_two_reads(int opt, int scm)
{
    static char token[48];
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[1], SOL_LOCAL, opt, 1) < 0) {
        snprintf(token, sizeof token, "set=%s", errno_name(errno));
        return token;
    }
    CHECK(send(sv[0], "a", 1, 0));
    CHECK(send(sv[0], "b", 1, 0));
    char b;
    struct cmsg_in first, second;
    cmsg_recv(sv[1], &b, 1, 1024, MSG_DONTWAIT, &first);
    cmsg_recv(sv[1], &b, 1, 1024, MSG_DONTWAIT, &second);
    if (first.bytes != 1 || second.bytes != 1)
        setup_failed("recvmsg");
    snprintf(token, sizeof token, "first=%s,second=%s",
             yesno(cmsg_find(&first, SOL_SOCKET, scm) != NULL),
             yesno(cmsg_find(&second, SOL_SOCKET, scm) != NULL));
    close(sv[0]);
    close(sv[1]);
    return token;
}
#endif

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
