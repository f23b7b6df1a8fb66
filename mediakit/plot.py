"""Plots of detector rates, readability, naming choices and keyness, and the palette they share.

Every function takes a tidy table that mediakit produces (or one you build by
hand with the same columns), draws on ``ax`` (a new figure when ``ax=None``)
and returns the :class:`matplotlib.axes.Axes`. The figures are meant for a
projector: every text is at least 12 points, axes are labelled and titled, and
articles are named with :func:`mediakit.corpus.display_names`, so a text written
for teaching always carries its ``[constructed]`` marker.

The palette is Okabe & Ito's (2008) eight colours, safe for the common forms of
colour blindness and identical to matplotlib's ``color_sequences["okabe_ito"]``
(there in another order). Detector labels get a fixed colour and a fixed line
style (hatch in bar charts), so a label looks the same in every plot and in
the highlighted text of :mod:`mediakit.display`, and no meaning rests on colour
alone. The palette lives here, as data, and :mod:`mediakit.display` imports it.

matplotlib is imported inside the functions, so ``import mediakit`` stays fast;
only the Agg-compatible API is used (nothing calls ``pyplot.show``).

References
----------
Okabe, M. & Ito, K. (2008). *Color Universal Design (CUD): how to make figures
and presentations that are friendly to colorblind people*. J*Fly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from .corpus import Article, as_corpus, display_names
from .errors import MediakitTypeError, MediakitValueError
from .readability import MEASURES
from .spans import LABELS

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = [
    "FONT_SIZE",
    "GRADE_MEASURES",
    "LABEL_ORDER",
    "LINE_STYLES",
    "OKABE_ITO",
    "LabelStyle",
    "contrast_ratio",
    "keyness",
    "label_styles",
    "mix",
    "naming",
    "ordered_labels",
    "rates",
    "readability_profile",
    "relative_luminance",
]

# --------------------------------------------------------------------------- the shared palette

#: Okabe & Ito's colour-blind-safe palette, in the order labels take it (black last).
OKABE_ITO: tuple[str, ...] = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#000000",  # black
)

#: Detector labels in the order they take colours; any other label follows, sorted by name.
LABEL_ORDER: tuple[str, ...] = LABELS

#: Line styles (CSS border styles) a label takes, so meaning never rests on colour alone.
LINE_STYLES: tuple[str, ...] = ("solid", "dashed", "dotted", "double")
_MPL_LINESTYLES = MappingProxyType({"solid": "-", "dashed": "--", "dotted": ":", "double": "-."})
_HATCHES = MappingProxyType({"solid": "", "dashed": "//", "dotted": "..", "double": "xx"})

#: The smallest font size (points) of any text in a mediakit figure.
FONT_SIZE = 12
_TITLE_SIZE = 14
_EDGE = "#333333"


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """How one label is drawn everywhere: colour, line style and bar hatch.

    ``index`` is the label's place in :data:`LABEL_ORDER` (other labels follow);
    the colour is ``OKABE_ITO[index % 8]`` and the line style cycles so that no
    two of the first 32 labels share both.
    """

    label: str
    index: int
    color: str
    line: str
    linestyle: str
    hatch: str


def ordered_labels(labels: Iterable[str]) -> list[str]:
    """Unique labels in palette order: :data:`LABEL_ORDER` first, then the others by name.

    >>> ordered_labels(["hedge", "zeta", "emotive", "hedge", "alpha"])
    ['emotive', 'hedge', 'alpha', 'zeta']
    """
    unique = {str(label) for label in labels}
    known = [label for label in LABEL_ORDER if label in unique]
    return known + sorted(unique - set(LABEL_ORDER))


def label_styles(labels: Iterable[str]) -> dict[str, LabelStyle]:
    """The style of every label, in palette order (see :func:`ordered_labels`).

    The nine detector labels always get the same colour and line style; any
    other label takes the next slot after them, in alphabetical order among the
    labels passed.

    >>> style = label_styles(["hedge", "emotive"])["hedge"]
    >>> style.color, style.line
    ('#D55E00', 'dashed')
    """
    styles: dict[str, LabelStyle] = {}
    extra = 0
    for label in ordered_labels(labels):
        if label in LABEL_ORDER:
            index = LABEL_ORDER.index(label)
        else:
            index = len(LABEL_ORDER) + extra
            extra += 1
        line = LINE_STYLES[(index + index // len(OKABE_ITO)) % len(LINE_STYLES)]
        styles[label] = LabelStyle(
            label=label,
            index=index,
            color=OKABE_ITO[index % len(OKABE_ITO)],
            line=line,
            linestyle=_MPL_LINESTYLES[line],
            hatch=_HATCHES[line],
        )
    return styles


def _rgb(color: str) -> tuple[float, float, float]:
    value = color.lstrip("#")
    if len(value) != 6:
        raise MediakitValueError(f"expected a colour as #RRGGBB, got {color!r}")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def mix(color: str, other: str, weight: float) -> str:
    """``weight`` of ``color`` mixed with ``1 - weight`` of ``other`` (sRGB), as ``#rrggbb``.

    >>> mix("#000000", "#ffffff", 0.5)
    '#808080'
    """
    a, b = _rgb(color), _rgb(other)
    channels = (round((weight * x + (1 - weight) * y) * 255) for x, y in zip(a, b))
    return "#" + "".join(f"{c:02x}" for c in channels)


def relative_luminance(color: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour ``#rrggbb`` (0 black, 1 white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two colours, from 1 (none) to 21 (black on white).

    WCAG AA asks for at least 4.5 for text and 3 for graphics.

    >>> round(contrast_ratio("#000000", "#ffffff"), 1)
    21.0
    """
    la, lb = relative_luminance(foreground), relative_luminance(background)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def _text_color_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    black, white = contrast_ratio("#000000", background), contrast_ratio("#ffffff", background)
    return "#000000" if black >= white else "#ffffff"


