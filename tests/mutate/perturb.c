/*
 * perturb.c - an LD_PRELOAD library that makes the OS misbehave in one
 * chosen, plausible way, so that `make selftest` can show every probe
 * noticing (see tests/mutate/README.md).
 *
 * A probe must be able to report another value when the OS behaves
 * differently. This library plays that other OS: it interposes the libc
 * calls probes make on sockets (and a few file calls on socket files) and,
 * as UDSPROBE_PERTURB says, bends their results: a different errno, a
 * dropped datagram, a flag cleared, a credential off by one.
 *
 * It acts only in probe processes, which the runner marks with
 * UDSPROBE_SCRATCH, so the runner that loads it too is never touched.
 * read, write, poll, close, ioctl and fcntl are bent only on AF_UNIX
 * sockets (never on the pipes and files a probe also uses); the socket
 * calls themselves on whatever they are given. It never writes to
 * standard output, which carries the probes' results.
 *
 * UDSPROBE_PERTURB=list writes every perturbation's name and meaning to
 * standard error and exits. It needs dlsym(RTLD_NEXT) and calls that
 * reach libc through the dynamic linker: Linux with glibc or musl, probes
 * linked dynamically and built without _FORTIFY_SOURCE (which routes
 * read/recv/poll through __*_chk entry points this library does not see).
 */
#define _DEFAULT_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>
#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#endif

/* Linux names that a libc may not declare without _GNU_SOURCE. */
#if defined(__linux__)
#ifndef SCM_CREDENTIALS
#define SCM_CREDENTIALS 0x02
#endif
#ifndef SCM_PIDFD
#define SCM_PIDFD 0x04
#endif
#if !defined(SIOCUNIXFILE) && defined(SIOCPROTOPRIVATE)
#define SIOCUNIXFILE (SIOCPROTOPRIVATE + 0)
#endif
/* 77 on the asm-generic architectures only (as in harness/cred.h). */
#if !defined(SO_PEERPIDFD) && (defined(__x86_64__) || defined(__aarch64__) || \
                               defined(__riscv) || defined(__i386__) || defined(__arm__))
#define SO_PEERPIDFD 77
#endif
#endif
#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

/* The layout of Linux's struct ucred (SO_PEERCRED, SCM_CREDENTIALS). */
struct linux_ucred {
    pid_t pid;
    uid_t uid;
    gid_t gid;
};

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);

/* ---- the perturbations ------------------------------------------------- */

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

/* In the order the selftest tries them: specific misbehaviours first (the
 * ones that reach many probes at the front), blunt ones last. */
