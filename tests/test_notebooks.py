"""The course notebooks: up to date with their sources, no committed outputs, and every one executes.

Student and instructor versions are executed from a fresh kernel, offline (the
kernel inherits this session's temporary HOME and empty NLTK data path), and the
whole sequence runs once more with another article in the parameters cell, as
an instructor running the course on new material would.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
sys.path.insert(0, str(ROOT / "tools"))

import build_notebooks  # noqa: E402

STUDENT = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
INSTRUCTOR = sorted((NOTEBOOKS / "instructor").glob("[0-9][0-9]-*.ipynb"))
OTHER_ARTICLE = "constructed-wire"
FORBIDDEN = ("!pip", "%pip", "input(", "nltk.download", "urlopen", "requests.get", "fetch_corpus(")


def test_there_is_a_numbered_course():
    names = [p.stem for p in STUDENT]
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(len(names))]
    assert len(names) >= 8
    assert [p.name for p in INSTRUCTOR] == [p.name for p in STUDENT]


def test_notebooks_are_built_from_their_sources():
    stale = build_notebooks.build(check=True)
    assert stale == [], "run: python tools/build_notebooks.py"


@pytest.mark.parametrize("path", [*STUDENT, *INSTRUCTOR], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_outputs_are_committed(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


@pytest.mark.parametrize("path", STUDENT, ids=lambda p: p.name)
def test_structure_of_each_notebook(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    for field in ("Goals", "Prerequisites", "Time", "Data"):
        assert field in first.source, f"the header card lacks {field}"
    parameters = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and "ARTICLE" in parameters[0].source
    text = "\n".join(c.source for c in nb.cells)
    assert "Your turn" in text
    assert "exercise" in {t for c in nb.cells for t in c.metadata.get("tags", [])}
    assert "glossary" in text.lower()
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for needle in FORBIDDEN:
        assert needle not in code, f"{path.name} uses {needle}"
    if path != STUDENT[-1]:
        assert STUDENT[STUDENT.index(path) + 1].name in text, "link to the next notebook"


def _execute(path: Path, *, article: str | None = None, timeout: int = 120) -> None:
    nb = nbformat.read(path, as_version=4)
    if article is not None:  # papermill-style: inject new parameters after the parameters cell
        index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
        nb.cells.insert(index + 1, nbformat.v4.new_code_cell(f"ARTICLE = {article!r}"))
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()


@pytest.mark.parametrize("path", STUDENT, ids=lambda p: p.name)
def test_student_version_executes(path):
    _execute(path)


@pytest.mark.parametrize("path", INSTRUCTOR, ids=lambda p: p.name)
def test_instructor_version_executes(path):
    _execute(path)


@pytest.mark.parametrize("path", INSTRUCTOR, ids=lambda p: p.name)
def test_course_runs_on_another_article(path):
    _execute(path, article=OTHER_ARTICLE)
