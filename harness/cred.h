/*
 * cred.h - small helpers shared by the credentials, process and seeds probes.
 *
 * cred_peer(): the peer's credentials through this OS's own interface
 * (Linux SO_PEERCRED + struct ucred; FreeBSD LOCAL_PEERCRED + struct xucred
 * with cr_pid; macOS LOCAL_PEERCRED + LOCAL_PEERPID; OpenBSD SO_PEERCRED +
 * struct sockpeercred; NetBSD LOCAL_PEEREID + struct unpcbid). The choice is
 * made on OS macros, never on #ifdef SO_PEERCRED (OpenBSD's struct differs).
 * cred_token(): the ids as a token relative to this process, never numbers.
 * cred_send()/cred_recv(): SCM_CREDENTIALS messages (Linux only).
 * cred_two_reads(): which reads carry the BSDs' SCM_CREDS/SCM_CREDS2.
 * cred_pidfd_pid(): the pid a pidfd refers to (Linux /proc fdinfo).
 * The Linux pidfd option values come from kconst.h where the C library
 * lacks them.
 */
#ifndef UDSPROBE_CRED_H
#define UDSPROBE_CRED_H

#include "probe.h"
#include "kconst.h"

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || \
    defined(__OpenBSD__) || defined(__NetBSD__)
#define CRED_HAVE_PEER 1
#endif

/* Credentials as reported: err is 0 or the errno of the query. */
struct cred_ids {
    int err;
    pid_t pid;
    uid_t uid;
    gid_t gid;
};

/* Query the peer credentials of fd; returns 0, or -1 with c->err set
 * (ENOSYS where this OS has no known interface). */
int cred_peer(int fd, struct cred_ids *c);

/* Accept the connection of the client running in child on listener l, read
 * its peer credentials into *c and close it (which lets a client blocked
 * reading it finish). Returns what wait_child() says of the child. */
int cred_of_accepted(int l, pid_t child, struct cred_ids *c);

/* "pid=P,uid=U,gid=G", or the errno name when c->err != 0. P is self
 * (getpid()), child (== child, when child > 0), 0, -1 or other; U is self
 * (geteuid()), real (getuid() when it differs from geteuid()), -1 or
 * other; G likewise with getegid()/getgid(). Returns a static buffer. */
const char *cred_token(const struct cred_ids *c, pid_t child);

#if defined(__linux__) && defined(SCM_CREDENTIALS)
#define CRED_HAVE_SCM_CREDENTIALS 1
/* sendmsg of len bytes with one SCM_CREDENTIALS message holding *uc, or no
 * control data when uc is NULL. Returns sendmsg's result, errno kept. */
ssize_t cred_send(int fd, const struct ucred *uc, const void *data, size_t len);
#endif

/* What one recvmsg returned. */
struct cred_msg {
    ssize_t bytes;        /* recvmsg result */
    int err;              /* errno when bytes < 0 */
    int ncreds;           /* SCM_CREDENTIALS messages seen */
    struct cred_ids ids;  /* the last one's ids */
    size_t cmsg_len;      /* the last one's cmsg_len */
    int others;           /* other control messages */
    int msg_flags;
};
/* recvmsg into buf/len with a control buffer large enough for a few
 * credential messages; counts SCM_CREDENTIALS (Linux) messages. */
void cred_recv(int fd, void *buf, size_t len, int flags, struct cred_msg *m);

/* cred_recv() of one message of up to 8 bytes on fd (MSG_DONTWAIT) that
 * should carry credentials: observes "recv=ERRNO" when the receive fails
 * and "creds=no" when no SCM_CREDENTIALS message came, so that on return
 * m->ids holds the credentials that arrived. */
void cred_received(int fd, struct cred_msg *m);

#ifdef SOL_LOCAL
/* The BSDs' credential options at the receiver (LOCAL_CREDS,
 * LOCAL_CREDS_PERSISTENT): on a fresh stream pair whose receiving end has
 * opt on, two one-byte writes, then two one-byte reads. "first=yes|no,
 * second=yes|no": whether a SOL_SOCKET control message of type scm
 * (SCM_CREDS, SCM_CREDS2) came with each read; "set=ERRNO" when the option
 * is refused. */
const char *cred_two_reads(int opt, int scm);
#endif

/* The pid a Linux pidfd refers to ("Pid:" in /proc/self/fdinfo), or -1. */
pid_t cred_pidfd_pid(int pidfd);

#endif
