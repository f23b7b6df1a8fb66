"""Comparing coverage: one row per article, keyness, naming choices and keyword in context.

These are *framing indicators*, not frames: counts and rates of wording choices
that a reader then interprets (Entman 1993). The units every number rests on
(tokens, the author's voice vs quoted speech, headline/lead/body) are defined
once in ``docs/codebook.md``, which also describes every column of
:func:`analyze`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .corpus import ARTICLE_FIELDS, as_corpus, display_names
from .detectors import detect_hedges, detect_loaded, in_speech, voice_counts
from .errors import MediakitTypeError, MediakitValueError
from .export import text_sha256
from .lexicon import Lexicon
from .readability import MEASURES, readability
from .sources import detect_sources
from .spans import LABELS, frame_from_rows
from .stats import bh_adjust, g2, log_ratio, poisson_interval
from .text import Doc, parse

__all__ = [
    "LABELS",
    "READABILITY_COLUMNS",
    "analyze",
    "keyness",
    "kwic",
    "naming",
    "rate_table",
    "terms",
]

#: Articles analysed together; fewer than the parse cache holds, so each text is tokenized once.
CHUNK = 256
#: Readability scores included in :func:`analyze` (textstat-identical; see docs/readability.md):
#: the measures news research uses most, without Linsear Write and Spache.
READABILITY_COLUMNS: tuple[str, ...] = MEASURES[:7]
VERB_TYPES = (
    "neutral",
    "distancing",
    "factive",
    "speculative",
    "argumentative",
    "denial",
    "emotive",
    "manner",
    "labelling",
)
SOURCE_KINDS = ("named", "anonymous", "media")


# --------------------------------------------------------------------------- one row per article


def _hits(corpus: pd.DataFrame) -> pd.DataFrame:
    tables = [detect_loaded(corpus), detect_hedges(corpus), detect_sources(corpus)]
    keep = ["doc_id", "start", "end", "text", "label", "detail", "sentence", "section", "in_quote", "speaker"]
    extra = ["verb_type", "named", "counterparts", "entry"]
    frames = [t[[c for c in [*keep, *extra] if c in t.columns]] for t in tables]
    return pd.concat(frames, ignore_index=True)


def rate_table(
    hits: pd.DataFrame, corpus: Any, *, labels: Sequence[str] | None = None, level: float = 0.95
) -> pd.DataFrame:
    """Rates per 1,000 words with exact Poisson intervals, per article and label (long format).

    Columns: ``doc_id, label, hits, words, rate, rate_low, rate_high`` plus the
    same split by voice (``hits_author``, ``rate_author``, ``rate_author_low``, ...
    ``rate_quoted_high``),
    as :func:`mediakit.summarize` (which also gives ``label_display``/``kind`` for plotting).
    The interval is Garwood's exact interval for the count (Garwood 1936),
    divided by the words: with few words it is wide, which is the point.
    """
    from .detectors import summarize

    frame, _ = as_corpus(corpus, name="corpus")
    table = summarize(hits, frame, labels=list(labels) if labels is not None else None)
    for suffix in ("", "_author", "_quoted"):
        counts = table[f"hits{suffix}"].tolist()
        # One interval per distinct count (a few dozen), not one call per article and label.
        intervals = {n: poisson_interval(int(n), level=level) for n in set(counts)}
        lows, highs = [], []
        for n, words in zip(counts, table[f"words{suffix}"].tolist()):
            if words:
                low, high = intervals[n]
                lows.append(low / words * 1000)
                highs.append(high / words * 1000)
            else:
                lows.append(math.nan)
                highs.append(math.nan)
        table[f"rate{suffix}_low"] = lows
        table[f"rate{suffix}_high"] = highs
    table.attrs["mediakit"] = {"interval": f"exact Poisson (Garwood 1936), level {level}"}
    return table


def analyze(corpus: Any, *, level: float = 0.95) -> pd.DataFrame:
    """The comparison table: one row per article with metadata, readability and every indicator.

    Parameters
    ----------
    corpus : str, Article, corpus DataFrame or Dask DataFrame
        A Dask DataFrame (columns ``doc_id``, ``text``, optional metadata) gives a
        lazy Dask DataFrame with the fixed columns of ``mediakit.scale.SCHEMA``;
        see :func:`mediakit.scale.analyze_dask` and ``docs/scaling.md``.
    level : float
        Confidence level of the rate intervals.

    Returns
    -------
    DataFrame
        One row per article (``doc_id`` column). Column groups, each described in
        ``docs/codebook.md``: metadata and ``label`` (the display name, which
        marks constructed texts); ``words``, ``sentences``, ``words_author``,
        ``words_quoted``, ``quoted_share``; readability scores; per detector
        label ``<label>_n``, ``<label>_rate`` (per 1,000 words) with
        ``<label>_rate_low``/``_high``, ``<label>_rate_author``,
        ``<label>_rate_quoted`` and ``<label>_sentence_share`` (share of sentences
        with at least one hit); sources ``sources_named``,
        ``sources_anonymous``, ``sources_media``, ``speakers``, reporting verbs
        ``verbs_<type>``; naming ``naming_share_<variant>`` (share of a variant
        within its pair in that article). Provenance in ``.attrs["mediakit"]``.
    """
    if type(corpus).__module__.startswith("dask."):  # Dask: lazy, partition by partition
        from .scale import analyze_dask

        return analyze_dask(corpus, level=level)
    frame, _ = as_corpus(corpus, name="corpus")
    if len(frame) > CHUNK:  # keep every chunk's parsed texts in the shared cache while it is analysed
        parts = [analyze(frame.iloc[i : i + CHUNK], level=level) for i in range(0, len(frame), CHUNK)]
        out = pd.concat(parts, ignore_index=True)
        provenance = dict(parts[0].attrs["mediakit"])
        provenance["text_sha256"] = {
            k: v for p in parts for k, v in p.attrs["mediakit"]["text_sha256"].items()
        }
        out.attrs["mediakit"] = provenance
        return out
    hits = _hits(frame)
    docs = {doc_id: parse(text) for doc_id, text in zip(frame["doc_id"].tolist(), frame["text"].tolist())}
    meta_columns = [c for c in ("doc_id", *ARTICLE_FIELDS, "register") if c in frame.columns]
    out = frame[meta_columns].copy().reset_index(drop=True)
    out.insert(1, "label", display_names(frame).tolist())

    counts = {doc_id: voice_counts(doc) for doc_id, doc in docs.items()}
    ids = out["doc_id"].tolist()
    out["words"] = [counts[d][0] for d in ids]
    out["sentences"] = [len(docs[d].sentences) for d in ids]
    out["words_author"] = [counts[d][1] for d in ids]
    out["words_quoted"] = [counts[d][2] for d in ids]
    out["quoted_share"] = out["words_quoted"] / out["words"].replace(0, np.nan)

    scores = readability(frame, measures=list(READABILITY_COLUMNS))
    out = out.merge(scores, on="doc_id", how="left")

    rates = rate_table(hits, frame, labels=LABELS, level=level)
    columns: dict[str, dict[str, float]] = {}
    suffixes = ("_n", "_rate", "_rate_low", "_rate_high", "_rate_author", "_rate_quoted")
    measures = ("hits", "rate", "rate_low", "rate_high", "rate_author", "rate_quoted")
    # Whole columns as lists (the same Python values as row tuples, without a row object each).
    for doc_id, label, *numbers in zip(*(rates[c].tolist() for c in ("doc_id", "label", *measures))):
        values = columns.setdefault(doc_id, {})
        for suffix, number in zip(suffixes, numbers):
            values[label + suffix] = number
    # One pass over the hits for the per-article aggregates.
    hit_sentences: dict[tuple[str, str], set[int]] = {}
    source_kinds: Counter = Counter()
    verb_types: Counter = Counter()
    speakers: dict[str, set[str]] = {}
    verb_column = hits["verb_type"] if "verb_type" in hits.columns else pd.Series("", index=hits.index)
    for doc_id, label, sentence, detail, speaker, verb in zip(
        hits["doc_id"].tolist(),
        hits["label"].tolist(),
        hits["sentence"].tolist(),
        hits["detail"].tolist(),
        hits["speaker"].tolist(),
        verb_column.fillna("").tolist(),
    ):
        hit_sentences.setdefault((doc_id, label), set()).add(sentence)
        if label in ("quote", "attribution"):
            source_kinds[(doc_id, detail)] += 1
            verb_types[(doc_id, verb)] += 1
            if speaker:
                speakers.setdefault(doc_id, set()).add(speaker)
    for doc_id, doc in docs.items():
        values = columns.setdefault(doc_id, {})
        n_sentences = max(len(doc.sentences), 1)
        for label in LABELS:
            values[f"{label}_sentence_share"] = len(hit_sentences.get((doc_id, label), ())) / n_sentences
        for kind in SOURCE_KINDS:
            values[f"sources_{kind}"] = source_kinds[(doc_id, kind)]
        values["speakers"] = len(speakers.get(doc_id, ()))
        for verb_type in VERB_TYPES:
            values[f"verbs_{verb_type}"] = verb_types[(doc_id, verb_type)]
    wide = pd.DataFrame.from_dict(columns, orient="index")
    wide.index.name = "doc_id"
    out = out.merge(wide.reset_index(), on="doc_id", how="left")

    shares = naming(frame, hits=hits)
    if not shares.empty:
        pivot = shares.pivot_table(index="doc_id", columns="variant_id", values="share", aggfunc="first")
        pivot.columns = [f"naming_share_{c}" for c in pivot.columns]
        out = out.merge(pivot.reset_index(), on="doc_id", how="left")

    from . import __version__

    out.attrs["mediakit"] = {
        "function": "analyze",
        "mediakit": __version__,
        "lexicons": {name: Lexicon.load(name).provenance() for name in ("loaded", "hedges")},
        "readability": scores.attrs.get("mediakit", {}),
        "rate_interval": f"exact Poisson (Garwood 1936), level {level}",
        "units": "docs/codebook.md",
        "text_sha256": {
            str(d): text_sha256(t) for d, t in zip(frame["doc_id"].tolist(), frame["text"].tolist())
        },
    }
    return out


# --------------------------------------------------------------------------- naming


def variant_id(entry_id: str) -> str:
    """The column-safe id of a naming variant: lexicon entry ``nm-occupied-short`` -> ``occupied_short``."""
    return entry_id.removeprefix("nm-").replace("-", "_")


def _variant_name(pattern: str) -> str:
    words = [token.split("|")[0] for token in pattern.split()]
    return " ".join(words)


def naming(corpus: Any, *, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Naming-pair choices per article: for every pair used, each variant's count and share.

    One row per article, pair (``kyiv_kiev``, ``luhansk_lugansk``,
    ``donbas_donbass``, ``zaporizhzhia_zaporozhye``, ``territories``,
    ``crimea_status``) and variant, for the pairs the article uses at all.
    ``share`` is the variant's share of that pair's mentions in the article
    (Kiev 5 and Kyiv 0 gives 1.0 and 0.0). ``used_by`` says who uses the
    variant (see ``mediakit/lexicons/loaded.csv``). The counts are descriptive:
    they record a choice, not a bias.
    """
    frame, _ = as_corpus(corpus, name="corpus")
    lexicon = Lexicon.load("loaded")
    entries = lexicon.entries[lexicon.entries["label"] == "naming"]
    if hits is None:
        hits = detect_loaded(frame)
    found = hits[hits["label"] == "naming"]
    counts = Counter(zip(found["doc_id"].tolist(), found["entry"].tolist()))
    names = display_names(frame)
    # pair -> [(entry id, variant, variant id, used_by)]
    pairs: dict[str, list[tuple[str, str, str, str]]] = {}
    for entry in entries.itertuples(index=False):
        name = _variant_name(entry.pattern)
        if entry.detail in {"kyiv_kiev", "luhansk_lugansk", "donbas_donbass", "zaporizhzhia_zaporozhye"}:
            name = name.capitalize()
        pairs.setdefault(entry.detail, []).append((entry.id, name, variant_id(entry.id), entry.used_by))
    ids = frame["doc_id"].tolist()
    # Display names in corpus order (one Series lookup per row is slow); a repeated id looks up
    # every match, as a Series does.
    labels = names.tolist() if names.index.is_unique else [names[d] for d in ids]
    used = {doc_id for doc_id, _ in counts}  # articles without any naming hit have no rows
    rows = []
    for doc_id, label in zip(ids, labels):
        if doc_id not in used:
            continue
        for pair, variants in pairs.items():
            per_variant = [counts.get((doc_id, entry_id), 0) for entry_id, _, _, _ in variants]
            total = sum(per_variant)
            if total == 0:
                continue
            for (_, name, vid, used_by), n in zip(variants, per_variant):
                rows.append((doc_id, label, pair, name, vid, n, n / total, used_by))
    columns = ["doc_id", "label", "pair", "variant", "variant_id", "count", "share", "used_by"]
    return frame_from_rows(rows, columns)


