/*
 * 256 KiB written by another process arrive complete and in order.
 *
 * A child writes a known byte pattern (several times the socket buffer) and
 * closes; the parent reads until EOF and checks every byte. Reports "ok", or
 * how many bytes arrived and the offset of the first wrong byte.
 *
 * Covers: STR-01, SEQ-02
 * linux: unix(7) DESCRIPTION: stream sockets are reliable
 */
#include "probe.h"

#include <poll.h>
#include <stdlib.h>

#define TOTAL (256 * 1024)

static unsigned char pattern(size_t i)
{
    return (unsigned char)((i * 7 + i / 251) & 0xff);
}

static int writer(void *arg)
{
    int fd = *(int *)arg;
    unsigned char chunk[4096];
    size_t off = 0;
    while (off < TOTAL) {
        size_t n = sizeof chunk;
        for (size_t i = 0; i < n; i++)
            chunk[i] = pattern(off + i);
        size_t done = 0;
        while (done < n) {
            ssize_t w = send(fd, chunk + done, n - done, 0);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return 1;
            }
            done += (size_t)w;
        }
        off += n;
    }
    close(fd);
    return 0;
}

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    pid_t pid = run_child(writer, &sv[0]);
    close(sv[0]);

    unsigned char *buf = malloc(TOTAL + 1);
    if (buf == NULL)
        setup_failed("malloc");
    size_t got = 0;
    for (;;) {
        if (wait_events(sv[1], POLLIN, WAIT_MS) <= 0)
            break;
        ssize_t n = recv(sv[1], buf + got, TOTAL + 1 - got, 0);
        if (n <= 0)
            break;
        got += (size_t)n;
        if (got > TOTAL)
            break;
    }
    int status = wait_child(pid, WAIT_MS);
    if (status != 0)
        setup_error("writer", "child ended with %d", status);

    size_t bad = 0;
    while (bad < got && buf[bad] == pattern(bad))
        bad++;
    if (got == TOTAL && bad == TOTAL)
        observe("ok");
    observe("bytes=%zu,first_bad=%zu", got, bad);
}