# --------------------------------------------------------------------------- shared helpers


def _edge_for(color: str) -> str:
    """Bar edges (and hatches) dark on light colours, grey on black so the hatch shows."""
    return "#aaaaaa" if relative_luminance(color) < 0.05 else _EDGE


def _new_axes(ax: Axes | None, *, width: float, height: float) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=(width, height), layout="constrained")
    return new


def _wrap_name(name: str, width: int = 40) -> str:
    """A display name on up to a few lines: the ``[constructed ...]`` marker on its own line when long."""
    import textwrap

    head, sep, mark = name.partition(" [")
    parts = [head, "[" + mark] if sep and len(name) > width else [name]
    return "\n".join(textwrap.fill(part, width=max(width, 12), break_long_words=False) for part in parts)


def _label_inches(labels: Iterable[str]) -> float:
    """About how wide (inches) the longest line of tick labels is at the figure font size."""
    longest = max((len(line) for label in labels for line in str(label).split("\n")), default=0)
    return 0.1 * longest * FONT_SIZE / 12


def _finish(ax: Axes, *, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=_TITLE_SIZE)
    ax.set_xlabel(xlabel, fontsize=FONT_SIZE)
    ax.set_ylabel(ylabel, fontsize=FONT_SIZE)
    ax.tick_params(labelsize=FONT_SIZE)


def _require(table: Any, columns: Sequence[str], *, name: str, produced_by: str) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise MediakitTypeError.for_input(table, ["pandas.DataFrame"], name=name)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise MediakitValueError(
            f"{name}: missing column(s) {missing} (columns: {', '.join(map(str, table.columns))}). "
            f"Expected the output of {produced_by}."
        )
    return table


