/* shutoob.c - helpers for the shutdown and oob probes (see shutoob.h). */
#include "shutoob.h"

#include <ctype.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>

void shut_poll_events(int fd, char *out, size_t size)
{
    short ev = UDS_POLL_EVENTS;
    int r = poll_now(fd, ev);
    if (r < 0)
        snprintf(out, size, "%s", errno_name(errno));
    else
        snprintf(out, size, "%s", poll_flags_name(r & (ev | POLLHUP | POLLERR)));
}

static void add_step(struct oobseq *s, const char *fmt, ...) UDS_PRINTF(2, 3);
static void add_step(struct oobseq *s, const char *fmt, ...)
{
    char step[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(step, sizeof step, fmt, ap);
    va_end(ap);
    size_t n = strlen(step);
    if (s->len + n + 2 > sizeof s->token)
        setup_error("oobseq", "token longer than %zu bytes", sizeof s->token);
    if (s->len > 0)
        s->token[s->len++] = ',';
    memcpy(s->token + s->len, step, n + 1);
    s->len += n;
}

void oobseq_start(struct oobseq *s)
{
    memset(s, 0, sizeof *s);
    uds_pair(SOCK_STREAM, s->fd);
    if (set_nonblocking(s->fd[0], 1) < 0 || set_nonblocking(s->fd[1], 1) < 0)
        setup_failed("fcntl O_NONBLOCK");
}

void oobseq_send(struct oobseq *s, const char *data, int flags)
{
    size_t n = strlen(data);
    ssize_t rc = send(s->fd[0], data, n, flags);
    if (rc == (ssize_t)n)
        return;
    add_step(s, "%s=%s", (flags & MSG_OOB) ? "sendoob" : "send", io_result(rc));
    oobseq_report(s);
}

void oobseq_recv(struct oobseq *s, int n, int flags)
{
    char buf[33];
    if (n < 1 || n > 32)
        setup_error("oobseq_recv", "bad length %d", n);
    int f = flags;
#ifdef MSG_DONTWAIT
    f |= MSG_DONTWAIT;
#endif
    ssize_t rc = recv(s->fd[1], buf, (size_t)n, f);
    const char *name = (flags & MSG_OOB) ? ((flags & MSG_PEEK) ? "rOP" : "rO")
                                         : ((flags & MSG_PEEK) ? "rP" : "r");
    if (rc < 0) {
        add_step(s, "%s%d=%s", name, n, errno_name(errno));
        return;
    }
    if (rc == 0) {
        add_step(s, "%s%d=EOF", name, n);
        return;
    }
    for (ssize_t i = 0; i < rc; i++)
        if (!isalnum((unsigned char)buf[i]))
            buf[i] = '?';
    buf[rc] = '\0';
    add_step(s, "%s%d=%s", name, n, buf);
}

void oobseq_mark(struct oobseq *s)
{
    int m = sockatmark(s->fd[1]);
    if (m < 0)
        add_step(s, "mark=%s", errno_name(errno));
    else
        add_step(s, "mark=%d", m);
}

void oobseq_inline(struct oobseq *s)
{
    if (set_int_option(s->fd[1], SOL_SOCKET, SO_OOBINLINE, 1) < 0)
        add_step(s, "inline=%s", errno_name(errno));
    else
        add_step(s, "inline");
}

void oobseq_report(struct oobseq *s)
{
    if (s->len == 0)
        setup_error("oobseq_report", "no steps recorded");
    observe("%s", s->token);
}
