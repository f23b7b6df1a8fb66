"""Offset-exact segmentation: paragraphs, sentences, tokens and quotations.

Every unit is returned with character offsets into the original string, so
``text[span.start:span.end] == span.text`` always holds and a hit found by a
detector can be traced back to the exact characters of the article.

The segmenter is rule-based, deterministic and needs no downloaded model:

* **Paragraphs** are separated by one or more blank lines. A headline on its own
  line followed by a blank line is therefore its own paragraph (and sentence).
* **Sentences** end at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
  brackets) followed by white space, unless the word before the full stop is a
  known abbreviation (``Mr.``, ``Gen.``, ``Jan.``, ``U.S.``, ...), a single
  initial (``John F. Kennedy``), or the next word starts in lower case. Every
  paragraph break also ends a sentence.
* **Tokens** are words (letters and digits with inner apostrophes, straight or
  curly, and inner hyphens: ``don’t``, ``well-known``, ``30-day``), numbers
  (``3.5``, ``1,000``, ``10:30``), initialisms (``U.S.``) and single
  punctuation marks. Every character that is not white space belongs to
  exactly one token.
* **Quotations** pair straight (``"``), curly (``“ ”``, ``‘ ’``), low-high
  (``„ “``) and angle quotes (``« »``, ``‹ ›``), nested to any depth. A quote
  left open ends at the end of its paragraph (news style repeats the opening
  mark on each paragraph of a long quotation); a stray closing mark is ignored.

:func:`parse` runs all of this once per text and caches the resulting
:class:`Doc`, which readability, the detectors and keyness all share: a full
analysis tokenizes each article once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import itemgetter, sub
from typing import NamedTuple

from ._memo import Memo

__all__ = [
    "ABBREVIATIONS",
    "Doc",
    "Quote",
    "Span",
    "paragraphs",
    "parse",
    "quotes",
    "sentence_at",
    "sentences",
    "tokens",
]


class Span(NamedTuple):
    """A unit of text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


class Quote(NamedTuple):
    """A quoted passage.

    ``start``/``end`` include the quotation marks; ``inner_start``/``inner_end``
    delimit the words between them. ``level`` is 0 for a top-level quote and 1+
    for a quote inside a quote. ``closed`` is False when the closing mark was
    missing and the quote was ended at the end of its paragraph.
    """

    start: int
    end: int
    text: str
    inner_start: int
    inner_end: int
    level: int
    closed: bool


# Abbreviations after which a full stop does not end a sentence (compared in
# lower case, without the final full stop). News titles, ranks, months, and
# common Latin and business abbreviations. Initialisms such as "U.S." and
# single initials ("F.") are recognised by shape, not listed here.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof rev sr jr st mt ft messrs mme mlle
    gen lt col maj capt cmdr adm sgt cpl pvt brig cdr
    sen rep gov pres amb supt insp det atty
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol pp fig approx est dept univ inc corp ltd co bros
    vs etc cf al ca
    """.split()
)

# Words that, after an initialism such as "U.S.", show that a new sentence has
# begun ("... talks with the U.S. The meeting ...").
_SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    The A An He She It They We I You This That These Those There But And Yet So
    In On At For If When While After Before Meanwhile However Still
    """.split()
)

_PARA_SEP = re.compile(r"\n[^\S\n]*\n\s*|\u2029\s*")
_NON_SPACE = re.compile(r"\S")
# A sentence-final mark, any closing quotes or brackets, then white space.
# The first mark is spelled out (not folded into the "+") so that the regex starts with a
# character set, which lets the regex engine skip ahead to candidates instead of trying a
# match at every character: twice as fast on long paragraphs.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’'»›)\]]*(?=\s)")
# The word before a sentence-final full stop ("Gen", "U.S", "a.m"), matched on the *reversed*
# chunk: a right-anchored search ("...\.$") tries every start position of the chunk, while a
# match at the start of the reversed chunk runs once. The word's language (words joined by
# single full stops) is its own mirror image and the greedy reversed pattern takes the longest
# run, so the result is exactly the leftmost match of ``([^\W_]+(?:\.[^\W_]+)*)\.$``.
_WORD_BEFORE_REVERSED = re.compile(r"\.((?:[^\W_]+\.)*[^\W_]+)")
_FIRST_WORD = re.compile(r"[^\W_]+")

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # initialisms with their final full stop: U.S. U.N. p.m.
    r"|\d+(?:[.,:/]\d+)+(?:[’'\-‐‑][^\W_]+)*"  # numbers: 3.5 1,000 10:30 24/7 3.5-fold
    r"|[^\W_]+(?:[’'\-‐‑][^\W_]+)*"  # words: don’t well-known 30-day Ukraine's
    r"|[^\w\s]|_"  # any other single character that is not white space
)

