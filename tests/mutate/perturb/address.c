/*
 * address.c - socket names and addresses: those returned to the caller
 * (name_altered, addrlen_shorter/longer, family_altered,
 * abstract_name_zeroed), those given to bind, connect and sendto
 * (bind_name_cut, connect_name_cut, abstract_as_path), and those refused
 * (autobind_refused, abstract_refused, eisconn_enforced).
 */
#include "perturb.h"

#include <string.h>

void alter_address(struct sockaddr *sa, socklen_t *len, socklen_t cap)
{
    size_t off = offsetof(struct sockaddr_un, sun_path);
    if (len == NULL)
        return;
    if (mode == M_ADDRLEN_LONGER && *len == 0 && sa != NULL && cap >= sizeof(sa_family_t)) {
        sa->sa_family = AF_UNIX;
        *len = sizeof(sa_family_t);
        return;
    }
    if (sa == NULL || len == NULL || cap < sizeof(sa_family_t) || sa->sa_family != AF_UNIX)
        return;
    socklen_t shown = *len < cap ? *len : cap;
    if (mode == M_ADDRLEN_SHORTER && *len > 0)
        *len -= 1;
    if (mode == M_ADDRLEN_LONGER && *len < cap)
        *len += 1;
    if (mode == M_FAMILY_ALTERED)
        sa->sa_family = AF_UNSPEC;
    if (mode == M_NAME_ALTERED && shown > off) {
        char *name = ((struct sockaddr_un *)sa)->sun_path;
        size_t n = shown - off;
        size_t last = name[0] != '\0' ? strnlen(name, n) : n;
        if (last > 0)
            name[last - 1] = name[last - 1] == 'Z' ? 'Y' : 'Z';
    }
    if (mode == M_ABSTRACT_NAME_ZEROED && shown > off + 1) {
        char *name = ((struct sockaddr_un *)sa)->sun_path;
        if (name[0] == '\0')
            memset(name + 1, '0', shown - off - 1);
    }
}

/* bind_name_cut and connect_name_cut drop the last byte of the name;
 * abstract_as_path turns "\0name" into the path "name". */
const void *rewrite_name(const void *sa, socklen_t *len, struct sockaddr_un *copy,
                         int for_bind)
{
    size_t off = offsetof(struct sockaddr_un, sun_path);
    int cut = mode == (for_bind ? M_BIND_NAME_CUT : M_CONNECT_NAME_CUT);
    if ((!cut && mode != M_ABSTRACT_AS_PATH) || sa == NULL || *len <= off + 1 ||
        *len > sizeof *copy || ((const struct sockaddr *)sa)->sa_family != AF_UNIX)
        return sa;
    memcpy(copy, sa, *len);
    size_t n = *len - off;
    if (mode == M_ABSTRACT_AS_PATH) {
        if (copy->sun_path[0] != '\0')
            return sa;
        memmove(copy->sun_path, copy->sun_path + 1, n - 1);
        copy->sun_path[n - 1] = '\0';
        *len = (socklen_t)(off + strlen(copy->sun_path) + 1);
        return copy;
    }
    if (copy->sun_path[0] != '\0') {
        size_t pl = strnlen(copy->sun_path, n);
        if (pl < 2)
            return sa;
        copy->sun_path[pl - 1] = '\0';
    }
    *len -= 1;
    return copy;
}

int refused_address(int fd, const struct sockaddr *sa, socklen_t len, int for_bind)
{
    size_t off = offsetof(struct sockaddr_un, sun_path);
    if (sa == NULL)
        return 0;
    if (mode == M_AUTOBIND_REFUSED && for_bind && len <= off)
        return EINVAL;
    if (mode == M_ABSTRACT_REFUSED && len > off && sa->sa_family == AF_UNIX &&
        ((const struct sockaddr_un *)sa)->sun_path[0] == '\0')
        return ENOENT;
    if (mode == M_EISCONN_ENFORCED && !for_bind && fd >= 0 && has_peer(fd))
        return EISCONN;
    return 0;
}
