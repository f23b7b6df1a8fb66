"""Highlight detector hits in an article: safe, accessible HTML for notebooks and reports.

:func:`highlight` takes an article and the span tables of any detectors
(:func:`mediakit.detect_loaded`, :func:`mediakit.detect_hedges`,
:func:`mediakit.detect_sources`, or a table you built with the same columns) and
returns a :class:`Highlight`: Jupyter shows it as HTML (``_repr_html_``),
:meth:`Highlight.to_html` gives the same self-contained fragment for a report,
and :meth:`Highlight.to_table` the same hits as a plain table for screen
readers and exports. :func:`side_by_side` shows two articles in two columns with
one legend.

How the HTML is built (displaCy's span renderer is the model; its pitfalls are
avoided on purpose):

* the text is split at every span boundary, so overlapping hits stack: each hit
  is a ``<mark>`` with its own underline at its own depth ("slot"), and a hit
  that crosses another's boundary is continued in a second ``<mark>`` with the
  same ``data-hit`` number and the class ``mk-cont``;
* the original characters are kept (``white-space: pre-wrap``), nothing is
  re-joined, and every slice of text, label, detail, reason, speaker and title is
  escaped with ``html.escape(..., quote=True)``; no attribute is built from
  unescaped data and no label ever becomes a class name or CSS;
* the fragment has inline CSS only (style attributes, plus one ``<style>`` block
  of fixed rules for dark themes), no ``<script>`` and no URL;
* it is wrapped in ``class="mediakit-highlight tex2jax_ignore mathjax_ignore"``
  so "$5 ... $10" in news text is never typeset as maths;
* labels take the Okabe-Ito colours and line styles of :mod:`mediakit.plot`;
  text and background colours are explicit and meet WCAG AA (4.5:1) in the light
  and the dark theme (``prefers-color-scheme``, JupyterLab's
  ``body[data-jp-theme-light="false"]`` and VS Code's ``body.vscode-dark``);
* the caption names the article with :func:`mediakit.corpus.display_names`, so a
  constructed text is always marked ``[constructed]``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

import pandas as pd

from .corpus import Article, as_corpus, display_names
from .errors import MediakitTypeError, MediakitValueError
from .plot import LabelStyle, contrast_ratio, label_styles, mix, ordered_labels, relative_luminance

__all__ = [
    "CONTAINER_COLORS",
    "TABLE_COLUMNS",
    "Highlight",
    "LabelColors",
    "SideBySide",
    "highlight",
    "label_colors",
    "side_by_side",
]

#: Columns of :meth:`Highlight.to_table` (the index is the hit number, ``data-hit`` in the HTML).
TABLE_COLUMNS: tuple[str, ...] = ("start", "end", "text", "label", "detail", "reason", "speaker")

Theme = Literal["auto", "light", "dark"]
_THEMES = ("auto", "light", "dark")

#: Text and background of the container (and so of the unhighlighted text, caption and legend).
CONTAINER_COLORS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {"light": ("#1a1a1a", "#ffffff"), "dark": ("#ececec", "#1b1b1b")}
)
_MIN_TEXT_CONTRAST = 4.6  # WCAG AA asks 4.5 for text; a margin for rounding in renderers
_MIN_LINE_CONTRAST = 3.0  # WCAG 1.4.11 for graphics (the underlines)
_BORDER = 3  # underline width in px (a double line needs 3)
_SLOT = 5  # px between the underlines of overlapping hits


class LabelColors(NamedTuple):
    """Explicit colours of one label in both themes: text, background, underline."""

    light_text: str
    light_background: str
    light_line: str
    dark_text: str
    dark_background: str
    dark_line: str


def _toward(color: str, target: str, against: str, minimum: float) -> str:
    """Mix ``color`` toward ``target`` just enough to reach ``minimum`` contrast with ``against``."""
    for step in range(21):
        candidate = mix(target, color, step / 20)
        if contrast_ratio(candidate, against) >= minimum:
            return candidate
    return target


def _tint(color: str, page: str, text: str, *, light: bool) -> str:
    """A tint of ``color`` over ``page`` of even lightness across labels that keeps ``text`` readable.

    From half colour down, the first tint at least as light as luminance 0.5 (light theme)
    or as dark as 0.08 (dark theme) whose contrast with ``text`` reaches 4.5:1 with a margin.
    """
    for step in range(10, 0, -1):
        background = mix(color, page, step / 20)
        luminance = relative_luminance(background)
        even = luminance >= 0.5 if light else luminance <= 0.08
        if even and contrast_ratio(text, background) >= _MIN_TEXT_CONTRAST:
            return background
    return page


def _colors_for(style: LabelStyle) -> LabelColors:
    light_page = CONTAINER_COLORS["light"][1]
    dark_page = CONTAINER_COLORS["dark"][1]
    light_line = _toward(style.color, "#000000", light_page, _MIN_LINE_CONTRAST)
    dark_line = _toward(style.color, "#ffffff", dark_page, _MIN_LINE_CONTRAST)
    text_light, text_dark = "#111111", "#f5f5f5"
    return LabelColors(
        light_text=text_light,
        light_background=_tint(style.color, light_page, text_light, light=True),
        light_line=light_line,
        dark_text=text_dark,
        dark_background=_tint(dark_line, dark_page, text_dark, light=False),
        dark_line=dark_line,
    )


def label_colors(labels: Iterable[str]) -> dict[str, LabelColors]:
    """The explicit text, background and underline colours of every label in both themes.

    Derived from the label's Okabe-Ito colour (:func:`mediakit.plot.label_styles`):
    the background is a tint of it, the underline the colour itself, darkened (light
    theme) or lightened (dark theme) until it stands out from the page at 3:1.
    Text on the background always reaches at least 4.5:1 (WCAG AA).
    """
    return {label: _colors_for(style) for label, style in label_styles(labels).items()}


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class _Source:
    doc_id: str
    text: str
    name: str
    title: str
    about: str


def _resolve(x: Any, doc_id: str | None, *, name: str) -> _Source:
    """One article from an Article, a str, a corpus row (Series) or a corpus frame (+ ``doc_id``)."""
    if isinstance(x, pd.Series):
        x = x.to_frame().T.reset_index(drop=True)
    if isinstance(x, str) and doc_id is not None:
        frame = pd.DataFrame({"doc_id": [str(doc_id)], "text": [x]})
    else:
        frame, _ = as_corpus(x, name=name)
    if doc_id is not None:
        chosen = frame[frame["doc_id"].astype(str) == str(doc_id)]
        if chosen.empty:
            ids = ", ".join(map(str, frame["doc_id"].head(8)))
            raise MediakitValueError(f"{name}: no article with doc_id {doc_id!r} (the corpus has: {ids})")
    elif len(frame) != 1:
        ids = ", ".join(map(str, frame["doc_id"].head(8)))
        raise MediakitValueError(
            f"{name}: the corpus has {len(frame)} articles; say which with doc_id=... (ids: {ids})"
        )
    else:
        chosen = frame
    row = chosen.iloc[0]
    text = row["text"]
    if not isinstance(text, str):
        raise MediakitTypeError(f"{name}: the article text is a {type(text).__name__}, not a str")
    label = str(display_names(chosen.iloc[[0]]).iloc[0])

    def field_value(column: str) -> str:
        value = row[column] if column in chosen.columns else ""
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return ""
        if isinstance(value, pd.Timestamp):
            return value.date().isoformat()
        return str(value)

    about = " · ".join(v for v in (field_value("outlet"), field_value("published")) if v)
    return _Source(str(row["doc_id"]), text, label, field_value("title"), about)


class _Hit(NamedTuple):
    number: int
    start: int
    end: int
    label: str
    detail: str
    reason: str
    speaker: str
    entry: str


_OPTIONAL = ("detail", "reason", "speaker", "entry")


def _strings(column: pd.Series) -> list[str]:
    return ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in column]


def _collect(
    tables: Sequence[Any], source: _Source, labels: Sequence[str] | None, *, require_doc_id: bool
) -> pd.DataFrame:
    """The hits of ``source`` from every table: checked, de-duplicated, in text order."""
    parts = []
    for k, table in enumerate(tables, start=1):
        if not isinstance(table, pd.DataFrame):
            raise MediakitTypeError(
                f"hit table {k} must be a DataFrame (a detector's span table), got {type(table).__name__}"
            )
        missing = [c for c in ("start", "end", "label") if c not in table.columns]
        if missing:
            raise MediakitValueError(
                f"hit table {k}: missing column(s) {missing}; pass the output of a detector such as "
                "mediakit.detect_loaded (see mediakit.spans)"
            )
        if "doc_id" in table.columns:
            rows = table[table["doc_id"].astype(str) == source.doc_id]
        elif require_doc_id:
            raise MediakitValueError(
                f"hit table {k}: side_by_side needs a doc_id column to tell the articles' hits apart"
            )
        else:
            rows = table
        if rows.empty:
            continue
        starts = pd.to_numeric(rows["start"], errors="coerce")
        ends = pd.to_numeric(rows["end"], errors="coerce")
        part = pd.DataFrame(
            {
                "start": starts.to_numpy(),
                "end": ends.to_numpy(),
                "label": _strings(rows["label"]),
                **{c: _strings(rows[c]) if c in rows.columns else [""] * len(rows) for c in _OPTIONAL},
                "given": _strings(rows["text"]) if "text" in rows.columns else [""] * len(rows),
                "where": [f"hit table {k}, row {i}" for i in rows.index],
            }
        )
        parts.append(part)
    columns = ["start", "end", "label", *_OPTIONAL, "given", "where"]
    hits = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    if labels is not None:
        hits = hits[hits["label"].isin(list(labels))]
    n = len(source.text)
    for row in hits.itertuples(index=False):
        start, end = row.start, row.end
        if pd.isna(start) or pd.isna(end) or start != int(start) or end != int(end):
            raise MediakitValueError(
                f"{row.where}: start and end must be whole numbers, got {start!r}, {end!r}"
            )
        if not 0 <= start <= end <= n:
            raise MediakitValueError(
                f"{row.where}: span {int(start)}-{int(end)} lies outside article {source.doc_id!r} "
                f"({n} characters); were the hits computed on another text?"
            )
        actual = source.text[int(start) : int(end)]
        if row.given and row.given != actual:
            raise MediakitValueError(
                f"{row.where}: the hit says {row.given!r} but article {source.doc_id!r} has {actual!r} at "
                f"{int(start)}-{int(end)}; were the hits computed on another version of the text?"
            )
    hits = hits.astype({"start": "int64", "end": "int64"})
    hits["text"] = [source.text[s:e] for s, e in zip(hits["start"], hits["end"])]
    order = {label: i for i, label in enumerate(label_styles(hits["label"]))}
    hits["_order"] = hits["label"].map(order)
    hits["_length"] = hits["end"] - hits["start"]
    hits = hits.sort_values(
        ["start", "_length", "_order", "detail", "entry"],
        ascending=[True, False, True, True, True],
        kind="stable",
    )
    hits = hits.drop_duplicates(["start", "end", "label", "detail", "entry"])
    columns = ["start", "end", "text", "label", "detail", "reason", "speaker", "entry"]
    return hits[columns].reset_index(drop=True)


def _as_hits(frame: pd.DataFrame, first: int) -> list[_Hit]:
    return [
        _Hit(first + i, r.start, r.end, r.label, r.detail, r.reason, r.speaker, r.entry)
        for i, r in enumerate(frame.itertuples(index=False))
    ]


# --------------------------------------------------------------------------- rendering


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _slots(hits: Sequence[_Hit]) -> dict[int, int]:
    """Greedy interval colouring: overlapping hits get different slots; outer (earlier, longer) first."""
    ends: list[int] = []  # end of the last hit in each slot
    slots: dict[int, int] = {}
    for hit in hits:
        if hit.start == hit.end:
            slots[hit.number] = 0
            continue
        for slot, end in enumerate(ends):
            if end <= hit.start:
                ends[slot] = hit.end
                slots[hit.number] = slot
                break
        else:
            slots[hit.number] = len(ends)
            ends.append(hit.end)
    return slots


def _describe(hit: _Hit) -> str:
    lines = [hit.label + (f": {hit.detail}" if hit.detail else "")]
    if hit.reason:
        lines.append(hit.reason)
    if hit.speaker:
        lines.append(f"speaker: {hit.speaker}")
    if hit.entry:
        lines.append(f"entry: {hit.entry}")
    return "\n".join(lines)


def _mark_style(colors: LabelColors, line: str, slot: int, theme: Theme) -> str:
    dark = theme == "dark"
    text = colors.dark_text if dark else colors.light_text
    background = colors.dark_background if dark else colors.light_background
    underline = colors.dark_line if dark else colors.light_line
    return (
        f"background-color:{background};color:{text};border-bottom:{_BORDER}px {line} {underline};"
        f"padding:0 0 {1 + slot * _SLOT}px 0;margin:0;border-radius:0;background-clip:content-box;"
        "font:inherit"
    )


class _Palette(NamedTuple):
    styles: dict[str, LabelStyle]
    colors: dict[str, LabelColors]


def _palette(labels: Iterable[str]) -> _Palette:
    labels = list(labels)
    return _Palette(label_styles(labels), label_colors(labels))


def _open_tag(
    hit: _Hit, slot: int, palette: _Palette, theme: Theme, *, cont: bool, within: list[_Hit]
) -> str:
    style = palette.styles[hit.label]
    title = _describe(hit)
    if within:
        title += "\n\ninside: " + "; ".join(h.label + (f" ({h.detail})" if h.detail else "") for h in within)
    classes = f"mk-mark mk-l{style.index}" + (" mk-cont" if cont else "")
    classes += " mk-empty" if hit.start == hit.end else ""
    css = _mark_style(palette.colors[hit.label], style.line, slot, theme)
    if hit.start == hit.end:
        css += f";display:inline-block;width:0;height:1em;border-left:{_BORDER}px {style.line} currentColor"
    return (
        f'<mark class="{classes}" data-hit="{hit.number}" data-label="{_esc(hit.label)}" '
        f'data-entry="{_esc(hit.entry)}" data-start="{hit.start}" data-end="{hit.end}" '
        f'title="{_esc(title)}" style="{css}">'
    )


def _render_text(text: str, hits: Sequence[_Hit], palette: _Palette, theme: Theme) -> tuple[str, int]:
    """The article text as HTML with nested marks; returns (html, number of slots used)."""
    slots = _slots(hits)
    bounds = sorted({0, len(text), *(h.start for h in hits), *(h.end for h in hits)})
    spanning = [h for h in hits if h.start < h.end]
    empty: dict[int, list[_Hit]] = {}
    for h in hits:
        if h.start == h.end:
            empty.setdefault(h.start, []).append(h)
    by_start: dict[int, list[_Hit]] = {}
    for h in spanning:
        by_start.setdefault(h.start, []).append(h)
    out: list[str] = []
    stack: list[_Hit] = []
    active: list[_Hit] = []
    for p, q in zip(bounds, [*bounds[1:], None]):
        active = [h for h in active if h.end > p] + by_start.get(p, [])
        wanted = sorted(active, key=lambda h: (slots[h.number], h.number))
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        stack = stack[:keep]
        for h in wanted[keep:]:
            out.append(_open_tag(h, slots[h.number], palette, theme, cont=h.start < p, within=list(stack)))
            stack.append(h)
        for h in empty.get(p, []):
            out.append(_open_tag(h, 0, palette, theme, cont=False, within=list(stack)) + "</mark>")
        if q is not None:
            out.append(_esc(text[p:q]))
    out.extend("</mark>" for _ in stack)
    return "".join(out), (max(slots.values()) + 1 if slots else 0)


def _dark_css(palette: _Palette) -> str:
    """Fixed rules (no data): the dark-theme colours of each label class, for ``theme="auto"``."""
    scopes = [
        'body[data-jp-theme-light="false"] .mediakit-highlight:not(.mk-light)',
        "body.vscode-dark .mediakit-highlight:not(.mk-light)",
    ]
    media_scope = (
        'body:not([data-jp-theme-light="true"]):not(.vscode-light) .mediakit-highlight:not(.mk-light)'
    )
    text, page = CONTAINER_COLORS["dark"]

    def rules(scope_list: list[str]) -> str:
        parts = [
            ",".join(scope_list) + f"{{background-color:{page}!important;color:{text}!important;"
            "border-color:#666666!important}"
        ]
        for label, style in palette.styles.items():
            colors = palette.colors[label]
            selector = ",".join(f"{s} .mk-l{style.index}" for s in scope_list)
            parts.append(
                f"{selector}{{background-color:{colors.dark_background}!important;"
                f"color:{colors.dark_text}!important;border-bottom-color:{colors.dark_line}!important}}"
            )
        return "".join(parts)

    return f"<style>{rules(scopes)}@media (prefers-color-scheme: dark){{{rules([media_scope])}}}</style>"


def _container_style(theme: Theme) -> str:
    text, page = CONTAINER_COLORS["dark" if theme == "dark" else "light"]
    return (
        f"background-color:{page};color:{text};border:1px solid #8a8a8a;border-radius:6px;"
        "padding:0.8em 1em;margin:0.5em 0;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
        "font-size:15px;line-height:1.5;text-align:left"
    )


def _text_block(body: str, slots: int) -> str:
    extra = _BORDER + max(slots - 1, 0) * _SLOT + 2
    return (
        '<div class="mk-text" style="white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate;'
        f'line-height:calc(1.6em + {extra}px);margin-top:0.6em">{body}</div>'
    )


def _caption(source: _Source, title: str | None) -> str:
    heading = title if title is not None else source.title
    name = _esc(source.name)
    parts = [f'<span class="mk-name" style="font-weight:bold;unicode-bidi:isolate">{name}</span>']
    if heading:
        parts.append(f'<span class="mk-title" style="unicode-bidi:isolate">{_esc(heading)}</span>')
    if source.about:
        parts.append(f'<span class="mk-about" style="opacity:0.85">{_esc(source.about)}</span>')
    return '<div class="mk-caption" style="font-size:16px">' + " · ".join(parts) + "</div>"


def _legend(palette: _Palette, counts: Sequence[dict[str, int]], theme: Theme) -> str:
    items = []
    for label, style in palette.styles.items():
        colors = palette.colors[label]
        css = _mark_style(colors, style.line, 0, theme) + ";padding:0 0.3em 1px 0.3em"
        numbers = " | ".join(str(c.get(label, 0)) for c in counts)
        items.append(
            f'<span class="mk-item" style="margin-right:1.2em;white-space:nowrap">'
            f'<mark class="mk-swatch mk-l{style.index}" style="{css}">{_esc(label)}</mark> '
            f'<span class="mk-count">{numbers}</span></span>'
        )
    total = " | ".join(str(sum(c.values())) for c in counts)
    note = (
        f"{total} hits. Hover a highlight for its label, detail and reason; overlapping hits "
        "stack as extra underlines; .to_table() lists every hit."
        if items
        else "No hits to show."
    )
    return (
        '<div class="mk-legend" style="margin-top:0.5em;font-size:14px;line-height:2">'
        + "".join(items)
        + f'<div class="mk-note" style="font-size:13px;line-height:1.4">{_esc(note)}</div></div>'
    )


def _wrap(inner: str, palette: _Palette, theme: Theme, *, standalone: bool) -> str:
    if theme not in _THEMES:
        raise MediakitValueError(f"theme must be one of {_THEMES}, got {theme!r}")
    theme_class = {"auto": "", "light": " mk-light", "dark": " mk-dark"}[theme]
    css = _dark_css(palette) if theme == "auto" else ""
    fragment = (
        f'<div class="mediakit-highlight tex2jax_ignore mathjax_ignore{theme_class}" '
        f'style="{_container_style(theme)}">{css}{inner}</div>'
    )
    if not standalone:
        return fragment
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>mediakit highlight</title></head>\n<body>" + fragment + "</body></html>\n"
    )


# --------------------------------------------------------------------------- results


def _counts(hits: pd.DataFrame) -> dict[str, int]:
    """Hits per label, in palette order."""
    counts = hits["label"].value_counts()
    return {label: int(counts[label]) for label in ordered_labels(counts.index)}


def _table(hits: pd.DataFrame, first: int) -> pd.DataFrame:
    table = hits[list(TABLE_COLUMNS)].copy()
    table.index = pd.RangeIndex(first, first + len(table), name="hit")
    return table


@dataclass(frozen=True, eq=False)
class Highlight:
    """Detector hits shown in one article. Jupyter displays it; see also :meth:`to_html`, :meth:`to_table`.

    Attributes
    ----------
    doc_id, name : str
        The article id and its display name (with the ``[constructed]`` marker).
    text : str
        The article text the offsets refer to.
    """

    doc_id: str
    name: str
    text: str
    _source: _Source = field(repr=False)
    _hits: pd.DataFrame = field(repr=False)
    _legend_labels: tuple[str, ...] = field(repr=False)

    def to_table(self) -> pd.DataFrame:
        """The hits in text order: ``start, end, text, label, detail, reason, speaker``.

        The index (``hit``) is the number of the hit in the HTML (``data-hit``).
        A copy: change it freely.
        """
        return _table(self._hits, 0)

    def to_html(self, *, theme: Theme = "auto", standalone: bool = False) -> str:
        """The highlight as a self-contained HTML fragment (inline CSS, no script, no URL).

        Parameters
        ----------
        theme : {"auto", "light", "dark"}
            ``"auto"`` follows the notebook or browser theme (light colours inline,
            dark ones in a ``<style>`` block of fixed rules); ``"light"`` and
            ``"dark"`` fix the colours with inline styles only.
        standalone : bool
            Wrap the fragment in a minimal HTML page (to save as a ``.html`` file).
        """
        palette = _palette(self._legend_labels)
        body, slots = _render_text(self.text, _as_hits(self._hits, 0), palette, theme)
        inner = (
            _caption(self._source, None)
            + _legend(palette, [_counts(self._hits)], theme)
            + _text_block(body, slots)
        )
        return _wrap(inner, palette, theme, standalone=standalone)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in _counts(self._hits).items())
        return f"Highlight(doc_id={self.doc_id!r}, hits={len(self._hits)}{', ' if counts else ''}{counts})"


@dataclass(frozen=True, eq=False)
class SideBySide:
    """Two articles in two columns with one shared legend (counts given as ``left | right``)."""

    left: Highlight
    right: Highlight
    titles: tuple[str | None, str | None] = (None, None)

    def to_table(self) -> pd.DataFrame:
        """The hits of both articles: ``doc_id`` then the columns of :meth:`Highlight.to_table`.

        Numbered on from the left article's hits to the right's, as ``data-hit`` in the HTML.
        """
        left = _table(self.left._hits, 0)
        right = _table(self.right._hits, len(left))
        left.insert(0, "doc_id", self.left.doc_id)
        right.insert(0, "doc_id", self.right.doc_id)
        return pd.concat([left, right]) if len(right) else left

    def to_html(self, *, theme: Theme = "auto", standalone: bool = False) -> str:
        """Both articles as one self-contained HTML fragment; options as :meth:`Highlight.to_html`."""
        labels = dict.fromkeys([*self.left._legend_labels, *self.right._legend_labels])
        palette = _palette(labels)
        columns = []
        first = 0
        for item, title in ((self.left, self.titles[0]), (self.right, self.titles[1])):
            body, slots = _render_text(item.text, _as_hits(item._hits, first), palette, theme)
            first += len(item._hits)
            columns.append(
                '<div class="mk-column" style="min-width:0">'
                + _caption(item._source, title)
                + _text_block(body, slots)
                + "</div>"
            )
        grid = (
            '<div class="mk-columns" style="display:grid;grid-template-columns:1fr 1fr;gap:1.5em">'
            + "".join(columns)
            + "</div>"
        )
        legend = _legend(palette, [_counts(self.left._hits), _counts(self.right._hits)], theme)
        return _wrap(legend + grid, palette, theme, standalone=standalone)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return f"SideBySide({self.left!r}, {self.right!r})"


# --------------------------------------------------------------------------- the functions


def _label_list(labels: Sequence[str] | str | None) -> list[str] | None:
    if labels is None:
        return None
    if isinstance(labels, str):
        return [labels]
    return [str(label) for label in labels]


def _make(
    source: _Source, tables: Sequence[Any], labels: list[str] | None, *, require_doc_id: bool
) -> Highlight:
    hits = _collect(tables, source, labels, require_doc_id=require_doc_id)
    shown = labels if labels is not None else hits["label"].tolist()
    legend = tuple(label_styles(shown))
    return Highlight(source.doc_id, source.name, source.text, source, hits, legend)


def highlight(
    article: Article | str | pd.DataFrame | pd.Series,
    *hit_tables: pd.DataFrame,
    labels: Sequence[str] | None = None,
    doc_id: str | None = None,
) -> Highlight:
    """Show where detectors fired in one article.

    Parameters
    ----------
    article : Article, str, corpus DataFrame or corpus row
        The article: an :class:`~mediakit.Article`, a text (its doc_id is
        ``"text"``, as for the detectors), a corpus frame with one row, or a
        corpus frame with ``doc_id=`` saying which row (a row of a corpus,
        ``corpus.iloc[0]``, works too).
    *hit_tables : DataFrame
        Span tables from any detectors, for this article or a whole corpus:
        only the rows with this article's ``doc_id`` are kept (a table without a
        ``doc_id`` column is taken to be about this article). Needed columns:
        ``start``, ``end``, ``label``; ``text``, ``detail``, ``reason``,
        ``speaker`` and ``entry`` are used when present. Hits repeated across
        tables (same span, label, detail and entry) are shown once.
    labels : list of str, optional
        Show only these labels. The legend then lists each of them, with 0 for
        a label without hits.
    doc_id : str, optional
        Which article of a corpus frame to show (or the id of a plain text, to
        pick its rows from the hit tables).

    Returns
    -------
    Highlight
        Displays itself in Jupyter; ``.to_html()`` and ``.to_table()``.

    Raises
    ------
    MediakitValueError
        When a hit lies outside the text, or its ``text`` differs from the
        article's characters at its offsets (hits computed on another text).

    Examples
    --------
    >>> import pandas as pd
    >>> from mediakit.display import highlight
    >>> text = "Troops reportedly crossed the border."
    >>> hits = pd.DataFrame({"start": [7], "end": [17], "label": ["hedge"], "detail": ["evidential"]})
    >>> h = highlight(text, hits)  # usually: highlight(article, mk.detect_hedges(article), ...)
    >>> h.to_table()[["start", "end", "text", "label"]].values.tolist()
    [[7, 17, 'reportedly', 'hedge']]
    """
    source = _resolve(article, doc_id, name="article")
    return _make(source, hit_tables, _label_list(labels), require_doc_id=False)


def side_by_side(
    a: Article | str | pd.DataFrame | pd.Series,
    b: Article | str | pd.DataFrame | pd.Series,
    *hit_tables: pd.DataFrame,
    labels: Sequence[str] | None = None,
    titles: Sequence[str | None] | None = None,
    doc_ids: Sequence[str | None] | None = None,
) -> SideBySide:
    """Two articles in two columns with one legend, e.g. two outlets' reports of the same event.

    Parameters
    ----------
    a, b : Article, str, corpus DataFrame or corpus row
        The two articles, as for :func:`highlight`. To take both from one corpus
        frame: ``side_by_side(corpus, corpus, hits, doc_ids=("a", "b"))``.
    *hit_tables : DataFrame
        Span tables (e.g. for the whole corpus); each article keeps its own rows,
        by ``doc_id`` (so the tables need a ``doc_id`` column).
    labels : list of str, optional
        Show only these labels.
    titles : (str, str), optional
        Headings for the two columns instead of the articles' titles. The display
        name (with any ``[constructed]`` marker) is always shown as well.
    doc_ids : (str, str), optional
        Which rows of corpus frames to show (or ids for plain texts).

    Returns
    -------
    SideBySide
        Displays itself in Jupyter; ``.to_html()`` and ``.to_table()`` (with a
        ``doc_id`` column).
    """
    ids = tuple(doc_ids) if doc_ids is not None else (None, None)
    heads = tuple(titles) if titles is not None else (None, None)
    if len(ids) != 2 or len(heads) != 2:
        raise MediakitValueError("titles and doc_ids take two values: one per article")
    left = _resolve(a, ids[0], name="a")
    right = _resolve(b, ids[1], name="b")
    if left.doc_id == right.doc_id and hit_tables:
        raise MediakitValueError(
            f"both articles have doc_id {left.doc_id!r}, so their hits cannot be told apart; pass Articles, "
            "a corpus with doc_ids=(..., ...), or texts with doc_ids=('a', 'b') matching the hit tables"
        )
    chosen = _label_list(labels)
    return SideBySide(
        _make(left, hit_tables, chosen, require_doc_id=True),
        _make(right, hit_tables, chosen, require_doc_id=True),
        (heads[0], heads[1]),
    )
