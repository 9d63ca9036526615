/*
 * ready.h - what select(), epoll and kqueue say about one descriptor right
 * now, as tokens that mean the same on every OS. Shared by the probes in
 * cases/readiness/ only (included as "ready.h", from this directory).
 *
 * ready_select(fd): "read=yes,write=no", a zero-timeout select() on fd in
 * the read and the write set.
 * ready_epoll(fd): the level-triggered events epoll reports for
 * EPOLLIN|EPOLLOUT|EPOLLRDHUP, as "EPOLLIN|EPOLLOUT" or "0"; n/a where
 * there is no epoll (everywhere but Linux).
 * ready_kqueue(fd): EVFILT_READ and EVFILT_WRITE registered at once and
 * collected with a zero timeout: "read=N,eof=yes|no,write=yes|no,weof=..."
 * where N is the read filter's data (bytes queued, or connections pending
 * on a listener) and read=no / write=no mean that filter did not fire; the
 * write filter's data (free space) is left out, it depends on buffer sizes.
 * n/a where there is no kqueue (Linux).
 */
#ifndef UDSPROBE_READINESS_READY_H
#define UDSPROBE_READINESS_READY_H

#include "probe.h"

#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>

#ifdef __linux__
#include <sys/epoll.h>
#endif
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) || \
    defined(__NetBSD__) || defined(__DragonFly__)
#include <sys/event.h>
#endif

static inline const char *ready_select(int fd)
{
    static char token[32];
    fd_set r, w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(fd, &r);
    FD_SET(fd, &w);
    struct timeval tv = { 0, 0 };
    if (select(fd + 1, &r, &w, NULL, &tv) < 0)
        setup_failed("select");
    snprintf(token, sizeof token, "read=%s,write=%s", yesno(FD_ISSET(fd, &r)),
             yesno(FD_ISSET(fd, &w)));
    return token;
}

static inline const char *ready_epoll(int fd)
{
#ifdef EPOLLRDHUP
    static const struct { unsigned bit; const char *name; } bits[] = {
        { EPOLLIN, "EPOLLIN" }, { EPOLLPRI, "EPOLLPRI" }, { EPOLLOUT, "EPOLLOUT" },
        { EPOLLERR, "EPOLLERR" }, { EPOLLHUP, "EPOLLHUP" }, { EPOLLRDHUP, "EPOLLRDHUP" },
    };
    static char token[96];
    int ep = epoll_create1(0);
    if (ep < 0)
        setup_failed("epoll_create1");
    struct epoll_event ev = { .events = EPOLLIN | EPOLLOUT | EPOLLRDHUP };
    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0)
        setup_failed("epoll_ctl");
    struct epoll_event got = { 0 };
    int n = epoll_wait(ep, &got, 1, 0);
    if (n < 0)
        setup_failed("epoll_wait");
    close(ep);
    unsigned left = n == 1 ? got.events : 0;
    token[0] = '\0';
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++) {
        if (left & bits[i].bit) {
            strcat(token, token[0] ? "|" : "");
            strcat(token, bits[i].name);
            left &= ~bits[i].bit;
        }
    }
    if (left)
        snprintf(token + strlen(token), sizeof token - strlen(token), "%s0x%x",
                 token[0] ? "|" : "", left);
    return token[0] ? token : "0";
#else
    (void)fd;
    not_applicable("no epoll (EPOLLRDHUP not defined)");
#endif
}

static inline const char *ready_kqueue(int fd)
{
#ifdef EVFILT_READ
    static char token[96];
    char rd[24] = "no", wr[4] = "no";
    const char *reof = "no", *weof = "no";
    int kq = kqueue();
    if (kq < 0)
        setup_failed("kqueue");
    struct kevent ch[2], ev[2];
    EV_SET(&ch[0], fd, EVFILT_READ, EV_ADD, 0, 0, 0);
    EV_SET(&ch[1], fd, EVFILT_WRITE, EV_ADD, 0, 0, 0);
    struct timespec zero = { 0, 0 };
    int n = kevent(kq, ch, 2, ev, 2, &zero);
    if (n < 0)
        setup_failed("kevent");
    close(kq);
    for (int i = 0; i < n; i++) {
        if (ev[i].flags & EV_ERROR)
            setup_error("kevent", "EV_ERROR %s", errno_name((int)ev[i].data));
        if (ev[i].filter == EVFILT_READ) {
            snprintf(rd, sizeof rd, "%lld", (long long)ev[i].data);
            reof = yesno(ev[i].flags & EV_EOF);
        } else if (ev[i].filter == EVFILT_WRITE) {
            snprintf(wr, sizeof wr, "yes");
            weof = yesno(ev[i].flags & EV_EOF);
        }
    }
    snprintf(token, sizeof token, "read=%s,eof=%s,write=%s,weof=%s", rd, reof, wr, weof);
    return token;
#else
    (void)fd;
    not_applicable("no kqueue (EVFILT_READ not defined)");
#endif
}

/* A datagram socket connected one way to a bound receiver ("r") that never
 * reads, after 64-byte non-blocking sends until one failed. */
static inline int ready_full_dgram_sender(void)
{
    int r = uds_bound(SOCK_DGRAM, "r");
    (void)r;
    int s = uds_connect_to(SOCK_DGRAM, "r");
    if (fill_socket(s, 64) == 0)
        setup_error("fill_socket", "nothing could be sent");
    return s;
}

/* A listener of this type with one connection pending (seen by a bounded
 * poll first). */
static inline int ready_pending_listener(int type)
{
    int l = uds_listener(type, "l", 4);
    int c = uds_connect_to(type, "l");
    (void)c;
    if (wait_events(l, POLLIN, WAIT_MS) <= 0)
        setup_error("poll", "no pending connection seen");
    return l;
}

#endif
