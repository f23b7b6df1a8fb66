"""Highlighting hits: exact text, stacked overlaps, escaping, legend, accessibility and the shared palette.

The HTML is checked by parsing it (html.parser), never by substring alone: the visible text of the article
container must equal the article exactly, every hit must be countable by its ``data-hit`` number, and no
tag or attribute may run code or load anything.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mediakit as mk
from mediakit.display import CONTAINER_COLORS, TABLE_COLUMNS, highlight, label_colors, side_by_side
from mediakit.errors import MediakitTypeError, MediakitValueError
from mediakit.plot import LABEL_ORDER, OKABE_ITO, label_styles

# --------------------------------------------------------------------------- a parser for the output

VOID = {"br", "img", "meta", "hr", "input", "link", "source", "wbr", "area", "base", "col", "embed"}


class Parsed(HTMLParser):
    """Tags and attributes, the visible text of each article block, and the characters of each hit."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []  # one per div.mk-text
        self.hit_text: dict[str, str] = {}  # data-hit -> characters inside its marks
        self.hit_marks: list[dict[str, str | None]] = []  # attributes of every mark with data-hit
        self.styles: list[str] = []
        self._stack: list[tuple[str, bool, str | None]] = []  # (tag, opens a text block, data-hit)
        self._in_style = False
        self.feed(markup)
        self.close()

    @property
    def in_text(self) -> bool:
        return any(opens for _, opens, _ in self._stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        classes = (attributes.get("class") or "").split()
        if tag == "style":
            self._in_style = True
            self.styles.append("")
        if tag in VOID:
            return
        opens = tag == "div" and "mk-text" in classes
        if opens:
            self.texts.append("")
        hit = attributes.get("data-hit") if tag == "mark" else None
        if hit is not None:
            self.hit_marks.append(attributes)
            self.hit_text.setdefault(hit, "")
        self._stack.append((tag, opens, hit))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        if self._in_style:
            self.styles[-1] += data
            return
        if self.in_text:
            self.texts[-1] += data
            for _, _, hit in self._stack:
                if hit is not None:
                    self.hit_text[hit] += data


def assert_safe(markup: str) -> None:
    """No script, no event handler, no javascript: URL, nothing loaded from anywhere."""
    assert "<script" not in markup.lower()
    parsed = Parsed(markup)
    for tag, attributes in parsed.tags:
        assert tag not in {"script", "iframe", "object", "embed", "img", "svg", "link", "a", "form", "base"}
        for name, value in attributes.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in {"href", "src", "srcset", "srcdoc", "action", "formaction", "xlink:href"}
            text = re.sub(r"\s", "", (value or "").lower())
            assert "javascript:" not in text or name in {"title", "data-label", "data-entry"}
            if name == "style":
                assert "url(" not in text and "expression(" not in text and "@import" not in text
    for css in parsed.styles:
        assert "url(" not in css and "@import" not in css and "expression(" not in css


def hits_frame(rows, doc_id="doc"):
    frame = pd.DataFrame(rows)
    frame.insert(0, "doc_id", doc_id)
    return frame


TEXT = (
    "Officials reportedly met in Kiev.\n\n"
    "“The so-called referendum was a sham,” said Okafor.  Costs rose from $5 to $10.\r\n"
    "Sources say <b>talks</b> & more."
)


def span(text, needle, label, **extra):
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle, "label": label, **extra}


@pytest.fixture
def article():
    return mk.Article(
        id="doc", text=TEXT, title="Talks <in> Kiev", outlet="Example Wire", kind="constructed",
        extra={"register": "wire service"},
    )


