/*
 * The descriptor-passing service of the Asio example, across two users:
 * a server running as identity A owns a file with mode 0600; a client
 * running as identity B cannot open it, asks the server for it by name,
 * receives a writable descriptor over the socket and writes through it.
 * A passed descriptor is a capability: the permission check happened
 * when the server opened the file, and is not made again for B.
 *
 * Reported as client_open=ERRNO|ok,write_via_fd=ok|ERRNO|nofd,
 * content=match|differ (the file, read back by root).
 *
 * Covers: RIGHTS-03, RIGHTS-01, CRED-02
 * linux: unix(7) SCM_RIGHTS; open(2) ERRORS EACCES
 * freebsd: unix(4) (passing file descriptors)
 * darwin: unix(4) (passing file descriptors)
 */
#include "probe.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static struct identity a, b;
static int ready[2], report[2];

static int server(void *arg)
{
    (void)arg;
    close(ready[0]);
    close(report[0]);
    close(report[1]);
    if (become(&a) < 0)
        return 1;
    int f = open("secret", O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (f < 0 || fchmod(f, 0600) < 0)
        return 2;
    close(f);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    int l = socket(AF_UNIX, SOCK_STREAM, 0);
    if (l < 0 || bind(l, (struct sockaddr *)&sa, len) < 0 || listen(l, 4) < 0 ||
        chmod("srv", 0777) < 0)
        return 3;
    if (write(ready[1], "r", 1) != 1)
        return 4;
    int s = accept(l, NULL, NULL);
    if (s < 0)
        return 5;
    char path[64];
    ssize_t n = read(s, path, sizeof path - 1);
    if (n <= 0)
        return 6;
    path[n] = '\0';
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd < 0)
        return 7;
    if (send_fds(s, &fd, 1, "k", 1) < 0)
        return 8;
    char c;
    (void)read(s, &c, 1); /* until the client is done */
    return 0;
}

static int client(void *arg)
{
    (void)arg;
    close(ready[0]);
    close(ready[1]);
    close(report[0]);
    if (become(&b) < 0)
        return 1;
    int f = open("secret", O_WRONLY | O_APPEND);
    const char *direct = f < 0 ? errno_name(errno) : "ok";
    if (f >= 0)
        close(f);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, len) < 0)
        return 2;
    if (write(s, "secret", 6) != 6)
        return 3;
    char k;
    struct fd_recv r;
    recv_fds(s, &k, 1, CMSG_SPACE(sizeof(int)), 0, &r);
    const char *via = "nofd";
    if (r.nfds >= 1)
        via = write(r.fds[0], "capability\n", 11) == 11 ? "ok" : errno_name(errno);
    char line[96];
    int m = snprintf(line, sizeof line, "client_open=%s,write_via_fd=%s", direct, via);
    return write(report[1], line, (size_t)m) == m ? 0 : 4;
}

void probe_main(void)
{
    require_two_identities(&a, &b);
    enter_shared_dir("d");
    CHECK(pipe(ready));
    CHECK(pipe(report));
    pid_t srv = run_child(server, NULL);
    close(ready[1]);
    char c;
    if (wait_events(ready[0], POLLIN, WAIT_MS) <= 0 || read(ready[0], &c, 1) != 1)
        setup_error("server", "identity A could not set up the service (exit %d)",
                    wait_child(srv, WAIT_MS));
    pid_t cli = run_child(client, NULL);
    close(report[1]);
    char line[96] = { 0 };
    ssize_t n = 0;
    if (wait_events(report[0], POLLIN, WAIT_MS) > 0)
        n = read(report[0], line, sizeof line - 1);
    int crc = wait_child(cli, WAIT_MS);
    wait_child(srv, WAIT_MS);
    if (n <= 0)
        setup_error("client", "identity B did not report (exit %d)", crc);
    char got[32] = { 0 };
    int f = open("secret", O_RDONLY);
    CHECK(f);
    CHECK(read(f, got, sizeof got - 1));
    observe("%s,content=%s", line, strcmp(got, "capability\n") == 0 ? "match" : "differ");
}
