"""Formatting shared by the evaluation scripts: numbers with intervals, and plain or Markdown tables."""

from __future__ import annotations

import math
from collections.abc import Sequence


def fmt(value: float | None, low: float = math.nan, high: float = math.nan) -> str:
    """``0.91 [0.85, 0.96]``; the value alone without an interval; ``n/a`` for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if math.isnan(low) or math.isnan(high):
        return f"{value:.2f}"
    return f"{value:.2f} [{low:.2f}, {high:.2f}]"


def render(rows: Sequence[dict[str, str]], *, markdown: bool, empty: str = "(no rows)") -> str:
    """A plain-text or Markdown table of the rows (their keys are the columns); ``empty`` if none."""
    if not rows:
        return empty
    columns = list(rows[0])
    cells = [[str(row[c]) for c in columns] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        lines += ["| " + " | ".join(line) + " |" for line in cells]
        return "\n".join(lines)
    widths = [max(len(c), *(len(line[k]) for line in cells)) for k, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(line, widths)) for line in cells]
    return "\n".join(lines)
