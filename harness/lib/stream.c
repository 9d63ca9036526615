/* stream.c - helpers shared by the stream and seqpacket probes (stream.h). */
#include "stream.h"

int connect_until_failure(int type, const char *path, int max, int *err)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    *err = 0;
    for (int n = 0; n < max; n++) {
        int fd = uds_socket(type);
        if (set_nonblocking(fd, 1) < 0)
            setup_failed("fcntl O_NONBLOCK");
        if (connect(fd, (struct sockaddr *)&sa, len) < 0) {
            *err = errno;
            close(fd);
            return n;
        }
    }
    return max;
}
