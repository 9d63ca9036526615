#!/usr/bin/env bash
# platforms/targets/run.sh NAME: run one target, as `make run TARGET=NAME`
# does. A target this machine cannot run (exit 77, after its one line
# saying why) is skipped, and that is success here: the exit status is 0.
# Any other failure is passed on. SKIP_IS_FAILURE=1 makes a skip fail too
# (for a machine that is meant to run every target).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
name=${1:?usage: run.sh NAME}
[ -f "$here/$name.sh" ] || { echo "run.sh: no target '$name' (platforms/targets/)" >&2; exit 2; }
bash "$here/$name.sh"
rc=$?
if [ "$rc" = 77 ]; then
    [ "${SKIP_IS_FAILURE:-0}" = 1 ] && exit 77
    exit 0
fi
exit "$rc"
