"""The big table of compat.html (#grid): a sticky header of column names, then
one <tbody> per area with one row per probe. The rows carry the data-*
attributes and classes that compat.js filters on."""

import udsreport
from compat_details import cell_title, doc_title
from compat_html_escape import h, h_cell, h_lines
from compat_model import plural, source_href

# column widths (the table has a fixed layout, so that 15 columns and 650 rows render fast)
ID_EM, MARK_EM, CELL_EM = 19, 1.5, 9


def verdict_css(verdict):
    """The class that colours a cell of this verdict (also used by the legend)."""
    return "v-" + verdict.replace("/", "")


def platform_header(report):
    p = report.platform
    sub = " ".join(str(p[k]) for k in ("release", "machine") if p.get(k))
    if p.get("emulated"):
        sub += " (emulated)"
    cls = "platform" if report.complete else "platform incomplete"
    flag = " <b>\u26a0 incomplete</b>" if not report.complete else ""
    return (f"<th class=\"{cls}\" title=\"{h(report.one_line())}\">{h(report.target)}"
            f"<small>{h(sub)}{flag}</small></th>")


def doc_header(name):
    return (f"<th class=\"doc\" title=\"what platforms/{h(name)}.exp says\">{h(name)}"
            "<small>documented</small></th>")


def header_row(table):
    out = ["<thead><tr><th class=\"id\">probe</th>"
           "<th class=\"mark\" title=\"differs across platforms\">\u2260</th>"]
    out += [platform_header(r) for r in table.reports]
    out += [doc_header(name) for name in table.doc_names]
    out.append("</tr></thead>")
    return "".join(out)


def id_cell(row, out_dir):
    """The probe's name, linked to its source, after the ▶ button that opens its details."""
    title = h_lines([row.id, row.first_probe().get("semantic") or ""])
    name = row.id.split("/", 1)[1]
    return (f"<th class=\"id\" title=\"{title}\"><button class=\"more\" type=\"button\" "
            f"aria-expanded=\"false\" title=\"details and citations\">\u25b6</button>"
            f"<a href=\"{h(source_href(row, out_dir))}\">{h(name)}</a></th>")


def platform_cell(row, column, target, probe):
    odd = " odd" if column in row.odd else ""
    return (f"<td class=\"v {verdict_css(udsreport.cell_class(probe))}{odd}\" "
            f"title=\"{h_lines(cell_title(target, probe))}\">{h_cell(udsreport.shown(probe))}</td>")


def doc_cell(name, text, cls, lines):
    return f"<td class=\"d d-{cls}\" title=\"{h_lines(doc_title(name, lines))}\">{h_cell(text)}</td>"


def probe_row(row, index, table, out_dir):
    """One probe; index is its position in the page's details data."""
    cls = "probe differs" if row.differs else "probe"
    out = [f"<tr class=\"{cls}\" data-area=\"{h(row.area)}\" data-id=\"{h(row.id)}\" data-i=\"{index}\">",
           id_cell(row, out_dir),
           "<td class=\"mark\">\u2260</td>" if row.differs else "<td class=\"mark\"></td>"]
    out += [platform_cell(row, i, target, probe) for i, (target, probe) in enumerate(zip(table.targets, row.probes))]
    out += [doc_cell(name, *doc) for name, doc in zip(table.doc_names, row.docs)]
    out.append("</tr>")
    return "".join(out)


def column_count(table):
    return 2 + len(table.targets) + len(table.doc_names)


def grid_start(table):
    """The lines that open #grid-wrap and #grid, up to the end of the <colgroup>."""
    cells = column_count(table) - 2
    width = ID_EM + MARK_EM + CELL_EM * cells
    return ([f"<div id=\"grid-wrap\"><table id=\"grid\" style=\"width: {width:g}em\">",
             f"<colgroup><col style=\"width: {ID_EM}em\"><col style=\"width: {MARK_EM}em\">"]
            + [f"<col style=\"width: {CELL_EM}em\">"] * cells + ["</colgroup>"])


def area_lines(table, area, rows, first_index, out_dir):
    """The <tbody> of one area: its heading row, then its probes."""
    head = (f"<tbody><tr class=\"area-head\" data-area=\"{h(area)}\"><th colspan=\"{column_count(table)}\">"
            f"{h(area)}<small>{plural(len(rows), 'probe')}, {table.differing(rows)} differ</small></th></tr>")
    body = [probe_row(row, first_index + i, table, out_dir) for i, row in enumerate(rows)]
    return [head] + body + ["</tbody>"]


def grid_lines(table, out_dir):
    """The whole of #grid-wrap, as lines of the page source. A row's data-i is
    its index in rows_in_page_order(), where compat.js finds its details."""
    out = grid_start(table) + [header_row(table)]
    index = 0
    for area in table.areas:
        rows = table.rows_in(area)
        out += area_lines(table, area, rows, index, out_dir)
        index += len(rows)
    out.append("</table><p id=\"empty\" hidden>No probe matches the filters.</p></div>")
    return out


def rows_in_page_order(table):
    """The rows as the grid shows them: area by area."""
    return [row for area in table.areas for row in table.rows_in(area)]
