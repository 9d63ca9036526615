/* names.c - report tokens that mean the same on every OS. */
#include "probe.h"

#include <poll.h>
#include <stdio.h>
#include <string.h>

const char *call_result(int rc)
{
    return rc < 0 ? errno_name(errno) : "ok";
}

const char *yesno(int b) { return b ? "yes" : "no"; }

const char *socktype_name(int type)
{
    static char other[24];
    switch (type) {
    case SOCK_STREAM: return "stream";
    case SOCK_DGRAM: return "dgram";
    case SOCK_SEQPACKET: return "seqpacket";
    case SOCK_RAW: return "raw";
    }
    snprintf(other, sizeof other, "type_%d", type);
    return other;
}

static const struct { int bit; const char *name; } poll_bits[] = {
    { POLLIN, "POLLIN" },
    { POLLPRI, "POLLPRI" },
    { POLLOUT, "POLLOUT" },
#ifdef POLLRDHUP
    { POLLRDHUP, "POLLRDHUP" },
#endif
    { POLLERR, "POLLERR" },
    { POLLHUP, "POLLHUP" },
    { POLLNVAL, "POLLNVAL" },
#if defined(POLLRDNORM) && POLLRDNORM != POLLIN
    { POLLRDNORM, "POLLRDNORM" },
#endif
#ifdef POLLRDBAND
    { POLLRDBAND, "POLLRDBAND" },
#endif
#if defined(POLLWRNORM) && POLLWRNORM != POLLOUT
    { POLLWRNORM, "POLLWRNORM" },
#endif
#ifdef POLLWRBAND
    { POLLWRBAND, "POLLWRBAND" },
#endif
};

const char *poll_flags_name(int revents)
{
    static char buf[160];
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof poll_bits / sizeof poll_bits[0]; i++) {
        if (!(revents & poll_bits[i].bit))
            continue;
        if (buf[0] != '\0')
            strcat(buf, "|");
        strcat(buf, poll_bits[i].name);
        revents &= ~poll_bits[i].bit;
    }
    if (revents != 0)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s0x%x",
                 buf[0] ? "|" : "", (unsigned)revents);
    return buf[0] ? buf : "0";
}

/* A few buffers in turn, so that one observe() may use several results. */
const char *io_result(ssize_t rc)
{
    static char num[8][32];
    static unsigned next;
    if (rc < 0)
        return errno_name(errno);
    char *buf = num[next++ % 8];
    snprintf(buf, sizeof num[0], "%zd", rc);
    return buf;
}
