#!/bin/sh
# run-unit.sh TEST-BINARY - run the Criterion unit tests and refuse a run
# that tested nothing (Criterion exits 0 when every test was filtered out).
# The binary runs in its own session under a timeout that kills the whole
# group: a Criterion worker that hangs would otherwise outlive the runner.
# Under the sanitizers (make check-asan) any report in the output fails.
set -u
bin=$1
log=$(mktemp "${TMPDIR:-/tmp}/udsprobe-unit.XXXXXX")
trap 'rm -f "$log"' EXIT
setsid timeout -s KILL 600 "$bin" --color=never -j2 2>&1 | tee "$log"
rc=$?
# The pipeline's status is tee's; take the test binary's from its summary.
summary=$(grep 'Synthesis: Tested:' "$log" | tail -n 1)
if [ -z "$summary" ]; then
    echo "run-unit.sh: no Criterion summary line (killed or timed out?)" >&2
    exit 1
fi
tested=$(echo "$summary" | sed 's/.*Tested: \([0-9]*\).*/\1/')
failing=$(echo "$summary" | sed 's/.*Failing: \([0-9]*\).*/\1/')
if [ "$tested" -eq 0 ]; then
    echo "run-unit.sh: Criterion ran no test" >&2
    exit 1
fi
# Criterion ignores how a worker exits after its test passed, so a
# sanitizer report (a leak found at exit) shows only in the output.
if grep -qE 'ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:' "$log"; then
    echo "run-unit.sh: a sanitizer reported an error (above)" >&2
    exit 1
fi
[ "$rc" -eq 0 ] && [ "$failing" -eq 0 ]
