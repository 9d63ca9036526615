/*
 * The value of the sysctl net.core.rmem_default (n/a where it does not exist).
 *
 * Linux: the default SO_RCVBUF of every socket, unix sockets included.
 *
 * Covers: SYSCTL-03, STR-24
 * linux: socket(7) /proc interfaces (rmem_default)
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.core.rmem_default");
}
