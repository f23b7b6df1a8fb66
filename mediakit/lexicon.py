"""Lexicons as data: loading, extending and restricting them, and the one matcher.

A lexicon is a CSV file with one entry per row (see ``mediakit/lexicons/README.md``
for the curation policy and every column). The context rules that make the
difference between a word list and a detector are columns too, so an entry a
researcher adds gets context rules without code:

================  ===========================================================
column            meaning
================  ===========================================================
id                unique entry id (kept in the ``entry`` column of every hit)
pattern           words separated by spaces; ``a|b`` alternatives; ``word*``
                  prefix; ``<cap>`` any capitalised name (not ``The``, ``A``,
                  ...); ``<num>`` a number. Matching ignores case, curly vs
                  straight apostrophes and possessive ’s; hyphens separate
                  words, so ``so-called`` also matches "so called"
label, detail     what a hit is and its sub-category
reason            one line a student understands: why this counts
reference         the source that motivates the entry
used_by           who uses it: ``russian_state``, ``ukrainian``, ``western``,
                  ``general`` (several joined with ``|``)
counterparts      for ``naming``: the other variants of the pair
case_sensitive    ``no`` (default); ``yes``: case as written in the pattern;
                  ``lower``: the words must be lower case except at the start
                  of a sentence ("may" the verb, not "May" the month)
not_after         the hit does not count right after one of these words
not_before        the hit does not count right before one of these words
requires_after    the hit counts only before one of these words
requires_before   the hit counts only after one of these words
requires_near     the hit counts only with one of these words on either side
window            how many words the four lists above look at (default 1;
                  ``requires_near`` always looks 8 words each way)
quantity_after    ``yes``: only directly before a quantity ("about 40",
                  "around midnight", "roughly a third")
added_in          the mediakit version the entry was added in
================  ===========================================================

Word lists in the context columns are separated by ``|`` and may use the
classes ``<num>``, ``<cap>`` and ``<quantity>``. Context never crosses a
sentence boundary. Within one label, matches never overlap: at each position
the longest pattern wins (multiword cues first); different labels may overlap
("Kiev regime" is name-calling, and "Kiev" inside it is a naming choice).

Special patterns: ``<scare-quote>`` stands for the quotation-mark rule that the
detectors implement (a short quotation that is not speech); its row supplies
the label, reason and reference, and removing the row turns the rule off.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import Any

import pandas as pd

from ._memo import Memo
from .errors import ArticleNotFoundError, MediakitTypeError, MediakitValueError
from .text import Doc

__all__ = ["COLUMNS", "Lexicon", "Unit"]

COLUMNS: tuple[str, ...] = (
    "id",
    "pattern",
    "label",
    "detail",
    "reason",
    "reference",
    "used_by",
    "counterparts",
    "case_sensitive",
    "not_after",
    "not_before",
    "requires_after",
    "requires_before",
    "requires_near",
    "window",
    "quantity_after",
    "added_in",
)
REQUIRED: tuple[str, ...] = ("id", "pattern", "label", "reason", "reference")
#: The context columns: everything between ``counterparts`` and ``added_in``.
CONTEXT: tuple[str, ...] = COLUMNS[COLUMNS.index("case_sensitive") : COLUMNS.index("added_in")]
BUILTIN: tuple[str, ...] = ("loaded", "hedges")
SPECIAL_PATTERNS: frozenset[str] = frozenset({"<scare-quote>"})
_NEAR_WINDOW = 8
# The matcher caches the entries anchored at each key it has seen; it starts afresh past this many keys.
_SEEN_LIMIT = 200_000

NUMBER_WORDS: frozenset[str] = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    thousand thousands million millions billion billions trillion dozen dozens half third thirds quarter
    quarters fifth tenth percent midnight noon
    """.split()
)
# Frequent English words: entries are indexed by a rarer word of their pattern when there is one.
_COMMON_WORDS: frozenset[str] = frozenset(
    """
    a an the one some any no not this that these those it its is are was were be been being am
    of in on at to for from by with as and or but if so than then there here he she they we i you
    his her their our my your do does did have has had will would can could may might should must
    """.split()
)
# Capitalised words that are not names (for the <cap> class).
_NOT_NAMES: frozenset[str] = frozenset(
    "the a an this that these those his her its their our my your new old former some many".split()
)
_CURLY_APOSTROPHES = ("’", "‘", "ʼ")  # matched as a straight apostrophe
_APOSTROPHES = str.maketrans(dict.fromkeys(_CURLY_APOSTROPHES, "'"))
_HYPHENS = ("-", "‐", "‑")
_SPECIAL_CHARS = (*_HYPHENS, "'", *_CURLY_APOSTROPHES)  # the characters that make a token special
_HYPHEN_SPLIT = re.compile("[-‐‑]")


