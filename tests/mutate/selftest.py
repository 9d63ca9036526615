#!/usr/bin/env python3
"""selftest.py - prove that every probe can report another value.

Runs the suite once as it is (the baseline), once more with the perturbation
library loaded but idle (it only counts calls: the library must change
nothing, and the two baselines must agree), then once per perturbation of
tests/mutate/perturb/ on the probes not yet proven sensitive. A probe is
sensitive when some perturbation changes its observed value (observed X ->
observed Y). A change into n/a, error, timeout or crash is not proof: it
means the set-up broke, not that the observation noticed. Probes that are
n/a in the baseline are listed apart and left out of the fraction.

Writes a table (probe -> the first perturbation that changed it, old ->
new value) to OUT/table.md, prints the summary line
"selftest: N of M probes sensitive (P%)" and lists the insensitive probes
with the reason from the exceptions file. Exits 1 when an insensitive probe
has no recorded reason or the fraction is below --min-percent, 2 on bad
input or a broken set-up.
"""
import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

COUNT_PREFIX = "perturb-count "
SPECIAL_MODES = ("none", "count")


class SetupError(Exception):
    """The selftest cannot run: bad input or a broken environment."""


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--build", required=True, help="build directory (runner and probes)")
    p.add_argument("--library", required=True, help="the perturbation library (.so)")
    p.add_argument("--platforms", default="platforms", help="expectation directory")
    p.add_argument("--exceptions", default="tests/mutate/exceptions.txt",
                   help="probes that cannot be made sensitive, with reasons")
    p.add_argument("--out", help="where table.md goes (default: BUILD/selftest)")
    p.add_argument("--jobs", type=int, default=2, help="probes at once (default 2)")
    p.add_argument("--timeout", type=int, default=5,
                   help="per-probe limit in perturbed runs, seconds (default 5)")
    p.add_argument("--min-percent", type=float, default=95.0,
                   help="fail below this sensitive fraction (default 95)")
    p.add_argument("--only", nargs="*", default=None,
                   help="perturbations to try (default: all, in the library's order)")
    return p.parse_args(argv)


def read_exceptions(path):
    """{probe id: reason} from lines "ID REASON"; '#' starts a comment."""
    reasons = {}
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return reasons
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        parts = text.split(None, 1)
        if len(parts) < 2:
            raise SetupError("%s:%d: an exception needs a probe ID and a reason" % (path, n))
        if parts[0] in reasons:
            raise SetupError("%s:%d: %s is listed twice" % (path, n, parts[0]))
        reasons[parts[0]] = (parts[1], n)
    return reasons


def traversable_by_others(path):
    """Can a user who owns none of path's directories reach it?"""
    d = os.path.dirname(os.path.abspath(path))
    while True:
        if not os.stat(d).st_mode & stat.S_IXOTH:
            return False
        parent = os.path.dirname(d)
        if parent == d:
            return True
        d = parent


def private_copy(library, workdir):
    """The library copied where probes dropped to nobody can load it: the
    dynamic loader opens LD_PRELOAD with the dropped identity."""
    libdir = os.path.join(workdir, "lib")
    os.mkdir(libdir)
    os.chmod(workdir, 0o755)
    os.chmod(libdir, 0o755)
    copy = os.path.join(libdir, "perturb.so")
    shutil.copyfile(library, copy)
    os.chmod(copy, 0o644)
    if not traversable_by_others(copy):
        raise SetupError("%s: not reachable by other users; set TMPDIR to a directory they can "
                         "search (such as /tmp)" % copy)
    return copy


def clean_env():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("UDSPROBE_") and k != "LD_PRELOAD"}
    return env


def list_modes(runner, library):
    """The perturbations, in the library's order, from UDSPROBE_PERTURB=list."""
    env = clean_env()
    env.update(LD_PRELOAD=library, UDSPROBE_PERTURB="list")
    r = subprocess.run([runner, "version"], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True, check=False)
    modes = [line.split("\t", 1) for line in r.stderr.splitlines() if "\t" in line]
    if r.returncode != 0 or not modes:
        raise SetupError("%s: the library did not list its perturbations (is the runner "
                         "linked dynamically?)" % library)
    return [(m[0], m[1]) for m in modes]


