#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target linux-6.1: Linux 6.1 LTS as user-mode Linux (Debian's linux.uml).
#
# Debian's user-mode-linux package (6.1.176) is booted with the host's / as its
# root through hostfs. Its init is a busybox script that runs the harness and
# powers off; the reports reach the staging directory through hostfs. UML 6.1
# panics at boot on CPUs whose XSAVE area is larger than it was built for
# (AVX-512, AMX); uml-xstate-shim.c, preloaded, fixes that without a rebuild.
# Needs: user-mode-linux, busybox-static, root (ptrace, no Yama). Cost: about
# 30 s.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
target_init linux-6.1 static-x86_64
# UML runs its processes under ptrace: Yama's mode 3 forbids that to
# everyone, mode 2 to all but root.
yama=$(cat /proc/sys/kernel/yama/ptrace_scope 2>/dev/null || echo 0)
[ "$yama" -lt 3 ] || skip "kernel.yama.ptrace_scope is 3: no process may ptrace, and UML needs it"
[ "$yama" -lt 2 ] || need_root "UML under kernel.yama.ptrace_scope=2"
need_packages user-mode-linux busybox-static
build_multi LDFLAGS=-static
cc -O2 -shared -fPIC -o "$WORK/uml-xstate-shim.so" "$ROOT/platforms/targets/uml-xstate-shim.c" -ldl
mkdir -m 1777 "$WORK/tmp"
runner_args
{
    echo '#!/bin/busybox sh'
    echo '/bin/busybox mount -t proc proc /proc'
    printf '/bin/busybox mount -t tmpfs -o mode=1777 tmpfs %q\n' "$WORK/tmp"
    printf 'cd %q || exit 1\n' "$WORK"
    printf 'TMPDIR=%q bin/udsprobe' "$WORK/tmp"
    printf ' %q' "${RUNNER_ARGS[@]}"
    printf ' >%q 2>&1\n' "$WORK/console.log"
    printf '/bin/busybox umount %q\n' "$WORK/tmp"
    echo '/bin/busybox sync'
    echo '/bin/busybox poweroff -f'
} >"$WORK/init"
chmod 0755 "$WORK/init"
# UML keeps its memory in a file under TMPDIR; a crash leaves ~/.uml/<umid>.
LD_PRELOAD=$WORK/uml-xstate-shim.so TMPDIR=$WORK timeout 900 linux.uml mem=512M \
    umid="udsprobe-$$" rootfstype=hostfs rootflags=/ rw init="$WORK/init" \
    con0=null,fd:1 con=null </dev/null >"$WORK/uml.log" 2>&1 ||
    note "linux.uml exited with status $?: $(tail -1 "$WORK/uml.log")"
rm -rf "${HOME:-/root}/.uml/udsprobe-$$"
cat "$WORK/console.log" >&2 2>/dev/null || die "the init script did not run: $(tail -1 "$WORK/uml.log")"
collect