_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")

# Opening mark -> closing marks that end it.
_PAIRS: dict[str, str] = {"“": "”", "„": "“”", "«": "»", "‹": "›", "‘": "’"}
_CLOSERS: frozenset[str] = frozenset("”»›’")
_QUOTE_MARKS = re.compile("[\"“”„«»‹›‘’']")
_DECADE = re.compile(r"\d0s\b")  # the '90s: an apostrophe
_OPEN_BEFORE = frozenset("([{\"“‘—–-/")


def _word_before(chunk: str) -> str | None:
    """The word (or initialism without its final full stop) right before the '.' that ends ``chunk``."""
    m = _WORD_BEFORE_REVERSED.match(chunk[::-1])
    return None if m is None else m.group(1)[::-1]


def _is_abbreviation(word: str) -> bool:
    """True if ``word`` (from :func:`_word_before`) is an abbreviation, an initialism or an initial."""
    if "." in word:  # an initialism: U.S, U.N, a.m
        return True
    if len(word) == 1 and word.isalpha():  # an initial: John F. Kennedy
        return True
    return word.lower() in ABBREVIATIONS


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence offsets inside one paragraph ``text[start:end]`` (already stripped)."""
    out: list[tuple[int, int]] = []
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        nxt = _NON_SPACE.search(text, cut, end)
        if nxt is None:
            break
        following = nxt.start()
        if text[following].islower():
            continue
        marks = m.group()
        if marks[0] == "." and len(marks.rstrip("\"”’'»›)]")) == 1:
            word = _word_before(text[max(sent_start, m.start() - 40) : m.start() + 1])
            if word is not None and _is_abbreviation(word):
                next_word = _FIRST_WORD.match(text, following, end)
                initialism_then_starter = (
                    "." in word and next_word is not None and next_word.group() in _SENTENCE_STARTERS
                )
                if not initialism_then_starter:
                    continue
        out.append((sent_start, cut))
        sent_start = following
    out.append((sent_start, end))
    return out


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_SEP.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    out = []
    for a, b in bounds:
        chunk = text[a:b]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append((a + lead, a + lead + len(stripped)))
    return out


def _straight_singles(text: str, start: int, end: int) -> dict[int, str]:
    """Straight single quotation marks used as quotes in one paragraph ('No more cuts,' vows union):
    ``offset -> "open" | "close"``. An opening mark follows white space or an opening bracket or
    quote and comes before a letter or a digit (not a decade: the '90s); a closing mark follows a
    non-space and comes before no letter or digit. Only pairs count, so apostrophes (don't,
    workers' pay) are never taken for an unclosed quotation."""
    out: dict[int, str] = {}
    opened = -1
    # From one mark to the next with str.find (C speed), not character by character.
    i = text.find("'", start, end)
    while i >= 0:
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if opened < 0:
            if (before.isspace() or before in _OPEN_BEFORE) and (
                after.isalpha() or (after.isdigit() and not _DECADE.match(text, i + 1))
            ):
                opened = i
        elif not before.isspace() and not after.isalnum():
            out[opened], out[i] = "open", "close"
            opened = -1
        i = text.find("'", i + 1, end)
    return out


def _quote_spans(text: str, start: int, end: int) -> list[Quote]:
    """Quotations inside one paragraph, found with a stack of open marks."""
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)

    def close(upto: int, close_end: int, closed: bool) -> None:
        _, pos = stack.pop()
        found.append(Quote(pos, close_end, text[pos:close_end], pos + 1, upto, len(stack), closed))

    singles = _straight_singles(text, start, end)
    for m in _QUOTE_MARKS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == "'":
            kind = singles.get(i)
            if kind == "open":
                stack.append(("'", i))
            elif kind == "close" and stack and stack[-1][0] == "'":
                close(i, i + 1, True)
            continue
        if ch == '"':
            straight = [k for k, (mark, _) in enumerate(stack) if mark == '"']
            if straight:
                while len(stack) > straight[-1] + 1:
                    close(i, i, False)
                close(i, i + 1, True)
            else:
                stack.append(('"', i))
            continue
        if ch in _CLOSERS or ch == "“":
            match = None
            for k in range(len(stack) - 1, -1, -1):
                if ch in _PAIRS.get(stack[k][0], ""):
                    match = k
                    break
            if ch == "’" and i + 1 < end and text[i + 1].isalnum():
                match = None  # an apostrophe inside a word: Ukraine’s
            if match is not None:
                while len(stack) > match + 1:
                    close(i, i, False)
                close(i, i + 1, True)
                continue
            if ch != "“":
                continue  # a stray closing mark or an apostrophe
        if ch in _PAIRS:
            stack.append((ch, i))
    while stack:
        close(end, end, False)
    found.sort(key=lambda q: (q.start, -q.end))
    return found


@dataclass(frozen=True, eq=False)
class Doc:
    """One pass of segmentation over a text, shared by every analysis.

    Build it with :func:`parse`. Tokens are held as parallel tuples for speed;
    use :attr:`tokens` for :class:`Span` objects. ``token_sentence[i]`` is the
    index of the sentence token *i* belongs to and ``token_in_quote[i]`` is True
    when it lies inside a quotation (the words of quoted speakers rather than the
    author's own voice). ``lower_texts`` are the tokens in lower case, made in the
    same pass for readability, the lexicons and the source rules.
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...]
    token_starts: tuple[int, ...] = field(repr=False)
    token_ends: tuple[int, ...] = field(repr=False)
    token_texts: tuple[str, ...] = field(repr=False)
    token_is_word: tuple[bool, ...] = field(repr=False)
    token_sentence: tuple[int, ...] = field(repr=False)
    token_in_quote: tuple[bool, ...] = field(repr=False)
    #: The tokens in lower case, shared by readability, the lexicons and the source rules.
    lower_texts: tuple[str, ...] = field(repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def tokens(self) -> list[Span]:
        """All tokens as :class:`Span` objects, punctuation included."""
        return [Span(s, e, t) for s, e, t in zip(self.token_starts, self.token_ends, self.token_texts)]

    @property
    def words(self) -> list[str]:
        """The word and number tokens (no punctuation), in order."""
        return [t for t, w in zip(self.token_texts, self.token_is_word) if w]

    @property
    def n_words(self) -> int:
        """Number of word and number tokens."""
        return sum(self.token_is_word)

    @property
    def sentence_starts(self) -> list[int]:
        """The start offset of every sentence (computed once)."""
        starts = self._cache.get("sentence_starts")
        if starts is None:
            starts = self._cache["sentence_starts"] = [s.start for s in self.sentences]
        return starts

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (or the one before a gap)."""
        return sentence_at(self.sentence_starts, offset)

    def quote_at(self, offset: int) -> Quote | None:
        """The innermost quotation whose words contain ``offset``, if any."""
        best = None
        for q in self.quotes:
            if q.inner_start <= offset < q.inner_end and (best is None or q.level > best.level):
                best = q
        return best

    def cached(self, key: str, compute):
        """Memoise ``compute(self)`` under ``key`` on this Doc (used by analyses that share counts)."""
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = compute(self)
            return value


def sentence_at(starts: Sequence[int], offset: int) -> int:
    """Index of the sentence containing character ``offset``, given the sentences' start offsets
    (:attr:`Doc.sentence_starts`): the sentence before a gap, the first for an offset before it.

    >>> sentence_at([0, 10, 25], 12), sentence_at([0, 10, 25], 25), sentence_at([3, 10], 1)
    (1, 2, 0)
    """
    k = bisect_right(starts, offset)
    return k - 1 if k else 0


def _build(text: str) -> Doc:
    paras = _paragraph_bounds(text)
    sents: list[tuple[int, int]] = []
    quote_list: list[Quote] = []
    for a, b in paras:
        sents.extend(_sentence_spans(text, a, b))
        quote_list.extend(_quote_spans(text, a, b))

    # One split with the white space before each token captured gives every offset by a running
    # sum (tokens cover every non-space character). Its flat list of strings (text before the
    # first token, then space, token and the empty text between two tokens, ...) costs less
    # than match objects or findall's tuples, and slicing it is done at C speed: the running
    # sum after a space is where a token starts, after a token where it ends.
    parts = _SPACED_TOKEN.split(text)
    offsets = list(accumulate(map(len, parts)))
    texts, starts, ends = parts[2::3], offsets[1::3], offsets[2::3]
    is_word = tuple(map(str.isalnum, map(itemgetter(0), texts)))

    # Token -> sentence, and token -> inside a quote: bisect the few sentence and quote bounds
    # into the sorted token starts and fill whole runs at once. No per-token Python work and no
    # round trip through numpy arrays (whose fixed cost dominated for short texts).
    n = len(texts)
    if sents:
        cuts = [bisect_left(starts, a) for a, _ in sents[1:]]
        run_lengths = map(sub, [*cuts, n], [0, *cuts])
        tok_sent = tuple(chain.from_iterable(map(repeat, range(len(sents)), run_lengths)))
    else:
        tok_sent = (0,) * n

    # Merge the inner extents of top-level quotes (merged extents are disjoint and sorted), then
    # flag the tokens inside each.
    intervals = sorted((q.inner_start, q.inner_end) for q in quote_list if q.level == 0)
    merged: list[list[int]] = []
    for a, b in intervals:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    in_quote = [False] * n
    for a, b in merged:
        first, last = bisect_left(starts, a), bisect_left(starts, b)
        in_quote[first:last] = [True] * (last - first)

    shared = _shared(texts)
    return Doc(
        text=text,
        paragraphs=tuple(Span(a, b, text[a:b]) for a, b in paras),
        sentences=tuple(Span(a, b, text[a:b]) for a, b in sents),
        quotes=tuple(quote_list),
        # Tuples, not lists: a tuple of ints, strings and bools is untracked by Python's cyclic
        # garbage collector once it has seen it, so the cached Docs' millions of token fields are
        # not walked again by every full collection (a quarter of the time on a large corpus).
        token_starts=tuple(starts),
        token_ends=tuple(ends),
        token_texts=shared,
        token_is_word=is_word,
        token_sentence=tok_sent,
        token_in_quote=tuple(in_quote),
        lower_texts=tuple(_LOWER.lookup_all(shared)),
    )


# One string object per distinct token text (and per distinct lower-cased text), shared by every
# Doc: the token fields then point at a few thousand strings that stay in the CPU cache, not at
# millions of copies scattered in memory, and every later per-token dictionary or set lookup
# (lexicons, reporting verbs, names, syllables) runs about a tenth faster. Bounded: past
# _SHARED_LIMIT distinct texts a table starts afresh, so a stream of documents keeps it small.
_SHARED_LIMIT = 200_000
_TOKENS: dict[str, str] = {}


def _shared(texts: list[str]) -> tuple[str, ...]:
    if len(_TOKENS) > _SHARED_LIMIT:
        _TOKENS.clear()
    return tuple(map(_TOKENS.setdefault, texts, texts))


def _lower(token: str) -> str:
    low = token.lower()
    # An all lower-case token is its own lower case; otherwise the shared token of that text.
    return token if low == token else _TOKENS.get(low, low)


_LOWER: Memo[str, str] = Memo(_lower, limit=_SHARED_LIMIT)


@lru_cache(maxsize=512)
def _parse_cached(text: str) -> Doc:
    return _build(text)


def parse(text: str) -> Doc:
    """Segment ``text`` once into a :class:`Doc` (cached: the same text is parsed once per process).

    Raises :class:`~mediakit.errors.MediakitTypeError` if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        from .errors import MediakitTypeError

        raise MediakitTypeError.for_input(text, ["str"], name="text")
    return _parse_cached(text)


def paragraphs(text: str) -> list[Span]:
    """Paragraphs of ``text`` (separated by blank lines), stripped of surrounding white space."""
    return list(parse(text).paragraphs)


def sentences(text: str) -> list[Span]:
    """Sentences of ``text``; see the module docstring for the rules.

    >>> [s.text for s in sentences("Mr. Rubio met Gen. Kellogg in the U.S. on Jan. 5. They talked.")]
    ['Mr. Rubio met Gen. Kellogg in the U.S. on Jan. 5.', 'They talked.']
    """
    return list(parse(text).sentences)


def tokens(text: str) -> list[Span]:
    """Tokens of ``text``: words, numbers, initialisms and single punctuation marks.

    >>> [t.text for t in tokens("A 3.5% rise, don’t you think?")]
    ['A', '3.5', '%', 'rise', ',', 'don’t', 'you', 'think', '?']
    """
    return parse(text).tokens


def quotes(text: str) -> list[Quote]:
    """Quoted passages of ``text``, outer quotes before the quotes nested in them.

    >>> [q.text for q in quotes('He said, “We will ‘move on’ soon.”')]
    ['“We will ‘move on’ soon.”', '‘move on’']
    """
    return list(parse(text).quotes)
