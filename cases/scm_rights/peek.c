/*
 * MSG_PEEK on a message that carries descriptors does not consume them.
 *
 * After recvmsg(MSG_PEEK), a normal recvmsg must still get the descriptor.
 * Linux installs duplicate descriptors for the peeker as well; FreeBSD
 * returns control data that holds no usable descriptor numbers, so the
 * probe never reads numbers from the peeked control data: it counts the
 * descriptors that appeared in the process during the peek (and closes
 * them). The value: how many appeared during the peek, and how many the
 * normal receive got.
 *
 * Covers: RIGHTS-16
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic / __unix_dgram_recvmsg (scm_fp_dup on MSG_PEEK)
 */
#include "probe.h"

#define SCAN 1024

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");

    static char was_open[SCAN];
    for (int fd = 0; fd < SCAN; fd++)
        was_open[fd] = (char)fd_is_open(fd);
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), MSG_PEEK, &got);
    if (got.bytes < 0)
        observe("peek=%s", errno_name(got.err));
    int appeared = 0;
    for (int fd = 0; fd < SCAN; fd++)
        if (!was_open[fd] && fd_is_open(fd)) {
            close(fd);
            appeared++;
        }

    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), MSG_DONTWAIT, &got);
    if (got.bytes < 0)
        observe("peek_new=%d,recv=%s", appeared, errno_name(got.err));
    observe("peek_new=%d,recv_nfds=%d", appeared, got.nfds);
}
