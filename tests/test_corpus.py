"""Loading articles and corpora, and the clear errors for every kind of bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pandas as pd
import pytest

import mediakit as mk
from mediakit.corpus import as_corpus

ARTICLE = """---
id: a1
title: Talks in Paris
outlet: Example Wire
published: 2025-04-17
url: https://example.org/a1
author: A. Writer
language: en
kind: constructed
notes: written for the tests
register: wire service
---
Officials met in Paris on Thursday.

They agreed to meet again.
"""


def write(path, content, *, binary=False):
    if binary:
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def digest(folder):
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()
    }


def test_load_article_reads_header_and_text(tmp_path):
    art = mk.load_article(write(tmp_path / "a1.txt", ARTICLE))
    assert art.id == "a1"
    assert art.title == "Talks in Paris"
    assert art.published == dt.date(2025, 4, 17)
    assert art.kind == "constructed"
    assert dict(art.extra) == {"register": "wire service"}
    assert art.text == "Officials met in Paris on Thursday.\n\nThey agreed to meet again."


def test_article_is_immutable(tmp_path):
    art = mk.load_article(write(tmp_path / "a1.txt", ARTICLE))
    with pytest.raises(AttributeError):
        art.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        art.extra["register"] = "x"  # type: ignore[index]


def test_file_without_header_uses_file_name_as_id(tmp_path):
    art = mk.load_article(write(tmp_path / "plain-story.txt", "Just text.\n"))
    assert (art.id, art.text, art.kind, art.published) == (
        "plain-story",
        "Just text.",
        "unknown",
        None,
    )


def test_bom_and_crlf_are_accepted(tmp_path):
    data = ("\ufeff" + ARTICLE).replace("\n", "\r\n").encode("utf-8")
    art = mk.load_article(write(tmp_path / "a1.txt", data, binary=True))
    assert art.id == "a1"
    assert art.text == "Officials met in Paris on Thursday.\n\nThey agreed to meet again."


def test_other_encoding_by_keyword(tmp_path):
    path = write(tmp_path / "latin.txt", "Caf\xe9 talks.".encode("cp1252"), binary=True)
    with pytest.raises(mk.ArticleDecodeError, match=r"latin\.txt.*utf-8.*encoding='cp1252'"):
        mk.load_article(path)
    assert mk.load_article(path, encoding="cp1252").text == "Café talks."


def test_missing_path_is_named(tmp_path):
    with pytest.raises(mk.ArticleNotFoundError, match=r"nope\.txt") as err:
        mk.load_article(tmp_path / "nope.txt")
    assert isinstance(err.value, FileNotFoundError)
    with pytest.raises(mk.ArticleNotFoundError, match="missing_dir"):
        mk.load_corpus(tmp_path / "missing_dir")


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.csvx").write_text("x")
    with pytest.raises(mk.EmptyCorpusError, match="no article files"):
        mk.load_corpus(tmp_path)


def test_binary_file_is_refused(tmp_path):
    path = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", binary=True)
    with pytest.raises(mk.NotTextError, match=r"photo\.txt.*binary"):
        mk.load_article(path)


def test_empty_file_and_empty_body(tmp_path):
    with pytest.raises(mk.EmptyArticleError, match=r"empty\.txt"):
        mk.load_article(write(tmp_path / "empty.txt", ""))
    header_only = ARTICLE.split("Officials")[0]
    with pytest.raises(mk.EmptyArticleError, match="after its header"):
        mk.load_article(write(tmp_path / "header.txt", header_only))


@pytest.mark.parametrize(
    ("header", "line", "problem"),
    [
        ("---\nid: x\ntitle no colon\n---\nText.", 3, "expected 'key: value'"),
        ("---\nid: x\nid: y\n---\nText.", 3, "appears twice"),
        ("---\nid: x\nPublished Date: 2025\n---\nText.", 3, "invalid key"),
        ("---\nid: x\npublished: 18 April 2025\n---\nText.", 3, "YYYY-MM-DD"),
        ("---\nid: x\ntitle: never closed\nText.", 1, "never closed"),
    ],
)
def test_malformed_header_names_the_line(tmp_path, header, line, problem):
    path = write(tmp_path / "bad.txt", header)
    with pytest.raises(mk.ArticleFormatError, match=problem) as err:
        mk.load_article(path)
    assert err.value.line == line
    assert f"bad.txt, line {line}" in str(err.value)


def test_duplicate_ids_are_listed(tmp_path):
    write(tmp_path / "one.txt", ARTICLE)
    write(tmp_path / "two.txt", ARTICLE)
    with pytest.raises(mk.DuplicateIdError, match=r"'a1' in .*one\.txt, .*two\.txt"):
        mk.load_corpus(tmp_path)


def test_load_corpus_folder_is_stable_and_never_modifies_files(tmp_path):
    write(tmp_path / "b.txt", ARTICLE.replace("id: a1", "id: b"))
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "README.md", "# not an article")
    before = digest(tmp_path)
    corpus = mk.load_corpus(tmp_path)
    assert digest(tmp_path) == before
    assert corpus["doc_id"].tolist() == ["a1", "b"]  # sorted by file name: a.txt, b.txt
    assert list(corpus.columns) == [
        "doc_id",
        "title",
        "outlet",
        "published",
        "url",
        "author",
        "language",
        "kind",
        "notes",
        "register",
        "text",
        "path",
    ]
    assert corpus["published"].iloc[0] == pd.Timestamp("2025-04-17")


def test_load_corpus_tables(tmp_path):
    rows = [
        {"id": "x1", "text": "First text.", "outlet": "O"},
        {"id": "x2", "text": "Second.", "outlet": "P"},
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    pd.DataFrame(rows).assign(section="world").to_csv(tmp_path / "c.csv", index=False)
    from_jsonl = mk.load_corpus(tmp_path / "c.jsonl")
    assert from_jsonl[["doc_id", "outlet", "text"]].values.tolist() == [
        ["x1", "O", "First text."],
        ["x2", "P", "Second."],
    ]
    from_csv = mk.load_corpus(tmp_path / "c.csv")
    assert from_csv["section"].tolist() == ["world", "world"]
    pd.DataFrame([{"body": "x"}]).to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(mk.MediakitValueError, match=r"bad\.csv: no 'text' column \(columns: body\)"):
        mk.load_corpus(tmp_path / "bad.csv")


def test_corpus_from_frame_maps_columns_and_keeps_input():
    df = pd.DataFrame(
        {
            "body": ["A text.", "B text."],
            "url": ["u1", "u2"],
            "src": ["S1", "S2"],
            "day": ["2025-04-18", None],
        }
    )
    original = df.copy()
    corpus = mk.corpus_from_frame(df, text="body", id="url", outlet="src", published="day")
    pd.testing.assert_frame_equal(df, original)
    assert corpus["doc_id"].tolist() == ["u1", "u2"]
    assert corpus["outlet"].tolist() == ["S1", "S2"]
    assert corpus["published"].iloc[0] == pd.Timestamp("2025-04-18")
    assert pd.isna(corpus["published"].iloc[1])
    numbered = mk.corpus_from_frame(df, text="body")
    assert numbered["doc_id"].tolist() == ["doc0001", "doc0002"]


@pytest.mark.parametrize(
    ("kwargs", "frame", "error", "message"),
    [
        (
            {"text": "missing"},
            {"body": ["x"]},
            mk.MediakitValueError,
            r"\['missing'\] not found; available columns: body",
        ),
        (
            {"text": "body"},
            {"body": ["ok", "  "]},
            mk.EmptyArticleError,
            "row 'doc0002' has no text",
        ),
        ({"text": "body"}, {"body": ["ok", 3]}, mk.MediakitTypeError, "row 'doc0002' has a int"),
        (
            {"text": "body", "id": "k"},
            {"body": ["a", "b"], "k": ["s", "s"]},
            mk.DuplicateIdError,
            "'s'",
        ),
        (
            {"text": "body", "colour": "body"},
            {"body": ["a"]},
            mk.MediakitValueError,
            "unknown article field",
        ),
        ({"text": "body"}, {"body": []}, mk.EmptyCorpusError, "no rows"),
    ],
)
def test_corpus_from_frame_errors(kwargs, frame, error, message):
    with pytest.raises(error, match=message):
        mk.corpus_from_frame(pd.DataFrame(frame), **kwargs)


def test_as_corpus_accepts_three_kinds_and_rejects_others(tmp_path):
    frame, single = as_corpus("Some text.")
    assert single and frame["doc_id"].tolist() == ["text"]
    art = mk.load_article(write(tmp_path / "a1.txt", ARTICLE))
    frame, single = as_corpus(art)
    assert single and frame["doc_id"].tolist() == ["a1"]
    corpus = mk.load_example_corpus()
    frame, single = as_corpus(corpus)
    assert not single and frame is corpus
    with pytest.raises(mk.MediakitTypeError, match=r"str, mediakit\.Article, corpus DataFrame; got list"):
        as_corpus(["a list"])
    with pytest.raises(TypeError):
        as_corpus(42)
    with pytest.raises(mk.MediakitValueError, match="corpus_from_frame"):
        as_corpus(pd.DataFrame({"body": ["x"]}))


def test_example_corpus_holds_the_seed_as_supplied(repo_root):
    corpus = mk.load_example_corpus()
    seed = corpus.set_index("doc_id").loc["seed"]
    assert seed["outlet"] == "unknown"
    assert seed["kind"] == "published"
    assert "Bloomberg" in seed["notes"]
    assert seed["text"].startswith("Bloomberg: US Reportedly Floats Plan")
    assert seed["text"].endswith("simply unrealistic at this stage.”")
    assert corpus["doc_id"].is_unique
