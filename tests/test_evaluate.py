"""Evaluation and agreement: exact numbers on hand-made examples, the real gold file, PTC and BABE readers."""

from __future__ import annotations

import gc
import importlib.util
import json
import math
import re
import sys
import types
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mediakit as mk
from mediakit.errors import MediakitError, MediakitTypeError, MediakitValueError
from mediakit.evaluate import (
    GOLD_LABELS,
    GoldSet,
    agreement,
    attribution_accuracy,
    cohen_kappa,
    evaluate,
    krippendorff_alpha,
    read_babe,
    read_gold,
    read_ptc,
    speakers_match,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPAN_COLUMNS = ["doc_id", "start", "end", "label"]


def spans(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=SPAN_COLUMNS)


def row(table: pd.DataFrame, label: str, detector: str | None = None) -> pd.Series:
    if detector is not None:
        table = table[table["detector"] == detector]
    picked = table[table["label"] == label]
    assert len(picked) == 1, f"expected one row for {label!r}"
    return picked.iloc[0]


@pytest.fixture(scope="module")
def small():
    """Three documents (d3 without gold spans) and four gold spans."""
    corpus = mk.corpus_from_frame(
        pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "text": ["x" * 40, "y" * 10, "z" * 10]}), id="doc_id"
    )
    gold = spans(
        ("d1", 0, 5, "emotive"),
        ("d1", 10, 15, "emotive"),
        ("d1", 20, 25, "hedge"),
        ("d2", 0, 4, "hedge"),
    )
    hits = spans(
        ("d1", 3, 8, "emotive"),  # overlaps gold emotive 0-5: matched
        ("d1", 30, 35, "emotive"),  # nothing there: false positive
        ("d1", 20, 22, "hedge"),  # overlaps gold hedge 20-25: matched
        ("d2", 0, 4, "booster"),  # right place, wrong label: false positive
        ("d3", 0, 3, "hedge"),  # a document without gold spans: false positive
        ("d9", 0, 3, "emotive"),  # not in the gold corpus: ignored
    )
    return corpus, gold, hits


# --------------------------------------------------------------------------- evaluate: exact numbers


def test_precision_recall_f1_by_hand(small):
    corpus, gold, hits = small
    table = evaluate(hits, (corpus, gold), n_boot=0)
    emotive = row(table, "emotive")
    # predictions 2 (d9 ignored), 1 matched; gold 2, 1 matched: P = R = F1 = 1/2
    assert (emotive.n_pred, emotive.pred_matched, emotive.n_gold, emotive.gold_matched) == (2, 1, 2, 1)
    assert (emotive.precision, emotive.recall, emotive.f1) == (0.5, 0.5, 0.5)
    hedge = row(table, "hedge")
    # predictions d1 20-22 (matched) and d3 0-3 (no gold in d3); gold d1 20-25 (matched), d2 0-4 (missed)
    assert (hedge.precision, hedge.recall, hedge.f1) == (0.5, 0.5, 0.5)
    booster = row(table, "booster")
    # one prediction, no gold: P = 0/1, R undefined, F1 = 0
    assert booster.precision == 0 and math.isnan(booster.recall) and booster.f1 == 0
    hedging = row(table, "all", "hedging")
    # micro-average over hedge + booster: P = 1/3, R = 1/2, F1 = 2 * (1/3) * (1/2) / (5/6) = 0.4
    assert (hedging.n_pred, hedging.pred_matched, hedging.n_gold, hedging.gold_matched) == (3, 1, 2, 1)
    assert hedging.precision == pytest.approx(1 / 3)
    assert hedging.recall == 0.5
    assert hedging.f1 == pytest.approx(0.4)
    assert row(table, "all", "loaded").f1 == 0.5
    assert row(table, "emotive").detector == "loaded" and hedge.detector == "hedging"
    assert table.attrs["mediakit"]["n_docs"] == 3
    assert list(table.columns[:6]) == [
        "detector",
        "label",
        "n_gold",
        "n_pred",
        "gold_matched",
        "pred_matched",
    ]
    for stat in ("precision", "recall", "f1"):
        assert {stat, f"{stat}_low", f"{stat}_high"} <= set(table.columns)


def test_one_long_hit_matches_two_gold_spans_and_touching_spans_do_not_overlap():
    gold = spans(("d", 0, 4, "emotive"), ("d", 5, 9, "emotive"), ("d", 20, 25, "hedge"))
    hits = spans(("d", 2, 7, "emotive"), ("d", 25, 30, "hedge"), ("d", 15, 20, "hedge"))
    table = evaluate(hits, gold, n_boot=0)
    emotive = row(table, "emotive")
    assert (emotive.precision, emotive.recall) == (1.0, 1.0)  # 1 of 1 prediction, 2 of 2 gold spans
    hedge = row(table, "hedge")  # 25-30 and 15-20 only touch 20-25: no shared character
    assert (hedge.pred_matched, hedge.gold_matched, hedge.f1) == (0, 0, 0.0)


def test_exact_criterion_and_labels_option():
    gold = spans(("d", 0, 4, "emotive"), ("d", 10, 14, "hedge"))
    hits = spans(("d", 0, 4, "emotive"), ("d", 10, 13, "hedge"), ("d", 0, 2, "quote"))
    table = evaluate(hits, gold, n_boot=0, criterion="exact")
    assert row(table, "emotive").f1 == 1.0 and row(table, "hedge").f1 == 0.0
    assert "quote" in set(table["label"])  # every label by default ...
    only = evaluate(hits, gold, n_boot=0, labels=["hedge"])  # ... or just the ones asked for
    assert list(only["label"]) == ["hedge", "all"]


