#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target linux-6.1-qemu: Debian's Linux 6.1 kernel under QEMU (software emulation).
#
# The newest linux-image-6.1.0-N-amd64 is booted under QEMU with software
# emulation, the harness in its initramfs. The same kernel line as linux-6.1
# (UML), but a real x86 kernel with Debian's configuration.
# Needs: qemu-system-x86, busybox-static, cpio, root for the kernel download.
# Cost: minutes (TCG).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=qemu-system.sh
. "$(dirname "$0")/qemu-system.sh"
qemu_target linux-6.1-qemu '^linux-image-6\.1\.0-[0-9]+-amd64$'
