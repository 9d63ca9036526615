/*
 * Can an AF_INET socket be passed?
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
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    if (s < 0)
        not_applicable("socket(AF_INET) gives %s", errno_name(errno));
    observe("%s", rights_pass_token(SOCK_STREAM, s));
}