def _article_names(
    table: pd.DataFrame, corpus: Any, *, name_column: str | None = None
) -> dict[str, str]:
    """Display names for the articles of ``table``: from ``corpus``, else ``name_column`` (a display
    name column such as ``label_display``), else the table's ``kind``/``register`` columns, else the
    doc ids. A name from ``name_column`` never drops a ``[constructed]`` marker ``kind`` calls for."""
    ids = [str(doc_id) for doc_id in dict.fromkeys(table["doc_id"].tolist())]
    if corpus is not None:
        if isinstance(corpus, pd.DataFrame) and "doc_id" in corpus.columns:
            frame = corpus
        elif isinstance(corpus, (Article, str)):
            frame, _ = as_corpus(corpus, name="corpus")
        else:
            raise MediakitTypeError.for_input(corpus, ["corpus DataFrame", "mediakit.Article"], name="corpus")
        names = {str(k): v for k, v in display_names(frame).items()}
        return {doc_id: names.get(doc_id, doc_id) for doc_id in ids}
    names = {doc_id: doc_id for doc_id in ids}
    if "kind" in table.columns:
        rows = table.drop_duplicates("doc_id")
        names.update({str(k): v for k, v in display_names(rows).items()})
    if name_column and name_column in table.columns:
        given = dict(zip(table["doc_id"].astype(str)[::-1], table[name_column].astype(str)[::-1]))
        for doc_id in ids:
            # a given name is kept unless it would drop the marker the kind column calls for
            if "[constructed" in given[doc_id] or "[constructed" not in names[doc_id]:
                names[doc_id] = given[doc_id]
    return names


# --------------------------------------------------------------------------- rates

_VOICES = MappingProxyType(
    {
        "all": ("rate", "all words"),
        "author": ("rate_author", "author's voice (words outside quotes)"),
        "quoted": ("rate_quoted", "quoted speech (words inside quotes)"),
    }
)


