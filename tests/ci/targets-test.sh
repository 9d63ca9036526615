#!/usr/bin/env bash
# tests/ci/targets-test.sh - the target machinery on this machine (as root):
#  1. a target the machine cannot run exits 77 with one line saying why;
#     run.sh (make run) takes that as success, SKIP_IS_FAILURE=1 does not,
#     and matrix.sh lists it as skipped with the reason; a target that fails
#     still fails both;
#  2. the i386 target runs the way this kernel allows, and its report says
#     which: where the kernel execs 32-bit x86 code, on this kernel and not
#     emulated; where it refuses (ENOEXEC), on the linux-6.12 guest's kernel,
#     marked emulated and saying the host refused.
# Part 2 costs one i386 build and, where the kernel refuses, one boot of the
# guest under TCG (about 100 s here). TARGETS_TEST_SKIP_I386=1 leaves it out.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
[ "$(id -u)" = 0 ] || { echo "targets-test.sh: run as root (it runs targets as nobody)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/udsprobe-targets-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
chmod 0755 "$tmp"
failures=0
fail() {
    echo "targets-test.sh: FAIL: $*" >&2
    failures=$((failures + 1))
}
# check STATUS WHAT DETAIL: STATUS 0 passes WHAT; otherwise WHAT fails with DETAIL.
check() {
    if [ "$1" = 0 ]; then echo "targets-test.sh: ok: $2"; else fail "$2: $3"; fi
}

# ---- 1. skipped is not failed --------------------------------------------

# A copy of the target scripts, readable by nobody; the skip happens before
# anything is built, so the copy needs no more of the tree. broken.sh stands
# for a target that fails for real.
tree=$tmp/tree
mkdir -p "$tree/platforms/targets" "$tmp/reports"
cp platforms/targets/{lib.sh,run.sh,matrix.sh,host-unprivileged.sh} "$tree/platforms/targets/"
cat >"$tree/platforms/targets/broken.sh" <<'EOF'
# target broken: a target whose run fails (a test of the machinery).
. "$(dirname "$0")/lib.sh"
target_init broken
die "it failed"
EOF
chmod -R a+rX "$tree"
chmod 0777 "$tmp/reports"
as_nobody() {
    setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups \
        env TMPDIR=/tmp REPORTS="$tmp/reports" "$@"
}
T=$tree/platforms/targets
why="udsprobe target host-unprivileged: skipped: starting the harness as nobody needs root"

as_nobody bash "$T/host-unprivileged.sh" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 77 ] && [ "$(cat "$tmp/err")" = "$why" ] && [ ! -s "$tmp/out" ]
check $? "an unrunnable target exits 77 with one line saying why" \
    "exit $rc, stderr: $(cat "$tmp/err")"

as_nobody bash "$T/run.sh" host-unprivileged 2>"$tmp/err"
rc=$?
[ "$rc" = 0 ] && grep -qxF "$why" "$tmp/err"
check $? "run.sh: a skipped target is success, and says why" "exit $rc, stderr: $(cat "$tmp/err")"

as_nobody env SKIP_IS_FAILURE=1 bash "$T/run.sh" host-unprivileged 2>/dev/null
rc=$?
[ "$rc" = 77 ]
check $? "run.sh: SKIP_IS_FAILURE=1 makes a skip fail" "exit $rc, want 77"

as_nobody bash "$T/run.sh" broken 2>/dev/null
rc=$?
[ "$rc" = 1 ]
check $? "run.sh: a failing target still fails" "exit $rc, want 1"

as_nobody bash "$T/matrix.sh" host-unprivileged 2>/dev/null
rc=$?
row=$(grep '^| host-unprivileged |' "$tmp/reports/matrix.md" 2>/dev/null)
[ "$rc" = 0 ] && [[ $row == *"| skipped: starting the harness as nobody needs root |" ]]
check $? "matrix.sh: a skipped target is listed as skipped with its reason" \
    "exit $rc, row: ${row:-none}"

as_nobody bash "$T/matrix.sh" host-unprivileged broken 2>/dev/null
rc=$?
[ "$rc" = 1 ] && grep -q '^| broken | [0-9]* | FAILED |' "$tmp/reports/matrix.md"
check $? "matrix.sh: a failing target fails the matrix" "exit $rc"

# ---- 2. i386: the way this kernel allows, and the report says which --------

if [ "${TARGETS_TEST_SKIP_I386:-0}" = 1 ]; then
    echo "targets-test.sh: i386 left out (TARGETS_TEST_SKIP_I386=1)"
else
    REPORTS=$tmp/i386 bash platforms/targets/run.sh i386 2>"$tmp/i386.log"
    rc=$?
    # Ask the kernel the same question independently: the runner just built.
    if build/targets/i386/udsprobe --version >/dev/null 2>&1; then way=host; else way=qemu; fi
    if [ "$rc" != 0 ]; then
        fail "i386 ($way): exit $rc: $(tail -3 "$tmp/i386.log")"
    elif python3 - "$tmp/i386/i386.json" "$way" "$(uname -r)" <<'EOF'; then
import json, sys
path, way, host_release = sys.argv[1:]
p = json.load(open(path))["platform"]
problems = []
if p["abi_bits"] != 32 or p["long_bits"] != 32:
    problems.append("abi_bits %s, long_bits %s" % (p["abi_bits"], p["long_bits"]))
if way == "host":
    if p["release"] != host_release or p["emulated"]:
        problems.append("ran on the host: release %r, emulated %r" % (p["release"], p["emulated"]))
else:
    if not p["release"].startswith("6.12.") or not p["emulated"]:
        problems.append("fell back: release %r, emulated %r" % (p["release"], p["emulated"]))
    for words in ("qemu-system-x86_64", "ia32_emulation=1", "refused 32-bit exec", host_release):
        if words not in p["emulator"]:
            problems.append("emulator %r does not say %r" % (p["emulator"], words))
for line in problems:
    print("  " + line, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
        check 0 "i386 ran via $way and its fingerprint says so" ""
    else
        fail "i386 ($way): the fingerprint does not say how it ran"
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "targets-test.sh: $failures failed" >&2
    exit 1
fi
echo "targets-test.sh: all passed"
