/*
 * Does <sys/un.h> define SUN_LEN(), and what does it count for the path "abc"?
 *
 * The BSDs document SUN_LEN as offsetof(sun_path) + strlen(sun_path): the
 * terminating NUL is not counted. NetBSD also documents a compatibility
 * fallback of sizeof(struct sockaddr_un). The value names the formula the
 * macro matched ("offset+strlen", "offset+strlen+1", "sizeof"), or the
 * number when none matched; n/a when SUN_LEN is not defined.
 *
 * Covers: ADDR-07, ADDR-08, ADDR-13
 * linux: source-derived, glibc socket/sys/un.h SUN_LEN (under __USE_MISC)
 * freebsd: unix(4) ADDRESSING SUN_LEN
 * darwin: source-derived, bsd/sys/un.h SUN_LEN
 * netbsd: unix(4) ADDRESSING SUN_LEN, COMPATIBILITY
 */
#include "probe.h"

#include <string.h>

/* glibc's SUN_LEN computes offsetof() through a null pointer, which UBSan
 * reports; that is the C library's idiom, not the probe's finding. */
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 8)
__attribute__((no_sanitize("undefined")))
#endif
void probe_main(void)
{
#ifdef SUN_LEN
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    strcpy(sa.sun_path, "abc");

    size_t n = (size_t)SUN_LEN(&sa);
    size_t base = sun_path_offset() + strlen(sa.sun_path);
    if (n == base)
        observe("offset+strlen");
    if (n == base + 1)
        observe("offset+strlen+1");
    if (n == sizeof sa)
        observe("sizeof");
    observe("%zu", n);
#else
    not_applicable("SUN_LEN not defined");
#endif
}
