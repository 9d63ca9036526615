/*
 * socket.c - making sockets: socket and socketpair, with their flags
 * ignored (flags_ignored) or their type or protocol refused
 * (seqpacket_refused, protocol_refused).
 */
#include "perturb.h"

/* The errno with which socket/socketpair refuse type and protocol, or 0. */
static int refused_socket(int type, int protocol)
{
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    if (mode == M_SEQPACKET_REFUSED && type == SOCK_SEQPACKET)
        return EPROTONOSUPPORT;
    if (mode == M_PROTOCOL_REFUSED && protocol != 0)
        return EPROTONOSUPPORT;
    return 0;
}

int socket(int domain, int type, int protocol)
{
    NEED(socket, -1);
    if (mode == M_OFF)
        return real_socket(domain, type, protocol);
    int err = refused_socket(type, protocol);
    if (err != 0) {
        errno = err;
        return -1;
    }
    int fd = real_socket(domain, type_flags(type), protocol);
    if (fd < 0 && mode == M_FAIL_SUCCEEDS && !transient(errno))
        return real_socket(AF_UNIX, SOCK_STREAM, 0);
    return finish_fd(fd);
}

int socketpair(int domain, int type, int protocol, int sv[2])
{
    NEED(socketpair, -1);
    NEED(close, -1);
    if (mode == M_OFF)
        return real_socketpair(domain, type, protocol, sv);
    int err = refused_socket(type, protocol);
    if (err != 0) {
        errno = err;
        return -1;
    }
    int rc = real_socketpair(domain, type_flags(type), protocol, sv);
    if (rc < 0 && mode == M_FAIL_SUCCEEDS && !transient(errno))
        return real_socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    if (rc == 0) {
        forget_fd(sv[0]);
        forget_fd(sv[1]);
    }
    if (rc == 0 && success_fails()) {
        real_close(sv[0]);
        real_close(sv[1]);
        errno = EIO;
        return -1;
    }
    if (rc < 0)
        failure_succeeds();
    return rc;
}
