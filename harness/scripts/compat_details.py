"""What compat.html says about a probe beyond its cells: the tooltips of the
cells, and the data of the details row that ▶ opens (semantic, source,
and every citation)."""

import udsreport
from compat_model import source_href


def cell_title(target, probe):
    """The tooltip of a platform cell, as lines."""
    if probe is None:
        return [f"{target}: absent (the report has no such probe)"]
    lines = [f"{target}: {probe['verdict']}"]
    if udsreport.observation(probe)[0] == "observed":
        lines.append(probe["value"])
    for key in ("reason", "detail"):
        if probe.get(key):
            lines.append(f"{key}: {probe[key]}")
    return lines


def doc_title(name, lines):
    """The tooltip of a documented cell, as lines: every .exp line for the probe."""
    return [f"{e.cls}: {exp_line_text(e)}" for e in lines] or [
        f"{name}: undocumented: platforms/{name}.exp has no line (no document or source reading "
        "settles it)"]


def report_expectation_text(exp):
    """A report's documented / source_derived object as one line of text."""
    if not exp:
        return ""
    text = "|".join(exp.get("values", []))
    if exp.get("condition"):
        text += f" ({exp['condition']})"
    text += f" -- {exp.get('citation', '')}"
    if exp.get("file"):
        text += f" [{exp['file']}:{exp.get('line', '?')}]"
    if "matches" in exp:
        text += ", matches" if exp["matches"] else ", does NOT match"
    return udsreport.printable(text)


def exp_line_text(exp):
    """An .exp line (udsreport.Expectation) as one line of text."""
    cond = f" ({exp.cond_text()})" if exp.conds else ""
    return udsreport.printable(f"{'|'.join(exp.values)}{cond} -- {exp.citation} [{exp.where}]")


def observation_detail(target, probe):
    """One platform's line of the details table: column, verdict, observed, doc:, src:."""
    if probe is None:
        return [target, "absent", "-", "", ""]
    note = udsreport.shown(probe)
    extra = "; ".join(udsreport.printable(probe[k]) for k in ("reason", "detail") if probe.get(k))
    return [target, probe["verdict"], note + (f": {extra}" if extra else ""),
            report_expectation_text(probe.get("documented")),
            report_expectation_text(probe.get("source_derived"))]


def docs_detail(name, lines):
    """One documented column's line of the details table: name, doc: lines, src: lines."""
    return [name, "\n".join(exp_line_text(e) for e in lines if e.cls == "doc"),
            "\n".join(exp_line_text(e) for e in lines if e.cls == "src")]


def detail_data(row, table, out_dir):
    """What the expandable details row of a probe shows, as JSON-able data."""
    first = row.first_probe()
    return {
        "semantic": udsreport.printable(first.get("semantic") or ""),
        "src": udsreport.printable(udsreport.source_path(row.id, first)),
        "href": source_href(row, out_dir),
        "covers": [udsreport.printable(c) for c in first.get("covers", [])],
        "needs": udsreport.printable(first.get("needs") or ""),
        "obs": [observation_detail(t, p) for t, p in zip(table.targets, row.probes)],
        "docs": [docs_detail(name, lines) for name, (_, _, lines) in zip(table.doc_names, row.docs)],
    }
