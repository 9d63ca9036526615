/*
 * Is AF_LOCAL a working synonym of AF_UNIX?
 *
 * A socket made with AF_LOCAL is bound with sun_family = AF_LOCAL; the value
 * is "yes" when that works and getsockname() reports family AF_UNIX, "no"
 * when it reports another family, or the errno of the failing call. n/a
 * when AF_LOCAL is not defined.
 *
 * Covers: ADDR-01
 * linux: unix(7) DESCRIPTION ("also known as AF_LOCAL")
 * freebsd: source-derived, sys/sys/socket.h AF_LOCAL
 * darwin: source-derived, bsd/sys/socket.h AF_LOCAL
 * netbsd: unix(4) EXAMPLES (AF_LOCAL)
 */
#include "probe.h"

void probe_main(void)
{
#ifdef AF_LOCAL
    int s = socket(AF_LOCAL, SOCK_STREAM, 0);
    if (s < 0)
        observe_errno(errno);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "local");
    sa.sun_family = AF_LOCAL;
    if (bind(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%s", yesno(out.sun_family == AF_UNIX));
#else
    not_applicable("AF_LOCAL not defined");
#endif
}
