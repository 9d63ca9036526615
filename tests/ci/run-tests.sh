#!/bin/sh
# tests/ci/run-tests.sh TARGET - what every CI job runs, and what a person runs to
# reproduce one job on their own machine:
#
#   1. prints the platform's fingerprint (uname, compiler, make, id, Criterion);
#   2. builds the runner and every probe (gmake on the BSDs, make elsewhere);
#   3. runs the harness's Criterion unit tests (`make unit`);
#   4. runs the whole suite: build/udsprobe run --target TARGET -o reports,
#      and, with SUITE_AS=root+nobody (Linux), a second time as nobody.
#
# Reports land in reports/TARGET.{json,md,junit.xml,tap} (and
# reports/TARGET-unprivileged.* for the second run). Every step runs even when
# an earlier one failed, so the reports are there whatever happened; the exit
# status is non-zero when the build, the unit tests or a suite run failed (the
# suite fails on any error, timeout or crash).
#
#   tests/ci/run-tests.sh --summary TARGET
#
# prints the head of reports/TARGET.md (and of TARGET-unprivileged.md), up to
# its "## All probes" section, for $GITHUB_STEP_SUMMARY. Runs anywhere with a
# POSIX sh and awk: in the VM jobs it runs on the host after the VM step.
#
# Environment (all optional):
#   CC            compiler (default cc)
#   EXTRA_CFLAGS  appended to CFLAGS, e.g. for the sanitizer job:
#                 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
#   WERROR=0      build without -Werror (default: warnings are errors, as in .ci/run)
#   SUITE_AS      self (default): the suite once, as whoever runs this script;
#                 root+nobody (Linux): like `make check` as root: the whole script
#                 runs as root (through `sudo -n` when it is not root already) and
#                 the suite runs as root, then as nobody (tests/run-unprivileged.sh)
#   UNIT=0        skip the Criterion unit tests (for a machine without Criterion)
#   B             build directory (default build)
#   REPORTS       report directory (default reports)
#   RUNFLAGS      extra options for `udsprobe run` (e.g. -t 20, --strict)
#   JOBS          parallel compiler and probe jobs (default: online CPUs)
#   MAKE          the make to use (default gmake on the BSDs, make elsewhere)
#   GITHUB_ACTIONS=true (set by GitHub) groups the build output in the log and,
#                 as root, makes the directories above the build searchable by
#                 others (chmod o+x), so that the probes run as nobody can be
#                 executed; the runner's home is 0750. Run as root elsewhere,
#                 the script never does that: it runs the suite's probes from a
#                 copy when nobody cannot reach them, and warns that the unit
#                 test that drops root will fail.
set -u

die() {
    echo "run-tests.sh: $*" >&2
    exit 2
}

here=$(cd "$(dirname "$0")/../.." && pwd) || die "cannot find the repository root"
cd "$here" || die "cannot enter $here"

REPORTS=${REPORTS:-reports}