@pytest.fixture
def hits():
    quote_start = TEXT.index("“")
    quote_end = TEXT.index("”") + 1
    return hits_frame(
        [
            span(TEXT, "reportedly", "hedge", detail="evidential", reason="distances the claim", entry="h-1"),
            span(TEXT, "Kiev", "naming", detail="kyiv_kiev", reason="naming pair", entry="nm-kiev"),
            {"start": quote_start, "end": quote_end, "text": TEXT[quote_start:quote_end], "label": "quote",
             "detail": "named", "reason": "direct quotation", "speaker": "Okafor", "entry": "q"},
            span(TEXT, "so-called", "scare_quote", detail="so-called", reason="distancing", entry="sq-1"),
            span(TEXT, "sham", "emotive", detail="evaluative", reason="loaded <word>", entry="e-1"),
            span(TEXT, "Sources say", "hedge", detail="vague_attribution", reason="who?", entry="h-2"),
            span(TEXT, "Sources", "attribution", detail="anonymous", reason="unnamed", speaker="Sources",
                 entry="a-1"),
        ]
    )


# --------------------------------------------------------------------------- the basic contract


def test_visible_text_is_the_article_exactly(article, hits):
    h = highlight(article, hits)
    parsed = Parsed(h.to_html())
    assert parsed.texts == [TEXT]
    assert h._repr_html_() == h.to_html()


def test_every_hit_is_countable_and_covers_its_characters(article, hits):
    h = highlight(article, hits)
    parsed = Parsed(h.to_html())
    table = h.to_table()
    assert len(table) == len(hits)
    firsts = [m for m in parsed.hit_marks if "mk-cont" not in (m.get("class") or "").split()]
    assert len(firsts) == len(hits)
    assert sorted(parsed.hit_text, key=int) == [str(i) for i in table.index]
    for number, row in table.iterrows():
        assert parsed.hit_text[str(number)] == TEXT[row.start : row.end] == row.text
    labels = [m["data-label"] for m in firsts]
    assert sorted(labels) == sorted(hits["label"])
    assert {m["data-entry"] for m in firsts} == set(hits["entry"])


def test_to_table_in_text_order_with_hit_numbers(article, hits):
    table = highlight(article, hits).to_table()
    assert tuple(table.columns) == TABLE_COLUMNS
    assert table.index.name == "hit"
    assert list(table.index) == list(range(len(hits)))
    assert table["start"].is_monotonic_increasing
    # At one offset the longer (enclosing) hit comes first: it opens first in the HTML.
    sources = table[table["start"] == TEXT.index("Sources")]
    assert sources["text"].tolist() == ["Sources say", "Sources"]
    quote = table[table["label"] == "quote"].iloc[0]
    assert quote.speaker == "Okafor" and quote.reason == "direct quotation"


def test_overlapping_hits_stack_and_are_split_into_pieces():
    text = "abcdefghijklmnopqrst"
    rows = [
        {"start": 0, "end": 10, "label": "emotive"},
        {"start": 5, "end": 15, "label": "hedge"},
        {"start": 5, "end": 15, "label": "booster"},
        {"start": 12, "end": 12, "label": "naming"},  # an empty span is still shown and counted
    ]
    h = highlight(text, pd.DataFrame(rows))
    parsed = Parsed(h.to_html())
    assert parsed.texts == [text]
    table = h.to_table()
    for number, row in table.iterrows():
        assert parsed.hit_text[str(number)] == text[row.start : row.end]
    pieces = {n: sum(1 for m in parsed.hit_marks if m["data-hit"] == n) for n in parsed.hit_text}
    assert pieces[str(table.index[table["label"] == "emotive"][0])] == 1
    assert sorted(pieces.values()) == [1, 1, 2, 2]  # the hits crossing the emotive span's end continue
    conts = [m for m in parsed.hit_marks if "mk-cont" in m["class"].split()]
    assert len(conts) == 2
    # overlapping hits sit at different depths: their underlines have different offsets
    paddings = {
        m["data-label"]: re.search(r"padding:0 0 (\d+)px", m["style"]).group(1) for m in parsed.hit_marks
    }
    assert len({paddings["emotive"], paddings["hedge"], paddings["booster"]}) == 3


