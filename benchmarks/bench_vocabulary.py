"""Benchmark: how much of the detectors' speed comes from the benchmark corpus's small vocabulary.

Run from the repository root::

    python benchmarks/bench_vocabulary.py                   # the detector benchmark's corpus, 300,000 words
    python benchmarks/bench_vocabulary.py --corpus DIR      # your own corpus (a folder, files, CSV or JSONL)

The detector benchmark (``bench_detectors.py``) builds its corpus from the 432 sentences of
the bundled texts. After its first documents almost every word, capitalised run and noun
phrase has been seen before. So the memos that the attribution analysis and the lexicon
matcher keep across documents hardly ever miss:

* ``lexicon keys``: the entries anchored at each word, one memo per lexicon;
* ``name runs``: whether a capitalised run names a person;
* ``noun phrases``: how to read a source phrase ("a senior official");
* ``plain words``: a word with its possessive and punctuation removed;
* ``token classes``: whether a token may start a name (it is capitalised) or a
  reporting verb, or link the words of a name ("of", "von", a full stop).

A real corpus keeps meeting new words and names. This script times the work these memos
serve, on documents parsed beforehand: the quotation and attribution analysis and both
bundled lexicons' matching, the part of the three detectors whose speed depends on the
vocabulary. It is timed three ways:

1. with the memos shared across documents, as in normal use;
2. the same, but with one word of each document new to the lexicon memos (its first word is
   removed from them before it), as when every document brings a word not met before;
3. with every memo emptied before each document. No document then reuses another's work.
   This is a bound that no real corpus reaches, since common words recur in every document;
4. with one memo at a time emptied, which gives each memo's cost per miss.

With ``--corpus`` the same figures are printed for your corpus. ``bench_detectors.py --corpus``
times the three detectors themselves on it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_readability import corpus_texts, machine  # noqa: E402

MEMOS = ("lexicon keys", "name runs", "noun phrases", "plain words", "token classes")


class Memos:
    """The memos kept across documents, with a count of the entries each one computes."""

    def __init__(self) -> None:
        import mediakit as mk
        from mediakit import sources

        self.sources = sources
        self.matchers = [mk.Lexicon.load(name)._matcher() for name in ("loaded", "hedges")]
        self.misses = dict.fromkeys(MEMOS, 0)

    def sizes(self) -> dict[str, int]:
        s = self.sources
        return {
            "lexicon keys": sum(len(m._by_key) for m in self.matchers),
            "name runs": len(s._RUN_CACHE),
            "noun phrases": len(s._NP_CACHE),
            "plain words": s._plain.cache_info().misses,
            "token classes": len(s._TOKEN_CLASS),
        }

    def clear(self, memo: str) -> None:
        s = self.sources
        if memo == "lexicon keys":
            for m in self.matchers:
                m._by_key.clear()
        elif memo == "name runs":
            s._RUN_CACHE.clear()
        elif memo == "noun phrases":
            s._NP_CACHE.clear()
        elif memo == "token classes":
            s._TOKEN_CLASS.clear()
        else:
            s._plain.cache_clear()

    def count(self, before: dict[str, int], after: dict[str, int]) -> None:
        for memo in MEMOS:
            grown = after[memo] - before[memo]
            # a memo that started afresh at its size limit holds only this document's entries
            # (the plain-word count is lru_cache's miss counter, which only grows until cleared)
            self.misses[memo] += grown if grown >= 0 else after[memo]


def timed_pass(
    docs: list, units: list, memos: Memos, emptied: tuple[str, ...], new_word: bool = False
) -> float:
    """CPU seconds of the analysis and both lexicons' matching over ``docs``, emptying the memos
    named in ``emptied`` before each document (``new_word``: removing its first word from the
    lexicon memos instead)."""
    analyser = memos.sources._Analyser
    total = 0.0
    for doc, unit in zip(docs, units):
        for memo in emptied:
            memos.clear(memo)
        if new_word and unit.keys:
            for matcher in memos.matchers:
                matcher._by_key.pop(unit.keys[0], None)
        before = memos.sizes()
        start = time.process_time()
        analyser(doc).run()
        for matcher in memos.matchers:
            matcher.find(unit)
        total += time.process_time() - start
        memos.count(before, memos.sizes())
    return total


def measure(texts: list[str], repeat: int) -> dict:
    from mediakit.lexicon import units
    from mediakit.text import parse

    docs = [parse(text) for text in texts]
    unit_list = [units(doc) for doc in docs]
    memos = Memos()
    runs = {
        "shared": (),
        "new word": (),
        "none shared": MEMOS,
        **{f"{memo} emptied": (memo,) for memo in MEMOS},
    }
    result = {}
    for name, emptied in runs.items():
        best, misses = None, None
        for _ in range(max(repeat, 1)):
            for memo in MEMOS:  # each pass starts with empty memos, as a new process would
                memos.clear(memo)
            memos.misses = dict.fromkeys(MEMOS, 0)
            seconds = timed_pass(docs, unit_list, memos, emptied, name == "new word")
            if best is None or seconds < best:
                best, misses = seconds, dict(memos.misses)
        result[name] = {"cpu": best, "misses": misses}
    return {"words": sum(len(t.split()) for t in texts), "docs": len(docs), "runs": result}


def report(r: dict) -> str:
    runs = r["runs"]
    shared, none = runs["shared"], runs["none shared"]
    lines = [
        f"corpus: {r['words']:,} words in {r['docs']:,} documents",
        "quotation analysis + matching both lexicons, documents parsed first, CPU seconds (best pass):",
        f"  memos shared across documents: {shared['cpu']:.3f} s ({r['words'] / shared['cpu']:,.0f} words/s)",
        f"  shared, one word of each document new to the lexicon memos: {runs['new word']['cpu']:.3f} s "
        f"({r['words'] / runs['new word']['cpu']:,.0f} words/s)",
        f"  no memo shared (emptied before each document): {none['cpu']:.3f} s "
        f"({r['words'] / none['cpu']:,.0f} words/s), {none['cpu'] / shared['cpu']:.2f}x the time",
        "per memo: entries computed with it shared / emptied before each document, and the cost per miss:",
    ]
    for memo in MEMOS:
        one = runs[f"{memo} emptied"]
        extra = one["misses"][memo] - shared["misses"][memo]
        cost = (one["cpu"] - shared["cpu"]) / extra * 1e6 if extra > 0 else float("nan")
        lines.append(
            f"  {memo:>13}: {shared['misses'][memo]:>9,} / {one['misses'][memo]:>9,}"
            f"  (+{one['cpu'] - shared['cpu']:.3f} s, about {cost:.1f} µs per miss)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="size of the benchmark corpus")
    parser.add_argument("--corpus", nargs="+", metavar="PATH", help="your own corpus instead")
    parser.add_argument("--repeat", type=int, default=3, help="passes per figure; the best is kept")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(report(measure(corpus_texts(args.words, args.corpus), args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
