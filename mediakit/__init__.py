"""mediakit: transparent, offline media framing analysis for news articles.

The public API is listed in ``__all__``; see README.md and docs/ for a tour.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .compare import analyze, keyness, kwic, naming
from .corpus import Article, corpus_from_frame, load_article, load_corpus, load_example_corpus
from .detectors import detect_hedges, detect_loaded, summarize
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

# Eager, although used less often: these functions share their module's name, and a lazily
# imported submodule would replace the function as the package attribute.
from .evaluate import agreement, evaluate, read_babe, read_gold, read_ptc
from .export import export
from .lexicon import Lexicon
from .readability import explain_readability, readability
from .sources import detect_sources, quote_shares
from .text import Doc, Quote, Span, paragraphs, parse, quotes, sentences, tokens

if TYPE_CHECKING:  # loaded on first use (below), to keep `import mediakit` fast
    from . import plot
    from .display import Highlight, SideBySide, highlight, side_by_side
    from .fetch import coverage_manifest, fetch_corpus

_LAZY = {
    "plot": ("plot", None),
    "Highlight": ("display", "Highlight"),
    "SideBySide": ("display", "SideBySide"),
    "highlight": ("display", "highlight"),
    "side_by_side": ("display", "side_by_side"),
    "coverage_manifest": ("fetch", "coverage_manifest"),
    "fetch_corpus": ("fetch", "fetch_corpus"),
}


def __getattr__(name: str):
    """Load the less central parts of the API on first use (PEP 562)."""
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'mediakit' has no attribute {name!r}") from None
    value = import_module(f".{module}", __name__)
    value = value if attribute is None else getattr(value, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