def test_whitespace_paragraphs_and_maths_are_kept(article, hits):
    markup = highlight(article, hits).to_html()
    parsed = Parsed(markup)
    container = parsed.tags[0]
    assert container[0] == "div"
    assert {"mediakit-highlight", "tex2jax_ignore", "mathjax_ignore"} <= set(container[1]["class"].split())
    block = next(a for t, a in parsed.tags if t == "div" and "mk-text" in (a.get("class") or ""))
    assert "white-space:pre-wrap" in block["style"]
    assert "\n\n" in parsed.texts[0] and "  Costs" in parsed.texts[0] and "\r\n" in parsed.texts[0]
    assert "$5 to $10" in parsed.texts[0]
    assert "<pre" not in markup  # <pre> would drop a leading newline


def test_tooltips_and_data_attributes_are_escaped(article, hits):
    markup = highlight(article, hits).to_html()
    assert "loaded <word>" not in markup and "loaded &lt;word&gt;" in markup
    assert "<b>" not in markup and "&lt;b&gt;talks&lt;/b&gt;" in markup
    parsed = Parsed(markup)
    sham = next(m for m in parsed.hit_marks if m["data-label"] == "emotive")
    assert sham["title"].startswith("emotive: evaluative\nloaded <word>")
    assert "entry: e-1" in sham["title"]
    assert "inside: quote (named)" in sham["title"]  # the enclosing hit is named in the tooltip
    quote = next(m for m in parsed.hit_marks if m["data-label"] == "quote")
    assert "speaker: Okafor" in quote["title"]
    assert_safe(markup)


def test_caption_names_the_article_with_the_constructed_marker(article, hits):
    parsed = Parsed(highlight(article, hits).to_html())
    markup = highlight(article, hits).to_html()
    assert "doc [constructed: wire service]" in markup
    assert "Talks &lt;in&gt; Kiev" in markup  # the title, escaped
    assert "Example Wire" in markup
    assert parsed.texts == [TEXT]  # the caption is outside the article block


def test_plain_text_corpus_row_and_series_inputs(article, hits):
    corpus = pd.DataFrame([article.to_dict(), {**article.to_dict(), "doc_id": "other", "kind": "published"}])
    by_id = highlight(corpus, hits, doc_id="doc").to_table()
    by_row = highlight(corpus.iloc[0], hits).to_table()
    one_row = highlight(corpus.iloc[[0]], hits).to_table()
    pd.testing.assert_frame_equal(by_id, by_row)
    pd.testing.assert_frame_equal(by_id, one_row)
    assert "[constructed" in highlight(corpus.iloc[0], hits).to_html()
    # a plain text has doc_id "text" (as for the detectors); doc_id= picks rows of a corpus table
    assert len(highlight(TEXT, hits).to_table()) == 0
    assert len(highlight(TEXT, hits, doc_id="doc").to_table()) == len(hits)
    assert len(highlight(TEXT, hits.drop(columns="doc_id")).to_table()) == len(hits)
    with pytest.raises(MediakitValueError, match="doc_id="):
        highlight(corpus, hits)
    with pytest.raises(MediakitValueError, match="no article with doc_id 'nope'"):
        highlight(corpus, hits, doc_id="nope")
    with pytest.raises(MediakitTypeError):
        highlight(42, hits)
    with pytest.raises(MediakitTypeError, match="hit table 1"):
        highlight(TEXT, [1, 2])


def test_rows_of_other_articles_are_ignored(article, hits):
    other = hits.assign(doc_id="other", start=0, end=3, text="Off")
    h = highlight(article, pd.concat([hits, other]))
    assert len(h.to_table()) == len(hits)


def test_labels_restrict_the_hits_and_the_legend(article, hits):
    h = highlight(article, hits, labels=["hedge", "booster"])
    table = h.to_table()
    assert set(table["label"]) == {"hedge"}
    legend = _legend_counts(h.to_html())
    assert legend == {"hedge": "2", "booster": "0"}
    assert highlight(article, hits, labels="hedge").to_table().equals(table)


