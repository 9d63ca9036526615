#!/usr/bin/env python3
"""Merge udsprobe reports into compatibility tables.

    compat.py [--out DIR] [--docs DIR] [--formats md,html,csv] [--pairs] REPORT.json...

One column per report (named by platform.target, in the order given), then one
documented column per <os>.exp file in --docs. One row per probe ID found in
any report, grouped by area. A row differs when the platform columns do not
all show the same observation (outcome and value; a probe missing from a
report counts as its own observation). Writes DIR/compat.{md,html,csv}, each
through a temporary file that is renamed only once all are written, and
prints how many rows differ for each pair of platforms. With --pairs it only
prints those counts, one pair per line, and writes nothing.

Bad input: one line "compat.py: FILE: what is wrong" on stderr, exit 2.

This file is the command line; the merged table is compat_model.py, each
output has its own compat_<format>.py (the page also compat_html_*.py,
compat_details.py, compat.css and compat.js), the stdout text compat_text.py,
and the all-or-nothing writing compat_write.py.
"""

import argparse
import os
import sys

import udsreport
from compat_csv import render_csv
from compat_html import render_html
from compat_md import render_md
from compat_model import REPO_ROOT, Table
from compat_text import pair_lines_text, pair_matrix_text
from compat_write import write_all

PROG = "compat.py"
FORMATS = ("md", "html", "csv")
RENDERERS = {"md": render_md, "html": render_html, "csv": render_csv}


def parse_args(argv):
    parser = argparse.ArgumentParser(prog=PROG, description="Merge udsprobe reports into compatibility tables.")
    parser.add_argument("reports", nargs="+", metavar="REPORT.json")
    parser.add_argument("--out", default="reports", help="directory for compat.{md,html,csv} (default: reports)")
    parser.add_argument("--docs", default=os.path.join(REPO_ROOT, "platforms"),
                        help="directory of <os>.exp files for the documented columns "
                             "(default: the repository's platforms/)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated subset of md,html,csv")
    parser.add_argument("--pairs", action="store_true",
                        help="print the per-pair difference counts, one pair a line, and write nothing")
    args = parser.parse_args(argv)
    args.formats = [f for f in args.formats.split(",") if f]
    bad = [f for f in args.formats if f not in FORMATS]
    if bad or not args.formats:
        parser.error(f"--formats: want a comma-separated subset of {','.join(FORMATS)}")
    return args


def main(argv):
    args = parse_args(argv)
    try:
        reports = udsreport.load_reports(args.reports)
        docs = udsreport.load_expectation_dir(args.docs)
        table = Table(reports, docs)
        if args.pairs:
            sys.stdout.write(pair_lines_text(table))
            return 0
        outputs = {f"compat.{fmt}": RENDERERS[fmt](table, args.out) for fmt in args.formats}
        write_all(args.out, outputs)
    except udsreport.InputError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    sys.stdout.write(pair_matrix_text(table))
    print(f"{PROG}: wrote " + ", ".join(os.path.join(args.out, name) for name in outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
