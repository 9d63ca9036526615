#!/usr/bin/env python3
"""Merge udsprobe reports into compatibility tables.

    compat.py [--out DIR] [--docs DIR] [--formats md,html,csv] [--pairs] REPORT.json...

One column per report (named by platform.target, in the order given), then one
documented column per <os>.exp file in --docs. One row per probe ID found in
any report, grouped by area. A row differs when the platform columns do not
all show the same observation (outcome and value; a probe missing from a
report counts as its own observation). Writes DIR/compat.{md,html,csv}, each
through a temporary file that is renamed only once all are written, and
prints how many rows differ for each pair of platforms. With --pairs it only
prints those counts, one pair per line, and writes nothing.

Bad input: one line "compat.py: FILE: what is wrong" on stderr, exit 2.
"""

import argparse
import csv
import html
import io
import json
import os
import sys
import tempfile
from collections import Counter
from urllib.parse import quote

import udsreport

PROG = "compat.py"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FORMATS = ("md", "html", "csv")


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

    def differing(self):
        return sum(1 for row in self.rows if row.differs)


def source_link(probe_id, probe, out_dir):
    """The probe's source as a link relative to the directory the tables go to."""
    target = os.path.join(REPO_ROOT, udsreport.source_path(probe_id, probe))
    return os.path.relpath(target, os.path.abspath(out_dir)).replace(os.sep, "/")


def plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def verdict_counts(report):
    counts = Counter(p["verdict"] for p in report.probes.values())
    return ", ".join(f"{v} {counts[v]}" for v in udsreport.VERDICTS if counts[v])


# ---- text: the pair matrix on stdout ------------------------------------------------------


def pair_matrix_text(table):
    names = table.targets
    width = max(len(n) for n in names)
    cols = [max(len(n), 5) for n in names]
    lines = [f"rows that differ, per pair of platforms ({len(table.rows)} rows, "
             f"{table.differing()} differ across all):",
             " " * width + "  " + "  ".join(n.rjust(w) for n, w in zip(names, cols))]
    for i, name in enumerate(names):
        cells = ["-" if i == j else str(table.pairs[i][j]) for j in range(len(names))]
        lines.append(name.ljust(width) + "  " + "  ".join(c.rjust(w) for c, w in zip(cells, cols)))
    return "\n".join(lines) + "\n"


def pair_lines_text(table):
    n = len(table.targets)
    return "".join(f"{table.targets[i]} vs {table.targets[j]}: {table.pairs[i][j]} of {len(table.rows)} rows differ\n"
                   for i in range(n) for j in range(i + 1, n))


# ---- Markdown ---------------------------------------------------------------------------

md = udsreport.md_escape


def md_row(cells):
    return "| " + " | ".join(cells) + " |\n"


