"""Plots: what is drawn (bars, points), titles and axis labels, readable sizes, constructed texts marked.

Inputs are built by hand with the columns mediakit's tables have, so these tests do not depend on the
detectors. Every figure is closed after its test.
"""

from __future__ import annotations

import math
import subprocess
import sys

import matplotlib
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from mediakit import plot
from mediakit.errors import MediakitTypeError, MediakitValueError

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.container import BarContainer
from matplotlib.lines import Line2D
from matplotlib.text import Text

CORPUS = pd.DataFrame(
    {
        "doc_id": ["seed", "wire", "tabloid"],
        "kind": ["published", "constructed", "constructed"],
        "register": ["", "wire service", ""],
        "text": ["x", "y", "z"],
    }
)
NAMES = ["seed", "wire [constructed: wire service]", "tabloid [constructed]"]
LONG = "an-article-with-a-long-id [constructed: controlled rewrite of the seed]"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")
    assert plt.get_fignums() == []


def bars(ax) -> list:
    return [patch for c in ax.containers if isinstance(c, BarContainer) for patch in c]


def tick_labels(ax, axis="y") -> list[str]:
    ticks = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text() for t in ticks]


def assert_readable(ax) -> None:
    """Title and axis labels present, and every text in the figure at least 12 points."""
    assert ax.get_title()
    assert ax.get_xlabel()
    sizes = [t.get_fontsize() for t in ax.figure.findobj(Text) if t.get_text().strip()]
    assert sizes and min(sizes) >= plot.FONT_SIZE


def assert_closed(ax) -> None:
    plt.close(ax.figure)
    assert ax.figure.number not in plt.get_fignums()


# --------------------------------------------------------------------------- rates


def rate_summary(*, intervals: bool = True) -> pd.DataFrame:
    rows = []
    for i, doc_id in enumerate(["seed", "wire", "tabloid"]):
        for j, label in enumerate(["hedge", "emotive", "quote"]):
            rate = 2.0 + i + 3 * j
            row = {
                "doc_id": doc_id,
                "label": label,
                "hits": i + j,
                "words": 400,
                "rate": rate,
                "rate_author": rate + 1,
                "rate_quoted": math.nan if doc_id == "wire" else rate / 2,
            }
            if intervals:
                row.update(rate_low=rate - 1.5, rate_high=rate + 2.5)
            rows.append(row)
    return pd.DataFrame(rows)


def test_rates_bars_error_bars_labels_and_names():
    ax = plot.rates(rate_summary(), corpus=CORPUS)
    drawn = bars(ax)
    assert len(drawn) == 9
    assert sorted(round(p.get_width(), 6) for p in drawn) == sorted(rate_summary()["rate"])
    assert all(c.errorbar is not None for c in ax.containers if isinstance(c, BarContainer))
    assert tick_labels(ax) == NAMES
    assert "[constructed" in " ".join(tick_labels(ax))
    assert "1,000 words" in ax.get_title() and "error bars" in ax.get_title()
    assert ax.get_ylabel() == "article"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["emotive", "hedge", "quote"]  # palette order
    containers = [c for c in ax.containers if isinstance(c, BarContainer)]
    colours = {c.get_label(): to_hex(c.patches[0].get_facecolor()).upper() for c in containers}
    styles = plot.label_styles(legend)
    assert colours == {label: styles[label].color for label in legend}
    hatches = {c.get_label(): c.patches[0].get_hatch() or "" for c in containers}
    assert hatches == {label: styles[label].hatch for label in legend}
    assert_readable(ax)
    assert_closed(ax)


def test_rates_from_summarize_without_intervals_and_by_voice():
    summary = rate_summary(intervals=False)
    ax = plot.rates(summary, voice="author", corpus=CORPUS)
    assert sorted(round(p.get_width(), 6) for p in bars(ax)) == sorted(summary["rate_author"])
    assert all(c.errorbar is None for c in ax.containers if isinstance(c, BarContainer))
    assert "author" in ax.get_title()
    assert_closed(ax)
    ax = plot.rates(summary, voice="quoted", corpus=CORPUS, labels=["quote", "hedge"])
    assert len(bars(ax)) == 4  # "wire" has no quoted words: no bars, a note instead
    notes = [t.get_text() for t in ax.texts]
    assert any("n/a" in note for note in notes)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["quote", "hedge"]
    assert_readable(ax)
    assert_closed(ax)