static const struct {
    const char *name;
    enum mode mode;
    const char *what;
} modes[] = {
    { "none", M_OFF, "nothing changes" },
    { "count", M_COUNT, "nothing changes; at exit the calls made are counted on stderr" },
    { "errno_other", M_ERRNO_OTHER,
      "every failing call reports another errno (EPROTO, or EIO for EPROTO); EINTR, EAGAIN "
      "and EINPROGRESS are kept" },
    { "errno_eagain", M_ERRNO_EAGAIN, "EAGAIN/EWOULDBLOCK is reported as ENOBUFS" },
    { "sockopt_plus1", M_SOCKOPT_PLUS1, "getsockopt of an int option reports the value + 1" },
    { "peercred_altered", M_PEERCRED_ALTERED,
      "SO_PEERCRED pid/uid/gid + 1, SO_PEERGROUPS first gid + 1, SO_PEERSEC first byte "
      "changed, SO_PEERPIDFD a descriptor of /dev/null" },
    { "creds_altered", M_CREDS_ALTERED, "received SCM_CREDENTIALS pid/uid/gid + 1" },
    { "recv_byte_flipped", M_RECV_BYTE_FLIPPED, "the first byte received has its low bit flipped" },
    { "name_altered", M_NAME_ALTERED,
      "addresses returned by getsockname, getpeername, accept, recvfrom and recvmsg have "
      "their last name byte changed" },
    { "addrlen_shorter", M_ADDRLEN_SHORTER, "returned address lengths are 1 smaller" },
    { "addrlen_longer", M_ADDRLEN_LONGER,
      "returned address lengths are 1 larger (while within the caller's buffer); an empty "
      "address becomes a bare AF_UNIX family" },
    { "family_altered", M_FAMILY_ALTERED, "returned AF_UNIX addresses say AF_UNSPEC" },
    { "flag_trunc", M_FLAG_TRUNC, "recvmsg flips MSG_TRUNC in msg_flags" },
    { "flag_ctrunc", M_FLAG_CTRUNC, "recvmsg flips MSG_CTRUNC in msg_flags" },
    { "flag_eor", M_FLAG_EOR, "recvmsg flips MSG_EOR in msg_flags" },
    { "cmsg_stripped", M_CMSG_STRIPPED,
      "recvmsg delivers no control data (received descriptors are closed)" },
    { "rights_lose_one", M_RIGHTS_LOSE_ONE, "the last received SCM_RIGHTS descriptor is closed and "
      "left out" },
    { "rights_extra", M_RIGHTS_EXTRA,
      "an SCM_RIGHTS message with room in its padding gets one more descriptor (/dev/null)" },
    { "rights_swapped", M_RIGHTS_SWAPPED,
      "received SCM_RIGHTS and SCM_PIDFD descriptors refer to /dev/null instead" },
    { "ioctl_value", M_IOCTL_VALUE,
      "FIONREAD/SIOCINQ and SIOCOUTQ report + 1, SIOCATMARK and sockatmark() the opposite, "
      "SIOCUNIXFILE a descriptor of /dev/null" },
    { "fdflags_flipped", M_FDFLAGS_FLIPPED,
      "fcntl F_GETFL reports O_NONBLOCK flipped, F_GETFD FD_CLOEXEC flipped" },
    { "flags_ignored", M_FLAGS_IGNORED,
      "SOCK_NONBLOCK/SOCK_CLOEXEC (socket, socketpair, accept4) and MSG_CMSG_CLOEXEC are "
      "ignored" },
    { "setsockopt_ignored", M_SETSOCKOPT_IGNORED, "setsockopt reports success and does nothing" },
    { "setsockopt_value", M_SETSOCKOPT_VALUE,
      "setsockopt of an int sets 1 for 0, 0 for 1, twice the value otherwise" },
    { "shutdown_swapped", M_SHUTDOWN_SWAPPED, "shutdown swaps SHUT_RD and SHUT_WR" },
    { "shutdown_ignored", M_SHUTDOWN_IGNORED, "shutdown reports success and does nothing" },
    { "listen_backlog", M_LISTEN_BACKLOG, "listen gets a backlog 2 larger" },
    { "nosignal_forced", M_NOSIGNAL_FORCED, "sends on AF_UNIX sockets never raise SIGPIPE" },
    { "sigpipe_extra", M_SIGPIPE_EXTRA, "a send that fails with EPIPE raises SIGPIPE (again)" },
    { "oob_ignored", M_OOB_IGNORED, "MSG_OOB is ignored by send and recv" },
    { "peek_ignored", M_PEEK_IGNORED, "MSG_PEEK is ignored: the data is consumed" },
    { "trunc_request_ignored", M_TRUNC_REQUEST_IGNORED, "MSG_TRUNC in recv flags is ignored" },
    { "waitall_ignored", M_WAITALL_IGNORED, "MSG_WAITALL is ignored" },
    { "dontwait_forced", M_DONTWAIT_FORCED, "every receive is non-blocking" },
    { "recv_short", M_RECV_SHORT,
      "receives take one byte less than is queued (or than the buffer holds): short reads, "
      "truncated datagrams" },
    { "send_short", M_SEND_SHORT, "sends pass one byte less than asked (a short write)" },
    { "send_cmsg_stripped", M_SEND_CMSG_STRIPPED, "sendmsg sends no control data" },
    { "reorder", M_REORDER,
      "the first message a process sends without control data is held back and sent after "
      "the next one" },
    { "dgram_drop", M_DGRAM_DROP,
      "every other datagram or record sent (the 1st, 3rd, ...) reports success but is not sent" },
    { "stat_type", M_STAT_TYPE, "stat/lstat/fstat report a socket as a FIFO" },
    { "stat_perm", M_STAT_PERM, "stat/lstat/fstat report group and other write bits flipped" },
    { "perm_ignored", M_PERM_IGNORED, "chmod, fchmod, chown, fchown and umask have no effect" },
    { "unlink_ignored", M_UNLINK_IGNORED, "unlink reports success and does nothing" },
    { "proc_altered", M_PROC_ALTERED, "every number read from a /proc file with fopen is + 1" },
    { "bind_name_cut", M_BIND_NAME_CUT, "bind drops the last byte of the name" },
    { "connect_name_cut", M_CONNECT_NAME_CUT, "connect and sendto drop the last byte of the name" },
    { "listen_ignored", M_LISTEN_IGNORED, "listen reports success and does nothing" },
    { "poll_no_in", M_POLL_NO_IN, "poll never reports POLLIN/POLLRDNORM on AF_UNIX sockets" },
    { "poll_no_out", M_POLL_NO_OUT, "poll never reports POLLOUT/POLLWRNORM on AF_UNIX sockets" },
    { "poll_hup", M_POLL_HUP, "poll always reports POLLHUP on AF_UNIX sockets" },
    { "poll_no_hup", M_POLL_NO_HUP, "poll never reports POLLHUP/POLLRDHUP on AF_UNIX sockets" },
    { "rights_leaked", M_RIGHTS_LEAKED,
      "descriptors sent with SCM_RIGHTS keep an extra reference in the sender forever" },
    { "abstract_as_path", M_ABSTRACT_AS_PATH,
      "bind, connect and sendto treat an abstract name as a relative pathname (the leading "
      "NUL ignored)" },
    { "names_swapped", M_NAMES_SWAPPED,
      "on a connected socket getsockname reports the peer's name and getpeername its own" },
    { "abstract_name_zeroed", M_ABSTRACT_NAME_ZEROED,
      "returned abstract names have every byte after the leading NUL reported as '0'" },
    { "dgram_queue_small", M_DGRAM_QUEUE_SMALL,
      "a non-blocking datagram socket takes 8 sends, then reports EAGAIN" },
    { "seqpacket_refused", M_SEQPACKET_REFUSED,
      "socket and socketpair refuse SOCK_SEQPACKET with EPROTONOSUPPORT (as macOS does)" },
    { "protocol_refused", M_PROTOCOL_REFUSED,
      "socket and socketpair refuse a protocol other than 0 with EPROTONOSUPPORT" },
    { "autobind_refused", M_AUTOBIND_REFUSED,
      "bind with no name bytes (an autobind request) fails with EINVAL" },
    { "abstract_refused", M_ABSTRACT_REFUSED,
      "bind, connect and sendto refuse a name with a leading NUL with ENOENT" },
    { "eisconn_enforced", M_EISCONN_ENFORCED,
      "sendto/sendmsg with an address on a connected socket fail with EISCONN" },
    { "oob_refused", M_OOB_REFUSED, "send and recv with MSG_OOB fail with EOPNOTSUPP" },
    { "shutdown_enotconn", M_SHUTDOWN_ENOTCONN,
      "shutdown of a socket without a peer fails with ENOTCONN" },
    { "fchmod_refused", M_FCHMOD_REFUSED, "fchmod of a socket fails with EINVAL" },
    { "unlink_disconnects", M_UNLINK_DISCONNECTS,
      "unlink of a socket's path resets the process's sockets bound to it (unbound, not "
      "listening, queue gone)" },
    { "close_ignored", M_CLOSE_IGNORED,
      "close of an AF_UNIX socket reports success and does nothing" },
    /* The blunt ones last: they prove what no specific misbehaviour reached. */
    { "fail_succeeds", M_FAIL_SUCCEEDS,
      "every failing call reports success instead (send: all bytes; recv: 0)" },
    { "last_fails", M_LAST_FAILS,
      "the last successful call the probe's main process makes (as counted by 'count') "
      "fails with EIO" },
    { "last_but_one_fails", M_LAST_BUT_ONE_FAILS,
      "the successful call before that one fails with EIO" },
};

static enum mode mode;
static pid_t main_pid;
static long calls;  /* successful calls made by the main process */
static long target; /* the probe's call count, for last_fails */

/* ---- the real functions ------------------------------------------------ */

#define REAL_DECL(ret, name, params) static ret(*real_##name) params

