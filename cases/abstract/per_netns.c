/*
 * Abstract names are per network namespace: a process in another network
 * namespace that connects to a bound abstract name does not reach it.
 *
 * The parent binds and listens on an abstract stream name. A child enters a
 * new network namespace (unshare(CLONE_NEWNET), inside a new user namespace
 * when not root; n/a when neither works) and connects to the same name;
 * other_netns is that connect's result. same_netns is a control connect
 * from the parent's namespace. Linux keeps abstract names in a hash table
 * per namespace.
 *
 * Covers: ABS-06
 * linux: source-derived, net/unix/af_unix.c unix_find_abstract (per-netns table net->unx.table)
 */
#include "probe.h"

#ifdef __linux__
#include <string.h>

/* Its token: the connect's result (ok or the errno name), or no_netns. */
static int child(void *arg)
{
    (void)arg;
    if (enter_new_netns() < 0)
        return child_says("no_netns");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "netns");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0)
        return child_says("socket=%s", errno_name(errno));
    return child_says("%s", call_result(connect(s, (struct sockaddr *)&sa, len)));
}
#endif

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "netns");
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, len));
    CHECK(listen(l, 4));

    char other[64];
    int rc = run_child_token(child, NULL, WAIT_MS, other, sizeof other);
    if (strcmp(other, "no_netns") == 0)
        not_applicable("cannot enter a private network namespace");
    if (rc != 0 || other[0] == '\0' || strncmp(other, "socket=", 7) == 0)
        setup_error("child", "exit code %d, said \"%s\"", rc, other);

    int c = uds_socket(SOCK_STREAM);
    int same = connect(c, (struct sockaddr *)&sa, len);
    observe("other_netns=%s,same_netns=%s", other, call_result(same));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
