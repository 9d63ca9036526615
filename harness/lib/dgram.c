/* dgram.c - numbered datagram bursts, draining, size bisection (dgram.h). */
#include "dgram.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_seq(unsigned char *b, long seq)
{
    b[0] = (unsigned char)(seq >> 24);
    b[1] = (unsigned char)(seq >> 16);
    b[2] = (unsigned char)(seq >> 8);
    b[3] = (unsigned char)seq;
}

static long get_seq(const unsigned char *b)
{
    return ((long)b[0] << 24) | ((long)b[1] << 16) | ((long)b[2] << 8) | (long)b[3];
}

static ssize_t send_one(int s, const void *buf, size_t len, int flags,
                        const struct sockaddr *to, socklen_t tolen)
{
    ssize_t n;
    do
        n = to ? sendto(s, buf, len, flags, to, tolen) : send(s, buf, len, flags);
    while (n < 0 && errno == EINTR);
    return n;
}

long dgram_fill(int s, const struct sockaddr *to, socklen_t tolen, size_t size,
                long cap, int *err)
{
    unsigned char *buf = calloc(1, size < 4 ? 4 : size);
    if (buf == NULL)
        setup_failed("calloc");
    long n = 0;
    *err = 0;
    while (n < cap) {
        put_seq(buf, n);
        if (send_one(s, buf, size, MSG_DONTWAIT, to, tolen) < 0) {
            *err = errno;
            break;
        }
        n++;
    }
    free(buf);
    return n;
}

void dgram_drain(int r, long expect, int wait_ms, struct dgram_seen *seen)
{
    unsigned char buf[65536];
    seen->received = 0;
    seen->in_order = 1;
    while (seen->received < expect) {
        if (wait_events(r, POLLIN, wait_ms) <= 0)
            break;
        ssize_t n = recv(r, buf, sizeof buf, MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            setup_failed("recv while draining");
        }
        if (n < 4 || get_seq(buf) != seen->received)
            seen->in_order = 0;
        seen->received++;
    }
}

struct burst_args {
    int s;
    const struct sockaddr *to;
    socklen_t tolen;
    long total;
    size_t size;
    int report; /* pipe: accepted count and first errno */
};

static int burst_child(void *p)
{
    struct burst_args *a = p;
    unsigned char *buf = calloc(1, a->size < 4 ? 4 : a->size);
    if (buf == NULL)
        return 1;
    long res[2] = { 0, 0 };
    for (long i = 0; i < a->total; i++) {
        put_seq(buf, i);
        if (send_one(a->s, buf, a->size, 0, a->to, a->tolen) < 0) {
            if (res[1] == 0)
                res[1] = errno;
            continue;
        }
        res[0]++;
    }
    return write(a->report, res, sizeof res) == (ssize_t)sizeof res ? 0 : 1;
}

void dgram_blocking_burst(int s, const struct sockaddr *to, socklen_t tolen, int r,
                          long total, size_t size, long *accepted, int *first_err,
                          struct dgram_seen *seen)
{
    int p[2];
    if (pipe(p) < 0)
        setup_failed("pipe");
    struct burst_args a = { s, to, tolen, total, size, p[1] };
    pid_t pid = run_child(burst_child, &a);
    close(p[1]);

    unsigned char buf[65536];
    long res[2] = { -1, 0 };
    int child_done = 0;
    seen->received = 0;
    seen->in_order = 1;
    for (;;) {
        struct pollfd pf[2] = { { r, POLLIN, 0 }, { p[0], POLLIN, 0 } };
        int rc = poll(pf, child_done ? 1 : 2, child_done ? 0 : WAIT_MS);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc <= 0)
            break; /* nothing more queued, or the child is stuck */
        if (pf[0].revents & POLLIN) {
            ssize_t n = recv(r, buf, sizeof buf, MSG_DONTWAIT);
            if (n >= 0) {
                if (n < 4 || get_seq(buf) != seen->received)
                    seen->in_order = 0;
                seen->received++;
            } else if (errno != EAGAIN && errno != EINTR) {
                setup_failed("recv while draining");
            }
        }
        if (!child_done && pf[1].revents) {
            if (read(p[0], res, sizeof res) != (ssize_t)sizeof res)
                res[0] = -1;
            child_done = 1;
        }
    }
    close(p[0]);
    if (wait_child(pid, WAIT_MS) != 0 || res[0] < 0)
        setup_error("blocking burst", "sender child did not finish");
    *accepted = res[0];
    *first_err = (int)res[1];
}

long dgram_max_send(int s, int r, long hi, int *over_err)
{
    char *buf = calloc(1, (size_t)hi + 1);
    if (buf == NULL)
        setup_failed("calloc");
    long lo = 0;
    *over_err = 0;
    if (send_one(s, buf, (size_t)hi, MSG_DONTWAIT, NULL, 0) >= 0) {
        (void)recv(r, buf, (size_t)hi + 1, MSG_DONTWAIT);
        free(buf);
        return -1;
    }
    *over_err = errno;
    /* lo is accepted (checked below as the loop goes), hi is rejected. */
    while (hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        if (send_one(s, buf, (size_t)mid, MSG_DONTWAIT, NULL, 0) >= 0) {
            if (recv(r, buf, (size_t)mid + 1, MSG_DONTWAIT) < 0)
                setup_failed("recv of an accepted datagram");
            lo = mid;
        } else {
            *over_err = errno;
            hi = mid;
        }
    }
    free(buf);
    return lo;
}

const char *dgram_len_rel(socklen_t len)
{
    static char out[32];
    long d = (long)len - (long)sun_path_offset();
    if (d < 0)
        snprintf(out, sizeof out, "%ld", (long)len);
    else if (d == 0)
        snprintf(out, sizeof out, "off");
    else
        snprintf(out, sizeof out, "off%+ld", d);
    return out;
}
