/* fingerprint.h - the facts that identify the platform a report came from. */
#ifndef UDSPROBE_FINGERPRINT_H
#define UDSPROBE_FINGERPRINT_H

struct fingerprint {
    char target[64];       /* --target, e.g. "host", "gvisor", "linux-6.1" */
    char os[64];           /* uname -s */
    char release[128];     /* uname -r */
    char version[256];     /* uname -v */
    char machine[64];      /* uname -m */
    char libc[32];         /* glibc, musl, FreeBSD libc, libSystem, ... */
    char libc_version[32];
    int abi_bits;          /* pointer width */
    int long_bits;
    char endian[8];        /* little, big */
    char compiler[128];
    char emulated[128];    /* "" or what emulates it, e.g. "qemu-user aarch64" */
    long uid, euid;
    int release_ver[3];    /* leading numbers of release */
    int has_release_ver;
};

void fingerprint_take(struct fingerprint *fp, const char *target, const char *emulated);
/* "linux", "freebsd", "darwin", ...: the expectation file's name. */
void fingerprint_os_family(const struct fingerprint *fp, char *out, unsigned size);

#endif
