"""Scale-out: :func:`mediakit.analyze` over millions of articles with Dask.

Every number in the :func:`~mediakit.analyze` table is computed from one article
alone, so a corpus can be cut into partitions, each partition analysed on its
own, and the pieces stacked: the result is the same row for row, however the
corpus is partitioned. This module provides the per-partition function and the
Dask wiring:

* :func:`analyze_partition` is plain pandas. It takes a slice of a corpus frame
  (``doc_id``, ``text`` and any metadata) and returns the ``analyze`` table for
  those rows with a fixed set of columns and dtypes, :data:`SCHEMA`, whatever
  the data (an empty partition included), as Dask's ``meta`` requires.
* :func:`analyze_dask` maps it over a Dask DataFrame, lazily;
  ``mediakit.analyze(ddf)`` does the same.
* :func:`read_articles_dask` reads a folder of article files into a Dask
  DataFrame, one partition per ``files_per_partition`` files.

Dask is an optional dependency (``pip install "mediakit[scale]"``). It is
imported only inside the functions that need it, so ``import mediakit`` (and
``import mediakit.scale``) never imports it. See ``docs/scaling.md``.

Keyness (:func:`mediakit.keyness`) compares term counts across the whole
corpus, so it is not a per-partition computation and has no Dask version here.
"""

from __future__ import annotations

import copy
import csv
import warnings
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from glob import glob
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .compare import LABELS, READABILITY_COLUMNS, SOURCE_KINDS, VERB_TYPES, variant_id
from .compare import analyze as _analyze
from .corpus import ARTICLE_FIELDS, _check_unique, load_corpus
from .errors import EmptyCorpusError, MediakitTypeError, MediakitValueError

if TYPE_CHECKING:  # Dask is optional and never imported at run time here
    import dask.dataframe as dd

__all__ = [
    "METADATA_COLUMNS",
    "NAMING_VARIANTS",
    "SCHEMA",
    "analyze_dask",
    "analyze_partition",
    "empty_result",
    "read_articles_dask",
]

_INSTALL_HINT = 'pip install "mediakit[scale]"'

# --------------------------------------------------------------------------- the fixed schema


def _naming_variants() -> tuple[str, ...]:
    """Variant ids of every naming entry in the bundled ``loaded`` lexicon, sorted.

    Read with the csv module rather than :class:`~mediakit.Lexicon` so that
    importing this module stays cheap; ``tests/test_scale.py`` checks the two agree.
    """
    source = resources.files("mediakit.lexicons") / "loaded.csv"
    rows = csv.DictReader(source.read_text(encoding="utf-8").splitlines())
    return tuple(sorted(variant_id(row["id"]) for row in rows if row["label"] == "naming"))


#: Naming variants of the bundled lexicon (``kiev``, ...): one ``naming_share_<variant>`` column each.
NAMING_VARIANTS: tuple[str, ...] = _naming_variants()


def _string_dtype() -> Any:
    """pandas' ``str`` dtype (missing = NaN) stored as Python objects: the same with or without pyarrow.

    On pandas < 2.3, which has no ``na_value`` option, plain ``object``.
    """
    try:
        return pd.StringDtype("python", na_value=np.nan)
    except TypeError:  # pragma: no cover - pandas < 2.3
        return np.dtype(object)


_STRING = _string_dtype()
_INT = np.dtype("int64")
_FLOAT = np.dtype("float64")
_DATETIME = np.dtype("datetime64[ns]")

#: Metadata columns of the result, in order (``register`` is ``""`` when the input has none).
METADATA_COLUMNS: tuple[str, ...] = ("doc_id", "label", *ARTICLE_FIELDS, "register")


