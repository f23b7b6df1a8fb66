"""The suite itself proves mediakit works offline: no network, no downloaded NLTK data, no real HOME."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError, SocketConnectBlockedError

import mediakit as mk

ROOT = Path(__file__).resolve().parent.parent


def test_environment_is_isolated(offline_dirs):
    import nltk

    assert nltk.data.path == [offline_dirs["nltk_data"]]
    assert os.environ["HOME"] == offline_dirs["home"]
    assert not any(Path(offline_dirs["nltk_data"]).iterdir())


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_sockets_are_blocked_except_loopback():
    with pytest.raises((SocketBlockedError, SocketConnectBlockedError)):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never routable
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    client = socket.create_connection(server.getsockname(), timeout=1)
    client.close()
    server.close()


def test_loading_and_segmenting_need_no_network():
    corpus = mk.load_example_corpus()
    doc = mk.parse(corpus["text"].iloc[0])
    assert doc.n_words > 0


def test_no_source_file_downloads_anything():
    offenders = []
    for path in (ROOT / "mediakit").rglob("*.py"):
        if path.name == "fetch.py":  # the one module that goes online, and only when fetch_corpus is called
            continue
        source = path.read_text(encoding="utf-8")
        for needle in ("nltk.download", "urlopen(", "requests.get(", "urllib.request", "http.client"):
            if needle in source:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []


def test_import_is_light():
    """``import mediakit`` must not pull in nltk, textstat or matplotlib (they load lazily)."""
    code = (
        "import sys, mediakit; "
        "print(sorted(m for m in ('nltk', 'textstat', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
