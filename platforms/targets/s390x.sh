#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target s390x: big-endian IBM Z build under qemu-user, on the host kernel.
#
# The suite built for IBM Z (64-bit, big-endian: byte-order bugs in the suite
# or in QEMU show here) and run under qemu-user on the host kernel: an emulated
# ABI, not another kernel.
# Needs: qemu-user-static, clang, Debian's s390x cross sysroot and
# binutils-s390x-linux-gnu. Cost: one cross build, then under a minute.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=qemu-user.sh
. "$(dirname "$0")/qemu-user.sh"
qemu_user_target s390x s390x-linux-gnu s390x s390x
