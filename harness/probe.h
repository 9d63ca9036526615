/*
 * probe.h - the library every udsprobe probe links.
 *
 * A probe is one C file under cases/<area>/ that defines
 *
 *     void probe_main(void)
 *
 * and ends by calling exactly one of observe(), not_applicable() or
 * setup_failed()/setup_error(); each prints the one result line and exits.
 * Everything else in a probe file is static, so that the same sources link
 * into one multi-call binary (the build renames probe_main per probe).
 *
 * The result protocol is one line on standard output:
 *     observed VALUE         what the OS did (one token, no spaces)
 *     n/a REASON             the feature does not exist here, or cannot run
 *     error WHERE DETAIL     setup failed before the point of observation
 * Diagnostics go to standard error.
 *
 * Probes built once per socket type ("Types:" in the header comment) see
 * PROBE_TYPE (SOCK_STREAM, ...) and PROBE_TYPE_NAME ("stream", ...).
 */
#ifndef UDSPROBE_PROBE_H
#define UDSPROBE_PROBE_H

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stddef.h>
#include <unistd.h>

#include "attr.h"

#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) || \
    defined(__NetBSD__) || defined(__DragonFly__)
#define UDS_HAVE_SUN_LEN 1
#endif

/* The probe's entry point; the multi-call build renames it with -D. */
void probe_main(void);
/* Called by the entry points before probe_main: enters the scratch dir. */
void probe_start(void);

/* ---- results (each prints one line and exits) --------------------------- */

/* The observation: a single token such as "ECONNREFUSED", "108", "ok",
 * "yes", "POLLIN|POLLOUT" or "nfds=2,ctrunc=yes". */
UDS_NORETURN void observe(const char *fmt, ...) UDS_PRINTF(1, 2);
/* "ok" when rc >= 0, otherwise the errno name of errno. */
UDS_NORETURN void observe_call(int rc);
/* The errno name of err, or "ok" when err is 0. */
UDS_NORETURN void observe_errno(int err);
/* The feature does not exist here, or this environment cannot run it. */
UDS_NORETURN void not_applicable(const char *fmt, ...) UDS_PRINTF(1, 2);
/* Setup failed at WHERE with the current errno. */
UDS_NORETURN void setup_failed(const char *where);
/* Setup failed at WHERE for a reason that is not an errno. */
UDS_NORETURN void setup_error(const char *where, const char *fmt, ...) UDS_PRINTF(2, 3);

