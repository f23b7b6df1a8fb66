"""Export: the table in three formats plus FILE.meta.json, written atomically."""

from __future__ import annotations

import hashlib
import json
import warnings

import pandas as pd
import pytest

import mediakit as mk
from mediakit.export import export, text_sha256


@pytest.fixture(scope="module")
def table():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return mk.analyze(mk.load_example_corpus())


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_export_round_trips_and_writes_provenance(tmp_path, table, suffix):
    path = export(table, tmp_path / f"results{suffix}", options={"note": "test"})
    back = {
        ".csv": pd.read_csv,
        ".jsonl": lambda p: pd.read_json(p, lines=True),
        ".parquet": pd.read_parquet,
    }[suffix](path)
    assert back["doc_id"].tolist() == table["doc_id"].tolist()
    assert back["hedge_n"].tolist() == table["hedge_n"].tolist()
    meta = json.loads((tmp_path / f"results{suffix}.meta.json").read_text(encoding="utf-8"))
    assert meta["file_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meta["rows"] == len(table) and meta["columns"] == list(table.columns)
    assert meta["dependencies"]["textstat"] == "0.7.13"
    assert meta["options"] == {"note": "test"}
    assert len(meta["provenance"]["lexicons"]["loaded"]["sha256"]) == 64
    corpus = mk.load_example_corpus()
    assert meta["articles_sha256"] == {d: text_sha256(t) for d, t in zip(corpus["doc_id"], corpus["text"])}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary files left


def test_export_errors(tmp_path, table):
    with pytest.raises(mk.MediakitValueError, match=r"unknown output format '\.xlsx'"):
        export(table, tmp_path / "r.xlsx")
    with pytest.raises(mk.MediakitValueError, match="does not exist"):
        export(table, tmp_path / "missing" / "r.csv")
    with pytest.raises(mk.MediakitTypeError):
        export([1, 2], tmp_path / "r.csv")


def test_export_hashes_a_given_corpus(tmp_path):
    corpus = mk.corpus_from_frame(pd.DataFrame({"text": ["One text.", "Two texts."]}))
    hits = mk.detect_hedges(corpus)
    export(hits, tmp_path / "hits.csv", corpus=corpus)
    meta = json.loads((tmp_path / "hits.csv.meta.json").read_text(encoding="utf-8"))
    assert meta["articles_sha256"]["doc0002"] == hashlib.sha256(b"Two texts.").hexdigest()