REAL_DECL(int, socket, (int, int, int));
REAL_DECL(int, socketpair, (int, int, int, int *));
REAL_DECL(int, bind, (int, const struct sockaddr *, socklen_t));
REAL_DECL(int, connect, (int, const struct sockaddr *, socklen_t));
REAL_DECL(int, listen, (int, int));
REAL_DECL(int, accept, (int, struct sockaddr *, socklen_t *));
REAL_DECL(int, accept4, (int, struct sockaddr *, socklen_t *, int));
REAL_DECL(ssize_t, send, (int, const void *, size_t, int));
REAL_DECL(ssize_t, sendto, (int, const void *, size_t, int, const struct sockaddr *, socklen_t));
REAL_DECL(ssize_t, sendmsg, (int, const struct msghdr *, int));
REAL_DECL(ssize_t, recv, (int, void *, size_t, int));
REAL_DECL(ssize_t, recvfrom, (int, void *, size_t, int, struct sockaddr *, socklen_t *));
REAL_DECL(ssize_t, recvmsg, (int, struct msghdr *, int));
REAL_DECL(ssize_t, read, (int, void *, size_t));
REAL_DECL(ssize_t, write, (int, const void *, size_t));
REAL_DECL(int, getsockopt, (int, int, int, void *, socklen_t *));
REAL_DECL(int, setsockopt, (int, int, int, const void *, socklen_t));
REAL_DECL(int, getsockname, (int, struct sockaddr *, socklen_t *));
REAL_DECL(int, getpeername, (int, struct sockaddr *, socklen_t *));
REAL_DECL(int, shutdown, (int, int));
REAL_DECL(int, sockatmark, (int));
REAL_DECL(int, close, (int));
REAL_DECL(int, poll, (struct pollfd *, nfds_t, int));
REAL_DECL(int, fcntl, (int, int, ...));
#ifdef __GLIBC__
REAL_DECL(int, ioctl, (int, unsigned long, ...));
#else
REAL_DECL(int, ioctl, (int, int, ...));
#endif
REAL_DECL(int, open, (const char *, int, ...));
REAL_DECL(int, unlink, (const char *));
REAL_DECL(int, chmod, (const char *, mode_t));
REAL_DECL(int, fchmod, (int, mode_t));
REAL_DECL(int, chown, (const char *, uid_t, gid_t));
REAL_DECL(int, fchown, (int, uid_t, gid_t));
REAL_DECL(mode_t, umask, (mode_t));
REAL_DECL(int, stat, (const char *, struct stat *));
REAL_DECL(int, lstat, (const char *, struct stat *));
REAL_DECL(int, fstat, (int, struct stat *));
REAL_DECL(FILE *, fopen, (const char *, const char *));

/* dlsym returns an object pointer; its bytes are the function's address. */
static void resolve(void *slot, const char *name)
{
    void *p = dlsym(RTLD_NEXT, name);
    memcpy(slot, &p, sizeof p);
}

/* Look the real function up on first use (a wrapper may run before this
 * library's constructor); fail with ENOSYS when it cannot be found. */
#define NEED(name, fail)                                  \
    do {                                                  \
        if (real_##name == NULL)                          \
            resolve(&real_##name, #name);                 \
        if (real_##name == NULL) {                        \
            errno = ENOSYS;                               \
            return fail;                                  \
        }                                                 \
    } while (0)

/* ---- set-up -------------------------------------------------------------- */

static void say(const char *text)
{
    NEED(write, );
    if (real_write(2, text, strlen(text)) < 0) {
        /* nowhere left to report to */
    }
}

/* The probe's ID is its argv[0] (the runner execs it so). */
static void own_id(char *buf, size_t size)
{
    buf[0] = '\0';
    NEED(fopen, );
    FILE *f = real_fopen("/proc/self/cmdline", "r");
    if (f == NULL)
        return;
    size_t n = fread(buf, 1, size - 1, f);
    fclose(f);
    buf[n] = '\0';
}

/* last_fails: the count for this probe from UDSPROBE_PERTURB_COUNTS, a file
 * of "ID COUNT" lines written from a run with the count perturbation. */
static long count_for_me(void)
{
    const char *path = getenv("UDSPROBE_PERTURB_COUNTS");
    char id[512], line[600];
    if (path == NULL)
        return 0;
    own_id(id, sizeof id);
    NEED(fopen, 0);
    FILE *f = real_fopen(path, "r");
    if (f == NULL)
        return 0;
    long found = 0;
    size_t idlen = strlen(id);
    while (found == 0 && idlen > 0 && fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, id, idlen) == 0 && line[idlen] == ' ')
            found = strtol(line + idlen + 1, NULL, 10);
    fclose(f);
    return found;
}

static void list_modes(void)
{
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        say(modes[i].name);
        say("\t");
        say(modes[i].what);
        say("\n");
    }
}

__attribute__((constructor)) static void perturb_init(void)
{
    const char *name = getenv("UDSPROBE_PERTURB");
    const char *scratch = getenv("UDSPROBE_SCRATCH");
    if (name != NULL && strcmp(name, "list") == 0) {
        list_modes();
        _exit(0);
    }
    if (name == NULL || scratch == NULL || *scratch == '\0')
        return;
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(name, modes[i].name) == 0)
            mode = modes[i].mode;
    if (mode == M_OFF && strcmp(name, "none") != 0) {
        say("perturb: unknown UDSPROBE_PERTURB value\n");
        _exit(125);
    }
    main_pid = getpid();
    if (mode == M_LAST_FAILS || mode == M_LAST_BUT_ONE_FAILS)
        target = count_for_me();
}

__attribute__((destructor)) static void perturb_fini(void)
{
    char id[512], text[640];
    if (mode != M_COUNT || getpid() != main_pid)
        return;
    own_id(id, sizeof id);
    snprintf(text, sizeof text, "perturb-count %s %ld\n", id, calls);
    say(text);
}

/* ---- what a descriptor is ------------------------------------------------ */

/* Is fd an AF_UNIX socket? errno is kept. */
static int is_unix(int fd)
{
    int saved = errno;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    NEED(getsockname, 0);
    memset(&ss, 0, sizeof ss);
    int yes = real_getsockname(fd, (struct sockaddr *)&ss, &len) == 0 && ss.ss_family == AF_UNIX;
    errno = saved;
    return yes;
}

