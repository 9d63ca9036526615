/*
 * Can a character device's descriptor (/dev/null) be passed?
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
    int f = open("/dev/null", O_RDWR);
    CHECK(f);
    observe("%s", rights_pass_token(SOCK_STREAM, f));
}
