/*
 * Can another AF_UNIX socket be passed (one end of a second socketpair)?
 *
 * The descriptor is sent with one data byte over a stream socketpair. The
 * value is sendmsg's errno when the send fails, otherwise how many
 * descriptors arrived and whether the first is the same object (fstat
 * st_dev, st_ino and file type).
 *
 * Covers: RIGHTS-01, RIGHTS-13
 */
#include "rights.h"

void probe_main(void)
{
    int other[2];
    uds_pair(SOCK_STREAM, other);
    observe("%s", rights_pass_token(SOCK_STREAM, other[0]));
}
