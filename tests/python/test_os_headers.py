"""tests/ci/os_headers.py: a BSD-only name without its header is found."""
import importlib.util
import pathlib
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("os_headers", HERE.parent / "ci" / "os_headers.py")
os_headers = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(os_headers)


def problems_in(source):
    with tempfile.TemporaryDirectory() as d:
        path = pathlib.Path(d) / "unit.c"
        path.write_text(source)
        return os_headers.check(path)


class OsHeaders(unittest.TestCase):
    def test_version_macro_without_header(self):
        found = problems_in("#ifdef __FreeBSD__\nint v = __FreeBSD_version;\n#endif\n")
        self.assertEqual(len(found), 1)
        self.assertIn("unit.c:2: __FreeBSD_version needs <osreldate.h>", found[0])

    def test_version_macro_with_header(self):
        self.assertEqual(problems_in("#include <osreldate.h>\nint v = __FreeBSD_version;\n"), [])

    def test_comments_and_strings_are_not_uses(self):
        self.assertEqual(problems_in('/* OpenBSD, kqueue */\nconst char *s = "xucred";\n'), [])

    def test_the_tree_is_clean(self):
        self.assertEqual(os_headers.main([]), 0)


if __name__ == "__main__":
    unittest.main()
