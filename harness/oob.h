/*
 * oob.h - MSG_OOB sequences for the oob probes.
 *
 * oob_sequence() runs a script of MSG_OOB sends, receives and sockatmark()
 * checks on one stream socketpair and reports what each step did, as one
 * token in the notation of spec/platforms.md section 11, without quotes or
 * spaces. The script's steps are separated by spaces:
 *     send:TEXT     send(TEXT) on the first end; records nothing when every
 *                   byte is taken, else "send=N|ERRNO", and the run ends
 *     sendoob:TEXT  the same with MSG_OOB ("sendoob=EOPNOTSUPP")
 *     rN            recv of up to N (1..32) bytes on the second end
 *     rON rPN rOPN  the same with MSG_OOB, MSG_PEEK, or both
 *     mark          sockatmark() on the second end
 *     inline        setsockopt(SO_OOBINLINE, 1) on the second end
 * and are recorded, comma-separated, as
 *     r5=hell     recv of up to 5 bytes gave "hell"
 *     rO1=o       recv(MSG_OOB) of up to 1 byte gave "o"
 *     rP10=hell   recv(MSG_PEEK) of up to 10 bytes
 *     rOP1=x      recv(MSG_OOB|MSG_PEEK)
 *     r1=EAGAIN   a receive that failed, by errno name; r1=EOF: it gave 0
 *     mark=1      sockatmark() gave 1 (or 0, or the errno name)
 *     inline      SO_OOBINLINE was switched on (inline=ERRNO if not)
 * Every receive is non-blocking (O_NONBLOCK, plus MSG_DONTWAIT where it
 * exists), so nothing waits.
 */
#ifndef UDSPROBE_OOB_H
#define UDSPROBE_OOB_H

#include "probe.h"

/* Run the script on a new stream socketpair and observe() the token. */
UDS_NORETURN void oob_sequence(const char *script);

#endif