def rates(
    summary: pd.DataFrame,
    *,
    labels: Sequence[str] | None = None,
    voice: Literal["all", "author", "quoted"] = "all",
    corpus: Any = None,
    ax: Axes | None = None,
) -> Axes:
    """Rates per 1,000 words by article and label, as grouped horizontal bars with error bars.

    Parameters
    ----------
    summary : DataFrame
        A long table with one row per article and label: ``doc_id``, ``label``
        and the rate column (``rate``, ``rate_author`` or ``rate_quoted``), such as
        :func:`mediakit.summarize` returns. When it has ``rate_low`` and
        ``rate_high`` (for ``voice="author"``/``"quoted"``: ``rate_author_low``,
        ...), they are drawn as error bars (e.g. the exact Poisson intervals of
        ``mediakit.compare.rate_table``); without them the bars have none.
    labels : list of str, optional
        Labels to show, in palette order; by default every label in ``summary``.
    voice : {"all", "author", "quoted"}
        Which rate: over all words, in the author's voice, or in quoted speech.
    corpus : corpus DataFrame or Article, optional
        Where article names come from (:func:`mediakit.corpus.display_names`). Without
        it, a ``kind`` (and ``register``) column of ``summary`` is used, else a
        ``label_display`` column, else the doc ids: pass ``corpus`` so that
        constructed texts are marked.
    ax : matplotlib Axes, optional
        Where to draw; a new figure by default.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per article and label with a rate (a NaN rate, e.g. quoted speech in
        an article without quotes, draws no bar). Bars take the label's colour
        and hatch; articles run top to bottom in the order of ``summary``.
    """
    if voice not in _VOICES:
        raise MediakitValueError(f"voice must be one of {sorted(_VOICES)}, got {voice!r}")
    column, voice_text = _VOICES[voice]
    table = _require(summary, ["doc_id", "label", column], name="summary", produced_by="mediakit.summarize")
    low_col, high_col = (f"{column}_low", f"{column}_high")
    has_interval = low_col in table.columns and high_col in table.columns
    present = table["label"].astype(str).tolist()
    shown = ordered_labels(present) if labels is None else list(dict.fromkeys(map(str, labels)))
    styles = label_styles(shown)
    names = _article_names(table, corpus, name_column="label_display")
    docs = list(names)
    n_labels = max(len(shown), 1)
    height = 0.8 / n_labels

    ticks = [_wrap_name(names[d]) for d in docs]
    ax = _new_axes(
        ax,
        width=7.5 + _label_inches(ticks) + _label_inches(shown) + 0.8,
        height=max(3.5, len(docs) * max(0.22 * n_labels, 0.7) + 2),
    )
    lookup = table.assign(_doc=table["doc_id"].astype(str), _label=table["label"].astype(str))
    lookup = lookup.drop_duplicates(["_doc", "_label"]).set_index(["_doc", "_label"])
    missing: dict[int, list[float]] = {}  # article row -> y of the bars without a rate
    for k, label in enumerate(shown):
        style = styles[label]
        ys, xs, lows, highs = [], [], [], []
        for i, doc_id in enumerate(docs):
            if (doc_id, label) not in lookup.index:
                continue
            row = lookup.loc[(doc_id, label)]
            value = float(row[column])
            if math.isnan(value):
                missing.setdefault(i, []).append(i - 0.4 + height * (k + 0.5))
                continue
            ys.append(i - 0.4 + height * (k + 0.5))
            xs.append(value)
            if has_interval:
                low, high = float(row[low_col]), float(row[high_col])
                lows.append(0.0 if math.isnan(low) else max(value - low, 0.0))
                highs.append(0.0 if math.isnan(high) else max(high - value, 0.0))
        ax.barh(
            ys,
            xs,
            height=height,
            color=style.color,
            hatch=style.hatch,
            edgecolor=_edge_for(style.color),
            linewidth=0.8,
            label=label,
            xerr=[lows, highs] if has_interval and xs else None,
            error_kw={"ecolor": "#222222", "capsize": 3, "elinewidth": 1.2},
        )
    for i, ys in missing.items():
        where = [i] if len(ys) == n_labels else ys
        note = f"n/a: no words in {voice_text.split(' (')[0]}" if len(ys) == n_labels else "n/a"
        for y in where:
            ax.text(0, y, f" {note}", va="center", ha="left", fontsize=FONT_SIZE, color="#333333")
    ax.set_yticks(range(len(docs)), ticks)
    ax.set_ylim(max(len(docs), 1) - 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.grid(axis="x", color="#cccccc", linewidth=0.8)
    ax.set_axisbelow(True)
    described = table.attrs.get("mediakit", {}).get("interval") if isinstance(table.attrs, dict) else None
    interval = f"\nerror bars: {described or 'interval'}" if has_interval else ""
    _finish(
        ax,
        title=f"Hits per 1,000 words: {voice_text}{interval}",
        xlabel="hits per 1,000 words (higher = denser use)",
        ylabel="article",
    )
    if shown:
        ax.legend(
            title="label",
            fontsize=FONT_SIZE,
            title_fontsize=FONT_SIZE,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            frameon=False,
        )
    return ax


# --------------------------------------------------------------------------- readability

#: Measures that run "higher = harder" (US school grades, or for Dale-Chall a score mapped to grades).
_EASE = "flesch_reading_ease"
GRADE_MEASURES: tuple[str, ...] = tuple(m for m in MEASURES if m != _EASE)
_MEASURE_NAMES = MappingProxyType(
    {
        "flesch_reading_ease": "Flesch reading ease",
        "flesch_kincaid_grade": "Flesch-Kincaid grade",
        "gunning_fog": "Gunning fog",
        "smog_index": "SMOG",
        "coleman_liau_index": "Coleman-Liau",
        "automated_readability_index": "ARI",
        "dale_chall": "Dale-Chall",
        "linsear_write": "Linsear Write",
        "spache": "Spache",
    }
)
_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


def readability_profile(
    scores: pd.DataFrame | pd.Series,
    *,
    measures: Sequence[str] | None = None,
    corpus: Any = None,
    ax: Axes | None = None,
    ease_ax: Axes | None = None,
) -> Axes:
    """Readability scores per article as a dot plot: grade-level measures and reading ease apart.

    One row per article (named with its display name), one marker per measure.
    The grade-level measures (Flesch-Kincaid, Fog, SMOG, Coleman-Liau, ARI,
    Dale-Chall, Linsear Write, Spache) run **higher = harder** and share one axis;
    Flesch reading ease runs the other way (**higher = easier**, about 0 to 100)
    and gets its own panel on the right, so nobody reads the two scales as one.
    Each measure has its own colour *and* marker shape; within a row the
    measures are offset a little so that equal scores do not hide each other.

    Parameters
    ----------
    scores : DataFrame or Series
        From :func:`mediakit.readability` (a corpus frame with ``doc_id`` and one
        column per measure, or the Series of one text), or any table with those
        columns (e.g. ``mediakit.compare.analyze``).
    measures : list of str, optional
        Measures to draw; by default every measure of :data:`mediakit.readability.MEASURES`
        present in ``scores`` (counts are never drawn).
    corpus : corpus DataFrame or Article, optional
        Where article names come from (constructed texts are marked); else the
        ``kind``/``register`` columns of ``scores``, else the doc ids.
    ax : matplotlib Axes, optional
        Where the grade-level measures go. By default a new figure with two
        panels (grade measures, then reading ease on the right).
    ease_ax : matplotlib Axes, optional
        Where Flesch reading ease goes when ``ax`` is given; without it, an inset
        panel is added to the right of ``ax``.

    Returns
    -------
    matplotlib.axes.Axes
        The grade-level panel (the reading-ease panel when only Flesch reading
        ease is asked for). The reading-ease panel is ``ax.figure.axes[-1]`` or,
        when drawn as an inset, in ``ax.child_axes``.
    """
    from .readability import MEASURES

    if isinstance(scores, pd.Series):
        frame = scores.to_frame().T
        frame.insert(0, "doc_id", [str(scores.name) if scores.name is not None else "text"])
        scores = frame.reset_index(drop=True)
    table = _require(scores, ["doc_id"], name="scores", produced_by="mediakit.readability(corpus)")
    wanted = [m for m in MEASURES if m in table.columns] if measures is None else list(measures)
    unknown = [m for m in wanted if m not in MEASURES]
    if unknown:
        raise MediakitValueError(f"unknown readability measure(s) {unknown}; choose from {list(MEASURES)}")
    missing = [m for m in wanted if m not in table.columns]
    if missing:
        raise MediakitValueError(f"scores has no column(s) {missing}: compute them with mediakit.readability")
    if not wanted:
        raise MediakitValueError("no readability measure to plot: scores has none of " + ", ".join(MEASURES))
    grades = [m for m in wanted if m != _EASE]
    ease = _EASE in wanted
    names = _article_names(table, corpus)
    docs = list(names)
    first = table.drop_duplicates("doc_id")
    rows = first.set_index(first["doc_id"].astype(str))

    own_figure = ax is None
    if ax is None:
        import matplotlib.pyplot as plt

        height = max(4.0, 0.75 * len(docs) + 3.2)
        width = 7 + _label_inches(_wrap_name(names[d]) for d in docs)
        if grades and ease:
            _, (ax, ease_ax) = plt.subplots(
                1,
                2,
                figsize=(width + 3, height),
                layout="constrained",
                sharey=True,
                gridspec_kw={"width_ratios": [3, 1.2]},
            )
        else:
            _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    elif grades and ease and ease_ax is None:
        ease_ax = ax.inset_axes((1.05, 0.0, 0.35, 1.0))
    main = ax if grades else None
    ease_panel = (ease_ax if grades else ax) if ease else None

    def draw(target: Axes, columns: list[str], *, offset: bool) -> None:
        step = 0.7 / max(len(columns), 1) if offset else 0.0
        for k, measure in enumerate(columns):
            xs, ys = [], []
            for i, doc_id in enumerate(docs):
                value = float(rows.loc[doc_id, measure])
                if not math.isnan(value):
                    xs.append(value)
                    ys.append(i + (step * (k + 0.5) - 0.35 if offset else 0.0))
            index = GRADE_MEASURES.index(measure) if measure in GRADE_MEASURES else -1
            target.plot(
                xs,
                ys,
                linestyle="none",
                marker=_MARKERS[index % len(_MARKERS)] if index >= 0 else "o",
                markersize=9,
                markeredgecolor=_EDGE,
                color=OKABE_ITO[index % len(OKABE_ITO)] if index >= 0 else "#555555",
                label=_MEASURE_NAMES[measure],
            )
        target.set_yticks(range(len(docs)), [_wrap_name(names[d]) for d in docs])
        target.set_ylim(len(docs) - 0.5, -0.5)
        target.grid(axis="x", color="#cccccc", linewidth=0.8)
        target.set_axisbelow(True)

    if main is not None:
        draw(main, grades, offset=True)
        _finish(
            main,
            title="Readability: grade-level measures (higher = harder)",
            xlabel="score (about a US school grade; higher = harder)",
            ylabel="article",
        )
        options = {"title": "measure", "fontsize": FONT_SIZE, "title_fontsize": FONT_SIZE, "frameon": False}
        if own_figure:
            main.figure.legend(loc="outside lower center", ncols=min(len(grades), 4), **options)
        else:
            main.legend(loc="best", **options)
    if ease_panel is not None:
        draw(ease_panel, [_EASE], offset=False)
        values = [float(rows.loc[d, _EASE]) for d in docs]
        finite = [v for v in values if not math.isnan(v)] or [0.0]
        ease_panel.set_xlim(min(0.0, min(finite) - 5), max(100.0, max(finite) + 5))
        _finish(
            ease_panel,
            title="Flesch reading ease\n(higher = easier)",
            xlabel="score (0-100; higher = easier)",
            ylabel="" if main is not None else "article",
        )
        if main is not None:
            ease_panel.tick_params(labelleft=False)
    return main if main is not None else ease_panel  # type: ignore[return-value]


# --------------------------------------------------------------------------- naming

# Variants of a pair, in order of first appearance: colour and hatch differ for up to eight variants.
_VARIANT_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_VARIANT_HATCHES = ("", "//", "..", "xx")


def naming(table: pd.DataFrame, *, corpus: Any = None, ax: Axes | None = None) -> Axes:
    """Naming choices: each variant's share within its pair, one stacked bar per article and pair.

    Parameters
    ----------
    table : DataFrame
        One row per article, pair and variant with ``doc_id``, ``pair``,
        ``variant``, ``count`` and ``share`` (0 to 1 within the pair), as
        :func:`mediakit.compare.naming` returns.
    corpus : corpus DataFrame or Article, optional
        Where article names come from (constructed texts are marked); else the
        table's ``kind`` column, else its ``label`` column (the display name
        ``compare.naming`` adds), else the doc ids.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        One bar segment per row of ``table``. The tick label of each bar spells out
        the counts (``Kiev 5 · Kyiv 0``), so the figure reads without its colours;
        segments wide enough are labelled too. Variants keep one colour and hatch
        per pair across articles. Shares are descriptive: a choice, not a bias.
    """
    table = _require(
        table,
        ["doc_id", "pair", "variant", "count", "share"],
        name="table",
        produced_by="mediakit.compare.naming",
    )
    names = _article_names(table, corpus, name_column="label")
    groups: list[tuple[str, str]] = list(
        dict.fromkeys(zip(table["doc_id"].astype(str), table["pair"].astype(str)))
    )
    variant_rank: dict[tuple[str, str], int] = {}
    for pair, variant in zip(table["pair"].astype(str), table["variant"].astype(str)):
        key = (pair, variant)
        if key not in variant_rank:
            variant_rank[key] = sum(1 for p, _ in variant_rank if p == pair)

    ticks = []
    patches: list[tuple[int, float, float, str, str, str]] = []  # row, left, width, colour, hatch, caption
    for i, (doc_id, pair) in enumerate(groups):
        rows = table[(table["doc_id"].astype(str) == doc_id) & (table["pair"].astype(str) == pair)]
        left = 0.0
        parts: list[tuple[str, int]] = []
        for row in rows.itertuples(index=False):
            variant = str(row.variant)
            share = float(row.share)
            share = 0.0 if math.isnan(share) else share
            rank = variant_rank[(pair, variant)]
            color = _VARIANT_COLORS[rank % len(_VARIANT_COLORS)]
            hatch = _VARIANT_HATCHES[rank % len(_VARIANT_HATCHES)]
            patches.append((i, left, share * 100, color, hatch, f"{variant} {share:.0%}"))
            left += share * 100
            parts.append((variant, int(row.count)))
        shown = parts if len(parts) <= 2 else [(v, c) for v, c in parts if c > 0]
        counts = " · ".join(f"{v} {c}" for v, c in shown)
        if len(shown) < len(parts):
            counts += f" · {len(parts) - len(shown)} others 0"
        ticks.append(f"{_wrap_name(names[doc_id])}\n{pair}: {counts}")
    ax = _new_axes(ax, width=7 + _label_inches(ticks), height=max(3.0, 0.95 * len(groups) + 1.8))
    for i, left, width, color, hatch, caption in patches:
        edge = _edge_for(color)
        ax.barh(i, width, left=left, height=0.7, color=color, hatch=hatch, edgecolor=edge, linewidth=0.8)
        if width >= 1.6 * len(caption) + 2:
            ax.text(
                left + width / 2,
                i,
                caption,
                ha="center",
                va="center",
                fontsize=FONT_SIZE,
                color=_text_color_on(color),
                bbox={"boxstyle": "round,pad=0.15", "facecolor": color, "edgecolor": "none"},
            )
    ax.set_yticks(range(len(groups)), ticks)
    ax.set_ylim(max(len(groups), 1) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    _finish(
        ax,
        title="Naming choices: share of each variant within its pair",
        xlabel="share of the pair's mentions in the article (%)",
        ylabel="article: naming pair (counts)",
    )
    return ax


# --------------------------------------------------------------------------- keyness

_OVER = ("#D55E00", "", "over-used in the target")
_UNDER = ("#0072B2", "//", "under-used in the target")


def _group_name(ids: Any, names: dict[str, str] | None) -> str:
    """Up to three display names; beyond that a count that still says how many are constructed."""
    if not isinstance(ids, (list, tuple)) or not ids:
        return ""
    shown = [names.get(str(i), str(i)) if names else str(i) for i in ids]
    if len(shown) <= 3:
        return ", ".join(shown)
    rest = shown[2:]
    constructed = sum("[constructed" in name for name in rest)
    note = f", {constructed} of them [constructed]" if constructed else ""
    return f"{shown[0]}, {shown[1]} + {len(rest)} more{note}"


def keyness(
    table: pd.DataFrame,
    *,
    n: int = 15,
    column: str | None = None,
    alpha: float = 0.05,
    corpus: Any = None,
    ax: Axes | None = None,
) -> Axes:
    """The most over- and under-used terms of a keyness table, as horizontal bars.

    Parameters
    ----------
    table : DataFrame
        One row per term with ``term`` and an effect size: ``effect`` or, as
        :func:`mediakit.compare.keyness` returns, ``log_ratio`` (log2 ratio of
        relative frequencies; positive = over-used in the target). Optional
        ``p_adj`` (or ``significant``) marks terms with a star.
    n : int
        How many terms to show on each side (over-used and under-used).
    column : str, optional
        The effect column, if neither ``effect`` nor ``log_ratio``.
    alpha : float
        Terms with ``p_adj < alpha`` get a star (``*``) after them.
    corpus : corpus DataFrame, optional
        To name the target and reference (``table.attrs["mediakit"]["target"]``)
        with their display names in the title.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        Up to ``2 * n`` bars: over-used terms on top (vermillion, plain), under-used
        below (blue, hatched), the largest effects outermost.
    """
    if n < 1:
        raise MediakitValueError(f"n must be at least 1, got {n}")
    effect = column or ("effect" if "effect" in getattr(table, "columns", ()) else "log_ratio")
    table = _require(table, ["term", effect], name="table", produced_by="mediakit.compare.keyness")
    values = pd.to_numeric(table[effect], errors="coerce")
    data = table.assign(_effect=values).dropna(subset=["_effect"])
    over = data[data["_effect"] > 0].nlargest(n, "_effect")
    under = data[data["_effect"] < 0].nsmallest(n, "_effect").iloc[::-1]
    shown = pd.concat([over, under])
    if "p_adj" in shown.columns:
        starred = pd.to_numeric(shown["p_adj"], errors="coerce") < alpha
    elif "significant" in shown.columns:
        starred = shown["significant"].astype(bool)
    else:
        starred = pd.Series(False, index=shown.index)
    has_stars = "p_adj" in shown.columns or "significant" in shown.columns

    ax = _new_axes(ax, width=10, height=max(3.0, 0.4 * len(shown) + 2))
    for part, first, (color, hatch, text) in ((over, 0, _OVER), (under, len(over), _UNDER)):
        ax.barh(
            list(range(first, first + len(part))),
            part["_effect"].tolist(),
            height=0.7,
            color=color,
            hatch=hatch,
            edgecolor=_EDGE,
            linewidth=0.8,
            label=f"{text} ({len(part)})",
        )
    labels = [f"{term} *" if star else str(term) for term, star in zip(shown["term"], starred)]
    ax.set_yticks(range(len(shown)), labels)
    ax.set_ylim(max(len(shown), 1) - 0.5, -0.5)
    ax.axvline(0, color=_EDGE, linewidth=1)
    ax.grid(axis="x", color="#cccccc", linewidth=0.8)
    ax.set_axisbelow(True)
    if len(shown) == 0:
        ax.text(0.5, 0.5, "no terms to show", transform=ax.transAxes, ha="center", fontsize=FONT_SIZE)
    info = table.attrs.get("mediakit", {}) if isinstance(table.attrs, dict) else {}
    names = None
    if corpus is not None:
        frame = corpus if isinstance(corpus, pd.DataFrame) else as_corpus(corpus, name="corpus")[0]
        names = {str(k): v for k, v in display_names(frame).items()}
    target = _group_name(info.get("target"), names) if isinstance(info, dict) else ""
    reference = _group_name(info.get("reference"), names) if isinstance(info, dict) else ""
    import textwrap

    vs = ""
    if target and reference:
        lines = (textwrap.fill(f"target: {target}", 80), textwrap.fill(f"reference: {reference}", 80))
        vs = "\n" + "\n".join(lines)
    star = f"; * adjusted p < {alpha:g}" if has_stars else ""
    xlabel = "log ratio (log2 of relative frequencies)" if effect == "log_ratio" else f"effect ({effect})"
    _finish(
        ax,
        title=f"Keyness: terms over- and under-used in the target{vs}",
        xlabel=f"{xlabel}; > 0 = over-used in the target{star}",
        ylabel="term",
    )
    ax.legend(fontsize=FONT_SIZE, loc="lower right", frameon=True)
    return ax
