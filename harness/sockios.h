/*
 * sockios.h - the Linux socket ioctls (SIOCINQ, SIOCOUTQ, SIOCUNIXFILE)
 * where the headers provide them.
 *
 * They live in <linux/sockios.h>, which musl's compiler wrapper may not find,
 * so it is included only when present; without it, SIOCINQ and SIOCOUTQ are
 * given the values that header gives them (FIONREAD and TIOCOUTQ), so a musl
 * build asks the kernel the same questions. SIOCUNIXFILE is SIOCPROTOPRIVATE + 0
 * in <linux/un.h>, which cannot be included next to <sys/un.h>; it is
 * derived here. Where a name stays undefined, the probe reports n/a.
 */
#ifndef UDSPROBE_SOCKIOS_H
#define UDSPROBE_SOCKIOS_H

#include "probe.h"

#include <sys/ioctl.h>
#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#endif

#if defined(__linux__) && !defined(SIOCINQ) && defined(FIONREAD)
#define SIOCINQ FIONREAD
#endif
#if defined(__linux__) && !defined(SIOCOUTQ) && defined(TIOCOUTQ)
#define SIOCOUTQ TIOCOUTQ
#endif

#if defined(__linux__) && !defined(SIOCUNIXFILE) && defined(SIOCPROTOPRIVATE)
#define SIOCUNIXFILE (SIOCPROTOPRIVATE + 0)
#endif

#endif
