/*
 * A client may send as soon as connect() returns, before the server has
 * accept()ed; the accepted socket then holds the data.
 *
 * The token is "sent=N,read=M" (the send result, then a non-blocking read
 * on the accepted socket).
 *
 * Covers: STR-10
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect (the server socket is made at connect time)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "l", 4);
    int c = uds_connect_to(SOCK_STREAM, "l");
    ssize_t sent = send(c, "hello", 5, MSG_DONTWAIT);
    char s[32];
    snprintf(s, sizeof s, "%s", io_result(sent));

    int a = accept(l, NULL, NULL);
    CHECK(a);
    char buf[16];
    observe("sent=%s,read=%s", s, io_result(recv(a, buf, sizeof buf, MSG_DONTWAIT)));
}
