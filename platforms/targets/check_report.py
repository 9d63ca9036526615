#!/usr/bin/env python3
"""check_report.py REPORT.json TARGET COUNT: is this a whole, complete report
of TARGET with COUNT probes? One line on stderr and exit 1 when it is not.

A target's report is copied into reports/ only after this check, so a run
that was cut short, wrote for another target or lost probes never lands.
The report's shape is checked by the same reader the compatibility tables
use (harness/scripts/udsreport.py)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "harness", "scripts"))
import udsreport  # noqa: E402


def problem(report, target, count):
    if report.data.get("complete") is not True:
        return "the run was interrupted (complete is not true)"
    if report.target != target:
        return f"the report is for target {report.target!r}, not {target!r}"
    if len(report.probes) != count:
        return f"{len(report.probes)} probes, expected {count}"
    not_run = [i for i, p in report.probes.items() if p.get("verdict") == "not-run"]
    if not_run:
        return f"{len(not_run)} probes did not run, first {not_run[0]}"
    return None


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check_report.py REPORT.json TARGET COUNT")
    path, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    try:
        report = udsreport.load_report(path)
    except udsreport.InputError as e:
        print(f"check_report.py: {e}", file=sys.stderr)
        return 1
    why = problem(report, target, count)
    if why:
        print(f"check_report.py: {path}: {why}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
