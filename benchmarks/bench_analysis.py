"""Benchmark: the full analysis at corpus scale (issue: main job, export and scale).

Run from the repository root::

    python benchmarks/bench_analysis.py                     # everything, default sizes
    python benchmarks/bench_analysis.py --words 300000 --files 20000
    python benchmarks/bench_analysis.py --corpus DIR --skip scaling stream import report

It measures, in one run, on corpora built deterministically from the bundled
texts (sentences shuffled with a fixed seed, never whole documents repeated;
see ``bench_readability.build_corpus``):

1. **Full analysis vs textstat**: ``mediakit.analyze`` (one shared tokenization,
   readability, the three detectors, rates, naming) in words/s per core, against
   textstat's own functions for the same readability measures alone, each in a
   fresh process, cold (first pass) and warm (second pass; per-text results are
   not reused). Target: at least 5x textstat while doing strictly more. With
   ``--corpus PATH...`` this comparison runs on your own corpus instead.
2. **Scaling**: the full analysis on 1x, 4x and 16x a base corpus; time should
   grow linearly (seconds per 100k words roughly constant).
3. **Streaming memory**: ``mediakit analyze DIR --out FILE`` over many small
   article files written to a temporary folder; the peak resident memory of the
   command (target: under 1 GB for 100,000 files).
4. **Import time** of ``import mediakit`` in a fresh interpreter (median of 5,
   with the bytecode cache written first, as in an installed package; target
   under 0.5 s), beside ``import pandas`` alone.
5. **The report** on the bundled corpus (``mediakit report``; target under 10 s).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_readability import (  # noqa: E402
    build_corpus,
    corpus_texts,
    machine,
    worker_textstat,
    write_nltk_cmudict,
)


def worker_analyze(corpus_file: Path, out_file: Path) -> None:
    """Time mediakit.analyze cold, then warm (parse cache cleared, word caches kept)."""
    import warnings

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    import pandas as pd

    import mediakit as mk
    from mediakit.text import _parse_cached

    t_import = time.perf_counter() - t0
    docs = json.loads(corpus_file.read_text(encoding="utf-8"))
    corpus = mk.corpus_from_frame(pd.DataFrame({"text": docs}))
    t0 = time.perf_counter()
    mk.analyze(corpus)
    t_cold = time.perf_counter() - t0
    _parse_cached.cache_clear()
    t0 = time.perf_counter()
    mk.analyze(corpus)
    t_warm = time.perf_counter() - t0
    out_file.write_bytes(pickle.dumps({"import": t_import, "cold": t_cold, "warm": t_warm}))


def _run_worker(kind: str, *args: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pkl"
        subprocess.run([sys.executable, __file__, "--worker", kind, *map(str, args), str(out)], check=True)
        return pickle.loads(out.read_bytes())


# textstat 0.7.13 memoises each function's last 128 results (textstat/backend/utils/constants.py).
TEXTSTAT_CACHE = 128


def compare_with_textstat(n_words: int, paths: list[str] | None = None) -> dict:
    docs = corpus_texts(n_words, paths)
    words = sum(len(d.split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = Path(tmp) / "corpus.json"
        corpus_file.write_text(json.dumps(docs), encoding="utf-8")
        nltk_dir = Path(tmp) / "nltk"
        write_nltk_cmudict(nltk_dir)
        mediakit = _run_worker("analyze", corpus_file)
        textstat = _run_worker("textstat", corpus_file, nltk_dir)["times"]
    return {"words": words, "docs": len(docs), "mediakit": mediakit, "textstat": textstat}


def scaling(base_words: int) -> list[dict]:
    out = []
    for factor in (1, 4, 16):
        docs = build_corpus(base_words * factor, seed=factor)
        words = sum(len(d.split()) for d in docs)
        with tempfile.TemporaryDirectory() as tmp:
            corpus_file = Path(tmp) / "corpus.json"
            corpus_file.write_text(json.dumps(docs), encoding="utf-8")
            times = _run_worker("analyze", corpus_file)
        out.append({"factor": factor, "words": words, "seconds": times["cold"]})
    return out


def streaming_memory(n_files: int) -> dict:
    """Write ``n_files`` small article files and run ``mediakit analyze`` over the folder."""
    docs = build_corpus(n_files * 90)
    sentences = [s for d in docs for s in d.split("\n\n")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = 0
        for i in range(n_files):
            text = sentences[i % len(sentences)] + "\n\n" + sentences[(i * 7 + 3) % len(sentences)]
            words += len(text.split())
            (folder / f"a{i:06d}.txt").write_text(f"---\nid: a{i}\n---\n{text}\n", encoding="utf-8")
        out = Path(tmp) / "out.csv"
        t0 = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run(
            [sys.executable, "-m", "mediakit", "analyze", str(folder), "--out", str(out), "--no-progress"],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"files": n_files, "words": words, "seconds": seconds, "peak_mb": max(peak, before) / 1024}


def import_time(module: str = "mediakit") -> float:
    """Median of 5 fresh-interpreter imports of ``module``, after one import that writes the bytecode
    cache (an installed package has its .pyc files; PYTHONDONTWRITEBYTECODE, set on some machines,
    would otherwise make every run compile mediakit's sources again)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def once() -> float:
        cmd = [sys.executable, "-c", code]
        return float(subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout)

    once()
    return statistics.median(once() for _ in range(5))


def report_time() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mediakit", "report", "--html", str(Path(tmp) / "r.html")],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="corpus for the textstat comparison")
    parser.add_argument("--corpus", nargs="+", metavar="PATH", help="your own corpus for comparison 1")
    parser.add_argument("--base", type=int, default=25_000, help="base corpus for the 1x/4x/16x scaling run")
    parser.add_argument("--files", type=int, default=100_000, help="article files for the streaming run")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["textstat", "scaling", "stream", "import", "report"]
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, *paths = args.worker
        if kind == "analyze":
            worker_analyze(Path(paths[0]), Path(paths[1]))
        else:
            worker_textstat(Path(paths[0]), Path(paths[2]), Path(paths[1]))
        return 0

    print(f"machine: {machine()}")
    if "textstat" not in args.skip:
        r = compare_with_textstat(args.words, args.corpus)
        w = r["words"]
        where = f" of {', '.join(args.corpus)}" if args.corpus else ""
        print(f"\n1. full analysis vs textstat on {w:,} words{where} ({r['docs']:,} documents), one core")
        for run in ("cold", "warm"):
            mk_rate = w / r["mediakit"][run]
            ts_rate = w / r["textstat"][run]
            print(
                f"   {run}: mediakit analyze {mk_rate:>10,.0f} words/s | textstat readability only "
                f"{ts_rate:>9,.0f} words/s | ratio {mk_rate / ts_rate:.1f}x (target >= 5x)"
            )
        if r["docs"] <= TEXTSTAT_CACHE:
            print(
                f"   textstat keeps its last {TEXTSTAT_CACHE} results of each function, so on {r['docs']} "
                "documents its warm pass reuses them: compare the cold figures"
            )
    if "scaling" not in args.skip:
        rows = scaling(args.base)
        print("\n2. scaling (full analysis, cold)")
        for row in rows:
            print(
                f"   {row['factor']:>2}x: {row['words']:>9,} words {row['seconds']:7.2f} s "
                f"{row['seconds'] / row['words'] * 1e5:6.2f} s per 100k words"
            )
    if "stream" not in args.skip:
        s = streaming_memory(args.files)
        print(
            f"\n3. mediakit analyze over {s['files']:,} article files ({s['words']:,} words): "
            f"{s['seconds']:.1f} s, peak memory {s['peak_mb']:.0f} MB (target < 1024 MB)"
        )
    if "import" not in args.skip:
        mine, theirs = import_time(), import_time("pandas")
        print(
            f"\n4. import mediakit: {mine:.3f} s (median of 5; target < 0.5 s); "
            f"pandas alone {theirs:.3f} s, so mediakit adds {mine - theirs:.3f} s"
        )
    if "report" not in args.skip:
        print(f"\n5. mediakit report on the bundled corpus: {report_time():.1f} s (target < 10 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
