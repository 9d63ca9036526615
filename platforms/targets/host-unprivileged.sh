#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target host-unprivileged: this machine's kernel, the harness run as nobody.
#
# The harness itself is started as the unprivileged user nobody (setpriv, no
# supplementary groups), the way an ordinary user runs the suite: probes that
# need root say n/a, and permission probes run without root's bypasses.
# Needs: root to switch users (setpriv, from util-linux). Cost: seconds.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
target_init host-unprivileged host
need_root "starting the harness as nobody"
id -u nobody >/dev/null 2>&1 || skip "there is no user nobody to run the harness as"
build_multi
runner_args
run_here setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups env TMPDIR=/tmp
collect