def list_ids(runner):
    """Every probe ID the runner knows."""
    r = subprocess.run([runner, "list"], env=clean_env(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True, check=False)
    if r.returncode != 0:
        raise SetupError("%s list exited %d: %s" % (runner, r.returncode, r.stderr.strip()))
    return {line.split()[0] for line in r.stdout.splitlines() if line.strip()}


class Suite:
    """Runs the suite into a private directory and reads the JSON report."""

    def __init__(self, args, library, workdir):
        self.runner = os.path.join(args.build, "udsprobe")
        self.args = args
        self.library = library
        self.workdir = workdir
        self.counts_file = os.path.join(workdir, "counts.txt")
        self.runs = 0

    def run(self, mode, ids, timeout):
        self.runs += 1
        name = "run%d" % self.runs
        out = os.path.join(self.workdir, name)
        env = clean_env()
        if mode is not None:
            env.update(LD_PRELOAD=self.library, UDSPROBE_PERTURB=mode,
                       UDSPROBE_PERTURB_COUNTS=self.counts_file)
        argv = [self.runner, "run", "--platforms", self.args.platforms, "--target", name,
                "-o", out, "-f", "json", "-j", str(self.args.jobs), "-q",
                "-t", str(timeout)] + list(ids)
        r = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True, check=False)
        report = os.path.join(out, name + ".json")
        if r.returncode not in (0, 1) or not os.path.exists(report):
            raise SetupError("%s run (perturbation %s) exited %d: %s" % (
                self.runner, mode, r.returncode, (r.stderr or r.stdout).strip()[-500:]))
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        shutil.rmtree(out)
        if not data.get("complete", False):
            raise SetupError("run with perturbation %s was interrupted" % mode)
        return {p["id"]: p for p in data["probes"]}


def observation(p):
    return "%s %s" % (p["outcome"], p["value"])


def changed_value(p, before):
    """Did the probe observe something other than its baseline value?"""
    return p["outcome"] == "observed" and p["value"] != before


def call_counts(probes):
    """{id: count} from the 'count' run's stderr lines; raises when a probe
    that ran to a result shows no line (the library was not loaded)."""
    counts = {}
    for pid, p in probes.items():
        if p["outcome"] not in ("observed", "n/a") or p.get("ran_as") == "not run":
            continue
        for line in (p.get("stderr") or "").splitlines():
            if line.startswith(COUNT_PREFIX + pid + " "):
                counts[pid] = int(line.rsplit(" ", 1)[1])
        if pid not in counts:
            raise SetupError("%s (ran as %s): the perturbation library was not loaded; are the "
                             "probes linked dynamically, and can that user read the library?"
                             % (pid, p.get("ran_as")))
    return counts


def md_cell(text):
    return str(text).replace("|", "\\|")


