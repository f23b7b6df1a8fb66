"""mediakit.fetch_corpus against a local HTTP server: never the network.

The server (``http.server.ThreadingHTTPServer`` on 127.0.0.1, an ephemeral port,
in a background thread) serves the invented pages in ``tests/fixtures/web``.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import io
import os
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit as mk
from mediakit.errors import ArticleNotFoundError, MediakitError, MediakitValueError
from mediakit.fetch import (
    MissingExtraError,
    cache_name,
    clean_text,
    clean_value,
    fetch_corpus,
    write_article,
)

trafilatura = pytest.importorskip("trafilatura", reason='needs the web extra: pip install "mediakit[web]"')

WEB = Path(__file__).parent / "fixtures" / "web"
ROOT = Path(__file__).resolve().parent.parent
SLOW_SECONDS = 1.5
TIMEOUT = 0.5
MAX_BYTES = 50_000
HASH_NAME = re.compile(r"[0-9a-f]{16}\.txt\Z")
FETCH_KEYS = [  # written by fetch_corpus after the standard fields, in this order
    "page_title",
    "page_date",
    "page_site",
    "page_language",
    "fetched_at",
    "final_url",
    "extractor",
    "sha256",
]


# --------------------------------------------------------------------------- the local server


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # the http.server API names it
        server = self.server
        with server.lock:  # type: ignore[attr-defined]
            server.counts[self.path] += 1  # type: ignore[attr-defined]
        route = self.path
        if route == "/news/ferry-vote":
            self._page("article.html")
        elif route == "/old/library-roof":
            self._redirect(301, "/moved/library-roof")
        elif route == "/moved/library-roof":
            self._page("moved.html")
        elif route == "/to-file":
            self._redirect(302, "file:///etc/passwd")
        elif route == "/missing":
            self._send(404, b"<html><body>not here</body></html>")
        elif route == "/slow":
            time.sleep(SLOW_SECONDS)
            self._page("article.html")
        elif route == "/big":
            self._send(200, b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>")
        elif route == "/big-stream":  # no Content-Length: the cap must stop the reading itself
            self._send(200, b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>", length=False)
        elif route == "/empty":
            self._page("no-text.html")
        elif route == "/evil":
            self._page("evil-title.html")
        elif route == "/gzip":
            body = gzip.compress((WEB / "article.html").read_bytes())
            self._send(200, body, extra={"Content-Encoding": "gzip"})
        elif route == "/gzip-bomb":  # a small download that inflates far past the cap
            body = gzip.compress(b"<html><body><p>" + b"a " * 1_000_000 + b"</p></body></html>")
            self._send(200, body, extra={"Content-Encoding": "gzip"})
        elif route == "/pdf":
            self._send(200, b"%PDF-1.4 not a web page", content_type="application/pdf")
        else:
            self._send(404, b"")

    def _page(self, name: str) -> None:
        self._send(200, (WEB / name).read_bytes())

    def _redirect(self, code: int, location: str) -> None:
        self.send_response(code)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(
        self,
        code: int,
        body: bytes,
        *,
        content_type: str = "text/html; charset=utf-8",
        length: bool = True,
        extra: dict[str, str] | None = None,
    ) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            if length:
                self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout, size cap)
            pass

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # a client that hung up is not an error here
        pass


@pytest.fixture(scope="module")
def server():
    """The local server: yields (base URL, request counter)."""
    with pytest.MonkeyPatch.context() as mp:  # a proxy in the environment must not see 127.0.0.1
        for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            mp.delenv(name, raising=False)
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.lock = threading.Lock()  # type: ignore[attr-defined]
        httpd.counts = Counter()  # type: ignore[attr-defined]
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd.counts  # type: ignore[attr-defined]
        finally:
            httpd.shutdown()
            httpd.server_close()


def _manifest(base: str) -> pd.DataFrame:
    rows = [
        ("ferry", f"{base}/news/ferry-vote", "Saltmere Courier", "2024-09-12", "Ferry vote delayed"),
        ("library", f"{base}/old/library-roof", "Saltmere Courier", "", ""),
        ("missing", f"{base}/missing", "", "", ""),
        ("slow", f"{base}/slow", "", "", ""),
        ("big", f"{base}/big", "", "", ""),
        ("big-stream", f"{base}/big-stream", "", "", ""),
        ("empty", f"{base}/empty", "", "", ""),
        ("evil", f"{base}/evil", "", "", ""),
        ("gzip", f"{base}/gzip", "", "", ""),
        ("gzip-bomb", f"{base}/gzip-bomb", "", "", ""),
        ("pdf", f"{base}/pdf", "", "", ""),
        ("to-file", f"{base}/to-file", "", "", ""),
        ("local-file", (WEB / "article.html").resolve().as_uri(), "", "", ""),
        ("ftp", "ftp://127.0.0.1/article.html", "", "", ""),
    ]
    frame = pd.DataFrame(rows, columns=["id", "url", "outlet", "date", "headline"])
    frame["outlet_type"] = "invented test page"
    return frame


def _pick(base: str, *ids: str) -> pd.DataFrame:
    manifest = _manifest(base)
    return manifest[manifest["id"].isin(ids)].reset_index(drop=True)


EXPECTED = {
    "ferry": ("ok", None),
    "library": ("ok", None),
    "missing": ("failed", "HTTP 404"),
    "slow": ("failed", "timeout"),
    "big": ("failed", "too large"),
    "big-stream": ("failed", "too large"),
    "empty": ("failed", "no text extracted"),
    "evil": ("ok", None),
    "gzip": ("ok", None),
    "gzip-bomb": ("failed", "too large"),
    "pdf": ("failed", "not HTML"),
    "to-file": ("failed", "redirect to unsupported scheme"),
    "local-file": ("failed", "unsupported scheme file://"),
    "ftp": ("failed", "unsupported scheme ftp://"),
}


@pytest.fixture(scope="module")
def first_run(server, tmp_path_factory):
    """One batch over every route, shared by the tests that only read its results."""
    base, _ = server
    cache = tmp_path_factory.mktemp("cache")
    started = time.monotonic()
    result = fetch_corpus(
        _manifest(base), cache_dir=cache, timeout=TIMEOUT, max_bytes=MAX_BYTES, progress=False
    )
    return result.set_index("id", drop=False), cache, time.monotonic() - started


# --------------------------------------------------------------------------- a batch


def test_batch_completes_with_a_status_per_row(first_run):
    result, _, elapsed = first_run
    assert list(result["id"]) == list(EXPECTED)
    for doc_id, (status, error) in EXPECTED.items():
        row = result.loc[doc_id]
        assert row["status"] == status, (doc_id, row["error"])
        if error is None:
            assert pd.isna(row["error"])
        else:
            assert row["error"].startswith(error), (doc_id, row["error"])
    assert "not http(s)" in result.loc["ftp", "error"]
    assert elapsed < SLOW_SECONDS + 3  # the slow page was abandoned at the timeout


def test_result_columns(first_run):
    result, cache, _ = first_run
    assert list(result.columns) == [
        "id", "url", "outlet", "date", "headline", "outlet_type",
        "status", "error", "path", "final_url", "fetched_at", "sha256", "words",
    ]  # fmt: skip
    ok = result[result["status"] == "ok"]
    failed = result[result["status"] == "failed"]
    assert ok["path"].map(lambda p: Path(p).parent == cache).all()
    assert failed["path"].isna().all() and failed["sha256"].isna().all() and failed["words"].isna().all()
    assert (ok["words"] > 100).all()
    assert str(result["words"].dtype) == "Int64"


def test_cache_files_are_named_by_url_hash_and_no_temp_files_remain(first_run):
    result, cache, _ = first_run
    names = sorted(p.name for p in cache.iterdir())
    assert all(HASH_NAME.match(name) for name in names), names
    ok = result[result["status"] == "ok"]
    assert names == sorted(cache_name(url) for url in ok["url"])
    assert cache_name("https://example.org/a") == (
        hashlib.sha256(b"https://example.org/a").hexdigest()[:16] + ".txt"
    )


def test_cache_loads_with_load_corpus(first_run):
    result, cache, _ = first_run
    corpus = mk.load_corpus(cache).set_index("doc_id")
    assert sorted(corpus.index) == sorted(result.index[result["status"] == "ok"])
    assert (corpus["kind"] == "published").all()
    assert (corpus["extractor"] == f"trafilatura {trafilatura.__version__}").all()
    for doc_id, row in corpus.iterrows():
        assert (
            hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
            == row["sha256"]
            == result.loc[doc_id, "sha256"]
        )
        assert row["url"] == result.loc[doc_id, "url"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row["fetched_at"])
        assert row["outlet_type"] == "invented test page"
    ferry = corpus.loc["ferry"]
    assert ferry["title"] == "Ferry vote delayed"  # the manifest headline wins; the page's title is kept
    assert ferry["page_title"] == "Harbour council delays vote on winter ferry timetable"
    assert ferry["author"] == "Ada Testwriter"
    assert ferry["published"] == pd.Timestamp("2024-09-12")
    assert "Brackwater" in ferry["text"] and "Home" not in ferry["text"].split()
    paragraphs = [p.text for p in mk.paragraphs(ferry["text"])]  # one paragraph per block of the page
    assert paragraphs[0] == "Harbour council delays vote on winter ferry timetable" and len(paragraphs) == 6
    library = corpus.loc["library"]
    assert library["final_url"].endswith("/moved/library-roof")
    assert result.loc["library", "final_url"] == library["final_url"]
    # no headline in the manifest: the page's title
    assert library["title"] == "Library roof repairs to start after grant is confirmed"
    assert library["published"] == pd.Timestamp("2024-10-03")  # no manifest date: the page's
    assert corpus.loc["gzip", "text"] == ferry["text"]


def test_hostile_metadata_cannot_break_the_header(first_run):
    result, _, _ = first_run
    path = Path(result.loc["evil", "path"])
    lines = path.read_text(encoding="utf-8").split("\n")
    closing = lines.index("---", 1)
    keys = [line.partition(":")[0] for line in lines[1:closing]]
    assert keys == [
        "id", "title", "outlet", "published", "url", "author", "language", "kind", "notes", "outlet_type",
        *FETCH_KEYS,
    ]  # fmt: skip
    article = mk.load_article(path)
    assert article.id == "evil" and article.kind == "published"
    assert article.extra["page_title"].startswith("Market stalls move indoors")
    assert "\n" not in article.extra["page_title"]
    assert article.outlet != "evil"
    assert article.text.startswith("---\n\nid: evil\n\n---\n\nThe Saturday market")  # the body round-trips
    assert hashlib.sha256(article.text.encode()).hexdigest() == article.extra["sha256"]


# --------------------------------------------------------------------------- the cache


def test_second_call_uses_the_cache_and_refresh_fetches_again(server, tmp_path):
    base, counts = server
    manifest = _pick(base, "ferry", "library", "evil")  # library: a redirect
    paths = ["/news/ferry-vote", "/old/library-roof", "/moved/library-roof", "/evil"]
    before = {p: counts[p] for p in paths}
    first = fetch_corpus(manifest, cache_dir=tmp_path, timeout=5, progress=False)
    assert list(first["status"]) == ["ok"] * 3
    assert {p: counts[p] - before[p] for p in paths} == dict.fromkeys(paths, 1)

    written = {path: Path(path).read_bytes() for path in first["path"]}
    second = fetch_corpus(manifest, cache_dir=tmp_path, timeout=5, progress=False)
    assert {path: Path(path).read_bytes() for path in second["path"]} == written  # not rewritten
    assert list(second["status"]) == ["cached"] * 3
    assert second["error"].isna().all()
    assert {p: counts[p] - before[p] for p in paths} == dict.fromkeys(paths, 1)  # no new requests
    for column in ("path", "final_url", "fetched_at", "sha256", "words"):
        assert second[column].tolist() == first[column].tolist()

    third = fetch_corpus(manifest, cache_dir=tmp_path, timeout=5, progress=False, refresh=True)
    assert list(third["status"]) == ["ok"] * 3
    assert {p: counts[p] - before[p] for p in paths} == dict.fromkeys(paths, 2)
    assert third["sha256"].tolist() == first["sha256"].tolist()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(map(cache_name, manifest["url"]))


def test_changed_manifest_updates_the_cached_header_without_fetching(server, tmp_path):
    base, counts = server
    manifest = _pick(base, "ferry")
    fetch_corpus(manifest, cache_dir=tmp_path, progress=False)
    requests = counts["/news/ferry-vote"]
    changed = manifest.assign(outlet="The Saltmere Courier (renamed)", notes="checked by hand")
    result = fetch_corpus(changed, cache_dir=tmp_path, progress=False)
    assert result["status"].tolist() == ["cached"] and counts["/news/ferry-vote"] == requests
    article = mk.load_article(result["path"].iloc[0])
    assert article.outlet == "The Saltmere Courier (renamed)" and article.notes == "checked by hand"
    assert article.extra["sha256"] == result["sha256"].iloc[0]


def test_an_edited_cached_text_is_reported(server, tmp_path):
    base, _ = server
    manifest = _pick(base, "ferry")
    path = Path(fetch_corpus(manifest, cache_dir=tmp_path, progress=False)["path"].iloc[0])
    path.write_text(path.read_text(encoding="utf-8") + "An added sentence.\n", encoding="utf-8")
    result = fetch_corpus(manifest, cache_dir=tmp_path, progress=False)
    assert result["status"].tolist() == ["cached"]
    assert result["error"].iloc[0].startswith("sha256 mismatch")


def test_a_failed_refresh_keeps_the_earlier_copy(server, tmp_path):
    base, _ = server
    manifest = pd.DataFrame({"id": ["ferry"], "url": [f"{base}/news/ferry-vote"]})
    path = Path(fetch_corpus(manifest, cache_dir=tmp_path, progress=False)["path"].iloc[0])
    before = path.read_bytes()
    result = fetch_corpus(manifest, cache_dir=tmp_path, progress=False, refresh=True, max_bytes=100)
    assert result["status"].tolist() == ["failed"] and result["error"].iloc[0].startswith("too large")
    assert path.read_bytes() == before


def test_a_result_frame_can_be_passed_back_to_retry_failures(first_run, tmp_path):
    result, _, _ = first_run
    retry = fetch_corpus(result[result["id"].isin(["ftp", "missing"])], cache_dir=tmp_path, progress=False)
    assert retry["status"].tolist() == ["failed", "failed"]
    assert list(retry.columns) == list(result.columns)


def test_a_manifest_without_ids_gets_hash_ids(server, tmp_path):
    base, _ = server
    url = f"{base}/news/ferry-vote"
    result = fetch_corpus(pd.DataFrame({"url": [url]}), cache_dir=tmp_path, progress=False)
    article = mk.load_article(result["path"].iloc[0])
    assert article.id == cache_name(url).removesuffix(".txt")
    assert article.outlet == "The Saltmere Courier"  # from the page when the manifest has none


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("progress", [True, False])
def test_progress_bar_on_a_terminal_only_when_asked(server, tmp_path, monkeypatch, progress):
    base, _ = server
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    fetch_corpus(_pick(base, "ferry", "ftp"), cache_dir=tmp_path, progress=progress)
    assert ("fetching" in terminal.getvalue()) is progress
    assert ("2/2" in terminal.getvalue()) is progress


# --------------------------------------------------------------------------- writing files


def test_atomic_write_leaves_no_temporary_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "0123456789abcdef.txt"
    write_article(target, {"id": "a", "kind": "published"}, "First version.")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_article(target, {"id": "a", "kind": "published"}, "Second version.")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert mk.load_article(target).text == "First version."


def test_text_starting_with_a_header_block_round_trips(tmp_path):
    text = "---\nid: evil\nkind: constructed\n---\nThe real first paragraph.\n\n---\nLast."
    path = write_article(tmp_path / "a.txt", {"id": "a", "title": "T", "kind": "published"}, text)
    article = mk.load_article(path)
    assert article.text == text
    assert article.id == "a" and article.kind == "published" and dict(article.extra) == {}


_PIECES = st.sampled_from(["\n", "\r\n", "\r", "\n---\n", "---", "\u2028", "\x85", "\x1e", "\x00", ": ", " "])
_HOSTILE = st.lists(st.characters(codec="utf-8") | _PIECES, max_size=30).map("".join)


@settings(max_examples=100, deadline=None)
@given(title=_HOSTILE, outlet=_HOSTILE, author=_HOSTILE, text=_HOSTILE)
def test_header_sanitising_round_trips(title, outlet, author, text):
    text = "Body " + text  # an article always has some text
    header = {"id": "doc", "title": title, "outlet": outlet, "author": author, "kind": "published",
              "page_title": title}  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        article = mk.load_article(write_article(Path(folder) / "doc.txt", header, text))
    assert article.id == "doc" and article.kind == "published"
    assert article.title == clean_value(title) == article.extra["page_title"]
    assert article.outlet == clean_value(outlet)
    assert article.author == clean_value(author)
    assert set(article.extra) == {"page_title"}  # no key added
    assert article.text == clean_text(text)
    assert (
        "\n" not in article.title and clean_value(article.title) == article.title
    )  # single line, idempotent


@given(text=st.lists(st.characters(codec="utf-8", exclude_categories=("Cc",)) | _PIECES).map("".join))
@settings(max_examples=100, deadline=None)
def test_clean_text_changes_only_line_ends_controls_and_outer_whitespace(text):
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\x1e", "").strip()
    assert clean_text(text) == expected


# --------------------------------------------------------------------------- the manifest and the extra


def test_manifest_errors_are_raised_before_any_fetch(tmp_path):
    with pytest.raises(MediakitValueError, match="no 'url' column"):
        fetch_corpus(pd.DataFrame({"link": ["https://example.org"]}), cache_dir=tmp_path, progress=False)
    with pytest.raises(MediakitValueError, match="more than once"):
        fetch_corpus(pd.DataFrame({"url": ["http://a.test/x", "http://a.test/x"]}), cache_dir=tmp_path)
    with pytest.raises(MediakitValueError, match="id"):
        fetch_corpus(pd.DataFrame({"id": ["a", "a"], "url": ["http://a.test/1", "http://a.test/2"]}),
                     cache_dir=tmp_path)  # fmt: skip
    with pytest.raises(MediakitValueError, match="YYYY-MM-DD"):
        fetch_corpus(pd.DataFrame({"url": ["http://a.test/1"], "date": ["18 April"]}), cache_dir=tmp_path)
    with pytest.raises(ArticleNotFoundError):
        fetch_corpus(tmp_path / "nope.csv", cache_dir=tmp_path)
    with pytest.raises(MediakitError):
        fetch_corpus(["http://a.test/1"], cache_dir=tmp_path)  # type: ignore[arg-type]
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(MediakitValueError, match="is a file"):
        fetch_corpus(pd.DataFrame({"url": ["http://a.test/1"]}), cache_dir=tmp_path / "a-file")
    (tmp_path / "a-file").unlink()
    assert list(tmp_path.iterdir()) == []


def test_a_missing_trafilatura_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingExtraError, match=r'pip install "mediakit\[web\]"') as info:
        fetch_corpus(pd.DataFrame({"url": ["http://a.test/1"]}), cache_dir=tmp_path)
    assert isinstance(info.value, ImportError) and isinstance(info.value, MediakitError)


def test_the_coverage_manifest_is_well_formed():
    manifest = pd.read_csv(ROOT / "data" / "coverage" / "manifest.csv", dtype=str, keep_default_na=False)
    assert list(manifest.columns) == [
        "id", "outlet", "date", "headline", "url", "language", "outlet_type", "notes",
    ]  # fmt: skip
    assert len(manifest) >= 12
    assert manifest["id"].is_unique and manifest["url"].is_unique
    assert manifest["url"].str.match(r"https?://[^\s]+\Z").all()
    assert manifest["date"].map(lambda d: d == "" or re.fullmatch(r"2025-\d\d-\d\d", d) is not None).all()
    assert (manifest["outlet"] != "").all() and (manifest["outlet_type"] != "").all()
    assert (manifest["notes"] != "").all()
    assert manifest["outlet_type"].nunique() >= 5  # a mix of registers


def test_bundled_manifest_ships_with_the_package():
    import mediakit as mk

    manifest = mk.coverage_manifest()
    assert len(manifest) >= 12
    assert manifest["url"].str.match(r"https?://").all()
    expected = {"id", "outlet", "date", "headline", "url", "language", "outlet_type", "notes"}
    assert expected <= set(manifest.columns)