def test_rates_names_from_the_table_itself():
    summary = rate_summary().merge(CORPUS[["doc_id", "kind", "register"]], on="doc_id")
    ax = plot.rates(summary)
    assert tick_labels(ax) == NAMES
    assert_closed(ax)
    # compare.rate_table adds the display name as label_display
    labelled = rate_summary().assign(label_display=lambda t: t["doc_id"].map(dict(zip(CORPUS.doc_id, NAMES))))
    ax = plot.rates(labelled)
    assert tick_labels(ax) == NAMES
    assert_closed(ax)


def test_rates_on_a_given_axes_and_errors():
    fig, given = plt.subplots()
    assert plot.rates(rate_summary(), ax=given, corpus=CORPUS) is given
    plt.close(fig)
    with pytest.raises(MediakitValueError, match="voice"):
        plot.rates(rate_summary(), voice="both")
    with pytest.raises(MediakitValueError, match="missing column"):
        plot.rates(rate_summary().drop(columns="rate"))
    with pytest.raises(MediakitTypeError):
        plot.rates([1, 2, 3])


# --------------------------------------------------------------------------- readability

SCORES = pd.DataFrame(
    {
        "doc_id": ["seed", "wire", "tabloid"],
        "flesch_reading_ease": [38.2, 55.0, 71.3],
        "flesch_kincaid_grade": [13.1, 10.2, 7.5],
        "gunning_fog": [15.2, 12.0, 9.1],
        "smog_index": [14.0, 11.8, math.nan],
        "coleman_liau_index": [12.5, 10.1, 8.2],
        "automated_readability_index": [14.3, 11.0, 7.9],
        "dale_chall": [10.2, 9.0, 7.8],
        "linsear_write": [14.5, 11.0, 8.0],
        "spache": [7.1, 6.2, 5.0],
        "words": [390, 300, 280],
        "sentences": [15, 14, 20],
    }
)


def points(ax) -> int:
    return sum(len(line.get_xdata()) for line in ax.get_lines() if isinstance(line, Line2D))


def test_readability_profile_two_panels_directions_and_names():
    ax = plot.readability_profile(SCORES, corpus=CORPUS)
    fig = ax.figure
    assert len(fig.axes) == 2
    ease = fig.axes[1]
    assert points(ax) == 3 * 8 - 1  # eight grade measures, one NaN (not drawn); counts never drawn
    assert points(ease) == 3
    assert "higher = harder" in ax.get_title()
    assert "higher = easier" in ease.get_title()
    assert tick_labels(ax) == NAMES
    assert ax.get_ylabel() == "article"
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend[0] == "Flesch-Kincaid grade" and len(legend) == 8
    markers = {(line.get_marker(), to_hex(line.get_color())) for line in ax.get_lines()}
    assert len(markers) == 8  # each measure its own marker and colour
    assert_readable(ax)
    assert_readable(ease)
    assert_closed(ax)


def test_readability_profile_selection_series_and_given_axes():
    ax = plot.readability_profile(SCORES, measures=["flesch_reading_ease"], corpus=CORPUS)
    assert "higher = easier" in ax.get_title() and points(ax) == 3
    assert len(ax.figure.axes) == 1
    assert_closed(ax)
    ax = plot.readability_profile(SCORES.drop(columns="flesch_reading_ease"))
    assert len(ax.figure.axes) == 1 and "higher = harder" in ax.get_title()
    assert tick_labels(ax) == ["seed", "wire", "tabloid"]
    assert_closed(ax)
    one = SCORES.drop(columns=["doc_id", "words", "sentences"]).iloc[0].rename("my-text")
    ax = plot.readability_profile(one)
    assert tick_labels(ax) == ["my-text"] and points(ax) == 8
    assert_closed(ax)
    fig, given = plt.subplots()
    assert plot.readability_profile(SCORES, ax=given) is given
    assert len(given.child_axes) == 1 and points(given.child_axes[0]) == 3
    plt.close(fig)
    with pytest.raises(MediakitValueError, match="unknown readability measure"):
        plot.readability_profile(SCORES, measures=["words"])
    with pytest.raises(MediakitValueError, match="no column"):
        plot.readability_profile(SCORES[["doc_id", "gunning_fog"]], measures=["spache"])


