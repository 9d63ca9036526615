#!/bin/sh
# install-deps.sh - install what building and testing udsprobe needs, on
# Debian or Ubuntu, as root. Other systems: see README.md.
set -eu
pkgs="build-essential clang pkg-config libcriterion-dev python3 util-linux shellcheck chromium valgrind libclang-rt-14-dev"
if [ "$(id -u)" != 0 ]; then
    echo "install-deps.sh: run as root, or run: sudo apt-get install -y $pkgs" >&2
    exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps.sh: no apt-get here; install: C compiler, make, pkg-config, Criterion, python3" >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
echo "install-deps.sh: installed $pkgs"
