"""Loaded-language and hedging detectors: columns, context rules (each proven necessary), quotes, rates."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import mediakit as mk
from mediakit.lexicon import Lexicon
from mediakit.spans import SPAN_COLUMNS

LOADED = Lexicon.load("loaded")
HEDGES = Lexicon.load("hedges")


def hits(detector, text, lexicon=None):
    return [(h.text, h.label) for h in detector(text, lexicon=lexicon).itertuples()]


# Each case: (detector, text, what the detector finds, what a plain word list would find instead).
# The second list proves the context rule is needed: remove the rule and the result changes.
CONTEXT_CASES = {
    "May the month vs the modal": (
        mk.detect_hedges,
        "Talks may resume in May. May 9 is a holiday.",
        [("may", "hedge")],
        [("may", "hedge"), ("May", "hedge"), ("May", "hedge")],
    ),
    "might the noun": (
        mk.detect_hedges,
        "Russia’s military might was on show, and the talks might fail.",
        [("might", "hedge")],
        [("might", "hedge"), ("might", "hedge")],
    ),
    "claim the noun": (
        mk.detect_hedges,
        "Her insurance claim was rejected; the firm claimed the storm was to blame.",
        [("claimed", "hedge")],
        [("claim", "hedge"), ("claimed", "hedge")],
    ),
    "approximators only before a quantity": (
        mk.detect_hedges,
        "They talked about the plan for about 40 minutes, around midnight.",
        [("about", "hedge"), ("around", "hedge")],
        [("about", "hedge"), ("about", "hedge"), ("around", "hedge")],
    ),
    "appear only with a complement": (
        mk.detect_hedges,
        "She appeared on stage. It appears that the leak is contained.",
        [("appears", "hedge")],
        [("appeared", "hedge"), ("appears", "hedge")],
    ),
    "literal vs figurative slaughter": (
        mk.detect_loaded,
        "Farmers slaughtered the livestock. City were slaughtered 6-0.",
        [("slaughtered", "emotive")],
        [("slaughtered", "emotive"), ("slaughtered", "emotive")],
    ),
    "non-political regime": (
        mk.detect_loaded,
        "The new tax regime starts in April. The regime jailed 40 journalists.",
        [("regime", "name_calling")],
        [("regime", "name_calling"), ("regime", "name_calling")],
    ),
    "chicken Kiev": (
        mk.detect_loaded,
        "The café served chicken Kiev. Talks with Kiev stalled.",
        [("Kiev", "naming")],
        [("Kiev", "naming"), ("Kiev", "naming")],
    ),
}


@pytest.mark.parametrize("name", list(CONTEXT_CASES))
def test_context_rules_are_needed(name):
    detector, text, expected, plain = CONTEXT_CASES[name]
    lexicon = LOADED if detector is mk.detect_loaded else HEDGES
    assert hits(detector, text) == expected
    assert hits(detector, text, lexicon.without_context()) == plain


def test_kievan_rus_is_not_a_naming_choice():
    assert hits(mk.detect_loaded, "A lecture on Kievan Rus drew students to Kyiv.") == [("Kyiv", "naming")]


def test_multiword_cues_win_over_their_parts():
    found = hits(mk.detect_loaded, "Moscow calls it a special military operation.")
    assert found == [("special military operation", "euphemism")]
    assert hits(mk.detect_hedges, "The painting is believed to date from 1620.") == [
        ("is believed to", "hedge")
    ]


def test_curly_apostrophes_hyphens_and_case():
    found = hits(mk.detect_loaded, "KIEV’S so-called “referendum” and the so called vote.")
    assert found == [
        ("KIEV", "naming"),
        ("so-called", "scare_quote"),
        ("“referendum”", "scare_quote"),
        ("so called", "scare_quote"),
    ]


def test_span_table_columns_and_explanations():
    table = mk.detect_loaded("The Kiev regime shelled the town, state TV said.")
    assert list(table.columns) == [*SPAN_COLUMNS, "used_by", "counterparts"]
    naming = table[table["label"] == "naming"].iloc[0]
    assert naming["text"] == "Kiev" and naming["counterparts"] == "Kyiv"
    assert naming["detail"] == "kyiv_kiev" and naming["entry"] == "nm-kiev"
    assert "Kyiv" in naming["reason"] and "AP Stylebook" in naming["reference"]
    for row in table.itertuples():
        assert row.reason and row.reference
        assert "The Kiev regime shelled the town, state TV said."[row.start : row.end] == row.text
    provenance = table.attrs["mediakit"]["lexicon"]
    assert provenance["name"] == "loaded" and len(provenance["sha256"]) == 64


def test_hits_inside_quotes_count_for_the_speaker():
    text = "“The orcs shelled the school again,” Okafor said. Reportedly, 40 died."
    table = mk.detect_loaded(text)
    orcs = table[table["text"] == "orcs"].iloc[0]
    assert bool(orcs["in_quote"]) and orcs["speaker"] == "Okafor"
    hedge = mk.detect_hedges(text).iloc[0]
    assert hedge["text"] == "Reportedly" and not hedge["in_quote"] and hedge["speaker"] == ""


def test_seed_article_reads_sensibly():
    corpus = mk.load_example_corpus()
    seed = corpus[corpus["doc_id"] == "seed"]
    loaded = mk.detect_loaded(seed)
    hedges = mk.detect_hedges(seed)
    kiev = loaded[loaded["text"] == "Kiev"]
    assert len(kiev) == 5 and set(kiev["label"]) == {"naming"}
    assert "former Ukrainian territories" in set(loaded["text"])
    hedge_texts = set(hedges["text"])
    assert {
        "reportedly",
        "Reportedly",
        "Sources",
        "One official",
        "unnamed European officials",
    } <= hedge_texts
    assert set(hedges.loc[hedges["text"] == "Sources", "detail"]) == {"vague_attribution"}
    assert (hedges["section"].iloc[0]) == "headline"


def test_all_three_input_kinds_and_bad_input(tmp_path):
    text = "Kiev said the brutal attack may continue."
    article = mk.Article(id="a", text=text)
    corpus = mk.corpus_from_frame(__import__("pandas").DataFrame({"text": [text, "Nothing here."]}))
    as_str = mk.detect_loaded(text)
    assert as_str["doc_id"].tolist() == ["text", "text"]
    assert mk.detect_loaded(article)["doc_id"].tolist() == ["a", "a"]
    assert mk.detect_loaded(corpus)["doc_id"].tolist() == ["doc0001", "doc0001"]
    with pytest.raises(mk.MediakitTypeError):
        mk.detect_hedges(3.5)
    empty = mk.detect_hedges("")
    assert empty.empty and list(empty.columns) == [*SPAN_COLUMNS, "used_by"]


@pytest.mark.parametrize("detector", ["detect_loaded", "detect_hedges", "detect_sources"])
def test_span_tables_are_sorted_by_doc_and_offset_whatever_the_corpus_order(detector):
    # The detectors order their rows themselves (no pandas sort): the corpus is in reverse id order
    # and one id appears twice, as a hand-made frame may have it.
    find = getattr(mk, detector)
    texts = {
        "c": "“The Kiev regime may fall,” one official said. Brutal attacks reportedly went on.",
        "b": "Officials said the so-called referendum was a sham, Reuters reported.",
        "a": "Nothing to see here.",
    }
    frame = pd.DataFrame({"doc_id": ["c", "b", "a", "b"], "text": [*texts.values(), texts["c"]]})
    hits = find(frame)
    keys = list(zip(*(hits[c].tolist() for c in ("doc_id", "start", "end", "label"))))
    assert keys == sorted(keys) and len(keys) > 3
    singles = {doc_id: find(text) for doc_id, text in texts.items()}
    assert len(hits) == sum(map(len, singles.values())) + len(singles["c"])
    own = hits[hits["doc_id"] == "c"].drop(columns="doc_id").reset_index(drop=True)
    expected = singles["c"].drop(columns="doc_id")
    pd.testing.assert_frame_equal(own, expected)


@pytest.mark.parametrize("detector", ["detect_loaded", "detect_hedges", "detect_sources"])
def test_an_empty_span_table_has_the_dtypes_of_a_full_one(detector):
    # Concatenating per-article tables must not turn text columns into floats or objects.
    find = getattr(mk, detector)
    full = find("The Kiev regime may fall, one official said, calling it “a sham”.")
    empty = find("Nothing to see.")
    assert empty.empty and not full.empty
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()


def test_a_span_table_from_column_lists_equals_one_pandas_infers_from_rows():
    # hits_frame builds typed columns without pandas' type inference; the table must be the one
    # pandas builds from the same rows, including columns it cannot type (None, numbers as text).
    from mediakit.spans import hits_frame

    rows = [
        {"doc_id": "a", "start": 0, "end": 5, "text": "Kiev", "label": "naming", "detail": None,
         "sentence": 0, "section": "headline", "in_quote": False, "speaker": "", "reason": "r",
         "reference": "ref", "entry": "e1", "count": 3, "flag": True, "code": "x"},
        {"doc_id": "b", "start": 7, "end": 9, "text": "may", "label": "hedge", "detail": "modal",
         "sentence": 2, "section": "body", "in_quote": True, "speaker": "Okafor", "reason": "r2",
         "reference": "ref2", "entry": "e2", "count": 11, "flag": False, "code": 7},
    ]
    extra = ("count", "flag", "code")
    columns = {c: [row[c] for row in rows] for c in rows[0]}
    dtypes = {"count": "int64", "flag": "bool"}
    typed = hits_frame(columns, extra_columns=extra, extra_dtypes=dtypes, sort=False)
    inferred = hits_frame(rows, extra_columns=extra, sort=False)
    pd.testing.assert_frame_equal(typed, inferred)
    assert typed["detail"].tolist() == ["", "modal"] and typed["code"].tolist() == ["x", 7]
    if getattr(typed["text"].dtype, "storage", None) == "pyarrow":  # the same arrow type underneath
        pa = pytest.importorskip("pyarrow")
        assert pa.array(typed["text"].array).type == pa.array(inferred["text"].array).type


def test_summarize_rates_by_voice():
    text = "“The orcs came back,” Okafor said. Brutal shelling went on. Officials reportedly left."
    loaded = mk.detect_loaded(text)
    rates = mk.summarize(loaded, text).set_index("label")
    # 13 words: 4 quoted ("The orcs came back"), 9 in the author's voice
    assert rates.loc[
        "name_calling", ["hits", "hits_quoted", "words", "words_quoted", "words_author"]
    ].tolist() == [1, 1, 13, 4, 9]
    assert rates.loc["name_calling", "rate_quoted"] == pytest.approx(250.0)
    assert rates.loc["emotive", "rate_author"] == pytest.approx(1000 / 9)
    assert rates.loc["emotive", "rate_quoted"] == 0.0
    no_quotes = mk.summarize(mk.detect_hedges("It may rain."), "It may rain.").iloc[0]
    assert math.isnan(no_quotes["rate_quoted"]) and no_quotes["rate"] == pytest.approx(1000 / 3)


def test_explicit_anonymity_phrases_are_vague_attribution():
    text = "An aide, speaking on condition of anonymity, left. A diplomat who asked not to be named agreed."
    found = mk.detect_hedges(text)
    assert {"on condition of anonymity", "who asked not to be named"} <= set(found["text"])
    assert set(found["detail"]) == {"vague_attribution"}
