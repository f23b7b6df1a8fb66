"""The comparison report: one self-contained HTML page for a corpus.

The page holds the comparison table, the plots (embedded PNG images), every
article highlighted with its legend, the keyness and naming tables and the
note on constructed texts. It has no ``<script>`` and loads nothing from the
network when opened: styles are inline, images are ``data:`` URIs. Article text
and every table cell are escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import warnings
from typing import Any

import pandas as pd

from .compare import READABILITY_COLUMNS, analyze, keyness, naming, rate_table
from .corpus import as_corpus, display_names
from .detectors import detect_hedges, detect_loaded
from .display import highlight
from .sources import detect_sources

__all__ = ["SUMMARY_COLUMNS", "build_report", "summary_table"]

#: Columns of the comparison table shown in the report and printed by ``mediakit report``.
SUMMARY_COLUMNS: dict[str, str] = {
    "label": "article",
    "words": "words",
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "FK grade",
    "emotive_rate": "emotive /1000",
    "name_calling_rate": "name-calling /1000",
    "hedge_rate": "hedges /1000",
    "booster_rate": "boosters /1000",
    "quoted_share": "quoted share",
    "sources_named": "named sources",
    "sources_anonymous": "anonymous sources",
    "naming_share_kyiv": "Kyiv share",
}
_RATE_LABELS = ["emotive", "name_calling", "euphemism", "scare_quote", "naming", "hedge", "booster"]
_CONSTRUCTED_NOTE = (
    "Texts marked [constructed] were written for teaching, in the registers of different kinds of "
    "outlet, from a fact sheet of the events. Their differences were written in on purpose: they show "
    "how each measure reacts, and they are not evidence about any real outlet. Claims about real "
    "outlets need real coverage (see data/coverage/manifest.csv)."
)
_STYLE = (
    "font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; "
    "color: #1a1a1a; background: #ffffff; line-height: 1.5"
)


def summary_table(table: pd.DataFrame) -> pd.DataFrame:
    """The report's comparison table: a readable subset of :func:`mediakit.analyze`, rounded."""
    columns = [c for c in SUMMARY_COLUMNS if c in table.columns]
    out = table[columns].rename(columns=SUMMARY_COLUMNS).copy()
    for column in out.columns[1:]:
        if pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(2)
    return out


def _png(ax) -> str:
    figure = ax.figure
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    alt = html.escape(ax.get_title() or "plot")
    return f'<img alt="{alt}" src="data:image/png;base64,{data}" style="max-width:100%">'


def _table_html(frame: pd.DataFrame, *, caption: str) -> str:
    head = "".join(f"<th scope='col'>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for value in record:
            text = ("" if value != value else f"{value:.3g}") if isinstance(value, float) else str(value)
            cells.append(f"<td>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<table style='border-collapse: collapse; font-size: 0.9rem' border='1' cellpadding='4'>"
        f"<caption style='text-align:left; font-weight:600'>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def build_report(
    corpus: Any,
    *,
    keyness_target: list[str] | None = None,
    title: str | None = None,
    table: pd.DataFrame | None = None,
) -> str:
    """The self-contained HTML report for ``corpus`` (a str, Article or corpus frame).

    ``keyness_target`` lists the article ids compared with the rest in the
    keyness section (default: the first article). ``table`` is the
    :func:`mediakit.analyze` result when the caller has it already.
    """
    from . import __version__, plot

    frame, _ = as_corpus(corpus, name="corpus")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # short-text warnings: the report notes the caveats itself
        table = analyze(frame) if table is None else table
        loaded = detect_loaded(frame)
        hedges = detect_hedges(frame)
        sources = detect_sources(frame)
        scores = table[["doc_id", *READABILITY_COLUMNS]]
    target = keyness_target or [frame["doc_id"].iloc[0]]
    names = display_names(frame)
    parts: list[str] = []
    title = title or "mediakit comparison report"
    parts.append(f"<h1>{html.escape(title)}</h1>")
    parts.append(
        f"<p>{len(frame)} articles; generated {dt.date.today().isoformat()} with mediakit {__version__}. "
        "Rates are hits per 1,000 words with exact 95% Poisson intervals; they are framing indicators, not a "
        "bias score. Units and columns: docs/codebook.md.</p>"
    )
    if (frame.get("kind", pd.Series(dtype=str)) == "constructed").any():
        parts.append(
            "<p role='note' style='border-left: 4px solid #0072B2; padding-left: 0.75rem'>"
            f"<strong>Constructed texts.</strong> {html.escape(_CONSTRUCTED_NOTE)}</p>"
        )
    parts.append("<h2 id='comparison'>Comparison table</h2>")
    parts.append(
        _table_html(summary_table(table), caption="One row per article (full table: mediakit analyze)")
    )

    parts.append("<h2 id='plots'>Plots</h2>")
    hits = pd.concat([loaded, hedges], ignore_index=True)
    parts.append(_png(plot.rates(rate_table(hits, frame, labels=_RATE_LABELS), corpus=frame)))
    parts.append(_png(plot.readability_profile(scores, corpus=frame)))
    names_table = naming(frame, hits=loaded)
    if not names_table.empty:
        parts.append(_png(plot.naming(names_table, corpus=frame)))
    if len(frame) > 1:
        key = keyness(frame, target, min_count=3)
        parts.append(_png(plot.keyness(key, corpus=frame)))

    if not names_table.empty:
        parts.append("<h2 id='naming'>Naming choices</h2>")
        shown = names_table[names_table["count"] > 0][
            ["label", "pair", "variant", "count", "share", "used_by"]
        ]
        parts.append(_table_html(shown, caption="Variants used, with their share within each pair"))
    if len(frame) > 1:
        parts.append("<h2 id='keyness'>Keyness</h2>")
        targets = ", ".join(names[d] for d in target)
        top = key[["term", "n_target", "n_reference", "log_ratio", "g2", "p_adj", "significant"]]
        top = pd.concat([top.head(15), top.tail(10)]).drop_duplicates("term")
        parts.append(
            _table_html(top, caption=f"Terms over- (top) and under-used (bottom) in {targets} vs the rest")
        )

    parts.append("<h2 id='articles'>The articles</h2>")
    for doc_id in frame["doc_id"]:
        parts.append(f"<h3 id='article-{html.escape(str(doc_id))}'>{html.escape(names[doc_id])}</h3>")
        parts.append(highlight(frame, loaded, hedges, sources, doc_id=doc_id).to_html(theme="light"))

    body = "\n".join(parts)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title>"
        f"</head><body style='{_STYLE}'>\n{body}\n</body></html>\n"
    )
