#!/usr/bin/env python3
"""Run the whole suite N times and report every probe whose observation changed.

    tests/determinism.py [--runs N] [--load] [--concurrent] [--udsprobe PATH] [IDS...]

--load saturates every core with busy loops while the runs go on; --concurrent
starts the runs two at a time, at the same moment. An observation is the
verdict plus the observed value (or the n/a reason). Exit status 1 when any
probe changed, 2 when a run failed to produce a report.
"""
import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile


def busy():
    while True:
        pass


def one_run(udsprobe, outdir, name, ids):
    cmd = [udsprobe, "run", "-q", "-f", "json", "-o", outdir, "--target", name] + ids
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    path = os.path.join(outdir, name + ".json")
    if not os.path.exists(path):
        sys.exit(f"determinism: run {name} wrote no report:\n{proc.stdout}")
    with open(path) as f:
        report = json.load(f)
    return {p["id"]: (p["verdict"], p["value"] if p["value"] is not None else p["reason"])
            for p in report["probes"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--load", action="store_true", help="saturate every core meanwhile")
    ap.add_argument("--concurrent", action="store_true", help="two runs at once")
    ap.add_argument("--udsprobe", default=os.path.join("build", "udsprobe"))
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args()
    if args.runs < 2:
        sys.exit("determinism: --runs must be at least 2")

    loaders = []
    if args.load:
        for _ in range(os.cpu_count() or 1):
            p = multiprocessing.Process(target=busy, daemon=True)
            p.start()
            loaders.append(p)
    seen = {}   # id -> {observation: count}
    try:
        with tempfile.TemporaryDirectory(prefix="udsprobe-det.") as out:
            batch = 2 if args.concurrent else 1
            done = 0
            while done < args.runs:
                names = [f"run{done + i}" for i in range(min(batch, args.runs - done))]
                procs = [multiprocessing.pool.ThreadPool(len(names))]
                results = procs[0].map(lambda n: one_run(args.udsprobe, out, n, args.ids), names)
                procs[0].close()
                for obs in results:
                    for pid, o in obs.items():
                        seen.setdefault(pid, {}).setdefault(o, 0)
                        seen[pid][o] += 1
                done += len(names)
    finally:
        for p in loaders:
            p.terminate()

    changed = {pid: v for pid, v in seen.items() if len(v) > 1}
    mode = ", ".join(m for m, on in (("under load", args.load), ("two at once", args.concurrent)) if on)
    print(f"{args.runs} runs{' (' + mode + ')' if mode else ''}: {len(seen)} probes, "
          f"{len(changed)} changed observations")
    for pid in sorted(changed):
        print(f"  {pid}: " + "; ".join(f"{v[0]} {v[1]} x{n}" for v, n in changed[pid].items()))
    return 1 if changed else 0


if __name__ == "__main__":
    import multiprocessing.pool  # noqa: F401  (ThreadPool)
    sys.exit(main())
