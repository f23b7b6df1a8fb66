"""Comparison analytics: keyness by hand, Poisson intervals against published values, analyze, naming."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import mediakit as mk
from mediakit.compare import LABELS, READABILITY_COLUMNS, analyze, keyness, kwic, naming, rate_table
from mediakit.stats import bh_adjust, g2, log_ratio, poisson_interval


def corpus(*texts, kinds=None):
    frame = pd.DataFrame({"text": list(texts)})
    if kinds:
        frame["kind"] = kinds
        return mk.corpus_from_frame(frame, text="text", kind="kind")
    return mk.corpus_from_frame(frame, text="text")


# Exact Poisson (Garwood 1936) limits for a count k at 95%, as tabulated in
# Ulm (1990), Am J Epidemiol 131:373, and in most epidemiology texts.
GARWOOD = {
    0: (0.0, 3.689),
    1: (0.0253, 5.572),
    2: (0.2422, 7.225),
    5: (1.623, 11.668),
    10: (4.795, 18.390),
    50: (37.11, 65.92),
}


@pytest.mark.parametrize(("k", "limits"), GARWOOD.items())
def test_poisson_interval_matches_published_table(k, limits):
    low, high = poisson_interval(k)
    assert low == pytest.approx(limits[0], abs=1.5e-3)  # the table gives 3-4 significant digits
    assert high == pytest.approx(limits[1], abs=1.5e-3)


def test_poisson_interval_level_and_errors():
    narrow = poisson_interval(10, level=0.5)
    wide = poisson_interval(10, level=0.99)
    assert wide[0] < narrow[0] < 10 < narrow[1] < wide[1]
    with pytest.raises(ValueError):
        poisson_interval(-1)


def test_g2_log_ratio_and_bh_by_hand():
    # "war": 3 of 4 target words, 1 of 6 reference words.
    # E1 = 4 * 4 / 10 = 1.6, E2 = 6 * 4 / 10 = 2.4
    # G2 = 2 * (3 ln(3 / 1.6) + 1 ln(1 / 2.4)) = 2.0207; p = erfc(sqrt(G2 / 2)) = 0.1552
    value, p = g2(3, 1, 4, 6)
    assert value == pytest.approx(2.020714, abs=1e-6)
    assert p == pytest.approx(0.155166, abs=1e-5)
    assert log_ratio(3, 1, 4, 6) == pytest.approx(math.log2(4.5))  # (3/4) / (1/6) = 4.5
    assert log_ratio(0, 2, 4, 6) == pytest.approx(math.log2((0.5 / 4) / (2 / 6)))  # zero count taken as 0.5
    assert g2(0, 0, 4, 6) == (0.0, 1.0)
    # BH: sorted p 0.01, 0.03, 0.04, 0.2 (m = 4) -> 0.04, min(0.06, 0.0533), 0.0533, 0.2
    assert bh_adjust([0.01, 0.04, 0.03, 0.2]) == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.2])


def test_keyness_hand_computed_example():
    frame = corpus("war war war peace", "peace peace peace war talks talks")
    table = keyness(frame, ["doc0001"], min_count=1, ngrams=(1, 1)).set_index("term")
    assert list(table.index) == ["war", "peace", "talks"]  # sorted by log ratio, over-used first
    assert table.loc["war", ["n_target", "n_reference"]].tolist() == [3, 1]
    assert table.loc["war", "g2"] == pytest.approx(2.020714, abs=1e-6)
    assert table.loc["peace", "g2"] == pytest.approx(0.398854, abs=1e-6)  # 2 (1 ln(1/1.6) + 3 ln(3/2.4))
    assert table.loc["talks", "g2"] == pytest.approx(2.043302, abs=1e-6)  # 2 (2 ln(2/1.2))
    assert table.loc["peace", "log_ratio"] == pytest.approx(-1.0)  # (1/4) / (3/6) = 0.5
    assert table.loc["war", "direction"] == "over" and table.loc["talks", "direction"] == "under"
    assert not table["significant"].any()  # ten words prove nothing: no chance "key" words
    assert table.loc["war", "per_1000_target"] == pytest.approx(750.0)


def test_keyness_min_count_masks_and_errors():
    frame = corpus("war war war peace", "peace peace peace war talks talks", "calm words here")
    by_mask = keyness(frame, frame["doc_id"] == "doc0001", min_count=1, ngrams=(1, 1))
    by_ids = keyness(frame, ["doc0001"], min_count=1, ngrams=(1, 1))
    pd.testing.assert_frame_equal(by_mask, by_ids)
    assert keyness(frame, ["doc0001"], ["doc0002"], min_count=4, ngrams=(1, 1))["term"].tolist() == [
        "war",
        "peace",
    ]
    assert "war war" in set(keyness(frame, ["doc0001"], min_count=1)["term"])  # phrases by default
    with pytest.raises(mk.MediakitValueError, match="unknown article ids"):
        keyness(frame, ["nope"])
    with pytest.raises(mk.MediakitValueError, match="overlap"):
        keyness(frame, ["doc0001"], ["doc0001"])
    with pytest.raises(mk.MediakitTypeError):
        keyness(frame, 3)


def test_keyness_finds_a_real_difference():
    target = " ".join(["Kiev officials met."] * 30)
    reference = " ".join(["Kyiv officials met."] * 30)
    table = keyness(corpus(target, reference), ["doc0001"], ngrams=(1, 1)).set_index("term")
    assert table.loc["kiev", "significant"] and table.loc["kyiv", "significant"]
    assert table.loc["kiev", "log_odds_z"] > 0 > table.loc["kyiv", "log_odds_z"]
    assert table.loc["officials", "log_ratio"] == pytest.approx(0.0)


def test_naming_shares_per_pair():
    frame = corpus("Kiev and Kiev and Kyiv. Donbass.", "Nothing contested here.")
    table = naming(frame)
    kiev = table[(table["pair"] == "kyiv_kiev")].set_index("variant")
    assert kiev.loc["Kiev", ["count", "share"]].tolist() == [2, pytest.approx(2 / 3)]
    assert kiev.loc["Kyiv", "share"] == pytest.approx(1 / 3)
    assert set(table["doc_id"]) == {"doc0001"}
    donbas = table[table["pair"] == "donbas_donbass"].set_index("variant")
    assert donbas.loc["Donbass", "share"] == 1.0 and donbas.loc["Donbas", "share"] == 0.0


def test_kwic_windows_keep_spacing_and_offsets():
    text = "Talks in  Kiev stalled.\n\nOfficials in Kiev’s ministry said “Kiev is calm”."
    rows = kwic(text, "kiev", window=2)
    assert rows["match"].tolist() == ["Kiev", "Kiev", "Kiev"]
    assert rows.iloc[0][["left", "right"]].tolist() == ["Talks in  ", " stalled."]
    assert rows["in_quote"].tolist() == [False, False, True]
    for row in rows.itertuples():
        assert text[row.start : row.end] == row.match
    assert kwic(text, "in kiev", window=1)["match"].tolist() == ["in  Kiev", "in Kiev"]
    assert len(kwic(text, r"Ki\w+", regex=True, case=True)) == 3
    with pytest.raises(mk.MediakitValueError, match="invalid regular expression"):
        kwic(text, "(", regex=True)


def test_rate_table_intervals_and_constructed_marker():
    frame = corpus("It may rain. It might snow.", "Perhaps.", kinds=["published", "constructed"])
    table = rate_table(mk.detect_hedges(frame), frame).set_index("doc_id")
    low, high = poisson_interval(2)
    assert table.loc["doc0001", "rate"] == pytest.approx(2 / 6 * 1000)
    assert table.loc["doc0001", "rate_low"] == pytest.approx(low / 6 * 1000)
    assert table.loc["doc0001", "rate_high"] == pytest.approx(high / 6 * 1000)
    assert table.loc["doc0002", "label_display"] == "doc0002 [constructed]"


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_analyze_one_row_per_article_with_every_indicator():
    example = mk.load_example_corpus()
    table = analyze(example)
    assert table["doc_id"].tolist() == example["doc_id"].tolist()
    for label in LABELS:
        for suffix in (
            "_n",
            "_rate",
            "_rate_low",
            "_rate_high",
            "_rate_author",
            "_rate_quoted",
            "_sentence_share",
        ):
            assert f"{label}{suffix}" in table.columns
    for column in (
        *READABILITY_COLUMNS,
        "words",
        "sentences",
        "words_author",
        "words_quoted",
        "quoted_share",
        "sources_named",
        "sources_anonymous",
        "sources_media",
        "speakers",
        "verbs_neutral",
    ):
        assert column in table.columns
    seed = table.set_index("doc_id").loc["seed"]
    assert seed["naming_n"] == 8 and seed["naming_share_kiev"] == 1.0 and seed["naming_share_kyiv"] == 0.0
    assert seed["words"] == seed["words_author"] + seed["words_quoted"]
    assert seed["quote_n"] >= 5 and seed["sources_anonymous"] >= 3
    assert seed["hedge_rate_low"] <= seed["hedge_rate"] <= seed["hedge_rate_high"]
    assert table.attrs["mediakit"]["lexicons"]["loaded"]["sha256"]
    constructed = table[table["kind"] == "constructed"]
    assert constructed["label"].str.contains(r"\[constructed").all()
