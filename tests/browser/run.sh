#!/bin/sh
# tests/browser/run.sh [BUILD_DIR]
#
# Builds compat.html from the committed reports, and one from the Python test
# fixtures, then checks the pages in headless Chromium: Debian's /usr/bin/chromium driven
# by playwright-core from npm (pinned, installed under BUILD_DIR/npm; it never
# downloads a browser). Screenshots land in BUILD_DIR/browser/.
set -eu

BUILD=${1:-build-compat}
PLAYWRIGHT_VERSION=1.65.1
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PYTHON=${PYTHON:-python3}

cd "$(dirname "$0")/../.."
if [ ! -x "$CHROMIUM" ]; then
    echo "run.sh: $CHROMIUM not found: install Debian's chromium (apt-get install -y chromium)" >&2
    exit 1
fi

NPM_DIR=$BUILD/npm
PKG=$NPM_DIR/node_modules/playwright-core/package.json
if ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PKG" 2>/dev/null; then
    mkdir -p "$NPM_DIR"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$NPM_DIR" --no-audit --no-fund \
        --save-exact "playwright-core@$PLAYWRIGHT_VERSION"
fi

# Two pages: the committed reports (real differences) and the hand-made
# fixture reports (absent probes, error/timeout/crash, hostile values).
OUT=$BUILD/browser
FIX=tests/python/fixtures
set -- reports/*.json
"$PYTHON" harness/scripts/compat.py --out "$OUT/reports" --formats html --docs platforms "$@"
"$PYTHON" harness/scripts/compat.py --out "$OUT/fixtures" --formats html --docs "$FIX/docs" \
    "$FIX/alpha.json" "$FIX/beta.json" "$FIX/gamma.json"

COMPAT_HTML=$PWD/$OUT/reports/compat.html COMPAT_PLATFORMS=$# \
    COMPAT_FIXTURE_HTML=$PWD/$OUT/fixtures/compat.html COMPAT_SHOTS=$PWD/$OUT \
    COMPAT_NPM_DIR=$PWD/$NPM_DIR CHROMIUM=$CHROMIUM \
    node --test --test-reporter=spec tests/browser/compat.spec.mjs
