"""harness/mkcatalog.awk: citation lines name an OS that has a platforms/<os>.exp.

    python3 -m unittest discover -s tests/python
"""

import os
import subprocess
import tempfile
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AWK = os.path.join(REPO, "harness", "mkcatalog.awk")

PROBE = """/*
 * A semantic.
 *
 * Covers: ADDR-01
 * linux: unix(7)
 * haiku: socket(2)
 */
void probe_main(void) {}
"""


class CitationTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="mkcatalog-test-")
        self.probe = os.path.join(self.tmp.name, "cases", "area", "name.c")
        os.makedirs(os.path.dirname(self.probe))
        with open(self.probe, "w") as f:
            f.write(PROBE)
        self.platforms = os.path.join(self.tmp.name, "platforms")
        os.mkdir(self.platforms)
        open(os.path.join(self.platforms, "linux.exp"), "w").close()

    def tearDown(self):
        self.tmp.cleanup()

    def catalog(self):
        return subprocess.run(["awk", "-v", "mode=catalog", "-v", f"platforms={self.platforms}",
                               "-f", AWK, self.probe], capture_output=True, text=True, check=False)

    def test_unknown_os_stops_the_build_with_file_and_line(self):
        result = self.catalog()
        self.assertNotEqual(result.returncode, 0)
        self.assertIn(f"{self.probe}:6: citation for unknown OS \"haiku\"", result.stderr)

    def test_an_os_with_an_exp_file_is_cited(self):
        open(os.path.join(self.platforms, "haiku.exp"), "w").close()
        result = self.catalog()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('"linux: unix(7)\\nhaiku: socket(2)"', result.stdout)


if __name__ == "__main__":
    unittest.main()
