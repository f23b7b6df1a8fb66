"""Scale-out (mediakit.scale): the per-partition table equals analyze, whatever the partitioning,
on a local Dask cluster, and with or without pyarrow."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mediakit
from mediakit import scale
from mediakit.errors import DuplicateIdError, MediakitTypeError, MediakitValueError
from mediakit.fetch import MissingExtraError
from mediakit.lexicon import Lexicon
from mediakit.scale import METADATA_COLUMNS, NAMING_VARIANTS, SCHEMA, analyze_partition, empty_result

pytestmark = pytest.mark.filterwarnings("ignore::mediakit.readability.ShortTextWarning")

ROOT = Path(__file__).resolve().parent.parent
N_VARIANTS = 40


# --------------------------------------------------------------------------- helpers


def aligned(table: pd.DataFrame) -> pd.DataFrame:
    """An ``analyze`` table brought to SCHEMA: every column, in order, with its dtype.

    As documented for ``analyze_partition``: metadata that is absent or missing becomes ``""``
    (``published``: NaT); naming shares of unused variants become NaN.
    """
    out = table.reindex(columns=list(SCHEMA))
    for name in METADATA_COLUMNS:
        if name != "published":
            out[name] = out[name].astype(object).where(out[name].notna(), "")
    return out.astype(dict(SCHEMA))


def assert_same_table(actual: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Counts and strings exactly, floats to rtol 1e-12, both with exactly SCHEMA's columns and dtypes."""
    assert list(actual.columns) == list(SCHEMA)
    assert dict(actual.dtypes) == dict(SCHEMA)
    assert list(expected.columns) == list(SCHEMA)
    floats = [c for c, d in SCHEMA.items() if d == np.dtype("float64")]
    others = [c for c in SCHEMA if c not in floats]
    pd.testing.assert_frame_equal(actual[others], expected[others], check_exact=True)
    pd.testing.assert_frame_equal(actual[floats], expected[floats], check_exact=False, rtol=1e-12, atol=0)


