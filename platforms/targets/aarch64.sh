#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target aarch64: 64-bit Arm build under qemu-user, on the host kernel.
#
# The suite built for 64-bit Arm (little-endian, LP64) and run under qemu-user
# on the host kernel: an emulated ABI, not another kernel.
# Needs: qemu-user-static, clang, Debian's arm64 cross sysroot and binutils-
# aarch64-linux-gnu. Cost: one cross build, then under a minute.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=qemu-user.sh
. "$(dirname "$0")/qemu-user.sh"
qemu_user_target aarch64 aarch64-linux-gnu arm64 aarch64
