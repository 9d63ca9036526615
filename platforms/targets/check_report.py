#!/usr/bin/env python3
"""check_report.py REPORT.json TARGET COUNT: is this a whole, complete report
of TARGET with COUNT probes? One line on stderr and exit 1 when it is not.

A target's report is copied into reports/ only after this check, so a run
that was cut short, wrote for another target or lost probes never lands."""
import json
import sys


def problem(report, target, count):
    if report.get("schema") != "udsprobe-report" or report.get("schema_version") != 1:
        return "not a udsprobe report (schema 1)"
    if report.get("complete") is not True:
        return "the run was interrupted (complete is not true)"
    got = report.get("platform", {}).get("target")
    if got != target:
        return f"the report is for target {got!r}, not {target!r}"
    probes = report.get("probes")
    if not isinstance(probes, list) or len(probes) != count:
        n = len(probes) if isinstance(probes, list) else "no"
        return f"{n} probes, expected {count}"
    not_run = [p.get("id") for p in probes if p.get("verdict") == "not-run"]
    if not_run:
        return f"{len(not_run)} probes did not run, first {not_run[0]}"
    return None


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check_report.py REPORT.json TARGET COUNT")
    path, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        print(f"check_report.py: {path}: {e}", file=sys.stderr)
        return 1
    why = problem(report, target, count) if isinstance(report, dict) else "not a JSON object"
    if why:
        print(f"check_report.py: {path}: {why}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