def test_by_detector_pools_the_labels_of_a_detector():
    gold = spans(("d", 0, 4, "name_calling"), ("d", 10, 14, "loaded"))
    hits = spans(("d", 0, 4, "emotive"), ("d", 10, 14, "scare_quote"))
    assert row(evaluate(hits, gold, n_boot=0), "emotive").precision == 0.0
    pooled = evaluate(hits, gold, n_boot=0, by="detector")
    assert list(pooled["label"]) == ["all"] and pooled["f1"].iloc[0] == 1.0


def test_gold_span_table_with_docs_or_without(small):
    corpus, gold, hits = small
    with_docs = evaluate(hits, gold, n_boot=0, docs=corpus)
    pd.testing.assert_frame_equal(with_docs, evaluate(hits, (corpus, gold), n_boot=0), check_like=True)
    # without a corpus every document named in either table counts, d9 included
    assert row(evaluate(hits, gold, n_boot=0), "emotive").n_pred == 3


def test_gold_against_itself_is_perfect():
    gold = read_gold(split="dev")
    table = evaluate(gold.spans, gold, n_boot=20)
    assert (table["f1"] == 1).all() and (table["f1_low"] == 1).all()
    assert set(table["label"]) == set(GOLD_LABELS) | {"all"}
    assert list(table.loc[table["label"] == "all", "detector"]) == ["loaded", "naming", "hedging"]


# --------------------------------------------------------------------------- bootstrap


def test_bootstrap_is_reproducible_and_contains_the_estimate(small):
    corpus, gold, hits = small
    a = evaluate(hits, (corpus, gold), n_boot=300, seed=7)
    b = evaluate(hits, (corpus, gold), n_boot=300, seed=7)
    pd.testing.assert_frame_equal(a, b)
    none = evaluate(hits, (corpus, gold), n_boot=0)
    assert none["f1_low"].isna().all()
    dev = read_gold(split="dev")
    half = dev.spans.iloc[::2]  # every other gold span: P = 1, R about 1/2
    wrong = dev.spans.iloc[1::5].assign(label="emotive")  # some with the wrong label
    noisy = pd.concat([half, wrong], ignore_index=True)
    x = evaluate(noisy, dev, n_boot=300, seed=1)
    y = evaluate(noisy, dev, n_boot=300, seed=2)
    assert not np.allclose(x["f1_low"], y["f1_low"])  # another seed, other draws
    for table in (a, x):
        for stat in ("precision", "recall", "f1"):
            defined = table[table[stat].notna()]
            assert (defined[f"{stat}_low"] <= defined[stat] + 1e-12).all()
            assert (defined[stat] <= defined[f"{stat}_high"] + 1e-12).all()
    assert (x["f1_high"] - x["f1_low"]).max() > 0.05


def test_bootstrap_follows_the_documented_procedure(small):
    """Re-implement the docstring's recipe with a loop and compare the hedging F1 interval."""
    corpus, gold, hits = small
    table = evaluate(hits, (corpus, gold), n_boot=200, seed=3, level=0.9)
    # per document (d1, d2, d3): gold hedge spans, matched gold, predictions, matched predictions
    per_doc = np.array([[1, 1, 1, 1], [1, 0, 1, 0], [0, 0, 1, 0]])  # hedging = hedge + booster
    rng = np.random.default_rng(3)
    draws = rng.integers(0, 3, size=(200, 3))
    f1s = []
    for sample in draws:
        n_gold, gold_m, n_pred, pred_m = per_doc[sample].sum(axis=0)
        p = pred_m / n_pred if n_pred else math.nan
        r = gold_m / n_gold if n_gold else math.nan
        f1s.append(
            2 * p * r / (p + r) if p + r > 0 else (math.nan if math.isnan(p) and math.isnan(r) else 0.0)
        )
    expected = np.nanpercentile(f1s, [5, 95])
    got = row(table, "all", "hedging")
    assert (got.f1_low, got.f1_high) == pytest.approx(tuple(expected))


# --------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Mayor Linda Okafor", "Okafor", True),
        ("okafor", "Okafor", True),
        ("Okafor's aide", "Okafor", False),
        ("the official", "one official", True),
        ("One official", "one official", True),
        ("a senior official", "one official", False),
        ("Kremlin spokesperson", "A Kremlin spokesperson", True),
        ("the Finance Ministry", "the finance ministry", True),
        ("Police", "Police", True),
        ("", "Okafor", False),
        (None, "Okafor", False),
    ],
)
def test_speakers_match(predicted, gold, expected):
    assert speakers_match(predicted, gold) is expected


