/*
 * A socket descriptor with FD_CLOEXEC (set with fcntl) is closed by execve(): once the exec'd program runs, this end sees end-of-file.
 *
 * A child keeps one end of a stream socketpair and execs /bin/cat (no
 * shell), with pipes from and to the parent as its standard input and
 * output. When the byte the parent writes comes back, cat is running, so
 * the exec and its close-on-exec work are over; then a non-blocking read
 * on this end says open (EAGAIN) or closed (0). Closing cat's input lets
 * it exit. n/a when /bin/cat cannot be executed.
 *
 * Covers: RIGHTS-04, RIGHTS-05
 * posix: exec (descriptors with FD_CLOEXEC are closed)
 */
#include "probe.h"

#include <fcntl.h>
#include <poll.h>

static int sv[2], in[2], out[2];

static int child_fn(void *arg)
{
    (void)arg;
    close(sv[0]);
    if (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0)
        return 1;
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    if (1 && fcntl(sv[1], F_SETFD, FD_CLOEXEC) < 0)
        return 2;
    execl("/bin/cat", "cat", (char *)NULL);
    return 3;
}

void probe_main(void)
{
    uds_pair(SOCK_STREAM, sv);
    CHECK(pipe(in));
    CHECK(pipe(out));
    pid_t child = run_child(child_fn, NULL);
    close(sv[1]);
    close(in[0]);
    close(out[1]);
    CHECK(write(in[1], "x", 1));
    char b = 0;
    if (wait_events(out[0], POLLIN, WAIT_MS) <= 0)
        setup_error("exec", "no echo from the child");
    ssize_t n = read(out[0], &b, 1);
    ssize_t rc = -1;
    int rerr = 0;
    if (n == 1) {
        rc = recv(sv[0], &b, 1, MSG_DONTWAIT);
        rerr = errno;
    }
    close(in[1]); /* cat sees end-of-file and exits */
    int code = wait_child(child, WAIT_MS);
    if (n != 1)
        not_applicable("cannot exec /bin/cat (child exit %d)", code);
    if (rc == 0)
        observe("closed");
    if (rc < 0 && (rerr == EAGAIN || rerr == EWOULDBLOCK))
        observe("open");
    if (rc < 0)
        observe("%s", errno_name(rerr));
    observe("data");
}
