/*
 * SO_PEERPIDFD on an accepted connection from a child: a pidfd for the
 * connecting process (pidfd=child), or ENOPROTOOPT before Linux 6.5.
 *
 * The pidfd's process is read from /proc/self/fdinfo ("Pid:"). The value
 * 77 is used where the header lacks the name, on asm-generic
 * architectures only.
 *
 * Covers: CRED-21
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERPIDFD
 */
#include "cred.h"

#if defined(__linux__) && defined(SO_PEERPIDFD)
static int client(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, len) < 0)
        return 1;
    char b;
    (void)read(s, &b, 1); /* stay alive until the server closes */
    return 0;
}
#endif

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PEERPIDFD)
    int l = uds_listener(SOCK_STREAM, "l", 4);
    pid_t child = run_child(client, NULL);
    int a = accept(l, NULL, NULL);
    CHECK(a);
    int pidfd = -1;
    socklen_t len = sizeof pidfd;
    int rc = getsockopt(a, SOL_SOCKET, SO_PEERPIDFD, &pidfd, &len);
    int err = errno;
    pid_t p = rc == 0 ? cred_pidfd_pid(pidfd) : -1;
    close(a);
    wait_child(child, WAIT_MS);
    if (rc < 0)
        observe_errno(err);
    observe("pidfd=%s", p == child ? "child" : p == getpid() ? "self" : "other");
#else
    not_applicable("SO_PEERPIDFD not known for this OS or architecture");
#endif
}
