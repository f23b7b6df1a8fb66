"""Segmentation: exact results on small known texts, and offset properties under hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit as mk
from mediakit.text import parse


def texts(spans):
    return [s.text for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Rubio met Gen. Kellogg on Jan. 5. They talked.",
            ["Mr. Rubio met Gen. Kellogg on Jan. 5.", "They talked."],
        ),
        (
            "The U.S. and the U.N. agreed. Talks resume at 3 p.m. on Monday.",
            ["The U.S. and the U.N. agreed.", "Talks resume at 3 p.m. on Monday."],
        ),
        (
            "Prices rose 3.5 percent. About 1,000 jobs went.",
            ["Prices rose 3.5 percent.", "About 1,000 jobs went."],
        ),
        ("He met the U.S. The talks failed.", ["He met the U.S.", "The talks failed."]),
        ("John F. Kennedy spoke. Then he left!", ["John F. Kennedy spoke.", "Then he left!"]),
        ("“Is it over?” she asked. “No.”", ["“Is it over?” she asked.", "“No.”"]),
        (
            "He said “we will move on.” Then he left.",
            ["He said “we will move on.”", "Then he left."],
        ),
        (
            "Headline without a stop\n\nFirst sentence. Second.",
            ["Headline without a stop", "First sentence.", "Second."],
        ),
        ("Wait... what happened? Nobody knows.", ["Wait... what happened?", "Nobody knows."]),
    ],
)
def test_sentences_known_texts(text, expected):
    assert texts(mk.sentences(text)) == expected


def test_tokens_news_cases():
    text = "Kiev’s 30-day U.S.-brokered plan — well-known, 3.5% of 1,000 — isn't done."
    assert texts(mk.tokens(text)) == [
        "Kiev’s",
        "30-day",
        "U.S.",
        "-",
        "brokered",
        "plan",
        "—",
        "well-known",
        ",",
        "3.5",
        "%",
        "of",
        "1,000",
        "—",
        "isn't",
        "done",
        ".",
    ]


def test_words_exclude_punctuation():
    doc = parse("Hello, world! It’s 2025.")
    assert doc.words == ["Hello", "world", "It’s", "2025"]
    assert doc.n_words == 4


def test_paragraphs_keep_offsets_with_crlf_and_indentation():
    text = "  First para\r\nstill first.\r\n\r\n   Second para.  \n \n\nThird."
    paras = mk.paragraphs(text)
    assert texts(paras) == ["First para\r\nstill first.", "Second para.", "Third."]
    for p in paras:
        assert text[p.start : p.end] == p.text


def test_quotes_nested_curly_straight_and_angle():
    text = 'He said, “We will ‘move on’ soon.” She said "fine" and «non».'
    assert [(q.text, q.level, q.closed) for q in mk.quotes(text)] == [
        ("“We will ‘move on’ soon.”", 0, True),
        ("‘move on’", 1, True),
        ('"fine"', 0, True),
        ("«non»", 0, True),
    ]
    first = mk.quotes(text)[0]
    assert text[first.inner_start : first.inner_end] == "We will ‘move on’ soon."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("'No more cuts,' vows union", ["'No more cuts,'"]),
        ('He said: "I heard \'never\' often."', ['"I heard \'never\' often."', "'never'"]),
        ("'40 dead' in crash", ["'40 dead'"]),
        # apostrophes are never quotes, and a lone opening mark is not an unclosed quotation
        ("I'm sure the workers' pay in the '90s was low.", []),
        ("Rock 'n roll and don't.", []),
    ],
)
def test_straight_single_quotes_only_in_pairs(text: str, found: list[str]) -> None:
    assert [q.text for q in mk.quotes(text)] == found


def test_unbalanced_quote_ends_at_paragraph_end():
    text = "He said “this never closes.\n\nNext paragraph."
    (q,) = mk.quotes(text)
    assert q.text == "“this never closes."
    assert not q.closed


def test_apostrophes_are_not_quote_marks():
    text = "Ukraine’s allies said ‘no’ to Kiev’s plan."
    assert texts(mk.quotes(text)) == ["‘no’"]


def test_low_high_quotes_and_stray_closer():
    assert texts(mk.quotes("Er sagte „ja“ dann.” Ende")) == ["„ja“"]


def test_doc_flags_tokens_in_quotes_and_sentences():
    doc = parse("Rubio said “move on” today. Nebenzia disagreed.")
    flagged = [t for t, q in zip(doc.token_texts, doc.token_in_quote) if q]
    assert flagged == ["move", "on"]
    assert doc.token_sentence[doc.token_texts.index("Nebenzia")] == 1
    assert doc.quote_at(doc.text.index("move")).text == "“move on”"
    assert doc.quote_at(0) is None
    assert doc.sentence_index(doc.text.index("Nebenzia")) == 1


def test_parse_is_shared_and_cached():
    text = "One shared pass. Everything reuses it."
    assert parse(text) is parse(text)
    assert parse(text).cached("answer", lambda d: len(d.sentences)) == 2


def test_token_strings_are_shared_between_documents(monkeypatch):
    import mediakit.text as text_module

    first, second = parse("Officials said it would rain."), parse("It rained, Officials said.")
    assert first.token_texts[1] is second.token_texts[4]  # one object per distinct token text
    assert first.lower_texts == ("officials", "said", "it", "would", "rain", ".")
    assert second.lower_texts[0] is first.lower_texts[2]  # "It" lower-cased is the shared "it"
    # The table is bounded: past the limit it starts afresh (values are unchanged).
    monkeypatch.setattr(text_module, "_SHARED_LIMIT", 3)
    third = parse("A brand new sentence with many new words.")
    assert set(text_module._TOKENS) == set(third.token_texts)
    assert third.token_texts[-1] == "."


def test_parse_rejects_non_text():
    with pytest.raises(mk.MediakitTypeError, match="str"):
        parse(b"bytes")  # type: ignore[arg-type]


def test_seed_article_segments_sensibly():
    seed = mk.load_example_corpus().set_index("doc_id").loc["seed", "text"]
    doc = parse(seed)
    assert doc.sentences[0].text.startswith("Bloomberg: US Reportedly Floats Plan")
    assert doc.sentences[0].text.endswith("Under Russian Control")  # headline is its own sentence
    assert len(doc.sentences) == 17
    assert len(doc.paragraphs) == 11
    assert any(q.text.startswith("“How close we are") for q in doc.quotes)


# ---------------------------------------------------------------- properties on arbitrary Unicode

NEWSY = st.lists(
    st.sampled_from([*"abc XYZ.,!?…'\"“”‘’«»„-—\n\t0123456789éß\u2029", "Mr.", "U.S.", "\n\n", "Kiev’s"]),
    max_size=80,
).map("".join)


def _check_cover(text, spans, *, stripped=True):
    pos = 0
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.start >= pos, "spans overlap or go backwards"
        assert text[pos : s.start].strip() == "" or not stripped, "non-space text lost between spans"
        if stripped:
            assert s.text == s.text.strip() and s.text
        pos = s.end
    assert text[pos:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY))
def test_offsets_round_trip_and_nothing_is_lost(text):
    doc = parse(text)
    _check_cover(text, doc.paragraphs)
    _check_cover(text, doc.sentences)
    _check_cover(text, doc.tokens)
    # every sentence lies inside one paragraph
    for s in doc.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs)
    # quotes: valid offsets, inner span inside the outer one
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        assert q.start < q.inner_start <= q.inner_end <= q.end
    assert len(doc.token_sentence) == len(doc.token_starts) == len(doc.token_in_quote)


def test_bounded_caches_survive_another_thread_starting_them_afresh():
    # Dask's threaded scheduler runs partitions side by side; a thread that passes the limit clears
    # a shared cache while another is filling it. Simulated here by a compute that clears it.
    from mediakit._memo import Memo

    def length_then_clear(key: str) -> int:
        memo.clear()
        return len(key)

    memo = Memo(length_then_clear, limit=10)
    memo["kept"] = 4
    assert memo.lookup_all(["a", "kept", "bb", "a"]) == [1, 4, 2, 1]
