/*
 * rights.h - small helpers shared by the scm_rights probes.
 *
 * rights_pass_token(): pass one descriptor over a fresh socketpair of the
 * given type and describe what arrived, as one token.
 * rights_message_fits(): can one message carry n descriptors? (for the
 * per-message limit probes, which bisect over it)
 * rights_received_fd_flags(): the descriptor flags a passed descriptor
 * arrives with.
 */
#ifndef UDSPROBE_RIGHTS_H
#define UDSPROBE_RIGHTS_H

#include "probe.h"

/* Send fd with one data byte over a new socketpair(AF_UNIX, type) (n/a when
 * the type is not offered) and receive it. Returns a static token:
 * the sendmsg errno name when the send fails ("EINVAL"), the recvmsg errno
 * as "recv=ERRNO", otherwise "nfds=N,same=yes|no" where same says whether
 * the first received descriptor refers to the same object (fstat st_dev,
 * st_ino and file type) as fd. Received descriptors are closed. */
const char *rights_pass_token(int type, int fd);

/* Does a message of n copies of one descriptor (with one data byte) go
 * through a socketpair of this type whole? 1 when sendmsg succeeds and the
 * receiver gets all n descriptors without MSG_CTRUNC; 0 otherwise, with
 * *send_err set to sendmsg's errno (0 when the send itself worked).
 * Received descriptors are closed. n is at most RIGHTS_MAX_PROBE. */
#define RIGHTS_MAX_PROBE 600
int rights_message_fits(int sv[2], int fd, int n, int *send_err);

/* Pass a pipe's write end, with send_fd_flags set on it by F_SETFD, over a
 * stream socketpair and receive it with recv_flags. Returns NULL with
 * *fd_flags = F_GETFD of the received descriptor, or what went wrong as a
 * token ("recv=EINVAL", "nfds=0"). */
const char *rights_received_fd_flags(int send_fd_flags, int recv_flags, int *fd_flags);

#endif