# --------------------------------------------------------------------------- matching units


@dataclass(frozen=True, slots=True)
class Unit:
    """Matching units of a Doc: word tokens split at hyphens, possessive ’s dropped.

    Parallel sequences; ``keys`` are lower case with straight apostrophes. Whether a unit is a
    number or opens its sentence is derived from these when a rule asks (:meth:`is_number`,
    :meth:`sentence_initial`): rules ask at a few candidate units, so no column is built for them.
    """

    keys: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    originals: Sequence[str]
    sentence: Sequence[int]
    is_word: Sequence[bool]

    def is_number(self, i: int) -> bool:
        """Does unit ``i`` start with a digit? (A token that does is always a word.)"""
        return self.originals[i][:1].isdigit()

    def sentence_initial(self, i: int) -> bool:
        """Is unit ``i`` the first of its sentence? (The later parts of a hyphenated word are not.)"""
        return i == 0 or self.sentence[i] != self.sentence[i - 1]


def _key_and_cut(part: str) -> tuple[str, int]:
    """The matching key of one part of a word (possessive ’s or a final apostrophe dropped) and
    how many characters were dropped from its end. Memoised as ``_KEY_AND_CUT``."""
    for mark in _CURLY_APOSTROPHES:  # as translate(_APOSTROPHES), which is slower on short words
        part = part.replace(mark, "'")
    key = part.lower()
    if key.endswith("'s") and len(key) > 2:
        return key[:-2], 2
    if key.endswith("'") and len(key) > 1:
        return key[:-1], 1
    return key, 0


# The words with an apostrophe or a hyphen recur (Ukraine’s, don’t, so-called): each is read once.
_KEY_AND_CUT: Memo[str, tuple[str, int]] = Memo(_key_and_cut, limit=_SEEN_LIMIT)


def _split_token(text: str, start: int) -> list[tuple[str, int, int, str]]:
    """Units of one word token with a hyphen or apostrophe: (key, start, end, original)."""
    out = []
    offset = start
    for part in _HYPHEN_SPLIT.split(text):
        key, cut = _KEY_AND_CUT[part]
        out.append((key, offset, offset + len(part) - cut, part))
        offset += len(part) + 1
    return out


def _units(doc: Doc) -> Unit:
    texts = doc.token_texts
    sentence = doc.token_sentence
    is_word = doc.token_is_word
    keys = doc.lower_texts
    # Tokens to split (hyphens, apostrophes) are rare: find their characters with str.find, which
    # skips through the text at C speed (a regular expression took twice as long).
    starts = doc.token_starts
    ends = doc.token_ends
    text = doc.text
    found = set()
    for char in _SPECIAL_CHARS:
        at = text.find(char)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = text.find(char, at + 1)
    special = [k for k in sorted(found) if k >= 0 and is_word[k]]
    if not special:
        return Unit(keys, starts, ends, texts, sentence, is_word)
    # Most of them stay one unit whose key and end change (don’t, Ukraine’s, officials'): patch
    # those in copies of the two lists. Only hyphenated tokens (well-known) become several units;
    # they are spliced into copies of every column afterwards, last first so that the earlier
    # indices stay valid.
    keys, ends = list(keys), list(ends)
    hyphenated: list[int] = []
    for k in special:
        text = texts[k]
        if "-" in text or "‐" in text or "‑" in text:
            hyphenated.append(k)
        else:
            keys[k], cut = _KEY_AND_CUT[text]
            ends[k] -= cut
    columns = (keys, starts, ends, texts, sentence, is_word)
    if hyphenated:
        columns = tuple(list(column) for column in columns)
        for k in reversed(hyphenated):
            rows = [
                (key, s, e, original, sentence[k], True)
                for key, s, e, original in _split_token(texts[k], starts[k])
            ]
            for column, values in zip(columns, zip(*rows)):
                column[k : k + 1] = values
    # Tuples, like the Doc's own token fields: the garbage collector stops walking them (see _build).
    return Unit(*map(tuple, columns))


