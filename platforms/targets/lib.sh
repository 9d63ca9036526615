# platforms/targets/lib.sh - what every target script shares (sourced by bash).
# shellcheck shell=bash
#
# A target builds the runner and one multi-call binary of every probe for the
# platform, stages them with the expectation files in a private directory,
# runs the harness inside the platform, and brings back its four reports.
# Reports land in $REPORTS (default reports/) only when the JSON report is
# whole, complete and names the target: nothing half-written lands there.
#
# Environment: REPORTS (where reports go), JOBS (probes at once inside the
# target), TMPDIR (where the private staging directory is made).

set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REPORTS=${REPORTS:-$ROOT/reports}
case $REPORTS in /*) ;; *) REPORTS=$ROOT/$REPORTS ;; esac
PYTHON=${PYTHON:-python3}

# target_init NAME [BUILD-NAME]: the staging directory $WORK (0755, so that
# probes dropped to nobody can run the staged binaries), removed on exit.
# Targets that run the same binaries share a build directory.
target_init() {
    NAME=$1
    BUILD=$ROOT/build/targets/${2:-$1}
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/udsprobe-$NAME.XXXXXX")
    chmod 0755 "$WORK"
    trap 'rm -rf "$WORK"' EXIT
    trap 'exit 130' INT TERM
    mkdir -p "$WORK/bin" "$WORK/platforms" "$WORK/out"
    chmod 0777 "$WORK/out"
    START=$(date +%s)
}

die() {
    echo "udsprobe target ${NAME:-?}: $*" >&2
    exit 1
}

# skip WHY: this machine offers no way to run the target. One line saying
# why, and exit 77 (automake's "skipped"), which run.sh and matrix.sh report
# as skipped, not failed. Only for what the machine lacks, never for a
# failure of the suite itself.
SKIPPED=77
skip() {
    echo "udsprobe target ${NAME:-?}: skipped: $*" >&2
    exit "$SKIPPED"
}

# need_root WHY: skip unless running as root.
need_root() {
    [ "$(id -u)" = 0 ] || skip "$1 needs root"
}

# execs [EMULATOR] BINARY: can this machine run BINARY (a udsprobe runner),
# directly or under EMULATOR? A kernel without the binary's ABI refuses it
# with ENOEXEC; an emulator that cannot start fails the same way.
execs() {
    "$@" --version >/dev/null 2>&1
}

note() {
    echo "target $NAME: $*" >&2
}

# need_packages PKG...: install what is missing (as root), or say what to run.
need_packages() {
    missing=
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    command -v apt-get >/dev/null 2>&1 ||
        skip "needs Debian packages:$missing (no apt-get here)"
    [ "$(id -u)" = 0 ] ||
        skip "needs Debian packages; run as root: apt-get install -y$missing"
    note "installing$missing"
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >"$WORK/apt.log" 2>&1 || {
        DEBIAN_FRONTEND=noninteractive apt-get update -q >"$WORK/apt.log" 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >>"$WORK/apt.log" 2>&1
    } || die "apt-get install$missing failed: $(tail -1 "$WORK/apt.log")"
}

# build_multi MAKEVAR=VALUE...: the runner and the multi-call binary for this
# target, in build/targets/NAME, staged into $WORK/bin.
build_multi() {
    note "building in ${BUILD#"$ROOT"/}"
    make -C "$ROOT" -s -j"$(nproc)" B="$BUILD" "$@" multi >"$WORK/build.log" 2>&1 ||
        die "build failed: $(grep -m1 -E 'error|Error' "$WORK/build.log" || tail -1 "$WORK/build.log")"
    cp "$BUILD/udsprobe" "$BUILD/udsprobe-multi" "$WORK/bin/"
    cp "$ROOT"/platforms/*.exp "$WORK/platforms/"
    chmod 0755 "$WORK/bin" "$WORK/platforms"
    chmod 0644 "$WORK"/platforms/*.exp
}

# runner_args [ARG...]: RUNNER_ARGS, the harness's command line inside the
# target. Its paths are relative to the staging directory, which the target
# makes the current directory, so reports name platforms/<os>.exp as the
# source tree does.
runner_args() {
    RUNNER_ARGS=(run --platforms platforms --multicall bin/udsprobe-multi
        --target "$NAME" -o out -j "${JOBS:-2}" -t "${PROBE_TIMEOUT:-20}" -q "$@")
}

# run_here [COMMAND...]: the harness on this kernel, from the staging
# directory, through COMMAND if given (an emulator, setpriv); the console
# goes to stderr and $WORK/console.log. The report, not the exit status,
# says whether the run counts: collect checks it.
run_here() {
    (cd "$WORK" && "$@" bin/udsprobe "${RUNNER_ARGS[@]}") 2>&1 | tee "$WORK/console.log" >&2 || true
}

# collect: check $WORK/out/NAME.json and move the four reports into $REPORTS.
collect() {
    json=$WORK/out/$NAME.json
    [ -f "$json" ] || die "the harness wrote no report (see above)"
    "$PYTHON" "$ROOT/platforms/targets/check_report.py" "$json" "$NAME" "$(catalog_size)" ||
        die "the report is not usable; nothing was copied to ${REPORTS#"$ROOT"/}"
    for ext in json md junit.xml tap; do
        [ -f "$WORK/out/$NAME.$ext" ] || die "missing $NAME.$ext"
    done
    mkdir -p "$REPORTS"
    for ext in json md junit.xml tap; do
        cp "$WORK/out/$NAME.$ext" "$REPORTS/.$NAME.$ext.new"
    done
    for ext in json md junit.xml tap; do
        mv "$REPORTS/.$NAME.$ext.new" "$REPORTS/$NAME.$ext"
    done
    note "$(sed -n 's/^udsprobe: //p' "$WORK/console.log" | tail -1) in $(($(date +%s) - START)) s"
}

# How many probes the target's build holds (the report must have them all).
catalog_size() {
    grep -c '^    { "' "$BUILD/gen/catalog.c"
}
