#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target host: this machine's kernel and C library.
#
# The suite built as usual (one multi-call binary), run as root.
# Needs: a C compiler and make. Cost: a few seconds.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
target_init host
build_multi
runner_args
run_here
collect
