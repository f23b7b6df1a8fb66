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

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

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
    sections: list[str] = []
    paras = d.paragraphs
    has_headline = bool(paras) and _looks_like_headline(paras[0].text) and len(paras) > 1
    lead_para = 1 if has_headline else 0
    p = 0
    for s in d.sentences:
        while p + 1 < len(paras) and s.start >= paras[p + 1].start:
            p += 1
        if has_headline and p == 0:
            sections.append("headline")
        elif p == lead_para:
            sections.append("lead")
        else:
            sections.append("body")
    return tuple(sections)  # a tuple: cached on the Doc, and untracked by the garbage collector


def _looks_like_headline(paragraph: str) -> bool:
    return "\n" not in paragraph and not paragraph.rstrip().endswith((".", "!", "?", "”", '"', "…"))


#: The order of a span table's rows.
SORT_COLUMNS: tuple[str, ...] = ("doc_id", "start", "end", "label")


@lru_cache(maxsize=16)
def _empty_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    """A span table without rows: with no values to infer types from, the text columns get pandas'
    string dtype and the others theirs, as in a table with rows (a template, copied per use)."""
    return pd.DataFrame({c: pd.Series([], dtype=_DTYPES.get(c, "str")) for c in columns})


def frame_from_rows(rows: list[tuple], columns: Sequence[str]) -> pd.DataFrame:
    """A table from row tuples, built from column lists (rows transposed): the dtypes pandas gives
    row dicts, built faster. Without rows every column is object, as pandas gives an empty list."""
    data: Any = dict(zip(columns, map(list, zip(*rows)))) if rows else []
    return pd.DataFrame(data, columns=list(columns))


def hits_frame(
    rows: Iterable[Mapping[str, Any]] | Mapping[str, Sequence],
    *,
    extra_columns: Iterable[str] = (),
    attrs: Mapping[str, Any] | None = None,
    sort: bool = True,
) -> pd.DataFrame:
    """Build a span table with the standard columns (plus ``extra_columns``), sorted by doc and offset.

    ``rows`` is a list of row dicts or a dict of column lists (or arrays). ``sort=False`` says the
    rows are already in the table's order (by ``doc_id``, ``start``, ``end``, ``label``, ties in
    their given order), as the detectors arrange them: pandas' sort costs about a millisecond
    even for a handful of rows, which dominated a detector call on one short text.
    """
    columns = [*SPAN_COLUMNS, *extra_columns]
    if isinstance(rows, Mapping):
        data: Any = {c: rows.get(c, []) for c in columns}
        empty = not any(len(values) for values in data.values())
    else:
        data = list(rows)
        empty = not data
    frame = _empty_frame(tuple(columns)).copy() if empty else pd.DataFrame(data, columns=columns)
    for column, dtype in _DTYPES.items():
        if frame[column].dtype != dtype:
            frame[column] = frame[column].astype(dtype)
    for column in ("speaker", "detail", "section"):
        if frame[column].hasnans:
            frame[column] = frame[column].fillna("")
    if sort:
        frame = frame.sort_values(list(SORT_COLUMNS), kind="stable").reset_index(drop=True)
    frame.attrs["mediakit"] = dict(attrs or {})
    return frame