def render_md(table, out_dir):
    out = io.StringIO()
    w = out.write
    w("# udsprobe compatibility table\n\n")
    w(f"{len(table.targets)} platforms, {len(table.rows)} probes in {len(table.areas)} areas; "
      f"**{table.differing()} rows differ** across platforms (marked ≠, ID in bold). "
      "A cell shows the observed value, `n/a`, or what the harness saw (`error`, `timeout`, "
      "`crash`, `not-run`); `-` means the report has no such probe. The documented columns show the "
      "`doc:` values of `platforms/<os>.exp` (alternatives joined with `|`, conditions on the kernel "
      "release in parentheses), or, where the documents are silent, the value derived from the source, "
      "marked `src:`.\n\n")
    incomplete = [r.target for r in table.reports if not r.complete]
    if incomplete:
        w(f"**Incomplete runs** (interrupted; missing probes show as `-`): {md(', '.join(incomplete))}\n\n")
    w("## Platforms\n\n")
    labels = [label for label, _ in table.reports[0].fingerprint()]
    w(md_row([md(label) for label in labels] + ["verdicts"]))
    w(md_row(["---"] * (len(labels) + 1)))
    for r in table.reports:
        w(md_row([md(text) for _, text in r.fingerprint()] + [verdict_counts(r)]))
    w("\n## Rows that differ, per pair of platforms\n\n")
    w(md_row([""] + [md(t) for t in table.targets]))
    w(md_row(["---"] * (len(table.targets) + 1)))
    for i, name in enumerate(table.targets):
        w(md_row([f"**{md(name)}**"] + ["—" if i == j else str(table.pairs[i][j])
                                        for j in range(len(table.targets))]))
    for area in table.areas:
        rows = table.rows_in(area)
        ndiff = sum(1 for row in rows if row.differs)
        w(f"\n## {md(area)}\n\n{plural(len(rows), 'probe')}, {ndiff} differ.\n\n")
        w(md_row(["≠", "probe"] + [md(t) for t in table.targets] + [f"docs: {md(d)}" for d in table.doc_names]))
        w(md_row(["---"] * (2 + len(table.targets) + len(table.doc_names))))
        for row in rows:
            link = source_link(row.id, row.first_probe(), out_dir)
            name = f"[{md(row.id)}]({quote(link, safe='/')})"
            cells = ["≠" if row.differs else "", f"**{name}**" if row.differs else name]
            cells += [md(udsreport.shown(p)) for p in row.probes]
            cells += [md(text) for text, _, _ in row.docs]
            w(md_row(cells))
    return out.getvalue()


# ---- CSV ---------------------------------------------------------------------------------


def render_csv(table, out_dir):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "area"] + table.targets + [f"docs:{d}" for d in table.doc_names] + ["differs"])
    for row in table.rows:
        writer.writerow([row.id, row.area] + [udsreport.shown(p) for p in row.probes]
                        + [udsreport.printable(text) for text, _, _ in row.docs]
                        + ["yes" if row.differs else "no"])
    return out.getvalue()


# ---- HTML: one self-contained page ------------------------------------------------------

