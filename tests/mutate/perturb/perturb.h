/*
 * perturb.h - what the files of the perturbation library share (the
 * library itself is described in tests/mutate/README.md and core.c).
 *
 * Every file of the library includes this header first, because it sets
 * the feature macro the system headers must see. Everything declared here
 * is hidden: only the interposed libc calls leave perturb.so, so no name of
 * the library can collide with a name in a probe.
 */
#ifndef PERTURB_H
#define PERTURB_H

#define _DEFAULT_SOURCE

#include <errno.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

/* The layout of Linux's struct ucred (SO_PEERCRED, SCM_CREDENTIALS). */
struct linux_ucred {
    pid_t pid;
    uid_t uid;
    gid_t gid;
};

/* A pid that is neither the caller's, its child's nor 0: adding 1 would often
 * give the child's pid (forked right after its parent), which is no change. */
static inline pid_t unrelated_pid(pid_t pid)
{
    return pid ^ 0x40000000;
}

/* ioctl's request parameter: glibc declares it unsigned long, POSIX int. */
#ifdef __GLIBC__
typedef unsigned long ioctl_request;
#else
typedef int ioctl_request;
#endif

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);

#pragma GCC visibility push(hidden)

/* ---- the perturbations (modes.c) ------------------------------------------ */

/* One per row of the table in modes.c, which gives the names, the meanings
 * and the order the selftest tries them in. */
enum mode {
    M_OFF,
    M_COUNT,
    M_ERRNO_OTHER,
    M_FAIL_SUCCEEDS,
    M_LAST_FAILS,
    M_LAST_BUT_ONE_FAILS,
    M_ERRNO_EAGAIN,
    M_SOCKOPT_PLUS1,
    M_PEERCRED_ALTERED,
    M_CREDS_ALTERED,
    M_RECV_BYTE_FLIPPED,
    M_NAME_ALTERED,
    M_ADDRLEN_SHORTER,
    M_ADDRLEN_LONGER,
    M_FAMILY_ALTERED,
    M_FLAG_TRUNC,
    M_FLAG_CTRUNC,
    M_FLAG_EOR,
    M_CMSG_STRIPPED,
    M_RIGHTS_LOSE_ONE,
    M_RIGHTS_EXTRA,
    M_RIGHTS_SWAPPED,
    M_IOCTL_VALUE,
    M_FDFLAGS_FLIPPED,
    M_FLAGS_IGNORED,
    M_SETSOCKOPT_IGNORED,
    M_SETSOCKOPT_VALUE,
    M_SHUTDOWN_SWAPPED,
    M_SHUTDOWN_IGNORED,
    M_LISTEN_BACKLOG,
    M_NOSIGNAL_FORCED,
    M_SIGPIPE_EXTRA,
    M_OOB_IGNORED,
    M_PEEK_IGNORED,
    M_TRUNC_REQUEST_IGNORED,
    M_WAITALL_IGNORED,
    M_DONTWAIT_FORCED,
    M_RECV_SHORT,
    M_SEND_SHORT,
    M_SEND_CMSG_STRIPPED,
    M_REORDER,
    M_DGRAM_DROP,
    M_STAT_TYPE,
    M_STAT_PERM,
    M_PERM_IGNORED,
    M_UNLINK_IGNORED,
    M_PROC_ALTERED,
    M_BIND_NAME_CUT,
    M_CONNECT_NAME_CUT,
    M_LISTEN_IGNORED,
    M_POLL_NO_IN,
    M_POLL_NO_OUT,
    M_POLL_HUP,
    M_POLL_NO_HUP,
    M_RIGHTS_LEAKED,
    M_CLOSE_IGNORED,
    M_ABSTRACT_AS_PATH,
    M_NAMES_SWAPPED,
    M_ABSTRACT_NAME_ZEROED,
    M_DGRAM_QUEUE_SMALL,
    M_SEQPACKET_REFUSED,
    M_PROTOCOL_REFUSED,
    M_AUTOBIND_REFUSED,
    M_ABSTRACT_REFUSED,
    M_EISCONN_ENFORCED,
    M_OOB_REFUSED,
    M_SHUTDOWN_ENOTCONN,
    M_FCHMOD_REFUSED,
    M_UNLINK_DISCONNECTS,
};

