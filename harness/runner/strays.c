/*
 * strays.c - killing what escaped a probe's process group.
 *
 * Killing a probe's group misses a grandchild that called setsid() or
 * setpgid(). On Linux the runner is a child subreaper, so such a process is
 * reparented to it when its parent dies, and the runner kills every child
 * it has when the run ends. Other systems have no subreaper: there only the
 * process group is killed.
 */
#include "strays.h"

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

void strays_adopt(void)
{
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

/* The parent pid of process pid, or -1 when /proc does not say. */
static long parent_of(long pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    char *rp = strrchr(buf, ')'); /* comm may hold spaces */
    long ppid;
    char state;
    if (rp == NULL || sscanf(rp + 1, " %c %ld", &state, &ppid) != 2)
        return -1;
    return ppid;
}

/* Kill every process whose parent is the runner; how many there were. */
static int kill_children(void)
{
    DIR *d = opendir("/proc");
    if (d == NULL)
        return 0;
    int found = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (*end != '\0' || pid <= 0)
            continue;
        if (parent_of(pid) == (long)getpid()) {
            kill((pid_t)pid, SIGKILL);
            found++;
        }
    }
    closedir(d);
    return found;
}

void strays_kill(void)
{
    for (int round = 0; round < 16; round++) {
        int found = kill_children();
        while (waitpid(-1, NULL, WNOHANG) > 0)
            ;
        if (!found)
            return;
        /* wait for the killed ones so their own children reparent to us */
        while (waitpid(-1, NULL, 0) > 0)
            ;
    }
}
#else
void strays_adopt(void)
{
}

void strays_kill(void)
{
}
#endif
