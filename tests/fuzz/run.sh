#!/bin/sh
# run.sh FUZZ-DIR SECONDS TARGET... - run each libFuzzer target built as
# FUZZ-DIR/fuzz-TARGET for SECONDS, from the seeds in tests/fuzz/corpus,
# and fail if any found a crash, a sanitizer report, a leak or a timeout.
set -u
dir=$1 seconds=$2
shift 2
failed=0
for target in "$@"; do
    work="$dir/corpus-$target"
    log="$dir/$target.log"
    mkdir -p "$work"
    rm -f "$dir/$target"-crash-* "$dir/$target"-leak-* "$dir/$target"-timeout-* \
        "$dir/$target"-oom-*
    dict=""
    [ -f "tests/fuzz/$target.dict" ] && dict="-dict=tests/fuzz/$target.dict"
    # $dict is empty or one word
    # shellcheck disable=SC2086
    "$dir/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$dir/$target-" $dict \
        "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    artifacts=$(ls "$dir/$target"-crash-* "$dir/$target"-leak-* "$dir/$target"-timeout-* \
        "$dir/$target"-oom-* 2>/dev/null)
    if [ "$rc" -ne 0 ] || [ -n "$artifacts" ]; then
        echo "fuzz $target: FAILED (exit $rc) after ${runs:-?} runs; see $log $artifacts" >&2
        grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -n 5 >&2
        failed=1
    else
        echo "fuzz $target: ${runs:-?} runs in ${seconds} s (${speed:-?}/s), ${cov:-cov: ?}, no findings"
    fi
done
exit "$failed"
