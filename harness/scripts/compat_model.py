"""The merged table behind every compat.py output: one row per probe ID, one
platform column per report, one documented column per .exp file, which rows
differ, and how many rows differ between each pair of platforms."""

import os
from collections import Counter
from urllib.parse import quote

import udsreport

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Row:
    """One probe across every column."""

    def __init__(self, probe_id, reports, docs):
        self.id = probe_id
        self.area = probe_id.split("/", 1)[0]
        self.probes = [r.probes.get(probe_id) for r in reports]
        self.keys = [udsreport.observation(p) for p in self.probes]
        self.differs = len(set(self.keys)) > 1
        # the columns whose observation is not the most common one in the row
        common = Counter(self.keys).most_common(1)[0][0]
        self.odd = {i for i, k in enumerate(self.keys) if self.differs and k != common}
        self.docs = []
        for by_id in docs.values():
            lines = by_id.get(probe_id, [])
            text, cls = udsreport.documented_cell(lines)
            self.docs.append((text, cls, lines))

    def first_probe(self):
        """The probe entry of the first report that has it (for semantic, source)."""
        return next(p for p in self.probes if p is not None)


class Table:
    """Every row, the column names, and the per-pair difference counts."""

    def __init__(self, reports, docs):
        self.reports = reports
        self.targets = [r.target for r in reports]
        self.doc_names = list(docs)
        ids = sorted({pid for r in reports for pid in r.probes})
        self.rows = [Row(pid, reports, docs) for pid in ids]
        self.areas = sorted({row.area for row in self.rows})
        n = len(reports)
        self.pairs = [[sum(1 for row in self.rows if row.keys[i] != row.keys[j]) for j in range(n)]
                      for i in range(n)]

    def rows_in(self, area):
        return [row for row in self.rows if row.area == area]

    def differing(self, rows=None):
        """How many of the rows (default: all) differ across platforms."""
        return sum(1 for row in (self.rows if rows is None else rows) if row.differs)

    def incomplete(self):
        """The targets of the reports whose run was interrupted."""
        return [r.target for r in self.reports if not r.complete]


def source_link(probe_id, probe, out_dir):
    """The probe's source as a link relative to the directory the tables go to."""
    target = os.path.join(REPO_ROOT, udsreport.source_path(probe_id, probe))
    return os.path.relpath(target, os.path.abspath(out_dir)).replace(os.sep, "/")


def source_href(row, out_dir):
    """source_link() of a row, quoted for an href or a Markdown link."""
    return quote(source_link(row.id, row.first_probe(), out_dir), safe="/")


def plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def verdict_counts(report):
    counts = Counter(p["verdict"] for p in report.probes.values())
    return ", ".join(f"{v} {counts[v]}" for v in udsreport.VERDICTS if counts[v])
