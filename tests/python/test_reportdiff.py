"""reportdiff.py on the fixture reports: what it lists, its summary line,
its exit status, and bad input.

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
REPORTDIFF = os.path.join(REPO, "harness", "scripts", "reportdiff.py")
FIXTURES = os.path.join(HERE, "fixtures")


def fixture(name):
    return os.path.join(FIXTURES, f"{name}.json")


def run_diff(*args):
    return subprocess.run([sys.executable, REPORTDIFF, *args], capture_output=True, text=True, check=False)


def probe_lines(stdout):
    return [line for line in stdout.splitlines() if not line.startswith(("#", "reportdiff:"))]


class DiffTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="reportdiff-test-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_differences_one_line_per_probe(self):
        result = run_diff(fixture("alpha"), fixture("beta"))
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(probe_lines(result.stdout), [
            "credentials/peercred: uid=0 -> n/a [verdict undocumented -> n/a]",
            "oob/peek_values: peek2=cd,trunc=no -> <script>alert(1)</script>",
            "oob/send_oob.stream: ok -> EOPNOTSUPP [verdict diverges -> conforms]",
            "stream/errors: error -> timeout [verdict error -> timeout]",
            "stream/only_alpha: yes -> -",
        ])

    def test_grouped_by_area(self):
        headers = [line for line in run_diff(fixture("alpha"), fixture("beta")).stdout.splitlines()
                   if line.startswith("# ") and not line.startswith(("# A =", "# B ="))]
        self.assertEqual(headers, ["# credentials: 1", "# oob: 2", "# stream: 2"])

    def test_summary_line(self):
        last = run_diff(fixture("alpha"), fixture("beta")).stdout.splitlines()[-1]
        self.assertEqual(last, "reportdiff: alpha -> beta: 7 probes in both; 4 observations differ, "
                               "1 only in alpha, 0 only in beta, 0 verdicts differ with the same observation")

    def test_only_in_b(self):
        result = run_diff(fixture("beta"), fixture("alpha"))
        self.assertIn("stream/only_alpha: - -> yes", result.stdout.splitlines())
        self.assertIn("0 only in beta, 1 only in alpha", result.stdout)

    def test_n_a_reasons_and_error_texts_are_not_differences(self):
        lines = probe_lines(run_diff(fixture("alpha"), fixture("beta")).stdout)
        self.assertFalse(any(line.startswith("credentials/na_everywhere") for line in lines))

    def test_no_difference_exits_0(self):
        result = run_diff(fixture("alpha"), fixture("alpha"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(probe_lines(result.stdout), [])
        self.assertIn("0 observations differ, 0 only in", result.stdout.splitlines()[-1])

    def test_verdict_change_with_the_same_observation(self):
        with open(fixture("alpha")) as f:
            data = json.load(f)
        data["platform"]["target"] = "alpha-docs-changed"
        probe = next(p for p in data["probes"] if p["id"] == "poll/flags")
        probe["verdict"] = "diverges"
        path = os.path.join(self.tmp, "changed.json")
        with open(path, "w") as f:
            json.dump(data, f)
        result = run_diff(fixture("alpha"), path)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(probe_lines(result.stdout),
                         ["poll/flags: POLLIN|POLLOUT -> POLLIN|POLLOUT [verdict conforms -> diverges]"])
        self.assertIn("0 observations differ", result.stdout)
        self.assertIn("1 verdicts differ with the same observation", result.stdout)

    def test_same_target_is_labelled_by_file(self):
        copy = os.path.join(self.tmp, "alpha-again.json")
        shutil.copy(fixture("alpha"), copy)
        last = run_diff(fixture("alpha"), copy).stdout.splitlines()[-1]
        self.assertTrue(last.startswith(f"reportdiff: {fixture('alpha')} -> {copy}:"), last)

    def test_markdown(self):
        result = run_diff("--format", "md", fixture("alpha"), fixture("gamma"))
        self.assertEqual(result.returncode, 1)
        out = result.stdout
        self.assertIn("# udsprobe: alpha -> gamma", out)
        self.assertIn("INCOMPLETE", out)
        self.assertIn("| stream/errors | error (socketpair EMFILE; exit status 3) | crash (SIGSEGV) "
                      "| **error** | **crash** |", out)
        self.assertIn("\\&amp;\\<b\\>x\\</b\\>\\\\x0a2nd line", out)
        self.assertNotIn("<b>", out)
        self.assertIn("## oob (1)", out)

    def test_control_characters_stay_on_one_line(self):
        lines = run_diff(fixture("alpha"), fixture("gamma")).stdout.splitlines()
        self.assertIn('oob/peek_values: peek2=cd,trunc=no -> "&amp;<b>x</b>\\x0a2nd line', lines)


class BadInputTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="reportdiff-bad-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, text):
        path = os.path.join(self.tmp, "bad.json")
        with open(path, "w") as f:
            f.write(text)
        return path

    def assert_rejected(self, bad, second=False):
        args = (fixture("alpha"), bad) if second else (bad, fixture("alpha"))
        result = run_diff(*args)
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        self.assertEqual(result.stdout, "")
        self.assertEqual(len(result.stderr.splitlines()), 1, result.stderr)
        self.assertTrue(result.stderr.startswith(f"reportdiff.py: {bad}"), result.stderr)
        return result.stderr

    def test_missing_file(self):
        self.assert_rejected(os.path.join(self.tmp, "nope.json"))

    def test_not_json(self):
        self.assertIn("invalid JSON", self.assert_rejected(self.write("not json"), second=True))

    def test_truncated(self):
        with open(fixture("beta")) as f:
            text = f.read()
        self.assertRegex(self.assert_rejected(self.write(text[:300])), r"bad\.json:\d+: invalid JSON")

    def test_schema_version_2(self):
        with open(fixture("beta")) as f:
            data = json.load(f)
        data["schema_version"] = 2
        self.assertIn("schema_version 2", self.assert_rejected(self.write(json.dumps(data))))

    def test_malformed_probe(self):
        with open(fixture("beta")) as f:
            data = json.load(f)
        data["probes"][1]["outcome"] = None
        self.assertIn("probe credentials/na_everywhere", self.assert_rejected(self.write(json.dumps(data))))

    def test_usage_error_exits_2(self):
        result = run_diff(fixture("alpha"))
        self.assertEqual(result.returncode, 2)


if __name__ == "__main__":
    unittest.main()
