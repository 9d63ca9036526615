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
need_root "runsc (ptrace and namespaces)"
need_packages runsc busybox-static
# The process probes exec /bin/cat: busybox provides it inside the sandbox.
cp /bin/busybox "$WORK/bin/"
ln -s busybox "$WORK/bin/cat"
mkdir -m 1777 "$WORK/tmp"
# -force-overlay=false: the reports written to /out must reach the host; the
# sandbox's root is the staging directory, not the host's /.
sandbox() {
    timeout 900 runsc --network=none "do" -root "$WORK" -force-overlay=false -cwd / "$@"
}
# Where runsc cannot make a sandbox at all (no ptrace, no user namespaces,
# a seccomp profile in the way), gVisor is not there to test.
sandbox /bin/busybox true >"$WORK/runsc.log" 2>&1 ||
    skip "runsc cannot start a sandbox here: $(tail -1 "$WORK/runsc.log")"
build_multi LDFLAGS=-static
runner_args
sandbox /bin/udsprobe "${RUNNER_ARGS[@]}" 2>&1 | tee "$WORK/console.log" >&2 || true
collect
