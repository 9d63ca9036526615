/*
 * Is net.unix.max_dgram_qlen read when a datagram socket is created, or
 * each time a datagram is sent to it?
 *
 * In a private network namespace (a child does unshare(CLONE_NEWNET), inside
 * a new user namespace when not root), the child counts how many 16-byte
 * datagrams a fresh bound receiver takes, creates a second receiver, changes
 * the sysctl, creates a third, then counts for the second and third.
 * existing_follows / new_follows say whether each count differs from the
 * first. The host's sysctl is never touched. Linux copies the value into
 * the socket when it is created.
 *
 * Covers: DGR-20, SYSCTL-12, SYSCTL-01, SYSCTL-02
 * linux: source-derived, net/unix/af_unix.c unix_create1 (sk_max_ack_backlog = net->unx.sysctl_max_dgram_qlen)
 */
#include "dgram.h"
#include "sysctl.h"

#ifdef __linux__
#include <stdio.h>
#include <string.h>

/* In the child, plain calls only: the library's setup helpers report. */
static int bound(const char *path)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sa, len) < 0)
        return -1;
    return fd;
}

static long count(const char *path)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    int s = socket(AF_UNIX, SOCK_DGRAM, 0);
    int err;
    long n = dgram_fill(s, (struct sockaddr *)&sa, len, 16, 100000, &err);
    close(s);
    return err ? n : -1;
}

/* Its token: the observation, or why there is none. */
static int child(void *arg)
{
    (void)arg;
    if (enter_new_netns() < 0)
        return child_says("no_netns");
    long qlen;
    if (read_sysctl("net.unix.max_dgram_qlen", &qlen) < 0)
        return child_says("no_sysctl");
    if (bound("r0") < 0 || bound("r1") < 0)
        return child_says("bind_failed");
    long base = count("r0");
    char val[32];
    snprintf(val, sizeof val, "%ld\n", qlen == 3 ? 5L : 3L);
    if (write_text_file("/proc/sys/net/unix/max_dgram_qlen", val) < 0)
        return child_says("no_write");
    if (bound("r2") < 0)
        return child_says("bind_failed");
    long old_sock = count("r1");
    long new_sock = count("r2");
    if (base < 0 || old_sock < 0 || new_sock < 0)
        return child_says("count_failed");
    return child_says("existing_follows=%s,new_follows=%s", yesno(old_sock != base),
                      yesno(new_sock != base));
}
#endif

void probe_main(void)
{
#ifdef __linux__
    char said[64];
    int rc = run_child_token(child, NULL, WAIT_MS, said, sizeof said);
    if (strcmp(said, "no_netns") == 0)
        not_applicable("cannot enter a private network namespace");
    if (strcmp(said, "no_write") == 0)
        not_applicable("cannot write max_dgram_qlen in a private network namespace");
    if (strcmp(said, "no_sysctl") == 0)
        not_applicable("no net.unix.max_dgram_qlen sysctl here");
    if (rc != 0 || strncmp(said, "existing_follows=", 17) != 0)
        setup_error("child", "exit code %d, said \"%s\"", rc, said);
    observe("%s", said);
#else
    not_applicable("net.unix.max_dgram_qlen is Linux-only");
#endif
}