def test_attribution_accuracy_by_hand():
    text = (
        "“We will rebuild,” said Linda Okafor. "
        "“It is ‘a disgrace’, as the minister put it,” one official said."
    )
    corpus = mk.corpus_from_frame(
        pd.DataFrame({"doc_id": ["q1", "q2"], "text": [text, "No quotes."]}), id="doc_id"
    )
    inner = text.index("a disgrace")
    outer = text.index("It is")
    gold_quotes = pd.DataFrame(
        [
            ("q1", 1, 16, "We will rebuild", "Okafor"),
            ("q1", outer, text.index(",”", outer), "It is ...", "one official"),
            ("q1", inner, inner + len("a disgrace"), "a disgrace", "the minister"),
        ],
        columns=["doc_id", "start", "end", "text", "speaker"],
    )
    gold = GoldSet(corpus, spans(), gold_quotes)
    hits = pd.DataFrame(
        [
            ("q1", 0, 18, "quote", "Linda Okafor"),  # includes the quote marks: still overlaps; right speaker
            ("q1", outer, outer + 60, "quote", "the official"),  # right (article dropped)
            ("q1", inner - 1, inner + 11, "quote", "one official"),  # nested quote: wrong speaker
            ("q1", 0, 5, "attribution", "the minister"),  # not a quote row: ignored
        ],
        columns=["doc_id", "start", "end", "label", "speaker"],
    )
    result = attribution_accuracy(hits, gold, n_boot=100)
    assert list(result.columns) == ["n", "correct", "accuracy", "accuracy_low", "accuracy_high"]
    assert (result.n.iloc[0], result.correct.iloc[0]) == (3, 2)
    assert result.accuracy.iloc[0] == pytest.approx(2 / 3)
    per = attribution_accuracy(hits, gold, per_quote=True)
    assert per["correct"].tolist() == [True, True, False]
    assert per["predicted_speaker"].tolist() == ["Linda Okafor", "the official", "one official"]
    missing = attribution_accuracy(hits.iloc[:1], gold, n_boot=0)  # unmatched gold quotes count as wrong
    assert missing.accuracy.iloc[0] == pytest.approx(1 / 3) and math.isnan(missing.accuracy_low.iloc[0])


# --------------------------------------------------------------------------- agreement statistics


def test_cohen_kappa_textbook_2x2():
    """Wikipedia, "Cohen's kappa", worked example: 50 proposals, both yes 20, A yes/B no 5, A no/B yes 10,
    both no 15. p_o = 35/50 = 0.7; p_yes = 25/50 * 30/50 = 0.3, p_no = 25/50 * 20/50 = 0.2, p_e = 0.5;
    kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4."""
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(["yes", "no"] * 5, ["yes", "no"] * 5) == 1.0
    assert math.isnan(cohen_kappa([0, 0, 0], [0, 0, 0]))  # p_e = 1: undefined


def test_cohen_kappa_three_categories_by_hand():
    """3 categories, 10 units. Table (rows A, columns B): a: 3 1 0 / b: 0 3 1 / c: 0 0 2.
    p_o = 8/10. Marginals A = (4, 4, 2), B = (3, 4, 3): p_e = (12 + 16 + 6) / 100 = 0.34.
    kappa = (0.8 - 0.34) / 0.66 = 0.6969..."""
    a = list("aaaabbbbcc")
    b = list("aaabbbbccc")
    assert cohen_kappa(a, b) == pytest.approx(0.46 / 0.66)


def test_krippendorff_alpha_worked_example():
    """Krippendorff (2011), section A: binary data, two observers, no missing data, 10 units.

    Pairs per unit: (0,1) (1,1) (0,1) (0,0) (0,0) (0,1) (0,0) (0,0) (1,0) (0,0).
    Coincidence matrix (each unit adds (a,b) and (b,a)): o00 = 2 * 5 = 10, o01 = o10 = 4, o11 = 2 * 1 = 2.
    n0 = 14, n1 = 6, n = 20. alpha = 1 - (n - 1) * (o01 + o10) / (2 * n0 * n1) = 1 - 19 * 8 / 168
    = 16/168 = 0.095 (the published value). Cohen's kappa on the same data:
    p_o = 0.6, p_e = 0.2 * 0.4 + 0.8 * 0.6 = 0.56, kappa = 0.04 / 0.44 = 0.0909.
    """
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha(a, b) == pytest.approx(16 / 168)
    assert round(krippendorff_alpha(a, b), 3) == 0.095
    assert cohen_kappa(a, b) == pytest.approx(0.04 / 0.44)
    assert krippendorff_alpha(a, a) == 1.0
    assert math.isnan(krippendorff_alpha([1, 1], [1, 1]))  # no variation: D_e = 0


def test_statistics_reject_bad_input():
    with pytest.raises(MediakitValueError, match="same length"):
        cohen_kappa([1, 0], [1])
    with pytest.raises(MediakitValueError, match="empty"):
        krippendorff_alpha([], [])


# --------------------------------------------------------------------------- agreement tables