# --------------------------------------------------------------------------- terms and keyness

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def terms(doc: Doc, *, ngrams: tuple[int, int] = (1, 2)) -> Counter:
    """Lower-cased word n-grams of a Doc (no numbers or punctuation; n-grams stay inside a sentence)."""
    words: list[list[str]] = [[] for _ in doc.sentences] or [[]]
    for text, is_word, sentence in zip(doc.token_texts, doc.token_is_word, doc.token_sentence):
        if is_word and not text[0].isdigit():
            words[min(sentence, len(words) - 1)].append(text.translate(_APOSTROPHES).lower())
    counts: Counter = Counter()
    low, high = ngrams
    for sentence in words:
        for n in range(low, high + 1):
            counts.update(" ".join(sentence[i : i + n]) for i in range(len(sentence) - n + 1))
    return counts


def _selection(corpus: pd.DataFrame, which: Any, name: str) -> pd.Series:
    if isinstance(which, pd.Series) and which.dtype == bool:
        if len(which) != len(corpus):
            raise MediakitValueError(
                f"{name}: the boolean mask has {len(which)} values for {len(corpus)} articles"
            )
        return pd.Series(which.to_numpy(), index=corpus.index)
    if isinstance(which, np.ndarray) and which.dtype == bool:
        return _selection(corpus, pd.Series(which), name)
    if isinstance(which, str):
        which = [which]
    if isinstance(which, Iterable):
        ids = list(which)
        if ids and all(isinstance(x, (bool, np.bool_)) for x in ids):
            return _selection(corpus, pd.Series(ids, dtype=bool), name)
        unknown = sorted(set(ids) - set(corpus["doc_id"]))
        if unknown:
            raise MediakitValueError(
                f"{name}: unknown article ids {unknown[:5]}; the corpus has {list(corpus['doc_id'])[:8]}"
            )
        return corpus["doc_id"].isin(ids)
    raise MediakitTypeError(
        f"{name} must be a list of article ids or a boolean mask, got {type(which).__name__}"
    )


