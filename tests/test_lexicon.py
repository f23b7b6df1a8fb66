"""The lexicon format, the matcher and its pattern grammar."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import mediakit as mk
from mediakit._format import markdown_table
from mediakit.lexicon import COLUMNS, Lexicon
from mediakit.text import parse


def lex(*entries):
    base = {"reason": "r", "reference": "ref", "detail": ""}
    return Lexicon.from_frame([{**base, **e} for e in entries])


def found(lexicon, text):
    return [text[s:e] for s, e, _ in lexicon.find(parse(text))]


def test_bundled_lexicons_load_with_every_column():
    for name in ("loaded", "hedges"):
        lexicon = Lexicon.load(name)
        assert len(lexicon) > 30
        assert list(lexicon.entries.columns) == [*COLUMNS, "row"]
        assert (lexicon.entries["reason"] != "").all() and (lexicon.entries["reference"] != "").all()
        assert len(lexicon.sha256) == 64


def test_alternatives_prefix_and_multiword_patterns():
    lexicon = lex(
        {"id": "a", "pattern": "brutal|brutally", "label": "x"},
        {"id": "b", "pattern": "ruscist*", "label": "x"},
        {"id": "c", "pattern": "special military operation", "label": "x"},
    )
    text = "Brutally, the ruscists called it a Special Military Operation, brutal."
    assert found(lexicon, text) == ["Brutally", "ruscists", "Special Military Operation", "brutal"]


def test_longest_match_first_within_a_label_and_overlap_across_labels():
    lexicon = lex(
        {"id": "short", "pattern": "regime", "label": "name_calling"},
        {"id": "long", "pattern": "<cap> regime", "label": "name_calling"},
        {"id": "name", "pattern": "kiev", "label": "naming"},
    )
    hits = lexicon.find(parse("Officials blamed the Kiev regime."))
    rows = {lexicon.entries.at[r, "id"]: (s, e) for s, e, r in hits}
    assert set(rows) == {"long", "name"}  # "regime" alone is inside the longer name_calling match
    assert rows["long"] == (21, 32)


def test_apostrophes_possessives_hyphens_and_case():
    lexicon = lex(
        {"id": "k", "pattern": "kiev", "label": "naming"}, {"id": "s", "pattern": "so-called", "label": "sq"}
    )
    text = "Kiev’s allies, Kiev's army, a Kiev-based group, KIEV, the so called plan and the so-called deal."
    assert found(lexicon, text) == ["Kiev", "Kiev", "Kiev", "KIEV", "so called", "so-called"]


def test_case_sensitive_yes_and_lower():
    lexicon = lex(
        {"id": "m", "pattern": "may", "label": "hedge", "case_sensitive": "lower"},
        {"id": "u", "pattern": "US", "label": "country", "case_sensitive": "yes"},
    )
    assert found(lexicon, "May rain fall? It may. In May we go to the US, not to us.") == ["May", "may", "US"]


def test_context_columns_and_windows():
    lexicon = lex(
        {
            "id": "s",
            "pattern": "slaughtered",
            "label": "emotive",
            "not_before": "livestock|sheep",
            "window": "3",
        },
        {"id": "r", "pattern": "regime", "label": "nc", "not_after": "tax"},
        {"id": "a", "pattern": "appeared", "label": "ev", "requires_after": "to"},
        {"id": "b", "pattern": "source", "label": "va", "requires_before": "a|one"},
        {"id": "q", "pattern": "about", "label": "approx", "quantity_after": "yes"},
        {"id": "n", "pattern": "annexation", "label": "naming", "requires_near": "crimea"},
    )
    text = (
        "They slaughtered the sheep. Rebels slaughtered villagers. The tax regime changed; the regime fell. "
        "He appeared on stage. He appeared to agree. A source said so; the source code. "
        "About 40 came, roughly about a third, talk about it. The annexation of Crimea. A city annexation."
    )
    assert found(lexicon, text) == [
        "slaughtered",
        "regime",
        "appeared",
        "source",
        "About",
        "about",
        "annexation",
    ]


def test_context_never_crosses_a_sentence():
    lexicon = lex({"id": "q", "pattern": "about", "label": "approx", "quantity_after": "yes"})
    assert found(lexicon, "They talked about. 40 left.") == []


def test_extend_replaces_by_id_and_restrict_filters():
    loaded = Lexicon.load("loaded")
    extended = loaded.extend(
        [{"id": "my-1", "pattern": "hellscape", "label": "emotive", "reason": "r", "reference": "x"}]
    )
    assert len(extended) == len(loaded) + 1
    assert len(loaded) == len(Lexicon.load("loaded"))  # the original is unchanged
    replaced = extended.extend(
        [{"id": "my-1", "pattern": "inferno", "label": "emotive", "reason": "r", "reference": "x"}]
    )
    assert replaced.entries.set_index("id").at["my-1", "pattern"] == "inferno"
    no_naming = loaded.restrict(exclude_labels=["naming"])
    assert "naming" not in no_naming.labels and len(no_naming) < len(loaded)
    russian = loaded.restrict(used_by=["russian_state"])
    assert russian.entries["used_by"].str.contains("russian_state").all()
    assert mk.detect_loaded("A hellscape.", lexicon=extended)["text"].tolist() == ["hellscape"]


def test_without_context_is_a_plain_word_list():
    plain = Lexicon.load("hedges").without_context()
    assert (plain.entries[["not_after", "not_before", "requires_after", "quantity_after"]] == "").all().all()


def test_load_user_csv_and_errors_name_the_line(tmp_path):
    good = tmp_path / "mine.csv"
    good.write_text("id,pattern,label,reason,reference\nx1,hellscape,emotive,why,source\n", encoding="utf-8")
    assert len(Lexicon.load(good)) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("id,pattern,label,reason,reference\nx1,hellscape,emotive,,source\n", encoding="utf-8")
    with pytest.raises(mk.MediakitValueError, match=r"bad\.csv, line 2 \(entry 'x1'\): 'reason' is empty"):
        Lexicon.load(bad)
    with pytest.raises(mk.MediakitValueError, match="lexicon columns missing"):
        Lexicon.from_frame([{"id": "x", "pattern": "y"}])
    with pytest.raises(mk.MediakitValueError, match="duplicate entry ids"):
        lex({"id": "x", "pattern": "a", "label": "l"}, {"id": "x", "pattern": "b", "label": "l"})
    with pytest.raises(mk.MediakitValueError, match="at least 3 letters"):
        lex({"id": "x", "pattern": "ab*", "label": "l"})
    with pytest.raises(mk.MediakitValueError, match="unknown lexicon column"):
        Lexicon.from_frame(
            [{"id": "x", "pattern": "a", "label": "l", "reason": "r", "reference": "s", "colour": "red"}]
        )
    with pytest.raises(mk.MediakitValueError, match="unknown class '<foo>'"):
        lex({"id": "x", "pattern": "<foo> bar", "label": "l"})
    with pytest.raises(mk.ArticleNotFoundError):
        Lexicon.load(tmp_path / "missing.csv")


def test_balance_table_in_the_lexicon_readme_is_current(repo_root):
    readme = (repo_root / "mediakit" / "lexicons" / "README.md").read_text(encoding="utf-8")
    for name in ("loaded", "hedges"):
        block = re.search(rf"<!-- balance:{name} -->\n(.*?)\n<!-- /balance:{name} -->", readme, re.S).group(1)
        assert block == markdown_table(Lexicon.load(name).balance()), (
            f"regenerate the {name} table in the README"
        )


def test_balance_covers_every_side_for_loaded_language():
    table = Lexicon.load("loaded").balance()
    for side in ("russian_state", "ukrainian", "western"):
        assert table.loc[side, "name_calling"] > 0
        assert table.loc[side, "naming"] > 0 or side == "general"
    assert isinstance(table, pd.DataFrame)