def _legend_counts(markup: str) -> dict[str, str]:
    class Legend(HTMLParser):
        def __init__(self):
            super().__init__()
            self.items: dict[str, str] = {}
            self._what: str | None = None
            self._label = ""

        def handle_starttag(self, tag, attrs):
            classes = (dict(attrs).get("class") or "").split()
            self._what = "swatch" if "mk-swatch" in classes else "count" if "mk-count" in classes else None

        def handle_data(self, data):
            if self._what == "swatch":
                self._label = data
            elif self._what == "count":
                self.items[self._label] = data
            self._what = None

    parser = Legend()
    parser.feed(markup)
    return parser.items


def test_legend_counts_every_label_in_palette_order(article, hits):
    markup = highlight(article, hits).to_html()
    legend = _legend_counts(markup)
    assert legend == {
        "emotive": "1", "scare_quote": "1", "naming": "1", "hedge": "2", "quote": "1", "attribution": "1"
    }
    assert list(legend) == [label for label in LABEL_ORDER if label in legend]
    assert "7 hits" in markup
    assert "No hits to show." in highlight(article).to_html()


def test_duplicate_hits_are_shown_once(article, hits):
    h = highlight(article, hits, hits)
    assert len(h.to_table()) == len(hits)


def test_bad_spans_are_reported():
    with pytest.raises(MediakitValueError, match="outside article 'text'"):
        highlight("short", pd.DataFrame([{"start": 2, "end": 9, "label": "hedge"}]))
    with pytest.raises(MediakitValueError, match="another version"):
        highlight("short", pd.DataFrame([{"start": 0, "end": 2, "label": "hedge", "text": "xx"}]))
    with pytest.raises(MediakitValueError, match="whole numbers"):
        highlight("short", pd.DataFrame([{"start": 0.5, "end": 2, "label": "hedge"}]))
    with pytest.raises(MediakitValueError, match="missing column"):
        highlight("short", pd.DataFrame([{"start": 0, "end": 2}]))


def test_repr_is_short(article, hits):
    assert repr(highlight(article, hits)).startswith("Highlight(doc_id='doc', hits=7, emotive=1")


def test_standalone_page_and_fixed_themes(article, hits):
    h = highlight(article, hits)
    page = h.to_html(standalone=True)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    for theme in ("light", "dark"):
        markup = h.to_html(theme=theme)
        assert "<style" not in markup  # a fixed theme needs inline styles only
        assert f"mk-{theme}" in Parsed(markup).tags[0][1]["class"].split()
        assert Parsed(markup).texts == [TEXT]
    with pytest.raises(MediakitValueError, match="theme"):
        h.to_html(theme="sepia")


# --------------------------------------------------------------------------- side by side


def test_side_by_side_two_columns_one_legend(article, hits):
    other_text = "Sources say Kyiv reportedly agreed."
    other = mk.Article(id="pub", text=other_text, kind="published", title="Another report")
    other_hits = hits_frame(
        [span(other_text, "Sources say", "hedge"), span(other_text, "reportedly", "hedge")], doc_id="pub"
    )
    both = side_by_side(article, other, hits, other_hits, titles=("Left <one>", None))
    markup = both.to_html()
    parsed = Parsed(markup)
    assert parsed.texts == [TEXT, other_text]
    assert markup.count('class="mk-legend"') == 1
    assert _legend_counts(markup)["hedge"] == "2 | 2"
    assert _legend_counts(markup)["quote"] == "1 | 0"
    assert "Left &lt;one&gt;" in markup and "Another report" in markup
    assert "doc [constructed: wire service]" in markup  # a given title never hides the marker
    table = both.to_table()
    assert list(table.columns) == ["doc_id", *TABLE_COLUMNS]
    assert list(table.index) == list(range(len(hits) + 2))
    for number, row in table.iterrows():
        source = TEXT if row.doc_id == "doc" else other_text
        assert parsed.hit_text[str(number)] == source[row.start : row.end]
    assert_safe(markup)
    assert both._repr_html_() == markup