/* The perturbation called name, or M_OFF when there is none. */
enum mode mode_named(const char *name);
/* Every perturbation's name and meaning, one a line, on stderr. */
void list_modes(void);

/* ---- this process (core.c) ------------------------------------------------ */

extern enum mode mode; /* the active perturbation; M_OFF outside probes */
extern pid_t main_pid; /* the probe's main process */

/* Writes text to stderr (never stdout, which carries the probe's result). */
void say(const char *text);

/* ---- counting calls, last_fails (count.c) --------------------------------- */

/* last_fails: takes this probe's call count from UDSPROBE_PERTURB_COUNTS. */
void load_target(void);
/* A call succeeded: count it (main process only). Returns 1 when the
 * last_fails perturbations turn it into a failure. */
int success_fails(void);

/* ---- the real functions (real.c) ------------------------------------------ */

/* The libc functions the wrappers reach past themselves, as
 * X(return type, name, parameter types); each is kept in real_NAME. */
#define PERTURB_REAL_FUNCTIONS(X)                                                         \
    X(int, socket, (int, int, int))                                                     \
    X(int, socketpair, (int, int, int, int *))                                          \
    X(int, bind, (int, const struct sockaddr *, socklen_t))                             \
    X(int, connect, (int, const struct sockaddr *, socklen_t))                          \
    X(int, listen, (int, int))                                                          \
    X(int, accept, (int, struct sockaddr *, socklen_t *))                               \
    X(int, accept4, (int, struct sockaddr *, socklen_t *, int))                         \
    X(ssize_t, send, (int, const void *, size_t, int))                                  \
    X(ssize_t, sendto, (int, const void *, size_t, int, const struct sockaddr *, socklen_t)) \
    X(ssize_t, sendmsg, (int, const struct msghdr *, int))                              \
    X(ssize_t, recv, (int, void *, size_t, int))                                        \
    X(ssize_t, recvfrom, (int, void *, size_t, int, struct sockaddr *, socklen_t *))    \
    X(ssize_t, recvmsg, (int, struct msghdr *, int))                                    \
    X(ssize_t, read, (int, void *, size_t))                                             \
    X(ssize_t, write, (int, const void *, size_t))                                      \
    X(int, getsockopt, (int, int, int, void *, socklen_t *))                            \
    X(int, setsockopt, (int, int, int, const void *, socklen_t))                        \
    X(int, getsockname, (int, struct sockaddr *, socklen_t *))                          \
    X(int, getpeername, (int, struct sockaddr *, socklen_t *))                          \
    X(int, shutdown, (int, int))                                                        \
    X(int, sockatmark, (int))                                                           \
    X(int, close, (int))                                                                \
    X(int, poll, (struct pollfd *, nfds_t, int))                                        \
    X(int, fcntl, (int, int, ...))                                                      \
    X(int, ioctl, (int, ioctl_request, ...))                                            \
    X(int, open, (const char *, int, ...))                                              \
    X(int, unlink, (const char *))                                                      \
    X(int, chmod, (const char *, mode_t))                                               \
    X(int, fchmod, (int, mode_t))                                                       \
    X(int, chown, (const char *, uid_t, gid_t))                                         \
    X(int, fchown, (int, uid_t, gid_t))                                                 \
    X(mode_t, umask, (mode_t))                                                          \
    X(int, stat, (const char *, struct stat *))                                         \
    X(int, lstat, (const char *, struct stat *))                                        \
    X(int, fstat, (int, struct stat *))                                                 \
    X(FILE *, fopen, (const char *, const char *))

#define REAL_DECLARE(ret, name, params) extern ret(*real_##name) params;
PERTURB_REAL_FUNCTIONS(REAL_DECLARE)
#undef REAL_DECLARE

/* Stores in *slot the address of the next definition of name after this
 * library's, or NULL. */
void resolve_real(void *slot, const char *name);

/* Look the real function up on first use (a wrapper may run before this
 * library's constructor); fail with ENOSYS when it cannot be found. */
