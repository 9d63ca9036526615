/*
 * The value of the sysctl net.core.wmem_max (n/a where it does not exist).
 *
 * Linux: the largest SO_SNDBUF an unprivileged setsockopt() may ask for.
 *
 * Covers: SYSCTL-03, OPT-03
 * linux: socket(7) /proc interfaces (wmem_max)
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.core.wmem_max");
}
