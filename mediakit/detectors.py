"""Detectors for loaded language and hedging, and rates per 1,000 words.

Both detectors run the lexicon matcher (:mod:`mediakit.lexicon`) over the shared
tokenization (:func:`mediakit.parse`) and return the span table described in
:mod:`mediakit.spans`: one row per hit, with the characters it covers, its label,
the sentence and article section it is in, whether it lies inside a quotation and
who is quoted there, a one-line reason and the reference behind the entry.

References for the categories: Da San Martino et al. (2019) for loaded language
and name-calling; Recasens et al. (2013) for framing and epistemological bias;
Hyland (1998, 2005) for hedges and boosters; Prokofieva & Hirschberg (2014) for
the disambiguation rules; Farkas et al. (2010) for vague attribution; Bell (1991)
for reporting verbs. The lexicons themselves are data: ``mediakit/lexicons/``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import compress
from typing import Any

import numpy as np
import pandas as pd

from . import sources as _sources
from .corpus import as_corpus, display_names
from .lexicon import Lexicon
from .spans import SPAN_COLUMNS, frame_from_rows, hits_frame, sections_of
from .text import Doc, Quote, parse

__all__ = ["detect_hedges", "detect_loaded", "summarize", "voice_counts"]

_LOADED_EXTRA = ("used_by", "counterparts")
_HEDGE_EXTRA = ("used_by",)
# A quotation of at most this many words that is neither speech nor a mention is a scare quote.
SCARE_QUOTE_MAX_WORDS = _sources.SCARE_MAX_WORDS


def detect_loaded(x: Any, *, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Find loaded language: emotive words, name-calling, euphemism, scare-marking and contested naming.

    Parameters
    ----------
    x : str, Article or corpus DataFrame
        The text(s) to analyse.
    lexicon : Lexicon, optional
        Defaults to the bundled ``Lexicon.load("loaded")``; pass an extended or
        restricted one to change what is found.

    Returns
    -------
    pandas.DataFrame
        The span table (see :mod:`mediakit.spans`) plus ``used_by`` (who uses the
        wording) and ``counterparts`` (for ``naming`` hits: the other variants of
        the pair). Labels: ``emotive``, ``name_calling``, ``euphemism``,
        ``scare_quote``, ``naming``. Naming hits are descriptive: they record a
        choice between variants, not a bias.
    """
    return _detect(x, lexicon or Lexicon.load("loaded"), _LOADED_EXTRA)


