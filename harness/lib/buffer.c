/* buffer.c - what one socketpair queues, for the buffer probes (buffer.h). */
#include "buffer.h"
#include "dgram.h"

long pair_queue_count(int type, int end, int opt, int value)
{
    int sv[2], err = 0;
    uds_pair(type, sv);
    if (value > 0)
        CHECK(set_int_option(sv[end], SOL_SOCKET, opt, value));
    long n;
    if (type == SOCK_STREAM) {
        n = (long)fill_socket(sv[0], 1024);
    } else {
        n = dgram_fill(sv[0], NULL, 0, 1024, 100000, &err);
        if (err == 0)
            setup_error("fill", "sends never failed");
    }
    close(sv[0]);
    close(sv[1]);
    return n;
}
