/*
 * stat.c - stat, lstat and fstat report a socket as a FIFO (stat_type) or
 * its group and other write bits flipped (stat_perm).
 */
#include "perturb.h"

static void alter_stat(struct stat *st)
{
    if (mode == M_STAT_TYPE && S_ISSOCK(st->st_mode))
        st->st_mode = (st->st_mode & ~(mode_t)S_IFMT) | S_IFIFO;
    if (mode == M_STAT_PERM)
        st->st_mode ^= S_IWGRP | S_IWOTH;
}

int stat(const char *path, struct stat *st)
{
    NEED(stat, -1);
    if (mode == M_OFF)
        return real_stat(path, st);
    int rc = real_stat(path, st);
    if (rc == 0)
        alter_stat(st);
    return finish(rc);
}

int lstat(const char *path, struct stat *st)
{
    NEED(lstat, -1);
    if (mode == M_OFF)
        return real_lstat(path, st);
    int rc = real_lstat(path, st);
    if (rc == 0)
        alter_stat(st);
    return finish(rc);
}

int fstat(int fd, struct stat *st)
{
    NEED(fstat, -1);
    if (mode == M_OFF)
        return real_fstat(fd, st);
    int rc = real_fstat(fd, st);
    if (rc == 0)
        alter_stat(st);
    return finish(rc);
}
