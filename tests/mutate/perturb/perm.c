/*
 * perm.c - permissions and owners: chmod, fchmod, chown, fchown and umask
 * without effect (perm_ignored); fchmod of a socket refused
 * (fchmod_refused).
 */
#include "perturb.h"

#include <unistd.h>

int chmod(const char *path, mode_t perm)
{
    NEED(chmod, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    return mode == M_OFF ? real_chmod(path, perm) : finish(real_chmod(path, perm));
}

int fchmod(int fd, mode_t perm)
{
    NEED(fchmod, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    if (mode == M_FCHMOD_REFUSED && sock_type(fd) >= 0) {
        errno = EINVAL;
        return -1;
    }
    return mode == M_OFF ? real_fchmod(fd, perm) : finish(real_fchmod(fd, perm));
}

int chown(const char *path, uid_t uid, gid_t gid)
{
    NEED(chown, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    return mode == M_OFF ? real_chown(path, uid, gid) : finish(real_chown(path, uid, gid));
}

int fchown(int fd, uid_t uid, gid_t gid)
{
    NEED(fchown, -1);
    if (mode == M_PERM_IGNORED)
        return 0;
    return mode == M_OFF ? real_fchown(fd, uid, gid) : finish(real_fchown(fd, uid, gid));
}

mode_t umask(mode_t mask)
{
    NEED(umask, 0);
    mode_t old = real_umask(mask);
    if (mode == M_PERM_IGNORED)
        real_umask(old);
    return old;
}
