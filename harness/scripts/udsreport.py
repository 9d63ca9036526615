"""Shared by compat.py and reportdiff.py: load and check udsprobe reports
(reports/README.md, schema version 1) and expectation files
(platforms/README.md), and turn observations into comparable keys and
printable text.

Every problem with an input raises InputError, whose text starts with the
file (and line, where there is one) so that the scripts can print it as one
line and exit 2.
"""

import json
import os
import re

SCHEMA = "udsprobe-report"
SCHEMA_VERSION = 1
VERDICTS = ("conforms", "diverges", "undocumented", "n/a", "error", "timeout", "crash", "not-run")
OUTCOMES = ("observed", "n/a", "error", "none")
# verdicts that say the harness, not the probe, decided what happened
HARNESS_VERDICTS = ("error", "timeout", "crash", "not-run")
ABSENT = "-"

ID_RE = re.compile(r"^[a-z0-9_]+/[a-z0-9_]+(\.[a-z0-9_]+)?$")


class InputError(Exception):
    """A bad input file; str() is "FILE: what is wrong" (or "FILE:LINE: ...")."""

    def __init__(self, where, message):
        super().__init__(f"{where}: {message}")


def printable(text):
    """The text with control and non-ASCII characters written as \\xNN or
    \\uNNNN, so that one value always stays on one line of any output."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0x20 <= code < 0x7F:
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out)


MD_SPECIAL = re.compile(r"[\\`*\[\]<>|#&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md_escape(text):
    """The text, printable, safe inside a Markdown table cell. An underscore
    inside a word stays as it is: it cannot start emphasis there."""
    return MD_SPECIAL.sub(lambda m: "\\" + m.group(0), printable(text))


# ---- reports -----------------------------------------------------------------------------


class Report:
    """One loaded report: its platform fingerprint and its probes by ID."""

    def __init__(self, path, data):
        self.path = path
        self.data = data
        self.platform = data["platform"]
        self.target = self.platform["target"]
        self.complete = data.get("complete") is not False
        self.probes = {p["id"]: p for p in data["probes"]}

    def fingerprint(self):
        """The fingerprint as (label, text) pairs, in reading order."""
        p = self.platform
        emulated = "no"
        if p.get("emulated"):
            emulated = "yes" + (f" ({p['emulator']})" if p.get("emulator") else "")
        libc = " ".join(str(p[k]) for k in ("libc", "libc_version") if p.get(k))
        abi = f"{p.get('abi_bits', '?')}-bit, long {p.get('long_bits', '?')}, {p.get('endian', '?')}-endian"
        return [
            ("target", self.target),
            ("os", " ".join(str(p[k]) for k in ("os", "release") if p.get(k))),
            ("machine", str(p.get("machine", "?"))),
            ("libc", libc or "?"),
            ("abi", abi),
            ("compiler", str(p.get("compiler", "?"))),
            ("emulated", emulated),
            ("uid", f"{p.get('uid', '?')}/{p.get('euid', '?')}"),
            ("suite", str(self.data.get("suite_version", "?"))),
            ("started", str(self.data.get("started", "?"))),
            ("complete", "yes" if self.complete else "NO (run was interrupted)"),
            ("file", self.path),
        ]

    def one_line(self):
        """The fingerprint in one line, for headers and tooltips."""
        fp = dict(self.fingerprint())
        return (f"{fp['target']}: {fp['os']} {fp['machine']}, {fp['libc']}, {fp['abi']}, "
                f"emulated {fp['emulated']}, uid {fp['uid']}"
                + ("" if self.complete else ", INCOMPLETE"))


def _read_json(path):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text (byte {e.start})") from None
    if not text.strip():
        raise InputError(path, "empty file, not a report")
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}", f"invalid JSON: {e.msg} (column {e.colno})") from None
    except RecursionError:
        raise InputError(path, "invalid JSON: nested too deeply") from None


def _check_expectation(where, value, field):
    if value is None:
        return
    if not isinstance(value, dict):
        raise InputError(where, f"{field} must be an object or null")
    values = value.get("values")
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InputError(where, f"{field}.values must be a list of strings")
    for key in ("citation", "condition", "file"):
        if not isinstance(value.get(key, ""), str):
            raise InputError(where, f"{field}.{key} must be a string")


def _check_probe(path, index, probe, seen):
    where = f"{path}: probes[{index}]"
    if not isinstance(probe, dict):
        raise InputError(where, "not an object")
    pid = probe.get("id")
    if not isinstance(pid, str) or not ID_RE.match(pid):
        raise InputError(where, f"bad id {printable(repr(pid))} (want area/name or area/name.type)")
    where = f"{path}: probe {pid}"
    if pid in seen:
        raise InputError(where, f"appears twice (probes[{seen[pid]}] and probes[{index}])")
    seen[pid] = index
    if probe.get("area") != pid.split("/", 1)[0]:
        raise InputError(where, f"area {printable(repr(probe.get('area')))} does not match the id")
    if probe.get("verdict") not in VERDICTS:
        raise InputError(where, f"verdict {printable(repr(probe.get('verdict')))} is not one of {', '.join(VERDICTS)}")
    if probe.get("outcome") not in OUTCOMES:
        raise InputError(where, f"outcome {printable(repr(probe.get('outcome')))} is not one of {', '.join(OUTCOMES)}")
    for key in ("value", "reason", "detail", "source", "semantic", "needs"):
        if not isinstance(probe.get(key), (str, type(None))):
            raise InputError(where, f"{key} must be a string or null")
    if probe["outcome"] == "observed" and probe.get("value") is None:
        raise InputError(where, "outcome is observed but value is null")
    covers = probe.get("covers", [])
    if not isinstance(covers, list) or not all(isinstance(c, str) for c in covers):
        raise InputError(where, "covers must be a list of strings")
    _check_expectation(where, probe.get("documented"), "documented")
    _check_expectation(where, probe.get("source_derived"), "source_derived")


def load_report(path):
    """Load and check one report; raises InputError."""
    data = _read_json(path)
    if not isinstance(data, dict):
        raise InputError(path, "not a JSON object, not a report")
    if data.get("schema") != SCHEMA:
        raise InputError(path, f"schema is {printable(repr(data.get('schema')))}, want {SCHEMA!r}")
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise InputError(path, f"schema_version {printable(repr(version))} is not supported "
                               f"(this script reads {SCHEMA_VERSION})")
    platform = data.get("platform")
    if not isinstance(platform, dict):
        raise InputError(path, "no platform object")
    target = platform.get("target")
    if not isinstance(target, str) or not target.strip():
        raise InputError(path, "platform.target is missing or empty")
    if not isinstance(data.get("complete", True), bool):
        raise InputError(path, "complete must be true or false")
    probes = data.get("probes")
    if not isinstance(probes, list):
        raise InputError(path, "no probes list")
    if not probes:
        raise InputError(path, "the probes list is empty")
    seen = {}
    for index, probe in enumerate(probes):
        _check_probe(path, index, probe, seen)
    return Report(path, data)


def load_reports(paths):
    """Load several reports whose targets must all differ; raises InputError."""
    reports, by_target = [], {}
    for path in paths:
        report = load_report(path)
        if report.target in by_target:
            raise InputError(path, f"target {printable(repr(report.target))} is also the target of "
                                   f"{by_target[report.target]}")
        by_target[report.target] = path
        reports.append(report)
    return reports


def observation(probe):
    """What a probe saw, as a key that compares equal across platforms exactly
    when the behaviour is the same (an n/a reason or error text is not part of it)."""
    if probe is None:
        return ("absent",)
    if probe["verdict"] in HARNESS_VERDICTS:
        return (probe["verdict"],)
    if probe["outcome"] == "observed":
        return ("observed", probe["value"])
    if probe["outcome"] == "n/a":
        return ("n/a",)
    return (probe["verdict"],)


def shown(probe):
    """The observation as short text: the value, "n/a", "error", ..., or "-" when absent."""
    key = observation(probe)
    if key[0] == "absent":
        return ABSENT
    if key[0] == "observed":
        return printable(key[1])
    return key[0]


def cell_class(probe):
    """The verdict a cell is coloured by; "absent" when the report lacks the probe."""
    return "absent" if probe is None else probe["verdict"]


def source_path(probe_id, probe):
    """The probe's C source relative to the repository root."""
    if probe is not None and probe.get("source"):
        return probe["source"]
    area, name = probe_id.split("/", 1)
    return f"cases/{area}/{name.split('.', 1)[0]}.c"


