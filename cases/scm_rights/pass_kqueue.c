/*
 * Can a kqueue's descriptor be passed (BSD, macOS)?
 *
 * The descriptor is sent with one data byte over a stream socketpair. The
 * value is sendmsg's errno when the send fails, otherwise how many
 * descriptors arrived and whether the first is the same object (fstat
 * st_dev, st_ino and file type).
 *
 * Covers: RIGHTS-01, RIGHTS-13
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_internalize (kqueue is not fg_sendable)
 */
#include "rights.h"

#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) || \
    defined(__NetBSD__) || defined(__DragonFly__)
#include <sys/event.h>
#define UDS_HAVE_KQUEUE 1
#endif

void probe_main(void)
{
#ifdef UDS_HAVE_KQUEUE
    int k = kqueue();
    CHECK(k);
    observe("%s", rights_pass_token(SOCK_STREAM, k));
#else
    not_applicable("kqueue is not available here");
#endif
}
