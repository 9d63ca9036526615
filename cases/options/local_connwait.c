/*
 * LOCAL_CONNWAIT: with the option set on the client, does a blocking
 * connect() wait until the server calls accept()?
 *
 * The server listens but never accepts; the connect runs in a child bounded
 * at 300 ms. Reports "set=R,connect=R" where the connect result is ok,
 * an errno name, or "blocks".
 *
 * Covers: OPT-14
 * freebsd: unix(4) (2001 text) LOCAL_CONNWAIT; source-derived, sys/kern/uipc_usrreq.c uipc_ctloutput
 */
#include "kconst.h"

#include <stdio.h>

#if defined(LOCAL_CONNWAIT) && defined(SOL_LOCAL)
static int connect_once(void *arg)
{
    int fd = *(int *)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    if (connect(fd, (struct sockaddr *)&sa, len) < 0)
        return errno & 0xff;
    return 0;
}
#endif

void probe_main(void)
{
#if defined(LOCAL_CONNWAIT) && defined(SOL_LOCAL)
    int l = uds_listener(SOCK_STREAM, "l", 4);
    (void)l;
    int c = uds_socket(SOCK_STREAM);
    char set[32];
    snprintf(set, sizeof set, "%s", call_result(set_int_option(c, SOL_LOCAL, LOCAL_CONNWAIT, 1)));

    int result;
    if (call_blocks(connect_once, &c, 300, &result))
        observe("set=%s,connect=blocks", set);
    observe("set=%s,connect=%s", set, result == 0 ? "ok" : errno_name(result));
#else
    not_applicable("LOCAL_CONNWAIT or SOL_LOCAL not defined");
#endif
}
