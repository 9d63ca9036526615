"""import_reports.py (make import): CI artifacts, as directories or zips, land
in reports/ whole and checked, or not at all.

    python3 -m unittest discover -s tests/python
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
IMPORT = os.path.join(REPO, "harness", "scripts", "import_reports.py")
COMPAT = os.path.join(REPO, "harness", "scripts", "compat.py")
FIXTURES = os.path.join(HERE, "fixtures")
EXTENSIONS = (".json", ".md", ".junit.xml", ".tap")


def run(script, *args):
    return subprocess.run([sys.executable, script, *args], capture_output=True, text=True,
                          check=False)


class ImportTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="import-test-")
        self.reports = os.path.join(self.tmp, "reports")
        self.artifacts = os.path.join(self.tmp, "artifacts")
        os.makedirs(self.reports)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def artifact(self, target, source="alpha", change=None, skip=()):
        """An artifact directory reports-TARGET/ as `gh run download` makes it:
        a fixture report renamed to TARGET, its platform edited by change."""
        with open(os.path.join(FIXTURES, f"{source}.json"), encoding="utf-8") as f:
            data = json.load(f)
        data["platform"]["target"] = target
        if change:
            change(data)
        d = os.path.join(self.artifacts, f"reports-{target}")
        os.makedirs(d, exist_ok=True)
        for ext in EXTENSIONS:
            if ext in skip:
                continue
            with open(os.path.join(d, target + ext), "w", encoding="utf-8") as f:
                f.write(json.dumps(data) if ext == ".json" else f"{target}{ext}\n")
        return d

    def listing(self):
        return sorted(os.listdir(self.reports))

    def assert_refused(self, result, *words):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(len(result.stderr.splitlines()), 1, result.stderr)
        for w in words:
            self.assertIn(w, result.stderr)
        self.assertEqual(self.listing(), [], "nothing copied")

    def test_directories_land_and_the_tables_show_them(self):
        self.artifact("freebsd-15", change=lambda d: d["platform"].update(os="FreeBSD",
                                                                          release="15.0-RELEASE"))
        self.artifact("macos-15-arm64", source="beta",
                      change=lambda d: d["platform"].update(os="Darwin", release="24.6.0"))
        r = run(IMPORT, "--reports", self.reports, "--local", "host gvisor", self.artifacts)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.listing(), sorted(t + e for t in ("freebsd-15", "macos-15-arm64")
                                                for e in EXTENSIONS))
        self.assertIn("imported freebsd-15: freebsd-15: FreeBSD 15.0-RELEASE", r.stdout)
        self.assertEqual(len(r.stdout.splitlines()), 2)
        with open(os.path.join(self.reports, "freebsd-15.md"), encoding="utf-8") as f:
            self.assertEqual(f.read(), "freebsd-15.md\n")
        # the compatibility table now has an observed column for each
        out = os.path.join(self.tmp, "tables")
        c = run(COMPAT, "--out", out, *[os.path.join(self.reports, t + ".json")
                                       for t in ("freebsd-15", "macos-15-arm64")])
        self.assertEqual(c.returncode, 0, c.stderr)
        with open(os.path.join(out, "compat.csv"), encoding="utf-8") as f:
            header = f.readline()
        self.assertIn("freebsd-15", header)
        self.assertIn("macos-15-arm64", header)

    def test_a_browser_zip_lands_too(self):
        d = self.artifact("freebsd-14")
        z = os.path.join(self.tmp, "reports-freebsd-14.zip")
        with zipfile.ZipFile(z, "w") as zf:
            for name in sorted(os.listdir(d)):
                zf.write(os.path.join(d, name), name)
        shutil.rmtree(self.artifacts)
        r = run(IMPORT, "--reports", self.reports, z)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(self.listing()), 4)

    def test_a_replaced_file_is_overwritten_in_place(self):
        self.artifact("freebsd-15")
        with open(os.path.join(self.reports, "freebsd-15.json"), "w", encoding="utf-8") as f:
            f.write("old")
        r = run(IMPORT, "--reports", self.reports, self.artifacts)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(os.path.join(self.reports, "freebsd-15.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["platform"]["target"], "freebsd-15")
        self.assertFalse([n for n in os.listdir(self.reports) if n.startswith(".")])

    def test_refusals_name_the_file_and_copy_nothing(self):
        cases = [
            ("a sibling missing", dict(skip=(".tap",)), ("freebsd-15.json", "no freebsd-15.tap")),
            ("an interrupted run", dict(change=lambda d: d.update(complete=False)),
             ("freebsd-15.json", "interrupted")),
            ("a target unlike its name",
             dict(change=lambda d: d["platform"].update(target="other")),
             ("freebsd-15.json", "'other'")),
            ("not a report", dict(change=lambda d: d.update(schema="x")), ("schema",)),
        ]
        for what, kwargs, words in cases:
            with self.subTest(what):
                shutil.rmtree(self.artifacts, ignore_errors=True)
                self.artifact("good-one")  # a good report beside it is not copied either
                self.artifact("freebsd-15", **kwargs)
                self.assert_refused(run(IMPORT, "--reports", self.reports, self.artifacts),
                                    *words)

    def test_a_local_target_is_not_replaced_by_an_upload(self):
        self.artifact("host")
        self.assert_refused(run(IMPORT, "--reports", self.reports, "--local", "host musl",
                                self.artifacts), "host.json", "make matrix")

    def test_the_same_target_twice_is_refused(self):
        d = self.artifact("freebsd-15")
        shutil.copytree(d, os.path.join(self.artifacts, "again", "reports-freebsd-15"))
        self.assert_refused(run(IMPORT, "--reports", self.reports, self.artifacts),
                            "also comes from")

    def test_nothing_to_import(self):
        os.makedirs(self.artifacts)
        self.assert_refused(run(IMPORT, "--reports", self.reports, self.artifacts), "no reports")
        self.assert_refused(run(IMPORT, "--reports", self.reports,
                                os.path.join(self.tmp, "absent")), "not a directory")

    def test_a_broken_zip(self):
        z = os.path.join(self.tmp, "broken.zip")
        with open(z, "wb") as f:
            f.write(b"PK not really")
        self.assert_refused(run(IMPORT, "--reports", self.reports, z), "broken.zip",
                            "not a readable zip")


if __name__ == "__main__":
    unittest.main()
