/* spawn.c - the child side of starting a probe: isolate, drop, exec. */
#include "spawn.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

const char *errno_name(int err); /* harness/lib/errnames.c */
extern char **environ;

NORETURN static void child_fail(const char *where)
{
    /* Reported through the protocol, so the verdict names the cause. */
    dprintf(1, "error %s %s\n", where, errno_name(errno));
    _exit(127);
}

static void reset_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (int sig = 1; sig < 65; sig++)
        if (sig != SIGKILL && sig != SIGSTOP)
            sigaction(sig, &sa, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

/* Descriptors the runner inherited without close-on-exec (from make, a CI
 * job, a test) must not reach the probes, some of which count or exhaust
 * their own. */
static void close_inherited(void)
{
#if defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__NetBSD__) || \
    (defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34)))
    closefrom(3);
#else
    DIR *d = opendir("/proc/self/fd");
    if (d == NULL)
        d = opendir("/dev/fd");
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char *end;
        long fd = strtol(e->d_name, &end, 10);
        if (*end == '\0' && end != e->d_name && fd >= 3 && fd != dirfd(d))
            close((int)fd);
    }
    closedir(d);
#endif
}

/* Drop to uid/gid with no supplementary groups, then check that it held:
 * real, effective and saved ids, the group list, and no way back to root. */
static void drop_privileges(uid_t uid, gid_t gid)
{
    if (setgroups(0, NULL) < 0 || setgid(gid) < 0 || setuid(uid) < 0)
        child_fail("drop-privileges");
    int saved_ok = 1;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__OpenBSD__)
    uid_t ru, eu, su;
    gid_t rg, eg, sg;
    saved_ok = getresuid(&ru, &eu, &su) == 0 && getresgid(&rg, &eg, &sg) == 0 && su == uid &&
               sg == gid;
#endif
    if (!saved_ok || getuid() != uid || geteuid() != uid || getgid() != gid ||
        getegid() != gid || getgroups(0, NULL) != 0 || setuid(0) == 0) {
        errno = EPERM;
        child_fail("drop-privileges-verify");
    }
}

/* Own process group, default signals, no core, the three standard
 * descriptors and nothing else, the scratch dir and its environment. */
static void isolate(const struct spawn *sp, const struct exec_opts *o)
{
    setpgid(0, 0);
    reset_signals();
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull < 0 || dup2(devnull, 0) < 0 || dup2(sp->out_fd, 1) < 0 ||
        dup2(sp->err_fd, 2) < 0)
        _exit(126);
    if (devnull > 2)
        close(devnull);
    close_inherited();
    if (chdir(sp->scratch) < 0)
        child_fail("chdir-scratch");
    if (setenv("UDSPROBE_SCRATCH", sp->scratch, 1) < 0 || setenv("UDSPROBE_TAG", sp->tag, 1) < 0 ||
        setenv("TMPDIR", sp->scratch, 1) < 0 ||
        (o->ids != NULL && setenv("UDSPROBE_IDS", o->ids, 1) < 0))
        child_fail("setenv");
}

void spawn_probe(const struct spawn *sp, const struct exec_opts *o)
{
    isolate(sp, o);
    char probe[PATH_MAX];
    if (o->multicall != NULL)
        snprintf(probe, sizeof probe, "%s", o->multicall);
    else
        snprintf(probe, sizeof probe, "%s/%s", o->probe_dir, sp->id);
    /* A multi-call binary is told which probe to be; a standalone probe sees
     * its ID as argv[0]. Under an emulator (qemu-user with no binfmt_misc),
     * the emulator is what runs, with the probe's path as its first argument. */
    char *id = (char *)sp->id;
    char *argv_multi[] = { probe, id, NULL };
    char *argv_one[] = { id, NULL };
    char *argv_via[] = { (char *)o->exec_via, probe, o->multicall != NULL ? id : NULL, NULL };
    char **argv = o->exec_via != NULL ? argv_via : o->multicall != NULL ? argv_multi : argv_one;
    const char *path = o->exec_via != NULL ? o->exec_via : probe;
    if (sp->drop) {
#if defined(__linux__) || defined(__FreeBSD__)
        /* Open the binary while still root: the build may sit in a directory
         * the unprivileged identity cannot search (a clone under /root). */
        int exe = open(path, O_RDONLY | O_CLOEXEC);
        if (exe < 0)
            child_fail("exec");
        drop_privileges(o->drop_uid, o->drop_gid);
        fexecve(exe, argv, environ);
        child_fail("exec");
#else
        drop_privileges(o->drop_uid, o->drop_gid);
#endif
    }
    execv(path, argv);
    child_fail("exec");
}
