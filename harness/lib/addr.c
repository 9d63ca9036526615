/* addr.c - struct sockaddr_un built byte by byte. */
#include "probe.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

size_t sun_path_size(void)
{
    return sizeof(((struct sockaddr_un *)0)->sun_path);
}

size_t sun_path_offset(void)
{
    return offsetof(struct sockaddr_un, sun_path);
}

socklen_t uds_addr_bytes(struct sockaddr_un *sa, const void *name, size_t n, int with_nul)
{
    /* Zero only the fixed struct; a caller with a larger buffer owns the rest. */
    memset(sa, 0, sizeof *sa);
    sa->sun_family = AF_UNIX;
    /* Through a plain char pointer: n may run past sun_path into the
     * caller's larger buffer, and indexing sun_path there is undefined. */
    char *path = (char *)sa + sun_path_offset();
    memcpy(path, name, n);
    size_t len = sun_path_offset() + n;
    if (with_nul) {
        path[n] = '\0';
        len++;
    }
#ifdef UDS_HAVE_SUN_LEN
    sa->sun_len = (unsigned char)(len > 255 ? 255 : len);
#endif
    return (socklen_t)len;
}

socklen_t uds_addr_path(struct sockaddr_un *sa, const char *path)
{
    size_t n = strlen(path);
    if (n >= sun_path_size())
        setup_error("uds_addr_path", "path of %zu bytes does not fit sun_path", n);
    return uds_addr_bytes(sa, path, n, 1);
}

socklen_t uds_addr_abstract(struct sockaddr_un *sa, const char *tag)
{
    char name[sizeof sa->sun_path];
    int n = snprintf(name, sizeof name, "%cudsprobe.%s.%s", '\0', run_tag(), tag);
    if (n <= 0 || (size_t)n >= sizeof name)
        setup_error("uds_addr_abstract", "name too long");
    return uds_addr_bytes(sa, name, (size_t)n, 0);
}

const char *uds_name_kind(const struct sockaddr_un *sa, socklen_t len)
{
    static char buf[32];
    size_t off = sun_path_offset();
    if (len <= off)
        return "unnamed";
    if (sa->sun_path[0] != '\0')
        return "pathname";
    size_t n = len - off - 1, hex = 0;
    if (n > sun_path_size() - 1)
        n = sun_path_size() - 1;
    for (size_t i = 1; i <= n; i++) {
        char ch = sa->sun_path[i];
        hex += (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
    }
    snprintf(buf, sizeof buf, "nul+%zu%s", n, hex == n ? "hex" : "other");
    return buf;
}

socklen_t uds_autobind(int s, struct sockaddr_un *name)
{
    struct sockaddr_un family_only;
    uds_addr_bytes(&family_only, "", 0, 0);
    if (bind(s, (struct sockaddr *)&family_only, sizeof(sa_family_t)) < 0)
        observe("autobind=%s", errno_name(errno));
    memset(name, 0, sizeof *name);
    socklen_t len = sizeof *name;
    CHECK(getsockname(s, (struct sockaddr *)name, &len));
    return len;
}
