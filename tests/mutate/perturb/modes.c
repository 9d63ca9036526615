/*
 * modes.c - the perturbations by name, with their meanings: the table
 * behind UDSPROBE_PERTURB. To add one, add an M_ value to perturb.h and a
 * row here, in the position it should run, then the code in the wrappers
 * it affects.
 */
#include "perturb.h"

#include <string.h>

/* In the order the selftest tries them: specific misbehaviours first (the
 * ones that reach many probes at the front), blunt ones last. */
static const struct {
    const char *name;
    enum mode mode;
    const char *what;
} modes[] = {
    { "none", M_OFF, "nothing changes" },
    { "count", M_COUNT, "nothing changes; at exit the calls made are counted on stderr" },
    { "errno_other", M_ERRNO_OTHER,
      "every failing call reports another errno (EPROTO, or EIO for EPROTO); EINTR, EAGAIN "
      "and EINPROGRESS are kept" },
    { "errno_eagain", M_ERRNO_EAGAIN, "EAGAIN/EWOULDBLOCK is reported as ENOBUFS" },
    { "sockopt_plus1", M_SOCKOPT_PLUS1, "getsockopt of an int option reports the value + 1" },
    { "peercred_altered", M_PEERCRED_ALTERED,
      "SO_PEERCRED pid/uid/gid + 1, SO_PEERGROUPS first gid + 1, SO_PEERSEC first byte "
      "changed, SO_PEERPIDFD a descriptor of /dev/null" },
    { "creds_altered", M_CREDS_ALTERED, "received SCM_CREDENTIALS pid/uid/gid + 1" },
    { "recv_byte_flipped", M_RECV_BYTE_FLIPPED, "the first byte received has its low bit flipped" },
    { "name_altered", M_NAME_ALTERED,
      "addresses returned by getsockname, getpeername, accept, recvfrom and recvmsg have "
      "their last name byte changed" },
    { "addrlen_shorter", M_ADDRLEN_SHORTER, "returned address lengths are 1 smaller" },
    { "addrlen_longer", M_ADDRLEN_LONGER,
      "returned address lengths are 1 larger (while within the caller's buffer); an empty "
      "address becomes a bare AF_UNIX family" },
    { "family_altered", M_FAMILY_ALTERED, "returned AF_UNIX addresses say AF_UNSPEC" },
    { "flag_trunc", M_FLAG_TRUNC, "recvmsg flips MSG_TRUNC in msg_flags" },
    { "flag_ctrunc", M_FLAG_CTRUNC, "recvmsg flips MSG_CTRUNC in msg_flags" },
    { "flag_eor", M_FLAG_EOR, "recvmsg flips MSG_EOR in msg_flags" },
    { "cmsg_stripped", M_CMSG_STRIPPED,
      "recvmsg delivers no control data (received descriptors are closed)" },
    { "rights_lose_one", M_RIGHTS_LOSE_ONE, "the last received SCM_RIGHTS descriptor is closed and "
      "left out" },
    { "rights_extra", M_RIGHTS_EXTRA,
      "an SCM_RIGHTS message with room in its padding gets one more descriptor (/dev/null)" },
    { "rights_swapped", M_RIGHTS_SWAPPED,
      "received SCM_RIGHTS and SCM_PIDFD descriptors refer to /dev/null instead" },
    { "ioctl_value", M_IOCTL_VALUE,
      "FIONREAD/SIOCINQ and SIOCOUTQ report + 1, SIOCATMARK and sockatmark() the opposite, "
      "SIOCUNIXFILE a descriptor of /dev/null" },
    { "fdflags_flipped", M_FDFLAGS_FLIPPED,
      "fcntl F_GETFL reports O_NONBLOCK flipped, F_GETFD FD_CLOEXEC flipped" },
    { "flags_ignored", M_FLAGS_IGNORED,
      "SOCK_NONBLOCK/SOCK_CLOEXEC (socket, socketpair, accept4) and MSG_CMSG_CLOEXEC are "
      "ignored" },
    { "setsockopt_ignored", M_SETSOCKOPT_IGNORED, "setsockopt reports success and does nothing" },
    { "setsockopt_value", M_SETSOCKOPT_VALUE,
      "setsockopt of an int sets 1 for 0, 0 for 1, twice the value otherwise" },
    { "shutdown_swapped", M_SHUTDOWN_SWAPPED, "shutdown swaps SHUT_RD and SHUT_WR" },
    { "shutdown_ignored", M_SHUTDOWN_IGNORED, "shutdown reports success and does nothing" },
    { "listen_backlog", M_LISTEN_BACKLOG, "listen gets a backlog 2 larger" },
    { "nosignal_forced", M_NOSIGNAL_FORCED, "sends on AF_UNIX sockets never raise SIGPIPE" },
    { "sigpipe_extra", M_SIGPIPE_EXTRA, "a send that fails with EPIPE raises SIGPIPE (again)" },
    { "oob_ignored", M_OOB_IGNORED, "MSG_OOB is ignored by send and recv" },
    { "peek_ignored", M_PEEK_IGNORED, "MSG_PEEK is ignored: the data is consumed" },
    { "trunc_request_ignored", M_TRUNC_REQUEST_IGNORED, "MSG_TRUNC in recv flags is ignored" },
    { "waitall_ignored", M_WAITALL_IGNORED, "MSG_WAITALL is ignored" },
    { "dontwait_forced", M_DONTWAIT_FORCED, "every receive is non-blocking" },
    { "recv_short", M_RECV_SHORT,
      "receives take one byte less than is queued (or than the buffer holds): short reads, "
      "truncated datagrams" },
    { "send_short", M_SEND_SHORT, "sends pass one byte less than asked (a short write)" },
    { "send_cmsg_stripped", M_SEND_CMSG_STRIPPED, "sendmsg sends no control data" },
    { "reorder", M_REORDER,
      "the first message a process sends without control data is held back and sent after "
      "the next one" },
    { "dgram_drop", M_DGRAM_DROP,
      "every other datagram or record sent (the 1st, 3rd, ...) reports success but is not sent" },
    { "stat_type", M_STAT_TYPE, "stat/lstat/fstat report a socket as a FIFO" },
    { "stat_perm", M_STAT_PERM, "stat/lstat/fstat report group and other write bits flipped" },
    { "perm_ignored", M_PERM_IGNORED, "chmod, fchmod, chown, fchown and umask have no effect" },
    { "unlink_ignored", M_UNLINK_IGNORED, "unlink reports success and does nothing" },
    { "proc_altered", M_PROC_ALTERED, "every number read from a /proc file with fopen is + 1" },
    { "bind_name_cut", M_BIND_NAME_CUT, "bind drops the last byte of the name" },
    { "connect_name_cut", M_CONNECT_NAME_CUT, "connect and sendto drop the last byte of the name" },
    { "listen_ignored", M_LISTEN_IGNORED, "listen reports success and does nothing" },
    { "poll_no_in", M_POLL_NO_IN, "poll never reports POLLIN/POLLRDNORM on AF_UNIX sockets" },
    { "poll_no_out", M_POLL_NO_OUT, "poll never reports POLLOUT/POLLWRNORM on AF_UNIX sockets" },
    { "poll_hup", M_POLL_HUP, "poll always reports POLLHUP on AF_UNIX sockets" },
    { "poll_no_hup", M_POLL_NO_HUP, "poll never reports POLLHUP/POLLRDHUP on AF_UNIX sockets" },
    { "rights_leaked", M_RIGHTS_LEAKED,
      "descriptors sent with SCM_RIGHTS keep an extra reference in the sender forever" },
    { "abstract_as_path", M_ABSTRACT_AS_PATH,
      "bind, connect and sendto treat an abstract name as a relative pathname (the leading "
      "NUL ignored)" },
    { "names_swapped", M_NAMES_SWAPPED,
      "on a connected socket getsockname reports the peer's name and getpeername its own" },
    { "abstract_name_zeroed", M_ABSTRACT_NAME_ZEROED,
      "returned abstract names have every byte after the leading NUL reported as '0'" },
    { "dgram_queue_small", M_DGRAM_QUEUE_SMALL,
      "a non-blocking datagram socket takes 8 sends, then reports EAGAIN" },
    { "seqpacket_refused", M_SEQPACKET_REFUSED,
      "socket and socketpair refuse SOCK_SEQPACKET with EPROTONOSUPPORT (as macOS does)" },
    { "protocol_refused", M_PROTOCOL_REFUSED,
      "socket and socketpair refuse a protocol other than 0 with EPROTONOSUPPORT" },
    { "autobind_refused", M_AUTOBIND_REFUSED,
      "bind with no name bytes (an autobind request) fails with EINVAL" },
    { "abstract_refused", M_ABSTRACT_REFUSED,
      "bind, connect and sendto refuse a name with a leading NUL with ENOENT" },
    { "eisconn_enforced", M_EISCONN_ENFORCED,
      "sendto/sendmsg with an address on a connected socket fail with EISCONN" },
    { "oob_refused", M_OOB_REFUSED, "send and recv with MSG_OOB fail with EOPNOTSUPP" },
    { "shutdown_enotconn", M_SHUTDOWN_ENOTCONN,
      "shutdown of a socket without a peer fails with ENOTCONN" },
    { "fchmod_refused", M_FCHMOD_REFUSED, "fchmod of a socket fails with EINVAL" },
    { "unlink_disconnects", M_UNLINK_DISCONNECTS,
      "unlink of a socket's path resets the process's sockets bound to it (unbound, not "
      "listening, queue gone)" },
    { "close_ignored", M_CLOSE_IGNORED,
      "close of an AF_UNIX socket reports success and does nothing" },
    /* The blunt ones last: they prove what no specific misbehaviour reached. */
    { "fail_succeeds", M_FAIL_SUCCEEDS,
      "every failing call reports success instead (send: all bytes; recv: 0)" },
    { "last_fails", M_LAST_FAILS,
      "the last successful call the probe's main process makes (as counted by 'count') "
      "fails with EIO" },
    { "last_but_one_fails", M_LAST_BUT_ONE_FAILS,
      "the successful call before that one fails with EIO" },
};

enum mode mode_named(const char *name)
{
    enum mode found = M_OFF;
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(name, modes[i].name) == 0)
            found = modes[i].mode;
    return found;
}

void list_modes(void)
{
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        say(modes[i].name);
        say("\t");
        say(modes[i].what);
        say("\n");
    }
}
