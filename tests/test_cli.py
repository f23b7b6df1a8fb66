"""The command line: output, exit codes and error messages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mediakit.cli import main


def test_corpus_lists_bundled_articles(capsys):
    assert main(["corpus"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["id", "outlet", "date", "kind", "words", "sentences"]
    seed = next(line for line in out if line.startswith("seed"))
    assert seed.split() == ["seed", "unknown", "2025-04-18", "published", "394", "17"]


def test_input_problem_exits_1_naming_the_file(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: no such file or folder" in capsys.readouterr().err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_python_dash_m_entry_point():
    out = subprocess.run([sys.executable, "-m", "mediakit", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "examples:" in out.stdout