def test_side_by_side_from_one_corpus_and_ambiguous_ids(article, hits):
    corpus = pd.DataFrame([article.to_dict(), {**article.to_dict(), "doc_id": "b", "kind": "published"}])
    b_hits = hits.assign(doc_id="b")
    both = side_by_side(corpus, corpus, pd.concat([hits, b_hits]), doc_ids=("doc", "b"))
    table = both.to_table()
    assert table["doc_id"].value_counts().to_dict() == {"doc": len(hits), "b": len(hits)}
    with pytest.raises(MediakitValueError, match="cannot be told apart"):
        side_by_side("one text", "another", hits)
    with pytest.raises(MediakitValueError, match="doc_id column"):
        side_by_side(article, corpus.iloc[1], hits.drop(columns="doc_id"))
    with pytest.raises(MediakitValueError, match="two values"):
        side_by_side(article, corpus.iloc[1], hits, titles=("a",))


# --------------------------------------------------------------------------- palette and accessibility


def wcag_luminance(hex_color: str) -> float:
    """WCAG 2.2 relative luminance, written out here independently of mediakit."""
    r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def wcag_contrast(a: str, b: str) -> float:
    la, lb = sorted((wcag_luminance(a), wcag_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_wcag_helper_matches_known_values():
    assert wcag_contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert wcag_contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


ALL_LABELS = [*LABEL_ORDER, "custom_a", "custom_b", "z<script>"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_label_meets_wcag_aa_in_both_themes(theme):
    colors = label_colors(ALL_LABELS)
    page = CONTAINER_COLORS[theme][1]
    for label in ALL_LABELS:
        c = colors[label]
        text, background, line = (
            (c.light_text, c.light_background, c.light_line)
            if theme == "light"
            else (c.dark_text, c.dark_background, c.dark_line)
        )
        assert wcag_contrast(text, background) >= 4.5, (label, theme, text, background)
        assert wcag_contrast(line, page) >= 3.0, (label, theme, line, page)  # the underline (graphics)
    text, page = CONTAINER_COLORS[theme]
    assert wcag_contrast(text, page) >= 4.5


def test_the_html_uses_those_colours(article, hits):
    h = highlight(article, hits)
    colors = label_colors(h.to_table()["label"])
    auto = Parsed(h.to_html())
    dark = Parsed(h.to_html(theme="dark"))
    css = "".join(auto.styles)
    for label, c in colors.items():
        mark = next(m for m in auto.hit_marks if m["data-label"] == label)
        assert f"background-color:{c.light_background};color:{c.light_text}" in mark["style"]
        assert f"background-color:{c.dark_background}!important;color:{c.dark_text}!important" in css
        dark_mark = next(m for m in dark.hit_marks if m["data-label"] == label)
        assert f"background-color:{c.dark_background};color:{c.dark_text}" in dark_mark["style"]
    assert 'body[data-jp-theme-light="false"] .mediakit-highlight' in css
    assert "@media (prefers-color-scheme: dark)" in css
    assert "body.vscode-dark" in css


def test_each_label_has_a_line_style_shown_in_marks_and_legend(article, hits):
    markup = highlight(article, hits).to_html()
    parsed = Parsed(markup)
    styles = label_styles(LABEL_ORDER)
    for m in parsed.hit_marks:
        assert f"border-bottom:3px {styles[m['data-label']].line} " in m["style"]
    swatches = [a for t, a in parsed.tags if t == "mark" and "mk-swatch" in a["class"]]
    assert len(swatches) == 6
    assert all("data-hit" not in a and "data-label" not in a for a in swatches)  # only hits are counted
    assert all(re.search(r"border-bottom:3px (solid|dashed|dotted|double) ", a["style"]) for a in swatches)


def test_palette_is_okabe_ito_in_a_fixed_label_order():
    import matplotlib
    from matplotlib.colors import to_hex

    assert sorted(OKABE_ITO) == sorted(to_hex(c).upper() for c in matplotlib.color_sequences["okabe_ito"])
    styles = label_styles(reversed(ALL_LABELS))
    assert list(styles) == ALL_LABELS[:9] + sorted(ALL_LABELS[9:])
    assert styles["emotive"].color == "#E69F00" and styles["quote"].color == "#000000"
    assert styles["attribution"].color == "#E69F00"  # colours cycle after eight labels ...
    assert styles["attribution"].line != styles["emotive"].line  # ... but the line style differs
    pairs = [(s.color, s.line) for s in styles.values()]
    assert len(set(pairs)) == len(pairs)
    # a label keeps its style whatever else is shown
    assert label_styles(["hedge"])["hedge"] == styles["hedge"]


# --------------------------------------------------------------------------- property: exact text, no code

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"',
    "'",
    "&",
    "&amp;",
    "&#x3C;",
    "</mark>",
    "</div>",
    "<style>",
    "javascript:alert(1)",
    "\r\n",
    "\n\n",
    "\u202e",
    "$5 ... $10",
    "<!--",
    "-->",
    "]]>",
    'onmouseover="x"',
    " ",
    "\t",
    "é",
    "🙂",
]
pieces = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6))
texts = st.lists(pieces, max_size=10).map("".join)
fields = st.one_of(st.just(""), st.sampled_from(HOSTILE), st.text(max_size=8))
label_values = st.one_of(
    st.sampled_from(LABEL_ORDER), st.sampled_from(HOSTILE), st.text(min_size=1, max_size=8)
)


