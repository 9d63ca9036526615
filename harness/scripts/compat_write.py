"""Writing the tables so that a failure leaves the output directory as it was."""

import os
import tempfile

import udsreport


def check_out_dir(out_dir, names):
    """Create out_dir if needed; fail early if a directory sits where a file goes."""
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise udsreport.InputError(out_dir, f"cannot create the output directory: {e.strerror}") from None
    for name in names:
        if os.path.isdir(os.path.join(out_dir, name)):
            raise udsreport.InputError(out_dir, f"cannot write {name}: a directory is in the way")


def current_umask():
    umask = os.umask(0)
    os.umask(umask)
    return umask


def write_all(out_dir, outputs):
    """Write {name: text} into out_dir: every file goes to a temporary file
    first, and the renames happen only when all were written."""
    check_out_dir(out_dir, outputs)
    umask = current_umask()
    temps = {}
    try:
        for name, text in outputs.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            temps[name] = tmp
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            # mkstemp makes 0600; give the tables the mode any new file would get
            os.chmod(tmp, 0o666 & ~umask)
        for name, tmp in temps.items():
            os.replace(tmp, os.path.join(out_dir, name))
    except OSError as e:
        for tmp in temps.values():
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise udsreport.InputError(out_dir, f"cannot write the tables: {e.strerror}") from None
