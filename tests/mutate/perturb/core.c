/*
 * core.c - the perturbation library's set-up: which perturbation is
 * active, and whether this process is a probe at all.
 *
 * perturb.so is an LD_PRELOAD library that makes the OS misbehave in one
 * chosen, plausible way, so that `make selftest` can show every probe
 * noticing (see tests/mutate/README.md). A probe must be able to report
 * another value when the OS behaves differently. This library plays that
 * other OS: it interposes the libc calls probes make on sockets (and a few
 * file calls on socket files) and, as UDSPROBE_PERTURB says, bends their
 * results: a different errno, a dropped datagram, a flag cleared, a
 * credential off by one.
 *
 * It acts only in probe processes, which the runner marks with
 * UDSPROBE_SCRATCH, so the runner that loads it too is never touched.
 * read, write, poll, close, ioctl and fcntl are bent only on AF_UNIX
 * sockets (never on the pipes and files a probe also uses); the socket
 * calls themselves on whatever they are given. It never writes to
 * standard output, which carries the probes' results.
 *
 * UDSPROBE_PERTURB=list writes every perturbation's name and meaning to
 * standard error and exits. It needs dlsym(RTLD_NEXT) and calls that
 * reach libc through the dynamic linker: Linux with glibc or musl, probes
 * linked dynamically and built without _FORTIFY_SOURCE (which routes
 * read/recv/poll through __*_chk entry points this library does not see).
 */
#include "perturb.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum mode mode;
pid_t main_pid;

void say(const char *text)
{
    NEED(write, );
    if (real_write(2, text, strlen(text)) < 0) {
        /* nowhere left to report to */
    }
}

__attribute__((constructor)) static void perturb_init(void)
{
    const char *name = getenv("UDSPROBE_PERTURB");
    const char *scratch = getenv("UDSPROBE_SCRATCH");
    if (name != NULL && strcmp(name, "list") == 0) {
        list_modes();
        _exit(0);
    }
    if (name == NULL || scratch == NULL || *scratch == '\0')
        return;
    mode = mode_named(name);
    if (mode == M_OFF && strcmp(name, "none") != 0) {
        say("perturb: unknown UDSPROBE_PERTURB value\n");
        _exit(125);
    }
    main_pid = getpid();
    if (mode == M_LAST_FAILS || mode == M_LAST_BUT_ONE_FAILS)
        load_target();
}
