/* oob.c - MSG_OOB sequences, recorded step by step as one token (oob.h). */
#include "oob.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct oobseq {
    int fd[2]; /* [0] sends, [1] receives: a SOCK_STREAM socketpair */
    char token[240];
    size_t len;
};

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
        setup_error("oob_sequence", "token longer than %zu bytes", sizeof s->token);
    if (s->len > 0)
        s->token[s->len++] = ',';
    memcpy(s->token + s->len, step, n + 1);
    s->len += n;
}

static UDS_NORETURN void report(struct oobseq *s)
{
    if (s->len == 0)
        setup_error("oob_sequence", "no steps recorded");
    observe("%s", s->token);
}

/* A send that does not take every byte ends the sequence: what follows
 * would not mean what the script says. */
static void do_send(struct oobseq *s, const char *data, size_t n, int flags)
{
    ssize_t rc = send(s->fd[0], data, n, flags);
    if (rc == (ssize_t)n)
        return;
    add_step(s, "%s=%s", (flags & MSG_OOB) ? "sendoob" : "send", io_result(rc));
    report(s);
}

static void do_recv(struct oobseq *s, const char *name, int n, int flags)
{
    char buf[33];
    if (n < 1 || n > 32)
        setup_error("oob_sequence", "bad length %d", n);
    int f = flags;
#ifdef MSG_DONTWAIT
    f |= MSG_DONTWAIT;
#endif
    ssize_t rc = recv(s->fd[1], buf, (size_t)n, f);
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

static void do_mark(struct oobseq *s)
{
    int m = sockatmark(s->fd[1]);
    if (m < 0)
        add_step(s, "mark=%s", errno_name(errno));
    else
        add_step(s, "mark=%d", m);
}

static void do_inline(struct oobseq *s)
{
    if (set_int_option(s->fd[1], SOL_SOCKET, SO_OOBINLINE, 1) < 0)
        add_step(s, "inline=%s", errno_name(errno));
    else
        add_step(s, "inline");
}

/* One step of the script, n bytes at word. */
static void run_step(struct oobseq *s, const char *word, size_t n)
{
    static const struct { const char *name; int flags; } recvs[] = {
        { "rOP", MSG_OOB | MSG_PEEK }, { "rO", MSG_OOB }, { "rP", MSG_PEEK }, { "r", 0 },
    };
    if (n > 8 && strncmp(word, "sendoob:", 8) == 0) {
        do_send(s, word + 8, n - 8, MSG_OOB);
        return;
    }
    if (n > 5 && strncmp(word, "send:", 5) == 0) {
        do_send(s, word + 5, n - 5, 0);
        return;
    }
    if (n == 4 && strncmp(word, "mark", 4) == 0) {
        do_mark(s);
        return;
    }
    if (n == 6 && strncmp(word, "inline", 6) == 0) {
        do_inline(s);
        return;
    }
    for (size_t i = 0; i < sizeof recvs / sizeof recvs[0]; i++) {
        size_t k = strlen(recvs[i].name);
        if (n > k && strncmp(word, recvs[i].name, k) == 0 && isdigit((unsigned char)word[k])) {
            do_recv(s, recvs[i].name, atoi(word + k), recvs[i].flags);
            return;
        }
    }
    setup_error("oob_sequence", "unknown step \"%.*s\"", (int)n, word);
}

void oob_sequence(const char *script)
{
    struct oobseq s;
    memset(&s, 0, sizeof s);
    uds_pair(SOCK_STREAM, s.fd);
    if (set_nonblocking(s.fd[0], 1) < 0 || set_nonblocking(s.fd[1], 1) < 0)
        setup_failed("fcntl O_NONBLOCK");
    for (const char *p = script; *p != '\0';) {
        size_t n = strcspn(p, " ");
        if (n > 0)
            run_step(&s, p, n);
        p += n + (p[n] == ' ');
    }
    report(&s);
}