HTML_CSS = """
:root { --fg: #1c2230; --muted: #5d6678; --line: #d9dee7; --head: #eceff4; --mark: #c0392b;
  --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 13px/1.35 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
header { padding: 10px 16px 6px; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 14px; margin: 10px 0 4px; }
p.lead { margin: 0 0 6px; color: var(--muted); max-width: 110ch; }
.warn { color: #8a1c00; font-weight: 600; }
details.box > summary { cursor: pointer; font-weight: 600; margin: 6px 0 2px; }
table.small { border-collapse: collapse; margin: 4px 0 8px; font-size: 12px; }
table.small th, table.small td { border: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: top; }
table.small th { background: var(--head); }
table.small td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.small tr.incomplete td { background: #fff0e8; }
#main { height: 100vh; display: flex; flex-direction: column; border-top: 1px solid var(--line); }
#controls { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px; padding: 6px 16px; background: #f6f7f9; border-bottom: 1px solid var(--line); }
#controls label { white-space: nowrap; }
#controls input[type=search] { width: 16em; }
#shown { color: var(--muted); font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 4px; }
.legend span { padding: 1px 6px; border-radius: 3px; font-size: 11px; border: 1px solid rgba(0,0,0,.08); }
#grid-wrap { flex: 1; overflow: auto; }
#grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
#grid th, #grid td { padding: 2px 5px; border-right: 1px solid #fff; border-bottom: 1px solid #fff;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
#grid td.v, #grid td.d { font: 12px/1.3 var(--mono); }
body.wrap #grid td.v, body.wrap #grid td.d, body.wrap #grid th.id { white-space: normal; overflow-wrap: break-word; }
body:not(.wrap) #grid wbr { display: none; } /* Chromium breaks at <wbr> even under nowrap */
#grid thead th { position: sticky; top: 0; z-index: 3; background: var(--head); vertical-align: bottom;
  white-space: normal; overflow-wrap: anywhere; font-weight: 600; text-align: left; border-bottom: 1px solid var(--line); }
#grid thead th small { display: block; font-weight: normal; color: var(--muted); font-size: 11px; }
#grid thead th.doc { background: #e6edf7; }
#grid thead th.incomplete { background: #ffe3d3; }
#grid th.id { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; font-weight: normal; }
#grid thead th.id { z-index: 4; background: var(--head); }
#grid th.id a { color: inherit; text-decoration: none; }
#grid th.id a:hover { text-decoration: underline; }
#grid button.more { border: 0; background: none; padding: 0 3px 0 0; cursor: pointer; color: var(--muted); font-size: 11px; }
#grid tr.open button.more { transform: rotate(90deg); }
#grid td.mark, #grid th.mark { text-align: center; color: var(--mark); font-weight: 700; padding: 2px 0; text-overflow: clip; }
#grid tr.area-head th { position: sticky; left: 0; background: #2f3b52; color: #fff; text-align: left; padding: 4px 6px; }
#grid tr.area-head small { color: #c9d2e3; font-weight: normal; margin-left: 8px; }
#grid tr.probe:hover td, #grid tr.probe:hover th.id { filter: brightness(0.94); }
#grid tr.differs th.id { background: #fff4c2; font-weight: 600; box-shadow: inset 3px 0 0 var(--mark); }
#grid td.odd { font-weight: 700; box-shadow: inset 0 0 0 2px rgba(20, 20, 40, .55); }
#grid tr.detail td { white-space: normal; background: #fafbfc; padding: 6px 10px 10px 0; border-bottom: 1px solid var(--line); }
#grid tr.detail .detail-body { position: sticky; left: 26px; width: max-content; max-width: calc(100vw - 60px); }
#grid tr.detail .sem { margin: 0 0 4px; max-width: 110ch; }
#grid tr.detail table { border-collapse: collapse; font-size: 12px; }
#grid tr.detail table td, #grid tr.detail table th { border: 1px solid var(--line); padding: 1px 6px; white-space: normal;
  vertical-align: top; text-align: left; max-width: 60ch; position: static; white-space: pre-line; }
#empty { padding: 12px 16px; color: var(--muted); }
.v-conforms { background: #e2f3df; } tr.differs .v-conforms { background: #a9dd9f; }
.v-diverges { background: #fde0d2; } tr.differs .v-diverges { background: #f5a283; }
.v-undocumented { background: #eceff5; } tr.differs .v-undocumented { background: #c3cbdb; }
.v-na { background: #f5f5f5; color: #6b6b6b; font-style: italic; } tr.differs .v-na { background: #d9d9d9; color: #333; }
.v-error { background: #f1dcf6; } tr.differs .v-error { background: #d49de3; }
.v-timeout { background: #fff0c4; } tr.differs .v-timeout { background: #ffd152; }
.v-crash { background: #f8c6c6; } tr.differs .v-crash { background: #e06666; color: #fff; }
.v-not-run { background: #f5f5f5; color: #6b6b6b; } tr.differs .v-not-run { background: #d3d3d3; }
.v-absent { background: repeating-linear-gradient(135deg, #fff, #fff 4px, #f1f1f1 4px, #f1f1f1 8px); color: #555; }
tr.differs .v-absent { background: repeating-linear-gradient(135deg, #fff, #fff 4px, #d6d6d6 4px, #d6d6d6 8px); color: #333; }
.d-doc { background: #e8f0fb; } .d-src { background: #f2edfa; font-style: italic; } .d-none { background: #fff; }
"""