def units(doc: Doc) -> Unit:
    """The matching units of ``doc`` (computed once per Doc and shared by every lexicon)."""
    return doc.cached("lexicon_units", _units)


# --------------------------------------------------------------------------- compiled entries


def _word_set(value: str) -> frozenset[str]:
    return frozenset(w.strip().translate(_APOSTROPHES).lower() for w in value.split("|") if w.strip())


def _is_quantity(u: Unit, i: int) -> bool:
    return u.is_number(i) or u.keys[i] in NUMBER_WORDS


def _is_name(u: Unit, i: int) -> bool:
    return u.is_word[i] and u.originals[i][:1].isupper() and u.keys[i] not in _NOT_NAMES


_CLASSES = frozenset({"<num>", "<quantity>", "<cap>"})


def _in_set(u: Unit, i: int, words: frozenset[str]) -> bool:
    if u.keys[i] in words:
        return True
    if "<num>" in words and u.is_number(i):
        return True
    if "<quantity>" in words and _is_quantity(u, i):
        return True
    return "<cap>" in words and _is_name(u, i)


def _any_near(u: Unit, i: int, step: int, count: int, words: frozenset[str]) -> bool:
    """Is one of the ``count`` word units before (step -1) or after (step 1) ``i`` in its sentence
    in ``words`` (see :func:`_in_set`)? ``any(... for k in _neighbours(...))`` without the list."""
    keys, sentence, is_word = u.keys, u.sentence, u.is_word
    classes = not _CLASSES.isdisjoint(words)  # <num>, <quantity> or <cap>: ask _in_set
    sent = sentence[i]
    j = i + step
    n = len(keys)
    while count > 0 and 0 <= j < n and sentence[j] == sent:
        if is_word[j]:
            if keys[j] in words or (classes and _in_set(u, j, words)):
                return True
            count -= 1
        j += step
    return False


def _neighbours(u: Unit, i: int, step: int, count: int) -> list[int]:
    """Indices of up to ``count`` word units before (step -1) or after (step 1) ``i`` in its sentence."""
    out: list[int] = []
    sent = u.sentence[i]
    j = i + step
    n = len(u.keys)
    while 0 <= j < n and u.sentence[j] == sent and len(out) < count:
        if u.is_word[j]:
            out.append(j)
        j += step
    return out


@dataclass(frozen=True)
class _Entry:
    row: int
    id: str
    label: str
    tokens: tuple  # each: ("words", literals, prefixes) | ("cap",) | ("num",)
    case: str
    case_words: tuple[str, ...]
    not_after: frozenset[str]
    not_before: frozenset[str]
    requires_after: frozenset[str]
    requires_before: frozenset[str]
    requires_near: frozenset[str]
    window: int
    quantity_after: bool
    # One word (or prefix) with no case or context rule: its anchor look-up is the whole match.
    simple: bool = False

    def match(self, u: Unit, i: int) -> int:
        """End index (exclusive) of a match starting at unit ``i``, or -1."""
        keys, sentence, is_word = u.keys, u.sentence, u.is_word
        n = len(keys)
        j = i
        sent = sentence[i]
        for tok in self.tokens:
            if j >= n or sentence[j] != sent or not is_word[j]:
                return -1
            kind = tok[0]
            key = keys[j]
            if kind == "words":
                if key not in tok[1] and not (tok[2] and key.startswith(tok[2])):
                    return -1
            elif kind == "cap":
                if not _is_name(u, j):
                    return -1
            elif not u.is_number(j):
                return -1
            j += 1
        if self.case != "no" and not self._case_ok(u, i, j):
            return -1
        window = self.window
        if self.not_after and _any_near(u, i, -1, window, self.not_after):
            return -1
        if self.not_before and _any_near(u, j - 1, 1, window, self.not_before):
            return -1
        if self.requires_after and not _any_near(u, j - 1, 1, window, self.requires_after):
            return -1
        if self.requires_before and not _any_near(u, i, -1, window, self.requires_before):
            return -1
        if self.requires_near:
            near = self.requires_near
            if not (_any_near(u, i, -1, _NEAR_WINDOW, near) or _any_near(u, j - 1, 1, _NEAR_WINDOW, near)):
                return -1
        if self.quantity_after and not self._quantity_follows(u, j - 1):
            return -1
        return j

    def _case_ok(self, u: Unit, i: int, j: int) -> bool:
        for offset, k in enumerate(range(i, j)):
            original = u.originals[k]
            if self.case == "yes":
                wanted = self.case_words[offset] if offset < len(self.case_words) else original
                if original != wanted:
                    return False
            elif original != original.lower() and not (
                u.sentence_initial(k) and original[1:] == original[1:].lower()
            ):
                return False
        return True

    def _quantity_follows(self, u: Unit, last: int) -> bool:
        nxt = _neighbours(u, last, 1, 2)
        if not nxt:
            return False
        if _is_quantity(u, nxt[0]):
            return True
        return u.keys[nxt[0]] in {"a", "an"} and len(nxt) > 1 and _is_quantity(u, nxt[1])