/* SOCK_STREAM, SOCK_DGRAM, ... or -1. errno is kept. */
static int sock_type(int fd)
{
    int saved = errno, type = -1;
    socklen_t len = sizeof type;
    NEED(getsockopt, -1);
    if (real_getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
        type = -1;
    errno = saved;
    return type;
}

/* dgram_queue_small: datagrams sent through each descriptor, counted for
 * non-blocking sends; reset when the descriptor is closed or made anew. */
#define TRACKED_FDS 1024
#define SMALL_QUEUE 8
static unsigned char dgrams_sent[TRACKED_FDS];

static void forget_fd(int fd)
{
    if (fd >= 0 && fd < TRACKED_FDS)
        dgrams_sent[fd] = 0;
}

/* ---- the common ends of calls -------------------------------------------- */

static int transient(int e)
{
    return e == EINTR || e == EAGAIN || e == EWOULDBLOCK || e == EINPROGRESS;
}

/* A call failed: change its errno as the perturbation says. Returns 1 when
 * the failure is to be reported as a success instead. */
static int failure_succeeds(void)
{
    int e = errno;
    if (mode == M_ERRNO_OTHER && !transient(e))
        errno = e == EPROTO ? EIO : EPROTO;
    if (mode == M_ERRNO_EAGAIN && (e == EAGAIN || e == EWOULDBLOCK))
        errno = ENOBUFS;
    return mode == M_FAIL_SUCCEEDS && !transient(e);
}

/* A call succeeded: count it (main process only). Returns 1 when the
 * last_fails perturbations turn it into a failure. */
static int success_fails(void)
{
    if (mode == M_OFF || getpid() != main_pid)
        return 0;
    calls++;
    return (mode == M_LAST_FAILS && calls == target) ||
           (mode == M_LAST_BUT_ONE_FAILS && calls == target - 1);
}

/* The end of a call that returns 0 or -1. */
static int finish(int rc)
{
    if (mode == M_OFF)
        return rc;
    if (rc < 0)
        return failure_succeeds() ? 0 : -1;
    if (success_fails()) {
        errno = EIO;
        return -1;
    }
    return rc;
}

/* The end of a call that returns a count; success_value stands in for a
 * failure that is to succeed. */
static ssize_t finish_count(ssize_t rc, ssize_t success_value)
{
    if (mode == M_OFF)
        return rc;
    if (rc < 0)
        return failure_succeeds() ? success_value : -1;
    if (success_fails()) {
        errno = EIO;
        return -1;
    }
    return rc;
}

/* The end of a call that returns a value >= 0 or -1 (ioctl, sockatmark). */
static int finish_value(int rc)
{
    if (finish(rc < 0 ? -1 : 0) < 0)
        return -1;
    return rc < 0 ? 0 : rc;
}

/* The end of a call that returns a new descriptor. */
static int finish_fd(int rc)
{
    if (mode == M_OFF)
        return rc;
    forget_fd(rc);
    if (rc < 0) {
        failure_succeeds();
        return -1;
    }
    if (success_fails()) {
        NEED(close, -1);
        real_close(rc);
        errno = EIO;
        return -1;
    }
    return rc;
}

/* A descriptor of /dev/null put in place of fd, keeping its FD_CLOEXEC. */
static void swap_for_dev_null(int fd)
{
    int saved = errno;
    NEED(open, );
    NEED(fcntl, );
    NEED(close, );
    int fl = real_fcntl(fd, F_GETFD);
    int n = real_open("/dev/null", O_RDWR);
    if (n >= 0 && n != fd) {
        dup2(n, fd);
        real_close(n);
        if (fl >= 0)
            real_fcntl(fd, F_SETFD, fl);
    }
    errno = saved;
}

/* ---- addresses ------------------------------------------------------------ */

/* An AF_UNIX address returned to the caller in a buffer of cap bytes, with
 * *len its reported length. */
static void alter_address(struct sockaddr *sa, socklen_t *len, socklen_t cap)
{
    size_t off = offsetof(struct sockaddr_un, sun_path);
    if (len == NULL)
        return;
    if (mode == M_ADDRLEN_LONGER && *len == 0 && sa != NULL && cap >= sizeof(sa_family_t)) {
        sa->sa_family = AF_UNIX;
        *len = sizeof(sa_family_t);
        return;
    }
    if (sa == NULL || len == NULL || cap < sizeof(sa_family_t) || sa->sa_family != AF_UNIX)
        return;
    socklen_t shown = *len < cap ? *len : cap;
    if (mode == M_ADDRLEN_SHORTER && *len > 0)
        *len -= 1;
    if (mode == M_ADDRLEN_LONGER && *len < cap)
        *len += 1;
    if (mode == M_FAMILY_ALTERED)
        sa->sa_family = AF_UNSPEC;
    if (mode == M_NAME_ALTERED && shown > off) {
        char *name = ((struct sockaddr_un *)sa)->sun_path;
        size_t n = shown - off;
        size_t last = name[0] != '\0' ? strnlen(name, n) : n;
        if (last > 0)
            name[last - 1] = name[last - 1] == 'Z' ? 'Y' : 'Z';
    }
    if (mode == M_ABSTRACT_NAME_ZEROED && shown > off + 1) {
        char *name = ((struct sockaddr_un *)sa)->sun_path;
        if (name[0] == '\0')
            memset(name + 1, '0', shown - off - 1);
    }
}

/* An address given to bind (for_bind) or to connect/sendto, as the
 * perturbation rewrites it: the address to pass (copy, or sa unchanged),
 * with *len updated. bind_name_cut and connect_name_cut drop the last byte
 * of the name; abstract_as_path turns "\0name" into the path "name". */
static const void *rewrite_name(const void *sa, socklen_t *len, struct sockaddr_un *copy,
                                int for_bind)
{
    size_t off = offsetof(struct sockaddr_un, sun_path);
    int cut = mode == (for_bind ? M_BIND_NAME_CUT : M_CONNECT_NAME_CUT);
    if ((!cut && mode != M_ABSTRACT_AS_PATH) || sa == NULL || *len <= off + 1 ||
        *len > sizeof *copy || ((const struct sockaddr *)sa)->sa_family != AF_UNIX)
        return sa;
    memcpy(copy, sa, *len);
    size_t n = *len - off;
    if (mode == M_ABSTRACT_AS_PATH) {
        if (copy->sun_path[0] != '\0')
            return sa;
        memmove(copy->sun_path, copy->sun_path + 1, n - 1);
        copy->sun_path[n - 1] = '\0';
        *len = (socklen_t)(off + strlen(copy->sun_path) + 1);
        return copy;
    }
    if (copy->sun_path[0] != '\0') {
        size_t pl = strnlen(copy->sun_path, n);
        if (pl < 2)
            return sa;
        copy->sun_path[pl - 1] = '\0';
    }
    *len -= 1;
    return copy;
}

/* ---- control messages ----------------------------------------------------- */

/* How many ints a control message carries, within the control buffer. */
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

/* What recvmsg delivered, bent as the perturbation says. */
static void alter_received(struct msghdr *m, int flags)
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
            u.pid += 1;
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

/* ---- flags ---------------------------------------------------------------- */

static int recv_flags(int flags)
{
    if (mode == M_PEEK_IGNORED)
        flags &= ~MSG_PEEK;
    if (mode == M_WAITALL_IGNORED)
        flags &= ~MSG_WAITALL;
    if (mode == M_TRUNC_REQUEST_IGNORED)
        flags &= ~MSG_TRUNC;
    if (mode == M_OOB_IGNORED)
        flags &= ~MSG_OOB;
    if (mode == M_DONTWAIT_FORCED)
        flags |= MSG_DONTWAIT;
    if (mode == M_FLAGS_IGNORED)
        flags &= ~MSG_CMSG_CLOEXEC;
    return flags;
}

static int send_flags(int flags)
{
    if (mode == M_OOB_IGNORED)
        flags &= ~MSG_OOB;
    if (mode == M_NOSIGNAL_FORCED)
        flags |= MSG_NOSIGNAL;
    return flags;
}

static int type_flags(int type)
{
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    if (mode == M_FLAGS_IGNORED)
        type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    return type;
}

static size_t shorter(size_t len)
{
    return len > 1 ? len - 1 : len;
}

/* recv_short: one byte less than is queued, or than the buffer holds. */
static size_t short_len(int fd, size_t len)
{
    int saved = errno, queued = 0;
    NEED(ioctl, shorter(len));
    int rc = real_ioctl(fd, FIONREAD, &queued);
    errno = saved;
    if (rc == 0 && queued > 1 && (size_t)queued <= len)
        return (size_t)queued - 1;
    return shorter(len);
}

/* oob_refused: a send or receive with MSG_OOB fails (errno set). */
static int refused_flags(int flags)
{
    if (mode == M_OOB_REFUSED && (flags & MSG_OOB)) {
        errno = EOPNOTSUPP;
        return 1;
    }
    return 0;
}

/* Is fd connected to a peer? errno is kept. */
static int has_peer(int fd)
{
    int saved = errno;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    NEED(getpeername, 0);
    int yes = real_getpeername(fd, (struct sockaddr *)&ss, &len) == 0;
    errno = saved;
    return yes;
}

/* The errno with which an address given to bind (for_bind), connect or
 * sendto on fd is refused, or 0. */
static int refused_address(int fd, const struct sockaddr *sa, socklen_t len, int for_bind)
{
    size_t off = offsetof(struct sockaddr_un, sun_path);
    if (sa == NULL)
        return 0;
    if (mode == M_AUTOBIND_REFUSED && for_bind && len <= off)
        return EINVAL;
    if (mode == M_ABSTRACT_REFUSED && len > off && sa->sa_family == AF_UNIX &&
        ((const struct sockaddr_un *)sa)->sun_path[0] == '\0')
        return ENOENT;
    if (mode == M_EISCONN_ENFORCED && !for_bind && fd >= 0 && has_peer(fd))
        return EISCONN;
    return 0;
}

/* The errno with which socket/socketpair refuse type and protocol, or 0. */
static int refused_socket(int type, int protocol)
{
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    if (mode == M_SEQPACKET_REFUSED && type == SOCK_SEQPACKET)
        return EPROTONOSUPPORT;
    if (mode == M_PROTOCOL_REFUSED && protocol != 0)
        return EPROTONOSUPPORT;
    return 0;
}

/* ---- sending ---------------------------------------------------------------- */

/* reorder: the one message held back, sent after the next one. */
static struct {
    int fd;
    void *data;
    size_t len;
    int flags;
    struct sockaddr_storage to;
    socklen_t tolen;
    int used; /* a message was held already (only the first one is) */
} held = { -1, NULL, 0, 0, { 0 }, 0, 0 };

/* dgram_drop: datagrams and records sent so far by this process. */
static unsigned long records_sent;

/* dgram_drop: is this send on a datagram or record socket to vanish? */
static int dropped(int fd)
{
    if (mode != M_DGRAM_DROP)
        return 0;
    int type = sock_type(fd);
    return (type == SOCK_DGRAM || type == SOCK_SEQPACKET) && records_sent++ % 2 == 0;
}

/* Does this send find the small queue full? Then errno is EAGAIN. */
static int queue_full(int fd, int flags)
{
    if (mode != M_DGRAM_QUEUE_SMALL || fd < 0 || fd >= TRACKED_FDS || sock_type(fd) != SOCK_DGRAM)
        return 0;
    NEED(fcntl, 0);
    int fl = real_fcntl(fd, F_GETFL);
    if (!(flags & MSG_DONTWAIT) && (fl < 0 || !(fl & O_NONBLOCK)))
        return 0;
    if (dgrams_sent[fd] >= SMALL_QUEUE) {
        errno = EAGAIN;
        return 1;
    }
    dgrams_sent[fd]++;
    return 0;
}

/* reorder: keep the first message this process sends; 1 when it was kept. */
static int held_back(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
                     socklen_t tolen)
{
    if (mode != M_REORDER || held.used || !is_unix(fd) || (to != NULL && tolen > sizeof held.to))
        return 0;
    held.data = malloc(len > 0 ? len : 1);
    if (held.data == NULL)
        return 0;
    memcpy(held.data, buf, len);
    held.fd = fd;
    held.len = len;
    held.flags = flags;
    held.tolen = to != NULL ? tolen : 0;
    if (to != NULL)
        memcpy(&held.to, to, tolen);
    held.used = 1;
    return 1;
}

/* reorder: after the next message went out, the held one follows. */
static void send_held(void)
{
    if (held.data == NULL)
        return;
    int saved = errno;
    void *data = held.data;
    held.data = NULL;
    NEED(sendto, );
    real_sendto(held.fd, data, held.len, held.flags,
                held.tolen > 0 ? (const struct sockaddr *)&held.to : NULL, held.tolen);
    free(data);
    errno = saved;
}

static void after_send(ssize_t rc)
{
    if (rc < 0 && errno == EPIPE && mode == M_SIGPIPE_EXTRA) {
        int saved = errno;
        raise(SIGPIPE);
        errno = saved;
    }
    if (mode == M_REORDER)
        send_held();
}

static void leak_rights(const struct msghdr *m)
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

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
    NEED(send, -1);
    if (mode == M_OFF)
        return real_send(fd, buf, len, flags);
    if (queue_full(fd, flags))
        return -1;
    if (refused_flags(flags))
        return finish_count(-1, (ssize_t)len);
    if (dropped(fd) || held_back(fd, buf, len, flags, NULL, 0))
        return (ssize_t)len;
    ssize_t rc = real_send(fd, buf, mode == M_SEND_SHORT ? shorter(len) : len, send_flags(flags));
    after_send(rc);
    return finish_count(rc, (ssize_t)len);
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
               socklen_t tolen)
{
    NEED(sendto, -1);
    if (mode == M_OFF)
        return real_sendto(fd, buf, len, flags, to, tolen);
    if (queue_full(fd, flags))
        return -1;
    int err = refused_address(fd, to, tolen, 0);
    if (err != 0 || refused_flags(flags)) {
        if (err != 0)
            errno = err;
        return finish_count(-1, (ssize_t)len);
    }
    if (dropped(fd) || held_back(fd, buf, len, flags, to, tolen))
        return (ssize_t)len;
    struct sockaddr_un copy;
    to = rewrite_name(to, &tolen, &copy, 0);
    ssize_t rc = real_sendto(fd, buf, mode == M_SEND_SHORT ? shorter(len) : len,
                             send_flags(flags), to, tolen);
    after_send(rc);
    return finish_count(rc, (ssize_t)len);
}