def detect_hedges(x: Any, *, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Find hedges (label ``hedge``) and boosters (label ``booster``).

    ``detail`` says which kind of hedge: ``modal`` (may, might, could),
    ``adverb`` (likely, perhaps), ``approximator`` (about 40), ``evidential``
    (reportedly, is believed to, appears to), ``vague_attribution`` (sources
    say, one official) or ``distancing_verb`` (claimed, insisted). More hedges
    mean the text commits less to its claims; more boosters, more.

    Parameters and return value as :func:`detect_loaded` (without ``counterparts``);
    the default lexicon is ``Lexicon.load("hedges")``.
    """
    return _detect(x, lexicon or Lexicon.load("hedges"), _HEDGE_EXTRA)


def _detect(x: Any, lexicon: Lexicon, extra: tuple[str, ...]) -> pd.DataFrame:
    corpus, _ = as_corpus(x)
    fields = ("label", "detail", "reason", "reference", "id", *extra)
    scare = lexicon.special("<scare-quote>")
    out: dict[str, list] = {c: [] for c in (*SPAN_COLUMNS, *extra)}
    rows: list[int] = []
    # Bound methods of the output lists: this loop runs once per hit.
    add_start, add_end, add_text = out["start"].append, out["end"].append, out["text"].append
    add_sentence, add_section = out["sentence"].append, out["section"].append
    add_quoted, add_speaker, add_row = out["in_quote"].append, out["speaker"].append, rows.append
    for doc_id, text in zip(corpus["doc_id"].tolist(), corpus["text"].tolist()):
        doc = parse(text)
        found = lexicon.find(doc)
        if scare is not None:
            found += [(q.start, q.end, -1) for q in _scare_quotes(doc)]
        if not found:
            continue
        sentence_starts = doc.sentence_starts
        sections = sections_of(doc)
        intervals = _speech_intervals(doc)
        for start, end, row in found:
            # text.sentence_at, written out: this runs once per hit.
            sentence = bisect_right(sentence_starts, start) - 1
            if sentence < 0:  # before the first sentence (leading white space): the first
                sentence = 0
            quoted = bool(intervals) and _inside(intervals, start)
            add_start(start)
            add_end(end)
            add_text(text[start:end])
            add_sentence(sentence)
            add_section(sections[sentence] if sentence < len(sections) else "body")
            add_quoted(quoted)
            add_speaker(_sources.speaker_at(doc, start) if quoted else "")
            add_row(row)
        out["doc_id"].extend([doc_id] * len(found))
    if rows:
        # The table's order (doc_id, start, end, label; a stable sort, as pandas' would be), found
        # here on plain lists rather than by pandas on the finished frame.
        labels, values = _entry_values(lexicon, fields, scare)
        keys = list(zip(out["doc_id"], out["start"], out["end"], map(labels.__getitem__, rows)))
        order = sorted(range(len(keys)), key=keys.__getitem__)
        if order != list(range(len(order))):
            for column in (*SPAN_COLUMNS, *extra):
                if out[column]:
                    out[column] = [out[column][k] for k in order]
            rows = [rows[k] for k in order]
        for f in fields:
            out["entry" if f == "id" else f] = values[f].take(rows)
    else:
        for f in fields:
            out["entry" if f == "id" else f] = []
    return hits_frame(out, extra_columns=extra, attrs=_provenance(lexicon), sort=False)


def _entry_values(
    lexicon: Lexicon, fields: tuple[str, ...], scare: dict[str, str] | None
) -> tuple[list[str], dict]:
    """The entries' labels (a list, for sorting) and their ``fields`` as pandas string arrays (taken
    by row at C speed), built once per lexicon. Each has a last value for row -1: a scare quote,
    found by rule rather than by an entry."""
    key = ("entry_values", fields)
    found = lexicon._compiled.get(key)
    if found is None:
        columns = {f: [*lexicon.column(f), "" if scare is None else scare.get(f, "")] for f in fields}
        arrays = {f: pd.Series(values).array for f, values in columns.items()}
        found = lexicon._compiled[key] = (columns["label"], arrays)
    return found


_INF = float("inf")


def _speech_intervals(doc: Doc) -> tuple[tuple[int, int], ...]:
    def compute(d: Doc) -> tuple[tuple[int, int], ...]:
        # A tuple of tuples of ints: cached on the Doc, and untracked by the garbage collector.
        speech = [(q.inner_start, q.inner_end) for q in _sources.speech_quotes(d)]
        return tuple(sorted(speech))

    return doc.cached("speech_intervals", compute)


def in_speech(doc: Doc, offset: int) -> bool:
    """True when ``offset`` lies inside a quotation judged to be speech (see :mod:`mediakit.sources`)."""
    return _inside(_speech_intervals(doc), offset)


def _inside(intervals: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Does ``offset`` fall in one of the sorted, disjoint ``intervals``?"""
    k = bisect_right(intervals, (offset, _INF)) - 1
    return k >= 0 and offset < intervals[k][1]


def _scare_quotes(doc: Doc) -> list[Quote]:
    out = []
    for q, kind in _sources.quote_kinds(doc):
        # The kind first: counting the words means splitting the whole quotation.
        if kind == "scare" and q.closed:
            words = doc.text[q.inner_start : q.inner_end].split()
            if 0 < len(words) <= SCARE_QUOTE_MAX_WORDS:
                out.append(q)
    return out


