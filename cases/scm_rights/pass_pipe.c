/*
 * Can a pipe's read end be passed?
 *
 * The descriptor is sent with one data byte over a stream socketpair. The
 * value is sendmsg's errno when the send fails, otherwise how many
 * descriptors arrived and whether the first is the same object (fstat
 * st_dev, st_ino and file type).
 *
 * Covers: RIGHTS-01, RIGHTS-13
 * linux: unix(7) SCM_RIGHTS ("a set of open file descriptors")
 * freebsd: unix(4) CONTROL MESSAGES
 * darwin: unix(4)
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "rights.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    observe("%s", rights_pass_token(SOCK_STREAM, p[0]));
}
