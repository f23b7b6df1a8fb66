"""The span table every detector returns: one row per hit, the same columns everywhere.

Columns (in this order):

========== ==============================================================
doc_id     the article the hit is in
start, end character offsets into the article text (``text[start:end]``)
text       the characters of the hit
label      what was found (``emotive``, ``hedge``, ``quote``, ...)
detail     sub-category or the rule that fired
sentence   index of the sentence (0-based) in the shared segmentation
section    ``headline``, ``lead`` or ``body`` (see docs/codebook.md)
in_quote   True when the hit lies inside a quotation (a quoted speaker's words)
speaker    who is quoted there, where known (else empty)
reason     why it fired, in one line a student understands
reference  the source that motivates the lexicon entry or rule
entry      id of the lexicon entry or rule (for auditing and ``Lexicon.restrict``)
========== ==============================================================

Detectors may add columns after these (for example ``counterparts`` for naming
hits or ``verb`` for sources). Provenance (lexicon versions and hashes, options)
goes in ``.attrs["mediakit"]``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .text import Doc

__all__ = ["LABELS", "SPAN_COLUMNS", "hits_frame", "section_of"]

#: The detector labels, in the order tables report them and plots colour them.
LABELS: tuple[str, ...] = (
    "emotive",
    "name_calling",
    "euphemism",
    "scare_quote",
    "naming",
    "hedge",
    "booster",
    "quote",
    "attribution",
)

SPAN_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "start",
    "end",
    "text",
    "label",
    "detail",
    "sentence",
    "section",
    "in_quote",
    "speaker",
    "reason",
    "reference",
    "entry",
)

_DTYPES = {"start": "int64", "end": "int64", "sentence": "int64", "in_quote": "bool"}


def section_of(doc: Doc, sentence: int) -> str:
    """The article section of a sentence: ``headline``, ``lead`` or ``body``.

    The headline is the first paragraph when it is a single sentence without
    final punctuation (how headlines are written); the lead is the first
    paragraph after the headline (or the first paragraph when there is no
    headline); everything else is body.
    """
    sections = sections_of(doc)
    return sections[sentence] if 0 <= sentence < len(sections) else "body"


def sections_of(doc: Doc) -> tuple[str, ...]:
    """The section of every sentence of ``doc`` (see :func:`section_of`), computed once per Doc."""
    return doc.cached("sections", _compute_sections)


def _compute_sections(d: Doc) -> tuple[str, ...]:
    # A module-level function, not a closure: sections_of runs once per hit of every detector.
    # Sentences are in text order, so each section is a run of them: the headline's are those that
    # start before the second paragraph, the lead's those before the paragraph after the lead.
    paras = d.paragraphs
    has_headline = bool(paras) and _looks_like_headline(paras[0].text) and len(paras) > 1
    starts = d.sentence_starts
    n_headline = bisect_left(starts, paras[1].start) if has_headline else 0
    after_lead = 2 if has_headline else 1
    n_lead = bisect_left(starts, paras[after_lead].start) if after_lead < len(paras) else len(starts)
    # a tuple: cached on the Doc, and untracked by the garbage collector
    return ("headline",) * n_headline + ("lead",) * (n_lead - n_headline) + ("body",) * (len(starts) - n_lead)


def _looks_like_headline(paragraph: str) -> bool:
    return "\n" not in paragraph and not paragraph.rstrip().endswith((".", "!", "?", "”", '"', "…"))


#: The order of a span table's rows.
SORT_COLUMNS: tuple[str, ...] = ("doc_id", "start", "end", "label")


@lru_cache(maxsize=16)
def _empty_frame(columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """A span table without rows, from ``(column, dtype)`` pairs: with no values to infer types
    from, the types are given, as in a table with rows (a template, copied per use)."""
    return pd.DataFrame({c: pd.Series([], dtype=dtype) for c, dtype in columns})


@lru_cache(maxsize=1)
def _inferred_str_dtype() -> tuple[Any, Any]:
    """The dtype pandas infers for a list of ``str`` (``str`` backed by pyarrow, as in pandas 3 with
    pyarrow installed; ``str`` backed by Python objects; or ``object``, as in pandas 2), and, when
    pyarrow backs it, the arrow type of the values (else None)."""
    inferred = pd.Series(["a"])
    if getattr(inferred.dtype, "storage", None) != "pyarrow":
        return inferred.dtype, None
    import pyarrow as pa

    return inferred.dtype, pa.array(inferred.array).type


def _column(values: Any, dtype: str) -> Any:
    """A list of one column's values as the array pandas would build from it, made without type
    inference, which costs pandas about 0.1 µs a value (a third of a detector's table-building).

    ``dtype`` is the column's type in the table: ``int64`` and ``bool`` columns become NumPy arrays;
    a text column whose first value is a ``str`` becomes pandas' string array built by pyarrow
    directly, when that is what pandas would infer. Anything else (arrays, other values) is left to
    pandas."""
    if not isinstance(values, list) or not values:
        return values
    first = type(values[0])
    if dtype == "int64" and first is int:
        return np.array(values, dtype=np.int64)
    if dtype == "bool" and first is bool:
        return np.array(values, dtype=bool)
    if dtype == "str" and first is str:
        inferred, arrow_type = _inferred_str_dtype()
        if arrow_type is not None:
            import pyarrow as pa

            try:
                return pd.arrays.ArrowStringArray(pa.array(values, type=arrow_type), dtype=inferred)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):  # not all text (or an older pandas)
                return values
    return values


def frame_from_rows(rows: list[tuple], columns: Sequence[str]) -> pd.DataFrame:
    """A table from row tuples, built from column lists (rows transposed): the dtypes pandas gives
    row dicts, built faster. Without rows every column is object, as pandas gives an empty list."""
    data: Any = dict(zip(columns, map(list, zip(*rows)))) if rows else []
    return pd.DataFrame(data, columns=list(columns))


def hits_frame(
    rows: Iterable[Mapping[str, Any]] | Mapping[str, Sequence],
    *,
    extra_columns: Iterable[str] = (),
    extra_dtypes: Mapping[str, str] | None = None,
    attrs: Mapping[str, Any] | None = None,
    sort: bool = True,
) -> pd.DataFrame:
    """Build a span table with the standard columns (plus ``extra_columns``), sorted by doc and offset.

    ``rows`` is a list of row dicts or a dict of column lists (or arrays). ``extra_dtypes`` gives
    the type of extra columns that do not hold text (``int64`` or ``bool``). ``sort=False`` says
    the rows are already in the table's order (by ``doc_id``, ``start``, ``end``, ``label``, ties
    in their given order), as the detectors arrange them: pandas' sort costs about a millisecond
    even for a handful of rows, which dominated a detector call on one short text.
    """
    columns = [*SPAN_COLUMNS, *extra_columns]
    dtypes = {**_DTYPES, **(extra_dtypes or {})}
    typed = tuple((c, dtypes.get(c, "str")) for c in columns)
    if isinstance(rows, Mapping):
        data: Any = {c: _column(rows.get(c, []), dtype) for c, dtype in typed}
        empty = not any(len(values) for values in data.values())
    else:
        data = list(rows)
        empty = not data
    frame = _empty_frame(typed).copy() if empty else pd.DataFrame(data, columns=columns)
    for column, dtype in typed:
        if dtype != "str" and frame[column].dtype != dtype:
            frame[column] = frame[column].astype(dtype)
    for column in ("speaker", "detail", "section"):
        if frame[column].hasnans:
            values = frame[column]
            if values.dtype.kind == "f":  # numbers and missing values in a user's rows: kept, as objects
                values = values.astype(object)
            frame[column] = values.fillna("")
    if sort:
        frame = frame.sort_values(list(SORT_COLUMNS), kind="stable").reset_index(drop=True)
    frame.attrs["mediakit"] = dict(attrs or {})
    return frame
