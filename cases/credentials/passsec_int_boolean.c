/*
 * SO_PASSSEC is an int boolean: set it to 5 and read it back (1:
 * normalised; 5: stored as given; set=ERRNO: refused).
 *
 * Covers: OPT-17, CRED-22
 * linux: unix(7) SO_PASSSEC ("This option takes an int")
 */
#include "probe.h"

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PASSSEC)
    int s = uds_socket(SOCK_DGRAM);
    if (set_int_option(s, SOL_SOCKET, SO_PASSSEC, 5) < 0)
        observe("set=%s", errno_name(errno));
    int v = -1;
    if (get_int_option(s, SOL_SOCKET, SO_PASSSEC, &v) < 0)
        observe("get=%s", errno_name(errno));
    observe("%d", v);
#else
    not_applicable("SO_PASSSEC is a Linux option");
#endif
}
