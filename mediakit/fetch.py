"""Fetch real coverage from the web into a local cache of article files.

mediakit analyses articles offline; this module is the one place that goes
online, and only when called. :func:`fetch_corpus` reads a manifest (a CSV
such as ``data/coverage/manifest.csv``, or a DataFrame with a ``url`` column),
downloads each page with the standard library, extracts the main text with
trafilatura (the ``web`` extra), and writes one article file per URL into a
cache folder, in the format of ``data/README.md``::

    ---
    id: ap-rubio-move-on
    title: ...
    outlet: AP
    published: 2025-04-18
    url: https://...
    author: ...
    language: en
    kind: published
    notes: ...
    outlet_type: wire
    page_title: ...
    page_date: 2025-04-18
    page_site: ...
    page_language: en
    fetched_at: 2025-05-02T09:14:03Z
    final_url: https://...
    extractor: trafilatura 2.3.1
    sha256: 3f5c...
    ---
    The extracted text ...

``mediakit.load_corpus(cache_dir)`` then loads the cache with no network.
Safety rules: http(s) only (also for redirects), a timeout, a size cap, cache
file names derived from a hash of the URL (never from the URL's path), atomic
writes, and header values forced onto one line so a page cannot inject keys.
See ``docs/fetching.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Mapping
from email.message import Message
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from .corpus import ARTICLE_FIELDS, load_article
from .errors import (
    ArticleNotFoundError,
    MediakitError,
    MediakitTypeError,
    MediakitValueError,
    MissingExtraError,
)

__all__ = ["cache_name", "clean_text", "clean_value", "coverage_manifest", "fetch_corpus", "write_article"]

#: Columns added to the manifest in the frame :func:`fetch_corpus` returns.
RESULT_COLUMNS: tuple[str, ...] = ("status", "error", "path", "final_url", "fetched_at", "sha256", "words")

#: Manifest columns that map onto article header fields (the first present wins).
_FIELD_SOURCES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id"),
    "title": ("headline", "title"),
    "outlet": ("outlet",),
    "published": ("date", "published"),
    "language": ("language",),
    "notes": ("notes",),
}
#: Header keys written from the page and the fetch; manifest columns never override them.
_FETCH_KEYS: tuple[str, ...] = (
    "page_title",
    "page_date",
    "page_site",
    "page_language",
    "fetched_at",
    "final_url",
    "extractor",
    "sha256",
)
_HEADER_ORDER: tuple[str, ...] = ("id", *ARTICLE_FIELDS)
_RESERVED = {*_HEADER_ORDER, *_FETCH_KEYS, *RESULT_COLUMNS, "doc_id", "text", "headline", "date"}
_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
_DASHES = re.compile(r"-{3,}\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # C0 controls except \t \n \v \f \r
_CHUNK = 64 * 1024
_ALLOWED_SCHEMES = ("http", "https")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


class _Failure(Exception):
    """A per-URL failure; the message is the short ``error`` recorded for the row."""


# --------------------------------------------------------------------------- header values


def clean_value(value: object) -> str:
    """Make ``value`` a safe single-line header value.

    Line breaks of any kind become spaces, lines consisting only of dashes
    (``---``) are dropped, control characters are removed and runs of
    whitespace collapse to one space. The result never contains a newline, so a
    title such as ``"x\\n---\\nid: evil"`` cannot close the header or add a key.
    The function is idempotent: ``clean_value(clean_value(v)) == clean_value(v)``.

    >>> clean_value("Evil\\n---\\nid: evil")
    'Evil id: evil'
    """
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = _CONTROL.sub(" ", _encodable(str(value)))
    lines = [line for line in text.splitlines() if not _DASHES.match(line.strip())]
    return " ".join(" ".join(lines).split())


def clean_text(text: str) -> str:
    """Normalise extracted text the way :func:`mediakit.load_article` reads it back.

    Line ends become ``\\n``, NUL and other control characters (except tab,
    vertical tab and form feed) are removed, and surrounding whitespace is
    stripped. The result loads back unchanged, even when it starts with ``---``.
    """
    text = _encodable(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def _encodable(text: str) -> str:
    """Replace lone surrogates (which UTF-8 cannot encode) with U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _iso_date(value: str) -> str:
    """``value`` as YYYY-MM-DD, or "" when it is not a date."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat() if value.strip() else ""
    except ValueError:
        return ""


# --------------------------------------------------------------------------- cache files


def cache_name(url: str) -> str:
    """The cache file name for ``url``: the first 16 hex digits of its SHA-256, plus ``.txt``.

    No part of the URL itself appears in the name, so a URL cannot choose where
    its copy is written.

    >>> cache_name("https://example.org/a")
    'b5b10dd0429e69ac.txt'
    """
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:16] + ".txt"


def _render(header: Mapping[str, str], text: str) -> str:
    lines = ["---"]
    for key, value in header.items():
        if not _KEY.match(key):
            raise MediakitValueError(f"invalid header key {key!r} (use lower-case letters, digits and _)")
        value = clean_value(value)
        lines.append(f"{key}: {value}" if value else f"{key}:")
    lines.append("---")
    return "\n".join(lines) + "\n" + clean_text(text) + "\n"


def write_article(path: str | Path, header: Mapping[str, str], text: str) -> Path:
    """Write one article file atomically: a temporary file in the same folder, then ``os.replace``.

    Parameters
    ----------
    path
        The file to write; its folder must exist.
    header
        Header keys and values, written in order. Values pass through
        :func:`clean_value`; keys must be lower-case identifiers.
    text
        The article text; it passes through :func:`clean_text`.

    Returns
    -------
    pathlib.Path
        ``path``. A reader never sees a half-written file, and a failed write
        leaves no temporary file behind.
    """
    path = Path(path)
    data = _render(header, text).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --------------------------------------------------------------------------- downloading


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) URLs (urllib alone would also follow ftp://)."""

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[override]
        location = headers.get("location") or headers.get("uri") or ""
        self._check(urllib.parse.urljoin(req.full_url, location), fp)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302  # type: ignore[assignment]

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[override]
        self._check(newurl, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    @staticmethod
    def _check(newurl: str, fp: Any) -> None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in _ALLOWED_SCHEMES:
            fp.close()
            raise _Failure(f"redirect to unsupported scheme {scheme}:// (not http(s))")


def _opener() -> urllib.request.OpenerDirector:
    """An opener with http(s) handlers only: no file://, ftp:// or data: handlers at all."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _HttpOnlyRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _user_agent() -> str:
    from . import __version__

    return (
        f"mediakit/{__version__} (offline media-framing research toolkit; fetches one page per "
        f"manifest row; +https://github.com/mediakit/mediakit) Python-urllib/{sys.version_info[0]}."
        f"{sys.version_info[1]}"
    )


def _download(
    opener: urllib.request.OpenerDirector, url: str, *, timeout: float, max_bytes: int, user_agent: str
) -> tuple[bytes, str, Message]:
    """Return (body, final URL, headers) or raise :class:`_Failure` with a short message."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate, identity;q=0.5",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            final_url = response.geturl()
            length = headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise _Failure(f"too large (Content-Length {int(length)} > max_bytes {max_bytes})")
            body = _read_capped(response, headers, max_bytes=max_bytes, deadline=deadline)
    except _Failure:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise _Failure(f"HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        raise _Failure(_describe(exc.reason)) from None
    except Exception as exc:  # timeouts, http.client errors, invalid URLs, blocked sockets, ...
        raise _Failure(_describe(exc)) from None
    return body, final_url, headers


def _read_capped(response: Any, headers: Message, *, max_bytes: int, deadline: float) -> bytes:
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in {"gzip", "x-gzip"}:
        inflater: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in {"identity", ""}:
        inflater = None
    else:
        raise _Failure(f"unsupported Content-Encoding {encoding!r}")
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _Failure("timeout")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:  # bounded, so a small compressed body cannot expand without limit
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise _Failure(f"corrupt {encoding} body") from None
        size += len(chunk)
        if size > max_bytes:
            raise _Failure(f"too large (over max_bytes {max_bytes})")
        parts.append(chunk)
    if inflater is not None:
        rest = inflater.flush()
        if size + len(rest) > max_bytes:
            raise _Failure(f"too large (over max_bytes {max_bytes})")
        parts.append(rest)
    return b"".join(parts)


def _describe(reason: object) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "timeout"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and type(reason).__name__ == "gaierror":
        return "DNS lookup failed"
    if type(reason).__name__.startswith("SSL"):
        return f"TLS error: {reason}"[:160]
    text = str(reason) or type(reason).__name__
    return f"{type(reason).__name__}: {text}"[:160] if not isinstance(reason, str) else text[:160]


def _decode_for_extractor(body: bytes, headers: Message) -> str | bytes:
    """Text decoded with the charset the server declared, else the raw bytes (trafilatura detects it)."""
    charset = headers.get_content_charset()
    if charset:
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            pass
    return body


# --------------------------------------------------------------------------- the manifest


def _read_manifest(manifest: str | Path | pd.DataFrame) -> tuple[pd.DataFrame, str]:
    if isinstance(manifest, pd.DataFrame):
        table, source = manifest.copy(), "the manifest frame"
    elif isinstance(manifest, (str, Path)):
        path = Path(manifest)
        if not path.is_file():
            raise ArticleNotFoundError(path)
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        source = str(path)
    else:
        raise MediakitTypeError(
            f"manifest must be a path to a CSV file or a pandas.DataFrame; got {type(manifest).__name__}"
        )
    if "url" not in table.columns:
        raise MediakitValueError(
            f"{source}: no 'url' column (columns: {', '.join(map(str, table.columns)) or 'none'}). "
            "A manifest needs one URL per row; see data/coverage/README.md."
        )
    table = table.drop(columns=[c for c in RESULT_COLUMNS if c in table.columns]).reset_index(drop=True)
    table = table.astype(object).where(table.notna(), "")
    table["url"] = [str(u).strip() for u in table["url"]]
    _check_manifest(table, source)
    return table, source


def _check_manifest(table: pd.DataFrame, source: str) -> None:
    urls = [u for u in table["url"] if u]
    dup_urls = sorted({u for u in urls if urls.count(u) > 1})
    if dup_urls:
        raise MediakitValueError(f"{source}: URL(s) listed more than once: {dup_urls}. List each URL once.")
    id_col = next((c for c in _FIELD_SOURCES["id"] if c in table.columns), None)
    if id_col:
        ids = [clean_value(i) for i in table[id_col] if clean_value(i)]
        dup_ids = sorted({i for i in ids if ids.count(i) > 1})
        if dup_ids:
            raise MediakitValueError(
                f"{source}: id(s) used more than once: {dup_ids}. Give each row a unique id."
            )
    date_col = next((c for c in _FIELD_SOURCES["published"] if c in table.columns), None)
    if date_col:
        for number, value in enumerate(table[date_col], start=2):
            if str(value).strip() and not _iso_date(str(value)):
                raise MediakitValueError(
                    f"{source}, row {number}: {date_col!r} must be a date as YYYY-MM-DD, got {value!r}. "
                    "Leave it empty when the date is unknown."
                )


def _manifest_fields(row: Mapping[str, Any]) -> dict[str, str]:
    """The header fields a manifest row supplies (standard fields and extra columns)."""
    fields: dict[str, str] = {}
    for name, columns in _FIELD_SOURCES.items():
        for column in columns:
            value = clean_value(row.get(column, ""))
            if value:
                fields[name] = value
                break
    for column, value in row.items():
        if isinstance(column, str) and _KEY.match(column) and column not in _RESERVED:
            fields[column] = clean_value(value)
    return fields


def _header(url: str, manifest: Mapping[str, str], page: Mapping[str, str]) -> dict[str, str]:
    """Manifest values first, page metadata as a fallback; fetch provenance last."""
    published = _iso_date(manifest.get("published", "")) or page.get("page_date", "")
    header = {
        "id": manifest.get("id") or Path(cache_name(url)).stem,
        "title": manifest.get("title") or page.get("page_title", ""),
        "outlet": manifest.get("outlet") or page.get("page_site", ""),
        "published": published,
        "url": clean_value(url),
        "author": page.get("author", ""),
        "language": manifest.get("language") or page.get("page_language", ""),
        "kind": "published",
        "notes": manifest.get("notes", ""),
    }
    header.update({k: v for k, v in manifest.items() if k not in _FIELD_SOURCES})
    header.update({k: page.get(k, "") for k in _FETCH_KEYS})
    return header


# --------------------------------------------------------------------------- extraction


def _import_trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            "mediakit.fetch_corpus needs trafilatura to extract article text from web pages. "
            'Install the web extra: pip install "mediakit[web]" (or: pip install trafilatura).'
        ) from None
    return trafilatura


def _extract(trafilatura: Any, html: str | bytes, final_url: str) -> tuple[str, dict[str, str]]:
    """Main text and page metadata. trafilatura parses the HTML given; it makes no requests."""
    try:
        text = trafilatura.extract(html, url=final_url, include_comments=False, with_metadata=False)
    except Exception as exc:
        raise _Failure(f"extraction failed: {type(exc).__name__}") from None
    # trafilatura puts each block (paragraph, heading, list item) on a line of its own; mediakit
    # separates paragraphs with blank lines (data/README.md), so each line becomes a paragraph.
    text = "\n\n".join(line.strip() for line in clean_text(text or "").split("\n") if line.strip())
    if not text:
        raise _Failure("no text extracted")
    page: dict[str, str] = {}
    try:
        meta = trafilatura.extract_metadata(html, default_url=final_url)
    except Exception:
        meta = None
    if meta is not None:
        page = {
            "page_title": clean_value(getattr(meta, "title", None)),
            "page_date": _iso_date(clean_value(getattr(meta, "date", None))),
            "page_site": clean_value(getattr(meta, "sitename", None)),
            "page_language": clean_value(getattr(meta, "language", None)),
            "author": clean_value(getattr(meta, "author", None)),
        }
    return text, page


def _page_fields(cached: Any) -> dict[str, str]:
    """The page and fetch values stored in a cached article (to rebuild its header)."""
    page = {key: str(cached.extra.get(key, "")) for key in _FETCH_KEYS}
    page["author"] = cached.author
    return page


# --------------------------------------------------------------------------- the public function


def coverage_manifest() -> pd.DataFrame:
    """The bundled manifest of real coverage of the April 2025 events (``data/coverage/manifest.csv``).

    Only links and metadata ship with mediakit; pass the table to
    :func:`fetch_corpus` to download the articles themselves (needs network).
    """
    from .corpus import bundled

    with resources.as_file(bundled("coverage") / "manifest.csv") as path:
        return pd.read_csv(path, dtype=str, keep_default_na=False)


def fetch_corpus(
    manifest: str | Path | pd.DataFrame,
    *,
    cache_dir: str | Path,
    timeout: float = 20.0,
    max_bytes: int = 5_000_000,
    progress: bool = True,
    refresh: bool = False,
) -> pd.DataFrame:
    """Download the articles a manifest lists into a cache folder of article files.

    Each URL is fetched once with the standard library (``urllib``), its main
    text is extracted with trafilatura, and the article is written to
    ``cache_dir`` as ``<first 16 hex digits of sha256(url)>.txt`` in mediakit's
    article format, with ``kind: published`` and the provenance of the copy.
    Load the cache, offline, with ``mediakit.load_corpus(cache_dir)``.

    Parameters
    ----------
    manifest
        A CSV file or a DataFrame with a ``url`` column and optionally ``id``,
        ``outlet``, ``date`` (YYYY-MM-DD), ``headline``, ``language``,
        ``outlet_type`` and ``notes``; other lower-case columns are kept as extra
        header keys. ``data/coverage/manifest.csv`` is an example. A frame this
        function returned may be passed back in (its result columns are
        replaced), e.g. to retry the failures.
    cache_dir
        The folder for the article files; created if missing.
    timeout
        Seconds allowed for connecting and for each read, and for the whole
        download of one URL.
    max_bytes
        The most bytes read (after decompression) per URL; a larger page fails
        as "too large".
    progress
        Show a progress bar (tqdm) when stderr is a terminal.
    refresh
        Fetch again even when a cached copy exists. A failed refresh leaves the
        earlier copy in place.

    Returns
    -------
    pandas.DataFrame
        One row per manifest row, in order: the manifest columns plus
        ``status`` ("ok", "cached" or "failed"), ``error`` (a short reason for a
        failure, e.g. "HTTP 404", "timeout", "too large", "no text extracted",
        "unsupported scheme 'ftp' (not http(s))"; for a cached copy whose text was
        edited, "sha256 mismatch"), ``path`` (the cache file), ``final_url``
        (after redirects), ``fetched_at`` (UTC), ``sha256`` (of the text) and
        ``words``.

    Raises
    ------
    MissingExtraError
        trafilatura is not installed (``pip install "mediakit[web]"``).
    MediakitValueError
        The manifest has no ``url`` column, a URL or id listed twice, or a
        malformed date. Problems with single URLs never raise: they are
        recorded in the row and the batch goes on.
    """
    trafilatura = _import_trafilatura()
    table, _ = _read_manifest(manifest)
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        raise MediakitValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    if not isinstance(max_bytes, int) or max_bytes <= 0:
        raise MediakitValueError(f"max_bytes must be a positive integer, got {max_bytes!r}")
    cache = Path(cache_dir)
    if cache.exists() and not cache.is_dir():
        raise MediakitValueError(f"{cache}: cache_dir is a file; pass a folder (it is created if missing)")
    cache.mkdir(parents=True, exist_ok=True)
    extractor = f"trafilatura {trafilatura.__version__}"
    opener = _opener()
    user_agent = _user_agent()

    results: list[dict[str, Any]] = []
    bar = _progress_bar(len(table), enabled=progress)
    try:
        for row in table.to_dict("records"):
            url = row["url"]
            result = _fetch_one(
                url,
                _manifest_fields(row),
                cache=cache,
                opener=opener,
                trafilatura=trafilatura,
                extractor=extractor,
                user_agent=user_agent,
                timeout=float(timeout),
                max_bytes=max_bytes,
                refresh=refresh,
            )
            results.append(result)
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(result["status"], refresh=False)
    finally:
        if bar is not None:
            bar.close()
    out = table.copy()
    for column in RESULT_COLUMNS:
        out[column] = [r.get(column) for r in results]
    out["words"] = pd.array(out["words"].tolist(), dtype="Int64")
    return out


def _fetch_one(
    url: str,
    fields: dict[str, str],
    *,
    cache: Path,
    opener: urllib.request.OpenerDirector,
    trafilatura: Any,
    extractor: str,
    user_agent: str,
    timeout: float,
    max_bytes: int,
    refresh: bool,
) -> dict[str, Any]:
    def failed(message: str) -> dict[str, Any]:
        return {
            "status": "failed",
            "error": message,
            "path": None,
            "final_url": None,
            "fetched_at": None,
            "sha256": None,
            "words": None,
        }

    if not url:
        return failed("no URL")
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in _ALLOWED_SCHEMES:
        return failed(f"unsupported scheme {scheme + '://' if scheme else '(none)'} (not http(s))")
    path = cache / cache_name(url)

    if path.exists() and not refresh:
        cached = _load_cached(path)
        if cached is not None:
            header = _header(url, fields, _page_fields(cached))
            if _current_header(cached) != header:  # the manifest changed: update the header, keep the text
                write_article(path, header, cached.text)
            digest = hashlib.sha256(cached.text.encode("utf-8")).hexdigest()
            return {
                "status": "cached",
                "error": None if digest == header["sha256"] else "sha256 mismatch: text edited since fetch",
                "path": str(path),
                "final_url": header["final_url"],
                "fetched_at": header["fetched_at"],
                "sha256": header["sha256"],
                "words": len(cached.text.split()),
            }

    try:
        body, final_url, headers = _download(
            opener, url, timeout=timeout, max_bytes=max_bytes, user_agent=user_agent
        )
        content_type = headers.get_content_type()
        if headers.get("Content-Type") and content_type not in _HTML_TYPES:
            raise _Failure(f"not HTML ({content_type})")
        text, page = _extract(trafilatura, _decode_for_extractor(body, headers), final_url)
    except _Failure as exc:
        return failed(str(exc))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    fetched_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    page.update(fetched_at=fetched_at, final_url=clean_value(final_url), extractor=extractor, sha256=digest)
    header = _header(url, fields, page)
    try:
        write_article(path, header, text)
    except OSError as exc:
        return failed(f"cannot write {path}: {exc.strerror or exc}")
    return {
        "status": "ok",
        "error": None,
        "path": str(path),
        "final_url": header["final_url"],
        "fetched_at": fetched_at,
        "sha256": digest,
        "words": len(text.split()),
    }


def _load_cached(path: Path) -> Any:
    """The cached article, or None if the file is unreadable or not a fetched copy (it is fetched again)."""
    try:
        article = load_article(path)
    except (MediakitError, OSError):
        return None
    if article.kind != "published" or "sha256" not in article.extra:
        return None
    return article


def _current_header(article: Any) -> dict[str, str]:
    header = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else "",
        "url": article.url,
        "author": article.author,
        "language": article.language,
        "kind": article.kind,
        "notes": article.notes,
    }
    header.update(article.extra)
    return header


def _progress_bar(total: int, *, enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="url", desc="fetching", file=sys.stderr)
