"""Project metadata stays consistent: environment.yml vs pyproject.toml, public API, licence files."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import mediakit as mk

ROOT = Path(__file__).resolve().parent.parent


def _name_and_spec(requirement: str) -> tuple[str, str]:
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(.*)", requirement)
    name, spec = m.group(1), m.group(2)
    return name.lower().replace("_", "-"), spec.replace(" ", "").replace("=", "==").replace(
        "====", "=="
    ).replace(">==", ">=").replace("<==", "<=")


def _environment_yml() -> tuple[dict[str, str], list[str], list[str]]:
    conda, pip, channels = {}, [], []
    section = None
    for raw in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not raw.startswith(" "):
            section = line.split(":", 1)[0]
            continue
        item = line.strip().removeprefix("- ").strip()
        if section == "channels":
            channels.append(item)
        elif section == "dependencies":
            if item == "pip:":
                section = "pip"
            else:
                name, spec = _name_and_spec(item)
                conda[name] = spec
        elif section == "pip":
            pip.append(item)
    return conda, pip, channels


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = dict(_name_and_spec(r) for r in project["dependencies"])
    for extra in ("notebooks", "web", "scale", "dev"):
        declared.update(_name_and_spec(r) for r in project["optional-dependencies"][extra])
    conda, pip, channels = _environment_yml()
    assert channels == ["conda-forge"]
    assert conda.pop("python") == "==3.11"
    assert conda.pop("pip") == ""
    assert conda == declared
    assert pip == ["-e .[notebooks,web,scale,dev]"]


def test_version_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert mk.__version__ == project["version"]


def test_public_api_is_listed_and_exists():
    assert len(mk.__all__) == len(set(mk.__all__))
    for name in mk.__all__:
        assert hasattr(mk, name), name
    errors = [getattr(mk, n) for n in mk.__all__ if n.endswith("Error")]
    assert all(issubclass(e, mk.MediakitError) for e in errors)
    assert issubclass(mk.MediakitTypeError, TypeError)


def test_licence_and_citation_files_exist():
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "cff-version" in (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "GPL-3.0-or-later" in readme


def test_every_bundled_article_is_in_the_data_readme():
    datasheet = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for article in (ROOT / "data" / "articles").glob("*.txt"):
        assert article.name in datasheet, f"{article.name} is not described in data/README.md"
