"""Every analysis survives arbitrary text: offsets stay valid and nothing crashes (hypothesis)."""

from __future__ import annotations

import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mediakit as mk
from mediakit.readability import MEASURES

NEWSY = st.lists(
    st.sampled_from(
        [
            "Kiev",
            "Kyiv’s",
            " ",
            "\n\n",
            ".",
            ",",
            "“",
            "”",
            "‘",
            "’",
            '"',
            "'",
            "said",
            "Rubio",
            "may",
            "May",
            "about",
            "40",
            "reportedly",
            "sources",
            "the",
            "regime",
            "so-called",
            "U.S.",
            "—",
            "«",
            "»",
            "she",
            "added",
            ":",
            "officials",
            "brutal",
            "Mr.",
            "claimed",
            "(",
            ")",
            "é",
            "\t",
            "?",
            "!",
        ]
    ),
    max_size=60,
).map("".join)
TEXTS = st.one_of(NEWSY, st.text(max_size=120))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_detectors_never_crash_and_offsets_are_valid(text):
    for detector in (mk.detect_loaded, mk.detect_hedges, mk.detect_sources):
        hits = detector(text)
        for row in hits.itertuples():
            assert 0 <= row.start <= row.end <= len(text)
            assert text[row.start : row.end] == row.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY.filter(lambda t: t.strip()))
def test_analyze_and_readability_never_crash(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = mk.analyze(text)
        scores = mk.readability(text)
    assert len(table) == 1 and table["words"].iloc[0] >= 0
    assert set(MEASURES) <= set(scores.index)


# A column's values: mostly text, sometimes numbers or missing values mixed in, as a user's rows may hold.
CELLS = st.one_of(st.text(max_size=6), st.none(), st.integers(-3, 3))


ROWS = st.lists(
    st.tuples(st.text(max_size=4), CELLS, st.integers(0, 9), st.booleans()), min_size=1, max_size=6
)


@settings(max_examples=150, deadline=None)
@given(ROWS)
def test_span_table_columns_are_typed_as_pandas_infers_them(rows):
    # hits_frame builds typed columns from lists without pandas' inference; the table must be the one
    # pandas builds from the same values given as row dicts (its inference), whatever the values.
    import pandas as pd

    from mediakit.spans import SPAN_COLUMNS, hits_frame

    dicts = [
        {
            **dict.fromkeys(SPAN_COLUMNS, "x"),
            "doc_id": doc_id,
            "start": start,
            "end": start + 1,
            "sentence": 0,
            "in_quote": quoted,
            "speaker": cell,
            "extra": cell,
        }
        for doc_id, cell, start, quoted in rows
    ]
    columns = {c: [row[c] for row in dicts] for c in dicts[0]}
    typed = hits_frame(columns, extra_columns=("extra",), sort=False)
    inferred = hits_frame(dicts, extra_columns=("extra",), sort=False)
    pd.testing.assert_frame_equal(typed, inferred)
