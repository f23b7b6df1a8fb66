"""The HTML report: content, safety, the command, and the page as a real browser renders it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import warnings
from html.parser import HTMLParser

import pandas as pd
import pytest

import mediakit as mk
from mediakit.cli import main
from mediakit.report import build_report

HOSTILE = (
    "Officials met in Kiev on Monday. <script>document.title='HACKED'</script> Talks may resume, "
    "sources said.\n\n<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> The brutal "
    "winter <b onmouseover=alert(1)>continues</b>, costing about $5 to $10 a day."
)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def hostile_corpus():
    frame = pd.DataFrame(
        {
            "id": ["hostile", "plain"],
            "text": [HOSTILE, "Kyiv said the talks were constructive."],
            "kind": ["published", "constructed"],
        }
    )
    return mk.corpus_from_frame(frame, text="text", id="id", kind="kind")


@pytest.fixture(scope="module")
def page(hostile_corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_report(hostile_corpus, keyness_target=["hostile"])


def test_report_is_self_contained_and_escaped(page):
    tags = _tags(page)
    assert not [t for t, _ in tags if t in {"script", "iframe", "object", "embed", "link"}]
    for _, attrs in tags:
        assert not [k for k in attrs if k.startswith("on")], attrs
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not value or value.startswith(("data:image/png;base64,", "#")), value
    assert "&lt;script&gt;document.title=&#x27;HACKED&#x27;&lt;/script&gt;" in page


def test_report_has_every_section(page):
    for anchor in ("comparison", "plots", "naming", "keyness", "articles"):
        assert f"id='{anchor}'" in page
    assert page.count("data:image/png;base64,") >= 3
    assert "plain [constructed]" in page and "Constructed texts." in page
    assert "tex2jax_ignore" in page  # dollar amounts are not typeset as maths


def test_report_command_writes_the_page_and_prints_the_table(tmp_path, capsys):
    out = tmp_path / "sub" / "report.html"
    assert main(["report", "--html", str(out), "--keyness-target", "seed"]) == 0
    printed = capsys.readouterr().out
    assert "report written to" in printed and "seed" in printed and "[constructed" in printed
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["report", "--html", str(tmp_path / "r.pdf")]) == 1
    assert main(["report", "--html", str(out), "--keyness-target", "nope"]) == 1


# ---------------------------------------------------------------------------- a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=3000",
]


@pytest.fixture
def chromium():
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the browser test: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (CI installs it)")
    return CHROMIUM


def test_report_in_a_real_browser(tmp_path, page, hostile_corpus, chromium):
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    run = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = run.stdout
    assert "<body" in dom, run.stderr[-2000:]
    # the script in the article text did not run, and no handler fired
    assert "<title>mediakit comparison report</title>" in dom and "HACKED" not in dom.split("</title>")[0]
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script" not in dom.lower()
    # the rendered page has the legend, every highlighted hit and the tables
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = pd.concat(
            [
                mk.detect_loaded(hostile_corpus),
                mk.detect_hedges(hostile_corpus),
                mk.detect_sources(hostile_corpus),
            ]
        )
    rendered = re.findall(r"<mark [^>]*data-hit=", dom)
    continued = re.findall(r"<mark [^>]*class=\"[^\"]*mk-cont", dom)
    assert len(rendered) - len(continued) == len(
        hits.drop_duplicates(["doc_id", "start", "end", "label", "detail", "entry"])
    )
    assert dom.count("<table") >= 3
    assert "legend" in dom.lower()
    errors = [
        line
        for line in run.stderr.splitlines()
        if "CONSOLE" in line and ("Uncaught" in line or "error" in line.lower())
    ]
    assert errors == []