def test_agreement_on_unit_tables_with_yes_no_values():
    a = pd.DataFrame(
        {
            "doc_id": ["d1"] * 5 + ["d2"] * 5,
            "sentence": list(range(5)) * 2,
            "hedged": ["no", "yes", "no", "no", "no", "no", "no", "no", "yes", "no"],
            "loaded": [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
            "text": ["..."] * 10,
        }
    )
    b = pd.DataFrame(
        {
            "doc_id": ["d2"] * 5 + ["d1"] * 5,  # another order: rows are paired by (doc_id, sentence)
            "sentence": list(range(5)) * 2,
            "hedged": ["n", "y", "n", "n", "n", "Y", "yes", "Yes", "n", "n"],
            "loaded": [False, False, False, False, False, True, True, False, False, False],
        }
    )
    table = agreement(a, b).set_index("label")
    assert list(table.index) == ["hedged", "loaded"]
    # hedged, in unit order d1:0-4, d2:0-4 -> a: 0100000010, b: 1110001000 = the Krippendorff example
    assert table.loc["hedged", "alpha"] == pytest.approx(16 / 168)
    assert table.loc["hedged", "kappa"] == pytest.approx(0.04 / 0.44)
    assert (table.loc["hedged", "n_units"], table.loc["hedged", "observed"]) == (10, 0.6)
    assert table.loc["loaded", "kappa"] == 1.0 and table.loc["loaded", "both_yes"] == 2


def test_agreement_errors_name_the_problem():
    a = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "sentence": [0, 1, 0], "hedged": [1, 0, 1]})
    b = pd.DataFrame({"doc_id": ["d1", "d1", "d3"], "sentence": [0, 1, 0], "hedged": [1, 0, 1]})
    with pytest.raises(MediakitValueError, match=r"different units.*\(d2, 0\).*\(d3, 0\)"):
        agreement(a, b)
    with pytest.raises(MediakitValueError, match=r"b: label column\(s\) \['loaded'\] missing"):
        agreement(a.assign(loaded=0), a, labels=["hedged", "loaded"])
    with pytest.raises(MediakitValueError, match=r"column 'hedged'.*not yes/no.*maybe"):
        agreement(a, a.assign(hedged=["maybe", 0, 1]))
    with pytest.raises(MediakitValueError, match="coded twice"):
        agreement(pd.concat([a, a]), a)
    with pytest.raises(MediakitValueError, match="pass corpus="):
        agreement(spans(("d1", 0, 2, "hedge")), spans(("d1", 0, 2, "hedge")))
    with pytest.raises(MediakitValueError, match="same kind of table"):
        agreement(spans(("d1", 0, 2, "hedge")), a)
    with pytest.raises(MediakitTypeError):
        agreement("a.csv", a)


@pytest.fixture(scope="module")
def two_sentences():
    text = "Prices may rise about 5 percent. The brutal cuts were clearly a disaster."
    corpus = mk.corpus_from_frame(
        pd.DataFrame({"doc_id": ["t1", "t2"], "text": [text, "Nothing here."]}), id="doc_id"
    )
    at = text.index
    a = spans(
        ("t1", at("may"), at("may") + 3, "hedge"),
        ("t1", at("brutal"), at("brutal") + 6, "emotive"),
        ("t1", at("disaster"), at("disaster") + 8, "emotive"),
    )
    b = spans(
        ("t1", at("about"), at("about") + 5, "hedge"),
        ("t1", at("brutal"), at("brutal") + 6, "emotive"),
    )
    return corpus, a, b


def test_agreement_on_span_tables_by_sentence_token_and_document(two_sentences):
    corpus, a, b = two_sentences
    sent = agreement(a, b, corpus=corpus).set_index("label")
    # 3 sentences (2 in t1, 1 in t2); both code sentence 1 hedge and sentence 2 emotive: perfect agreement
    assert sent.loc["hedge", "n_units"] == 3
    assert sent.loc["hedge", "kappa"] == 1.0 and sent.loc["emotive", "alpha"] == 1.0
    tok = agreement(a, b, unit="token", corpus=corpus).set_index("label")
    # word tokens: 6 + 7 in t1 ("5" counts, punctuation does not), 2 in t2 = 15 units
    assert tok.loc["hedge", "n_units"] == 15
    # hedge: a codes "may", b codes "about": 13 units agree on no, 2 disagree
    assert (tok.loc["hedge", "a_yes"], tok.loc["hedge", "b_yes"], tok.loc["hedge", "both_yes"]) == (1, 1, 0)
    assert tok.loc["hedge", "observed"] == pytest.approx(13 / 15)
    # kappa: p_e = (1/15)(1/15) + (14/15)(14/15) = 197/225; kappa = (195/225 - 197/225) / (28/225) = -1/14
    assert tok.loc["hedge", "kappa"] == pytest.approx(-1 / 14)
    # alpha: o01 = o10 = 2, n0 = 28, n1 = 2, n = 30: 1 - 29 * 4 / (2 * 28 * 2) = 1 - 116/112 = -1/28
    assert tok.loc["hedge", "alpha"] == pytest.approx(-1 / 28)
    doc = agreement(a, b, unit="document", corpus=corpus).set_index("label")
    assert doc.loc["emotive", "n_units"] == 2 and doc.loc["emotive", "kappa"] == 1.0
    only = agreement(a, b, corpus=corpus, labels=["emotive"])
    assert list(only["label"]) == ["emotive"]
    with pytest.raises(MediakitValueError, match="occur in neither"):
        agreement(a, b, corpus=corpus, labels=["hedges"])
    with pytest.raises(MediakitValueError, match="not in the corpus: zz"):
        agreement(a, spans(("zz", 0, 1, "hedge")), corpus=corpus)


def test_agreement_of_goldsets_uses_their_corpus():
    gold = read_gold(split="test")
    table = agreement(gold, gold, unit="sentence")
    assert (table["kappa"] == 1).all() and (table["alpha"] == 1).all()
    assert list(table["label"]) == list(GOLD_LABELS)


# --------------------------------------------------------------------------- the gold set


def _readme_counts() -> dict[str, tuple[int, int]]:
    """The dev/test counts of the table in data/gold/README.md, by row name."""
    text = (ROOT / "data" / "gold" / "README.md").read_text(encoding="utf-8")
    counts = {}
    for m in re.finditer(r"^\| ([^|]+?) \| (\d+) \| (\d+) \| \d+ \|$", text, flags=re.M):
        counts[m.group(1).strip("` ")] = (int(m.group(2)), int(m.group(3)))
    return counts


