#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target i386: 32-bit x86 build (gcc -m32) on the host kernel's compat layer.
#
# The suite built with gcc -m32 (static) on the host kernel, so every socket
# call goes through the kernel's 32-bit compat layer and the ILP32 ancillary-
# data layout (4-byte cmsg_len, CMSG_SPACE(int) = 16).
# Needs: gcc-multilib (which conflicts with Debian's gcc cross compilers).
# Cost: one build, then seconds.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
target_init i386
need_packages gcc-multilib
build_multi CC="gcc -m32" LDFLAGS=-static
runner_args
run_here
collect