def keyness(
    corpus: Any,
    target: Any,
    reference: Any = None,
    *,
    min_count: int = 5,
    ngrams: tuple[int, int] = (1, 2),
    alpha: float = 0.05,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Words and phrases over- and under-used in ``target`` compared with ``reference``.

    Parameters
    ----------
    corpus : corpus DataFrame
    target, reference : list of doc ids or boolean mask
        ``reference`` defaults to every article not in ``target``.
    min_count : int
        Terms seen fewer times in target and reference together are dropped
        before testing, so a small corpus does not produce chance "key" words.
    ngrams : (int, int)
        Word n-gram lengths (default words and two-word phrases).
    alpha : float
        False discovery rate for the ``significant`` column.
    prior_scale : float
        Strength of the informative Dirichlet prior for the log-odds ratio
        (prior counts = corpus counts times ``prior_scale``).

    Returns
    -------
    DataFrame
        One row per term, effect size first: ``term``, ``n_target``,
        ``n_reference``, ``per_1000_target``, ``per_1000_reference``,
        ``log_ratio`` (Hardie 2014; log2 of the ratio of relative frequencies,
        zero counts taken as 0.5; positive = over-used in the target),
        ``log_odds`` and ``log_odds_z`` (weighted log-odds ratio with an informative
        Dirichlet prior, Monroe, Colaresi & Quinn 2008), ``g2`` and ``p``
        (log-likelihood, Dunning 1993; Rayson & Garside 2000), ``p_adj``
        (Benjamini-Hochberg 1995), ``significant`` (``p_adj < alpha``) and
        ``direction`` (``over``/``under``). Sorted by ``log_ratio``, over-used first.
        With a few thousand words, expect few or no significant terms: that is an
        honest answer, not a bug.
    """
    frame, _ = as_corpus(corpus, name="corpus")
    in_target = _selection(frame, target, "target")
    in_reference = ~in_target if reference is None else _selection(frame, reference, "reference")
    if not in_target.any() or not in_reference.any():
        raise MediakitValueError("keyness needs at least one article in the target and one in the reference")
    if (in_target & in_reference).any():
        raise MediakitValueError(
            "target and reference overlap: " + ", ".join(frame.loc[in_target & in_reference, "doc_id"])
        )
    target_counts: Counter = Counter()
    reference_counts: Counter = Counter()
    target_words = reference_words = 0
    for text, t, r in zip(frame["text"].tolist(), in_target.tolist(), in_reference.tolist()):
        if not (t or r):
            continue
        doc = parse(text)
        counts = terms(doc, ngrams=ngrams)
        words = sum(1 for w, tx in zip(doc.token_is_word, doc.token_texts) if w and not tx[0].isdigit())
        if t:
            target_counts.update(counts)
            target_words += words
        else:
            reference_counts.update(counts)
            reference_words += words
    c, d = target_words, reference_words
    rows = []
    for term in set(target_counts) | set(reference_counts):
        a, b = target_counts.get(term, 0), reference_counts.get(term, 0)
        if a + b < min_count:
            continue
        value, p = g2(a, b, c, d)
        prior = (a + b) * prior_scale
        prior_total = (c + d) * prior_scale
        delta = math.log((a + prior) / (c + prior_total - a - prior)) - math.log(
            (b + prior) / (d + prior_total - b - prior)
        )
        z = delta / math.sqrt(1 / (a + prior) + 1 / (b + prior))
        rows.append(
            {
                "term": term,
                "n_target": a,
                "n_reference": b,
                "per_1000_target": a / c * 1000,
                "per_1000_reference": b / d * 1000,
                "log_ratio": log_ratio(a, b, c, d),
                "log_odds": delta,
                "log_odds_z": z,
                "g2": value,
                "p": p,
            }
        )
    columns = [
        "term",
        "n_target",
        "n_reference",
        "per_1000_target",
        "per_1000_reference",
        "log_ratio",
        "log_odds",
        "log_odds_z",
        "g2",
        "p",
    ]
    table = pd.DataFrame(rows, columns=columns)
    table["p_adj"] = bh_adjust(table["p"].tolist()) if len(table) else []
    table["significant"] = table["p_adj"] < alpha
    table["direction"] = np.where(table["log_ratio"] >= 0, "over", "under")
    table = table.sort_values(["log_ratio", "g2", "term"], ascending=[False, False, True]).reset_index(
        drop=True
    )
    table.attrs["mediakit"] = {
        "function": "keyness",
        "target": frame.loc[in_target, "doc_id"].tolist(),
        "reference": frame.loc[in_reference, "doc_id"].tolist(),
        "target_words": c,
        "reference_words": d,
        "min_count": min_count,
        "ngrams": ngrams,
        "alpha": alpha,
        "tests": len(table),
    }
    return table


# --------------------------------------------------------------------------- keyword in context


def kwic(
    corpus: Any, pattern: str, *, window: int = 6, regex: bool = False, case: bool = False
) -> pd.DataFrame:
    """Keyword in context: one row per match, with ``window`` words either side.

    ``pattern`` is a word or phrase matched on word boundaries (case-insensitive
    unless ``case=True``), or a regular expression with ``regex=True``. Columns:
    ``doc_id, start, end, left, match, right, sentence, in_quote`` where the
    offsets index the article text and ``left``/``right`` keep the original
    spacing.
    """
    frame, _ = as_corpus(corpus, name="corpus")
    if not isinstance(pattern, str) or not pattern:
        raise MediakitValueError("pattern must be a non-empty string")
    flags = 0 if case else re.IGNORECASE
    source = pattern if regex else r"(?<!\w)" + r"\s+".join(map(re.escape, pattern.split())) + r"(?!\w)"
    try:
        compiled = re.compile(source, flags)
    except re.error as exc:
        raise MediakitValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    rows = []
    for doc_id, text in zip(frame["doc_id"].tolist(), frame["text"].tolist()):
        doc = parse(text)
        starts = doc.token_starts
        for m in compiled.finditer(text):
            if m.end() == m.start():
                continue
            first = int(np.searchsorted(starts, m.start(), side="left"))
            last = int(np.searchsorted(starts, m.end(), side="left"))
            left_start = starts[max(first - window, 0)] if first > 0 else m.start()
            right_end = doc.token_ends[min(last + window, len(starts)) - 1] if last < len(starts) else m.end()
            rows.append(
                {
                    "doc_id": doc_id,
                    "start": m.start(),
                    "end": m.end(),
                    "left": text[left_start : m.start()],
                    "match": m.group(),
                    "right": text[m.end() : max(right_end, m.end())],
                    "sentence": doc.sentence_index(m.start()),
                    "in_quote": in_speech(doc, m.start()),
                }
            )
    return pd.DataFrame(
        rows, columns=["doc_id", "start", "end", "left", "match", "right", "sentence", "in_quote"]
    )