@st.composite
def article_with_hits(draw):
    text = draw(texts)
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        start, end = sorted((draw(st.integers(0, len(text))), draw(st.integers(0, len(text)))))
        rows.append(
            {
                "doc_id": "doc",
                "start": start,
                "end": end,
                "text": text[start:end],
                "label": draw(label_values),
                "detail": draw(fields),
                "reason": draw(fields),
                "speaker": draw(fields),
                "entry": draw(fields),
            }
        )
    columns = ["doc_id", "start", "end", "text", "label", "detail", "reason", "speaker", "entry"]
    return text, pd.DataFrame(rows, columns=columns)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_with_hits(), st.sampled_from(["auto", "light", "dark"]))
def test_property_text_is_exact_and_output_is_inert(case, theme):
    text, hits = case
    h = highlight(text, hits, doc_id="doc")
    markup = h.to_html(theme=theme)
    parsed = Parsed(markup)
    assert parsed.texts == [text]
    assert_safe(markup)
    table = h.to_table()
    unique = hits.drop_duplicates(["start", "end", "label", "detail", "entry"])
    assert len(table) == len(unique)
    firsts = [m for m in parsed.hit_marks if "mk-cont" not in m["class"].split()]
    assert len(firsts) == len(table)
    for number, row in table.iterrows():
        assert parsed.hit_text[str(number)] == text[row.start : row.end]
    by_number = {m["data-hit"]: m for m in firsts}
    for number, row in table.iterrows():
        mark = by_number[str(number)]
        assert mark["data-label"] == row.label  # escaped in the markup, exact once parsed
        assert mark["title"].startswith(row.label)


@settings(max_examples=40, deadline=None)
@given(article_with_hits(), article_with_hits())
def test_property_side_by_side(left, right):
    (a, a_hits), (b, b_hits) = left, right
    both = side_by_side(a, b, a_hits, b_hits.assign(doc_id="other"), doc_ids=("doc", "other"))
    markup = both.to_html()
    assert Parsed(markup).texts == [a, b]
    assert_safe(markup)