/* Evaluate a call that must succeed for the probe to go on. */
#define CHECK(call) \
    do { if ((call) < 0) setup_failed(#call); } while (0)

/* ---- names ------------------------------------------------------------- */

/* "ECONNREFUSED" for ECONNREFUSED; "errno_N" for a number with no name. */
const char *errno_name(int err);
/* errno_name(errno) when rc < 0, else "ok". */
const char *call_result(int rc);
/* For send/recv results: the byte count in decimal, or the errno name.
 * Up to eight results may be used in one observe() call. */
const char *io_result(ssize_t rc);
const char *yesno(int b);
/* "stream", "dgram", "seqpacket", "raw" or "type_N". */
const char *socktype_name(int type);
/* poll flags as "POLLIN|POLLOUT", or "0". */
const char *poll_flags_name(int revents);
/* The events every poll probe asks for, one mask so their tokens compare;
 * POLLRDHUP only where it exists, so the token legitimately differs between
 * systems that have it and not. */
#ifdef POLLRDHUP
#define UDS_POLL_EVENTS (POLLIN | POLLOUT | POLLRDHUP)
#else
#define UDS_POLL_EVENTS (POLLIN | POLLOUT)
#endif

/* ---- scratch directory and unique names --------------------------------- */

/* The probe runs inside its private scratch directory (its cwd); this is
 * its absolute path. */
const char *scratch_dir(void);
/* A unique string for this probe run, for abstract names and the like. */
const char *run_tag(void);

/* ---- addresses --------------------------------------------------------- */

/* sizeof(sun_path) and offsetof(struct sockaddr_un, sun_path). */
size_t sun_path_size(void);
size_t sun_path_offset(void);

/* Fill *sa with sun_family = AF_UNIX and the n bytes of name in sun_path;
 * with_nul adds a terminating NUL that is counted in the returned address
 * length (offsetof(sun_path) + n [+ 1]). The caller controls every byte.
 * On BSD systems sun_len is set to the returned length. The caller must keep
 * n (+1) within sizeof(sun_path) unless sa points into a larger buffer. */
socklen_t uds_addr_bytes(struct sockaddr_un *sa, const void *name, size_t n, int with_nul);
/* A pathname address whose length counts the NUL (the unix(7) recommendation). */
socklen_t uds_addr_path(struct sockaddr_un *sa, const char *path);
/* A Linux abstract address: a NUL then "udsprobe.<run tag>.<tag>", with the
 * length covering exactly those bytes. */
socklen_t uds_addr_abstract(struct sockaddr_un *sa, const char *tag);

/* What kind of name an address returned by getsockname() and the like is:
 * "unnamed" (no name bytes), "pathname", or for a Linux abstract name
 * "nul+<N>hex" / "nul+<N>other" (a NUL then N characters, all of them from
 * [0-9a-f] or not; autobind gives "nul+5hex"). */
const char *uds_name_kind(const struct sockaddr_un *sa, socklen_t len);

/* Autobind s (bind() given only the address family) and return the name it
 * got, read back with getsockname(), in *name. Autobind is the subject of
 * the probes that use this, so when the bind fails that is what they
 * observe ("autobind=EINVAL", as on gVisor), not a setup error. */
socklen_t uds_autobind(int s, struct sockaddr_un *name);

/* ---- sockets (each helper reports setup_failed on error) ---------------
 * Like CHECK(), these report and exit on failure, so they belong in the
 * probe's main process only; in a run_child() child use plain calls and
 * return an exit code. */

int uds_socket(int type);
/* socketpair(AF_UNIX, type, 0, sv), or n/a when the type is not offered. */
void uds_pair(int type, int sv[2]);
/* A socket bound to path; for stream/seqpacket it also listens (backlog). */
int uds_bound(int type, const char *path);
int uds_listener(int type, const char *path, int backlog);
/* A new socket connected to path. */
int uds_connect_to(int type, const char *path);
/* A connected pair made through bind/listen/connect/accept on path (stream,
 * seqpacket) or bind/connect both ways (dgram). *server is the accepted end. */
void uds_connected_pair(int type, const char *path, int *client, int *server);
int set_nonblocking(int fd, int on);
int set_int_option(int fd, int level, int name, int value);
int get_int_option(int fd, int level, int name, int *value);

/* ---- waiting ----------------------------------------------------------- */

/* Default bound for waits, in milliseconds. */
#define WAIT_MS 2000
/* poll one fd for events, at most ms milliseconds; returns revents, 0 on
 * timeout, -1 on error. Retries on EINTR with the remaining time. */
int wait_events(int fd, short events, int ms);
/* revents right now (a zero-timeout poll). */
int poll_now(int fd, short events);

/* ---- child processes --------------------------------------------------- */

/* Run fn(arg) in a child that ends with _exit(fn's return value).
 * Returns the child's pid; setup_failed on error. */
pid_t run_child(int (*fn)(void *), void *arg);
/* Wait for a child, bounded by ms milliseconds; returns its exit code,
 * 128+signal when it was killed, or -1 on timeout (the child is killed). */
int wait_child(pid_t pid, int ms);

/* run_child(), then wait at most ms for the child to call
 * tell_parent_ready() (after its setup: bind, listen, a change of uid).
 * *ready says whether it did; the pid is returned either way. */
pid_t run_child_when_ready(int (*fn)(void *), void *arg, int ms, int *ready);
/* In such a child: 0, or -1 when the parent cannot be told. */
int tell_parent_ready(void);

/* run_child(), then wait at most ms for the child to end, and copy the
 * token it gave with child_says() into out (size bytes; "" when it gave
 * none). For children with more to tell than an exit code ("no_netns",
 * "existing_follows=yes,new_follows=no"). Returns what wait_child() says. */
int run_child_token(int (*fn)(void *), void *arg, int ms, char *out, size_t size);
/* In such a child: give the parent a token (printf-style, at most 255
 * bytes; say it once). 0, or -1 when the parent cannot be told. */
int child_says(const char *fmt, ...) UDS_PRINTF(1, 2);

/* A child that does nothing but stay alive until the parent closes
 * *release (the write end of a pipe only the parent keeps): a live pid
 * that is not the probe's own. Then wait_child() reaps it. */
pid_t run_idle_child(int *release);

/* Does a call block? fn runs in a child; returns 1 and kills the child when
 * fn has not returned after ms milliseconds, else 0 with *result set to fn's
 * return value (an int such as an errno, 0..255). */
int call_blocks(int (*fn)(void *), void *arg, int ms, int *result);

/* A stream socketpair end kept by a child across execve() of /bin/cat,
 * with FD_CLOEXEC set on it or not: "open" or "closed" as seen from the
 * other end once cat runs (or an errno name). NULL when /bin/cat cannot be
 * executed. */
const char *socket_state_across_exec(int cloexec);

/* ---- descriptors ------------------------------------------------------- */

/* Send n descriptors in one SCM_RIGHTS message with the given payload
 * (len may be 0). Returns the sendmsg result; errno is kept. */
ssize_t send_fds(int sock, const int *fds, int n, const void *data, size_t len);
struct fd_recv {
    ssize_t bytes;    /* recvmsg result */
    int err;          /* errno when bytes < 0 */
    int nfds;         /* descriptors found in SCM_RIGHTS messages */
    int fds[512];     /* the first 512 of them; any more are closed */
    int msg_flags;    /* msg_flags after the call */
    int ncmsg;        /* number of control messages */
};
/* recvmsg with a control buffer of ctl_space bytes (use CMSG_SPACE) and
 * recv_flags; data into buf/len. Collects every SCM_RIGHTS descriptor.
 * With MSG_PEEK, what the control data holds is not a descriptor on every
 * OS (FreeBSD returns kernel pointers): never close or use those. */
void recv_fds(int sock, void *buf, size_t len, size_t ctl_space, int recv_flags,
              struct fd_recv *out);
void close_fds(const int *fds, int n);
/* The number of open descriptors in this process (probes compare counts,
 * never absolute numbers). */
int count_open_fds(void);
/* Is fd an open descriptor? */
int fd_is_open(int fd);
/* Make a pipe; setup_failed on error. */
void make_pipe(int p[2]);
/* Wait at most ms milliseconds for the pipe read end rfd to report
 * end-of-file (every write end closed). Returns 1 on end-of-file, 0 when
 * the bound passed first (or data was there instead). Leaves rfd
 * non-blocking. */
int pipe_eof_within(int rfd, int ms);
/* Raise the soft RLIMIT_NOFILE to at least want (bounded by the hard limit)
 * when it is lower, for room to receive many descriptors; returns the soft
 * limit in force afterwards (a large number for RLIM_INFINITY). */
long raise_nofile(long want);

/* ---- signals, buffers, files, namespaces ------------------------------- */

/* Count deliveries of sig from now on (SA_RESTART off, so a blocked call
 * sees EINTR); signal_count(sig) reads the count. */
void count_signal(int sig);
int signal_count(int sig);
/* Write len-byte chunks to a non-blocking fd until it would block; returns
 * the bytes accepted. The fd is left non-blocking. */
size_t fill_socket(int fd, size_t chunk);
/* Write text to an existing file (a sysctl, a /proc map): 0, or -1. */
int write_text_file(const char *path, const char *text);
/* Linux: move the calling process (a child) into a new network namespace,
 * through a new user namespace mapping its own uid and gid when it is not
 * privileged enough for CLONE_NEWNET alone. 0, or -1 with errno set
 * (ENOSYS off Linux). */
int enter_new_netns(void);

/* ---- identity ---------------------------------------------------------- */

struct identity { uid_t uid; gid_t gid; };
int is_root(void);
/* n/a when running as root (the harness drops root for such probes). */
void require_unprivileged(void);
/* n/a unless running as root. */
void require_root(void);
/* Two distinct unprivileged identities; n/a unless running as root, which
 * can switch to them in children (see become()). */
void require_two_identities(struct identity *a, struct identity *b);
/* In a child: drop supplementary groups, set gid then uid. Returns 0 or -1. */
int become(const struct identity *id);
/* Make the directory name (mode 0777) and enter it: the scratch dir is
 * 0700, and sockets made here must be reachable by the identities the
 * probe's children switch to. */
void enter_shared_dir(const char *name);

#endif