def _compile_token(token: str, where: str) -> tuple:
    """``("cap",)``, ``("num",)`` or ``("words", literal set, prefix tuple)``."""
    if token == "<cap>":
        return ("cap",)
    if token == "<num>":
        return ("num",)
    if token.startswith("<"):
        raise MediakitValueError(
            f"{where}: unknown class {token!r} in the pattern; classes are <cap> and <num>, "
            f"special patterns {sorted(SPECIAL_PATTERNS)}"
        )
    literals = set()
    prefixes = []
    for alternative in _word_set(token):
        if alternative.endswith("*"):
            stem = alternative[:-1]
            if len(stem) < 3:
                raise MediakitValueError(
                    f"{where}: a prefix pattern needs at least 3 letters before '*', got {alternative!r}"
                )
            prefixes.append(stem)
        else:
            literals.add(alternative)
    return ("words", frozenset(literals), tuple(sorted(prefixes)))


def _pattern_tokens(pattern: str) -> list[str]:
    out: list[str] = []
    for chunk in pattern.split():
        if chunk.startswith("<") or "|" in chunk:
            out.append(chunk)
        else:
            for h in _HYPHENS:
                chunk = chunk.replace(h, " ")
            out.extend(chunk.split())
    return out


# --------------------------------------------------------------------------- the Lexicon


