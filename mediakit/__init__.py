"""mediakit: transparent, offline media framing analysis for news articles.

The public API is listed in ``__all__``; see README.md and docs/ for a tour.
"""

from __future__ import annotations

from . import plot
from .compare import analyze, keyness, kwic, naming
from .corpus import Article, corpus_from_frame, load_article, load_corpus, load_example_corpus
from .detectors import detect_hedges, detect_loaded, summarize
from .display import Highlight, SideBySide, highlight, side_by_side
from .errors import (
    ArticleDecodeError,
    ArticleFormatError,
    ArticleNotFoundError,
    DuplicateIdError,
    EmptyArticleError,
    EmptyCorpusError,
    MediakitError,
    MediakitTypeError,
    MediakitValueError,
    MissingExtraError,
    NotTextError,
)
from .evaluate import agreement, evaluate, read_babe, read_gold, read_ptc
from .export import export
from .fetch import coverage_manifest, fetch_corpus
from .lexicon import Lexicon
from .readability import explain_readability, readability
from .sources import detect_sources, quote_shares
from .text import Doc, Quote, Span, paragraphs, parse, quotes, sentences, tokens

#: The release; tests/test_packaging.py keeps it equal to the version in pyproject.toml.
__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleDecodeError",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "Doc",
    "DuplicateIdError",
    "EmptyArticleError",
    "EmptyCorpusError",
    "Highlight",
    "Lexicon",
    "MediakitError",
    "MediakitTypeError",
    "MediakitValueError",
    "MissingExtraError",
    "NotTextError",
    "Quote",
    "SideBySide",
    "Span",
    "__version__",
    "agreement",
    "analyze",
    "corpus_from_frame",
    "coverage_manifest",
    "detect_hedges",
    "detect_loaded",
    "detect_sources",
    "evaluate",
    "explain_readability",
    "export",
    "fetch_corpus",
    "highlight",
    "keyness",
    "kwic",
    "load_article",
    "load_corpus",
    "load_example_corpus",
    "naming",
    "paragraphs",
    "parse",
    "plot",
    "quote_shares",
    "quotes",
    "read_babe",
    "read_gold",
    "read_ptc",
    "readability",
    "sentences",
    "side_by_side",
    "summarize",
    "tokens",
]
