/*
 * sysctl.h - reading integer sysctls by their dotted names, for the limits
 * probes and the few others that read a kernel tunable.
 */
#ifndef UDSPROBE_SYSCTL_H
#define UDSPROBE_SYSCTL_H

#include "probe.h"

/* Read an integer sysctl by its dotted name ("net.unix.max_dgram_qlen",
 * "net.local.stream.sendspace"): /proc/sys on Linux, sysctlbyname on the
 * BSDs. Returns 0, or -1 with errno set (ENOENT when it does not exist). */
int read_sysctl(const char *name, long *value);

/* observe() the integer sysctl name, or n/a when it does not exist. */
UDS_NORETURN void observe_sysctl(const char *name);

#endif
