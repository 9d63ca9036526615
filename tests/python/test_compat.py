"""compat.py and udsreport.py: merging fixture reports, the three outputs,
documented columns, escaping, and bad input.

    python3 -m unittest discover -s tests/python
"""

import csv
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPTS = os.path.join(REPO, "harness", "scripts")
FIXTURES = os.path.join(HERE, "fixtures")
DOCS = os.path.join(FIXTURES, "docs")
COMPAT = os.path.join(SCRIPTS, "compat.py")
sys.path.insert(0, SCRIPTS)

import compat_model  # noqa: E402
import udsreport  # noqa: E402


def fixture(name):
    return os.path.join(FIXTURES, f"{name}.json")


def run_compat(*args):
    return subprocess.run([sys.executable, COMPAT, *args], capture_output=True, text=True, check=False)


class PageParser(html.parser.HTMLParser):
    """The hooks the page promises: rows, platform headers, control ids, links."""

    def __init__(self):
        super().__init__()
        self.rows, self.platform_headers, self.ids, self.links, self.scripts = [], [], set(), [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "tr" and "probe" in classes:
            self.rows.append({"id": a["data-id"], "area": a["data-area"], "differs": "differs" in classes})
        if tag == "th" and "platform" in classes:
            self.platform_headers.append(a)
        if tag == "a" and self.rows:
            self.links.append((self.rows[-1]["id"], a["href"]))
        if tag == "script":
            self.scripts += 1


class MergeTest(unittest.TestCase):
    """alpha, beta, gamma merged with the fixture expectation files."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="compat-test-")
        cls.out = os.path.join(cls.tmp, "out")
        cls.result = run_compat("--out", cls.out, "--docs", DOCS, fixture("alpha"), fixture("beta"), fixture("gamma"))
        with open(os.path.join(cls.out, "compat.csv"), newline="") as f:
            cls.csv = list(csv.reader(f))
        cls.by_id = {row[0]: row for row in cls.csv[1:]}
        with open(os.path.join(cls.out, "compat.html")) as f:
            cls.html = f.read()
        with open(os.path.join(cls.out, "compat.md")) as f:
            cls.md = f.read()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def cell(self, probe_id, column):
        return self.by_id[probe_id][self.csv[0].index(column)]

    def test_succeeds_and_writes_the_three_files(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertEqual(self.result.stderr, "")
        self.assertEqual(sorted(os.listdir(self.out)), ["compat.csv", "compat.html", "compat.md"])

    def test_csv_header_has_platforms_in_order_then_documented_columns(self):
        self.assertEqual(self.csv[0], ["id", "area", "alpha", "beta", "gamma", "docs:freebsd", "docs:linux", "differs"])

    def test_csv_shape(self):
        self.assertEqual(len(self.csv), 1 + 8)
        self.assertTrue(all(len(row) == len(self.csv[0]) for row in self.csv))
        ids = [row[0] for row in self.csv[1:]]
        self.assertEqual(ids, sorted(ids))
        self.assertTrue(all(row[1] == row[0].split("/")[0] for row in self.csv[1:]))

    def test_rows_that_differ(self):
        differs = {row[0] for row in self.csv[1:] if row[-1] == "yes"}
        self.assertEqual(differs, {"credentials/peercred", "oob/peek_values", "oob/send_oob.stream",
                                   "stream/errors", "stream/only_alpha"})

    def test_n_a_everywhere_does_not_differ_whatever_the_reasons(self):
        self.assertEqual(self.by_id["credentials/na_everywhere"][2:5], ["n/a", "n/a", "n/a"])
        self.assertEqual(self.cell("credentials/na_everywhere", "differs"), "no")

    def test_n_a_against_a_value_differs(self):
        self.assertEqual(self.by_id["credentials/peercred"][2:5], ["uid=0", "n/a", "uid=0"])

    def test_absent_probe_shows_a_dash(self):
        self.assertEqual(self.by_id["stream/only_alpha"][2:5], ["yes", "-", "-"])

    def test_harness_verdicts_are_shown_as_such(self):
        self.assertEqual(self.by_id["stream/errors"][2:5], ["error", "timeout", "crash"])

    def test_control_characters_stay_on_one_line(self):
        self.assertEqual(self.cell("oob/peek_values", "gamma"), '"&amp;<b>x</b>\\x0a2nd line')

    def test_pair_matrix_on_stdout(self):
        lines = self.result.stdout.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("rows that differ"))
        self.assertEqual(lines[start + 1].split(), ["alpha", "beta", "gamma"])
        self.assertEqual(lines[start + 2].split(), ["alpha", "-", "5", "3"])
        self.assertEqual(lines[start + 3].split(), ["beta", "5", "-", "4"])
        self.assertEqual(lines[start + 4].split(), ["gamma", "3", "4", "-"])

    def test_pairs_option_prints_the_counts_and_writes_nothing(self):
        out = os.path.join(self.tmp, "pairs-only")
        result = run_compat("--pairs", "--out", out, "--docs", DOCS,
                            fixture("alpha"), fixture("beta"), fixture("gamma"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.splitlines(), ["alpha vs beta: 5 of 8 rows differ",
                                                      "alpha vs gamma: 3 of 8 rows differ",
                                                      "beta vs gamma: 4 of 8 rows differ"])
        self.assertFalse(os.path.exists(out))

    def test_documented_value_wins_over_source_derived(self):
        self.assertEqual(self.cell("oob/send_oob.stream", "docs:linux"), "EOPNOTSUPP")

    def test_source_derived_value_is_marked(self):
        self.assertEqual(self.cell("oob/send_oob.stream", "docs:freebsd"), "src: EOPNOTSUPP")

    def test_conditions_show_each_variant_oldest_release_first(self):
        self.assertEqual(self.cell("credentials/peercred", "docs:linux"), "uid=caller (@<4.0); uid=0 (@>=4.0)")

    def test_alternatives_are_joined_with_a_bar(self):
        self.assertEqual(self.cell("stream/errors", "docs:freebsd"), "EAGAIN|EWOULDBLOCK")

    def test_no_line_says_undocumented_never_blank(self):
        self.assertEqual(self.cell("stream/only_alpha", "docs:linux"), "undocumented")
        self.assertEqual(self.cell("addressing/path_max", "docs:freebsd"), "106")

    def test_n_a_lines_have_their_own_class(self):
        def line(values, cls):
            return udsreport.Expectation("haiku", "a/b", [], values, cls, "cite", "haiku.exp:1")
        self.assertEqual(udsreport.documented_cell([line(["n/a"], "src")]), ("src: n/a", "na"))
        self.assertEqual(udsreport.documented_cell([line(["n/a"], "doc")]), ("n/a", "na"))
        self.assertEqual(udsreport.documented_cell([line(["ok"], "src")]), ("src: ok", "src"))
        self.assertEqual(udsreport.documented_cell([]), ("undocumented", "none"))

    def test_expectations_for_unknown_probes_add_no_row(self):
        self.assertNotIn("stream/not_in_any_report", self.by_id)

    def test_column_order_follows_the_arguments(self):
        result = run_compat("--pairs", "--docs", DOCS, fixture("gamma"), fixture("alpha"))
        self.assertEqual(result.stdout, "gamma vs alpha: 3 of 8 rows differ\n")

    def test_formats_subset(self):
        out = os.path.join(self.tmp, "csv-only")
        result = run_compat("--out", out, "--formats", "csv", "--docs", DOCS, fixture("alpha"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(os.listdir(out), ["compat.csv"])

    def test_html_hooks(self):
        page = PageParser()
        page.feed(self.html)
        self.assertEqual([h["title"].split(":")[0] for h in page.platform_headers], ["alpha", "beta", "gamma"])
        self.assertTrue({"area-filter", "differs-only", "search", "grid", "details"} <= page.ids)
        self.assertEqual(len(page.rows), 8)
        self.assertEqual({r["id"] for r in page.rows if r["differs"]},
                         {"credentials/peercred", "oob/peek_values", "oob/send_oob.stream",
                          "stream/errors", "stream/only_alpha"})
        self.assertTrue(all(r["area"] == r["id"].split("/")[0] for r in page.rows))
        self.assertIn('class="platform incomplete"', self.html)

    def test_html_tooltips_have_one_line_per_fact(self):
        self.assertIn('title="alpha: undocumented&#10;uid=0"', self.html)
        self.assertIn('title="beta: n/a&#10;reason: needs root; the harness runs unprivileged"', self.html)

    def test_html_is_self_contained(self):
        for needle in ("http://", "https://", "<link", "src=\"", "@import"):
            self.assertNotIn(needle, self.html)

    def test_html_links_each_row_to_its_source(self):
        page = PageParser()
        page.feed(self.html)
        links = dict(page.links)
        target = os.path.normpath(os.path.join(self.out, links["oob/send_oob.stream"]))
        self.assertEqual(target, os.path.join(REPO, "cases", "oob", "send_oob.c"))
        self.assertEqual(compat_model.source_link("oob/send_oob.stream", None, os.path.join(REPO, "reports")),
                         "../cases/oob/send_oob.c")

    def test_html_escapes_hostile_values_and_citations(self):
        self.assertNotIn("<script>alert", self.html)
        self.assertNotIn("<img", self.html)
        self.assertNotIn("<b>x", self.html)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", self.html)
        self.assertIn("&quot;&amp;amp;&lt;b&gt;x&lt;/b&gt;", self.html)
        page = PageParser()
        page.feed(self.html)
        self.assertEqual(page.scripts, 2)  # the details data and the page's own code

    def test_html_details_carry_the_citations(self):
        opening = '<script type="application/json" id="details">'
        start = self.html.index(opening) + len(opening)
        data = json.loads(self.html[start:self.html.index("</script>", start)])
        self.assertEqual(len(data), 8)
        send_oob = data[[r["id"] for r in self._rows()].index("oob/send_oob.stream")]
        self.assertIn("unix(7) fixture", send_oob["obs"][0][3])
        self.assertIn("net/unix/af_unix.c", send_oob["obs"][0][4])
        linux = dict((d[0], d) for d in send_oob["docs"])["linux"]
        self.assertIn('unix(7) NOTES "do not support out-of-band data"', linux[1])
        self.assertIn("(@>=5.15)", linux[2])

    def _rows(self):
        page = PageParser()
        page.feed(self.html)
        return page.rows

    def test_markdown(self):
        self.assertIn("## Platforms", self.md)
        self.assertIn("Incomplete runs", self.md)
        self.assertIn("**[oob/send_oob.stream](", self.md)
        self.assertIn("POLLIN\\|POLLOUT", self.md)
        self.assertIn("\\<script\\>alert(1)\\</script\\>", self.md)
        self.assertNotIn("<script>", self.md)
        self.assertIn("uid=caller (@\\<4.0); uid=0 (@\\>=4.0)", self.md)
        for area in ("addressing", "credentials", "oob", "poll", "stream"):
            self.assertIn(f"\n## {area}\n", self.md)


class NewPlatformTest(unittest.TestCase):
    """A platform is one file: a dummy haiku.exp beside the fixtures' gets its
    documented column in every table, with no list of OSes to extend."""

    def test_a_new_exp_file_is_a_new_documented_column(self):
        with tempfile.TemporaryDirectory(prefix="compat-haiku-") as tmp:
            docs = os.path.join(tmp, "docs")
            shutil.copytree(DOCS, docs)
            with open(os.path.join(docs, "haiku.exp"), "w") as f:
                f.write("addressing/path_max 107 doc: haiku socket(2)\n")
            out = os.path.join(tmp, "out")
            result = run_compat("--out", out, "--docs", docs, fixture("alpha"), fixture("beta"))
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(os.path.join(out, "compat.csv"), newline="") as f:
                rows = list(csv.reader(f))
            self.assertEqual(rows[0][-4:], ["docs:freebsd", "docs:haiku", "docs:linux", "differs"])
            row = next(r for r in rows if r[0] == "addressing/path_max")
            self.assertEqual(row[rows[0].index("docs:haiku")], "107")
            for name in ("compat.md", "compat.html"):
                with open(os.path.join(out, name)) as f:
                    self.assertIn("haiku", f.read(), name)


class DocumentedCellTest(unittest.TestCase):
    def parse(self, text):
        path = os.path.join(self.tmp, "testos.exp")
        with open(path, "w") as f:
            f.write(text)
        return udsreport.load_expectations(path)

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="compat-exp-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_src_only_with_conditions(self):
        lines = self.parse("a/b @>=5.15 ok src: x.c\na/b @<5.15 EOPNOTSUPP src: y.c\n")
        self.assertEqual(udsreport.documented_cell(lines), ("src: EOPNOTSUPP (@<5.15); ok (@>=5.15)", "src"))

    def test_two_conditions_on_one_line(self):
        lines = self.parse("a/b @>=4.5 @<6.1 yes doc: man(7)\n")
        self.assertEqual(udsreport.documented_cell(lines), ("yes (@>=4.5 @<6.1)", "doc"))

    def test_comments_and_blank_lines(self):
        self.assertEqual(self.parse("# c\n\n   # indented\n"), [])

    def test_malformed_lines_name_file_and_line(self):
        cases = {
            "a/b ok\n": "no class",
            "a/b ok doc:\n": "no citation",
            "a/b doc: x\n": "no value",
            "a/b ok man: x\n": "unknown class",
            "a/b ok @>=5 doc: x\n": "malformed release condition",
            "a/b @<=5 ok doc: x\n": "malformed release condition",
            "A/B ok doc: x\n": "malformed probe ID",
        }
        for text, problem in cases.items():
            with self.subTest(text=text):
                with self.assertRaises(udsreport.InputError) as ctx:
                    self.parse("# first line\n" + text)
                self.assertIn("testos.exp:2: ", str(ctx.exception))
                self.assertIn(problem, str(ctx.exception))


class BadInputTest(unittest.TestCase):
    """Every bad input: exit 2, one line naming the file, no output written."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="compat-bad-")
        self.out = os.path.join(self.tmp, "out")
        with open(fixture("alpha")) as f:
            self.alpha = json.load(f)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def variant(self, change):
        data = json.loads(json.dumps(self.alpha))
        change(data)
        return self.write("bad.json", json.dumps(data))

    def assert_rejected(self, bad, *args, names=None, docs=DOCS, out=None):
        out = out or self.out
        before = sorted(os.listdir(out)) if os.path.isdir(out) else []
        result = run_compat("--out", out, "--docs", docs, fixture("beta"), bad, *args)
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        self.assertEqual(result.stdout, "")
        lines = result.stderr.splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertTrue(lines[0].startswith(f"compat.py: {names or bad}"), lines[0])
        # nothing written, not even a temporary file
        self.assertEqual(sorted(os.listdir(out)) if os.path.isdir(out) else [], before)
        return lines[0]

    def test_missing_file(self):
        self.assertIn("cannot read", self.assert_rejected(os.path.join(self.tmp, "nope.json")))

    def test_not_json(self):
        self.assertIn("invalid JSON", self.assert_rejected(self.write("bad.json", "hello\n")))

    def test_empty_file(self):
        self.assertIn("empty", self.assert_rejected(self.write("bad.json", "")))

    def test_truncated_file_names_the_line(self):
        with open(fixture("alpha")) as f:
            text = f.read()
        bad = self.write("bad.json", text[: len(text) // 2])
        line = self.assert_rejected(bad)
        self.assertRegex(line, r"^compat\.py: .*bad\.json:\d+: invalid JSON")

    def test_not_an_object(self):
        self.assertIn("not a JSON object", self.assert_rejected(self.write("bad.json", "[1, 2]")))

    def test_wrong_schema(self):
        bad = self.variant(lambda d: d.update(schema="something-else"))
        self.assertIn("schema", self.assert_rejected(bad))

    def test_schema_version_2(self):
        bad = self.variant(lambda d: d.update(schema_version=2))
        self.assertIn("schema_version 2", self.assert_rejected(bad))

    def test_schema_version_as_string(self):
        self.assert_rejected(self.variant(lambda d: d.update(schema_version="1")))

    def test_missing_probes(self):
        self.assertIn("no probes", self.assert_rejected(self.variant(lambda d: d.pop("probes"))))

    def test_empty_probes(self):
        self.assertIn("empty", self.assert_rejected(self.variant(lambda d: d.update(probes=[]))))

    def test_missing_target(self):
        self.assertIn("target", self.assert_rejected(self.variant(lambda d: d["platform"].pop("target"))))

    def test_malformed_probe_entries(self):
        cases = {
            "not an object": lambda d: d["probes"].__setitem__(0, "x"),
            "bad id": lambda d: d["probes"][0].update(id="no-slash"),
            "verdict": lambda d: d["probes"][0].update(verdict="great"),
            "outcome": lambda d: d["probes"][0].update(outcome="maybe"),
            "value is null": lambda d: d["probes"][0].update(value=None),
            "value must be": lambda d: d["probes"][0].update(value=108),
            "area": lambda d: d["probes"][0].update(area="oob"),
            "appears twice": lambda d: d["probes"].append(dict(d["probes"][0])),
            "documented.values": lambda d: d["probes"][0].update(documented={"values": "108"}),
        }
        for problem, change in cases.items():
            with self.subTest(problem=problem):
                self.assertIn(problem, self.assert_rejected(self.variant(change)))

    def test_duplicate_targets_name_the_second_file(self):
        bad = self.write("again.json", json.dumps(self.alpha))
        line = self.assert_rejected(fixture("alpha"), bad, names=bad)
        self.assertIn("'alpha'", line)

    def test_bad_expectation_file_names_file_and_line(self):
        docs = os.path.join(self.tmp, "docs")
        os.mkdir(docs)
        exp = os.path.join(docs, "linux.exp")
        with open(exp, "w") as f:
            f.write("# ok\naddressing/path_max @>=x 108 doc: unix(7)\n")
        self.assert_rejected(fixture("alpha"), names=f"{exp}:2:", docs=docs)

    def test_missing_docs_dir(self):
        docs = os.path.join(self.tmp, "no-docs")
        self.assert_rejected(fixture("alpha"), names=docs, docs=docs)

    def test_out_dir_that_cannot_be_created(self):
        blocker = self.write("a-file", "x")
        out = os.path.join(blocker, "sub")
        self.assertIn("cannot create", self.assert_rejected(fixture("alpha"), names=out, out=out))

    @unittest.skipIf(os.geteuid() == 0, "root writes into read-only directories")
    def test_read_only_out_dir(self):
        os.mkdir(self.out, 0o500)
        try:
            self.assert_rejected(fixture("alpha"), names=self.out)
            self.assertEqual(os.listdir(self.out), [])
        finally:
            os.chmod(self.out, 0o700)

    def test_an_output_in_the_way_leaves_every_old_output_alone(self):
        os.mkdir(self.out)
        with open(os.path.join(self.out, "compat.md"), "w") as f:
            f.write("old\n")
        os.mkdir(os.path.join(self.out, "compat.html"))  # cannot be replaced by a file
        self.assert_rejected(fixture("alpha"), names=self.out)
        self.assertEqual(sorted(os.listdir(self.out)), ["compat.html", "compat.md"])
        with open(os.path.join(self.out, "compat.md")) as f:
            self.assertEqual(f.read(), "old\n")

    def test_bad_report_leaves_old_outputs_alone(self):
        os.mkdir(self.out)
        with open(os.path.join(self.out, "compat.md"), "w") as f:
            f.write("old\n")
        self.assert_rejected(self.write("bad.json", "{"))
        self.assertEqual(os.listdir(self.out), ["compat.md"])
        with open(os.path.join(self.out, "compat.md")) as f:
            self.assertEqual(f.read(), "old\n")


if __name__ == "__main__":
    unittest.main()