@dataclass(frozen=True, eq=False)
class Lexicon:
    """An immutable set of lexicon entries and the matcher compiled from them.

    Load a bundled lexicon with ``Lexicon.load("loaded")`` or ``Lexicon.load("hedges")``,
    or your own CSV with ``Lexicon.load("my_terms.csv")``. ``extend`` and ``restrict``
    return new lexicons; nothing is changed in place, so two notebooks can use
    different lexicons side by side.
    """

    name: str
    entries: pd.DataFrame = field(repr=False)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        frame = _validate(self.entries, self.entries.attrs.get("source", self.name))
        object.__setattr__(self, "entries", frame)

    # ---- construction

    @classmethod
    def load(cls, name_or_path: str | Path) -> Lexicon:
        """A bundled lexicon by name (``"loaded"``, ``"hedges"``) or a CSV file by path."""
        if isinstance(name_or_path, str) and name_or_path in BUILTIN:
            return _builtin(name_or_path)
        path = Path(name_or_path)
        if not path.exists():
            raise ArticleNotFoundError(path)
        return cls(name=path.stem, entries=_read_csv(path.read_text(encoding="utf-8-sig"), str(path)))

    @classmethod
    def from_frame(
        cls, entries: pd.DataFrame | Iterable[Mapping[str, Any]], *, name: str = "custom"
    ) -> Lexicon:
        """A lexicon from a DataFrame or a list of dicts with the lexicon columns."""
        frame = entries if isinstance(entries, pd.DataFrame) else pd.DataFrame(list(entries))
        return cls(name=name, entries=frame)

    def extend(self, entries: Lexicon | pd.DataFrame | Iterable[Mapping[str, Any]] | str | Path) -> Lexicon:
        """A new lexicon with ``entries`` added; an entry with an existing id replaces it."""
        if isinstance(entries, Lexicon):
            extra = entries.entries
        elif isinstance(entries, (str, Path)):
            extra = Lexicon.load(entries).entries
        else:
            extra = _validate(
                entries if isinstance(entries, pd.DataFrame) else pd.DataFrame(list(entries)), "extension"
            )
        kept = self.entries[~self.entries["id"].isin(extra["id"])]
        return Lexicon(name=f"{self.name}+", entries=pd.concat([kept, extra], ignore_index=True))

    def restrict(
        self,
        *,
        labels: Iterable[str] | None = None,
        exclude_labels: Iterable[str] = (),
        details: Iterable[str] | None = None,
        ids: Iterable[str] | None = None,
        exclude_ids: Iterable[str] = (),
        used_by: Iterable[str] | None = None,
    ) -> Lexicon:
        """A new lexicon keeping only the entries that pass every filter given."""
        e = self.entries
        keep = pd.Series(True, index=e.index)
        if labels is not None:
            keep &= e["label"].isin(list(labels))
        if details is not None:
            keep &= e["detail"].isin(list(details))
        if ids is not None:
            keep &= e["id"].isin(list(ids))
        if used_by is not None:
            wanted = set(used_by)
            keep &= e["used_by"].map(lambda v: bool(wanted & set(v.split("|"))))
        keep &= ~e["label"].isin(list(exclude_labels))
        keep &= ~e["id"].isin(list(exclude_ids))
        return Lexicon(name=f"{self.name}[restricted]", entries=e[keep].reset_index(drop=True))

    def without_context(self) -> Lexicon:
        """The same entries with every context rule removed: a plain word list (the evaluation baseline)."""
        plain = self.entries.copy()
        for column in CONTEXT:
            plain[column] = ""
        return Lexicon(name=f"{self.name}[no context]", entries=plain)

    # ---- information

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def labels(self) -> list[str]:
        return sorted(self.entries["label"].unique())

    @property
    def sha256(self) -> str:
        """A hash of the entries, recorded with results so they can be reproduced."""
        if "sha256" not in self._compiled:
            buffer = io.StringIO()
            self.entries.to_csv(buffer, index=False, lineterminator="\n")
            self._compiled["sha256"] = hashlib.sha256(buffer.getvalue().encode("utf-8")).hexdigest()
        return self._compiled["sha256"]

    def provenance(self) -> dict[str, Any]:
        return {"name": self.name, "entries": len(self), "sha256": self.sha256}

    def balance(self) -> pd.DataFrame:
        """Entries by side (``used_by``) and label: the audit table of the lexicon's balance."""
        rows = self.entries.assign(used_by=self.entries["used_by"].str.split("|")).explode("used_by")
        table = pd.crosstab(rows["used_by"], rows["label"], margins=True, margins_name="total")
        table.columns.name = None
        table.index.name = "used_by"
        return table

    # ---- matching

    def _matcher(self) -> _Matcher:
        if "m" not in self._compiled:
            entries = [
                _compile_entry(row, self.name)
                for row in self.entries.itertuples(index=False)
                if row.pattern not in SPECIAL_PATTERNS
            ]
            self._compiled["m"] = _Matcher(entries)
        return self._compiled["m"]

    def special(self, pattern: str) -> dict[str, str] | None:
        """The row of a special pattern such as ``<scare-quote>`` (None when the lexicon lacks it)."""
        key = f"special:{pattern}"
        if key not in self._compiled:  # looked up by every detector call: filter the frame once
            rows = self.entries[self.entries["pattern"] == pattern]
            self._compiled[key] = None if rows.empty else rows.iloc[0].to_dict()
        row = self._compiled[key]
        return None if row is None else dict(row)

    def column(self, name: str) -> list[str]:
        """The values of one column of the entries, in row order (entry ``row`` k is item k)."""
        key = f"column:{name}"
        if key not in self._compiled:  # read by every detector call: convert the column once
            self._compiled[key] = self.entries[name].tolist()
        return list(self._compiled[key])

    def find(self, doc: Doc) -> list[tuple[int, int, int]]:
        """All matches in ``doc`` as ``(start offset, end offset, entry row)``, in order of their anchors."""
        return self._matcher().find(units(doc))


