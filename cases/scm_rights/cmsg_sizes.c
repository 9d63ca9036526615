/*
 * CMSG_LEN(sizeof(int)) and CMSG_SPACE(sizeof(int)): the size of a
 * one-descriptor SCM_RIGHTS message, an ABI fact of the platform.
 *
 * The values depend on sizeof(struct cmsghdr) and the alignment the
 * headers use: 20 and 24 on LP64 Linux and FreeBSD; 16 and 16 on 32-bit
 * Linux and on macOS (4-byte alignment). Code that hard-codes them breaks
 * across ABIs.
 *
 * Covers: RIGHTS-21, RIGHTS-20
 * linux: cmsg(3) (CMSG_LEN, CMSG_SPACE)
 * freebsd: source-derived, sys/sys/socket.h CMSG_SPACE, CMSG_LEN
 * darwin: source-derived, bsd/sys/socket.h CMSG_SPACE (__DARWIN_ALIGN32)
 * openbsd: source-derived, sys/sys/socket.h CMSG_SPACE
 * netbsd: source-derived, sys/sys/socket.h CMSG_SPACE
 */
#include "probe.h"

void probe_main(void)
{
    observe("len=%zu,space=%zu", (size_t)CMSG_LEN(sizeof(int)), (size_t)CMSG_SPACE(sizeof(int)));
}
