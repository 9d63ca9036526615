/* sockets.c - the socket setups that probes would otherwise repeat. */
#include "probe.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>

int uds_socket(int type)
{
    int fd = socket(AF_UNIX, type, 0);
    if (fd < 0) {
        if (type == SOCK_SEQPACKET &&
            (errno == EPROTONOSUPPORT || errno == ESOCKTNOSUPPORT || errno == EPROTOTYPE))
            not_applicable("socket(AF_UNIX, SOCK_SEQPACKET) gives %s", errno_name(errno));
        setup_failed("socket");
    }
    return fd;
}

void uds_pair(int type, int sv[2])
{
    if (socketpair(AF_UNIX, type, 0, sv) < 0) {
        if (type == SOCK_SEQPACKET &&
            (errno == EPROTONOSUPPORT || errno == ESOCKTNOSUPPORT || errno == EPROTOTYPE ||
             errno == EOPNOTSUPP))
            not_applicable("socketpair(AF_UNIX, SOCK_SEQPACKET) gives %s", errno_name(errno));
        setup_failed("socketpair");
    }
}

int uds_bound(int type, const char *path)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    int fd = uds_socket(type);
    if (bind(fd, (struct sockaddr *)&sa, len) < 0)
        setup_failed("bind");
    return fd;
}

int uds_listener(int type, const char *path, int backlog)
{
    int fd = uds_bound(type, path);
    if (type != SOCK_DGRAM && listen(fd, backlog) < 0)
        setup_failed("listen");
    return fd;
}

int uds_connect_to(int type, const char *path)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    int fd = uds_socket(type);
    if (connect(fd, (struct sockaddr *)&sa, len) < 0)
        setup_failed("connect");
    return fd;
}

void uds_connected_pair(int type, const char *path, int *client, int *server)
{
    if (type == SOCK_DGRAM) {
        char back[sizeof ((struct sockaddr_un *)0)->sun_path];
        snprintf(back, sizeof back, "%s.peer", path);
        *server = uds_bound(type, path);
        *client = uds_bound(type, back);
        struct sockaddr_un sa;
        socklen_t len = uds_addr_path(&sa, back);
        if (connect(*server, (struct sockaddr *)&sa, len) < 0)
            setup_failed("connect server to client");
        len = uds_addr_path(&sa, path);
        if (connect(*client, (struct sockaddr *)&sa, len) < 0)
            setup_failed("connect client to server");
        return;
    }
    int l = uds_listener(type, path, 4);
    *client = uds_connect_to(type, path);
    *server = accept(l, NULL, NULL);
    if (*server < 0)
        setup_failed("accept");
    close(l);
}

int set_nonblocking(int fd, int on)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    return fcntl(fd, F_SETFL, on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK));
}

int set_int_option(int fd, int level, int name, int value)
{
    return setsockopt(fd, level, name, &value, sizeof value);
}

int get_int_option(int fd, int level, int name, int *value)
{
    socklen_t len = sizeof *value;
    *value = 0;
    return getsockopt(fd, level, name, value, &len);
}
