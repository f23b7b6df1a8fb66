"""Articles and corpora: loading files, wrapping tables, and the one input helper.

An article file is UTF-8 text with a small metadata header (front matter)::

    ---
    id: seed-2025-04-18
    title: US Reportedly Floats Plan ...
    outlet: unknown
    published: 2025-04-18
    kind: published
    ---
    The article text ...

The format is documented in ``data/README.md``. Loading never modifies a file:
files are opened read-only, a UTF-8 byte-order mark is skipped and CRLF line
ends are read as LF, in memory. Offsets reported by every analysis refer to
:attr:`Article.text` as loaded.

A *corpus frame* is a :class:`pandas.DataFrame` with one row per article and at
least the columns ``doc_id`` and ``text``; :func:`load_corpus` and
:func:`corpus_from_frame` build one, and every analysis accepts one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd

from .errors import (
    ArticleDecodeError,
    ArticleFormatError,
    ArticleNotFoundError,
    DuplicateIdError,
    EmptyArticleError,
    EmptyCorpusError,
    MediakitTypeError,
    MediakitValueError,
    NotTextError,
)

__all__ = [
    "ARTICLE_FIELDS",
    "Article",
    "article_files",
    "as_corpus",
    "corpus_from_frame",
    "display_names",
    "is_table",
    "load_article",
    "load_corpus",
    "load_example_corpus",
]

#: Metadata fields of an article, in the column order of a corpus frame.
ARTICLE_FIELDS: tuple[str, ...] = (
    "title",
    "outlet",
    "published",
    "url",
    "author",
    "language",
    "kind",
    "notes",
)

_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
_TABLE_SUFFIXES = {".csv", ".jsonl", ".json", ".parquet"}
_TEXT_SUFFIXES = {".txt", ".md"}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its metadata and text. Immutable.

    ``kind`` says where the text comes from: ``published`` (a real article),
    ``constructed`` (written for teaching; never a finding about a real outlet),
    or ``unknown``. Header keys beyond the standard fields are kept in ``extra``.
    """

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    published: dt.date | None = None
    url: str = ""
    author: str = ""
    language: str = "en"
    kind: str = "unknown"
    notes: str = ""
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    path: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise MediakitTypeError(
                f"Article {self.id!r}: text must be a str, got {type(self.text).__name__}"
            )
        if not isinstance(self.extra, MappingProxyType):
            object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))

    def to_dict(self) -> dict[str, Any]:
        """The article as one corpus-frame row (``doc_id``, metadata, extra keys, ``text``, ``path``)."""
        row: dict[str, Any] = {"doc_id": self.id}
        row.update({name: getattr(self, name) for name in ARTICLE_FIELDS})
        row.update(self.extra)
        row["text"] = self.text
        row["path"] = self.path
        return row

    def __repr__(self) -> str:  # a short repr: articles are long
        words = len(self.text.split())
        return f"Article(id={self.id!r}, outlet={self.outlet!r}, published={self.published}, words={words})"


# --------------------------------------------------------------------------- reading files


