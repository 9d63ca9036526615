/*
 * open(2) on a socket file fails: a socket is reached with connect(), not
 * open(). The value is the errno name of open(O_RDWR).
 *
 * Linux documents ENXIO; the BSD open(2) pages name EOPNOTSUPP for opening
 * a socket.
 *
 * Covers: FS-01
 */
#include "fsperm.h"

#include <fcntl.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "sock", 1);
    (void)l;

    observe_call(open("sock", O_RDWR));
}
