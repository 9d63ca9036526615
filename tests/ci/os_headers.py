#!/usr/bin/env python3
"""tests/ci/os_headers.py - every OS-specific name a C file uses comes with
the header that defines it.

No check on this machine compiles the FreeBSD, NetBSD or OpenBSD branches
(the macOS cross-build takes only the __APPLE__ ones), so a branch that uses
__FreeBSD_version without <osreldate.h> builds here and breaks there. This
reads each source with comments and strings removed, follows its "local.h"
includes, and reports every name in RULES whose header is missing.

Usage: os_headers.py [FILE ...]   (default: every .c and .h under harness/,
cases/ and tests/).  Exit 0 clean, 1 findings (one line each: file:line).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

# name (a regex on one token) -> headers, any one of which defines it
RULES = [
    (r"__FreeBSD_version", ("osreldate.h", "sys/param.h")),
    (r"__NetBSD_Version__", ("sys/param.h",)),
    (r"OpenBSD", ("sys/param.h",)),
    (r"__MAC_OS_X_VERSION_\w+|MAC_OS_X_VERSION_\w+",
     ("Availability.h", "AvailabilityMacros.h")),
    (r"TARGET_OS_\w+", ("TargetConditionals.h",)),
    (r"xucred|XUCRED_VERSION", ("sys/ucred.h",)),
    (r"sysctlbyname", ("sys/sysctl.h",)),
    (r"kevent|kqueue|EVFILT_\w+", ("sys/event.h",)),
]

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
NOISE = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def strip(text):
    """Comments and literals blanked, newlines kept so line numbers hold."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return NOISE.sub(blank, text)


def headers_of(path, seen=None):
    """System headers a file includes, directly or through local headers."""
    seen = set() if seen is None else seen
    if path in seen or not path.is_file():
        return set()
    seen.add(path)
    found = set()
    for kind, name in INCLUDE.findall(path.read_text(errors="replace")):
        if kind == "<":
            found.add(name)
            continue
        for base in (path.parent, ROOT / "harness", ROOT / "harness" / "runner"):
            if (base / name).is_file():
                found |= headers_of((base / name).resolve(), seen)
                break
    return found


def check(path):
    text = strip(path.read_text(errors="replace"))
    have = headers_of(path.resolve())
    problems = []
    for name, headers in RULES:
        if any(h in have for h in headers):
            continue
        for m in re.finditer(r"(?<![\w])(?:%s)(?![\w])" % name, text):
            line = text.count("\n", 0, m.start()) + 1
            try:
                shown = path.resolve().relative_to(ROOT)
            except ValueError:
                shown = path
            problems.append("%s:%d: %s needs <%s>" % (shown, line, m.group(0),
                                                     "> or <".join(headers)))
            break
    return problems


def main(argv):
    files = [pathlib.Path(a) for a in argv] or sorted(
        p for d in ("harness", "cases", "tests") for p in (ROOT / d).rglob("*.[ch]"))
    problems = [p for f in files for p in check(f)]
    for p in problems:
        print(p)
    print("os_headers.py: %d files, %s" % (len(files), "%d problems" % len(problems)
                                           if problems else "clean"), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
