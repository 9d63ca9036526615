#!/usr/bin/env bash
# platforms/targets/matrix.sh [NAME...]: run every target (or the ones named),
# one after another, and say how long each took. A target that fails does not
# stop the others; the exit status is non-zero when any failed. A target this
# machine cannot run (exit 77: no KVM-free way, no runsc, no 32-bit exec and
# no guest) is listed as skipped, with its reason, and does not fail the run.
# The wall times go to $REPORTS/matrix.md beside the reports they produced.
# matrix.sh --list: each target and the first line of what it says it is;
# matrix.sh --names: the targets in the order the tables show them.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$here/../.." && pwd)
REPORTS=${REPORTS:-$ROOT/reports}
ALL="host host-unprivileged gvisor linux-6.1 linux-6.1-qemu linux-6.12-qemu i386 musl aarch64 armhf s390x"
if [ "${1:-}" = --names ]; then
    echo "$ALL"
    exit 0
fi
if [ "${1:-}" = --list ]; then
    for name in $ALL; do
        printf '%-18s %s\n' "$name" "$(sed -n "s/^# target $name: //p" "$here/$name.sh")"
    done
    exit 0
fi
# shellcheck disable=SC2086 # the default list is one word per target
[ $# -gt 0 ] || set -- $ALL
for name in "$@"; do
    [ -f "$here/$name.sh" ] || { echo "matrix.sh: no target $name (platforms/targets/$name.sh)" >&2; exit 2; }
done
rows=()
failed=()
log=$(mktemp "${TMPDIR:-/tmp}/udsprobe-matrix.XXXXXX")
trap 'rm -f "$log"' EXIT
t0=$(date +%s)
for name in "$@"; do
    echo "=== target $name" >&2
    s=$(date +%s)
    bash "$here/$name.sh" 2>&1 | tee "$log" >&2
    case ${PIPESTATUS[0]} in
    0) status=ok ;;
    77) status="skipped: $(sed -n "s/^udsprobe target $name: skipped: //p" "$log" | tail -1)" ;;
    *) status=FAILED; failed+=("$name") ;;
    esac
    rows+=("| $name | $(($(date +%s) - s)) | $status |")
done
total=$(($(date +%s) - t0))
{
    echo "# Matrix run"
    echo
    echo "Wall time of each target's last run by \`platforms/targets/matrix.sh\` on this"
    echo "machine ($(nproc) cores), build included."
    echo
    echo "| target | seconds | status |"
    echo "|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo "| **total** | $total | |"
} >"$REPORTS/.matrix.md.new" && mv "$REPORTS/.matrix.md.new" "$REPORTS/matrix.md"
printf '%s\n' "${rows[@]}" "total: $total s" >&2
[ ${#failed[@]} -eq 0 ] || { echo "matrix.sh: failed: ${failed[*]}" >&2; exit 1; }