static size_t iov_total(const struct msghdr *m)
{
    size_t total = 0;
    for (size_t i = 0; i < (size_t)m->msg_iovlen; i++)
        total += m->msg_iov[i].iov_len;
    return total;
}

/* A copy of the iovec array that holds at most keep bytes; NULL when
 * nothing is to be cut or there is no memory. */
static struct iovec *limited_iov(const struct msghdr *m, size_t keep)
{
    size_t total = iov_total(m);
    if (m->msg_iovlen == 0 || keep >= total)
        return NULL;
    struct iovec *iov = calloc((size_t)m->msg_iovlen, sizeof *iov);
    if (iov == NULL)
        return NULL;
    memcpy(iov, m->msg_iov, (size_t)m->msg_iovlen * sizeof *iov);
    size_t cut = total - keep;
    for (size_t i = (size_t)m->msg_iovlen; i-- > 0 && cut > 0;) {
        size_t c = iov[i].iov_len < cut ? iov[i].iov_len : cut;
        iov[i].iov_len -= c;
        cut -= c;
    }
    return iov;
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
    NEED(sendmsg, -1);
    if (mode == M_OFF || msg == NULL)
        return real_sendmsg(fd, msg, flags);
    size_t total = iov_total(msg);
    if (queue_full(fd, flags))
        return -1;
    int err = refused_address(fd, msg->msg_name, msg->msg_namelen, 0);
    if (err != 0 || refused_flags(flags)) {
        if (err != 0)
            errno = err;
        return finish_count(-1, (ssize_t)total);
    }
    if (dropped(fd))
        return (ssize_t)total;
    /* Only a message of one piece without control data is held back. */
    if (msg->msg_controllen == 0 && msg->msg_iovlen <= 1 &&
        held_back(fd, msg->msg_iovlen == 1 ? msg->msg_iov[0].iov_base : "", total, flags,
                  msg->msg_name, msg->msg_namelen))
        return (ssize_t)total;
    struct msghdr m = *msg;
    struct iovec *iov = NULL;
    struct sockaddr_un copy;
    if (mode == M_SEND_SHORT && (iov = limited_iov(msg, shorter(total))) != NULL)
        m.msg_iov = iov;
    if (mode == M_SEND_CMSG_STRIPPED) {
        m.msg_control = NULL;
        m.msg_controllen = 0;
    }
    m.msg_name = (void *)rewrite_name(msg->msg_name, &m.msg_namelen, &copy, 0);
    if (mode == M_RIGHTS_LEAKED)
        leak_rights(msg);
    ssize_t rc = real_sendmsg(fd, &m, send_flags(flags));
    int saved = errno;
    free(iov);
    errno = saved;
    after_send(rc);
    return finish_count(rc, (ssize_t)total);
}

