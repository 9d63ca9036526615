/*
 * A socket descriptor with FD_CLOEXEC (set with fcntl) is closed by execve(): once the exec'd program runs, this end sees end-of-file.
 *
 * A child keeps one end of a stream socketpair and execs /bin/cat (no
 * shell); once cat runs, a non-blocking read on the other end says open
 * (EAGAIN) or closed (0). See socket_state_across_exec() in the probe
 * library. n/a when /bin/cat cannot be executed.
 *
 * Covers: RIGHTS-04, RIGHTS-05
 * posix: exec (descriptors with FD_CLOEXEC are closed)
 */
#include "probe.h"

void probe_main(void)
{
    const char *state = socket_state_across_exec(1);
    if (state == NULL)
        not_applicable("cannot exec /bin/cat");
    observe("%s", state);
}
