"""Escaping for compat.html: text in elements and attributes, and JSON in a <script>."""

import html
import json

import udsreport


def h(text):
    """Text safe as HTML content or a quoted attribute value."""
    return html.escape(udsreport.printable(str(text)), quote=True)


def h_lines(lines):
    """Lines for a title attribute: each escaped, joined by an encoded newline."""
    return "&#10;".join(h(line) for line in lines)


def h_cell(text):
    """Like h(), with a line-break opportunity after each "," and "|" (for wrapping)."""
    return h(text).replace(",", ",<wbr>").replace("|", "|<wbr>")


def script_json(value):
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