def _read_text(path: Path, encoding: str) -> str:
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise NotTextError(f"{path}: is a folder; pass it to load_corpus instead") from None
    if b"\x00" in data[:8192]:
        raise NotTextError(
            f"{path}: looks like a binary file (it contains NUL bytes), not a text article. "
            "Save the article as plain UTF-8 text (.txt)."
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleDecodeError(
            f"{path}: cannot be decoded as {encoding} "
            f"(byte {exc.start}: {data[exc.start : exc.start + 1]!r}). "
            "Save the file as UTF-8, or pass the right encoding, e.g. "
            f"load_article({str(path)!r}, encoding='cp1252')."
        ) from None
    except LookupError:
        raise MediakitValueError(f"unknown encoding {encoding!r} (reading {path})") from None
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_date(value: str, path: Path, line: int) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ArticleFormatError(
            path, line, f"'published' must be a date as YYYY-MM-DD, got {value!r}"
        ) from None


def _split_header(raw: str, path: Path) -> tuple[dict[str, tuple[str, int]], str]:
    """Return ({key: (value, line number)}, body). Files without a header have no keys."""
    lines = raw.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, raw
    if not any(line.strip() == "---" for line in lines[1:]):
        raise ArticleFormatError(
            path, 1, "the header opened with '---' is never closed by a second '---' line"
        )
    meta: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped == "---":
            body = "\n".join(lines[number:])
            return meta, body
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep:
            raise ArticleFormatError(path, number, f"expected 'key: value', got {line!r}")
        if not _KEY.match(key):
            raise ArticleFormatError(
                path, number, f"invalid key {key!r} (use lower-case letters, digits and _)"
            )
        if key in meta:
            raise ArticleFormatError(
                path, number, f"key {key!r} appears twice (first on line {meta[key][1]})"
            )
        meta[key] = (value.strip(), number)
    raise AssertionError("unreachable: the closing line was found above")


def load_article(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Load one article file (front-matter header + text) into an :class:`Article`.

    Files without a header are accepted: the id is the file name without its
    suffix and the metadata is empty. Raises a :class:`~mediakit.MediakitError`
    subclass, naming the file, for a missing path, a binary file, undecodable
    bytes, a malformed header (with its line number) or an empty text.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleNotFoundError(path)
    raw = _read_text(path, encoding)
    meta, body = _split_header(raw, path)
    text = body.strip()
    if not text:
        raise EmptyArticleError(f"{path}: the article has no text" + (" after its header" if meta else ""))
    values = {key: value for key, (value, _) in meta.items()}
    kwargs: dict[str, Any] = {}
    for name in ARTICLE_FIELDS:
        if name in values:
            kwargs[name] = values.pop(name)
    if "published" in kwargs:
        kwargs["published"] = _parse_date(kwargs["published"], path, meta["published"][1])
    doc_id = values.pop("id", "") or path.stem
    return Article(id=doc_id, text=text, extra=values, path=str(path), **kwargs)


def _check_unique(ids: Iterable[str], where: Iterable[str]) -> None:
    seen: dict[str, list[str]] = {}
    for doc_id, place in zip(ids, where):
        seen.setdefault(doc_id, []).append(place)
    dups = {doc_id: places for doc_id, places in seen.items() if len(places) > 1}
    if dups:
        raise DuplicateIdError(dups)


def _frame_from_articles(articles: list[Article]) -> pd.DataFrame:
    _check_unique((a.id for a in articles), (a.path or a.id for a in articles))
    frame = pd.DataFrame([a.to_dict() for a in articles])
    return _finish_frame(frame)


def _finish_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Order columns (doc_id, metadata, extras, text, path) and set dtypes."""
    for name in ARTICLE_FIELDS:
        if name not in frame.columns:
            frame[name] = None if name == "published" else ""
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    extras = [c for c in frame.columns if c not in {"doc_id", "text", "path", *ARTICLE_FIELDS}]
    if "path" not in frame.columns:
        frame["path"] = None
    ordered = ["doc_id", *ARTICLE_FIELDS, *extras, "text", "path"]
    frame = frame[ordered].reset_index(drop=True)
    frame["doc_id"] = frame["doc_id"].astype(str)
    frame.attrs["mediakit"] = {"corpus": True}
    return frame


def _read_table(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    if suffix in {".jsonl", ".json"}:
        return pd.read_json(path, lines=suffix == ".jsonl", dtype=False)
    return pd.read_parquet(path)


def _table_corpus(path: Path) -> pd.DataFrame:
    table = _read_table(path)
    id_col = "doc_id" if "doc_id" in table.columns else ("id" if "id" in table.columns else None)
    if "text" not in table.columns:
        raise MediakitValueError(
            f"{path}: no 'text' column (columns: {', '.join(map(str, table.columns))}). "
            "Rename the column holding the article text to 'text', or load the table yourself "
            "and call mediakit.corpus_from_frame(df, text=..., id=...)."
        )
    metadata = {name: name for name in ARTICLE_FIELDS if name in table.columns}
    corpus = corpus_from_frame(table, text="text", id=id_col, source=str(path), **metadata)
    extras = [c for c in table.columns if c not in {"text", id_col, *metadata}]
    for column in extras:
        corpus.insert(corpus.columns.get_loc("text"), column, table[column].to_numpy())
    return corpus


def article_files(folder: str | Path) -> list[Path]:
    """The article files of a folder (``*.txt`` and ``*.md`` except README.md), sorted by name."""
    folder = Path(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in _TEXT_SUFFIXES and p.is_file())
    files = [p for p in files if p.name.lower() != "readme.md"]
    if not files:
        raise EmptyCorpusError(
            f"{folder}: folder has no article files (*.txt or *.md). Put one article per file "
            "in it, or pass the files themselves."
        )
    return files


def is_table(path: str | Path) -> bool:
    """True for the table formats :func:`load_corpus` reads (.csv, .jsonl, .json, .parquet)."""
    return Path(path).suffix.lower() in _TABLE_SUFFIXES


def split_paths(paths: str | Path | Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """``(article files, table files)`` named by ``paths``: folders give their article files
    (:func:`article_files`), tables are recognised by :func:`is_table`, in the order given.

    Raises :class:`~mediakit.ArticleNotFoundError` for a path that does not exist.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    tables: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.exists():
            raise ArticleNotFoundError(path)
        if path.is_dir():
            files.extend(article_files(path))
        elif is_table(path):
            tables.append(path)
        else:
            files.append(path)
    return files, tables


def load_corpus(paths: str | Path | Iterable[str | Path], *, encoding: str = "utf-8") -> pd.DataFrame:
    """Load articles into a corpus frame: one row per article, in a stable order.

    ``paths`` is a file, a folder, or a list of them. A folder contributes its
    ``*.txt`` and ``*.md`` article files, sorted by name; a ``.csv``, ``.jsonl``
    or ``.parquet`` file is read as a table with a ``text`` column and an
    optional ``doc_id`` (or ``id``) column. Columns: ``doc_id``, the metadata
    fields, any extra header keys, ``text`` and ``path``.
    """
    files, tables = split_paths(paths)
    frames = [_table_corpus(path) for path in tables]
    if files:
        frames.insert(0, _frame_from_articles([load_article(p, encoding=encoding) for p in files]))
    if not frames:
        raise EmptyCorpusError("no paths given: pass a file, a folder, or a list of them")
    corpus = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    _check_unique(corpus["doc_id"], corpus["path"].fillna(corpus["doc_id"]).astype(str))
    return _finish_frame(corpus)


def corpus_from_frame(
    df: pd.DataFrame,
    *,
    text: str = "text",
    id: str | None = None,
    source: str = "the table",
    **metadata_columns: str,
) -> pd.DataFrame:
    """Wrap a table you already have (from CSV, JSONL, parquet, ...) as a corpus frame.

    ``text`` names the column holding the article text and ``id`` the column
    of unique article ids (by default rows are numbered ``doc0001``, ...).
    Keyword arguments map article fields to your column names, for example
    ``corpus_from_frame(df, text="body", id="url", outlet="source", published="date")``.
    The input frame is not modified.
    """
    if not isinstance(df, pd.DataFrame):
        raise MediakitTypeError.for_input(df, ["pandas.DataFrame"], name="df")
    unknown = set(metadata_columns) - set(ARTICLE_FIELDS)
    if unknown:
        raise MediakitValueError(
            f"unknown article field(s) {sorted(unknown)}; the fields are: {', '.join(ARTICLE_FIELDS)}"
        )
    needed = [text, *([id] if id else []), *metadata_columns.values()]
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise MediakitValueError(
            f"{source}: column(s) {missing} not found; available columns: {', '.join(map(str, df.columns))}"
        )
    ids = df[id].astype(str).tolist() if id else [f"doc{i + 1:04d}" for i in range(len(df))]
    texts = df[text].tolist()
    for doc_id, value in zip(ids, texts):
        if not isinstance(value, str):
            raise MediakitTypeError(
                f"{source}: row {doc_id!r} has a {type(value).__name__} in column {text!r}, not text"
            )
        if not value.strip():
            raise EmptyArticleError(f"{source}: row {doc_id!r} has no text in column {text!r}")
    if len(df) == 0:
        raise EmptyCorpusError(f"{source}: the table has no rows")
    _check_unique(ids, (f"{source} row {i + 1}" for i in range(len(ids))))
    frame = pd.DataFrame({"doc_id": ids})
    for name, column in metadata_columns.items():
        frame[name] = df[column].to_numpy()
    frame["text"] = [t.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff") for t in texts]
    frame["path"] = None
    return _finish_frame(frame)


def load_example_corpus() -> pd.DataFrame:
    """The bundled corpus: the seed article and the comparison texts (see ``data/README.md``).

    Works after a plain ``pip install``: the files ship inside the package.
    """
    with resources.as_file(bundled("articles")) as path:
        return load_corpus(path)


def bundled(name: str):
    """A bundled data folder (``articles``, ``coverage``): ``mediakit/<name>`` in an installed
    wheel, ``data/<name>`` in a source checkout (editable installs map it onto the checkout)."""
    installed = resources.files("mediakit") / name
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "data" / name


# --------------------------------------------------------------------------- labels for tables and plots

#: The marker every table, plot and report puts on texts written for teaching.
CONSTRUCTED_MARK = "[constructed]"


def display_names(corpus: pd.DataFrame) -> pd.Series:
    """A label per article for tables and plots, indexed by ``doc_id``.

    Articles with ``kind == "constructed"`` are always marked ``[constructed]``
    (with their ``register`` when the corpus has one), so a screenshot cannot pass
    a text written for teaching off as a finding about a real outlet.

    >>> import pandas as pd
    >>> display_names(pd.DataFrame({"doc_id": ["a", "b"], "kind": ["published", "constructed"],
    ...                             "register": ["", "wire service"]})).tolist()
    ['a', 'b [constructed: wire service]']
    """
    kinds = corpus["kind"] if "kind" in corpus.columns else pd.Series("", index=corpus.index)
    registers = corpus["register"] if "register" in corpus.columns else pd.Series("", index=corpus.index)
    labels = []
    for doc_id, kind, register in zip(corpus["doc_id"].tolist(), kinds.tolist(), registers.tolist()):
        if kind == "constructed":
            register = register if isinstance(register, str) else ""
            mark = f"[constructed: {register}]" if register else CONSTRUCTED_MARK
            labels.append(f"{doc_id} {mark}")
        else:
            labels.append(str(doc_id))
    return pd.Series(labels, index=corpus["doc_id"].tolist(), name="label")


# --------------------------------------------------------------------------- the one input helper


def as_corpus(x: object, *, name: str = "x") -> tuple[pd.DataFrame, bool]:
    """Normalise any accepted input to ``(corpus frame, single)``.

    ``x`` may be a ``str`` (doc_id ``"text"``), an :class:`Article`, or a corpus
    frame (a DataFrame with ``doc_id`` and ``text`` columns). ``single`` is True
    for the first two, so callers can return a one-document result.
    """
    if isinstance(x, str):
        frame = pd.DataFrame({"doc_id": ["text"], "text": [x]})
        return frame, True
    if isinstance(x, Article):
        return _finish_frame(pd.DataFrame([x.to_dict()])), True
    if isinstance(x, pd.DataFrame):
        missing = [c for c in ("doc_id", "text") if c not in x.columns]
        if missing:
            raise MediakitValueError(
                f"{name}: a corpus frame needs the columns 'doc_id' and 'text' (missing: {missing}). "
                "Build one with mediakit.corpus_from_frame(df, text=..., id=...)."
            )
        return x, False
    raise MediakitTypeError.for_input(x, ["str", "mediakit.Article", "corpus DataFrame"], name=name)
