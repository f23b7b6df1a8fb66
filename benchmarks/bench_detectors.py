"""Benchmark: the three detectors together, in words per second on one core.

Run from the repository root::

    python benchmarks/bench_detectors.py                # 1,000,000 words
    python benchmarks/bench_detectors.py --words 200000
    python benchmarks/bench_detectors.py --repeat 3     # best of three passes
    python benchmarks/bench_detectors.py --corpus DIR   # your own corpus (a folder, files, CSV or JSONL)

Target (issue: detectors): ``detect_loaded`` + ``detect_hedges`` + ``detect_sources``
together at >= 500,000 words/s on one core, on the shared tokenization.

The corpus is the readability benchmark's (``bench_readability.build_corpus``):
sentences of every bundled text shuffled with a fixed seed into ~600-word
documents, never a repeated whole document. Its vocabulary is small (432 distinct
sentences), so the memos the detectors keep across documents almost never miss;
``bench_vocabulary.py`` measures what that is worth, and ``--corpus`` times your own
corpus instead. Two figures are printed:

* **with tokenization**: a fresh process parses every document and runs the
  three detectors on batches of 200 documents (what a user pays on a new corpus);
* **detectors only**: the documents are parsed first (the shared pass that
  readability and keyness also use), then the detectors are timed.

Each batch's parse ends by collecting the garbage collector's young generation,
so its first look at the new documents' token tuples counts for the tokenization
(timed in the first figure, untimed in the second) rather than for the detector
that happens to run next.

Each figure is given in wall-clock and in CPU time of the process
(``time.process_time``), with the time of each detector. On a shared machine the
wall clock moves with the load of other processes (the load average is printed);
CPU time moves less, and the best of ``--repeat`` passes (each on an empty parse
cache) is the steadiest figure.

Under each stage's CPU time the script prints the garbage collector's share of
it (the wall-clock time of its collections, timed with :data:`gc.callbacks`):
a stage that keeps many new objects alive pays for the collections they cause.

On a shared machine even CPU time drifts by a third within minutes, so a change
of 10% needs an A/B run: ``--against REV`` extracts the package as committed at
git revision REV and times it and the working tree alternately, each in a fresh
process, ``--rounds`` times, keeping the best CPU time of each::

    python benchmarks/bench_detectors.py --against HEAD --words 500000 --rounds 3
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_readability import corpus_texts, machine  # noqa: E402

DETECTORS = ("detect_loaded", "detect_hedges", "detect_sources")
STAGES = ("tokenization", "quotation analysis", "loaded", "hedges", "sources")


class StageClock:
    """Wall-clock and CPU seconds per stage, and the garbage collector's share of each.

    Use as a context manager (it listens to :data:`gc.callbacks` while open); ``timed(stage, run,
    arg)`` calls ``run(arg)`` and adds its time to ``stage``. A collection that starts inside a
    timed call counts for that stage; one during untimed work counts for none.
    """

    def __init__(self, stages: tuple[str, ...]):
        self.wall = dict.fromkeys(stages, 0.0)
        self.cpu = dict.fromkeys(stages, 0.0)
        self.collector = dict.fromkeys(stages, 0.0)
        self._stage: str | None = None
        self._gc_started = 0.0

    def __enter__(self) -> StageClock:
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._stage is not None:
            self.collector[self._stage] += time.perf_counter() - self._gc_started

    def timed(self, stage: str, run, arg):
        start, start_cpu = time.perf_counter(), time.process_time()
        self._stage = stage
        try:
            return run(arg)
        finally:
            self._stage = None
            self.wall[stage] += time.perf_counter() - start
            self.cpu[stage] += time.process_time() - start_cpu


def worker(n_words: int, pre_parse: bool, repeat: int, paths: list[str] | None = None) -> dict:
    import pandas as pd

    import mediakit as mk
    from mediakit.sources import attribute_quotes
    from mediakit.text import _parse_cached, parse

    docs = corpus_texts(n_words, paths)
    corpus = mk.corpus_from_frame(pd.DataFrame({"text": docs}))
    words = sum(len(d.split()) for d in docs)
    mk.detect_loaded("warm up the lexicon compilers: the Kiev regime may fall, sources said.")
    mk.detect_hedges("It may rain.")
    mk.detect_sources("“Yes,” she said.")

    def parse_all(texts: list[str]) -> list:
        docs = [parse(text) for text in texts]
        # The collector examines new objects at its next young collection. Once the parse cache is
        # full, each new Doc evicts an old one, so parsing a batch frees as many tracked objects as
        # it makes and sets off no collection: the first collection of the next stage would walk
        # the whole batch's token tuples (about 0.1 s per million words) and be counted for the
        # quotation analysis. Collecting the young generation here gives that work to the
        # tokenization, which made the objects.
        gc.collect(0)
        return docs

    def analyse_all(texts: list[str]) -> list:
        return [attribute_quotes(parse(text)) for text in texts]

    best: dict | None = None
    for _ in range(repeat):
        _parse_cached.cache_clear()
        n_hits = 0
        with StageClock(STAGES) as clock:
            # batches of 200 documents, as `mediakit analyze` streams a large folder
            for first in range(0, len(corpus), 200):
                batch = corpus.iloc[first : first + 200]
                texts = batch["text"].tolist()
                if pre_parse:  # the shared pass, done first and not timed (readability and keyness reuse it)
                    parse_all(texts)
                else:
                    clock.timed("tokenization", parse_all, texts)
                # The quotation and attribution analysis is shared by all three detectors (in_quote and
                # speaker); it is timed on its own so that the first detector does not appear to pay it.
                clock.timed("quotation analysis", analyse_all, texts)
                for stage, name in zip(STAGES[2:], DETECTORS):
                    n_hits += len(clock.timed(stage, getattr(mk, name), batch))
        run = {
            "seconds": sum(clock.wall.values()),
            "cpu": sum(clock.cpu.values()),
            "cpu_by_stage": clock.cpu,
            "gc_by_stage": clock.collector,
            "hits": n_hits,
        }
        if best is None or run["cpu"] < best["cpu"]:
            best = run
    return {"words": words, "docs": len(docs), "package": str(Path(mk.__file__).parent), **best}


def export_revision(rev: str, dest: Path) -> Path:
    """Extract the ``mediakit`` package as committed at git revision ``rev`` into ``dest``."""
    done = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "mediakit"], capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"--against {rev}: git could not export it: {done.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(dest, filter="data")
    return dest


def run_worker(
    kind: str, words: int, repeat: int, package: Path | None = None, paths: list[str] | None = None
) -> dict:
    """One timing in a fresh process (``package``: a folder holding another ``mediakit`` to time;
    ``paths``: the corpus to time it on, instead of the benchmark corpus)."""
    command = [sys.executable, __file__, "--words", str(words), "--repeat", str(repeat), "--worker", kind]
    if package is not None:
        command += ["--package", str(package)]
    if paths:
        command += ["--corpus", *paths]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(rev: str, words: int, rounds: int, paths: list[str] | None = None) -> int:
    """A/B: revision ``rev`` against the working tree, alternating fresh processes, best CPU of each."""
    best: dict[tuple[str, str], dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old = export_revision(rev, Path(tmp))
        for _ in range(max(rounds, 1)):
            for side, package in ((rev, old), ("working tree", None)):
                for kind in ("tokenize", "detect"):
                    r = run_worker(kind, words, 1, package, paths)
                    if package is not None and not r["package"].startswith(str(package)):
                        raise SystemExit(f"the worker timed {r['package']}, not revision {rev}")
                    if (side, kind) not in best or r["cpu"] < best[(side, kind)]["cpu"]:
                        best[(side, kind)] = r
    print(f"machine: {machine()}; best CPU time of {rounds} alternating rounds")
    print(f"{'':>18}  {rev:>14}  {'working tree':>14}  change")
    for kind, label in (("tokenize", "with tokenization"), ("detect", "detectors only")):
        a, b = best[(rev, kind)], best[("working tree", kind)]
        print(
            f"{label:>18}  {a['cpu']:>12.2f} s  {b['cpu']:>12.2f} s  {b['cpu'] / a['cpu'] - 1:+.1%}"
            f"  ({a['words'] / a['cpu']:,.0f} -> {b['words'] / b['cpu']:,.0f} words/s)"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the benchmark corpus")
    parser.add_argument("--corpus", nargs="+", metavar="PATH", help="time your own corpus instead")
    parser.add_argument(
        "--repeat", type=int, default=1, help="passes per figure; the best (least CPU) is kept"
    )
    parser.add_argument("--against", metavar="REV", help="A/B: time git revision REV and the working tree")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of an A/B run")
    parser.add_argument("--worker", choices=["tokenize", "detect"], help=argparse.SUPPRESS)
    parser.add_argument("--package", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        if args.package:  # time the mediakit in this folder, not the working tree's
            sys.path.insert(0, args.package)
        print(json.dumps(worker(args.words, args.worker == "detect", max(args.repeat, 1), args.corpus)))
        return 0
    if args.against:
        return compare(args.against, args.words, args.rounds, args.corpus)
    load = os.getloadavg()[0]
    kinds = ("tokenize", "detect")
    results = {kind: run_worker(kind, args.words, args.repeat, None, args.corpus) for kind in kinds}
    info = machine()
    print(f"machine: {info}; load average {load:.2f} at the start")
    r = results["tokenize"]
    where = ", ".join(args.corpus) if args.corpus else "the benchmark corpus"
    print(f"corpus: {where}: {r['words']:,} words in {r['docs']:,} documents; {r['hits']:,} hits")
    for kind, label in (("tokenize", "with tokenization"), ("detect", "detectors only")):
        r = results[kind]
        per = ", ".join(f"{stage} {t:.2f}" for stage, t in r["cpu_by_stage"].items() if t)
        collected = ", ".join(
            f"{stage} {r['gc_by_stage'][stage]:.2f}" for stage, t in r["cpu_by_stage"].items() if t
        )
        print(
            f"{label:>18}: {r['seconds']:.2f} s  {r['words'] / r['seconds']:,.0f} words/s wall | "
            f"CPU {r['cpu']:.2f} s  {r['words'] / r['cpu']:,.0f} words/s (one core)\n"
            f"{'':>20}CPU s by stage: {per}\n"
            f"{'':>20}of which garbage collection (wall s): {collected}"
        )
    print("target: >= 500,000 words/s for the three detectors on the shared tokenization")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