def _provenance(lexicon: Lexicon) -> dict[str, Any]:
    from . import __version__

    return {
        "mediakit": __version__,
        "lexicon": lexicon.provenance(),
        "segmenter": "mediakit.text (rule-based)",
    }


# --------------------------------------------------------------------------- rates


def voice_counts(doc: Doc) -> tuple[int, int, int]:
    """``(words, author_words, quoted_words)``: the denominators of every rate.

    Quoted words are the words inside quotations judged to be speech (a quoted
    speaker's words); every other word is the author's own voice. Scare quotes
    count as the author's voice.
    """

    def compute(d: Doc) -> tuple[int, int, int]:
        # Plain lists and bisect: converting the token lists to arrays cost more than the counting.
        starts = list(compress(d.token_starts, d.token_is_word))
        quoted = 0
        for a, b in _speech_intervals(d):  # top-level speech quotes never overlap
            quoted += bisect_left(starts, b) - bisect_left(starts, a)
        words = len(starts)
        return words, words - quoted, quoted

    return doc.cached("voice_counts", compute)


_SUMMARY_COUNTS = ("hits", "hits_author", "hits_quoted", "words", "words_author", "words_quoted")


def summarize(hits: pd.DataFrame, corpus: Any, *, labels: list[str] | None = None) -> pd.DataFrame:
    """Rates per 1,000 words per article and label, in the author's voice and in quotes.

    Parameters
    ----------
    hits : DataFrame
        A span table from any detector (several can be concatenated).
    corpus : str, Article or corpus DataFrame
        The texts the hits were found in (the denominators come from them).
    labels : list of str, optional
        Labels to report; by default every label in ``hits``. Articles and
        labels without hits get a row with zero hits, so rates can be compared.

    Returns
    -------
    DataFrame
        One row per ``doc_id`` and ``label``: ``hits``, ``hits_author``,
        ``hits_quoted``, ``words``, ``words_author``, ``words_quoted``, and
        ``rate``, ``rate_author``, ``rate_quoted`` (hits per 1,000 words; NaN when
        there are no words of that kind, e.g. an article without quotes). Higher
        means denser use of that device. ``label_display`` and ``kind`` let plots
        mark constructed texts (see :func:`mediakit.corpus.display_names`).
    """
    frame, _ = as_corpus(corpus, name="corpus")
    labels = sorted(hits["label"].unique()) if labels is None else list(labels)
    counts = {
        doc_id: voice_counts(parse(text))
        for doc_id, text in zip(frame["doc_id"].tolist(), frame["text"].tolist())
    }
    grouped = Counter(
        zip(hits["doc_id"].tolist(), hits["label"].tolist(), hits["in_quote"].astype(bool).tolist())
    )
    columns = ["doc_id", "label", *_SUMMARY_COUNTS]
    rows = []
    for doc_id, (words, author, quoted) in counts.items():
        for label in labels:
            n_author = grouped[(doc_id, label, False)]
            n_quoted = grouped[(doc_id, label, True)]
            rows.append((doc_id, label, n_author + n_quoted, n_author, n_quoted, words, author, quoted))
    out = frame_from_rows(rows, columns)
    for rate, n, w in (
        ("rate", "hits", "words"),
        ("rate_author", "hits_author", "words_author"),
        ("rate_quoted", "hits_quoted", "words_quoted"),
    ):
        denominator = out[w].astype(float).replace(0, np.nan)
        out[rate] = out[n] / denominator * 1000
    out["label_display"] = out["doc_id"].map(display_names(frame))
    kinds = dict(zip(frame["doc_id"].tolist(), frame["kind"].tolist())) if "kind" in frame.columns else {}
    out["kind"] = [kinds.get(d, "") for d in out["doc_id"].tolist()]
    out.attrs["mediakit"] = {"rates": "hits per 1,000 words; author = outside speech quotes"}
    return out