#define NEED(name, fail)                                  \
    do {                                                  \
        if (real_##name == NULL)                          \
            resolve_real(&real_##name, #name);            \
        if (real_##name == NULL) {                        \
            errno = ENOSYS;                               \
            return fail;                                  \
        }                                                 \
    } while (0)

/* ---- what a descriptor is (descriptor.c) ---------------------------------- */

/* Each keeps errno. */
int is_unix(int fd);   /* is fd an AF_UNIX socket? */
int sock_type(int fd); /* SOCK_STREAM, SOCK_DGRAM, ... or -1 */
int has_peer(int fd);  /* is fd connected to a peer? */
/* Puts a descriptor of /dev/null in place of fd, keeping its FD_CLOEXEC. */
void swap_for_dev_null(int fd);

/* The descriptors whose state the library tracks: 0 .. TRACKED_FDS - 1. */
#define TRACKED_FDS 1024

/* ---- the common ends of calls (finish.c) ---------------------------------- */

/* EINTR, EAGAIN and EINPROGRESS: failures that no perturbation touches. */
int transient(int e);
/* A call failed: change its errno as the perturbation says. Returns 1 when
 * the failure is to be reported as a success instead. */
int failure_succeeds(void);
/* The end of a call that returns 0 or -1. */
int finish(int rc);
/* The end of a call that returns a count; success_value stands in for a
 * failure that is to succeed. */
ssize_t finish_count(ssize_t rc, ssize_t success_value);
/* The end of a call that returns a value >= 0 or -1 (ioctl, sockatmark). */
int finish_value(int rc);
/* The end of a call that returns a new descriptor. */
int finish_fd(int rc);

/* ---- addresses (address.c) ------------------------------------------------ */

/* An AF_UNIX address returned to the caller in a buffer of cap bytes, with
 * *len its reported length, bent as the perturbation says. */
void alter_address(struct sockaddr *sa, socklen_t *len, socklen_t cap);
/* An address given to bind (for_bind) or to connect/sendto, as the
 * perturbation rewrites it: the address to pass (copy, or sa unchanged),
 * with *len updated. */
const void *rewrite_name(const void *sa, socklen_t *len, struct sockaddr_un *copy, int for_bind);
/* The errno with which an address given to bind (for_bind), connect or
 * sendto on fd is refused, or 0. */
int refused_address(int fd, const struct sockaddr *sa, socklen_t len, int for_bind);

/* ---- control messages (control.c) ----------------------------------------- */

/* What recvmsg delivered, bent as the perturbation says. */
void alter_received(struct msghdr *m, int flags);
/* rights_leaked: an extra reference to every descriptor m sends. */
void leak_rights(const struct msghdr *m);

/* ---- flags (flags.c) ------------------------------------------------------ */

int recv_flags(int flags);
int send_flags(int flags);
int type_flags(int type); /* the type of socket, socketpair; accept4's flags */
/* oob_refused: 1 when a send or receive with these flags fails (errno set). */
int refused_flags(int flags);

/* ---- lengths (lengths.c) -------------------------------------------------- */

size_t shorter(size_t len); /* one byte less, but not below 1 */
/* recv_short: one byte less than is queued, or than the buffer holds. */
size_t short_len(int fd, size_t len);
size_t iov_total(const struct msghdr *m);
/* A copy of the iovec array that holds at most keep bytes; NULL when
 * nothing is to be cut or there is no memory. */
struct iovec *limited_iov(const struct msghdr *m, size_t keep);

/* ---- messages that vanish or come late (send_order.c) ----------------------- */

/* dgram_drop: is this send on a datagram or record socket to vanish? */
int dropped(int fd);
/* reorder: keep the first message this process sends; 1 when it was kept. */
int held_back(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
              socklen_t tolen);
/* reorder: after the next message went out, the held one follows. */
void send_held(void);
/* reorder: fd is about to be closed; a message held for it goes out first. */
void send_held_before_close(int fd);

/* ---- a small datagram queue (queue.c) ------------------------------------- */

/* dgram_queue_small: does this send find the queue full? Then errno is
 * EAGAIN. */
int queue_full(int fd, int flags);
/* fd was closed or made anew: its queue is empty. */
void forget_fd(int fd);

#pragma GCC visibility pop

#endif
