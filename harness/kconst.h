/*
 * kconst.h - kernel constants the C library's headers may lack.
 *
 * Options newer than the headers a probe is built with (SO_PEERPIDFD,
 * SO_PASSRIGHTS, SO_INQ, ...), the BSDs' SOL_LOCAL, and the Linux socket
 * ioctls, each given the value the kernel's own headers give it, and only
 * where that value is known to be right: the Linux option numbers on the
 * architectures that use asm-generic's numbering (UDS_LINUX_GENERIC_SOCKOPTS;
 * alpha, mips, parisc and sparc number them their own way). A probe that
 * includes this still says n/a where a name stays undefined.
 */
#ifndef UDSPROBE_KCONST_H
#define UDSPROBE_KCONST_H

#include "probe.h"

#include <sys/ioctl.h>
#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#endif

#if defined(__linux__) && !defined(__alpha__) && !defined(__mips__) && \
    !defined(__hppa__) && !defined(__sparc__)
#define UDS_LINUX_GENERIC_SOCKOPTS 1
#endif

/* ---- socket options (asm-generic/socket.h) ---- */
#ifdef UDS_LINUX_GENERIC_SOCKOPTS
#ifndef SO_PASSPIDFD
#define SO_PASSPIDFD 76
#endif
#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77
#endif
#ifndef SO_PASSRIGHTS
#define SO_PASSRIGHTS 83
#endif
#ifndef SO_INQ
#define SO_INQ 84
#endif
#ifndef SCM_INQ
#define SCM_INQ SO_INQ
#endif
#endif

/* SO_PEEK_OFF is 42 on the architectures that have been checked. */
#if !defined(SO_PEEK_OFF) && defined(__linux__) && \
    (defined(__x86_64__) || defined(__i386__) || defined(__aarch64__) || \
     defined(__arm__) || defined(__riscv))
#define SO_PEEK_OFF 42
#endif

/* SCM_PIDFD is 4 on every architecture (include/linux/socket.h, next to
 * SCM_RIGHTS 1, SCM_CREDENTIALS 2, SCM_SECURITY 3); it is not equal to
 * SO_PASSPIDFD, whatever some notes say. */
#if defined(__linux__) && !defined(SCM_PIDFD)
#define SCM_PIDFD 0x04
#endif

/* ---- the BSDs' level for AF_UNIX options: 0, named or not ---- */
#if (defined(__FreeBSD__) || defined(__NetBSD__) || defined(__APPLE__)) && !defined(SOL_LOCAL)
#define SOL_LOCAL 0
#endif

/* ---- Linux socket ioctls ----
 * They live in <linux/sockios.h>, which musl's compiler wrapper may not
 * find, so it is included only when present; without it, SIOCINQ and
 * SIOCOUTQ are given the values that header gives them (FIONREAD and
 * TIOCOUTQ), so a musl build asks the kernel the same questions.
 * SIOCUNIXFILE is SIOCPROTOPRIVATE + 0 in <linux/un.h>, which cannot be
 * included next to <sys/un.h>; it is derived here. */
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