def test_readability_profile_names_from_the_table():
    ax = plot.readability_profile(SCORES.merge(CORPUS[["doc_id", "kind", "register"]], on="doc_id"))
    assert tick_labels(ax) == NAMES
    assert_closed(ax)


# --------------------------------------------------------------------------- naming

NAMING = pd.DataFrame(
    [
        ("seed", "kyiv_kiev", "Kiev", 5, 1.0),
        ("seed", "kyiv_kiev", "Kyiv", 0, 0.0),
        ("seed", "territories", "former Ukrainian territories", 3, 0.75),
        ("seed", "territories", "occupied territories", 1, 0.25),
        ("wire", "kyiv_kiev", "Kiev", 1, 0.2),
        ("wire", "kyiv_kiev", "Kyiv", 4, 0.8),
    ],
    columns=["doc_id", "pair", "variant", "count", "share"],
)


def test_naming_shares_within_pairs():
    ax = plot.naming(NAMING, corpus=CORPUS)
    drawn = bars(ax)
    assert len(drawn) == len(NAMING)
    assert [round(p.get_width(), 6) for p in drawn] == [s * 100 for s in NAMING["share"]]
    ticks = tick_labels(ax)
    assert len(ticks) == 3
    assert ticks[0] == "seed\nkyiv_kiev: Kiev 5 · Kyiv 0"
    assert ticks[2] == "wire [constructed: wire service]\nkyiv_kiev: Kiev 1 · Kyiv 4"
    # one colour and hatch per variant of a pair, the same in every article
    kiev = [p for p, v in zip(drawn, NAMING["variant"]) if v == "Kiev"]
    assert len({(to_hex(p.get_facecolor()), p.get_hatch()) for p in kiev}) == 1
    assert ax.get_xlim() == (0.0, 100.0)
    assert "within its pair" in ax.get_title() and "%" in ax.get_xlabel()
    assert_readable(ax)
    assert_closed(ax)


def test_naming_uses_the_label_column_of_compare_naming():
    table = NAMING.assign(label=NAMING["doc_id"].map({"seed": "seed", "wire": NAMES[1]}))
    ax = plot.naming(table)
    assert any("[constructed" in t for t in tick_labels(ax))
    assert_closed(ax)
    with pytest.raises(MediakitValueError, match="missing column"):
        plot.naming(NAMING.drop(columns="share"))


# --------------------------------------------------------------------------- keyness


def keyness_table(n: int = 20) -> pd.DataFrame:
    over = [(f"over{i}", 0.2 * (i + 1)) for i in range(n)]
    under = [(f"under{i}", -0.3 * (i + 1)) for i in range(n)]
    table = pd.DataFrame(over + under + [("even", 0.0)], columns=["term", "log_ratio"])
    table["g2"] = table["log_ratio"].abs() * 5
    table["p_adj"] = [0.01 if abs(v) > 3.5 else 0.5 for v in table["log_ratio"]]
    table.attrs["mediakit"] = {"target": ["wire"], "reference": ["seed", "tabloid"]}
    return table


