#!/usr/bin/env python3
"""What changed between two udsprobe reports (two platforms, or two runs).

    reportdiff.py [--format text|md] A.json B.json

Lists, grouped by area, the probes whose observation (outcome and value)
differs, the probes only one report has, and the probes whose verdict differs
although the observation is the same (another expectation applied). Text
output is one line per probe, `ID: A-value -> B-value`, with
`  [verdict X -> Y]` appended when the verdicts differ; the last line counts
each kind.

Exit status: 0 no difference, 1 differences, 2 bad input (one line
"reportdiff.py: FILE: what is wrong" on stderr).
"""

import argparse
import sys

import udsreport

PROG = "reportdiff.py"


class Change:
    """One probe that differs; kind is "changed", "only-a", "only-b" or "verdict"."""

    def __init__(self, probe_id, a, b):
        self.id = probe_id
        self.area = probe_id.split("/", 1)[0]
        self.a, self.b = a, b
        if a is None:
            self.kind = "only-b"
        elif b is None:
            self.kind = "only-a"
        elif udsreport.observation(a) != udsreport.observation(b):
            self.kind = "changed"
        else:
            self.kind = "verdict"

    def verdicts(self):
        """(A verdict, B verdict) when both exist and differ, else None."""
        if self.a is None or self.b is None or self.a["verdict"] == self.b["verdict"]:
            return None
        return self.a["verdict"], self.b["verdict"]


def compare(report_a, report_b):
    """Every probe that differs, sorted by ID (so grouped by area)."""
    changes = []
    for pid in sorted(set(report_a.probes) | set(report_b.probes)):
        a, b = report_a.probes.get(pid), report_b.probes.get(pid)
        if a is None or b is None or udsreport.observation(a) != udsreport.observation(b) \
                or a["verdict"] != b["verdict"]:
            changes.append(Change(pid, a, b))
    return changes


def names(report_a, report_b):
    """Labels for the two sides: the targets, or the files when the targets are the same."""
    if report_a.target != report_b.target:
        return report_a.target, report_b.target
    return report_a.path, report_b.path


def summary(changes, report_a, report_b):
    name_a, name_b = names(report_a, report_b)
    count = {kind: sum(1 for c in changes if c.kind == kind) for kind in ("changed", "only-a", "only-b", "verdict")}
    common = len(set(report_a.probes) & set(report_b.probes))
    return (f"{udsreport.printable(name_a)} -> {udsreport.printable(name_b)}: {common} probes in both; "
            f"{count['changed']} observations differ, {count['only-a']} only in {udsreport.printable(name_a)}, "
            f"{count['only-b']} only in {udsreport.printable(name_b)}, "
            f"{count['verdict']} verdicts differ with the same observation")


def by_area(changes):
    areas = {}
    for c in changes:
        areas.setdefault(c.area, []).append(c)
    return areas


def render_text(changes, report_a, report_b):
    lines = [f"# A = {udsreport.printable(report_a.one_line())} ({udsreport.printable(report_a.path)})",
             f"# B = {udsreport.printable(report_b.one_line())} ({udsreport.printable(report_b.path)})"]
    for area, items in by_area(changes).items():
        lines.append(f"# {area}: {len(items)}")
        for c in items:
            line = f"{c.id}: {udsreport.shown(c.a)} -> {udsreport.shown(c.b)}"
            if c.verdicts():
                line += " [verdict {} -> {}]".format(*c.verdicts())
            lines.append(line)
    lines.append(f"reportdiff: {summary(changes, report_a, report_b)}")
    return "\n".join(lines) + "\n"


md = udsreport.md_escape


def md_side(probe):
    """A cell: the observation, with the n/a reason or what the harness saw."""
    text = md(udsreport.shown(probe))
    if probe is not None:
        extra = "; ".join(probe[k] for k in ("reason", "detail") if probe.get(k))
        if extra and udsreport.observation(probe)[0] != "observed":
            text += f" ({md(extra)})"
    return text


def render_md(changes, report_a, report_b):
    name_a, name_b = (md(n) for n in names(report_a, report_b))
    out = [f"# udsprobe: {name_a} -> {name_b}", "",
           f"- A = {md(report_a.one_line())} (`{md(report_a.path)}`)",
           f"- B = {md(report_b.one_line())} (`{md(report_b.path)}`)", "",
           md(summary(changes, report_a, report_b)) + "."]
    for area, items in by_area(changes).items():
        out += ["", f"## {md(area)} ({len(items)})", "",
                f"| probe | {name_a} | {name_b} | verdict {name_a} | verdict {name_b} |",
                "| --- | --- | --- | --- | --- |"]
        for c in items:
            va = c.a["verdict"] if c.a else "absent"
            vb = c.b["verdict"] if c.b else "absent"
            if c.verdicts():
                va, vb = f"**{va}**", f"**{vb}**"
            out.append(f"| {md(c.id)} | {md_side(c.a)} | {md_side(c.b)} | {va} | {vb} |")
    return "\n".join(out) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(prog=PROG, description="What changed between two udsprobe reports.")
    parser.add_argument("--format", choices=("text", "md"), default="text")
    parser.add_argument("a", metavar="A.json")
    parser.add_argument("b", metavar="B.json")
    args = parser.parse_args(argv)
    try:
        report_a = udsreport.load_report(args.a)
        report_b = udsreport.load_report(args.b)
    except udsreport.InputError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    changes = compare(report_a, report_b)
    render = render_md if args.format == "md" else render_text
    sys.stdout.write(render(changes, report_a, report_b))
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
