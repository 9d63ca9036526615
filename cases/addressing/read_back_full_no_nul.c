/*
 * After binding a name that fills sun_path with no NUL, what does
 * getsockname() return into a buffer of sizeof(struct sockaddr_un)?
 *
 * unix(7) BUGS: the returned sun_path then has no terminating NUL, so code
 * that calls strlen() on it reads past the structure. The buffer is larger
 * than the structure and pre-filled with 'Z'. The value is
 * "len=sizeof[+-N],nul=yes|no,name=intact|differs": the returned length
 * relative to sizeof(struct sockaddr_un) (Linux counts the NUL it added, one
 * byte more than was bound), whether a NUL appears in the returned name bytes
 * (at most sizeof(sun_path) of them), and whether they equal the name.
 *
 * Covers: ADDR-15, ADDR-16, ADDR-17
 * linux: unix(7) BUGS
 */
#include "probe.h"

#include <stdio.h>
#include <string.h>

static union {
    struct sockaddr_un sa;
    char raw[sizeof(struct sockaddr_un) + 16];
} out;

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path];
    size_t n = sun_path_size();
    memset(name, 'q', n);

    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, name, n, 0);
    int s = uds_socket(SOCK_STREAM);
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    memset(&out, 'Z', sizeof out);
    socklen_t got = sizeof(struct sockaddr_un);
    CHECK(getsockname(s, (struct sockaddr *)&out.sa, &got));

    size_t shown = got < sizeof(struct sockaddr_un) ? got : sizeof(struct sockaddr_un);
    size_t nbytes = shown > sun_path_offset() ? shown - sun_path_offset() : 0;
    int nul = memchr(out.sa.sun_path, '\0', nbytes) != NULL;
    int intact = nbytes == n && memcmp(out.sa.sun_path, name, n) == 0;
    char lenbuf[24];
    long delta = (long)got - (long)sizeof(struct sockaddr_un);
    if (delta == 0)
        strcpy(lenbuf, "sizeof");
    else
        snprintf(lenbuf, sizeof lenbuf, "sizeof%+ld", delta);
    observe("len=%s,nul=%s,name=%s", lenbuf, yesno(nul), intact ? "intact" : "differs");
}