def by_id(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values("doc_id", kind="stable").reset_index(drop=True)


def variants(corpus: pd.DataFrame, n: int, *, seed: int = 20250418) -> pd.DataFrame:
    """``n`` new articles: the sentences of a bundled article, shuffled with a fixed seed, some dropped."""
    rng = random.Random(seed)
    records = corpus.to_dict("records")
    rows = []
    for i in range(n):
        base = records[i % len(records)]
        sentences = [s.text for s in mediakit.sentences(base["text"])]
        rng.shuffle(sentences)
        keep = sentences[: rng.randint(max(1, len(sentences) // 3), len(sentences))]
        paragraphs = [" ".join(keep[j : j + 3]) for j in range(0, len(keep), 3)]
        row = dict(base)
        row["doc_id"] = f"{base['doc_id']}-v{i:02d}"
        row["text"] = "\n\n".join(paragraphs)
        row["path"] = None
        if i % 5 == 0:  # some rows with thinner metadata
            row["title"], row["author"], row["published"] = "", "", pd.NaT
        rows.append(row)
    frame = pd.DataFrame(rows, columns=corpus.columns)
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    """The bundled articles plus N_VARIANTS shuffled variants: a corpus frame as load_corpus makes it."""
    example = mediakit.load_example_corpus()
    frame = pd.concat([example, variants(example, N_VARIANTS)], ignore_index=True)
    assert frame["doc_id"].is_unique
    return frame


@pytest.fixture(scope="module")
def expected(corpus: pd.DataFrame) -> pd.DataFrame:
    """``mediakit.analyze`` on the whole corpus in one process, aligned to SCHEMA."""
    return aligned(mediakit.analyze(corpus))


# --------------------------------------------------------------------------- the schema


def test_schema_covers_every_analyze_column_in_order(corpus):
    table = mediakit.analyze(corpus)
    assert [c for c in SCHEMA if c in table.columns] == list(table.columns)
    assert len(SCHEMA) == len(set(SCHEMA))
    string = pd.StringDtype("python", na_value=np.nan)
    assert set(SCHEMA.values()) == {string, *(np.dtype(t) for t in ("int64", "float64", "datetime64[ns]"))}
    assert [c for c, d in SCHEMA.items() if d == string] == [c for c in METADATA_COLUMNS if c != "published"]
    for name, dtype in SCHEMA.items():
        if name.endswith("_n") or name.startswith(("sources_", "verbs_")) or name == "speakers":
            assert dtype == np.dtype("int64"), name


def test_naming_variants_are_the_lexicons():
    entries = Lexicon.load("loaded").entries
    naming_ids = entries.loc[entries["label"] == "naming", "id"]
    ids = sorted(e.removeprefix("nm-").replace("-", "_") for e in naming_ids)
    assert list(NAMING_VARIANTS) == ids
    shares = [c.removeprefix("naming_share_") for c in SCHEMA if c.startswith("naming_share_")]
    assert shares == ids
    assert "kiev" in shares and "kyiv" in shares


def test_schema_is_read_only():
    with pytest.raises(TypeError):
        SCHEMA["extra"] = np.dtype("int64")  # type: ignore[index]


# --------------------------------------------------------------------------- one partition


def test_partition_equals_analyze_row_for_row(corpus, expected):
    table = analyze_partition(corpus)
    assert len(table) == len(corpus)
    assert_same_table(table, expected)
    assert table.attrs == mediakit.analyze(corpus).attrs


def test_partitioning_never_changes_a_row(corpus, expected):
    rng = random.Random(7)
    order = list(range(len(corpus)))
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, len(corpus)), 6))
    pieces = [corpus.iloc[order[a:b]] for a, b in zip([0, *cuts], [*cuts, len(corpus)])]
    stacked = pd.concat([analyze_partition(p) for p in pieces])
    assert sorted(stacked.index) == list(range(len(corpus)))  # each row keeps its input index
    assert_same_table(by_id(stacked), by_id(expected))


def test_chunk_size_never_changes_a_row(corpus, expected):
    whole = analyze_partition(corpus)
    chunked = analyze_partition(corpus, chunk_size=7)  # 7 chunks, the last one short
    assert_same_table(chunked, expected)
    assert chunked.attrs == whole.attrs  # the text hashes of every chunk are kept
    assert len(chunked.attrs["mediakit"]["text_sha256"]) == len(corpus)
    for bad in (0, -1, 2.5, True):
        with pytest.raises(MediakitValueError, match="chunk_size"):
            analyze_partition(corpus.head(2), chunk_size=bad)


def test_one_article_partitions(corpus, expected):
    some = corpus.iloc[[0, 4, 11, 30]]
    stacked = pd.concat([analyze_partition(some.iloc[[i]]) for i in range(len(some))])
    assert_same_table(stacked, expected.loc[some.index])


@pytest.mark.parametrize("columns", [None, ["doc_id", "text"]], ids=["corpus-columns", "doc-id-and-text"])
def test_empty_partition_has_exactly_the_schema(corpus, columns):
    part = corpus.iloc[:0] if columns is None else corpus[columns].iloc[:0]
    table = analyze_partition(part)
    assert table.empty
    assert list(table.columns) == list(SCHEMA)
    assert dict(table.dtypes) == dict(SCHEMA)
    pd.testing.assert_frame_equal(table, empty_result(index=part.index))
    provenance = dict(analyze_partition(corpus.head(2)).attrs["mediakit"])
    assert len(provenance.pop("text_sha256")) == 2
    assert table.attrs["mediakit"] == {**provenance, "text_sha256": {}}


def test_minimal_partition_fills_metadata(corpus):
    part = corpus[["doc_id", "text"]].iloc[:5]
    table = analyze_partition(part)
    assert table["label"].tolist() == part["doc_id"].tolist()
    assert (table[["title", "outlet", "kind", "register"]] == "").all().all()
    assert table["published"].isna().all()
    assert_same_table(table, aligned(mediakit.analyze(part)))


def test_index_and_order_are_the_inputs(corpus, expected):
    part = corpus.iloc[[5, 2, 40]].set_index(pd.Index(["x", "y", "z"], name="key"))
    table = analyze_partition(part)
    assert table.index.equals(part.index)
    assert table["doc_id"].tolist() == part["doc_id"].tolist()
    assert_same_table(table.reset_index(drop=True), expected.iloc[[5, 2, 40]].reset_index(drop=True))


def test_any_string_dtype_and_non_string_ids(corpus, expected):
    part = corpus.iloc[:6].copy()
    arrow = part.astype({c: "string" for c in part.columns if c not in {"published", "path"}})
    assert_same_table(analyze_partition(arrow), expected.iloc[:6])
    numbered = pd.DataFrame({"doc_id": [101, 102], "text": part["text"].iloc[:2].to_numpy()})
    assert analyze_partition(numbered)["doc_id"].tolist() == ["101", "102"]


def test_metadata_normalised():
    part = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": ["Officials in Kyiv said so.", "Kiev, they said.", "Nothing here."],
            "outlet": ["X", None, np.nan],
            "published": ["2025-04-18T12:00:00+02:00", None, "not a date"],
            "kind": ["constructed", "published", ""],
            "register": ["wire service", None, ""],
            "outlet_type": ["wire", "paper", "web"],
        }
    )
    table = analyze_partition(part)
    assert table["outlet"].tolist() == ["X", "", ""]
    assert table["published"].tolist()[0] == pd.Timestamp("2025-04-18 10:00:00")  # to UTC, then naive
    assert table["published"].iloc[1:].isna().all()
    assert table["label"].tolist() == ["a [constructed: wire service]", "b", "c"]
    assert "outlet_type" not in table.columns
    assert table["naming_share_kyiv"].tolist()[:2] == [1.0, 0.0]
    assert math.isnan(table["naming_share_kyiv"].iloc[2])


