/*
 * Can a directory's descriptor be passed?
 *
 * The descriptor is sent with one data byte over a stream socketpair. The
 * value is sendmsg's errno when the send fails, otherwise how many
 * descriptors arrived and whether the first is the same object (fstat
 * st_dev, st_ino and file type).
 *
 * Covers: RIGHTS-01, RIGHTS-13
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
    int d = open(".", O_RDONLY);
    CHECK(d);
    observe("%s", rights_pass_token(SOCK_STREAM, d));
}
