/*
 * Can an eventfd's descriptor be passed (Linux)?
 *
 * The descriptor is sent with one data byte over a stream socketpair. The
 * value is sendmsg's errno when the send fails, otherwise how many
 * descriptors arrived and whether the first is the same object (fstat
 * st_dev, st_ino and file type).
 *
 * Covers: RIGHTS-01, RIGHTS-13
 */
#include "rights.h"

#ifdef __linux__
#include <sys/eventfd.h>
#endif

void probe_main(void)
{
#ifdef __linux__
    int e = eventfd(0, 0);
    CHECK(e);
    observe("%s", rights_pass_token(SOCK_STREAM, e));
#else
    not_applicable("eventfd is Linux-only here");
#endif
}
