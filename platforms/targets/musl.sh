#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target musl: the suite built with musl instead of glibc, on the host kernel.
#
# The suite built with Debian's musl (musl-gcc -static) on the host kernel:
# another libc's socket wrappers and headers (musl's sendmsg copies control
# data into a 1024-byte buffer, for one).
# Needs: musl-tools. Cost: one build, then seconds.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
target_init musl
need_packages musl-tools
# musl has no version macro; the runner records the one Debian packaged.
version=$(dpkg-query -W -f='${Version}' musl-dev | sed 's/-.*//')
build_multi CC=musl-gcc LDFLAGS=-static CPPFLAGS="-DUDSPROBE_LIBC_VERSION='\"$version\"'"
runner_args
run_here
collect
