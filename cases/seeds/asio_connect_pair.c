/*
 * The Asio overview's connect_pair(): a socketpair() whose two ends talk
 * both ways. "ping" goes from the first end to the second, "pong" comes
 * back; ok when both arrive whole, else the step that failed.
 *
 * Covers: STR-04, ADDR-11
 * Types: stream, dgram
 * linux: socketpair(2); unix(7)
 * freebsd: unix(4) (socketpair(2))
 * darwin: unix(4) (socketpair(2))
 * posix: socketpair()
 */
#include "probe.h"

#include <poll.h>
#include <stdio.h>
#include <string.h>

static const char *leg(int from, int to, const char *word)
{
    static char token[32];
    char buf[16] = { 0 };
    if (send(from, word, 4, 0) != 4) {
        snprintf(token, sizeof token, "%s_send=%s", word, errno_name(errno));
        return token;
    }
    if (wait_events(to, POLLIN, WAIT_MS) <= 0) {
        snprintf(token, sizeof token, "%s=nodata", word);
        return token;
    }
    ssize_t n = recv(to, buf, sizeof buf, MSG_DONTWAIT);
    if (n == 4 && memcmp(buf, word, 4) == 0)
        return NULL;
    snprintf(token, sizeof token, "%s=%s", word, n < 0 ? errno_name(errno) : "short");
    return token;
}

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    const char *err = leg(sv[0], sv[1], "ping");
    if (err == NULL)
        err = leg(sv[1], sv[0], "pong");
    observe("%s", err == NULL ? "ok" : err);
}
