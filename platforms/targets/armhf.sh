#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target armhf: 32-bit Arm build under qemu-user, on the host kernel.
#
# The suite built for 32-bit Arm hard-float (ILP32: 4-byte cmsg_len,
# CMSG_SPACE(int) = 16) and run under qemu-user on the host kernel: an emulated
# ABI, not another kernel.
# Needs: qemu-user-static, clang, Debian's armhf cross sysroot and binutils-
# arm-linux-gnueabihf. Cost: one cross build, then under a minute.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=qemu-user.sh
. "$(dirname "$0")/qemu-user.sh"
qemu_user_target armhf arm-linux-gnueabihf armhf arm
