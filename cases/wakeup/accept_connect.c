/*
 * An accept() blocked in one process, and a connect() to the listener made
 * by another: does accept wake with the connection?
 *
 * The baseline for wakeup/accept_shutdown. Token "accept=ok", or "blocked".
 *
 * Covers: STR-14, STR-01
 * Types: stream, seqpacket
 * posix: accept() DESCRIPTION (blocks until a connection is present)
 */
#include "wake.h"

static int connect_one(void *arg)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, *(int *)arg, 0);
    if (s < 0)
        return errno;
    return connect(s, (struct sockaddr *)&sa, len) < 0 ? errno : 0;
}

void probe_main(void)
{
    int type = PROBE_TYPE;
    wake_listener = uds_listener(type, "l", 4);
    observe("%s", wake_token(wake_accept, NULL, connect_one, &type, NULL));
}