HTML_JS = """
(function () {
  'use strict';
  var area = document.getElementById('area-filter');
  var differs = document.getElementById('differs-only');
  var search = document.getElementById('search');
  var wrap = document.getElementById('wrap');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#grid tr.probe'));
  var heads = Array.prototype.slice.call(document.querySelectorAll('#grid tr.area-head'));
  var data = JSON.parse(document.getElementById('details').textContent);

  function apply() {
    var a = area.value, onlyDiff = differs.checked, q = search.value.trim().toLowerCase();
    var n = 0, seen = {};
    rows.forEach(function (tr) {
      var show = (!a || tr.dataset.area === a) && (!onlyDiff || tr.classList.contains('differs')) &&
        (!q || tr.dataset.id.indexOf(q) !== -1);
      tr.hidden = !show;
      if (tr.detailRow) tr.detailRow.hidden = !show || !tr.classList.contains('open');
      if (show) { n++; seen[tr.dataset.area] = true; }
    });
    heads.forEach(function (h) { h.hidden = !seen[h.dataset.area]; });
    shown.textContent = n + ' of ' + rows.length + ' probes shown';
    empty.hidden = n !== 0;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // a row of text cells; the first `heads` cells are th
  function tableRow(cells, heads) {
    var tr = el('tr');
    cells.forEach(function (c, i) { tr.appendChild(el(i < heads ? 'th' : 'td', c)); });
    return tr;
  }

  function buildDetail(tr) {
    var d = data[Number(tr.dataset.i)];
    var td = el('td');
    td.colSpan = tr.cells.length;
    var body = td.appendChild(el('div', null, 'detail-body'));
    body.appendChild(el('p', d.semantic || '(no semantic given)', 'sem'));
    var p = el('p');
    p.appendChild(document.createTextNode('source: '));
    var a = el('a', d.src);
    a.href = d.href;
    p.appendChild(a);
    p.appendChild(document.createTextNode(
      ' \\u00b7 covers ' + (d.covers.join(' ') || '-') + ' \\u00b7 needs ' + (d.needs || '-')));
    body.appendChild(p);
    var t = el('table');
    t.appendChild(tableRow(['column', 'verdict', 'observed', 'doc: line that applied', 'src: line that applied'], 5));
    d.obs.forEach(function (o) { t.appendChild(tableRow(o, 1)); });
    d.docs.forEach(function (o) {
      t.appendChild(tableRow([o[0] + '.exp', '', '', o[1] || '(no line)', o[2] || '(no line)'], 1));
    });
    body.appendChild(t);
    var row = el('tr', null, 'detail');
    row.dataset.area = tr.dataset.area;
    row.appendChild(td);
    tr.parentNode.insertBefore(row, tr.nextSibling);
    return row;
  }

  document.getElementById('grid').addEventListener('click', function (ev) {
    var b = ev.target.closest('button.more');
    if (!b) return;
    var tr = b.closest('tr');
    var open = !tr.classList.contains('open');
    tr.classList.toggle('open', open);
    b.setAttribute('aria-expanded', String(open));
    if (open && !tr.detailRow) tr.detailRow = buildDetail(tr);
    if (tr.detailRow) tr.detailRow.hidden = !open;
  });
  area.addEventListener('change', apply);
  differs.addEventListener('change', apply);
  search.addEventListener('input', apply);
  wrap.addEventListener('change', function () { document.body.classList.toggle('wrap', wrap.checked); });
  document.body.classList.toggle('wrap', wrap.checked);
  apply();
})();
"""

# column widths (the table has a fixed layout, so that 15 columns and 650 rows render fast)
ID_EM, MARK_EM, CELL_EM = 19, 1.5, 9
VERDICT_LEGEND = [
    ("conforms", "conforms: as documented"),
    ("diverges", "diverges: not as documented"),
    ("undocumented", "undocumented: no doc: line"),
    ("n/a", "n/a: not here / cannot run"),
    ("error", "error"), ("timeout", "timeout"), ("crash", "crash"), ("not-run", "not run"),
    ("absent", "absent from the report"),
]


def h(text):
    """Text safe as HTML content or a quoted attribute value."""
    return html.escape(udsreport.printable(str(text)), quote=True)


def h_lines(lines):
    """Lines for a title attribute: each escaped, joined by an encoded newline."""
    return "&#10;".join(h(line) for line in lines)


def h_cell(text):
    """Like h(), with a line-break opportunity after each "," and "|" (for wrapping)."""
    return h(text).replace(",", ",<wbr>").replace("|", "|<wbr>")