def _schema() -> dict[str, Any]:
    columns: dict[str, Any] = {
        name: (_DATETIME if name == "published" else _STRING) for name in METADATA_COLUMNS
    }
    columns |= dict.fromkeys(("words", "sentences", "words_author", "words_quoted"), _INT)
    columns["quoted_share"] = _FLOAT
    columns |= dict.fromkeys(READABILITY_COLUMNS, _FLOAT)
    for label in LABELS:
        columns[f"{label}_n"] = _INT
        for suffix in ("rate", "rate_low", "rate_high", "rate_author", "rate_quoted"):
            columns[f"{label}_{suffix}"] = _FLOAT
    columns |= {f"{label}_sentence_share": _FLOAT for label in LABELS}
    columns |= {f"sources_{kind}": _INT for kind in SOURCE_KINDS}
    columns["speakers"] = _INT
    columns |= {f"verbs_{verb_type}": _INT for verb_type in VERB_TYPES}
    columns |= {f"naming_share_{variant}": _FLOAT for variant in NAMING_VARIANTS}
    return columns


#: Column name -> dtype of every table :func:`analyze_partition` returns, in column order.
#: Strings are ``pd.StringDtype("python", na_value=np.nan)`` (pandas' ``str`` dtype stored as
#: Python objects; never missing: ``""`` when absent), counts ``int64``, rates, shares and
#: scores ``float64`` (NaN when undefined), ``published`` ``datetime64[ns]``. The same with and
#: without pyarrow. Every column is described in ``docs/codebook.md``.
SCHEMA: Mapping[str, Any] = MappingProxyType(_schema())


def empty_result(*, index: pd.Index | None = None) -> pd.DataFrame:
    """An empty table with exactly the columns and dtypes of :data:`SCHEMA` (Dask's ``meta``).

    Parameters
    ----------
    index : pandas.Index, optional
        An empty index to use (so its dtype matches the input's); by default an
        empty ``RangeIndex``.

    Returns
    -------
    DataFrame
        No rows; the columns of :data:`SCHEMA` with their dtypes.
    """
    if index is None:
        index = pd.RangeIndex(0)
    elif len(index):
        raise MediakitValueError(f"empty_result: index must be empty, got {len(index)} labels")
    return pd.DataFrame({name: pd.Series(dtype=dtype, index=index) for name, dtype in SCHEMA.items()})


# --------------------------------------------------------------------------- one partition


def _missing(value: object) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _strings(values: Iterable[object]) -> list[str]:
    return ["" if _missing(v) else v if isinstance(v, str) else str(v) for v in values]


def _published(column: pd.Series) -> pd.Series:
    """Dates as naive ``datetime64[ns]``; time-zone-aware values are converted to UTC first."""
    parsed = pd.to_datetime(column, errors="coerce", utc=True)
    return pd.Series(parsed.dt.tz_localize(None).to_numpy(dtype=_DATETIME), dtype=_DATETIME)


def _require_text_columns(columns: Any, what: str, fix: str) -> None:
    """Raise :class:`MediakitValueError` naming ``what`` and ``fix`` if ``doc_id`` or ``text`` is missing."""
    missing = [c for c in ("doc_id", "text") if c not in columns]
    if missing:
        raise MediakitValueError(
            f"{what} needs the columns 'doc_id' and 'text' (missing: {missing}; "
            f"columns: {', '.join(map(str, columns))}). {fix}"
        )


def _clean_partition(frame: pd.DataFrame) -> pd.DataFrame:
    """The partition as a corpus frame ``analyze`` accepts: checked ids and texts, every metadata column."""
    _require_text_columns(
        frame.columns,
        "analyze_partition: the partition",
        "Rename your columns before analysing, e.g. ddf.rename(columns={'body': 'text', 'url': 'doc_id'}).",
    )
    raw_ids = frame["doc_id"].tolist()
    for row, value in enumerate(raw_ids):
        if _missing(value):
            raise MediakitValueError(f"analyze_partition: row {row + 1} of the partition has no doc_id")
    ids = _strings(raw_ids)
    texts = frame["text"].tolist()
    for doc_id, text in zip(ids, texts):
        if not isinstance(text, str):
            what = "no text (a missing value)" if _missing(text) else f"a {type(text).__name__}"
            raise MediakitTypeError(
                f"analyze_partition: article {doc_id!r} has {what} in column 'text', not a str. "
                "Drop such rows first, e.g. ddf = ddf.dropna(subset=['text'])."
            )
    _check_unique(ids, (f"partition row {i + 1}" for i in range(len(ids))))
    clean = pd.DataFrame({"doc_id": pd.Series(ids, dtype=_STRING)})
    for name in (*ARTICLE_FIELDS, "register"):
        if name == "published":
            clean[name] = (
                _published(frame[name].reset_index(drop=True))
                if name in frame.columns
                else pd.Series(pd.NaT, index=clean.index, dtype=_DATETIME)
            )
        else:
            values = _strings(frame[name].tolist()) if name in frame.columns else [""] * len(clean)
            clean[name] = pd.Series(values, dtype=_STRING)
    clean["text"] = pd.Series(texts, dtype=_STRING)
    return clean


