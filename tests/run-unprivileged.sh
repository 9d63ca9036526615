#!/bin/sh
# run-unprivileged.sh BUILD-DIR OUT-DIR TARGET - as root, run the suite as
# the unprivileged user nobody. The build may sit where nobody cannot read
# (a clone under /root), so the runner, the probes and the expectations are
# copied to a private directory that nobody may read and run from there.
set -eu
build=$1 out=$2 target=$3
[ "$(id -u)" = 0 ] || { echo "run-unprivileged.sh: run as root" >&2; exit 2; }
user=nobody
uid=$(id -u "$user") gid=$(id -g "$user")
copy=$(mktemp -d "${TMPDIR:-/tmp}/udsprobe-unpriv.XXXXXX")
trap 'rm -rf "$copy"' EXIT
cp -R "$build/udsprobe" "$build/cases" "$copy/"
cp -R platforms "$copy/platforms"
mkdir "$copy/reports"
chown "$uid:$gid" "$copy/reports"
chmod 0755 "$copy"
chmod -R a+rX "$copy"
rc=0
# From inside the copy, so the reports name platforms/<os>.exp as the source
# tree does.
(cd "$copy" && setpriv --reuid="$uid" --regid="$gid" --clear-groups env TMPDIR=/tmp \
    ./udsprobe run --platforms platforms --target "$target" -o reports) || rc=$?
mkdir -p "$out"
cp "$copy/reports/$target".* "$out/"
exit "$rc"