def verdict_css(verdict):
    return "v-" + verdict.replace("/", "")


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
    cond = f" ({exp.cond_text()})" if exp.conds else ""
    return udsreport.printable(f"{'|'.join(exp.values)}{cond} -- {exp.citation} [{exp.where}]")


def detail_data(row, table, out_dir):
    """What the expandable details row of a probe shows, as JSON-able data."""
    first = row.first_probe()
    obs = []
    for target, probe in zip(table.targets, row.probes):
        if probe is None:
            obs.append([target, "absent", "-", "", ""])
            continue
        note = udsreport.shown(probe)
        extra = "; ".join(udsreport.printable(probe[k]) for k in ("reason", "detail") if probe.get(k))
        obs.append([target, probe["verdict"], note + (f": {extra}" if extra else ""),
                    report_expectation_text(probe.get("documented")),
                    report_expectation_text(probe.get("source_derived"))])
    docs = []
    for name, (_, _, lines) in zip(table.doc_names, row.docs):
        docs.append([name, "\n".join(exp_line_text(e) for e in lines if e.cls == "doc"),
                     "\n".join(exp_line_text(e) for e in lines if e.cls == "src")])
    return {
        "semantic": udsreport.printable(first.get("semantic") or ""),
        "src": udsreport.printable(udsreport.source_path(row.id, first)),
        "href": quote(source_link(row.id, first, out_dir), safe="/"),
        "covers": [udsreport.printable(c) for c in first.get("covers", [])],
        "needs": udsreport.printable(first.get("needs") or ""),
        "obs": obs,
        "docs": docs,
    }


def script_json(value):
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def html_fingerprints(table):
    labels = [label for label, _ in table.reports[0].fingerprint()]
    out = ["<table class=\"small\" id=\"platforms\"><tr>"]
    out += [f"<th>{h(label)}</th>" for label in labels] + ["<th>verdicts</th></tr>"]
    for r in table.reports:
        out.append("<tr class=\"incomplete\">" if not r.complete else "<tr>")
        out += [f"<td>{h(text)}</td>" for _, text in r.fingerprint()]
        out.append(f"<td>{h(verdict_counts(r))}</td></tr>")
    out.append("</table>")
    return "".join(out)