def write_atomically(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def render(result):
    """table.md: every sensitive probe with its proof, then the rest."""
    r = result
    lines = ["# Probe sensitivity (make selftest)", "",
             r["summary"], "",
             "A probe is sensitive when a perturbation from tests/mutate/perturb/ changes its "
             "observed value. Perturbations after the first ran only on the probes not yet "
             "proven sensitive, so each row names the first one that changed the probe.", "",
             "## Sensitive", "",
             "| probe | perturbation | baseline | perturbed |", "|---|---|---|---|"]
    for pid in sorted(r["proven"]):
        mode, old, new = r["proven"][pid]
        lines.append("| %s | %s | %s | %s |" % (pid, mode, md_cell(old), md_cell(new)))
    lines += ["", "## Insensitive", ""]
    if not r["insensitive"]:
        lines.append("None.")
    for pid in sorted(r["insensitive"]):
        lines.append("- `%s` (%s): %s" % (pid, r["baseline"][pid], r["insensitive"][pid]))
    lines += ["", "## Not applicable here (not counted)", ""]
    for pid in sorted(r["not_applicable"]):
        lines.append("- `%s`: %s" % (pid, r["not_applicable"][pid]))
    if r["broken"]:
        lines += ["", "## Not observed in the baseline (error, timeout, crash; not counted)", ""]
        for pid in sorted(r["broken"]):
            lines.append("- `%s`: %s" % (pid, r["broken"][pid]))
    lines += ["", "## Perturbations", "",
              "Set-up failures are the probes whose set-up the perturbation broke (no proof).", "",
              "| perturbation | probes run | first proof for | set-up failures | meaning |",
              "|---|---|---|---|---|"]
    for mode, what in r["modes"]:
        if mode in r["tried"]:
            broke = ", ".join("%d %s" % (n, kind)
                              for kind, n in sorted(r["setups"][mode].items())) or "0"
            lines.append("| %s | %d | %d | %s | %s |" % (
                mode, r["tried"][mode], r["firsts"].get(mode, 0), broke, md_cell(what)))
    lines += ["", "Run time: %.0f s." % r["seconds"], ""]
    return "\n".join(lines)


def selftest(args):
    start = time.monotonic()
    build = os.path.abspath(args.build)
    args.build = build
    out_dir = args.out or os.path.join(build, "selftest")
    exceptions = read_exceptions(args.exceptions)
    library = os.path.abspath(args.library)
    if not os.path.exists(os.path.join(build, "udsprobe")):
        raise SetupError("%s/udsprobe: no runner; build first" % build)
    if not os.path.exists(library):
        raise SetupError("%s: no such library" % library)

    workdir = tempfile.mkdtemp(prefix="udsprobe-selftest.")
    try:
        lib = private_copy(library, workdir)
        modes = list_modes(os.path.join(build, "udsprobe"), lib)
        known = [m for m, _ in modes]
        order = [m for m in known if m not in SPECIAL_MODES]
        if args.only is not None:
            unknown = [m for m in args.only if m not in known]
            if unknown:
                raise SetupError("unknown perturbation %s; known: %s" % (
                    ", ".join(unknown), ", ".join(known)))
            order = [m for m in order if m in args.only]
        ids = list_ids(os.path.join(build, "udsprobe"))
        unknown = sorted((n, pid) for pid, (_, n) in exceptions.items() if pid not in ids)
        if unknown:
            raise SetupError("%s:%d: no probe %s" % (args.exceptions, unknown[0][0],
                                                     unknown[0][1]))
        suite = Suite(args, lib, workdir)

        plain = suite.run(None, [], 10)
        counted = suite.run("count", [], 10)
        counts = call_counts(counted)
        with open(suite.counts_file, "w", encoding="utf-8") as f:
            for pid in sorted(counts):
                f.write("%s %d\n" % (pid, counts[pid]))

        baseline, not_applicable, broken, unstable = {}, {}, {}, {}
        for pid, p in plain.items():
            if p["outcome"] == "n/a":
                not_applicable[pid] = p["value"] or p.get("reason") or ""
            elif p["outcome"] != "observed":
                broken[pid] = "%s (%s)" % (p["verdict"], p.get("detail") or observation(p))
            else:
                baseline[pid] = p["value"]
                if observation(counted[pid]) != observation(p):
                    unstable[pid] = observation(counted[pid])

        pending = [pid for pid in sorted(baseline) if pid not in unstable]
        proven, weak, tried, firsts, setups, unconfirmed = {}, {}, {}, {}, {}, {}
        for mode in order:
            if not pending:
                break
            tried[mode] = len(pending)
            got = suite.run(mode, pending, args.timeout)
            tally = setups[mode] = {}
            changed = []
            for pid in pending:
                p = got[pid]
                if p["verdict"] in ("error", "timeout", "crash"):
                    kind = p["verdict"] + (" " + p["signal"] if p.get("signal") else "")
                    tally[kind] = tally.get(kind, 0) + 1
                if changed_value(p, baseline[pid]):
                    changed.append(pid)
                elif p["outcome"] == "n/a" and pid not in weak:
                    weak[pid] = mode
            # A proof must reproduce: the changed probes run a second time.
            again = suite.run(mode, changed, args.timeout) if changed else {}
            for pid in changed:
                if changed_value(again[pid], baseline[pid]):
                    proven[pid] = (mode, baseline[pid], got[pid]["value"])
                    firsts[mode] = firsts.get(mode, 0) + 1
                else:
                    unconfirmed.setdefault(pid, mode)
            pending = [pid for pid in pending if pid not in proven]

        insensitive = {}
        for pid in sorted(set(baseline) - set(proven)):
            if pid in exceptions:
                insensitive[pid] = "exception: " + exceptions[pid][0]
            elif pid in unstable:
                insensitive[pid] = ("no reason recorded; unstable: %s without the library, "
                                    "%s with it idle" % (baseline[pid], unstable[pid]))
            elif pid in unconfirmed:
                insensitive[pid] = ("no reason recorded; %s changed it once but not when run "
                                    "again" % unconfirmed[pid])
            else:
                note = "; only %s made it n/a" % weak[pid] if pid in weak else ""
                insensitive[pid] = "no reason recorded" + note
        stale = sorted(pid for pid in exceptions if pid in proven)
        total = len(baseline)
        percent = 100.0 * len(proven) / total if total else 100.0
        summary = "selftest: %d of %d probes sensitive (%.1f%%)" % (len(proven), total, percent)
        result = {
            "summary": summary, "proven": proven, "insensitive": insensitive,
            "baseline": baseline, "not_applicable": not_applicable, "broken": broken,
            "modes": modes, "tried": tried, "firsts": firsts, "setups": setups,
            "seconds": time.monotonic() - start,
        }
        table = os.path.join(out_dir, "table.md")
        write_atomically(table, render(result))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    for pid in sorted(insensitive):
        print("insensitive: %s (%s): %s" % (pid, baseline[pid], insensitive[pid]))
    for pid in stale:
        print("note: %s is listed in %s but was proven sensitive by %s" % (
            pid, args.exceptions, proven[pid][0]))
    print("%d probes not applicable here (not counted); %d not observed in the baseline "
          "(not counted)" % (len(not_applicable), len(broken)))
    print("table: %s (%.0f s, %d suite runs)" % (table, result["seconds"], suite.runs))
    print(summary)
    unexplained = [pid for pid, why in insensitive.items() if why.startswith("no reason")]
    if unexplained:
        print("selftest: %d insensitive probes have no reason in %s" % (
            len(unexplained), args.exceptions), file=sys.stderr)
        return 1
    if percent < args.min_percent:
        print("selftest: below %.0f%%" % args.min_percent, file=sys.stderr)
        return 1
    return 0


def main(argv):
    args = parse_args(argv)
    try:
        return selftest(args)
    except SetupError as e:
        print("selftest: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