# ---- expectation files -------------------------------------------------------------------


class Expectation:
    """One line of a .exp file."""

    def __init__(self, os_name, probe_id, conds, values, cls, citation, where):
        self.os = os_name
        self.id = probe_id
        self.conds = conds          # [(">=" or "<", (a, b, c), "@>=5.15"), ...]
        self.values = values
        self.cls = cls              # "doc" or "src"
        self.citation = citation
        self.where = where          # "platforms/linux.exp:12"

    def cond_text(self):
        return " ".join(c[2] for c in self.conds)

    def release_range(self):
        """(lowest, highest) release the line applies to, for ordering variants."""
        lo, hi = (0, 0, 0), (float("inf"),) * 3
        for op, ver, _ in self.conds:
            if op == ">=":
                lo = max(lo, ver)
            else:
                hi = min(hi, ver)
        return lo, hi


COND_RE = re.compile(r"^@(>=|<)([0-9]+(?:\.[0-9]+){0,2})$")


def _parse_exp_line(os_name, where, line):
    tokens = line.split()
    probe_id, rest = tokens[0], tokens[1:]
    if not ID_RE.match(probe_id):
        raise InputError(where, "malformed probe ID (want area/name or area/name.type in [a-z0-9_])")
    conds, values, cls = [], [], None
    for i, tok in enumerate(rest):
        if tok in ("doc:", "src:"):
            cls = tok[:-1]
            citation = " ".join(rest[i + 1:])
            break
        if tok.startswith("@"):
            m = COND_RE.match(tok)
            if not m or values or len(conds) == 2:
                raise InputError(where, "malformed release condition (want @>=a.b.c or @<a.b.c before the values)")
            ver = tuple(int(x) for x in m.group(2).split(".")) + (0, 0)
            conds.append((m.group(1), ver[:3], tok))
        elif tok.endswith(":"):
            raise InputError(where, f"unknown class {tok!r} (want doc: or src:)")
        else:
            values.append(tok)
    if not values:
        raise InputError(where, "no value")
    if cls is None:
        raise InputError(where, "no class (doc: or src:) after the values")
    if not citation:
        raise InputError(where, "no citation after the class")
    return Expectation(os_name, probe_id, conds, values, cls, citation, where)


