#!/usr/bin/env python3
"""import_reports.py [--reports DIR] [--local NAMES] ARTIFACTS...: bring the
reports that the GitHub Actions jobs uploaded into reports/.

An ARTIFACTS argument is a directory (what `gh run download` makes: one
directory per artifact, e.g. reports-freebsd-15/ holding freebsd-15.json,
.md, .junit.xml and .tap), an artifact's .zip as a browser downloads it, or
a directory of such zips. Each report is checked before anything is copied:
it loads as a udsprobe report, the run was complete, its target is the
name its files carry, its other three files are beside it, no two
artifacts bring the same target, and the target is not one of the local
targets (--local, the names `make matrix` produces: those come from a run
here, not from an upload). Then every file is written to a temporary name
in DIR, and only when all are written are they renamed into place.

One line per imported report; on any problem one line naming the file and
exit 2, with DIR as it was.
"""

import argparse
import os
import sys
import tempfile
import zipfile

import udsreport

EXTENSIONS = (".json", ".md", ".junit.xml", ".tap")


def _split(name):
    """("freebsd-15", ".junit.xml") for a report file's base name, else None."""
    for ext in EXTENSIONS:
        if name.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)], ext
    return None


class Upload:
    """The four files of one target's report, from a directory or a zip."""

    def __init__(self, where, target):
        self.where = where  # the directory or zip, for messages
        self.target = target
        self.files = {}  # extension -> bytes

    def check(self, local):
        json_name = f"{self.where}/{self.target}.json"
        missing = [ext for ext in EXTENSIONS if ext not in self.files]
        if missing:
            raise udsreport.InputError(json_name, f"no {self.target}{missing[0]} beside it")
        if self.target in local:
            raise udsreport.InputError(json_name, f"target {self.target} is made here by "
                                                  f"`make matrix`; an upload may not replace it")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, f"{self.target}.json")
            with open(path, "wb") as f:
                f.write(self.files[".json"])
            try:
                report = udsreport.load_report(path)
            except udsreport.InputError as e:
                raise udsreport.InputError(json_name, str(e).split(": ", 1)[-1]) from None
        if report.target != self.target:
            raise udsreport.InputError(json_name, f"its platform.target is {report.target!r}, "
                                                  f"not the {self.target!r} of its file name")
        if not report.complete:
            raise udsreport.InputError(json_name, "the run was interrupted (complete is false)")
        return report


def _add(uploads, where, name, read):
    split = _split(os.path.basename(name))
    if split is None:
        return
    target, ext = split
    key = (where, target)
    uploads.setdefault(key, Upload(where, target)).files[ext] = read()


def _from_zip(path, uploads):
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if not info.is_dir():
                    _add(uploads, path, info.filename, lambda i=info: z.read(i))
    except (zipfile.BadZipFile, OSError) as e:
        raise udsreport.InputError(path, f"not a readable zip: {e}") from None


def _from_dir(top, uploads):
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith(".zip"):
                _from_zip(path, uploads)
            else:
                _add(uploads, root, name, lambda p=path: _read(p))


def _read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise udsreport.InputError(path, e.strerror) from None


def find_uploads(args, local):
    """Every upload under the arguments with its checked report, by target;
    raises InputError."""
    uploads = {}
    for arg in args:
        if os.path.isdir(arg):
            _from_dir(arg, uploads)
        elif arg.endswith(".zip") and os.path.isfile(arg):
            _from_zip(arg, uploads)
        else:
            raise udsreport.InputError(arg, "not a directory or a .zip of reports")
    if not uploads:
        raise udsreport.InputError(" ".join(args), "no reports (<target>.json and its three "
                                                   "siblings) found")
    by_target = {}
    for upload in uploads.values():
        # a stray .md or .tap without its JSON is not a report
        if ".json" not in upload.files:
            continue
        report = upload.check(local)
        if upload.target in by_target:
            raise udsreport.InputError(f"{upload.where}/{upload.target}.json",
                                       f"target {upload.target} also comes from "
                                       f"{by_target[upload.target][0].where}")
        by_target[upload.target] = (upload, report)
    if not by_target:
        raise udsreport.InputError(" ".join(args), "no <target>.json found")
    return [by_target[t] for t in sorted(by_target)]


def install(uploads, reports_dir):
    """Write every file to a temporary name in reports_dir, then rename all."""
    try:
        os.makedirs(reports_dir, exist_ok=True)
    except OSError as e:
        raise udsreport.InputError(reports_dir, f"cannot create it: {e.strerror}") from None
    umask = os.umask(0)
    os.umask(umask)
    temps = []
    try:
        for upload in uploads:
            for ext in EXTENSIONS:
                fd, tmp = tempfile.mkstemp(prefix=f".{upload.target}{ext}.", suffix=".tmp",
                                           dir=reports_dir)
                temps.append((tmp, os.path.join(reports_dir, upload.target + ext)))
                with os.fdopen(fd, "wb") as f:
                    f.write(upload.files[ext])
                os.chmod(tmp, 0o666 & ~umask)
        for tmp, final in temps:
            os.replace(tmp, final)
    except OSError as e:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise udsreport.InputError(reports_dir, f"cannot write the reports: {e.strerror}") from None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", default="reports", help="where the reports go (default reports)")
    ap.add_argument("--local", default="", help="targets made here, which an upload may not replace")
    ap.add_argument("artifacts", nargs="+", help="artifact directories or zips")
    opts = ap.parse_args(argv)
    try:
        found = find_uploads(opts.artifacts, set(opts.local.split()))
        install([upload for upload, _ in found], opts.reports)
    except udsreport.InputError as e:
        print(f"import_reports.py: {e}", file=sys.stderr)
        return 2
    for upload, report in found:
        print(f"imported {upload.target}: {report.one_line()} "
              f"({len(report.probes)} probes, from {upload.where})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
