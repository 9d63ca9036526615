"""compat.csv: id, area, one column per platform, one per documented column, differs."""

import csv
import io

import udsreport


def render_csv(table, out_dir):
    """The whole file as text; out_dir is unused (the CSV has no links)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "area"] + table.targets + [f"docs:{d}" for d in table.doc_names] + ["differs"])
    for row in table.rows:
        writer.writerow([row.id, row.area] + [udsreport.shown(p) for p in row.probes]
                        + [udsreport.printable(text) for text, _, _ in row.docs]
                        + ["yes" if row.differs else "no"])
    return out.getvalue()
