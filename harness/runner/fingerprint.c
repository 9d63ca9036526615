/* fingerprint.c - uname, libc, ABI and compiler facts for the report. */
#include "fingerprint.h"
#include "expect.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif
/* The OS-version macros live in headers of their own: __FreeBSD_version in
 * <osreldate.h>, __NetBSD_Version__ and OpenBSD (yyyymm) in <sys/param.h>. */
#if defined(__FreeBSD__)
#include <osreldate.h>
#elif defined(__NetBSD__) || defined(__OpenBSD__)
#include <sys/param.h>
#endif

/* Copy with truncation; the fields are fixed-size by design. */
static void copy(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static void libc_facts(struct fingerprint *fp)
{
#if defined(__GLIBC__)
    copy(fp->libc, sizeof fp->libc, "glibc");
    copy(fp->libc_version, sizeof fp->libc_version, gnu_get_libc_version());
#elif defined(__linux__)
    /* musl defines no version macro or function; the build may pass one. */
    copy(fp->libc, sizeof fp->libc, "musl");
#ifdef UDSPROBE_LIBC_VERSION
    copy(fp->libc_version, sizeof fp->libc_version, UDSPROBE_LIBC_VERSION);
#else
    copy(fp->libc_version, sizeof fp->libc_version, "unknown");
#endif
#elif defined(__APPLE__)
    copy(fp->libc, sizeof fp->libc, "libSystem");
    copy(fp->libc_version, sizeof fp->libc_version, "");
#elif defined(__FreeBSD__)
    copy(fp->libc, sizeof fp->libc, "FreeBSD libc");
    snprintf(fp->libc_version, sizeof fp->libc_version, "%d", (int)__FreeBSD_version);
#elif defined(__NetBSD__)
    copy(fp->libc, sizeof fp->libc, "NetBSD libc");
    snprintf(fp->libc_version, sizeof fp->libc_version, "%ld", (long)__NetBSD_Version__);
#elif defined(__OpenBSD__)
    copy(fp->libc, sizeof fp->libc, "OpenBSD libc");
    snprintf(fp->libc_version, sizeof fp->libc_version, "%ld", (long)OpenBSD);
#else
    copy(fp->libc, sizeof fp->libc, "unknown");
#endif
}

void fingerprint_take(struct fingerprint *fp, const char *target, const char *emulated)
{
    memset(fp, 0, sizeof *fp);
    copy(fp->target, sizeof fp->target, target);
    copy(fp->emulated, sizeof fp->emulated, emulated ? emulated : "");
    struct utsname u;
    if (uname(&u) == 0) {
        copy(fp->os, sizeof fp->os, u.sysname);
        copy(fp->release, sizeof fp->release, u.release);
        copy(fp->version, sizeof fp->version, u.version);
        copy(fp->machine, sizeof fp->machine, u.machine);
    }
    fp->has_release_ver = release_parse(fp->release, fp->release_ver) == 0;
    libc_facts(fp);
    fp->abi_bits = (int)sizeof(void *) * 8;
    fp->long_bits = (int)sizeof(long) * 8;
    unsigned one = 1;
    copy(fp->endian, sizeof fp->endian, *(unsigned char *)&one ? "little" : "big");
#if defined(__clang__)
    snprintf(fp->compiler, sizeof fp->compiler, "clang %d.%d.%d", __clang_major__,
             __clang_minor__, __clang_patchlevel__);
#elif defined(__GNUC__)
    snprintf(fp->compiler, sizeof fp->compiler, "gcc %d.%d.%d", __GNUC__, __GNUC_MINOR__,
             __GNUC_PATCHLEVEL__);
#else
    copy(fp->compiler, sizeof fp->compiler, "unknown");
#endif
    fp->uid = (long)getuid();
    fp->euid = (long)geteuid();
}

void fingerprint_os_family(const struct fingerprint *fp, char *out, unsigned size)
{
    unsigned i = 0;
    for (; fp->os[i] && i + 1 < size; i++)
        out[i] = (char)tolower((unsigned char)fp->os[i]);
    out[i] = '\0';
}
