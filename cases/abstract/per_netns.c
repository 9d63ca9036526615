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
#define NO_NAMESPACE 250

/* Exit code: 0 when the connect worked, its errno otherwise. */
static int child(void *arg)
{
    (void)arg;
    if (enter_new_netns() < 0)
        return NO_NAMESPACE;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "netns");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0)
        return NO_NAMESPACE + 1;
    if (connect(s, (struct sockaddr *)&sa, len) < 0)
        return errno;
    return 0;
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

    int rc = wait_child(run_child(child, NULL), WAIT_MS);
    if (rc == NO_NAMESPACE)
        not_applicable("cannot enter a private network namespace");
    if (rc < 0 || rc > NO_NAMESPACE)
        setup_error("child", "exit code %d", rc);

    int c = uds_socket(SOCK_STREAM);
    int same = connect(c, (struct sockaddr *)&sa, len);
    observe("other_netns=%s,same_netns=%s", errno_name(rc), call_result(same));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
