/*
 * Does bind() use the sun_len byte, or the addrlen argument, to find the end
 * of the name?
 *
 * The socket is bound with addrlen covering "abcdef" plus its NUL, while
 * sun_len claims only the first three name bytes. "ignored" means the file
 * "abcdef" was made, "honoured" means "abc" was made; "neither" otherwise,
 * or the errno of bind(). n/a where struct sockaddr_un has no sun_len.
 *
 * Covers: ADDR-03
 * netbsd: unix(4) "the NetBSD kernel ignores any user-set value in sun_len"
 */
#include "probe.h"

#include <sys/stat.h>

void probe_main(void)
{
#ifdef UDS_HAVE_SUN_LEN
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "abcdef");
    sa.sun_len = (unsigned char)(sun_path_offset() + 3);
    int s = uds_socket(SOCK_STREAM);

    if (bind(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    struct stat st;
    if (stat("abcdef", &st) == 0)
        observe("ignored");
    if (stat("abc", &st) == 0)
        observe("honoured");
    observe("neither");
#else
    not_applicable("struct sockaddr_un has no sun_len");
#endif
}