ssize_t write(int fd, const void *buf, size_t len)
{
    NEED(write, -1);
    if (mode == M_OFF || !is_unix(fd))
        return real_write(fd, buf, len);
    NEED(send, -1);
    if (queue_full(fd, 0))
        return -1;
    if (dropped(fd) || held_back(fd, buf, len, 0, NULL, 0))
        return (ssize_t)len;
    ssize_t rc;
    if (mode == M_NOSIGNAL_FORCED)
        rc = real_send(fd, buf, len, MSG_NOSIGNAL);
    else
        rc = real_write(fd, buf, mode == M_SEND_SHORT ? shorter(len) : len);
    after_send(rc);
    return finish_count(rc, (ssize_t)len);
}

/* ---- receiving -------------------------------------------------------------- */

static void flip_first_byte(void *buf, ssize_t rc)
{
    if (mode == M_RECV_BYTE_FLIPPED && rc > 0 && buf != NULL)
        *(unsigned char *)buf ^= 1;
}

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
    NEED(recv, -1);
    if (mode == M_OFF)
        return real_recv(fd, buf, len, flags);
    if (refused_flags(flags))
        return finish_count(-1, 0);
    ssize_t rc = real_recv(fd, buf, mode == M_RECV_SHORT ? short_len(fd, len) : len,
                           recv_flags(flags));
    flip_first_byte(buf, rc);
    return finish_count(rc, 0);
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *from,
                 socklen_t *fromlen)
{
    NEED(recvfrom, -1);
    if (mode == M_OFF)
        return real_recvfrom(fd, buf, len, flags, from, fromlen);
    socklen_t cap = fromlen != NULL ? *fromlen : 0;
    if (refused_flags(flags))
        return finish_count(-1, 0);
    ssize_t rc = real_recvfrom(fd, buf, mode == M_RECV_SHORT ? short_len(fd, len) : len,
                               recv_flags(flags), from, fromlen);
    if (rc >= 0)
        alter_address(from, fromlen, cap);
    flip_first_byte(buf, rc);
    return finish_count(rc, 0);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
    NEED(recvmsg, -1);
    if (mode == M_OFF || msg == NULL)
        return real_recvmsg(fd, msg, flags);
    if (refused_flags(flags))
        return finish_count(-1, 0);
    struct iovec *iov = NULL, *given = msg->msg_iov;
    if (mode == M_RECV_SHORT && (iov = limited_iov(msg, short_len(fd, iov_total(msg)))) != NULL)
        msg->msg_iov = iov;
    socklen_t cap = msg->msg_namelen;
    ssize_t rc = real_recvmsg(fd, msg, recv_flags(flags));
    int saved = errno;
    msg->msg_iov = given;
    free(iov);
    errno = saved;
    if (rc >= 0) {
        alter_received(msg, recv_flags(flags));
        alter_address(msg->msg_name, &msg->msg_namelen, cap);
        for (size_t i = 0; i < (size_t)msg->msg_iovlen; i++)
            if (msg->msg_iov[i].iov_len > 0) {
                flip_first_byte(msg->msg_iov[i].iov_base, rc);
                break;
            }
    }
    return finish_count(rc, 0);
}

ssize_t read(int fd, void *buf, size_t len)
{
    NEED(read, -1);
    if (mode == M_OFF || !is_unix(fd))
        return real_read(fd, buf, len);
    NEED(recv, -1);
    ssize_t rc;
    if (mode == M_DONTWAIT_FORCED)
        rc = real_recv(fd, buf, len, MSG_DONTWAIT);
    else
        rc = real_read(fd, buf, mode == M_RECV_SHORT ? short_len(fd, len) : len);
    flip_first_byte(buf, rc);
    return finish_count(rc, 0);
}

/* ---- making, naming and connecting sockets ---------------------------------- */

int socket(int domain, int type, int protocol)
{
    NEED(socket, -1);
    if (mode == M_OFF)
        return real_socket(domain, type, protocol);
    int err = refused_socket(type, protocol);
    if (err != 0) {
        errno = err;
        return -1;
    }
    int fd = real_socket(domain, type_flags(type), protocol);
    if (fd < 0 && mode == M_FAIL_SUCCEEDS && !transient(errno))
        return real_socket(AF_UNIX, SOCK_STREAM, 0);
    return finish_fd(fd);
}

