"""Test-suite set-up: prove that mediakit works offline.

For the whole session (before any test imports nltk or textstat):
* ``HOME`` points at an empty temporary folder, so nothing can be read from or
  written to a real user's home (no ~/nltk_data, no ~/.cache);
* ``nltk.data.path`` holds only an empty temporary folder, so any attempt to use
  downloaded NLTK data fails loudly instead of quietly using a developer's copy;
* sockets are blocked except to the loopback address (pytest-socket, configured
  in pyproject.toml), so a download attempt raises instead of succeeding.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_OFFLINE: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    base = Path(tempfile.mkdtemp(prefix="mediakit-tests-"))
    for name in ("home", "nltk_data", "mplconfig"):
        (base / name).mkdir()
    _OFFLINE.update(
        home=str(base / "home"),
        nltk_data=str(base / "nltk_data"),
        mplconfig=str(base / "mplconfig"),
    )
    os.environ["HOME"] = _OFFLINE["home"]
    os.environ["NLTK_DATA"] = _OFFLINE["nltk_data"]
    os.environ["MPLCONFIGDIR"] = _OFFLINE["mplconfig"]
    os.environ.setdefault("MPLBACKEND", "Agg")
    import nltk

    nltk.data.path[:] = [_OFFLINE["nltk_data"]]


@pytest.fixture(scope="session")
def offline_dirs() -> dict[str, str]:
    """The temporary HOME and NLTK data folder the session runs with."""
    return dict(_OFFLINE)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