@cache
def _provenance(level: float) -> dict[str, Any]:
    """What ``analyze`` records in ``.attrs["mediakit"]``, for a partition without rows.

    Taken from ``analyze`` itself on a one-line text (then emptied of per-text
    entries), so that it has exactly the structure ``analyze`` gives.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = _analyze(pd.DataFrame({"doc_id": ["x"], "text": ["Provenance."]}), level=level)
    provenance = dict(table.attrs.get("mediakit", {}))
    if "text_sha256" in provenance:
        provenance["text_sha256"] = {}
    return provenance


def analyze_partition(frame: pd.DataFrame, *, level: float = 0.95, chunk_size: int = 250) -> pd.DataFrame:
    """The :func:`mediakit.analyze` table for one partition of a corpus, with a fixed schema.

    Plain pandas: this is the function Dask maps over the partitions (see
    :func:`analyze_dask`), and it can be used on its own with any chunking
    (``for chunk in pd.read_parquet(...)``, multiprocessing, a job array).

    Parameters
    ----------
    frame : pandas.DataFrame
        A corpus frame or a slice of one: at least ``doc_id`` and ``text``
        (a ``str`` per row); the metadata columns ``title``, ``outlet``,
        ``published``, ``url``, ``author``, ``language``, ``kind``, ``notes``
        and ``register`` are used when present. Any string dtype (``object``,
        ``str``, ``string[pyarrow]``) is accepted. ``doc_id`` must be unique
        within the partition (and should be across the corpus).
    level : float
        Confidence level of the rate intervals, as in :func:`mediakit.analyze`.
    chunk_size : int
        Rows analysed together. A bigger partition is analysed ``chunk_size``
        rows at a time, which bounds the memory used (about 0.35 MB per
        600-word article in a chunk) and keeps each chunk within the cache of
        parsed texts (512 texts), so that every text is parsed once. The
        results do not depend on it.

    Returns
    -------
    DataFrame
        One row per input row, in the input order and with the input index;
        exactly the columns and dtypes of :data:`SCHEMA`. The values are those
        of ``mediakit.analyze(frame)``, except that absent or missing metadata
        is ``""`` (``published``: ``NaT``; time-zone-aware dates are converted
        to UTC), ids are ``str``, columns beyond the metadata fields are
        dropped (join them back on ``doc_id``), and there is a
        ``naming_share_<variant>`` column for every naming variant of the
        bundled lexicon (NaN when the article uses neither variant of its
        pair). ``.attrs["mediakit"]`` holds the provenance ``analyze`` records
        for the partition (versions, lexicon hashes, each text's SHA-256).

    Raises
    ------
    MediakitValueError
        If ``doc_id`` or ``text`` is missing, or a row has no ``doc_id``.
    MediakitTypeError
        If a text is not a ``str`` (for example a missing value).
    DuplicateIdError
        If two rows of the partition share a ``doc_id``.

    Warns
    -----
    ShortTextWarning
        As :func:`mediakit.readability` does, for short texts in the partition.

    Examples
    --------
    >>> import warnings
    >>> import pandas as pd
    >>> part = pd.DataFrame({"doc_id": ["a"], "text": ["Officials in Kiev said the talks were useful."]})
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # a short text: ShortTextWarning
    ...     table = analyze_partition(part)
    >>> table[["doc_id", "words", "naming_n", "naming_share_kiev", "naming_share_kyiv"]]
      doc_id  words  naming_n  naming_share_kiev  naming_share_kyiv
    0      a      8         1                1.0                0.0
    >>> list(table.columns) == list(SCHEMA)
    True
    """
    if not isinstance(frame, pd.DataFrame):
        raise MediakitTypeError.for_input(frame, ["pandas.DataFrame (one partition)"], name="frame")
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise MediakitValueError(f"chunk_size must be a positive int, got {chunk_size!r}")
    clean = _clean_partition(frame)
    if clean.empty:
        out = empty_result(index=frame.index)
        out.attrs["mediakit"] = copy.deepcopy(_provenance(level))
        return out
    tables: list[pd.DataFrame] = []
    hashes: dict[str, str] = {}
    provenance: dict[str, Any] = {}
    for start in range(0, len(clean), chunk_size):
        table = _analyze(clean.iloc[start : start + chunk_size].reset_index(drop=True), level=level)
        provenance = provenance or dict(table.attrs.get("mediakit", {}))
        hashes.update(table.attrs.get("mediakit", {}).get("text_sha256", {}))
        tables.append(table.reindex(columns=list(SCHEMA)))
    out = (tables[0] if len(tables) == 1 else pd.concat(tables, ignore_index=True)).astype(dict(SCHEMA))
    out.index = frame.index
    if "text_sha256" in provenance:
        provenance["text_sha256"] = hashes
    out.attrs = {"mediakit": provenance}
    return out


# --------------------------------------------------------------------------- Dask


def _import_dask_dataframe() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError:
        from .errors import MissingExtraError

        raise MissingExtraError(
            "mediakit's scale-out functions need Dask. Install the scale extra: "
            f"{_INSTALL_HINT} (Dask with its DataFrame and distributed parts, and pyarrow)."
        ) from None
    return dd


def analyze_dask(ddf: dd.DataFrame, *, level: float = 0.95, chunk_size: int = 250) -> dd.DataFrame:
    """:func:`mediakit.analyze` on a Dask DataFrame: one output row per article, lazily.

    ``mediakit.analyze(ddf)`` calls this for a Dask DataFrame.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        A corpus: columns ``doc_id`` and ``text`` and, optionally, the metadata
        columns (see :func:`analyze_partition`). Build one with
        ``dd.read_parquet``, ``dd.from_pandas(corpus, npartitions=...)`` or
        :func:`read_articles_dask`.
    level : float
        Confidence level of the rate intervals.
    chunk_size : int
        Rows analysed together inside a partition (see :func:`analyze_partition`).

    Returns
    -------
    dask.dataframe.DataFrame
        ``ddf.map_partitions(analyze_partition, ...)`` with ``meta`` from
        :data:`SCHEMA`: nothing is computed until you call ``.compute()``,
        ``.to_parquet(...)`` or similar. Partitions, index and divisions are
        those of ``ddf``.

    Raises
    ------
    MissingExtraError
        If Dask is not installed.
    MediakitTypeError
        If ``ddf`` is not a Dask DataFrame.
    MediakitValueError
        If ``ddf`` has no ``doc_id`` or no ``text`` column.
    """
    dask_dataframe = _import_dask_dataframe()
    if not isinstance(ddf, dask_dataframe.DataFrame):
        raise MediakitTypeError(
            "analyze_dask needs a dask.dataframe.DataFrame, "
            f"got {type(ddf).__module__}.{type(ddf).__name__}. "
            "For a pandas corpus frame use mediakit.analyze, or wrap it with "
            "dask.dataframe.from_pandas(corpus, npartitions=...)."
        )
    _require_text_columns(
        ddf.columns,
        "analyze: the Dask DataFrame",
        "Rename first, e.g. ddf.rename(columns={'body': 'text', 'url': 'doc_id'}), "
        "or use ddf.reset_index() if doc_id is the index.",
    )
    index = ddf._meta.index[:0]  # the input's (empty) index, so meta's index dtype matches
    return ddf.map_partitions(
        analyze_partition, level=level, chunk_size=chunk_size, meta=empty_result(index=index)
    )


def _article_files(paths: str | Path | Iterable[str | Path]) -> list[str]:
    if isinstance(paths, (str, Path)):
        path = Path(paths)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in {".txt", ".md"} and p.is_file())
            return [str(p) for p in files if p.name.lower() != "readme.md"]
        if path.exists():
            return [str(path)]
        return sorted(glob(str(paths), recursive=True))
    return [str(p) for p in paths]


def _load_chunk(paths: Sequence[str], *, encoding: str, extra_keys: tuple[str, ...]) -> pd.DataFrame:
    """One partition of :func:`read_articles_dask`: the files as a corpus frame with fixed columns."""
    corpus = load_corpus(list(paths), encoding=encoding)
    out = pd.DataFrame({"doc_id": pd.Series(corpus["doc_id"].tolist(), dtype=_STRING)})
    for name in (*ARTICLE_FIELDS, *extra_keys):
        if name == "published":
            out[name] = _published(corpus[name])
        else:
            values = _strings(corpus[name].tolist()) if name in corpus.columns else [""] * len(out)
            out[name] = pd.Series(values, dtype=_STRING)
    out["text"] = pd.Series(corpus["text"].tolist(), dtype=_STRING)
    out["path"] = pd.Series(_strings(corpus["path"].tolist()), dtype=_STRING)
    return out


def _corpus_meta(extra_keys: tuple[str, ...]) -> pd.DataFrame:
    names = ("doc_id", *ARTICLE_FIELDS, *extra_keys, "text", "path")
    return pd.DataFrame(
        {name: pd.Series(dtype=_DATETIME if name == "published" else _STRING) for name in names}
    )


def read_articles_dask(
    paths: str | Path | Iterable[str | Path],
    *,
    files_per_partition: int = 1000,
    extra_keys: Sequence[str] = ("register",),
    encoding: str = "utf-8",
) -> dd.DataFrame:
    """A folder (or glob, or list) of article files as a lazy Dask corpus frame.

    Each partition reads ``files_per_partition`` files with
    :func:`mediakit.load_corpus` when it is computed, so the corpus never has to
    fit in one process. For tables (CSV, parquet) with a ``text`` column use
    Dask's own readers instead (``dd.read_parquet``, ``dd.read_csv``); see
    ``docs/scaling.md``.

    Parameters
    ----------
    paths : str, Path or iterable of them
        A folder (its ``*.txt`` and ``*.md`` files except ``README.md``, sorted
        by name), a glob pattern (``"corpus/**/*.txt"``), one file, or a list of
        files.
    files_per_partition : int
        Files per partition. About 1,000 news articles (a few MB of text) keep
        a partition small enough for a worker's memory; see ``docs/scaling.md``.
    extra_keys : sequence of str
        Header keys beyond the standard fields to keep as columns (``""`` where
        a file lacks them). Other extra keys are dropped so that every partition
        has the same columns.
    encoding : str
        Encoding of the files.

    Returns
    -------
    dask.dataframe.DataFrame
        Columns ``doc_id``, the metadata fields, ``extra_keys``, ``text`` and
        ``path``; ``published`` is ``datetime64[ns]``. Pass it to
        ``mediakit.analyze``. Ids are checked for duplicates within a partition
        only; files in one folder have distinct names, but ``id:`` headers can
        collide (check with ``ddf.doc_id.value_counts()``).

    Raises
    ------
    MissingExtraError
        If Dask is not installed.
    EmptyCorpusError
        If no file matches.
    MediakitValueError
        If ``files_per_partition`` is not a positive integer.
    """
    dask_dataframe = _import_dask_dataframe()
    if not isinstance(files_per_partition, int) or files_per_partition < 1:
        raise MediakitValueError(f"files_per_partition must be a positive int, got {files_per_partition!r}")
    keys = tuple(k for k in extra_keys if k not in {"doc_id", "text", "path", *ARTICLE_FIELDS})
    files = _article_files(paths)
    if not files:
        raise EmptyCorpusError(f"{paths}: no article files found (a folder of *.txt/*.md, a glob, or a list)")
    chunks = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    return dask_dataframe.from_map(
        _load_chunk,
        chunks,
        encoding=encoding,
        extra_keys=keys,
        meta=_corpus_meta(keys),
        label="mediakit-read-articles",
        enforce_metadata=False,
    )
