/*
 * shutoob.h - small helpers shared by the shutdown and oob probes.
 *
 * shut_poll_events(): the poll events of a socket right now, asked and
 * masked with one fixed set so the token is the same wherever the same
 * flags are raised.
 *
 * struct oobseq: a sequence of MSG_OOB sends, receives and sockatmark()
 * checks on one stream socketpair, recorded step by step as one token in
 * the notation of spec/platforms.md section 11, without quotes or spaces:
 *     r5=hell     recv of up to 5 bytes gave "hell"
 *     rO1=o       recv(MSG_OOB) of up to 1 byte gave "o"
 *     rP10=hell   recv(MSG_PEEK) of up to 10 bytes
 *     rOP1=x      recv(MSG_OOB|MSG_PEEK)
 *     r1=EAGAIN   a receive that failed, by errno name; r1=EOF: it gave 0
 *     mark=1      sockatmark() gave 1 (or 0, or the errno name)
 *     inline      setsockopt(SO_OOBINLINE, 1) worked (inline=ERRNO if not)
 *     sendoob=EOPNOTSUPP   a send that did not take every byte: the errno
 *                 name or the byte count; the sequence ends there
 * Every receive is non-blocking (O_NONBLOCK, plus MSG_DONTWAIT where it
 * exists), so nothing waits.
 */
#ifndef UDSPROBE_SHUTOOB_H
#define UDSPROBE_SHUTOOB_H

#include "probe.h"

/* poll(fd) with a zero timeout for POLLIN|POLLOUT (|POLLRDHUP where it is
 * defined); the result keeps only those flags plus POLLHUP and POLLERR and
 * is written to out as poll_flags_name() spells it ("0" for none), or as
 * the errno name if poll fails. */
void shut_poll_events(int fd, char *out, size_t size);

struct oobseq {
    int fd[2]; /* [0] sends, [1] receives: a SOCK_STREAM socketpair */
    char token[240];
    size_t len;
};

/* Make the stream socketpair, both ends non-blocking, and an empty token. */
void oobseq_start(struct oobseq *s);
/* send(fd[0], data, strlen(data), flags). When not every byte is taken,
 * records "send=..." ("sendoob=..." with MSG_OOB) and reports the token:
 * the sequence cannot go on meaningfully. Records nothing on success. */
void oobseq_send(struct oobseq *s, const char *data, int flags);
/* recv(fd[1]) of up to n (at most 32) bytes with flags (MSG_OOB, MSG_PEEK). */
void oobseq_recv(struct oobseq *s, int n, int flags);
/* sockatmark(fd[1]). */
void oobseq_mark(struct oobseq *s);
/* setsockopt(fd[1], SOL_SOCKET, SO_OOBINLINE, 1). */
void oobseq_inline(struct oobseq *s);
/* Report the token. */
UDS_NORETURN void oobseq_report(struct oobseq *s);

#endif
