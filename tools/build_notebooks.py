"""Build the course notebooks from their single source.

The source of every notebook is a jupytext percent file, ``notebooks/src/NN-topic.py``.
Cells tagged ``solution`` hold the answers. This script writes two versions:

* ``notebooks/NN-topic.ipynb``: the student version. Each ``solution`` code cell
  becomes an empty exercise cell (tag ``exercise``) and each ``solution`` Markdown
  cell a prompt to write an answer;
* ``notebooks/instructor/NN-topic.ipynb``: the instructor version, with the
  solutions.

Both are written without outputs. Run ``python tools/build_notebooks.py`` after
editing a source; ``tests/test_notebooks.py`` fails when the notebooks are not
up to date with their sources, when outputs are committed, or when a notebook
does not execute.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "notebooks" / "src"
STUDENT = ROOT / "notebooks"
INSTRUCTOR = ROOT / "notebooks" / "instructor"
KERNEL = {"display_name": "Python 3", "language": "python", "name": "python3"}
EMPTY_CODE = "# Your answer here\n"
EMPTY_MARKDOWN = "*Write your answer here.*"


def _clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"}}
    for i, cell in enumerate(nb.cells):
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell["id"] = f"cell-{i}"  # deterministic ids, so the build is reproducible
    nbformat.validate(nb)
    return nb


def versions(source: Path) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """The (student, instructor) notebooks built from one source file."""
    instructor = _clean(jupytext.read(source))
    student = copy.deepcopy(instructor)
    for cell in student.cells:
        tags = cell.metadata.get("tags", [])
        if "solution" in tags:
            cell.source = EMPTY_CODE if cell.cell_type == "code" else EMPTY_MARKDOWN
            cell.metadata["tags"] = [t if t != "solution" else "exercise" for t in tags]
    return student, instructor


def _dump(nb: nbformat.NotebookNode) -> str:
    return nbformat.writes(nb, version=4) + "\n"


def build(*, check: bool = False) -> list[str]:
    """Write (or with ``check``, compare) every notebook; return the files that differ."""
    stale: list[str] = []
    INSTRUCTOR.mkdir(parents=True, exist_ok=True)
    for source in sorted(SOURCE.glob("[0-9][0-9]-*.py")):
        student, instructor = versions(source)
        name = source.with_suffix(".ipynb").name
        for folder, nb in ((STUDENT, student), (INSTRUCTOR, instructor)):
            target = folder / name
            text = _dump(nb)
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(ROOT)))
                if not check:
                    target.write_text(text, encoding="utf-8")
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report notebooks that are out of date")
    args = parser.parse_args(argv)
    stale = build(check=args.check)
    for name in stale:
        print(("out of date: " if args.check else "wrote ") + name)
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