# ---- --summary TARGET: the head of the Markdown reports ---------------------
if [ "${1:-}" = --summary ]; then
    [ $# -eq 2 ] || die "usage: tests/ci/run-tests.sh --summary TARGET"
    # Links to probe sources are relative to reports/; on GitHub, point them
    # at the tested commit instead.
    base=../
    if [ -n "${GITHUB_SERVER_URL:-}" ] && [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${GITHUB_SHA:-}" ]; then
        base=$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/
    fi
    found=0
    for t in "$2" "$2-unprivileged"; do
        md=$REPORTS/$t.md
        [ -f "$md" ] || continue
        found=1
        # Up to "## All probes", at most 256 KiB per report: the step summary
        # takes at most 1 MiB per step. The full reports are in the artifact.
        awk -v max=262144 -v base="$base" '
            /^## All probes/ { exit }
            { gsub(/\]\(\.\.\//, "](" base)
              n += length($0) + 1
              if (n > max) { print "\n*(cut at 256 KiB: see the full report in the artifact)*"; exit }
              print }' "$md"
        echo
    done
    if [ "$found" = 0 ]; then
        printf '# udsprobe report: %s\n\n**No report was written** (the build failed, or the suite never ran): see the job log.\n' "$2"
    else
        # shellcheck disable=SC2016 # the backquotes are Markdown
        printf 'Full reports (JSON, Markdown, JUnit, TAP): the `reports-%s` artifact of this run.\n' "$2"
    fi
    exit 0
fi

[ $# -eq 1 ] || die "usage: tests/ci/run-tests.sh TARGET   (e.g. linux-gcc, macos-15-arm64, freebsd-14)"
target=$1
case $target in
    "" | -* | */* | *[!A-Za-z0-9._-]*) die "bad target name '$target': use letters, digits, '.', '_' and '-'" ;;
esac

os=$(uname -s)
SUITE_AS=${SUITE_AS:-self}
case $SUITE_AS in
    self) ;;
    root+nobody)
        [ "$os" = Linux ] || die "SUITE_AS=root+nobody needs Linux (tests/run-unprivileged.sh uses setpriv)"
        if [ "$(id -u)" != 0 ]; then
            # Run the whole script as root, as .ci/run does, passing on the
            # settings that are set (sudo resets the environment and PATH).
            command -v sudo >/dev/null 2>&1 || die "SUITE_AS=root+nobody: not root and no sudo"
            set --
            for v in CC EXTRA_CFLAGS WERROR UNIT B REPORTS RUNFLAGS JOBS MAKE TMPDIR \
                PKG_CONFIG_PATH ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS CI GITHUB_ACTIONS; do
                eval "isset=\${$v+x}"
                # shellcheck disable=SC2154 # isset is set by the eval
                if [ -n "$isset" ]; then
                    eval "val=\$$v"
                    # shellcheck disable=SC2154 # val is set by the eval
                    set -- "$@" "$v=$val"
                fi
            done
            echo "run-tests.sh: SUITE_AS=root+nobody: running as root through sudo"
            exec sudo -n env "PATH=$PATH" SUITE_AS=root+nobody \
                "RUN_TESTS_OWNER=$(id -u):$(id -g)" "$@" sh "$here/tests/ci/run-tests.sh" "$target"
        fi
        ;;
    *) die "SUITE_AS must be self or root+nobody, not '$SUITE_AS'" ;;
esac

B=${B:-build}
case $os in
    FreeBSD | OpenBSD | NetBSD | DragonFly)
        MAKE=${MAKE:-gmake}
        # Criterion's .pc file is here, where a plain pkg-config may not look.
        PKG_CONFIG_PATH=${PKG_CONFIG_PATH:+$PKG_CONFIG_PATH:}/usr/local/libdata/pkgconfig
        export PKG_CONFIG_PATH
        ;;
    *) MAKE=${MAKE:-make} ;;
esac
CC=${CC:-cc}
CFLAGS="-O2 -g"
[ "${WERROR:-1}" = 0 ] || CFLAGS="$CFLAGS -Werror"
[ -z "${EXTRA_CFLAGS:-}" ] || CFLAGS="$CFLAGS $EXTRA_CFLAGS"
JOBS=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
case $JOBS in '' | *[!0-9]*) JOBS=2 ;; esac

# Sanitizer builds: ASan must not catch SIGSEGV and friends itself, or a probe
# (or the unit tests' crash_segv fixture) that dies of a signal exits 1
# instead, and the harness reports an error where it should see a crash.
# Memory errors are still ASan's; leaks fail a probe (exit 1 after its result).
case " ${EXTRA_CFLAGS:-} " in
    *" -fsanitize="*)
        ASAN_OPTIONS=${ASAN_OPTIONS:-handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0}
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
        export ASAN_OPTIONS UBSAN_OPTIONS
        ;;
esac

# Scratch directories live under TMPDIR, and their socket paths must fit in
# sun_path (104 bytes on the BSDs and macOS). macOS sets TMPDIR to a long
# /var/folders/... path that does not leave room: use /tmp there.
if [ -z "${TMPDIR:-}" ] || [ ${#TMPDIR} -gt 40 ]; then
    TMPDIR=/tmp
fi
export TMPDIR

# ---- 1. the platform's fingerprint ------------------------------------------
section() { printf '\n==== %s\n' "$*"; }
section "platform"
uname -a
case $os in
    Linux) [ -r /etc/os-release ] && sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"' ;;
    Darwin) sw_vers 2>/dev/null ;;
    FreeBSD) freebsd-version -ku 2>/dev/null ;;
esac
echo "cpus: $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"
id
section "compiler: $CC"
if command -v "$CC" >/dev/null 2>&1; then "$CC" --version; else echo "(no $CC)"; fi
section "make: $MAKE"
if command -v "$MAKE" >/dev/null 2>&1; then "$MAKE" --version | sed -n 1,2p; else echo "(no $MAKE)"; fi
section "criterion"
if command -v pkg-config >/dev/null 2>&1; then
    echo "pkg-config $(pkg-config --version)"
    echo "criterion $(pkg-config --modversion criterion 2>/dev/null || echo 'not found by pkg-config')"
else
    echo "(no pkg-config)"
fi
section "settings"
echo "target=$target SUITE_AS=$SUITE_AS B=$B REPORTS=$REPORTS JOBS=$JOBS TMPDIR=$TMPDIR"
echo "CC=$CC CFLAGS=$CFLAGS"
[ -z "${RUNFLAGS:-}" ] || echo "RUNFLAGS=$RUNFLAGS"
[ -z "${ASAN_OPTIONS:-}" ] || echo "ASAN_OPTIONS=$ASAN_OPTIONS"
[ -z "${UBSAN_OPTIONS:-}" ] || echo "UBSAN_OPTIONS=$UBSAN_OPTIONS"
[ -z "${PKG_CONFIG_PATH:-}" ] || echo "PKG_CONFIG_PATH=$PKG_CONFIG_PATH"

command -v "$MAKE" >/dev/null 2>&1 || die "no $MAKE (on the BSDs: pkg install gmake)"
command -v "$CC" >/dev/null 2>&1 || die "no compiler $CC"
if [ "${UNIT:-1}" != 0 ] && ! pkg-config --exists criterion 2>/dev/null; then
    case $os in
        Linux) hint="sudo apt-get install -y libcriterion-dev pkg-config" ;;
        Darwin) hint="brew install criterion pkgconf" ;;
        FreeBSD) hint="pkg install -y criterion pkgconf" ;;
        *) hint="install Criterion and pkg-config" ;;
    esac
    die "Criterion not found through pkg-config: $hint (or UNIT=0 to skip the unit tests)"
fi

# tests/run-unit.sh runs the unit tests under `setsid timeout -s KILL`.
# macOS has neither command and FreeBSD has no setsid(1): put stand-ins
# first on PATH (python3, or perl for setsid) for this run only.
shims=''
pcopy=''
cleanup() {
    [ -z "$shims" ] || rm -rf "$shims"
    [ -z "$pcopy" ] || rm -rf "$pcopy"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
need_shim() { ! command -v "$1" >/dev/null 2>&1; }
if [ "${UNIT:-1}" != 0 ] && { need_shim setsid || need_shim timeout; }; then
    shims=$(mktemp -d "$TMPDIR/udsprobe-shims.XXXXXX") || die "mktemp failed"
    if need_shim setsid; then
        if command -v python3 >/dev/null 2>&1; then
            cat >"$shims/setsid" <<'EOF'
#!/bin/sh
# setsid stand-in for tests/ci/run-tests.sh: setsid(2), then exec the command.
exec python3 -c '
import os, sys
try:
    os.setsid()
except OSError:
    pass
os.execvp(sys.argv[1], sys.argv[1:])' "$@"
EOF
        elif command -v perl >/dev/null 2>&1; then
            cat >"$shims/setsid" <<'EOF'
#!/bin/sh
# setsid stand-in for tests/ci/run-tests.sh: setsid(2), then exec the command.
exec perl -MPOSIX -e 'POSIX::setsid(); exec { $ARGV[0] } @ARGV or die "setsid: $ARGV[0]: $!\n"' "$@"
EOF
        else
            die "no setsid, python3 or perl: tests/run-unit.sh cannot run"
        fi
        echo "run-tests.sh: no setsid(1) here: using a stand-in"
    fi
    if need_shim timeout; then
        if command -v gtimeout >/dev/null 2>&1; then
            ln -s "$(command -v gtimeout)" "$shims/timeout"
        elif command -v python3 >/dev/null 2>&1; then
            cat >"$shims/timeout" <<'EOF'
#!/bin/sh
# timeout stand-in for tests/ci/run-tests.sh: timeout [-s SIG] SECONDS COMMAND...
# On expiry it signals the command and, when it leads its own process group
# (as under setsid), the whole group. Exit status 124 on a timeout.
exec python3 -c '
import os, signal, subprocess, sys
a = sys.argv[1:]
sig = signal.SIGTERM
if a and a[0] == "-s":
    name = a[1].upper()
    sig = getattr(signal, name if name.startswith("SIG") else "SIG" + name)
    a = a[2:]
p = subprocess.Popen(a[1:])
try:
    rc = p.wait(timeout=float(a[0]))
    sys.exit(rc if rc >= 0 else 128 - rc)
except subprocess.TimeoutExpired:
    sys.stderr.write("timeout: %s timed out after %s s\n" % (a[1], a[0]))
    p.send_signal(sig)
    if os.getpgrp() == os.getpid():
        if sig != signal.SIGKILL:
            signal.signal(sig, signal.SIG_IGN)
        os.killpg(os.getpid(), sig)
    sys.exit(124)' "$@"
EOF
        else
            die "no timeout, gtimeout or python3: tests/run-unit.sh cannot run"
        fi
        echo "run-tests.sh: no timeout(1) here: using a stand-in"
    fi
    chmod +x "$shims"/*
    PATH=$shims:$PATH
    export PATH
fi

# ---- 2. build ----------------------------------------------------------------
failed=
status() { # status NAME RC
    if [ "$2" -eq 0 ]; then
        echo "run-tests.sh: $1: ok"
    else
        echo "run-tests.sh: $1: FAILED (exit $2)" >&2
        failed="$failed $1"
    fi
}

# The same build directory with other flags (a sanitizer build after a plain
# one) must not mix objects: rebuild everything when the flags changed.
stamp="$CC $CFLAGS"
always=
if [ -d "$B" ] && [ "$(cat "$B/ci-build-flags" 2>/dev/null)" != "$stamp" ]; then
    always=-B
fi
section "build: $MAKE -j$JOBS $always B=$B all"
rc=0
[ "${GITHUB_ACTIONS:-}" != true ] || echo "::group::build output"
"$MAKE" -j"$JOBS" ${always:+"$always"} B="$B" CC="$CC" CFLAGS="$CFLAGS" all || rc=$?
[ "${GITHUB_ACTIONS:-}" != true ] || echo "::endgroup::"
status build "$rc"
if [ "$rc" -ne 0 ]; then
    echo "run-tests.sh: the build failed: no unit tests, no suite, no reports" >&2
    exit 1
fi
printf '%s\n' "$stamp" >"$B/ci-build-flags"

# Can a user with no relation to the files' owners reach every probe? Run as
# root, the runner drops to nobody before it executes the probes that need an
# unprivileged identity, so nobody must be able to search every directory
# down to them and execute them. A checkout under a 0750 home directory (as
# a CI runner's may be) or /root fails that: run the probes from a copy.
others_can_reach() { # others_can_reach ABSOLUTE-DIR
    d=$1
    while [ -n "$d" ] && [ "$d" != / ] && [ "$d" != . ]; do
        [ -n "$(find "$d" -maxdepth 0 -perm -0001)" ] || return 1
        d=$(dirname "$d")
    done
    [ -z "$(find "$1" \( -type d -o -perm -0100 \) ! -perm -0001 | head -n 1)" ]
}
# On a CI machine (GITHUB_ACTIONS=true), which is thrown away after the job,
# open the directories above the build for search instead: a GitHub runner's
# home is 0750. Elsewhere nothing outside the build is touched.
if [ "$(id -u)" = 0 ] && [ "${GITHUB_ACTIONS:-}" = true ]; then
    d=$(cd "$B" && pwd)
    while [ -n "$d" ] && [ "$d" != / ]; do
        if [ -z "$(find "$d" -maxdepth 0 -perm -0001)" ]; then
            chmod o+x "$d" && echo "run-tests.sh: CI machine: chmod o+x $d, so that nobody can reach the probes"
        fi
        d=$(dirname "$d")
    done
fi

# ---- 3. unit tests -----------------------------------------------------------
if [ "${UNIT:-1}" != 0 ]; then
    section "unit tests: $MAKE unit"
    if [ "$(id -u)" = 0 ] && ! others_can_reach "$(cd "$B" && pwd)/cases"; then
        echo "run-tests.sh: warning: nobody cannot reach $B/ from here, so the unit test" \
            "exec::root_drops_to_the_unprivileged_identity will fail (exec EACCES):" \
            "make every directory above it searchable (chmod o+x), or build elsewhere (B=/tmp/...)" >&2
    fi
    rc=0
    "$MAKE" -j"$JOBS" B="$B" CC="$CC" CFLAGS="$CFLAGS" unit || rc=$?
    status "unit tests" "$rc"
else
    echo "run-tests.sh: UNIT=0: unit tests skipped"
fi

# ---- 4. the suite --------------------------------------------------------------
mkdir -p "$REPORTS" || die "cannot create $REPORTS"
rm -f "$REPORTS/$target".* "$REPORTS/$target-unprivileged".*

check_reports() { # check_reports TARGET: all four reports written?
    for ext in json md junit.xml tap; do
        if [ ! -s "$REPORTS/$1.$ext" ]; then
            echo "run-tests.sh: $REPORTS/$1.$ext was not written" >&2
            return 1
        fi
    done
}

set --
if [ "$(id -u)" = 0 ]; then
    probes=$(cd "$B/cases" && pwd) || die "no $B/cases"
    if ! others_can_reach "$probes"; then
        pcopy=$(mktemp -d "$TMPDIR/udsprobe-probes.XXXXXX") || die "mktemp failed"
        cp -R "$probes" "$pcopy/cases" || die "cannot copy $probes to $pcopy"
        { chmod 0755 "$pcopy" && chmod -R a+rX "$pcopy/cases"; } || die "chmod $pcopy failed"
        echo "run-tests.sh: nobody cannot reach $probes: running the probes from a copy in $pcopy"
        set -- --probes "$pcopy/cases"
    fi
fi

section "suite as $(id -un 2>/dev/null || id -u): udsprobe run --target $target"
rc=0
# shellcheck disable=SC2086 # RUNFLAGS is a word list
"$B/udsprobe" run -j "$JOBS" --target "$target" -o "$REPORTS" "$@" ${RUNFLAGS:-} || rc=$?
[ "$rc" -ne 0 ] || check_reports "$target" || rc=1
status "suite ($target)" "$rc"

if [ "$SUITE_AS" = root+nobody ]; then
    section "suite as nobody: tests/run-unprivileged.sh $B $REPORTS $target-unprivileged"
    rc=0
    sh tests/run-unprivileged.sh "$B" "$REPORTS" "$target-unprivileged" || rc=$?
    [ "$rc" -ne 0 ] || check_reports "$target-unprivileged" || rc=1
    status "suite ($target-unprivileged)" "$rc"
fi

# Run through sudo: give the files back to whoever started the script, so a
# self-hosted runner can clean its workspace.
if [ -n "${RUN_TESTS_OWNER:-}" ]; then
    chown -R "$RUN_TESTS_OWNER" "$B" "$REPORTS" 2>/dev/null || true
fi

section "result"
ls -l "$REPORTS/$target".* "$REPORTS/$target-unprivileged".* 2>/dev/null
if [ -n "$failed" ]; then
    echo "run-tests.sh: $target: failed:$failed" >&2
    exit 1
fi
echo "run-tests.sh: $target: all passed"
