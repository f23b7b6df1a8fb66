"""Small formatting helpers shared by docs generators, benchmarks and the CLI."""

from __future__ import annotations

import pandas as pd


def markdown_table(frame: pd.DataFrame, *, index: bool = True, floatfmt: str = "{:.3f}") -> str:
    """A GitHub-flavoured Markdown table of ``frame`` (no optional dependency needed)."""
    data = frame.reset_index() if index else frame
    header = [str(c) for c in data.columns]

    def cell(value: object) -> str:
        if isinstance(value, float):
            return "" if value != value else floatfmt.format(value)
        return str(value).replace("|", "\\|")

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in data.itertuples(index=False)]
    return "\n".join(lines)
