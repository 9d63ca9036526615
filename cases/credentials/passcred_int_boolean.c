/*
 * SO_PASSCRED is an int boolean: set it to 5 and read it back. 1 means the
 * value was normalised; 5 means it was stored as given.
 *
 * Covers: OPT-17, CRED-11
 * linux: unix(7) SO_PASSCRED ("This option takes an int"; enabling with a nonzero value)
 */
#include "cred.h"

void probe_main(void)
{
#ifdef SO_PASSCRED
    int s = uds_socket(SOCK_STREAM);
    if (set_int_option(s, SOL_SOCKET, SO_PASSCRED, 5) < 0)
        observe("set=%s", errno_name(errno));
    int v = -1;
    if (get_int_option(s, SOL_SOCKET, SO_PASSCRED, &v) < 0)
        observe("get=%s", errno_name(errno));
    observe("%d", v);
#else
    not_applicable("SO_PASSCRED not defined");
#endif
}
