"""mediakit: transparent, offline media framing analysis for news articles.

The public API is listed in ``__all__``; see README.md and docs/ for a tour.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .corpus import Article, corpus_from_frame, load_article, load_corpus, load_example_corpus
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
    NotTextError,
)
from .text import Doc, Quote, Span, paragraphs, parse, quotes, sentences, tokens

try:
    __version__ = version("mediakit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "ArticleDecodeError",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "Doc",
    "DuplicateIdError",
    "EmptyArticleError",
    "EmptyCorpusError",
    "MediakitError",
    "MediakitTypeError",
    "MediakitValueError",
    "NotTextError",
    "Quote",
    "Span",
    "__version__",
    "corpus_from_frame",
    "load_article",
    "load_corpus",
    "load_example_corpus",
    "paragraphs",
    "parse",
    "quotes",
    "sentences",
    "tokens",
]