def test_read_gold_counts_match_the_readme():
    """Every row of the counts table in data/gold/README.md (dev, test) agrees with read_gold()."""
    readme = _readme_counts()
    gold = read_gold()
    split = gold.corpus.set_index("doc_id")["split"]
    spans = gold.spans.assign(split=gold.spans["doc_id"].map(split))
    quotes = gold.quotes.assign(split=gold.quotes["doc_id"].map(split))
    annotated = set(spans["doc_id"]) | set(quotes["doc_id"])

    def per_split(mask_or_ids) -> tuple[int, int]:
        return tuple(int(mask_or_ids(s)) for s in ("dev", "test"))

    actual = {
        "items": per_split(lambda s: (split == s).sum()),
        "items with quotations": per_split(lambda s: quotes.loc[quotes["split"] == s, "doc_id"].nunique()),
        "quote entries": per_split(lambda s: (quotes["split"] == s).sum()),
        "items with no annotation": per_split(lambda s: ((split == s) & ~split.index.isin(annotated)).sum()),
    }
    for label in GOLD_LABELS:
        of_label = spans[spans["label"] == label]
        actual[label] = per_split(lambda s, g=of_label: (g["split"] == s).sum())
    for (label, detail), group in spans[spans["detail"] != ""].groupby(["label", "detail"]):
        actual[f"{label} / {detail}"] = per_split(lambda s, g=group: (g["split"] == s).sum())
    assert set(actual) <= set(readme), sorted(set(actual) - set(readme))
    stale = [f"{row}: README {readme[row]}, gold.jsonl {n}" for row, n in actual.items() if readme[row] != n]
    assert not stale, (
        "data/gold/README.md counts are out of date (see data/gold/adjudication.md): " + "; ".join(stale)
    )


def test_read_gold_frames_and_split():
    gold = read_gold()
    assert {"doc_id", "split", "topic", "text"} <= set(gold.corpus.columns)
    assert list(gold.spans.columns) == ["doc_id", "start", "end", "text", "label", "detail"]
    assert list(gold.quotes.columns) == ["doc_id", "start", "end", "text", "speaker"]
    texts = gold.corpus.set_index("doc_id")["text"]
    for table in (gold.spans, gold.quotes):
        assert all(texts[d][s:e] == t for d, s, e, t in zip(table.doc_id, table.start, table.end, table.text))
    first = gold.spans[gold.spans["doc_id"] == "g0001"]
    assert first[["text", "label", "detail"]].values.tolist() == [
        ["Kyiv", "naming", "kyiv_kiev"],
        ["about", "hedge", "approximator"],
        ["reportedly", "hedge", "evidential"],
    ]
    dev = read_gold(split="dev")
    assert set(dev.corpus["split"]) == {"dev"} and set(dev.spans["doc_id"]) <= set(dev.corpus["doc_id"])
    with pytest.raises(MediakitValueError, match="split must be"):
        read_gold(split="train")


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return path


def test_read_gold_counts_every_occurrence_for_n(tmp_path):
    item = {
        "id": "x1",
        "split": "dev",
        "topic": "politics",
        "text": "The mayor may resign in May, she may not.",
        "spans": [{"match": "may", "n": 3, "label": "hedge", "detail": "modal"}],  # "mayor" holds the 1st
        "quotes": [],
    }
    gold = read_gold(write_jsonl(tmp_path / "g.jsonl", [item]))
    assert gold.spans[["start", "end"]].values.tolist() == [[33, 36]]
    assert gold.corpus["text"].iloc[0][33:36] == "may"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"spans": [{"match": "may", "n": 4, "label": "hedge", "detail": "modal"}]},
            r"item x1.*'may' occurs 3",
        ),
        (
            {"spans": [{"match": "May", "n": 1, "label": "hedges", "detail": ""}]},
            r"item x1.*unknown label 'hedges'",
        ),
        (
            {"quotes": [{"match": "resign in June", "speaker": "Kim"}]},
            r"item x1\), quote 1: match 'resign in June' occurs 0",
        ),
        ({"split": "train"}, r"item x1.*split must be 'dev' or 'test'"),
    ],
)
def test_read_gold_errors_name_the_item(tmp_path, change, message):
    item = {"id": "x1", "split": "dev", "text": "The mayor may resign in May, she may not.", "spans": []}
    item.update(change)
    with pytest.raises(MediakitValueError, match=message):
        read_gold(write_jsonl(tmp_path / "g.jsonl", [item]))