def test_keyness_top_terms_each_side():
    ax = plot.keyness(keyness_table(), n=5, corpus=CORPUS)
    drawn = bars(ax)
    assert len(drawn) == 10
    widths = [p.get_width() for p in drawn]
    assert widths[:5] == sorted(widths[:5], reverse=True) and all(w > 0 for w in widths[:5])
    assert all(w < 0 for w in widths[5:])
    assert widths[-1] == pytest.approx(-6.0)  # the most under-used term is outermost (bottom)
    ticks = tick_labels(ax)
    assert ticks[0] == "over19 *" and ticks[4] == "over15" and ticks[-1] == "under19 *"
    over, under = (c for c in ax.containers if isinstance(c, BarContainer))
    assert to_hex(over.patches[0].get_facecolor()) != to_hex(under.patches[0].get_facecolor())
    assert (over.patches[0].get_hatch() or "") != (under.patches[0].get_hatch() or "")
    title = ax.get_title()
    assert "target: wire [constructed: wire service]\nreference: seed, tabloid [constructed]" in title
    assert "over-used" in ax.get_xlabel() and "adjusted p" in ax.get_xlabel()
    assert_readable(ax)
    assert_closed(ax)


def test_keyness_effect_column_few_terms_and_errors():
    table = pd.DataFrame({"term": ["a", "b", "c"], "effect": [1.5, -0.5, 0.2]})
    ax = plot.keyness(table)
    assert len(bars(ax)) == 3
    assert tick_labels(ax) == ["a", "c", "b"]
    assert ax.get_title() == "Keyness: terms over- and under-used in the target"
    assert_closed(ax)
    ax = plot.keyness(table.iloc[0:0])
    assert len(bars(ax)) == 0 and any("no terms" in t.get_text() for t in ax.texts)
    assert_closed(ax)
    with pytest.raises(MediakitValueError, match="n must be"):
        plot.keyness(table, n=0)
    with pytest.raises(MediakitValueError, match="missing column"):
        plot.keyness(pd.DataFrame({"term": ["a"]}))


def test_many_articles_in_a_keyness_title_still_count_constructed_texts():
    ids = ["seed", "wire", "tabloid", "wire2", "wire3"]
    corpus = pd.DataFrame({"doc_id": ids, "kind": ["published"] + ["constructed"] * 4})
    table = keyness_table(3)
    table.attrs["mediakit"] = {"target": ["seed"], "reference": ids[1:]}
    ax = plot.keyness(table, corpus=corpus)
    assert "+ 2 more, 2 of them [constructed]" in ax.get_title().replace("\n", " ")
    assert_closed(ax)


# --------------------------------------------------------------------------- palette, imports


def test_palette_helpers():
    assert plot.mix("#ffffff", "#000000", 1.0) == "#ffffff"
    assert plot.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert plot.relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(MediakitValueError):
        plot.relative_luminance("red")


def test_importing_plot_and_display_does_not_import_matplotlib():
    code = "import sys, mediakit.plot, mediakit.display; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_display_name_column_never_drops_the_constructed_marker():
    summary = rate_summary().merge(CORPUS[["doc_id", "kind"]], on="doc_id")
    summary["label_display"] = summary["doc_id"]  # a stale name column without the marker
    ax = plot.rates(summary)
    assert tick_labels(ax) == ["seed", "wire [constructed]", "tabloid [constructed]"]
    assert_closed(ax)


def test_long_display_names_are_wrapped_but_keep_the_marker():
    corpus = pd.DataFrame(
        {
            "doc_id": ["seed", "an-article-with-a-long-id"],
            "kind": ["published", "constructed"],
            "register": ["", "controlled rewrite of the seed"],
        }
    )
    summary = rate_summary().query("doc_id == 'seed'")
    summary = pd.concat([summary, summary.assign(doc_id="an-article-with-a-long-id")])
    ax = plot.rates(summary, corpus=corpus)
    label = tick_labels(ax)[1]
    assert label.replace("\n", " ") == LONG and label.split("\n")[1].startswith("[constructed")
    assert_closed(ax)


def test_naming_lists_only_used_variants_of_long_pairs():
    rows = [("seed", "territories", f"variant {i}", n, n / 3) for i, n in enumerate([2, 0, 1, 0, 0])]
    table = pd.DataFrame(rows, columns=["doc_id", "pair", "variant", "count", "share"])
    ax = plot.naming(table)
    assert tick_labels(ax) == ["seed\nterritories: variant 0 2 · variant 2 1 · 3 others 0"]
    drawn = bars(ax)
    assert len({(to_hex(p.get_facecolor()), p.get_hatch()) for p in drawn}) == 5
    assert_closed(ax)
