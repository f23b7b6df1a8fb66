"""Benchmark: the three detectors together, in words per second on one core.

Run from the repository root::

    python benchmarks/bench_detectors.py                # 1,000,000 words
    python benchmarks/bench_detectors.py --words 200000

Target (issue: detectors): ``detect_loaded`` + ``detect_hedges`` + ``detect_sources``
together at >= 500,000 words/s on one core, on the shared tokenization.

The corpus is the readability benchmark's (``bench_readability.build_corpus``):
sentences of every bundled text shuffled with a fixed seed into ~600-word
documents, never a repeated whole document. Two figures are printed:

* **with tokenization**: a fresh process parses every document and runs the
  three detectors on batches of 200 documents (what a user pays on a new corpus);
* **detectors only**: the documents are parsed first (the shared pass that
  readability and keyness also use), then the detectors are timed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_readability import build_corpus, machine  # noqa: E402


def worker(n_words: int, pre_parse: bool) -> dict:
    import pandas as pd

    import mediakit as mk
    from mediakit.text import _parse_cached, parse

    docs = build_corpus(n_words)
    corpus = mk.corpus_from_frame(pd.DataFrame({"text": docs}))
    words = sum(len(d.split()) for d in docs)
    mk.detect_loaded("warm up the lexicon compilers: the Kiev regime may fall, sources said.")
    mk.detect_hedges("It may rain.")
    mk.detect_sources("“Yes,” she said.")
    _parse_cached.cache_clear()
    seconds = 0.0
    n_hits = 0
    # batches of 200 documents, as `mediakit analyze` streams a large folder
    for first in range(0, len(corpus), 200):
        batch = corpus.iloc[first : first + 200]
        if pre_parse:  # the shared pass, done first and not timed (readability and keyness reuse it)
            for text in batch["text"]:
                parse(text)
        start = time.perf_counter()
        n_hits += len(mk.detect_loaded(batch)) + len(mk.detect_hedges(batch)) + len(mk.detect_sources(batch))
        seconds += time.perf_counter() - start
    return {"words": words, "docs": len(docs), "seconds": seconds, "hits": n_hits}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--worker", choices=["tokenize", "detect"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.words, args.worker == "detect")))
        return 0
    results = {}
    for kind in ("tokenize", "detect"):
        out = subprocess.run(
            [sys.executable, __file__, "--words", str(args.words), "--worker", kind],
            capture_output=True,
            text=True,
            check=True,
        )
        results[kind] = json.loads(out.stdout.strip().splitlines()[-1])
    info = machine()
    print(f"machine: {info}")
    r = results["tokenize"]
    print(f"corpus: {r['words']:,} words in {r['docs']:,} documents; {r['hits']:,} hits")
    for kind, label in (("tokenize", "with tokenization"), ("detect", "detectors only")):
        r = results[kind]
        print(f"{label:>18}: {r['seconds']:.2f} s  {r['words'] / r['seconds']:,.0f} words/s (one core)")
    print("target: >= 500,000 words/s for the three detectors on the shared tokenization")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
