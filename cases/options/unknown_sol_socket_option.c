/*
 * getsockopt() and setsockopt() at SOL_SOCKET with an option number that no
 * system defines (0x7fe0): what errors?
 *
 * Reports "get=R,set=R".
 *
 * Covers: OPT-15, OPT-01
 * linux: getsockopt(2) ERRORS ENOPROTOOPT
 * posix: setsockopt() ERRORS ENOPROTOOPT
 */
#include "probe.h"

#include <stdio.h>

#define UNKNOWN_OPTION 0x7fe0

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    int v;
    char get[32];
    snprintf(get, sizeof get, "%s", call_result(get_int_option(s, SOL_SOCKET, UNKNOWN_OPTION, &v)));
    int rc = set_int_option(s, SOL_SOCKET, UNKNOWN_OPTION, 1);
    observe("get=%s,set=%s", get, call_result(rc));
}
