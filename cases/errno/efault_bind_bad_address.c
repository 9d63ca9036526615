/*
 * bind() with an address pointer that is not mapped.
 *
 * The kernel copies the address in before it looks at it; (void *)1 cannot
 * be read, and libc's bind() is a plain system call that never reads it.
 *
 * Covers: ERR-05
 * linux: unix(7) ERRORS EFAULT; bind(2) ERRORS EFAULT
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (const struct sockaddr *)1, (socklen_t)sizeof(struct sockaddr_un)));
}
