"""The per-pair difference counts as plain text, for compat.py's stdout."""


def pair_matrix_text(table):
    """A matrix of the counts with a title line, printed after the tables are written."""
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
    """One "A vs B: N of M rows differ" line per pair (--pairs)."""
    n = len(table.targets)
    return "".join(f"{table.targets[i]} vs {table.targets[j]}: {table.pairs[i][j]} of {len(table.rows)} rows differ\n"
                   for i in range(n) for j in range(i + 1, n))
