#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target linux-6.12-qemu: Debian's Linux 6.12 kernel under QEMU (software emulation).
#
# The newest linux-image-6.12.N+deb12-amd64 is booted under QEMU with software
# emulation, the harness in its initramfs.
# Needs: qemu-system-x86, busybox-static, cpio. Cost: minutes (TCG).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=qemu-system.sh
. "$(dirname "$0")/qemu-system.sh"
qemu_target linux-6.12-qemu "$QEMU_6_12"
