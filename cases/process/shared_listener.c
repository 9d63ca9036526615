/*
 * A listening socket shared by two processes (inherited across fork):
 * both can accept. Two clients connect; the child accepts one and the
 * parent the other.
 *
 * Reported as parent=RESULT,child=RESULT (ok, or the errno of accept).
 *
 * Covers: STR-01, CRED-02
 * posix: fork(); accept()
 */
#include "probe.h"

#include <poll.h>

static const char *result(int err)
{
    return err == 0 ? "ok" : errno_name(err);
}

static int l;

static int acceptor(void *arg)
{
    (void)arg;
    int a = accept(l, NULL, NULL);
    return a < 0 ? errno : 0;
}

void probe_main(void)
{
    l = uds_listener(SOCK_STREAM, "l", 4);
    int c1 = uds_connect_to(SOCK_STREAM, "l");
    int c2 = uds_connect_to(SOCK_STREAM, "l");
    (void)c1;
    (void)c2;
    pid_t child = run_child(acceptor, NULL);
    int crc = wait_child(child, WAIT_MS);
    /* The child took one of the two queued connections; one is left. */
    int prc = 0;
    if (wait_events(l, POLLIN, WAIT_MS) <= 0)
        prc = EAGAIN;
    else if (accept(l, NULL, NULL) < 0)
        prc = errno;
    observe("parent=%s,child=%s", result(prc), crc < 0 ? "timeout" : result(crc));
}