def test_read_gold_file_errors(tmp_path):
    with pytest.raises(MediakitError, match=r"nothere\.jsonl: no such file"):
        read_gold(tmp_path / "nothere.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": "ok"}\n{"id": "x2", "text": \n', encoding="utf-8")
    with pytest.raises(MediakitValueError, match=r"bad.jsonl, line 2: not valid JSON"):
        read_gold(bad)
    dup = write_jsonl(tmp_path / "dup.jsonl", [{"id": "x1", "text": "a"}, {"id": "x1", "text": "b"}])
    with pytest.raises(MediakitValueError, match="already used on line 1"):
        read_gold(dup)


# --------------------------------------------------------------------------- PTC and BABE


@pytest.mark.parametrize("labels", ["labels", "dev-task-flc-tc.labels"])
def test_read_ptc_fixture(labels):
    corpus, table = read_ptc(FIXTURES / "ptc" / "articles", FIXTURES / "ptc" / labels)
    assert corpus["doc_id"].tolist() == ["1001", "1002", "1003"]  # 1003 has no labels but counts
    raw = (FIXTURES / "ptc" / "articles" / "article1001.txt").read_text(encoding="utf-8")
    assert corpus["text"].iloc[0] == raw and raw.endswith("\n")  # kept exactly, not stripped
    assert table[["doc_id", "text", "label", "detail"]].values.tolist() == [
        ["1001", "reckless giveaway", "emotive", "Loaded_Language"],
        ["1001", "cranks", "name_calling", "Name_Calling,Labeling"],
        ["1001", "said the vote was fair", "Doubt", "Doubt"],
        ["1002", "devastating", "emotive", "Loaded_Language"],
        ["1002", "urged to prepare emergency kits", "Appeal_to_fear-prejudice", "Appeal_to_fear-prejudice"],
    ]
    texts = corpus.set_index("doc_id")["text"]
    assert all(texts[d][s:e] == t for d, s, e, t in zip(table.doc_id, table.start, table.end, table.text))
    # a detector hit on the label-free article is a false positive
    hits = spans(("1002", 45, 56, "emotive"), ("1003", 0, 7, "emotive"))
    assert row(evaluate(hits, (corpus, table), n_boot=0, labels=["emotive"]), "emotive").precision == 0.5


def test_read_ptc_errors(tmp_path):
    articles = FIXTURES / "ptc" / "articles"
    bad = tmp_path / "bad.labels"
    bad.write_text("1001\tLoaded_Language\t10\t9999\n", encoding="utf-8")
    with pytest.raises(
        MediakitValueError, match=r"bad.labels, line 1: offsets 10-9999 are outside article1001"
    ):
        read_ptc(articles, bad)
    bad.write_text("1001\tLoaded_Language\t10\n1001 Loaded 1 2 3 4\n", encoding="utf-8")
    with pytest.raises(MediakitValueError, match="line 1: start and end must be integers"):
        read_ptc(articles, bad)
    bad.write_text("4242\tDoubt\t0\t5\n", encoding="utf-8")
    with pytest.raises(MediakitValueError, match=r"no file article4242\.txt"):
        read_ptc(articles, bad)
    with pytest.raises(MediakitError, match="no such file"):
        read_ptc(articles, tmp_path / "missing.labels")
    with pytest.raises(MediakitValueError, match=r"no article<ID>\.txt files"):
        read_ptc(tmp_path, bad)


def test_read_babe_fixture():
    corpus, table = read_babe(FIXTURES / "babe.csv")
    assert corpus["doc_id"].tolist() == ["babe0001", "babe0002", "babe0003", "babe0004"]
    assert corpus["label_bias"].tolist() == ["Biased", "Non-biased", "Biased", "No agreement"]
    assert corpus["outlet"].iloc[0] == "Example Daily" and corpus["topic"].iloc[2] == "politics"
    assert corpus["biased_words"].iloc[0] == ["reckless", "gut"]
    assert table[["doc_id", "text"]].values.tolist() == [
        ["babe0001", "reckless"],
        ["babe0001", "gut"],
        ["babe0003", "Radical"],  # case-insensitive: both occurrences
        ["babe0003", "stormed"],
        ["babe0003", "radical"],
        ["babe0004", "total failure"],
    ]
    assert set(table["label"]) == {"loaded"} and set(table["detail"]) == {"babe"}
    hits = spans(("babe0001", 14, 22, "emotive"), ("babe0002", 0, 3, "name_calling"))
    pooled = evaluate(hits, (corpus, table), n_boot=0, by="detector")
    assert (pooled["precision"].iloc[0], pooled["recall"].iloc[0]) == (0.5, 1 / 6)


def test_read_babe_comma_csv_unmatched_words_and_safe_parsing(tmp_path):
    path = tmp_path / "mbic.csv"
    pd.DataFrame(
        {
            "text": ["A grant for the grantee.", "They rant and rave.", "Quiet day."],
            "label_bias": ["Biased", "Biased", "Non-biased"],
            "biased_words4": ["['rant']", "__import__('os').getcwd()", ""],
        }
    ).to_csv(path, index=False)
    with pytest.warns(UserWarning, match="2 biased word"):
        corpus, table = read_babe(path)
    # "rant" is not a whole word in sentence 1 ("grant", "grantee"); the cell that is not a list literal
    # is split on commas as plain text, never evaluated, and matches nothing
    assert table.empty
    assert table.attrs["mediakit"]["unmatched"] == [
        ("babe0001", "rant"),
        ("babe0002", "__import__('os').getcwd()"),
    ]
    assert corpus["biased_words"].tolist() == [["rant"], ["__import__('os').getcwd()"], []]


def test_read_babe_missing_column(tmp_path):
    path = tmp_path / "b.csv"
    pd.DataFrame({"sentence": ["x"], "label_bias": ["Biased"]}).to_csv(path, index=False)
    with pytest.raises(MediakitValueError, match=r"b.csv: column\(s\) \['text', 'biased_words'\] not found"):
        read_babe(path)


# --------------------------------------------------------------------------- input errors


def test_evaluate_input_errors(small):
    _, gold, hits = small
    with pytest.raises(MediakitValueError, match=r"hits: column\(s\) \['label'\] missing"):
        evaluate(hits.drop(columns="label"), gold)
    with pytest.raises(MediakitTypeError, match="hits must be a span table"):
        evaluate([("d1", 0, 1, "emotive")], gold)
    with pytest.raises(MediakitTypeError, match="gold must be a GoldSet"):
        evaluate(hits, "gold.jsonl")
    with pytest.raises(MediakitValueError, match="end <= start"):
        evaluate(spans(("d1", 5, 5, "emotive")), gold)
    with pytest.raises(MediakitValueError, match="n_boot"):
        evaluate(hits, gold, n_boot=-1)
    with pytest.raises(MediakitValueError, match="criterion"):
        evaluate(hits, gold, criterion="fuzzy")


# --------------------------------------------------------------------------- benchmark scripts


def load_script(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_detector_benchmark_fails_clearly_without_detectors(monkeypatch):
    script = load_script("evaluate_detectors")
    for name in ("detect_loaded", "detect_hedges"):
        monkeypatch.delattr(mk, name, raising=False)
    monkeypatch.setitem(sys.modules, "mediakit.sources", None)  # import fails
    with pytest.raises(
        SystemExit, match=r"mediakit.detect_loaded.*mediakit.sources.detect_sources not found"
    ):
        script.main(["--n-boot", "0"])


def test_detector_benchmark_runs_with_stand_in_detectors(monkeypatch, capsys):
    """Stand-ins built from the gold itself: rule-based = the gold, baseline = the gold plus noise."""
    script = load_script("evaluate_detectors")
    full = read_gold()

    class Plain:
        def __init__(self, name: str, plain: bool = False):
            self.name, self.plain = name, plain

        @classmethod
        def load(cls, name):
            return cls(name)

        def without_context(self):
            return Plain(self.name, True)

    def fake(labels):
        def detect(corpus, *, lexicon=None):
            hits = full.spans[full.spans["label"].isin(labels) & full.spans["doc_id"].isin(corpus["doc_id"])]
            if lexicon is not None and lexicon.plain:  # the "word list": one false hit per document
                noise = pd.DataFrame({"doc_id": corpus["doc_id"], "start": 0, "end": 1, "label": labels[0]})
                hits = pd.concat([hits, noise], ignore_index=True)
            return hits

        return detect

    def detect_sources(corpus):
        return full.quotes.assign(label="quote")[lambda q: q["doc_id"].isin(corpus["doc_id"])]

    monkeypatch.setattr(
        mk,
        "detect_loaded",
        fake(["emotive", "name_calling", "euphemism", "scare_quote", "naming"]),
        raising=False,
    )
    monkeypatch.setattr(mk, "detect_hedges", fake(["hedge", "booster"]), raising=False)
    monkeypatch.setattr(mk, "Lexicon", Plain, raising=False)
    monkeypatch.setitem(sys.modules, "mediakit.sources", types.SimpleNamespace(detect_sources=detect_sources))
    assert script.main(["--n-boot", "20", "--markdown"]) == 0
    out = capsys.readouterr().out
    assert "split test, 191 items" in out
    assert (
        "| loaded | all |" in out
        and ">= 0.80: met" in out
        and ">= 0.85: met" in out
        and ">= 0.90: met" in out
    )
    assert "Gain from context rules" in out and "+0." in out
    assert "All targets met." in out


def test_agreement_benchmark_on_a_hand_made_second_annotation(tmp_path, capsys):
    script = load_script("annotator_agreement")
    gold_lines = (ROOT / "data" / "gold" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in gold_lines[:10]]
    second = []
    for item in items:
        item = {k: v for k, v in item.items() if k not in ("split", "topic")}
        if item["id"] == "g0001":
            item["spans"] = item["spans"][:2]  # B misses "reportedly"
        second.append(item)
    path = write_jsonl(tmp_path / "second.jsonl", second)
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [json.loads(line) for line in gold_lines])
    assert script.main(["--gold", str(gold_path), "--second", str(path), "--n-boot", "20"]) == 0
    out = capsys.readouterr().out
    assert "on B's 10 items" in out and "Per label" in out and "Quotations and speakers" in out
    assert script.main(["--gold", str(gold_path), "--second", str(path), "--disagreements"]) == 0
    out = capsys.readouterr().out
    assert "g0001" in out and "'reportedly' [85:95] (evidential)" in out and "1 disagreements" in out
    with pytest.raises(SystemExit, match="not found"):
        script.main(["--second", str(tmp_path / "none.jsonl")])


def test_agreement_is_computed_on_the_annotation_before_adjudication(tmp_path):
    """The log keeps the original lines of corrected items; the script restores exactly those."""
    script = load_script("annotator_agreement")
    originals = script.original_lines(script.ADJUDICATION_LOG)
    path, restored = script.as_annotated(script.DEFAULT_GOLD, script.ADJUDICATION_LOG, tmp_path)
    assert sorted(restored) == sorted(originals)

    def by_id(file: Path) -> dict[str, str]:
        return {json.loads(line)["id"]: line for line in file.read_text(encoding="utf-8").splitlines()}

    before, after = by_id(path), by_id(script.DEFAULT_GOLD)
    assert before.keys() == after.keys()
    differ = sorted(i for i in after if before[i] != after[i])
    assert differ == sorted(originals)  # every logged item was changed, and nothing else differs
    for item_id in differ:
        old, new = json.loads(before[item_id]), json.loads(after[item_id])
        assert (old["split"], old["text"]) == (new["split"], new["text"])  # splits and texts never change


@pytest.mark.parametrize("pre_parse", [False, True])
def test_speed_benchmark_times_each_stage_and_counts_every_hit(pre_parse):
    """The detector speed benchmark on a small corpus: every stage is timed on its own (tokenization
    only when it is part of the figure) and the hits are those of the three public detectors."""
    script = load_script("bench_detectors")
    out = script.worker(3000, pre_parse, 2)
    corpus = mk.corpus_from_frame(pd.DataFrame({"text": script.corpus_texts(3000)}))
    expected = sum(len(getattr(mk, name)(corpus)) for name in script.DETECTORS)
    assert out["hits"] == expected > 0
    assert out["words"] == sum(len(text.split()) for text in corpus["text"])
    stages = out["cpu_by_stage"]
    assert list(stages) == list(script.STAGES)
    assert (stages["tokenization"] == 0) == pre_parse
    assert all(stages[s] > 0 for s in script.STAGES[1:])
    assert out["cpu"] == pytest.approx(sum(stages.values()))
    collected = out["gc_by_stage"]
    assert list(collected) == list(script.STAGES) and all(t >= 0 for t in collected.values())
    assert pre_parse is False or collected["tokenization"] == 0  # untimed parsing is nobody's
    # The parse's new objects are collected with it, so the tokenization, when timed, is charged
    # for at least one collection per batch, even on a corpus too small to set one off itself.
    assert pre_parse is True or collected["tokenization"] > 0


def test_speed_benchmark_runs_on_your_own_corpus(tmp_path):
    script = load_script("bench_detectors")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said the Kiev regime may fall.\n", encoding="utf-8")
    (folder / "b.txt").write_text("“It is over,” Rubio said.\n", encoding="utf-8")
    out = script.worker(1_000_000, True, 1, [str(folder)])  # the size of the benchmark corpus is ignored
    corpus = mk.load_corpus(folder)
    assert (out["docs"], out["words"]) == (2, 12)
    assert out["hits"] == sum(len(getattr(mk, name)(corpus)) for name in script.DETECTORS) >= 4


def test_analysis_benchmark_compares_with_textstat_on_your_own_corpus(tmp_path):
    script = load_script("bench_analysis")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said the Kiev regime may fall. It may not.\n", encoding="utf-8")
    result = script.compare_with_textstat(1_000_000, [str(folder)])  # the benchmark corpus's size is ignored
    assert (result["words"], result["docs"]) == (10, 1)
    assert all(result[side][run] > 0 for side in ("mediakit", "textstat") for run in ("cold", "warm"))


VOCABULARY_TEXTS = [
    "Officials said the regime may fall.",
    "“We will see,” Rubio said of the so-called deal.",
    "The regime fell, officials said, and Rubio said little.",
]


def test_vocabulary_benchmark_counts_the_misses_of_each_memo():
    from mediakit.lexicon import units
    from mediakit.text import parse

    script = load_script("bench_vocabulary")
    result = script.measure(VOCABULARY_TEXTS, 1)
    assert (result["docs"], result["words"]) == (3, 24)
    runs = result["runs"]
    assert list(runs) == ["shared", "new word", "none shared", *(f"{m} emptied" for m in script.MEMOS)]
    keys = [set(units(parse(text)).keys) for text in VOCABULARY_TEXTS]
    # Shared, each distinct key is computed once per lexicon; emptied, once per document it is in.
    assert runs["shared"]["misses"]["lexicon keys"] == 2 * len(set().union(*keys))
    assert runs["none shared"]["misses"]["lexicon keys"] == 2 * sum(map(len, keys))
    # "The" opens the third document and was met in the first: with it made new, one more miss each.
    assert runs["new word"]["misses"]["lexicon keys"] == runs["shared"]["misses"]["lexicon keys"] + 2
    for memo in script.MEMOS:
        emptied = runs[f"{memo} emptied"]["misses"]
        assert emptied[memo] == runs["none shared"]["misses"][memo] >= runs["shared"]["misses"][memo]
        assert all(emptied[m] == runs["shared"]["misses"][m] for m in script.MEMOS if m != memo)
    names = runs["none shared"]["misses"]["name runs"], runs["shared"]["misses"]["name runs"]
    assert names[0] > names[1] > 0  # Rubio, in two documents
    report = script.report(result)
    assert "corpus: 24 words in 3 documents" in report and "µs per miss" in report


def test_speed_benchmark_gives_each_collection_to_the_stage_it_started_in():
    script = load_script("bench_detectors")
    callbacks = list(gc.callbacks)

    def collect(n: int) -> int:
        for _ in range(n):
            gc.collect()
        return n

    with script.StageClock(("a", "b")) as clock:
        assert clock.timed("a", collect, 3) == 3
        collect(2)  # untimed
        clock.timed("b", len, "xy")
        with pytest.raises(ZeroDivisionError):  # a failing call is timed, and the clock stops
            clock.timed("b", lambda x: 1 / x, 0)
        collect(1)
        assert clock.collector["b"] == 0  # no collection started inside "b" or after it
    assert clock.collector["a"] > 0
    assert clock.cpu["a"] > 0 and clock.wall["b"] > 0  # the failing call was timed too
    assert clock.wall["a"] >= clock.collector["a"]
    assert list(gc.callbacks) == callbacks  # the clock stopped listening


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_speed_benchmark_ab_run_times_the_committed_package_against_the_working_tree(capsys, tmp_path):
    script = load_script("bench_detectors")
    old = script.export_revision("HEAD", tmp_path)
    assert (old / "mediakit" / "__init__.py").is_file()
    result = script.run_worker("detect", 1500, 1, old)
    assert result["package"] == str(old / "mediakit") and result["hits"] > 0
    assert script.compare("HEAD", 1500, 1) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "HEAD" in lines[1] and "working tree" in lines[1]
    assert [line.split()[0] for line in lines[2:]] == ["with", "detectors"]
    with pytest.raises(SystemExit, match="no-such-revision"):
        script.export_revision("no-such-revision", tmp_path)