def test_partition_errors():
    with pytest.raises(MediakitValueError, match="'doc_id' and 'text'"):
        analyze_partition(pd.DataFrame({"doc_id": ["a"], "body": ["Text."]}))
    with pytest.raises(MediakitTypeError, match=r"'b'.*dropna"):
        analyze_partition(pd.DataFrame({"doc_id": ["a", "b"], "text": ["Text.", None]}))
    with pytest.raises(MediakitValueError, match=r"row 2 .* no doc_id"):
        analyze_partition(pd.DataFrame({"doc_id": ["a", None], "text": ["Text.", "More."]}))
    with pytest.raises(DuplicateIdError):
        analyze_partition(pd.DataFrame({"doc_id": ["a", "a"], "text": ["Text.", "More."]}))
    with pytest.raises(MediakitTypeError):
        analyze_partition("Text.")  # type: ignore[arg-type]
    with pytest.raises(MediakitValueError):
        empty_result(index=pd.RangeIndex(2))


def test_empty_text_gives_a_row_of_nan_rates():
    table = analyze_partition(pd.DataFrame({"doc_id": ["a", "b"], "text": ["", "Kyiv said so."]}))
    assert table["words"].tolist() == [0, 3]
    assert math.isnan(table["hedge_rate"].iloc[0])


# --------------------------------------------------------------------------- imports and extras


def run_python(code: str, *, timeout: float = 120) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_mediakit_does_not_import_dask():
    out = run_python(
        """
        import sys
        import mediakit
        import mediakit.scale
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"dask", "distributed"})
        print(",".join(loaded) or "none")
        """
    )
    assert out.strip() == "none"


def test_missing_dask_names_the_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(MissingExtraError, match=r'pip install "mediakit\[scale\]"') as info:
        scale.read_articles_dask(tmp_path)
    assert isinstance(info.value, mediakit.MediakitError)
    with pytest.raises(MissingExtraError):
        scale.analyze_dask(object())


#: Runs in a fresh interpreter where pyarrow cannot be imported, so pandas 3 uses its python-backed "str".
_NO_PYARROW = """
import sys
sys.modules["pyarrow"] = None
import json, warnings
warnings.simplefilter("ignore")
import pandas as pd
try:
    import pyarrow  # noqa: F401
    raise SystemExit("pyarrow is importable")
except ImportError:
    pass
import mediakit
from mediakit.scale import analyze_partition

def dump(table):
    def py(v):
        if v is None or v is pd.NaT or (isinstance(v, float) and v != v):
            return None
        if isinstance(v, pd.Timestamp):
            return v.isoformat()
        return v.item() if hasattr(v, "item") else v
    rows = [[py(v) for v in row] for row in table.itertuples(index=False)]
    return {"columns": list(table.columns), "dtypes": [repr(d) for d in table.dtypes], "rows": rows}

corpus = mediakit.load_example_corpus()
print(json.dumps({
    "string_storage": getattr(corpus["text"].dtype, "storage", None),
    "partition": dump(analyze_partition(corpus)),
    "analyze": dump(mediakit.analyze(corpus)),
}))
"""


def _from_dump(dump: dict) -> pd.DataFrame:
    frame = pd.DataFrame(dump["rows"], columns=dump["columns"])
    if "published" in frame.columns:
        frame["published"] = pd.to_datetime(frame["published"])
    for name in frame.columns:
        if name.startswith("naming_share_") or SCHEMA.get(name) == np.dtype("float64"):
            frame[name] = frame[name].astype("float64")
    return frame


