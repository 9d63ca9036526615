"""compat.html: one self-contained page. The style (compat.css) and the script
(compat.js, filters and the details rows) are read from next to this file and
inlined, so the page needs no other file and works from file://."""

import os

import udsreport
from compat_details import detail_data
from compat_html_escape import h, script_json
from compat_html_grid import grid_lines, rows_in_page_order, verdict_css
from compat_model import verdict_counts

HERE = os.path.dirname(os.path.abspath(__file__))

LEAD = (
    "across platforms (\u2260, highlighted; the cells that differ from the most "
    "common value are outlined). A cell shows the observed value; hover for the verdict and the n/a reason, "
    "\u25b6 opens the citations. Documented columns show the <code>doc:</code> values of "
    "<code>platforms/&lt;os&gt;.exp</code> (alternatives joined with |, release conditions in parentheses), "
    "or the source-derived value marked <code>src:</code>.")

VERDICT_LEGEND = [
    ("conforms", "conforms: as documented"),
    ("diverges", "diverges: not as documented"),
    ("undocumented", "undocumented: no doc: line"),
    ("n/a", "n/a: not here / cannot run"),
    ("error", "error"), ("timeout", "timeout"), ("crash", "crash"), ("not-run", "not run"),
    ("absent", "absent from the report"),
]


def read_asset(name, end_tag):
    """A file next to this one, to be inlined in an element that end_tag would close."""
    path = os.path.join(HERE, name)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise udsreport.InputError(path, f"cannot read: {getattr(e, 'strerror', None) or e}") from None
    if end_tag in text.lower():
        raise udsreport.InputError(path, f"contains {end_tag}, which would end the element it is inlined in")
    return text


def head_lines(table, css):
    return ["<!DOCTYPE html>",
            "<html lang=\"en\"><head><meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            f"<title>udsprobe compatibility: {len(table.targets)} platforms, {len(table.rows)} probes</title>",
            f"<style>\n{css}</style></head><body>"]


def fingerprints(table):
    labels = [label for label, _ in table.reports[0].fingerprint()]
    out = ["<table class=\"small\" id=\"platforms\"><tr>"]
    out += [f"<th>{h(label)}</th>" for label in labels] + ["<th>verdicts</th></tr>"]
    for r in table.reports:
        out.append("<tr class=\"incomplete\">" if not r.complete else "<tr>")
        out += [f"<td>{h(text)}</td>" for _, text in r.fingerprint()]
        out.append(f"<td>{h(verdict_counts(r))}</td></tr>")
    out.append("</table>")
    return "".join(out)


def pair_cell(count, top):
    """A count of the pair matrix, shaded by its share of the largest count."""
    alpha = 0.08 + 0.5 * count / top if count else 0
    return f"<td class=\"num\" style=\"background: rgba(230, 120, 40, {alpha:.2f})\">{count}</td>"


def pairs(table):
    top = max([1] + [c for line in table.pairs for c in line])
    out = ["<table class=\"small\" id=\"pairs\"><tr><th></th>"]
    out += [f"<th>{h(t)}</th>" for t in table.targets] + ["</tr>"]
    for i, name in enumerate(table.targets):
        out.append(f"<tr><th>{h(name)}</th>")
        out += ["<td class=\"num\">\u2014</td>" if i == j else pair_cell(count, top)
                for j, count in enumerate(table.pairs[i])]
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def header_lines(table):
    """The <header>: title, lead paragraph, fingerprints and pair matrix."""
    out = ["<header>", "<h1>udsprobe compatibility table</h1>",
           f"<p class=\"lead\">{len(table.targets)} platforms, {len(table.rows)} probes in {len(table.areas)} areas; "
           f"<b>{table.differing()} rows differ</b> {LEAD}</p>"]
    incomplete = table.incomplete()
    if incomplete:
        out.append(f"<p class=\"warn\">Incomplete runs (interrupted): {h(', '.join(incomplete))}</p>")
    return out + ["<details class=\"box\" open><summary>Platforms</summary>", fingerprints(table), "</details>",
                  "<details class=\"box\" open><summary>Rows that differ, per pair of platforms</summary>",
                  pairs(table), "</details></header>"]


def controls_lines(table):
    """#controls: the filters (ids as compat.js expects them) and the colour legend."""
    out = ["<div id=\"controls\">", "<label>Area <select id=\"area-filter\">",
           f"<option value=\"\">all areas ({len(table.rows)})</option>"]
    out += [f"<option value=\"{h(area)}\">{h(area)} ({len(table.rows_in(area))})</option>" for area in table.areas]
    out += ["</select></label>",
            f"<label><input type=\"checkbox\" id=\"differs-only\"> only rows that differ across platforms "
            f"({table.differing()})</label>",
            "<label>ID <input type=\"search\" id=\"search\" placeholder=\"part of a probe ID\" "
            "autocomplete=\"off\"></label>",
            "<label><input type=\"checkbox\" id=\"wrap\"> wrap long values</label>",
            "<span id=\"shown\"></span><span class=\"legend\">"]
    out += [f"<span class=\"{verdict_css(v)}\">{h(text)}</span>" for v, text in VERDICT_LEGEND]
    out.append("<span class=\"d-doc\">documented (a man page says it)</span>"
               "<span class=\"d-src\">src: predicted from the kernel source</span>"
               "<span class=\"d-na\">n/a: the feature does not exist there</span>"
               "<span class=\"d-none\">undocumented: no document or source reading settles it</span>"
               "</span></div>")
    return out


def render_html(table, out_dir):
    """The whole page as text; links to the probes' sources are relative to out_dir."""
    css = read_asset("compat.css", "</style")
    js = read_asset("compat.js", "</script")
    main = controls_lines(table) + grid_lines(table, out_dir)
    # #main wraps both on their first and last line, with no line break of its own
    main[0] = "<div id=\"main\">" + main[0]
    main[-1] += "</div>"
    details = [detail_data(row, table, out_dir) for row in rows_in_page_order(table)]
    lines = head_lines(table, css) + header_lines(table) + main
    lines += [f"<script type=\"application/json\" id=\"details\">{script_json(details)}</script>",
              f"<script>\n{js}</script></body></html>\n"]
    return "\n".join(lines)