def load_expectations(path):
    """Every expectation line of one .exp file, in file order; raises InputError."""
    os_name = os.path.basename(path)[: -len(".exp")]
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text (byte {e.start})") from None
    items = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if text and not text.startswith("#"):
            items.append(_parse_exp_line(os_name, f"{path}:{number}", text))
    return items


def load_expectation_dir(directory):
    """{os: {probe_id: [Expectation, ...]}} for every <os>.exp in the directory,
    sorted by name: the files are the list of OSes, so a new one needs no code."""
    try:
        names = [n for n in os.listdir(directory) if n.endswith(".exp")]
    except OSError as e:
        raise InputError(directory, f"cannot list expectation files: {e.strerror}") from None
    names.sort()
    table = {}
    for name in names:
        by_id = {}
        for exp in load_expectations(os.path.join(directory, name)):
            by_id.setdefault(exp.id, []).append(exp)
        table[name[:-4]] = by_id
    return table


# What a documented column shows where its .exp file has no line: neither a
# document nor a reading of the source has settled the value there.
UNDOCUMENTED = "undocumented"


def documented_cell(lines):
    """What a documented column shows for one probe: (text, class) where class
    is "doc" (documented), "src" (predicted from the source, marked "src:"),
    "na" (the feature does not exist there: every line says n/a) or "none"
    (no line: UNDOCUMENTED). The doc: lines win; src: lines show only where
    no doc: line exists. Each variant carries its condition."""
    if not lines:
        return UNDOCUMENTED, "none"
    cls = "doc" if any(e.cls == "doc" for e in lines) else "src"
    chosen = sorted((e for e in lines if e.cls == cls), key=Expectation.release_range)
    parts = []
    for e in chosen:
        text = "|".join(e.values)
        if e.conds:
            text += f" ({e.cond_text()})"
        parts.append(text)
    text = "; ".join(parts)
    shown = text if cls == "doc" else f"src: {text}"
    if all(e.values == ["n/a"] for e in chosen):
        cls = "na"
    return shown, cls