int socketpair(int domain, int type, int protocol, int sv[2])
{
    NEED(socketpair, -1);
    NEED(close, -1);
    if (mode == M_OFF)
        return real_socketpair(domain, type, protocol, sv);
    int err = refused_socket(type, protocol);
    if (err != 0) {
        errno = err;
        return -1;
    }
    int rc = real_socketpair(domain, type_flags(type), protocol, sv);
    if (rc < 0 && mode == M_FAIL_SUCCEEDS && !transient(errno))
        return real_socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    if (rc == 0) {
        forget_fd(sv[0]);
        forget_fd(sv[1]);
    }
    if (rc == 0 && success_fails()) {
        real_close(sv[0]);
        real_close(sv[1]);
        errno = EIO;
        return -1;
    }
    if (rc < 0)
        failure_succeeds();
    return rc;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
    NEED(bind, -1);
    if (mode == M_OFF)
        return real_bind(fd, addr, len);
    int err = refused_address(fd, addr, len, 1);
    if (err != 0) {
        errno = err;
        return -1;
    }
    struct sockaddr_un copy;
    addr = rewrite_name(addr, &len, &copy, 1);
    return finish(real_bind(fd, addr, len));
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
    NEED(connect, -1);
    if (mode == M_OFF)
        return real_connect(fd, addr, len);
    /* EISCONN is for sendto only: connect on a connected socket is real. */
    int err = refused_address(-1, addr, len, 0);
    if (err != 0) {
        errno = err;
        return -1;
    }
    struct sockaddr_un copy;
    addr = rewrite_name(addr, &len, &copy, 0);
    return finish(real_connect(fd, addr, len));
}

int listen(int fd, int backlog)
{
    NEED(listen, -1);
    if (mode == M_LISTEN_IGNORED && sock_type(fd) >= 0)
        return 0;
    if (mode == M_LISTEN_BACKLOG && backlog >= 0)
        backlog += 2;
    return finish(real_listen(fd, backlog));
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
    NEED(accept, -1);
    if (mode == M_OFF)
        return real_accept(fd, addr, len);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_accept(fd, addr, len);
    if (rc >= 0)
        alter_address(addr, len, cap);
    return finish_fd(rc);
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
    NEED(accept4, -1);
    if (mode == M_OFF)
        return real_accept4(fd, addr, len, flags);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_accept4(fd, addr, len, type_flags(flags));
    if (rc >= 0)
        alter_address(addr, len, cap);
    return finish_fd(rc);
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
    NEED(getsockname, -1);
    NEED(getpeername, -1);
    if (mode == M_OFF)
        return real_getsockname(fd, addr, len);
    socklen_t cap = len != NULL ? *len : 0;
    struct sockaddr_storage peer;
    socklen_t peerlen = sizeof peer;
    int rc;
    if (mode == M_NAMES_SWAPPED && real_getpeername(fd, (struct sockaddr *)&peer, &peerlen) == 0)
        rc = real_getpeername(fd, addr, len);
    else
        rc = real_getsockname(fd, addr, len);
    if (rc == 0)
        alter_address(addr, len, cap);
    return finish(rc);
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
    NEED(getpeername, -1);
    NEED(getsockname, -1);
    if (mode == M_OFF)
        return real_getpeername(fd, addr, len);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_getpeername(fd, addr, len);
    if (rc == 0 && mode == M_NAMES_SWAPPED) {
        *len = cap;
        rc = real_getsockname(fd, addr, len);
    }
    if (rc == 0)
        alter_address(addr, len, cap);
    return finish(rc);
}

int shutdown(int fd, int how)
{
    NEED(shutdown, -1);
    if (mode == M_OFF)
        return real_shutdown(fd, how);
    if (mode == M_SHUTDOWN_IGNORED && sock_type(fd) >= 0)
        return 0;
    if (mode == M_SHUTDOWN_ENOTCONN && sock_type(fd) >= 0 && !has_peer(fd)) {
        errno = ENOTCONN;
        return -1;
    }
    if (mode == M_SHUTDOWN_SWAPPED)
        how = how == SHUT_RD ? SHUT_WR : how == SHUT_WR ? SHUT_RD : how;
    return finish(real_shutdown(fd, how));
}

/* ---- options ------------------------------------------------------------------ */

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
        u.pid += 1;
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

/* ---- descriptors: poll, ioctl, fcntl, close ------------------------------------ */

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
    NEED(poll, -1);
    int rc = real_poll(fds, n, timeout);
    if (rc < 0 || fds == NULL || (mode != M_POLL_NO_IN && mode != M_POLL_NO_OUT &&
                                  mode != M_POLL_HUP && mode != M_POLL_NO_HUP))
        return rc;
    int ready = 0;
    for (nfds_t i = 0; i < n; i++) {
        if (fds[i].fd >= 0 && is_unix(fds[i].fd)) {
            if (mode == M_POLL_NO_IN)
                fds[i].revents &= (short)~(POLLIN | POLLRDNORM);
            if (mode == M_POLL_NO_OUT)
                fds[i].revents &= (short)~(POLLOUT | POLLWRNORM);
            if (mode == M_POLL_HUP)
                fds[i].revents |= POLLHUP;
#ifdef POLLRDHUP
            if (mode == M_POLL_NO_HUP)
                fds[i].revents &= (short)~(POLLHUP | POLLRDHUP);
#else
            if (mode == M_POLL_NO_HUP)
                fds[i].revents &= (short)~POLLHUP;
#endif
        }
        if (fds[i].revents != 0)
            ready++;
    }
    return ready;
}

/* ioctl passes its third argument as a pointer or an integer of pointer
 * width; read as a pointer it is forwarded unchanged (glibc does the same). */
#ifdef __GLIBC__
int ioctl(int fd, unsigned long request, ...)
#else
int ioctl(int fd, int request, ...)
#endif
{
    va_list ap;
    va_start(ap, request);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    NEED(ioctl, -1);
    if (mode == M_OFF || !is_unix(fd))
        return real_ioctl(fd, request, arg);
    int rc = real_ioctl(fd, request, arg);
    if (rc >= 0 && mode == M_IOCTL_VALUE && arg != NULL) {
        int v;
        memcpy(&v, arg, sizeof v);
#ifdef SIOCOUTQ
        if (request == SIOCOUTQ)
            v += 1;
#endif
        if (request == FIONREAD)
            v += 1;
#ifdef SIOCATMARK
        if (request == SIOCATMARK)
            v = !v;
#endif
        memcpy(arg, &v, sizeof v);
    }
#ifdef SIOCUNIXFILE
    if (rc >= 0 && mode == M_IOCTL_VALUE && request == SIOCUNIXFILE)
        swap_for_dev_null(rc);
#endif
    return finish_value(rc);
}

int sockatmark(int fd)
{
    NEED(sockatmark, -1);
    if (mode == M_OFF)
        return real_sockatmark(fd);
    int rc = real_sockatmark(fd);
    if (rc >= 0 && mode == M_IOCTL_VALUE)
        rc = !rc;
    return finish_value(rc);
}

