/*
 * flags.c - the flags a call is given, as the perturbation changes them
 * (peek_ignored, waitall_ignored, trunc_request_ignored, oob_ignored,
 * dontwait_forced, nosignal_forced, flags_ignored) or refuses them
 * (oob_refused).
 */
#include "perturb.h"

int recv_flags(int flags)
{
    if (mode == M_PEEK_IGNORED)
        flags &= ~MSG_PEEK;
    if (mode == M_WAITALL_IGNORED)
        flags &= ~MSG_WAITALL;
    if (mode == M_TRUNC_REQUEST_IGNORED)
        flags &= ~MSG_TRUNC;
    if (mode == M_OOB_IGNORED)
        flags &= ~MSG_OOB;
    if (mode == M_DONTWAIT_FORCED)
        flags |= MSG_DONTWAIT;
    if (mode == M_FLAGS_IGNORED)
        flags &= ~MSG_CMSG_CLOEXEC;
    return flags;
}

int send_flags(int flags)
{
    if (mode == M_OOB_IGNORED)
        flags &= ~MSG_OOB;
    if (mode == M_NOSIGNAL_FORCED)
        flags |= MSG_NOSIGNAL;
    return flags;
}

int type_flags(int type)
{
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    if (mode == M_FLAGS_IGNORED)
        type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    return type;
}

int refused_flags(int flags)
{
    if (mode == M_OOB_REFUSED && (flags & MSG_OOB)) {
        errno = EOPNOTSUPP;
        return 1;
    }
    return 0;
}
