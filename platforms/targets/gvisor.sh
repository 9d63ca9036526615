#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target gvisor: gVisor (runsc), a user-space kernel with its own AF_UNIX.
#
# gVisor implements the Linux system calls in a user-space kernel, with an
# AF_UNIX of its own written in Go (pkg/sentry/socket/unix); uname says Linux
# 4.4.0. The suite is built static and run with `runsc do`, whose root is the
# staging directory, so the sandbox sees nothing else of the host.
# Needs: runsc, root (runsc uses ptrace and namespaces). Cost: about a minute.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
target_init gvisor static-x86_64
[ "$(id -u)" = 0 ] || die "runsc needs root"
need_packages runsc busybox-static
build_multi LDFLAGS=-static
# The process probes exec /bin/cat: busybox provides it inside the sandbox.
cp /bin/busybox "$WORK/bin/"
ln -s busybox "$WORK/bin/cat"
mkdir -m 1777 "$WORK/tmp"
runner_args
# -force-overlay=false: the reports written to /out must reach the host; the
# sandbox's root is the staging directory, not the host's /.
timeout 900 runsc --network=none "do" -root "$WORK" -force-overlay=false -cwd / \
    /bin/udsprobe "${RUNNER_ARGS[@]}" 2>&1 | tee "$WORK/console.log" >&2 || true
collect
