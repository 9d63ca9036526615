"""compat.md: the platforms' fingerprints, the pair matrix, then one table per area."""

import udsreport
from compat_model import plural, source_href, verdict_counts

md = udsreport.md_escape

INTRO = (
    "A cell shows the observed value, `n/a`, or what the harness saw (`error`, `timeout`, "
    "`crash`, `not-run`); `-` means the report has no such probe. The documented columns show the "
    "`doc:` values of `platforms/<os>.exp` (alternatives joined with `|`, conditions on the kernel "
    "release in parentheses), or, where the documents are silent, the value derived from the source, "
    "marked `src:` (a prediction from the kernel source, with its file and function in "
    "`platforms/<os>.exp`); `n/a` where the feature does not exist on that OS, and "
    "`undocumented` where neither a document nor a reading of the source settles the value. "
    "Every cell's citation is in the details of `compat.html` (the ▶ of its row).")


def md_row(cells):
    return "| " + " | ".join(cells) + " |\n"


def md_intro(table):
    out = ["# udsprobe compatibility table\n\n",
           f"{len(table.targets)} platforms, {len(table.rows)} probes in {len(table.areas)} areas; "
           f"**{table.differing()} rows differ** across platforms (marked ≠, ID in bold). {INTRO}\n\n"]
    incomplete = table.incomplete()
    if incomplete:
        out.append(f"**Incomplete runs** (interrupted; missing probes show as `-`): {md(', '.join(incomplete))}\n\n")
    return "".join(out)


def md_platforms(table):
    labels = [label for label, _ in table.reports[0].fingerprint()]
    out = ["## Platforms\n\n", md_row([md(label) for label in labels] + ["verdicts"]),
           md_row(["---"] * (len(labels) + 1))]
    out += [md_row([md(text) for _, text in r.fingerprint()] + [verdict_counts(r)]) for r in table.reports]
    return "".join(out)


def md_pairs(table):
    n = len(table.targets)
    out = ["\n## Rows that differ, per pair of platforms\n\n",
           md_row([""] + [md(t) for t in table.targets]), md_row(["---"] * (n + 1))]
    for i, name in enumerate(table.targets):
        out.append(md_row([f"**{md(name)}**"] + ["—" if i == j else str(table.pairs[i][j]) for j in range(n)]))
    return "".join(out)


def md_probe_row(row, out_dir):
    name = f"[{md(row.id)}]({source_href(row, out_dir)})"
    cells = ["≠" if row.differs else "", f"**{name}**" if row.differs else name]
    cells += [md(udsreport.shown(p)) for p in row.probes]
    cells += [md(text) for text, _, _ in row.docs]
    return md_row(cells)


def md_area(table, area, out_dir):
    rows = table.rows_in(area)
    out = [f"\n## {md(area)}\n\n{plural(len(rows), 'probe')}, {table.differing(rows)} differ.\n\n",
           md_row(["≠", "probe"] + [md(t) for t in table.targets] + [f"docs: {md(d)}" for d in table.doc_names]),
           md_row(["---"] * (2 + len(table.targets) + len(table.doc_names)))]
    out += [md_probe_row(row, out_dir) for row in rows]
    return "".join(out)


def render_md(table, out_dir):
    """The whole file as text; links to the probes' sources are relative to out_dir."""
    parts = [md_intro(table), md_platforms(table), md_pairs(table)]
    parts += [md_area(table, area, out_dir) for area in table.areas]
    return "".join(parts)
