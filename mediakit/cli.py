"""The ``mediakit`` command line.

Exit codes: 0 success, 1 a problem with the input (the message names the file),
2 a usage error (unknown option, missing argument).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .corpus import load_corpus, load_example_corpus
from .errors import MediakitError
from .text import parse

EXAMPLES = """examples:
  mediakit corpus                      the bundled articles, one line each
  mediakit corpus data/articles        a folder of article files
  mediakit corpus my_articles.csv      a table with a 'text' column
"""


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="Media framing analysis: loaded language, hedging, sourcing and readability.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    corpus = sub.add_parser(
        "corpus",
        help="list the articles of a corpus: id, outlet, date, kind, words, sentences",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    corpus.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files, folders or tables (default: the bundled corpus)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "corpus":
            print("\n".join(_corpus_lines(args.paths)))
    except MediakitError as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 1
    return 0