/* fcntl's third argument, like ioctl's, is forwarded as a pointer. */
int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    NEED(fcntl, -1);
    int rc = real_fcntl(fd, cmd, arg);
    if (rc < 0 || mode != M_FDFLAGS_FLIPPED)
        return rc;
    if (cmd == F_GETFL)
        rc ^= O_NONBLOCK;
    if (cmd == F_GETFD)
        rc ^= FD_CLOEXEC;
    return rc;
}

int close(int fd)
{
    NEED(close, -1);
    if (mode == M_CLOSE_IGNORED && is_unix(fd))
        return 0;
    if (mode == M_REORDER && held.data != NULL && held.fd == fd)
        send_held();
    forget_fd(fd);
    return real_close(fd);
}

/* ---- files ---------------------------------------------------------------------- */

int open(const char *path, int flags, ...)
{
    mode_t perm = 0;
    va_list ap;
    va_start(ap, flags);
#ifdef O_TMPFILE
    if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE)
#else
    if (flags & O_CREAT)
#endif
        perm = (mode_t)va_arg(ap, int);
    va_end(ap);
    NEED(open, -1);
    int fd = real_open(path, flags, perm);
    if (mode == M_OFF || fd >= 0)
        return fd;
    failure_succeeds();
    return -1;
}

/* unlink_disconnects: this process's sockets bound to path lose their
 * name and queue: each becomes a fresh socket of its type. */
static void disconnect_bound(const char *path)
{
    NEED(getsockname, );
    NEED(socket, );
    NEED(close, );
    int saved = errno;
    for (int fd = 0; fd < TRACKED_FDS; fd++) {
        struct sockaddr_un sa;
        socklen_t len = sizeof sa;
        memset(&sa, 0, sizeof sa);
        if (real_getsockname(fd, (struct sockaddr *)&sa, &len) == 0 &&
            sa.sun_family == AF_UNIX && len > offsetof(struct sockaddr_un, sun_path) &&
            strncmp(sa.sun_path, path, sizeof sa.sun_path) == 0) {
            int fresh = real_socket(AF_UNIX, sock_type(fd), 0);
            if (fresh >= 0 && fresh != fd) {
                dup2(fresh, fd);
                real_close(fresh);
            }
        }
    }
    errno = saved;
}

int unlink(const char *path)
{
    NEED(unlink, -1);
    if (mode == M_UNLINK_IGNORED)
        return 0;
    if (mode == M_UNLINK_DISCONNECTS)
        disconnect_bound(path);
    return mode == M_OFF ? real_unlink(path) : finish(real_unlink(path));
}

int chmod(const char *path, mode_t perm)
{
    NEED(chmod, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    return mode == M_OFF ? real_chmod(path, perm) : finish(real_chmod(path, perm));
}

int fchmod(int fd, mode_t perm)
{
    NEED(fchmod, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    if (mode == M_FCHMOD_REFUSED && sock_type(fd) >= 0) {
        errno = EINVAL;
        return -1;
    }
    return mode == M_OFF ? real_fchmod(fd, perm) : finish(real_fchmod(fd, perm));
}

int chown(const char *path, uid_t uid, gid_t gid)
{
    NEED(chown, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    return mode == M_OFF ? real_chown(path, uid, gid) : finish(real_chown(path, uid, gid));
}

int fchown(int fd, uid_t uid, gid_t gid)
{
    NEED(fchown, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    return mode == M_OFF ? real_fchown(fd, uid, gid) : finish(real_fchown(fd, uid, gid));
}

mode_t umask(mode_t mask)
{
    NEED(umask, 0);
    mode_t old = real_umask(mask);
    if (mode == M_PERM_IGNORED)
        real_umask(old);
    return old;
}

static void alter_stat(struct stat *st)
{
    if (mode == M_STAT_TYPE && S_ISSOCK(st->st_mode))
        st->st_mode = (st->st_mode & ~(mode_t)S_IFMT) | S_IFIFO;
    if (mode == M_STAT_PERM)
        st->st_mode ^= S_IWGRP | S_IWOTH;
}

int stat(const char *path, struct stat *st)
{
    NEED(stat, -1);
    if (mode == M_OFF)
        return real_stat(path, st);
    int rc = real_stat(path, st);
    if (rc == 0)
        alter_stat(st);
    return finish(rc);
}

int lstat(const char *path, struct stat *st)
{
    NEED(lstat, -1);
    if (mode == M_OFF)
        return real_lstat(path, st);
    int rc = real_lstat(path, st);
    if (rc == 0)
        alter_stat(st);
    return finish(rc);
}

int fstat(int fd, struct stat *st)
{
    NEED(fstat, -1);
    if (mode == M_OFF)
        return real_fstat(fd, st);
    int rc = real_fstat(fd, st);
    if (rc == 0)
        alter_stat(st);
    return finish(rc);
}

/* proc_altered: the file's text with every decimal number one larger, as a
 * memory stream; NULL (and the real file is used) when that fails. */
static FILE *altered_copy(FILE *real)
{
    char text[65536];
    size_t n = fread(text, 1, sizeof text - 1, real);
    text[n] = '\0';
    size_t cap = 2 * n + 2, k = 0;
    char *out = malloc(cap);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < n;) {
        if (text[i] < '0' || text[i] > '9') {
            out[k++] = text[i++];
            continue;
        }
        size_t end = i;
        while (end < n && text[end] >= '0' && text[end] <= '9')
            end++;
        /* Add one to the digits text[i..end), carrying from the right. */
        size_t len = end - i, j = len;
        char digits[64];
        if (len >= sizeof digits) {
            memcpy(out + k, text + i, len);
            k += len;
            i = end;
            continue;
        }
        memcpy(digits, text + i, len);
        while (j > 0 && digits[j - 1] == '9')
            digits[--j] = '0';
        if (j > 0)
            digits[j - 1]++;
        else
            out[k++] = '1';
        memcpy(out + k, digits, len);
        k += len;
        i = end;
    }
    FILE *mem = fmemopen(NULL, k + 1, "w+");
    if (mem != NULL && (fwrite(out, 1, k, mem) != k || fseek(mem, 0, SEEK_SET) != 0)) {
        fclose(mem);
        mem = NULL;
    }
    free(out);
    return mem;
}

FILE *fopen(const char *path, const char *how)
{
    NEED(fopen, NULL);
    FILE *f = real_fopen(path, how);
    if (mode == M_OFF)
        return f;
    if (f == NULL) {
        failure_succeeds();
        return NULL;
    }
    if (mode == M_PROC_ALTERED && strncmp(path, "/proc/", 6) == 0 && strcmp(how, "r") == 0) {
        FILE *mem = altered_copy(f);
        if (mem != NULL) {
            fclose(f);
            return mem;
        }
        rewind(f);
    }
    return f;
}
