/*
 * The Asio fd-passing client's receive loop, fed two descriptors: its
 * control buffer is CMSG_SPACE(sizeof(int)), it never checks MSG_CTRUNC,
 * and it keeps the first int of the (last) SCM_RIGHTS message. What does
 * such a client end up with?
 *
 * kept=first|second|none: which descriptor the client holds (the first is
 * a pipe, the second a regular file); ctrunc: was MSG_CTRUNC set;
 * leaked: descriptors that arrived in the process but that the client does
 * not know about. Where CMSG_SPACE(sizeof(int)) has room for two ints (LP64
 * padding), both arrive and one leaks; elsewhere the second is cut off.
 *
 * Covers: RIGHTS-08, RIGHTS-20
 * linux: unix(7) SCM_RIGHTS (fds that do not fit are closed, MSG_CTRUNC set); cmsg(3)
 */
#include "probe.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>

void probe_main(void)
{
    int sv[2], p[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(pipe(p));
    int f = open("file", O_CREAT | O_RDWR, 0600);
    CHECK(f);
    int two[2] = { p[1], f };
    CHECK(send_fds(sv[0], two, 2, "reply", 5));
    int before = count_open_fds();

    /* The client's code, as in the seed. */
    char reply[1024];
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    struct iovec iov = { reply, sizeof(reply) };
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(int))];
    } cmsgu;
    msg.msg_control = cmsgu.buf;
    msg.msg_controllen = sizeof(cmsgu.buf);
    CHECK(recvmsg(sv[1], &msg, 0));
    int fd = -1;
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    while (cmsg != NULL) {
        if (cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS)
            memcpy(&fd, CMSG_DATA(cmsg), sizeof(fd));
        cmsg = CMSG_NXTHDR(&msg, cmsg);
    }

    int arrived = count_open_fds() - before;
    const char *kept = "none";
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0)
        kept = S_ISFIFO(st.st_mode) ? "first" : S_ISREG(st.st_mode) ? "second" : "other";
    observe("kept=%s,ctrunc=%s,leaked=%d", kept, yesno(msg.msg_flags & MSG_CTRUNC),
            arrived - (fd >= 0 ? 1 : 0));
}
