"""The ``mediakit`` command line (also ``python -m mediakit``).

Exit codes: 0 success, 1 a problem with the input (the message names the file),
2 a usage error (unknown option, missing argument).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd

from .corpus import load_corpus, load_example_corpus, split_paths
from .errors import DuplicateIdError, MediakitError, MediakitValueError
from .text import parse

EXAMPLES = """examples:
  mediakit corpus                                   the bundled articles, one line each
  mediakit corpus data/articles                     a folder of article files
  mediakit analyze data/articles --out results.csv  the comparison table, with results.csv.meta.json
  mediakit analyze articles.jsonl --out r.parquet --jobs 2
  mediakit report --html build/report.html          the HTML report on the bundled corpus
  mediakit report data/articles --html report.html --keyness-target seed
  mediakit fetch --cache coverage_cache             the real coverage in the bundled manifest
  mediakit fetch my_manifest.csv --cache cache      your own list of URLs (needs mediakit[web])
"""
BATCH = 200  # articles per batch: memory stays flat however large the folder is


def _corpus_lines(paths: Sequence[str]) -> list[str]:
    corpus = load_corpus(list(paths)) if paths else load_example_corpus()
    header = f"{'id':<24} {'outlet':<20} {'date':<10} {'kind':<12} {'words':>6} {'sentences':>9}"
    lines = [header, "-" * len(header)]
    for row in corpus.itertuples(index=False):
        doc = parse(row.text)
        date = row.published.date().isoformat() if row.published == row.published else "unknown"
        lines.append(
            f"{row.doc_id:<24.24} {row.outlet or 'unknown':<20.20} {date:<10} {row.kind:<12.12} "
            f"{doc.n_words:>6} {len(doc.sentences):>9}"
        )
    return lines


# --------------------------------------------------------------------------- analyze


def iter_batches(paths: Sequence[str], *, batch_size: int = BATCH) -> Iterator[pd.DataFrame]:
    """Corpus frames of at most ``batch_size`` articles, read lazily (a stream over many files).

    Tables are read whole; article files ``batch_size`` at a time. Duplicate ids
    across batches raise :class:`~mediakit.DuplicateIdError`.
    """
    files, tables = split_paths(paths)
    seen: dict[str, str] = {}

    def check(batch: pd.DataFrame) -> pd.DataFrame:
        dups: dict[str, list[str]] = {}
        for doc_id, where in zip(batch["doc_id"], batch["path"].fillna(batch["doc_id"])):
            if doc_id in seen:
                dups.setdefault(doc_id, [seen[doc_id]]).append(str(where))
            seen[doc_id] = str(where)
        if dups:
            raise DuplicateIdError(dups)
        return batch

    for table in tables:
        yield check(load_corpus(table))
    for start in range(0, len(files), batch_size):
        yield check(load_corpus(files[start : start + batch_size]))


def _analyze_batch(batch: pd.DataFrame) -> pd.DataFrame:
    from .compare import analyze
    from .readability import ShortTextWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        return analyze(batch)


def _progress(total: int | None, enabled: bool):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="article", file=sys.stderr, disable=None)


def run_analyze(paths: Sequence[str], out: str, *, jobs: int = 1, progress: bool = True) -> pd.DataFrame:
    """Analyse ``paths`` in batches (``jobs`` processes) and export the table to ``out``."""
    from .export import check_output, export

    check_output(out)
    files, tables = split_paths(paths)
    bar = _progress(len(files) or None, progress and (len(files) > BATCH or bool(tables)))
    results: list[pd.DataFrame] = []
    batches = iter_batches(paths)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for table in pool.map(_analyze_batch, batches):
                results.append(table)
                if bar is not None:
                    bar.update(len(table))
    else:
        for batch in batches:
            results.append(_analyze_batch(batch))
            if bar is not None:
                bar.update(len(batch))
    if bar is not None:
        bar.close()
    table = pd.concat(results, ignore_index=True) if len(results) > 1 else results[0]
    provenance = dict(results[0].attrs.get("mediakit", {}))
    provenance["text_sha256"] = {k: v for r in results for k, v in r.attrs["mediakit"]["text_sha256"].items()}
    table.attrs["mediakit"] = provenance
    export(table, out, options={"command": "analyze", "paths": list(paths), "jobs": jobs})
    return table


# --------------------------------------------------------------------------- the parser


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="Media framing analysis: loaded language, hedging, sourcing and readability.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    corpus = sub.add_parser(
        "corpus",
        help="list the articles of a corpus: id, outlet, date, kind, words, sentences",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    corpus.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files, folders or tables (default: bundled corpus)"
    )
    analyze = sub.add_parser(
        "analyze",
        help="the comparison table (one row per article) as CSV, JSON lines or parquet",
        description="Analyse articles and write one row per article (columns: docs/codebook.md), "
        "plus FILE.meta.json with versions, lexicon hashes, options and a hash of each text.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    analyze.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files, folders, or CSV/JSONL/parquet tables"
    )
    analyze.add_argument("--out", required=True, metavar="FILE", help="output file: .csv, .jsonl or .parquet")
    analyze.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    analyze.add_argument("--no-progress", action="store_true", help="no progress bar")
    report = sub.add_parser(
        "report",
        help="a self-contained HTML report: comparison table, plots, highlighted articles, keyness, naming",
        description="Write one HTML page (no scripts, no external requests) and print the comparison table.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    report.add_argument("paths", nargs="*", metavar="PATH", help="articles (default: the bundled corpus)")
    report.add_argument("--html", required=True, metavar="FILE", help="the HTML file to write")
    report.add_argument(
        "--keyness-target",
        action="append",
        metavar="ID",
        help="article id(s) compared with the rest (default: first)",
    )
    fetch = sub.add_parser(
        "fetch",
        help="download the articles of a manifest into a cache folder (needs network and mediakit[web])",
        description="Fetch, extract and cache the articles a manifest lists (CSV with a 'url' column; "
        "default: the bundled manifest of real coverage). Failures are reported per URL. "
        "Analyse the cache folder afterwards with 'mediakit analyze DIR'.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    fetch.add_argument(
        "manifest", nargs="?", metavar="MANIFEST", help="CSV with a url column (default: bundled)"
    )
    fetch.add_argument("--cache", required=True, metavar="DIR", help="folder for the fetched article files")
    fetch.add_argument(
        "--timeout", type=float, default=20.0, metavar="S", help="seconds per URL (default 20)"
    )
    fetch.add_argument("--refresh", action="store_true", help="fetch again even when cached")
    fetch.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def run_report(paths: Sequence[str], out: str, *, keyness_target: list[str] | None = None) -> Path:
    """Write the HTML report for ``paths`` (default: the bundled corpus), print the summary and the path."""
    from .report import build_report, summary_table

    target = Path(out)
    if target.suffix.lower() not in {".html", ".htm"}:
        raise MediakitValueError(f"{target}: the report is HTML; give a file name ending in .html")
    corpus = load_corpus(list(paths)) if paths else load_example_corpus()
    if keyness_target:
        unknown = sorted(set(keyness_target) - set(corpus["doc_id"]))
        if unknown:
            raise MediakitValueError(f"--keyness-target: unknown article id(s) {unknown}")
    from .compare import analyze

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = analyze(corpus)
    page = build_report(corpus, keyness_target=keyness_target, table=table)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(target)
    with pd.option_context("display.width", 160, "display.max_columns", 20, "display.max_colwidth", 48):
        print(summary_table(table).to_string(index=False))
    print(f"\nreport written to {target.resolve()}")
    return target


def run_fetch(
    manifest: str | None, cache: str, *, timeout: float, refresh: bool, progress: bool
) -> pd.DataFrame:
    """Fetch a manifest (default: the bundled one) into ``cache`` and print one line per URL."""
    from .fetch import coverage_manifest, fetch_corpus

    Path(cache).mkdir(parents=True, exist_ok=True)
    table = fetch_corpus(
        manifest if manifest else coverage_manifest(),
        cache_dir=cache,
        timeout=timeout,
        refresh=refresh,
        progress=progress,
    )
    for row in table.itertuples(index=False):
        detail = row.error if row.status == "failed" else f"{row.words} words"
        print(f"{row.status:<7} {row.url}  ({detail})")
    counts = table["status"].value_counts()
    print(", ".join(f"{n} {status}" for status, n in counts.items()) + f"; cache: {cache}")
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "corpus":
            print("\n".join(_corpus_lines(args.paths)))
        elif args.command == "analyze":
            if args.jobs < 1:
                parser.error("--jobs must be 1 or more")
            table = run_analyze(args.paths, args.out, jobs=args.jobs, progress=not args.no_progress)
            print(f"{len(table)} articles analysed -> {args.out} (+ {args.out}.meta.json)")
        elif args.command == "report":
            run_report(args.paths, args.html, keyness_target=args.keyness_target)
        elif args.command == "fetch":
            run_fetch(
                args.manifest,
                args.cache,
                timeout=args.timeout,
                refresh=args.refresh,
                progress=not args.no_progress,
            )
    except MediakitError as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 1
    return 0