class _Matcher:
    """One combined matcher for all entries of a lexicon.

    Each entry is indexed by its first word token (its *anchor*, which may come
    after a ``<cap>``/``<num>`` class, at ``offset``). Scanning the units once,
    every unit looks up the entries anchored at its key (cached per key), so the
    cost per word is one dictionary lookup, whatever the size of the lexicon.
    """

    def __init__(self, entries: list[_Entry]) -> None:
        self.literal: dict[str, list[tuple[_Entry, int]]] = {}
        self.prefix: dict[str, list[tuple[str, _Entry, int]]] = {}
        unanchored: list[tuple[_Entry, int]] = []
        for entry in entries:
            anchor = _anchor(entry)
            if anchor is None:
                unanchored.append((entry, 0))
                continue
            _, literals, prefixes = entry.tokens[anchor]
            for word in literals:
                self.literal.setdefault(word, []).append((entry, anchor))
            for stem in prefixes:
                self.prefix.setdefault(stem[:3], []).append((stem, entry, anchor))
        self.unanchored = _ordered(unanchored)
        # key -> the entries anchored at it, for every key met so far (a cache over the
        # vocabulary; it starts afresh past _SEEN_LIMIT keys).
        self._by_key: Memo[str, tuple[tuple[_Entry, int], ...]] = Memo(self._lookup, limit=_SEEN_LIMIT)

    def _lookup(self, key: str) -> tuple[tuple[_Entry, int], ...]:
        """The entries anchored at ``key``, longest first."""
        pairs = list(self.literal.get(key, ()))
        for stem, entry, anchor in self.prefix.get(key[:3], ()):
            if key.startswith(stem) and (entry, anchor) not in pairs:
                pairs.append((entry, anchor))
        return _ordered(pairs)

    def find(self, u: Unit) -> list[tuple[int, int, int]]:
        blocked: dict[str, int] = {}
        found: list[tuple[int, int, int]] = []
        starts, ends, is_word, keys = u.starts, u.ends, u.is_word, u.keys
        by_key = self._by_key
        unanchored = self.unanchored
        if unanchored:
            positions: Iterable[int] = range(len(keys))
        else:  # only the (few) units that anchor an entry: one look-up a unit, at C speed
            positions = compress(range(len(keys)), map(by_key.__getitem__, keys))
        for j in positions:
            candidates = by_key[keys[j]]
            if unanchored and is_word[j]:
                candidates = _ordered([*candidates, *unanchored])
            if not candidates:
                continue
            # The labels matched at this unit (one match per label and unit); one candidate needs none.
            done: set[str] | None = set() if len(candidates) > 1 else None
            for entry, anchor in candidates:
                i = j - anchor
                label = entry.label
                if i < 0 or (done is not None and label in done) or blocked.get(label, 0) > i:
                    continue
                if entry.simple:  # the anchor look-up matched its one word already
                    if not is_word[i]:
                        continue
                    end = i + 1
                else:
                    first = entry.tokens[0]  # most candidates fail on their first word: test it here
                    if anchor and first[0] == "words":
                        key = keys[i]
                        if key not in first[1] and not (first[2] and key.startswith(first[2])):
                            continue
                    end = entry.match(u, i)
                    if end < 0:
                        continue
                found.append((starts[i], ends[end - 1], entry.row))
                blocked[label] = end
                if done is not None:
                    done.add(label)
        return found


def _anchor(entry: _Entry) -> int | None:
    """The token to index an entry by: the first one made only of uncommon words (so that
    "one|a|the source" is looked up at "source", not at every "the"), else the first word token."""
    words = [k for k, tok in enumerate(entry.tokens) if tok[0] == "words"]
    for k in words:
        literals, prefixes = entry.tokens[k][1], entry.tokens[k][2]
        if not (literals & _COMMON_WORDS) and not any(len(stem) < 4 for stem in prefixes):
            return k
    return words[0] if words else None


def _ordered(pairs: list[tuple[_Entry, int]]) -> tuple[tuple[_Entry, int], ...]:
    """Longest patterns first (multiword cues before their parts), then file order."""
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0].tokens), pair[0].row)))


