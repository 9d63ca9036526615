/* fsperm.c - helpers for the filesystem/ and permissions/ probes (fsperm.h). */
#include "fsperm.h"

#include <fcntl.h>
#include <stdio.h>

const char *path_type(const char *path)
{
    struct stat st;
    if (lstat(path, &st) < 0)
        return errno_name(errno);
    if (S_ISSOCK(st.st_mode))
        return "socket";
    if (S_ISREG(st.st_mode))
        return "regular";
    if (S_ISDIR(st.st_mode))
        return "directory";
    if (S_ISLNK(st.st_mode))
        return "symlink";
    if (S_ISFIFO(st.st_mode))
        return "fifo";
    if (S_ISCHR(st.st_mode))
        return "chardev";
    if (S_ISBLK(st.st_mode))
        return "blockdev";
    return "other";
}

const char *mode_octal(mode_t mode)
{
    static char buf[16];
    snprintf(buf, sizeof buf, "0%03o", (unsigned)(mode & 07777));
    return buf;
}

const char *path_mode(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return errno_name(errno);
    return mode_octal(st.st_mode);
}

void make_plain_file(const char *path)
{
    int fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0)
        setup_failed("create regular file");
    close(fd);
}

/* The child copies this when it forks, so one static slot is enough. */
static struct {
    const struct identity *id;
    int (*fn)(void *);
    void *arg;
} as_call;

#define RUN_AS_BECOME_FAILED 254

static int run_as_child(void *unused)
{
    (void)unused;
    if (become(as_call.id) < 0)
        return RUN_AS_BECOME_FAILED;
    int rc = as_call.fn(as_call.arg);
    return rc < 0 || rc > 252 ? 253 : rc;
}

int run_as(const struct identity *id, int (*fn)(void *), void *arg)
{
    as_call.id = id;
    as_call.fn = fn;
    as_call.arg = arg;
    int rc = wait_child(run_child(run_as_child, NULL), WAIT_MS);
    if (rc == RUN_AS_BECOME_FAILED)
        setup_error("run_as", "become(uid %ld) failed in the child", (long)id->uid);
    if (rc < 0)
        setup_error("run_as", "the child did not finish within %d ms", WAIT_MS);
    if (rc == 253)
        setup_error("run_as", "the child's call reported an unexpected result");
    return rc;
}

void private_listener(const struct identity *owner)
{
    CHECK(mkdir("d", 0700));
    CHECK(chmod("d", 0711));
    uds_listener(SOCK_STREAM, "d/sock", 4);
    CHECK(chown("d/sock", owner->uid, owner->gid));
    CHECK(chmod("d/sock", 0700));
}

static int connect_sock(void *unused)
{
    (void)unused;
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0)
        return 253;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    return connect(s, (struct sockaddr *)&sa, len) < 0 ? errno : 0;
}

int connect_as(const struct identity *id)
{
    CHECK(chdir("d"));
    int err = run_as(id, connect_sock, NULL);
    CHECK(chdir(".."));
    return err;
}
