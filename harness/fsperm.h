/*
 * fsperm.h - small helpers for the filesystem/ and permissions/ probes.
 *
 * Names for what a path is and what mode it has (tokens that mean the same
 * on every OS), and running a function in a child under another identity.
 */
#ifndef UDSPROBE_FSPERM_H
#define UDSPROBE_FSPERM_H

#include "probe.h"

#include <sys/stat.h>

/* What lstat() says path is: "socket", "regular", "directory", "symlink",
 * "fifo", "chardev", "blockdev", "other", or the errno name of lstat. */
const char *path_type(const char *path);
/* The permission bits of mode (07777) in octal with a leading 0: "0755". */
const char *mode_octal(mode_t mode);
/* mode_octal() of stat(path), or the errno name of stat. */
const char *path_mode(const char *path);
/* Create an empty regular file (mode 0600); setup_failed on error. */
void make_plain_file(const char *path);
/* Run fn(arg) in a child that has first become(id); wait at most WAIT_MS.
 * Returns fn's return value, which must be 0..252 (an errno, or 0 for ok).
 * setup_error when the child could not change identity, returned a value
 * out of range, or did not finish in time. */
int run_as(const struct identity *id, int (*fn)(void *), void *arg);

/* For two-identity probes: a stream listener at d/sock, owned by owner with
 * mode 0700, in a directory d that others may search (0711) but not list.
 * The probe then changes the socket's owner or mode and calls connect_as(). */
void private_listener(const struct identity *owner);
/* connect() to d/sock as id, from inside d (the scratch dir above it is
 * root's 0700, and a relative lookup needs search permission on the cwd).
 * Returns the errno, or 0 when the connect succeeded. */
int connect_as(const struct identity *id);

#endif
