/* uml-xstate-shim.c - lets Debian's user-mode Linux 6.1 boot on hosts whose
 * XSAVE area is larger than UML 6.1 expects (AVX-512, AMX, CET state).
 *
 * UML 6.1 sizes its floating-point buffer at build time. The host kernel
 * refuses PTRACE_SETREGSET(NT_X86_XSTATE) with EFAULT unless the buffer is
 * the host's full XSAVE size, and UML panics at boot ("ptrace set fp regs
 * failed"). linux.uml calls glibc's ptrace(), so this LD_PRELOAD library
 * routes the two XSTATE requests through a full-size buffer: GET reads the
 * whole state and hands UML the part it asked for; SET first reads the whole
 * state, overlays UML's part and writes the whole buffer back, so no register
 * state beyond UML's part is lost.
 *
 * Build: cc -O2 -shared -fPIC -o uml-xstate-shim.so uml-xstate-shim.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#include <sys/uio.h>

#ifndef NT_X86_XSTATE
#define NT_X86_XSTATE 0x202
#endif

typedef long (*ptrace_fn)(enum __ptrace_request, ...);

/* Static, not on the stack: UML's kernel stacks are small. UML's tracer
 * is single-threaded, so one buffer is enough. */
static unsigned char full[64 * 1024] __attribute__((aligned(64)));

static ptrace_fn real_ptrace(void)
{
    static ptrace_fn fn;
    if (fn == NULL)
        fn = (ptrace_fn)dlsym(RTLD_NEXT, "ptrace");
    return fn;
}

static long xstate(ptrace_fn real, enum __ptrace_request req, pid_t pid, struct iovec *uml)
{
    struct iovec whole = { full, sizeof full };
    long rc = real(PTRACE_GETREGSET, pid, (void *)(long)NT_X86_XSTATE, &whole);
    if (rc < 0)
        return rc;
    size_t n = whole.iov_len < uml->iov_len ? whole.iov_len : uml->iov_len;
    if (req == PTRACE_GETREGSET) {
        memcpy(uml->iov_base, full, n);
        uml->iov_len = n;
        return 0;
    }
    memcpy(full, uml->iov_base, n);
    return real(PTRACE_SETREGSET, pid, (void *)(long)NT_X86_XSTATE, &whole);
}

long ptrace(enum __ptrace_request request, ...)
{
    va_list ap;
    va_start(ap, request);
    pid_t pid = va_arg(ap, pid_t);
    void *addr = va_arg(ap, void *);
    void *data = va_arg(ap, void *);
    va_end(ap);
    ptrace_fn real = real_ptrace();
    if (real == NULL) {
        errno = ENOSYS;
        return -1;
    }
    if ((request == PTRACE_GETREGSET || request == PTRACE_SETREGSET) &&
        (long)addr == NT_X86_XSTATE && data != NULL)
        return xstate(real, request, pid, data);
    return real(request, pid, addr, data);
}