def _compile_entry(row: Any, name: str) -> _Entry:
    where = f"lexicon {name!r}, entry {row.id!r}"
    words = tuple(_pattern_tokens(row.pattern))
    tokens = tuple(_compile_token(t, where) for t in words)
    if not tokens:
        raise MediakitValueError(f"{where}: empty pattern")
    case = row.case_sensitive or "no"
    window = int(row.window) if str(row.window).strip() else 1
    quantity_after = row.quantity_after.strip().lower() in {"yes", "true", "1"}
    rules = (row.not_after, row.not_before, row.requires_after, row.requires_before, row.requires_near)
    contexts = [_word_set(value) for value in rules]
    return _Entry(
        row=int(row.row),
        id=row.id,
        label=row.label,
        tokens=tokens,
        case=case,
        case_words=words,
        not_after=contexts[0],
        not_before=contexts[1],
        requires_after=contexts[2],
        requires_before=contexts[3],
        requires_near=contexts[4],
        window=window,
        quantity_after=quantity_after,
        simple=(
            len(tokens) == 1
            and tokens[0][0] == "words"
            and case == "no"
            and not (quantity_after or any(contexts))
        ),
    )


def _read_csv(text: str, source: str) -> pd.DataFrame:
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for line_no, record in enumerate(reader, start=2):
        if None in record:
            raise MediakitValueError(
                f"{source}, line {line_no}: more fields than columns; quote fields with commas"
            )
        rows.append({**record, "_line": line_no})
    frame = pd.DataFrame(rows)
    frame.attrs["source"] = source
    return frame


def _validate(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    if not isinstance(frame, pd.DataFrame):
        raise MediakitTypeError(
            f"lexicon entries must be a DataFrame or a list of dicts, got {type(frame).__name__}"
        )
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise MediakitValueError(
            f"{source}: lexicon columns missing: {missing}. Required: {', '.join(REQUIRED)}; "
            "see mediakit/lexicons/README.md"
        )
    unknown = [c for c in frame.columns if c not in COLUMNS and c not in {"_line", "row"}]
    if unknown:
        raise MediakitValueError(
            f"{source}: unknown lexicon column(s) {unknown}; the columns are: {', '.join(COLUMNS)}"
        )
    out = frame.copy()
    for column in COLUMNS:
        if column not in out.columns:
            out[column] = ""
        out[column] = out[column].fillna("").astype(str).str.strip()
    lines = out["_line"].tolist() if "_line" in out.columns else [i + 1 for i in range(len(out))]
    for line, record in zip(lines, out.itertuples(index=False)):
        where = f"{source}, line {line} (entry {record.id!r})"
        for column in REQUIRED:
            if not getattr(record, column):
                raise MediakitValueError(f"{where}: '{column}' is empty")
        if record.case_sensitive not in {"", "no", "yes", "lower"}:
            raise MediakitValueError(
                f"{where}: case_sensitive must be no, yes or lower, got {record.case_sensitive!r}"
            )
        if record.window and not record.window.isdigit():
            raise MediakitValueError(f"{where}: window must be a whole number, got {record.window!r}")
    dups = out["id"][out["id"].duplicated()].tolist()
    if dups:
        raise MediakitValueError(f"{source}: duplicate entry ids {sorted(set(dups))}")
    out = out[list(COLUMNS)].reset_index(drop=True)
    out["row"] = range(len(out))
    out.attrs = {}
    for record in out.itertuples(index=False):  # compile once to report pattern errors early
        if record.pattern not in SPECIAL_PATTERNS:
            _compile_entry(record, source)
    return out


@cache
def _builtin(name: str) -> Lexicon:
    source = resources.files("mediakit.lexicons") / f"{name}.csv"
    return Lexicon(
        name=name, entries=_read_csv(source.read_text(encoding="utf-8"), f"mediakit/lexicons/{name}.csv")
    )


def _update_readme_tables(readme: Path) -> None:
    """Rewrite the balance tables of the lexicon README from the bundled lexicons."""
    import re as _re

    from ._format import markdown_table

    text = readme.read_text(encoding="utf-8")
    for name in BUILTIN:
        table = markdown_table(Lexicon.load(name).balance())
        text = _re.sub(
            rf"(<!-- balance:{name} -->\n).*?(\n<!-- /balance:{name} -->)",
            lambda m, table=table: m.group(1) + table + m.group(2),
            text,
            flags=_re.S,
        )
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":  # python -m mediakit.lexicon: refresh the README's balance tables
    _update_readme_tables(Path(__file__).resolve().parent / "lexicons" / "README.md")
