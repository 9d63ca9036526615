/*
 * A socket descriptor without FD_CLOEXEC stays open across execve(): while the exec'd program runs, this end's peer is still open.
 *
 * A child keeps one end of a stream socketpair and execs /bin/cat (no
 * shell); once cat runs, a non-blocking read on the other end says open
 * (EAGAIN) or closed (0). See socket_state_across_exec() in the probe
 * library. n/a when /bin/cat cannot be executed.
 *
 * Covers: RIGHTS-04, RIGHTS-05
 * posix: exec ("File descriptors open in the calling process image shall remain open ... except for those whose close-on-exec flag FD_CLOEXEC is set")
 */
#include "probe.h"

void probe_main(void)
{
    const char *state = socket_state_across_exec(0);
    if (state == NULL)
        not_applicable("cannot exec /bin/cat");
    observe("%s", state);
}
