#!/bin/sh
# bench.sh BUILD-DIR - what the harness costs, as ratios:
#   - the whole suite's wall time with 1 and with 2 jobs, and the speed-up;
#   - the harness's cost per probe against the floor: every probe binary
#     run in turn by a bare fork+exec+wait (tests/bench/floor.c).
# Each figure is the best of 3 runs. Not a test: nothing here can fail on a
# slow machine.
set -eu
b=$(cd "$1" && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/udsprobe-bench.XXXXXX")
trap 'rm -rf "$out"' EXIT
probes=$("$b/udsprobe" list | awk -v d="$b/cases" '{print d "/" $1}')
n=$(echo "$probes" | wc -l)

best() { sort -n | head -n 1; }
suite_ms() { # jobs
    for _ in 1 2 3; do
        s=$(date +%s%N)
        "$b/udsprobe" run -q -j "$1" -o "$out" -f json >/dev/null 2>&1 || true
        e=$(date +%s%N)
        echo $(( (e - s) / 1000000 ))
    done | best
}
floor_ms() {
    for _ in 1 2 3; do
        # shellcheck disable=SC2086
        (cd "$out" && "$b/tests/bench-floor" $probes)
    done | best
}

j1=$(suite_ms 1)
j2=$(suite_ms 2)
fl=$(floor_ms)
awk -v n="$n" -v j1="$j1" -v j2="$j2" -v fl="$fl" 'BEGIN {
    printf "probes:                        %d\n", n
    printf "suite wall time, 1 job:        %.2f s\n", j1 / 1000
    printf "suite wall time, 2 jobs:       %.2f s\n", j2 / 1000
    printf "speed-up from 1 to 2 jobs:     %.2fx\n", j1 / j2
    printf "floor (bare fork+exec, 1 job): %.2f s, %.2f ms per probe\n", fl / 1000, fl / n
    printf "harness, 1 job:                %.2f ms per probe\n", j1 / n
    printf "harness cost / floor:          %.2fx (%.2f ms per probe above the floor)\n", j1 / fl, (j1 - fl) / n
}'
