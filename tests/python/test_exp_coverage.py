"""exp_coverage.py: per-OS coverage of the expectation files and the
calibration of src: predictions, on fixtures; and the real platforms/
against the floors the project holds itself to.

    python3 -m unittest discover -s tests/python
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(REPO, "harness", "scripts", "exp_coverage.py")
FIXTURES = os.path.join(HERE, "fixtures")
DOCS = os.path.join(FIXTURES, "docs")

# Each OS's share of the suite's probes that its .exp file must answer:
# 95% for Linux, FreeBSD and macOS, 80% for OpenBSD and NetBSD. A new probe
# comes with its lines, or these fail.
FLOORS = {"linux": 95, "freebsd": 95, "darwin": 95, "openbsd": 80, "netbsd": 80}


def run(*args):
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True,
                          check=False)


def table_rows(markdown):
    """{first cell: [cells]} of the Markdown table rows."""
    rows = {}
    for line in markdown.splitlines():
        if line.startswith("| ") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


class CoverageTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="exp-coverage-test-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_counts_per_os_over_the_report_probes(self):
        r = run("--probes", os.path.join(FIXTURES, "alpha.json"), "--docs", DOCS)
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = table_rows(r.stdout)
        # alpha has 8 probes; linux.exp answers 4 of them (its line for a
        # probe no report has does not count), with 5 doc: and 2 src: lines
        self.assertEqual(rows["linux"], ["4 of 8", "50.0", "5", "2", "0"])
        self.assertEqual(rows["freebsd"], ["4 of 8", "50.0", "3", "1", "0"])

    def test_n_a_lines_are_counted_apart(self):
        docs = os.path.join(self.tmp, "docs")
        os.makedirs(docs)
        with open(os.path.join(docs, "haiku.exp"), "w", encoding="utf-8") as f:
            f.write("credentials/peercred n/a src: headers/posix/sys/socket.h has no SO_PEERCRED\n"
                    "poll/flags POLLIN doc: poll(2)\n")
        r = run("--probes", os.path.join(FIXTURES, "alpha.json"), "--docs", docs)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(table_rows(r.stdout)["haiku"], ["2 of 8", "25.0", "1", "0", "1"])

    def test_calibration_counts_src_predictions_that_held(self):
        with open(os.path.join(FIXTURES, "alpha.json"), encoding="utf-8") as f:
            data = json.load(f)
        for p in data["probes"]:
            if p["id"] == "poll/flags":
                p["source_derived"] = {"class": "src", "values": ["POLLIN"], "condition": "",
                                       "citation": "x", "file": "f", "line": 1, "matches": False}
        missed = os.path.join(self.tmp, "alpha.json")
        with open(missed, "w", encoding="utf-8") as f:
            json.dump(data, f)
        r = run("--probes", missed, "--docs", DOCS, "--calibrate", missed)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(table_rows(r.stdout)["alpha (6.1.0)"], ["2", "1", "50.0", "`poll/flags`"])

    def test_min_fails_below_the_floor_with_one_line(self):
        r = run("--probes", os.path.join(FIXTURES, "alpha.json"), "--docs", DOCS,
                "--min", "linux=40", "--min", "freebsd=60")
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stderr.splitlines(), [
            "exp_coverage.py: freebsd.exp answers 4 of 8 probes (50.0%), below the 60% asked"])

    def test_bad_input_is_one_line_and_exit_2(self):
        out = os.path.join(self.tmp, "out.md")
        bad_docs = os.path.join(self.tmp, "bad")
        os.makedirs(bad_docs)
        with open(os.path.join(bad_docs, "linux.exp"), "w", encoding="utf-8") as f:
            f.write("poll/flags POLLIN\n")
        cases = [
            (["--probes", os.path.join(self.tmp, "none.json")], "none.json"),
            (["--probes", os.path.join(FIXTURES, "alpha.json"), "--docs", bad_docs],
             "linux.exp:1"),
            (["--probes", os.path.join(FIXTURES, "alpha.json"), "--docs", DOCS, "--min", "x"],
             "want OS=PERCENT"),
            (["--probes", os.path.join(FIXTURES, "alpha.json"), "--docs", DOCS, "--min",
              "plan9=5"], "no plan9.exp"),
        ]
        for args, words in cases:
            with self.subTest(words):
                r = run(*args, "--out", out)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(len(r.stderr.splitlines()), 1, r.stderr)
                self.assertIn(words, r.stderr)
                self.assertFalse(os.path.exists(out))


class ProjectFloorsTest(unittest.TestCase):
    def test_platforms_answer_at_least_the_floors(self):
        args = ["--probes", os.path.join(REPO, "reports", "host.json"),
                "--docs", os.path.join(REPO, "platforms")]
        for name, pct in FLOORS.items():
            args += ["--min", f"{name}={pct}"]
        r = run(*args)
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == "__main__":
    unittest.main()