def html_pairs(table):
    top = max([1] + [c for line in table.pairs for c in line])
    out = ["<table class=\"small\" id=\"pairs\"><tr><th></th>"]
    out += [f"<th>{h(t)}</th>" for t in table.targets] + ["</tr>"]
    for i, name in enumerate(table.targets):
        out.append(f"<tr><th>{h(name)}</th>")
        for j, count in enumerate(table.pairs[i]):
            if i == j:
                out.append("<td class=\"num\">\u2014</td>")
            else:
                alpha = 0.08 + 0.5 * count / top if count else 0
                out.append(f"<td class=\"num\" style=\"background: rgba(230, 120, 40, {alpha:.2f})\">{count}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def html_header_cells(table):
    out = ["<th class=\"id\">probe</th><th class=\"mark\" title=\"differs across platforms\">\u2260</th>"]
    for r in table.reports:
        p = r.platform
        sub = " ".join(str(p[k]) for k in ("release", "machine") if p.get(k))
        cls = "platform" if r.complete else "platform incomplete"
        if p.get("emulated"):
            sub += " (emulated)"
        flag = " <b>\u26a0 incomplete</b>" if not r.complete else ""
        out.append(f"<th class=\"{cls}\" title=\"{h(r.one_line())}\">{h(r.target)}<small>{h(sub)}{flag}</small></th>")
    for name in table.doc_names:
        out.append(f"<th class=\"doc\" title=\"what platforms/{h(name)}.exp says\">{h(name)}"
                   "<small>documented</small></th>")
    return "".join(out)


def html_row(row, index, table, out_dir):
    first = row.first_probe()
    cls = "probe differs" if row.differs else "probe"
    name = row.id.split("/", 1)[1]
    link = quote(source_link(row.id, first, out_dir), safe="/")
    semantic = first.get("semantic") or ""
    out = [f"<tr class=\"{cls}\" data-area=\"{h(row.area)}\" data-id=\"{h(row.id)}\" data-i=\"{index}\">",
           f"<th class=\"id\" title=\"{h_lines([row.id, semantic])}\"><button class=\"more\" type=\"button\" "
           f"aria-expanded=\"false\" title=\"details and citations\">\u25b6</button>"
           f"<a href=\"{h(link)}\">{h(name)}</a></th>",
           "<td class=\"mark\">\u2260</td>" if row.differs else "<td class=\"mark\"></td>"]
    for i, (target, probe) in enumerate(zip(table.targets, row.probes)):
        odd = " odd" if i in row.odd else ""
        out.append(f"<td class=\"v {verdict_css(udsreport.cell_class(probe))}{odd}\" "
                   f"title=\"{h_lines(cell_title(target, probe))}\">{h_cell(udsreport.shown(probe))}</td>")
    for name, (text, dcls, lines) in zip(table.doc_names, row.docs):
        title = [f"{e.cls}: {exp_line_text(e)}" for e in lines] or [f"{name}: no expectation line"]
        out.append(f"<td class=\"d d-{dcls}\" title=\"{h_lines(title)}\">{h_cell(text)}</td>")
    out.append("</tr>")
    return "".join(out)


def render_html(table, out_dir):
    ncols = 2 + len(table.targets) + len(table.doc_names)
    ndiff = table.differing()
    incomplete = [r.target for r in table.reports if not r.complete]
    out = ["<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
           f"<title>udsprobe compatibility: {len(table.targets)} platforms, {len(table.rows)} probes</title>",
           f"<style>{HTML_CSS}</style></head><body>\n<header>",
           "<h1>udsprobe compatibility table</h1>",
           f"<p class=\"lead\">{len(table.targets)} platforms, {len(table.rows)} probes in {len(table.areas)} areas; "
           f"<b>{ndiff} rows differ</b> across platforms (\u2260, highlighted; the cells that differ from the most "
           "common value are outlined). A cell shows the observed value; hover for the verdict and the n/a reason, "
           "\u25b6 opens the citations. Documented columns show the <code>doc:</code> values of "
           "<code>platforms/&lt;os&gt;.exp</code> (alternatives joined with |, release conditions in parentheses), "
           "or the source-derived value marked <code>src:</code>.</p>"]
    if incomplete:
        out.append(f"<p class=\"warn\">Incomplete runs (interrupted): {h(', '.join(incomplete))}</p>")
    out += ["<details class=\"box\" open><summary>Platforms</summary>", html_fingerprints(table), "</details>",
            "<details class=\"box\" open><summary>Rows that differ, per pair of platforms</summary>",
            html_pairs(table), "</details></header>\n<div id=\"main\"><div id=\"controls\">",
            "<label>Area <select id=\"area-filter\">",
            f"<option value=\"\">all areas ({len(table.rows)})</option>"]
    for area in table.areas:
        out.append(f"<option value=\"{h(area)}\">{h(area)} ({len(table.rows_in(area))})</option>")
    out += ["</select></label>",
            f"<label><input type=\"checkbox\" id=\"differs-only\"> only rows that differ across platforms "
            f"({ndiff})</label>",
            "<label>ID <input type=\"search\" id=\"search\" placeholder=\"part of a probe ID\" "
            "autocomplete=\"off\"></label>",
            "<label><input type=\"checkbox\" id=\"wrap\"> wrap long values</label>",
            "<span id=\"shown\"></span><span class=\"legend\">"]
    out += [f"<span class=\"{verdict_css(v)}\">{h(text)}</span>" for v, text in VERDICT_LEGEND]
    out += ["<span class=\"d-doc\">doc: documented</span><span class=\"d-src\">src: from source</span></span></div>",
            f"<div id=\"grid-wrap\"><table id=\"grid\" style=\"width: {ID_EM + MARK_EM + CELL_EM * (ncols - 2):g}em\">",
            f"<colgroup><col style=\"width: {ID_EM}em\"><col style=\"width: {MARK_EM}em\">"]
    out += [f"<col style=\"width: {CELL_EM}em\">"] * (ncols - 2)
    out += ["</colgroup>", f"<thead><tr>{html_header_cells(table)}</tr></thead>"]
    index = 0
    details = []
    for area in table.areas:
        rows = table.rows_in(area)
        ndiff_area = sum(1 for row in rows if row.differs)
        out.append(f"<tbody><tr class=\"area-head\" data-area=\"{h(area)}\"><th colspan=\"{ncols}\">{h(area)}"
                   f"<small>{plural(len(rows), 'probe')}, {ndiff_area} differ</small></th></tr>")
        for row in rows:
            out.append(html_row(row, index, table, out_dir))
            details.append(detail_data(row, table, out_dir))
            index += 1
        out.append("</tbody>")
    out += ["</table><p id=\"empty\" hidden>No probe matches the filters.</p></div></div>",
            f"<script type=\"application/json\" id=\"details\">{script_json(details)}</script>",
            f"<script>{HTML_JS}</script></body></html>\n"]
    return "\n".join(out)


RENDERERS = {"md": render_md, "html": render_html, "csv": render_csv}


# ---- writing -----------------------------------------------------------------------------


def write_all(out_dir, outputs):
    """Write {name: text} into out_dir: every file goes to a temporary file
    first, and the renames happen only when all were written."""
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise udsreport.InputError(out_dir, f"cannot create the output directory: {e.strerror}") from None
    for name in outputs:
        if os.path.isdir(os.path.join(out_dir, name)):
            raise udsreport.InputError(out_dir, f"cannot write {name}: a directory is in the way")
    umask = os.umask(0)
    os.umask(umask)
    temps = {}
    try:
        for name, text in outputs.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            temps[name] = tmp
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            os.chmod(tmp, 0o666 & ~umask)
        for name, tmp in temps.items():
            os.replace(tmp, os.path.join(out_dir, name))
    except OSError as e:
        for tmp in temps.values():
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise udsreport.InputError(out_dir, f"cannot write the tables: {e.strerror}") from None


def parse_args(argv):
    parser = argparse.ArgumentParser(prog=PROG, description="Merge udsprobe reports into compatibility tables.")
    parser.add_argument("reports", nargs="+", metavar="REPORT.json")
    parser.add_argument("--out", default="reports", help="directory for compat.{md,html,csv} (default: reports)")
    parser.add_argument("--docs", default=os.path.join(REPO_ROOT, "platforms"),
                        help="directory of <os>.exp files for the documented columns "
                             "(default: the repository's platforms/)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated subset of md,html,csv")
    parser.add_argument("--pairs", action="store_true",
                        help="print the per-pair difference counts, one pair a line, and write nothing")
    args = parser.parse_args(argv)
    args.formats = [f for f in args.formats.split(",") if f]
    bad = [f for f in args.formats if f not in FORMATS]
    if bad or not args.formats:
        parser.error(f"--formats: want a comma-separated subset of {','.join(FORMATS)}")
    return args


def main(argv):
    args = parse_args(argv)
    try:
        reports = udsreport.load_reports(args.reports)
        docs = udsreport.load_expectation_dir(args.docs)
        table = Table(reports, docs)
        if args.pairs:
            sys.stdout.write(pair_lines_text(table))
            return 0
        outputs = {f"compat.{fmt}": RENDERERS[fmt](table, args.out) for fmt in args.formats}
        write_all(args.out, outputs)
    except udsreport.InputError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    sys.stdout.write(pair_matrix_text(table))
    print(f"{PROG}: wrote " + ", ".join(os.path.join(args.out, name) for name in outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
