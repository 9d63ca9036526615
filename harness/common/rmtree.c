/* rmtree.c - recursive removal with openat/unlinkat, never following links. */
#include "rmtree.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int remove_entries(int dirfd, int depth);

static int remove_entry(int dirfd, const char *name, int depth)
{
    if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
        return 0;
    if (errno != EISDIR && errno != EPERM)
        return -1;
    /* A directory: empty it, then remove it. */
    fchmodat(dirfd, name, S_IRWXU, 0);
    int sub = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sub < 0)
        return -1;
    int rc = remove_entries(sub, depth + 1);
    close(sub);
    if (rc == 0 && unlinkat(dirfd, name, AT_REMOVEDIR) < 0 && errno != ENOENT)
        rc = -1;
    return rc;
}

static int remove_entries(int dirfd, int depth)
{
    if (depth > 64) {
        errno = ELOOP;
        return -1;
    }
    int fd = dup(dirfd);
    if (fd < 0)
        return -1;
    DIR *d = fdopendir(fd);
    if (d == NULL) {
        close(fd);
        return -1;
    }
    int rc = 0, saved = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (remove_entry(dirfd, e->d_name, depth) < 0 && rc == 0) {
            rc = -1;
            saved = errno;
        }
    }
    closedir(d);
    errno = saved;
    return rc;
}

int rmtree(const char *path)
{
    chmod(path, S_IRWXU);
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : -1;
    int rc = remove_entries(fd, 0);
    int saved = errno;
    close(fd);
    if (rc == 0 && rmdir(path) < 0 && errno != ENOENT)
        return -1;
    errno = saved;
    return rc;
}