def test_without_pyarrow_same_values_and_schema():
    result = json.loads(run_python(_NO_PYARROW))
    assert result["string_storage"] == "python"  # the subprocess really ran without pyarrow
    partition = result["partition"]
    assert partition["columns"] == list(SCHEMA)
    assert partition["dtypes"] == [repr(d) for d in SCHEMA.values()]
    # analyze itself keeps pandas' default string dtype, python-backed without pyarrow
    assert repr(SCHEMA["doc_id"]) in result["analyze"]["dtypes"]

    corpus = mediakit.load_example_corpus()
    here = aligned(mediakit.analyze(corpus))
    assert_same_table(_from_dump(partition).astype(dict(SCHEMA)), here)
    assert_same_table(aligned(_from_dump(result["analyze"])), here)


# --------------------------------------------------------------------------- Dask

try:
    import dask.dataframe as dd
except ImportError:  # the scale extra is not installed: only the Dask tests are skipped
    dd = None
needs_dask = pytest.mark.skipif(dd is None, reason='needs pip install "mediakit[scale]"')


@needs_dask
def test_analyze_dask_is_lazy_with_schema_meta(corpus):
    ddf = dd.from_pandas(corpus, npartitions=4)
    result = scale.analyze_dask(ddf)
    assert isinstance(result, dd.DataFrame)
    assert result.npartitions == 4
    assert list(result.columns) == list(SCHEMA)
    assert dict(result.dtypes) == dict(SCHEMA)


@needs_dask
def test_analyze_dask_synchronous_equals_analyze(corpus, expected):
    ddf = dd.from_pandas(corpus, npartitions=5)  # dask stores the strings as string[pyarrow]
    result = scale.analyze_dask(ddf).compute(scheduler="sync")
    assert_same_table(by_id(result), by_id(expected))


@needs_dask
def test_mediakit_analyze_dispatches_dask(corpus, expected):
    ddf = dd.from_pandas(corpus.iloc[:12], npartitions=3)
    try:
        result = mediakit.analyze(ddf)
    except MediakitTypeError:
        pytest.skip("mediakit.analyze does not dispatch Dask DataFrames yet (compare.py diff pending)")
    assert isinstance(result, dd.DataFrame)
    assert_same_table(by_id(result.compute(scheduler="sync")), by_id(expected.iloc[:12]))


@needs_dask
def test_analyze_dask_errors(corpus):
    with pytest.raises(MediakitTypeError, match="from_pandas"):
        scale.analyze_dask(corpus)
    with pytest.raises(MediakitValueError, match="'doc_id' and 'text'"):
        scale.analyze_dask(dd.from_pandas(corpus.rename(columns={"text": "body"}), npartitions=2))


@needs_dask
def test_read_articles_dask_matches_load_corpus():
    example = mediakit.load_example_corpus()
    folder = Path(example["path"].iloc[0]).parent
    ddf = scale.read_articles_dask(folder, files_per_partition=4)
    assert ddf.npartitions == math.ceil(len(example) / 4)
    frame = ddf.compute(scheduler="sync").reset_index(drop=True)
    assert frame["doc_id"].tolist() == example["doc_id"].tolist()
    assert frame["text"].tolist() == example["text"].tolist()
    assert frame["register"].tolist() == example["register"].fillna("").tolist()
    assert frame["published"].dtype == np.dtype("datetime64[ns]")
    result = scale.analyze_dask(ddf).compute(scheduler="sync").reset_index(drop=True)
    assert_same_table(result, aligned(mediakit.analyze(example)))
    glob_ddf = scale.read_articles_dask(str(folder / "constructed-*.txt"), files_per_partition=10)
    assert glob_ddf.npartitions == 1
    assert all(i.startswith("constructed-") for i in glob_ddf.compute(scheduler="sync")["doc_id"])
    with pytest.raises(mediakit.EmptyCorpusError):
        scale.read_articles_dask(str(folder / "*.nothing"))
    with pytest.raises(MediakitValueError):
        scale.read_articles_dask(folder, files_per_partition=0)


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,  # logging.ERROR
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@needs_dask
def test_local_cluster_equals_single_process(client, corpus, expected, tmp_path):
    ddf = dd.from_pandas(corpus, npartitions=4)
    lazy = mediakit.scale.analyze_dask(ddf)
    result = client.compute(lazy).result()
    assert_same_table(by_id(result), by_id(expected))
    workers = client.run(os.getpid)
    assert len(set(workers.values())) == 2 and os.getpid() not in workers.values()

    # the worked example of docs/scaling.md: results straight to parquet, read back with pandas
    lazy.to_parquet(tmp_path / "results", write_index=False)
    back = pd.read_parquet(tmp_path / "results")
    assert_same_table(by_id(back.astype(dict(SCHEMA))), by_id(expected))
