/*
 * cmsg.h - control messages: build one (one or several cmsgs), send it,
 * and read what a recvmsg brought.
 *
 *     struct cmsg_out out;
 *     cmsg_start(&out);
 *     cmsg_add_fds(&out, fds, 2);                      SCM_RIGHTS, 2 fds
 *     cmsg_add(&out, SOL_SOCKET, SCM_CREDENTIALS, &uc, sizeof uc);
 *     cmsg_send(s, &out, "x", 1, 0);
 *
 *     struct cmsg_in in;
 *     cmsg_recv(r, buf, sizeof buf, CMSG_SPACE(sizeof(int)), 0, &in);
 *     in.bytes, in.err, cmsg_ctrunc(&in), cmsg_take_fds(&in, ...),
 *     cmsg_find(&in, SOL_SOCKET, SCM_CREDENTIALS), cmsg_read(c, &uc, ...)
 *
 * Buffers are aligned for struct cmsghdr, as the CMSG_* macros expect, and every cmsg takes CMSG_SPACE() of its data, as
 * CMSG_NXTHDR() steps; the sizes are never hard-coded.
 */
#ifndef UDSPROBE_CMSG_H
#define UDSPROBE_CMSG_H

#include "probe.h"

/* Room for the largest control message a probe sends or offers to receive
 * (RIGHTS_MAX_PROBE descriptors and then some). */
#define UDS_CMSG_ROOM 4096

/* ---- building and sending ---- */

struct cmsg_out {
    _Alignas(struct cmsghdr) unsigned char buf[UDS_CMSG_ROOM];
    size_t len; /* bytes in use: the sum of CMSG_SPACE() of each cmsg */
};

/* An empty control message (all bytes zero). */
void cmsg_start(struct cmsg_out *m);
/* Append one cmsg of level and type carrying the n bytes at data, or n
 * zero bytes when data is NULL (a struct cmsgcred the kernel fills in).
 * setup_error when it does not fit. */
void cmsg_add(struct cmsg_out *m, int level, int type, const void *data, size_t n);
/* Append one SCM_RIGHTS cmsg carrying the n descriptors. */
void cmsg_add_fds(struct cmsg_out *m, const int *fds, int n);
/* sendmsg of len bytes with the control message m (NULL or empty: no
 * control data) and flags. Returns sendmsg's result; errno is kept. */
ssize_t cmsg_send(int sock, const struct cmsg_out *m, const void *data, size_t len, int flags);

/* ---- receiving and reading ---- */

struct cmsg_in {
    ssize_t bytes;   /* recvmsg result */
    int err;         /* errno when bytes < 0 */
    int msg_flags;   /* msg_flags after a successful call, else 0 */
    struct msghdr msg;
    _Alignas(struct cmsghdr) unsigned char buf[UDS_CMSG_ROOM];
};

/* recvmsg into buf/len with flags, offering ctl_space bytes of control
 * buffer (use CMSG_SPACE(); 0 offers none: msg_control is NULL). */
void cmsg_recv(int sock, void *buf, size_t len, size_t ctl_space, int flags, struct cmsg_in *m);
/* The cmsg after c (the first when c is NULL); NULL after the last, and
 * always when the receive failed. */
struct cmsghdr *cmsg_next(struct cmsg_in *m, struct cmsghdr *c);
/* The first cmsg of level and type, or NULL. */
struct cmsghdr *cmsg_find(struct cmsg_in *m, int level, int type);
/* Copy at most n bytes of c's data to out (the rest of out zeroed); returns
 * the length of c's data (cmsg_len - CMSG_LEN(0)). */
size_t cmsg_read(const struct cmsghdr *c, void *out, size_t n);
/* Was MSG_CTRUNC set? */
int cmsg_ctrunc(const struct cmsg_in *m);
/* Every descriptor in the SCM_RIGHTS cmsgs of m, in order: the first max
 * are stored in fds (which may be NULL when max is 0), the others are
 * closed when close_rest is set (never after MSG_PEEK: what FreeBSD's
 * control data holds then is not a descriptor). Returns how many there
 * were. */
int cmsg_take_fds(struct cmsg_in *m, int *fds, int max, int close_rest);

#endif
