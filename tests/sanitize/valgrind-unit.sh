#!/bin/sh
# valgrind-unit.sh UNIT-TESTS - the Criterion unit tests under valgrind
# memcheck, which follows into Criterion's worker processes but not into
# the probes, fixtures or runner binary that the tests start. Fails when a
# test fails or valgrind reports an error or a definite leak in any process.
# VALGRIND names the valgrind to use.
set -u
bin=$1
logs=$(mktemp -d "${TMPDIR:-/tmp}/udsprobe-valgrind.XXXXXX") || exit 2
trap 'rm -rf "$logs"' EXIT
# --vgdb=no: no gdbserver pipes in /tmp, which a test that changes its
# groups could not remove.
"${VALGRIND:-valgrind}" --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    --vgdb=no --quiet --trace-children=yes \
    --trace-children-skip='*/cases/*,*/fixtures/*,*/udsprobe,/bin/*,/usr/bin/*' \
    --log-file="$logs/vg.%p" "$bin" --color=never -j1 >"$logs/out" 2>&1
rc=$?
tail -n 3 "$logs/out"
reports=$(find "$logs" -name 'vg.*' -size +0 | sort)
if [ -n "$reports" ]; then
    echo "valgrind-unit.sh: valgrind reported problems:" >&2
    for f in $reports; do
        cat "$f" >&2
    done
    exit 1
fi
if [ "$rc" -ne 0 ] || ! grep -q 'Failing: 0 ' "$logs/out"; then
    echo "valgrind-unit.sh: unit tests failed (exit $rc):" >&2
    grep -E '^\[(FAIL|----)\]' "$logs/out" >&2
    exit 1
fi
n=0
for f in "$logs"/vg.*; do
    [ -e "$f" ] && n=$((n + 1))
done
echo "valgrind-unit.sh: $n processes under valgrind, no errors, no definite leaks"
