"""Errors raised by mediakit.

Every error mediakit raises on purpose is a :class:`MediakitError`, so a script
can catch them all with one ``except``. Each subclass also derives from the
built-in exception a Python user would expect (``FileNotFoundError``,
``TypeError``, ``ValueError``, ``UnicodeError``), so existing handlers keep
working. Messages name the file (or row) at fault and say how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "ArticleDecodeError",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "DuplicateIdError",
    "EmptyArticleError",
    "EmptyCorpusError",
    "MediakitError",
    "MediakitTypeError",
    "MediakitValueError",
    "MissingExtraError",
    "NotTextError",
]


class MediakitError(Exception):
    """Base class of every error mediakit raises on purpose."""


class MediakitTypeError(MediakitError, TypeError):
    """An argument has a type mediakit does not accept."""

    @classmethod
    def for_input(cls, value: object, accepted: Iterable[str], *, name: str = "x"):
        kinds = ", ".join(accepted)
        return cls(
            f"{name} must be one of: {kinds}; got {type(value).__name__}. "
            "Load files with mediakit.load_article or mediakit.load_corpus, or wrap your own "
            "table with mediakit.corpus_from_frame."
        )


class MissingExtraError(MediakitError, ImportError):
    """An optional dependency (a pip "extra") needed by the function called is not installed."""


class MediakitValueError(MediakitError, ValueError):
    """An argument has the right type but a value mediakit cannot use."""


class ArticleNotFoundError(MediakitError, FileNotFoundError):
    """A path given to a loader does not exist."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(
            f"{self.path}: no such file or folder. Check the path (relative paths are resolved "
            f"from {Path.cwd()})."
        )


class EmptyCorpusError(MediakitError, ValueError):
    """A folder (or table) holds no articles."""


class NotTextError(MediakitError, ValueError):
    """A file is binary or otherwise not a text article."""


class ArticleDecodeError(MediakitError, UnicodeError):
    """A file's bytes cannot be decoded with the encoding given."""


class EmptyArticleError(MediakitError, ValueError):
    """An article file (or table row) has no text."""


class ArticleFormatError(MediakitError, ValueError):
    """An article's metadata header is malformed; the message gives the line."""

    def __init__(self, path: Path | str, line: int, problem: str):
        self.path = Path(path)
        self.line = line
        super().__init__(
            f"{self.path}, line {line}: {problem}. The header is a block between two '---' lines "
            "with one 'key: value' per line; see data/README.md for the format."
        )


class DuplicateIdError(MediakitError, ValueError):
    """Two or more articles share an id."""

    def __init__(self, duplicates: dict[str, list[str]]):
        self.duplicates = duplicates
        listing = "; ".join(f"{doc_id!r} in {', '.join(where)}" for doc_id, where in duplicates.items())
        super().__init__(
            f"duplicate article ids: {listing}. Give each article a unique 'id:' in its header "
            "(or a unique value in the id column)."
        )
