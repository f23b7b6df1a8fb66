"""Evaluation of detectors against annotated data, and agreement between annotators.

Three jobs, done by plain functions that return tidy :class:`pandas.DataFrame` tables:

* **Reading annotated data.** :func:`read_gold` reads the project's gold set
  (``data/gold/gold.jsonl``, format in ``docs/annotation-guide.md`` section 9);
  :func:`read_ptc` reads the Propaganda Techniques Corpus (Da San Martino et al.
  2019) and :func:`read_babe` the BABE / MBIC biased-word tables (Spinde et al.
  2021). Each returns a corpus frame and a span table with the columns
  ``doc_id, start, end, text, label, detail`` (character offsets into the text).
* **Scoring detectors.** :func:`evaluate` computes span-overlap precision,
  recall and F1 per label and per detector with bootstrap percentile intervals
  (Efron & Tibshirani 1993); :func:`attribution_accuracy` scores the speakers a
  source detector assigns to quotations.
* **Agreement between two annotators.** :func:`agreement` computes Cohen's kappa
  (Cohen 1960) and Krippendorff's alpha (Krippendorff 2011) per label, on
  sentences, tokens or whole documents, from span tables or from the yes/no
  table a student fills in. :func:`cohen_kappa` and :func:`krippendorff_alpha`
  are the two statistics on their own.

How the numbers are computed, and why, is explained in ``docs/evaluation.md``.

References
----------
Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational
and Psychological Measurement* 20(1), 37-46.

Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg
School for Communication, University of Pennsylvania, departmental paper 43.

Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*.
New York: Chapman & Hall. (Chapter 13: percentile intervals.)

Da San Martino, G., Yu, S., Barrón-Cedeño, A., Petrov, R. & Nakov, P. (2019).
Fine-grained analysis of propaganda in news articles. *EMNLP-IJCNLP 2019*.

Spinde, T., Plank, M., Krieger, J.-D., Ruas, T., Gipp, B. & Aizawa, A. (2021).
Neural media bias detection using distant supervision with BABE - Bias
Annotations By Experts. *Findings of EMNLP 2021*.
"""

from __future__ import annotations

import ast
import json
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

import numpy as np
import pandas as pd

from .corpus import corpus_from_frame
from .errors import ArticleNotFoundError, MediakitTypeError, MediakitValueError
from .spans import LABELS
from .text import parse

__all__ = [
    "DETECTORS",
    "GOLD_LABELS",
    "PTC_LABELS",
    "GoldSet",
    "agreement",
    "attribution_accuracy",
    "cohen_kappa",
    "evaluate",
    "krippendorff_alpha",
    "read_babe",
    "read_gold",
    "read_ptc",
    "speakers_match",
]

#: The labels of the gold set, in the order tables list them (docs/annotation-guide.md).
GOLD_LABELS: tuple[str, ...] = LABELS[:7]  # the detector labels without quote and attribution

#: Which labels each detector is scored on. A label outside every group is its own detector.
DETECTORS: Mapping[str, tuple[str, ...]] = {
    "loaded": ("emotive", "name_calling", "euphemism", "scare_quote"),
    "naming": ("naming",),
    "hedging": ("hedge", "booster"),
}

_DETECTOR_OF: dict[str, str] = {label: det for det, labels in DETECTORS.items() for label in labels}
_DETECTOR_OF["loaded"] = "loaded"  # the generic label of BABE and of coarse annotations

_SPLITS = ("dev", "test")
_SPAN_FIELDS = ["doc_id", "start", "end", "text", "label", "detail"]
_QUOTE_FIELDS = ["doc_id", "start", "end", "text", "speaker"]

#: PTC technique names mapped to mediakit labels; other techniques keep their own name.
PTC_LABELS: Mapping[str, str] = {
    "Loaded_Language": "emotive",
    "Name_Calling,Labeling": "name_calling",
}


# --------------------------------------------------------------------------- the gold set


class GoldSet(NamedTuple):
    """An annotated set: the articles, their cue spans and their quotations.

    ``corpus`` is a corpus frame (``doc_id`` = item id, plus ``split`` and
    ``topic`` columns); ``spans`` has ``doc_id, start, end, text, label,
    detail``; ``quotes`` has ``doc_id, start, end, text, speaker``.
    """

    corpus: pd.DataFrame
    spans: pd.DataFrame
    quotes: pd.DataFrame


def _default_gold_path() -> Path:
    """The bundled gold set: shipped in the package as ``mediakit/gold``, ``data/gold`` in a checkout."""
    from .corpus import bundled

    return Path(str(bundled("gold") / "gold.jsonl"))


def _nth(text: str, match: str, n: int) -> int:
    """Offset of the n-th (1-based) occurrence of ``match`` in ``text`` (overlaps counted); -1 if none."""
    pos = -1
    for _ in range(n):
        pos = text.find(match, pos + 1)
        if pos < 0:
            return -1
    return pos


def read_gold(path: str | Path | None = None, *, split: str | None = None) -> GoldSet:
    """Read an annotated set in the gold-set format (``data/gold/gold.jsonl`` by default).

    Parameters
    ----------
    path
        A JSON Lines file, one item per line: ``{"id", "split", "topic", "text",
        "spans": [{"match", "n", "label", "detail"}], "quotes": [{"match",
        "speaker"}]}`` (``docs/annotation-guide.md`` section 9). ``match`` is an
        exact substring of ``text`` and ``n`` its 1-based occurrence, counting
        every occurrence (also inside other words, and overlapping ones).
        ``split`` and ``topic`` may be absent (a second annotator's file); they
        are then empty.
    split
        ``"dev"``, ``"test"`` or None (every item).

    Returns
    -------
    GoldSet
        ``(corpus, spans, quotes)``; see :class:`GoldSet`. Offsets are character
        offsets into ``text`` and ``text[start:end]`` equals the match.

    Raises
    ------
    ArticleNotFoundError
        The file does not exist (the message names the path).
    MediakitValueError
        A line is not valid JSON, a field is missing, a label is unknown, or a
        match does not occur ``n`` times; the message names the line and item id.
    """
    path = _default_gold_path() if path is None else Path(path)
    if split is not None and split not in _SPLITS:
        raise MediakitValueError(f"split must be 'dev', 'test' or None, got {split!r}")
    if not path.is_file():
        if path.exists():
            raise MediakitValueError(f"{path}: is a folder; pass the .jsonl file of the annotated set")
        raise ArticleNotFoundError(path)
    items: list[dict] = []
    spans: list[dict] = []
    quotes: list[dict] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {line_no}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MediakitValueError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})") from None
            if not isinstance(item, dict):
                raise MediakitValueError(
                    f"{where}: each line must be a JSON object, got {type(item).__name__}"
                )
            missing = [key for key in ("id", "text") if key not in item]
            if missing:
                raise MediakitValueError(
                    f"{where}: missing field(s) {missing}; see docs/annotation-guide.md §9"
                )
            doc_id, text = str(item["id"]), item["text"]
            where = f"{path}, line {line_no} (item {doc_id})"
            if not isinstance(text, str) or not text.strip():
                raise MediakitValueError(f"{where}: 'text' must be a non-empty string")
            if doc_id in seen:
                raise MediakitValueError(f"{where}: id {doc_id!r} already used on line {seen[doc_id]}")
            seen[doc_id] = line_no
            item_split = item.get("split", "") or ""
            if item_split and item_split not in _SPLITS:
                raise MediakitValueError(f"{where}: split must be 'dev' or 'test', got {item_split!r}")
            if split is not None and item_split != split:
                continue
            items.append(
                {"id": doc_id, "split": item_split, "topic": item.get("topic", "") or "", "text": text}
            )
            for k, span in enumerate(item.get("spans") or [], start=1):
                start, end = _locate(span, text, f"{where}, span {k}")
                label = span.get("label")
                if label not in GOLD_LABELS:
                    raise MediakitValueError(
                        f"{where}, span {k}: unknown label {label!r}; the labels are {', '.join(GOLD_LABELS)}"
                    )
                spans.append(
                    {
                        "doc_id": doc_id,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                        "label": label,
                        "detail": span.get("detail") or "",
                    }
                )
            for k, quote in enumerate(item.get("quotes") or [], start=1):
                start, end = _locate(quote, text, f"{where}, quote {k}")
                speaker = quote.get("speaker")
                if not isinstance(speaker, str) or not speaker.strip():
                    raise MediakitValueError(f"{where}, quote {k}: 'speaker' must be a non-empty string")
                quotes.append(
                    {
                        "doc_id": doc_id,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                        "speaker": speaker,
                    }
                )
    if not items:
        which = f" in split {split!r}" if split else ""
        raise MediakitValueError(f"{path}: no items{which}")
    table = pd.DataFrame(items)
    corpus = corpus_from_frame(table, text="text", id="id", source=str(path))
    at = corpus.columns.get_loc("text")
    corpus.insert(at, "topic", table["topic"].to_numpy())
    corpus.insert(at, "split", table["split"].to_numpy())
    corpus.attrs["mediakit"] = {"corpus": True, "gold": str(path), "split": split}
    return GoldSet(corpus, _span_frame(spans, _SPAN_FIELDS), _span_frame(quotes, _QUOTE_FIELDS))


def _locate(entry: object, text: str, where: str) -> tuple[int, int]:
    if not isinstance(entry, dict):
        raise MediakitValueError(f"{where}: must be a JSON object with 'match' (and 'n')")
    match, n = entry.get("match"), entry.get("n", 1)
    if not isinstance(match, str) or not match:
        raise MediakitValueError(f"{where}: 'match' must be a non-empty string copied from the text")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise MediakitValueError(f"{where}: 'n' must be a positive integer, got {n!r}")
    start = _nth(text, match, n)
    if start < 0:
        found = text.count(match)
        raise MediakitValueError(
            f"{where}: match {match!r} occurs {found} time(s) in the text, not {n}. Copy the match "
            "character for character (curly quotes and apostrophes included) and count every "
            "occurrence for 'n'."
        )
    return start, start + len(match)


def _span_frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    frame["doc_id"] = frame["doc_id"].astype(str)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- public formats


def read_ptc(
    articles_dir: str | Path, labels: str | Path, *, pattern: str = "*.labels"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read the Propaganda Techniques Corpus (Da San Martino et al. 2019; SemEval-2020 Task 11).

    Parameters
    ----------
    articles_dir
        Folder of ``article<ID>.txt`` files. Every article becomes a document,
        also those without any label (they count for precision).
    labels
        A tab-separated labels file with one ``<ID>\\t<technique>\\t<start>\\t<end>``
        line per span (the combined file of a split), or a folder of per-article
        files (``article<ID>.task-flc-tc.labels``; every file matching
        ``pattern`` is read). Lines with three fields (``<ID>\\t<start>\\t<end>``,
        the span-identification task) get the label ``propaganda``.
    pattern
        File-name pattern of the label files when ``labels`` is a folder.

    Returns
    -------
    corpus, spans
        A corpus frame (``doc_id`` = the article ID as written in the labels,
        e.g. ``"111111111"``) and a span table ``doc_id, start, end, text,
        label, detail``. ``Loaded_Language`` becomes ``emotive`` and
        ``Name_Calling,Labeling`` becomes ``name_calling``; other techniques keep
        their name as label. ``detail`` is always the original technique.

    Notes
    -----
    Offsets are character offsets into the article as read in text mode (UTF-8,
    universal newlines, as the task's own scorer reads it). The text is kept
    exactly: nothing is stripped, so ``text[start:end]`` is the labelled span.
    """
    folder = Path(articles_dir)
    if not folder.is_dir():
        raise (
            ArticleNotFoundError(folder)
            if not folder.exists()
            else MediakitValueError(
                f"{folder}: not a folder; pass the folder holding the article<ID>.txt files"
            )
        )
    texts: dict[str, str] = {}
    for file in sorted(folder.glob("article*.txt")):
        doc_id = file.stem.removeprefix("article")
        texts[doc_id] = file.read_text(encoding="utf-8")
    if not texts:
        raise MediakitValueError(f"{folder}: no article<ID>.txt files (the PTC article file names)")
    label_path = Path(labels)
    if not label_path.exists():
        raise ArticleNotFoundError(label_path)
    files = sorted(label_path.glob(pattern)) if label_path.is_dir() else [label_path]
    if not files:
        raise MediakitValueError(f"{label_path}: no label files matching {pattern!r}")
    rows: list[dict] = []
    for file in files:
        for line_no, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            where = f"{file}, line {line_no}"
            if len(fields) == 4:
                doc_id, technique, start_s, end_s = fields
            elif len(fields) == 3:
                doc_id, start_s, end_s = fields
                technique = "propaganda"
            else:
                raise MediakitValueError(
                    f"{where}: expected 4 tab-separated fields <ID> <technique> <start> <end>, got {line!r}"
                )
            doc_id = doc_id.strip().removeprefix("article")
            try:
                start, end = int(start_s), int(end_s)
            except ValueError:
                raise MediakitValueError(f"{where}: start and end must be integers, got {line!r}") from None
            if doc_id not in texts:
                raise MediakitValueError(f"{where}: no file article{doc_id}.txt in {folder}")
            if not 0 <= start < end <= len(texts[doc_id]):
                raise MediakitValueError(
                    f"{where}: offsets {start}-{end} are outside article{doc_id}.txt "
                    f"({len(texts[doc_id])} characters); check that labels and articles belong together"
                )
            technique = technique.strip()
            rows.append(
                {
                    "doc_id": doc_id,
                    "start": start,
                    "end": end,
                    "text": texts[doc_id][start:end],
                    "label": PTC_LABELS.get(technique, technique),
                    "detail": technique,
                }
            )
    table = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    corpus = corpus_from_frame(table, text="text", id="doc_id", source=str(folder))
    corpus["text"] = table["text"].to_numpy()  # exact text: offsets refer to it
    corpus["path"] = [str(folder / f"article{doc_id}.txt") for doc_id in texts]
    return corpus, _span_frame(rows, _SPAN_FIELDS)


def _parse_word_list(value: object) -> list[str]:
    """Parse a list-like cell such as ``"['word1', 'word2']"`` safely (never ``eval``)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    raw = str(value).strip()
    if not raw:
        return []
    try:
        parsed = ast.literal_eval(raw)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        parsed = [part.strip().strip("'\"").strip() for part in raw.strip("[]").split(",")]
    if isinstance(parsed, str):
        parsed = [parsed]
    if not isinstance(parsed, (list, tuple, set)):
        return []
    return [str(word).strip() for word in parsed if str(word).strip()]


def read_babe(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a BABE or MBIC style table of sentences with biased words (Spinde et al. 2021).

    Parameters
    ----------
    path
        A CSV file (semicolon-separated as published, or comma-separated) with
        the columns ``text``, ``label_bias`` (``Biased``, ``Non-biased`` or ``No
        agreement``) and ``biased_words`` (a list-like string, e.g.
        ``"['word1', 'word2']"``; MBIC's ``biased_words4`` is accepted too), and
        optionally ``outlet``, ``topic``, ``type``, ``news_link`` and others.

    Returns
    -------
    corpus, spans
        A corpus frame with one document per sentence (``doc_id`` ``babe0001``,
        ...; the sentence label in column ``label_bias``, other columns kept)
        and a span table with one span per whole-word, case-insensitive
        occurrence of each biased word, label ``loaded``, detail ``babe``.
        Biased words not found in their sentence are listed in
        ``spans.attrs["mediakit"]["unmatched"]`` and reported in a warning.

    Notes
    -----
    BABE marks loaded wording generically, so its spans carry the label
    ``loaded``; score a detector on it with ``evaluate(..., by="detector")``,
    which compares labels by detector (emotive, name calling, euphemism and
    scare quotes all count as ``loaded``). The list cells are parsed with
    :func:`ast.literal_eval`, falling back to splitting on commas.
    """
    path = Path(path)
    if not path.is_file():
        raise ArticleNotFoundError(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
    sep = ";" if header.count(";") > header.count(",") else ","
    table = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    if "biased_words" not in table.columns and "biased_words4" in table.columns:
        table = table.rename(columns={"biased_words4": "biased_words"})
    missing = [c for c in ("text", "label_bias", "biased_words") if c not in table.columns]
    if missing:
        raise MediakitValueError(
            f"{path}: column(s) {missing} not found (columns: {', '.join(map(str, table.columns))}). "
            "A BABE table has the columns text, label_bias and biased_words."
        )
    width = max(4, len(str(len(table))))
    table.insert(0, "doc_id", [f"babe{i + 1:0{width}d}" for i in range(len(table))])
    fields = {"outlet": "outlet"} if "outlet" in table.columns else {}
    if "news_link" in table.columns:
        fields["url"] = "news_link"
    corpus = corpus_from_frame(table, text="text", id="doc_id", source=str(path), **fields)
    extras = [c for c in table.columns if c not in {"doc_id", "text", "biased_words", *fields.values()}]
    for column in extras:
        corpus.insert(corpus.columns.get_loc("text"), column, table[column].to_numpy())
    corpus.insert(
        corpus.columns.get_loc("text"), "biased_words", [_parse_word_list(v) for v in table["biased_words"]]
    )
    rows: list[dict] = []
    unmatched: list[tuple[str, str]] = []
    for doc_id, text, words in zip(corpus["doc_id"], corpus["text"], corpus["biased_words"]):
        seen: set[str] = set()
        for word in words:
            if word.casefold() in seen:
                continue
            seen.add(word.casefold())
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            found = False
            for m in pattern.finditer(text):
                found = True
                rows.append(
                    {
                        "doc_id": doc_id,
                        "start": m.start(),
                        "end": m.end(),
                        "text": m.group(),
                        "label": "loaded",
                        "detail": "babe",
                    }
                )
            if not found:
                unmatched.append((doc_id, word))
    spans = _span_frame(rows, _SPAN_FIELDS)
    spans.attrs["mediakit"] = {"source": str(path), "unmatched": unmatched}
    if unmatched:
        examples = ", ".join(f"{d}: {w!r}" for d, w in unmatched[:3])
        warnings.warn(
            f"{path}: {len(unmatched)} biased word(s) do not occur as whole words in their sentence "
            f"(e.g. {examples}); they have no span. The list is in spans.attrs['mediakit']['unmatched'].",
            stacklevel=2,
        )
    return corpus, spans


# --------------------------------------------------------------------------- evaluation


def _check_spans(
    frame: object, name: str, required: Sequence[str] = ("doc_id", "start", "end", "label")
) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise MediakitTypeError(
            f"{name} must be a span table (a pandas DataFrame with columns {', '.join(required)}), "
            f"got {type(frame).__name__}"
        )
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise MediakitValueError(
            f"{name}: column(s) {missing} missing (columns: {', '.join(map(str, frame.columns))}). "
            f"A span table has the columns {', '.join(required)}, as every mediakit detector returns."
        )
    if len(frame):
        bad = frame[~(pd.to_numeric(frame["end"]) > pd.to_numeric(frame["start"]))]
        if len(bad):
            rows = ", ".join(f"{r.doc_id}:{r.start}-{r.end}" for r in bad.head(3).itertuples())
            raise MediakitValueError(f"{name}: {len(bad)} span(s) with end <= start (e.g. {rows})")


def _unpack_gold(
    gold: object, docs: Iterable[str] | pd.DataFrame | None, extra_ids: Iterable[str]
) -> tuple[pd.DataFrame, list[str]]:
    """(gold spans, document universe) from a GoldSet, a (corpus, spans) pair or a span table."""
    if isinstance(gold, tuple) and len(gold) in (2, 3) and all(isinstance(g, pd.DataFrame) for g in gold):
        corpus, spans = gold[0], gold[1]
        if "doc_id" not in corpus.columns:
            raise MediakitValueError("gold: the first element must be a corpus frame with a 'doc_id' column")
        universe = corpus["doc_id"].astype(str).tolist()
    elif isinstance(gold, pd.DataFrame):
        spans = gold
        universe = None
    else:
        raise MediakitTypeError(
            "gold must be a GoldSet (from read_gold), a (corpus, spans) pair (from read_ptc or read_babe) "
            f"or a span table, got {type(gold).__name__}"
        )
    if docs is not None:
        universe = [str(d) for d in (docs["doc_id"] if isinstance(docs, pd.DataFrame) else docs)]
    if universe is None:
        universe = sorted(set(spans["doc_id"].astype(str)) | {str(d) for d in extra_ids})
    return spans, list(dict.fromkeys(universe))


def _ordered_labels(found: Iterable[str]) -> list[str]:
    found = set(found)
    known = [label for label in GOLD_LABELS if label in found]
    return known + sorted(found - set(GOLD_LABELS))


def _match_flags(pred: pd.DataFrame, gold: pd.DataFrame, criterion: str) -> tuple[np.ndarray, np.ndarray]:
    """For each prediction and each gold span: is it matched (same doc and label, overlapping or exact)?"""
    p = pred[["doc_id", "label", "start", "end"]].assign(_p=np.arange(len(pred)))
    g = gold[["doc_id", "label", "start", "end"]].assign(_g=np.arange(len(gold)))
    pairs = p.merge(g, on=["doc_id", "label"], suffixes=("_p", "_g"))
    if criterion == "exact":
        ok = (pairs["start_p"] == pairs["start_g"]) & (pairs["end_p"] == pairs["end_g"])
    else:
        ok = (pairs["start_p"] < pairs["end_g"]) & (pairs["start_g"] < pairs["end_p"])
    pairs = pairs[ok]
    pred_hit = np.zeros(len(pred), dtype=bool)
    gold_hit = np.zeros(len(gold), dtype=bool)
    pred_hit[pairs["_p"].to_numpy()] = True
    gold_hit[pairs["_g"].to_numpy()] = True
    return pred_hit, gold_hit


def _prf(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and F1 from counts [..., (n_gold, gold_matched, n_pred, pred_matched)]."""
    n_gold, gold_matched, n_pred, pred_matched = (counts[..., i] for i in range(4))
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(n_pred > 0, pred_matched / n_pred, np.nan)
        recall = np.where(n_gold > 0, gold_matched / n_gold, np.nan)
        total = precision + recall
        # Undefined P (no prediction) implies R = 0 and vice versa: F1 is then 0; NaN only if both are.
        undefined = np.isnan(precision) & np.isnan(recall)
        f1 = np.where(total > 0, 2 * precision * recall / total, np.where(undefined, np.nan, 0.0))
    return precision, recall, f1


def _boot_weights(n_docs: int, n_boot: int, seed: int) -> np.ndarray:
    """(n_boot, n_docs) multiplicities: how often each document is drawn in each bootstrap sample.

    Each sample draws ``n_docs`` documents uniformly with replacement
    (``numpy.random.default_rng(seed).integers``); the weights count the draws.
    """
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n_docs, size=(n_boot, n_docs))
    flat = (draws + n_docs * np.arange(n_boot)[:, None]).ravel()
    return np.bincount(flat, minlength=n_boot * n_docs).reshape(n_boot, n_docs)


def _interval(samples: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval over axis 0, ignoring samples where the statistic is undefined (NaN)."""
    tail = (1 - level) / 2 * 100
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns give NaN bounds
        low = np.nanpercentile(samples, tail, axis=0)
        high = np.nanpercentile(samples, 100 - tail, axis=0)
    return low, high


def _check_boot(n_boot: int, level: float) -> None:
    if not isinstance(n_boot, (int, np.integer)) or isinstance(n_boot, bool) or n_boot < 0:
        raise MediakitValueError(f"n_boot must be a non-negative integer (0 = no intervals), got {n_boot!r}")
    if not 0 < level < 1:
        raise MediakitValueError(f"level must be between 0 and 1 (e.g. 0.95), got {level!r}")


def evaluate(
    hits: pd.DataFrame,
    gold: GoldSet | tuple[pd.DataFrame, pd.DataFrame] | pd.DataFrame,
    *,
    labels: Sequence[str] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
    criterion: Literal["overlap", "exact"] = "overlap",
    by: Literal["label", "detector"] = "label",
    docs: Iterable[str] | pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Span-level precision, recall and F1 of detector hits against gold spans, per label and detector.

    Matching. A predicted span is **matched** if it overlaps (shares at least
    one character with: ``p.start < g.end and g.start < p.end``) a gold span
    with the same label in the same document; with ``criterion="exact"`` the
    offsets must be equal instead. A gold span is matched if some prediction
    matches it. Then

    * precision = matched predictions / predictions,
    * recall = matched gold spans / gold spans,
    * F1 = 2 P R / (P + R).

    Precision (recall) is NaN when there are no predictions (gold spans). F1 is
    0 when nothing matched (also when there are no predictions, or no gold
    spans, at all) and NaN only when there are neither predictions nor gold
    spans. Because one long prediction
    can match two gold spans (and two predictions one gold span), the matched
    counts of precision and recall may differ.

    Rows. One row per label, then one row per detector that has a label in the
    table (``label == "all"``): ``loaded`` (emotive, name_calling, euphemism,
    scare_quote), ``naming`` and ``hedging`` (hedge, booster), micro-averaged,
    i.e. computed from the summed counts of its labels. A label in no group
    (a PTC technique, say) is its own detector. With ``by="detector"`` every
    label is first replaced by its detector (``emotive`` -> ``loaded``; the
    generic ``loaded`` label of :func:`read_babe` stays ``loaded``), so an
    ``emotive`` hit matches a ``name_calling`` gold span, and only detector rows
    are returned.

    Documents. The documents evaluated are those of the gold corpus (a
    :class:`GoldSet` or a ``(corpus, spans)`` pair), including documents without
    any gold span: hits on them are false positives. Hits on documents outside
    the gold corpus are ignored. When ``gold`` is a bare span table, pass the
    documents with ``docs=``; otherwise they are the documents named in either
    table.

    Intervals (nonparametric bootstrap, percentile method; Efron & Tibshirani
    1993, ch. 6 and 13). The unit of resampling is the document, because spans
    of one document are not independent. With ``rng =
    numpy.random.default_rng(seed)``, each of ``n_boot`` replicates draws as
    many documents as the corpus has, uniformly with replacement
    (``rng.integers``); a document drawn k times contributes its counts k
    times. In each replicate the counts (gold spans, matched gold spans,
    predictions, matched predictions) are summed per label and per detector and
    P, R and F1 recomputed from the sums. The interval bounds are the
    ``(1 - level) / 2`` and ``(1 + level) / 2`` quantiles of the replicate
    values (``numpy.nanpercentile``, linear interpolation); replicates in which
    the statistic is undefined (no prediction or no gold span drawn) are left
    out. The same seed gives the same intervals. ``n_boot=0`` gives no intervals
    (NaN bounds).

    Parameters
    ----------
    hits
        A span table (``doc_id, start, end, label``, e.g. the output of
        ``detect_loaded``, or several detectors' outputs concatenated).
    gold
        A :class:`GoldSet`, a ``(corpus, spans)`` pair, or a gold span table.
    labels
        Labels to report (default: every label in the gold spans or the hits,
        gold-set labels first). Hits with other labels are ignored.
    n_boot, seed, level
        Number of bootstrap replicates, random seed and interval coverage.
    criterion
        ``"overlap"`` (default) or ``"exact"`` offsets.
    by
        ``"label"`` (default) or ``"detector"``: the level at which labels must agree.
    docs
        The documents to evaluate on (ids or a corpus frame); see Documents.

    Returns
    -------
    pandas.DataFrame
        Columns ``detector, label, n_gold, n_pred, gold_matched, pred_matched,
        precision, precision_low, precision_high, recall, recall_low,
        recall_high, f1, f1_low, f1_high``. ``.attrs["mediakit"]`` records
        ``n_docs``, ``n_boot``, ``seed``, ``level`` and ``criterion``.
    """
    _check_spans(hits, "hits")
    _check_boot(n_boot, level)
    if criterion not in ("overlap", "exact"):
        raise MediakitValueError(f"criterion must be 'overlap' or 'exact', got {criterion!r}")
    if by not in ("label", "detector"):
        raise MediakitValueError(f"by must be 'label' or 'detector', got {by!r}")
    gold_spans, universe = _unpack_gold(gold, docs, hits["doc_id"].astype(str))
    _check_spans(gold_spans, "gold spans")
    pred = hits[["doc_id", "start", "end", "label"]].astype({"doc_id": str, "label": str})
    ref = gold_spans[["doc_id", "start", "end", "label"]].astype({"doc_id": str, "label": str})
    pred = pred[pred["doc_id"].isin(universe)]
    ref = ref[ref["doc_id"].isin(universe)]
    if by == "detector":
        pred = pred.assign(label=pred["label"].map(lambda x: _DETECTOR_OF.get(x, x)))
        ref = ref.assign(label=ref["label"].map(lambda x: _DETECTOR_OF.get(x, x)))
        if labels is not None:
            labels = list(dict.fromkeys(_DETECTOR_OF.get(x, x) for x in labels))
    if labels is None:
        labels = _ordered_labels(set(ref["label"]) | set(pred["label"]))
    else:
        labels = [str(x) for x in labels]
    pred = pred[pred["label"].isin(labels)].reset_index(drop=True)
    ref = ref[ref["label"].isin(labels)].reset_index(drop=True)
    pred_hit, gold_hit = _match_flags(pred, ref, criterion)

    # counts[doc, label, (n_gold, gold_matched, n_pred, pred_matched)]
    doc_index = {d: i for i, d in enumerate(universe)}
    label_index = {lab: j for j, lab in enumerate(labels)}
    counts = np.zeros((len(universe), len(labels), 4), dtype=np.int64)
    for frame, matched, col in ((ref, gold_hit, 0), (pred, pred_hit, 2)):
        di = frame["doc_id"].map(doc_index).to_numpy(dtype=np.int64)
        li = frame["label"].map(label_index).to_numpy(dtype=np.int64)
        np.add.at(counts[:, :, col], (di, li), 1)
        np.add.at(counts[:, :, col + 1], (di, li), matched.astype(np.int64))

    # Rows: labels, then detectors (micro-averaged over their labels).
    rows: list[tuple[str, str, list[int]]] = []
    if by == "label":
        rows += [(_DETECTOR_OF.get(lab, lab), lab, [label_index[lab]]) for lab in labels]
    groups: dict[str, list[int]] = {}
    for lab in labels:
        groups.setdefault(_DETECTOR_OF.get(lab, lab), []).append(label_index[lab])
    rows += [(det, "all", idx) for det, idx in groups.items()]
    member = np.zeros((len(labels), len(rows)), dtype=np.int64)
    for r, (_, _, idx) in enumerate(rows):
        member[idx, r] = 1
    per_doc = np.einsum("dlc,lr->drc", counts, member)  # (docs, rows, 4)
    totals = per_doc.sum(axis=0)
    precision, recall, f1 = _prf(totals)
    out = pd.DataFrame(
        {
            "detector": [r[0] for r in rows],
            "label": [r[1] for r in rows],
            "n_gold": totals[:, 0],
            "n_pred": totals[:, 2],
            "gold_matched": totals[:, 1],
            "pred_matched": totals[:, 3],
        }
    )
    point = {"precision": precision, "recall": recall, "f1": f1}
    if n_boot > 0 and len(universe) > 0:
        weights = _boot_weights(len(universe), n_boot, seed)
        boot = np.einsum("bd,drc->brc", weights, per_doc)
        samples = dict(zip(("precision", "recall", "f1"), _prf(boot)))
    else:
        samples = None
    for name, values in point.items():
        out[name] = values
        if samples is not None:
            low, high = _interval(samples[name], level)
        else:
            low = high = np.full(len(rows), np.nan)
        out[f"{name}_low"] = low
        out[f"{name}_high"] = high
    out.attrs["mediakit"] = {
        "n_docs": len(universe),
        "n_boot": int(n_boot),
        "seed": seed,
        "level": level,
        "criterion": criterion,
        "by": by,
    }
    return out


# --------------------------------------------------------------------------- attribution

_ARTICLES = ("a", "an", "the", "one")
_EDGE_PUNCT = " \t\n,.;:!?\"'“”‘’()[]"


def _words(speaker: str) -> list[str]:
    words = [w.strip(_EDGE_PUNCT) for w in str(speaker).split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return words


def speakers_match(predicted: object, gold: object) -> bool:
    """Does a predicted speaker match the gold speaker?

    Case-insensitive. A gold speaker written as a name (every word, after a
    leading article, capitalised: ``Okafor``, ``Linda Okafor``) matches any
    prediction with the same last word (``Mayor Linda Okafor``). A role or group
    phrase (``one official``, ``A Kremlin spokesperson``, ``the finance
    ministry``) matches when both are equal after lower-casing and dropping a
    leading ``a``, ``an``, ``the`` or ``one``. An empty prediction never matches.

    >>> speakers_match("Mayor Linda Okafor", "Okafor"), speakers_match("the official", "one official")
    (True, True)
    """
    if predicted is None or (isinstance(predicted, float) and np.isnan(predicted)):
        return False
    pred_words, gold_words = _words(str(predicted)), _words(str(gold))
    if not pred_words or not gold_words:
        return False
    if all(w[:1].isupper() for w in gold_words):
        return pred_words[-1].lower() == gold_words[-1].lower()
    return [w.lower() for w in pred_words] == [w.lower() for w in gold_words]


def attribution_accuracy(
    source_hits: pd.DataFrame,
    gold: GoldSet | pd.DataFrame,
    *,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
    per_quote: bool = False,
) -> pd.DataFrame:
    """Share of gold quotations whose speaker the source detector gets right.

    For each gold quote, the predicted ``quote`` rows of the same document that
    overlap it are candidates; the one closest to it is taken: the highest
    share of shared characters (overlap / union, so that of a quote nested in
    another the right one is chosen; ties: the earliest). The quote is correct when that row's ``speaker``
    matches the gold speaker (:func:`speakers_match`). A gold quote with no
    overlapping prediction counts as wrong. Predictions that match no gold
    quote are not penalised here (they are a quote-detection precision error,
    which :func:`evaluate` on label ``quote`` measures).

    The interval is a document-level bootstrap percentile interval computed
    exactly as in :func:`evaluate` (Efron & Tibshirani 1993): documents of the
    gold corpus drawn with replacement ``n_boot`` times with
    ``numpy.random.default_rng(seed)``, accuracy recomputed from the summed
    counts, quantiles ``(1 - level) / 2`` and ``(1 + level) / 2``.

    Parameters
    ----------
    source_hits
        A span table with ``doc_id, start, end, speaker`` (the output of
        ``mediakit.sources.detect_sources``); if it has a ``label`` column only
        rows labelled ``quote`` are used.
    gold
        A :class:`GoldSet` (its ``quotes`` are used, its corpus gives the
        documents) or a quote table ``doc_id, start, end, speaker``.
    per_quote
        If True, return one row per gold quote instead (``doc_id, start, end,
        text, speaker, predicted_speaker, matched, correct``), for error analysis.

    Returns
    -------
    pandas.DataFrame
        One row: ``n, correct, accuracy, accuracy_low, accuracy_high``.
    """
    _check_spans(source_hits, "source_hits", ("doc_id", "start", "end", "speaker"))
    _check_boot(n_boot, level)
    if isinstance(gold, tuple) and len(gold) == 3:
        quotes, universe = gold[2], gold[0]["doc_id"].astype(str).tolist()
    elif isinstance(gold, pd.DataFrame):
        quotes, universe = gold, sorted(set(gold["doc_id"].astype(str)))
    else:
        raise MediakitTypeError(
            f"gold must be a GoldSet (from read_gold) or a quote table, got {type(gold).__name__}"
        )
    _check_spans(quotes, "gold quotes", ("doc_id", "start", "end", "speaker"))
    pred = source_hits
    if "label" in pred.columns:
        pred = pred[pred["label"] == "quote"]
    pred = pred.assign(doc_id=pred["doc_id"].astype(str)).reset_index(drop=True)
    ref = quotes.assign(doc_id=quotes["doc_id"].astype(str))
    ref = ref[ref["doc_id"].isin(universe)].reset_index(drop=True)
    by_doc = {d: g for d, g in pred.groupby("doc_id", sort=False)}
    records = []
    for q in ref.itertuples(index=False):
        cands = by_doc.get(q.doc_id)
        best, best_score = None, 0.0
        if cands is not None:
            for c in cands.itertuples(index=False):
                overlap = min(q.end, c.end) - max(q.start, c.start)
                score = overlap / (max(q.end, c.end) - min(q.start, c.start)) if overlap > 0 else 0.0
                if score > best_score:
                    best, best_score = c, score
        predicted = "" if best is None else best.speaker
        records.append(
            {
                "doc_id": q.doc_id,
                "start": q.start,
                "end": q.end,
                "text": getattr(q, "text", ""),
                "speaker": q.speaker,
                "predicted_speaker": "" if predicted is None or predicted != predicted else str(predicted),
                "matched": best is not None,
                "correct": best is not None and speakers_match(predicted, q.speaker),
            }
        )
    table = pd.DataFrame(
        records,
        columns=["doc_id", "start", "end", "text", "speaker", "predicted_speaker", "matched", "correct"],
    )
    if per_quote:
        return table
    doc_index = {d: i for i, d in enumerate(universe)}
    counts = np.zeros((len(universe), 2), dtype=np.int64)
    di = table["doc_id"].map(doc_index).to_numpy(dtype=np.int64)
    np.add.at(counts[:, 0], di, 1)
    np.add.at(counts[:, 1], di, table["correct"].to_numpy(dtype=np.int64))
    n, correct = counts.sum(axis=0)
    accuracy = correct / n if n else np.nan
    low = high = np.nan
    if n_boot > 0 and len(universe):
        boot = _boot_weights(len(universe), n_boot, seed) @ counts
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.where(boot[:, 0] > 0, boot[:, 1] / boot[:, 0], np.nan)
        low, high = (float(x) for x in _interval(values, level))
    out = pd.DataFrame(
        {
            "n": [int(n)],
            "correct": [int(correct)],
            "accuracy": [accuracy],
            "accuracy_low": [low],
            "accuracy_high": [high],
        }
    )
    out.attrs["mediakit"] = {"n_docs": len(universe), "n_boot": int(n_boot), "seed": seed, "level": level}
    return out


# --------------------------------------------------------------------------- agreement


def _codes(x: Sequence[object], y: Sequence[object]) -> tuple[np.ndarray, np.ndarray, int]:
    xs, ys = list(x), list(y)
    if len(xs) != len(ys):
        raise MediakitValueError(f"the two codings must have the same length, got {len(xs)} and {len(ys)}")
    if not xs:
        raise MediakitValueError("the codings are empty: there are no units to compare")
    values = sorted(set(xs) | set(ys), key=lambda v: (str(type(v)), v))
    index = {v: i for i, v in enumerate(values)}
    return np.array([index[v] for v in xs]), np.array([index[v] for v in ys]), len(values)


def cohen_kappa(x: Sequence[object], y: Sequence[object]) -> float:
    """Cohen's kappa for two coders on nominal categories (Cohen 1960).

    ``kappa = (p_o - p_e) / (1 - p_e)`` where ``p_o`` is the share of units
    both coders put in the same category and ``p_e = sum_k p_x(k) p_y(k)`` the
    agreement expected from each coder's own category frequencies. NaN when
    ``p_e == 1`` (both coders used one and the same category throughout).

    >>> cohen_kappa([1] * 20 + [1] * 5 + [0] * 10 + [0] * 15, [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15)
    0.4
    """
    a, b, k = _codes(x, y)
    n = len(a)
    table = np.zeros((k, k), dtype=np.int64)
    np.add.at(table, (a, b), 1)
    p_o = np.trace(table) / n
    p_e = float(table.sum(axis=1) @ table.sum(axis=0)) / n**2
    if np.isclose(p_e, 1.0):
        return float("nan")
    return round(float((p_o - p_e) / (1 - p_e)), 12)


def krippendorff_alpha(x: Sequence[object], y: Sequence[object]) -> float:
    """Krippendorff's alpha for two coders, nominal data, no missing values (Krippendorff 2011).

    Each unit contributes the ordered pairs (x, y) and (y, x) to the
    coincidence matrix ``o`` (weight 1/(m - 1) = 1 for m = 2 coders), so
    ``n = 2 N`` pairable values and ``n_c`` = row sums. Then

    ``alpha = 1 - D_o / D_e = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k``.

    NaN when there is no variation at all (``D_e = 0``). Unlike kappa, alpha
    pools the two coders' category frequencies and corrects for small samples.

    >>> round(krippendorff_alpha([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]), 3)
    0.095
    """
    a, b, k = _codes(x, y)
    o = np.zeros((k, k), dtype=np.int64)
    np.add.at(o, (a, b), 1)
    np.add.at(o, (b, a), 1)
    n_c = o.sum(axis=1)
    n = int(n_c.sum())
    disagree_observed = int(o.sum() - np.trace(o))
    disagree_expected = int(n_c.sum() ** 2 - (n_c**2).sum())
    if disagree_expected == 0:
        return float("nan")
    return round(1.0 - (n - 1) * disagree_observed / disagree_expected, 12)


_TRUE = {"1", "true", "yes", "y", "x"}
_FALSE = {"0", "false", "no", "n"}
_NOT_LABELS = {
    "doc_id",
    "sentence",
    "unit",
    "text",
    "sentence_text",
    "words",
    "note",
    "notes",
    "comment",
    "comments",
    "annotator",
    "coder",
}


def _to_bool(series: pd.Series, where: str) -> np.ndarray:
    out = np.zeros(len(series), dtype=bool)
    bad: list[str] = []
    for i, value in enumerate(series.tolist()):
        if isinstance(value, (bool, np.bool_)):
            out[i] = bool(value)
            continue
        if isinstance(value, (int, float, np.integer, np.floating)) and value == value and value in (0, 1):
            out[i] = bool(value)
            continue
        text = str(value).strip().lower() if value is not None and value == value else ""
        if text in _TRUE:
            out[i] = True
        elif text in _FALSE:
            out[i] = False
        else:
            bad.append(f"row {i + 1}: {value!r}")
    if bad:
        raise MediakitValueError(
            f"{where}: {len(bad)} value(s) are not yes/no ({'; '.join(bad[:3])}). Code every unit as "
            "1/0, yes/no or True/False (an empty cell is missing data, which agreement() does not accept); "
            "or pass labels=[...] to leave other columns out."
        )
    return out


def _unit_table(table: pd.DataFrame, name: str) -> tuple[pd.DataFrame, str]:
    unit_col = "sentence" if "sentence" in table.columns else ("unit" if "unit" in table.columns else None)
    if "doc_id" not in table.columns or unit_col is None:
        raise MediakitValueError(
            f"{name}: a unit table needs the columns 'doc_id' and 'sentence' (or 'unit') plus one column per "
            "label; a span table needs 'doc_id', 'start', 'end', 'label' "
            f"(columns: {', '.join(map(str, table.columns))})"
        )
    keyed = table.assign(doc_id=table["doc_id"].astype(str), _unit=table[unit_col].astype(str))
    dup = keyed[keyed.duplicated(["doc_id", "_unit"], keep=False)]
    if len(dup):
        keys = ", ".join(
            f"({d}, {u})" for d, u in dup[["doc_id", "_unit"]].drop_duplicates().head(3).to_numpy()
        )
        raise MediakitValueError(f"{name}: units coded twice: {keys}; keep one row per unit")
    return keyed.set_index(["doc_id", "_unit"]), unit_col


def _span_units(
    spans: pd.DataFrame, corpus: pd.DataFrame, labels: Sequence[str], unit: str, name: str
) -> np.ndarray:
    """(n_units, n_labels) booleans: does a span of the label overlap the unit?"""
    index = {d: i for i, d in enumerate(corpus["doc_id"].astype(str))}
    outside = sorted(set(spans["doc_id"].astype(str)) - set(index))
    if outside:
        raise MediakitValueError(
            f"{name}: span(s) on document(s) not in the corpus: {', '.join(outside[:3])}. Pass the corpus "
            "the spans were annotated on."
        )
    label_index = {lab: j for j, lab in enumerate(labels)}
    by_doc = {d: g for d, g in spans.assign(doc_id=spans["doc_id"].astype(str)).groupby("doc_id", sort=False)}
    blocks = []
    for doc_id, text in zip(corpus["doc_id"].astype(str), corpus["text"]):
        if unit == "document":
            bounds = [(0, len(text))]
        elif unit == "sentence":
            bounds = [(s.start, s.end) for s in parse(text).sentences]
        else:
            doc = parse(text)
            bounds = [(s, e) for s, e, w in zip(doc.token_starts, doc.token_ends, doc.token_is_word) if w]
        block = np.zeros((len(bounds), len(labels)), dtype=bool)
        group = by_doc.get(doc_id)
        if group is not None and len(bounds):
            starts = np.array([b[0] for b in bounds])
            ends = np.array([b[1] for b in bounds])
            for s in group.itertuples(index=False):
                j = label_index.get(s.label)
                if j is not None:
                    block[(starts < s.end) & (s.start < ends), j] = True
        blocks.append(block)
    return np.concatenate(blocks) if blocks else np.zeros((0, len(labels)), dtype=bool)


def agreement(
    a: pd.DataFrame | GoldSet,
    b: pd.DataFrame | GoldSet,
    *,
    unit: Literal["sentence", "token", "document"] = "sentence",
    labels: Sequence[str] | None = None,
    corpus: pd.DataFrame | GoldSet | None = None,
) -> pd.DataFrame:
    """Agreement of two annotators per label: Cohen's kappa and Krippendorff's alpha.

    Every unit (sentence, word token or whole document) gets, for each label,
    a yes/no code from each annotator; the statistics compare the two codings
    (:func:`cohen_kappa`, Cohen 1960; :func:`krippendorff_alpha`, nominal, two
    coders, no missing data, Krippendorff 2011).

    Inputs, either

    1. **unit tables**: columns ``doc_id``, ``sentence`` (or ``unit``) and one
       column per label holding booleans, 0/1, yes/no (y/n, true/false, x),
       the table a student fills in ("which sentences are hedged? loaded?");
       both tables must code exactly the same units. Or
    2. **span tables** (``doc_id, start, end, label``; a :class:`GoldSet` is
       taken as its spans) with ``corpus`` (a corpus frame or GoldSet; default:
       ``a``'s corpus if ``a`` is a GoldSet). Units are built from the corpus:
       ``unit="sentence"`` the sentences of :func:`mediakit.parse`,
       ``"token"`` its word and number tokens (punctuation left out),
       ``"document"`` whole documents. A unit is coded yes for a label if any
       span of that label overlaps it (shares a character). Every document of
       the corpus counts, including those without spans.

    Parameters
    ----------
    a, b
        The two annotations.
    unit
        The unit for span tables (unit tables bring their own units).
    labels
        Labels to compare (default: for span tables every label either
        annotator used, for unit tables every shared column except ``doc_id``,
        the unit column and ``text``/``notes``-like columns).
    corpus
        The annotated texts, for span tables.

    Returns
    -------
    pandas.DataFrame
        One row per label: ``label, n_units, a_yes, b_yes, both_yes,
        observed`` (share of units coded alike), ``expected`` (chance agreement
        of kappa), ``kappa, alpha``. kappa and alpha are NaN where undefined
        (neither annotator ever, or both always, used the label).

    Raises
    ------
    MediakitValueError
        The tables cover different units (a few are listed), a label column is
        missing, a value is not yes/no, or a span lies on a document outside the
        corpus.
    """
    if isinstance(a, GoldSet) and corpus is None:
        corpus = a.corpus
    a_tab = a.spans if isinstance(a, GoldSet) else a
    b_tab = b.spans if isinstance(b, GoldSet) else b
    for tab, name in ((a_tab, "a"), (b_tab, "b")):
        if not isinstance(tab, pd.DataFrame):
            raise MediakitTypeError(
                f"{name} must be a unit table or a span table (DataFrame), got {type(tab).__name__}"
            )
    if unit not in ("sentence", "token", "document"):
        raise MediakitValueError(f"unit must be 'sentence', 'token' or 'document', got {unit!r}")
    span_cols = {"doc_id", "start", "end", "label"}
    is_span = [span_cols <= set(t.columns) for t in (a_tab, b_tab)]
    if all(is_span):
        if corpus is None:
            raise MediakitValueError(
                "a and b are span tables: pass corpus= (the corpus frame, or GoldSet, they annotate) so the "
                f"{unit}s can be built"
            )
        corpus_frame = corpus.corpus if isinstance(corpus, GoldSet) else corpus
        if not isinstance(corpus_frame, pd.DataFrame) or not {"doc_id", "text"} <= set(corpus_frame.columns):
            raise MediakitValueError(
                "corpus must be a corpus frame with 'doc_id' and 'text' columns (or a GoldSet)"
            )
        used = set(a_tab["label"].astype(str)) | set(b_tab["label"].astype(str))
        if labels is None:
            labels = _ordered_labels(used)
        else:
            labels = [str(x) for x in labels]
            unknown = [x for x in labels if x not in used]
            if unknown:
                raise MediakitValueError(
                    f"label(s) {unknown} occur in neither span table "
                    f"(labels used: {', '.join(_ordered_labels(used))})"
                )
        codes_a = _span_units(a_tab, corpus_frame, labels, unit, "a")
        codes_b = _span_units(b_tab, corpus_frame, labels, unit, "b")
        unit_name = unit
    elif any(is_span):
        raise MediakitValueError(
            "a and b must be the same kind of table: both span tables (doc_id, start, end, label) or both "
            "unit tables (doc_id, sentence, one column per label)"
        )
    else:
        ta, unit_a = _unit_table(a_tab, "a")
        tb, _ = _unit_table(b_tab, "b")
        only_a = ta.index.difference(tb.index)
        only_b = tb.index.difference(ta.index)
        if len(only_a) or len(only_b):
            parts = []
            for which, keys in (("only in a", only_a), ("only in b", only_b)):
                if len(keys):
                    shown = ", ".join(f"({d}, {u})" for d, u in list(keys)[:3])
                    parts.append(f"{len(keys)} {which}: {shown}")
            raise MediakitValueError(
                "a and b cover different units ("
                + "; ".join(parts)
                + "). Both annotators must code the same "
                "(doc_id, sentence) units; fill in the missing rows or drop them from both tables."
            )
        tb = tb.loc[ta.index]
        if labels is None:
            labels = [
                c
                for c in ta.columns
                if c in tb.columns and c not in _NOT_LABELS and c != "_unit" and c != unit_a
            ]
            if not labels:
                raise MediakitValueError("a and b share no label columns; name them with labels=[...]")
        else:
            labels = [str(x) for x in labels]
            for tab, name in ((ta, "a"), (tb, "b")):
                missing = [x for x in labels if x not in tab.columns]
                if missing:
                    raise MediakitValueError(
                        f"{name}: label column(s) {missing} missing (columns: "
                        f"{', '.join(c for c in tab.columns if c != '_unit')}); "
                        "add the column or drop the label"
                    )
        codes_a = np.column_stack([_to_bool(ta[lab], f"a, column {lab!r}") for lab in labels])
        codes_b = np.column_stack([_to_bool(tb[lab], f"b, column {lab!r}") for lab in labels])
        unit_name = unit_a
    rows = []
    n_units = codes_a.shape[0]
    if n_units == 0:
        raise MediakitValueError("there are no units to compare")
    for j, label in enumerate(labels):
        x, y = codes_a[:, j], codes_b[:, j]
        p_a, p_b = x.mean(), y.mean()
        rows.append(
            {
                "label": label,
                "n_units": n_units,
                "a_yes": int(x.sum()),
                "b_yes": int(y.sum()),
                "both_yes": int((x & y).sum()),
                "observed": float((x == y).mean()),
                "expected": float(p_a * p_b + (1 - p_a) * (1 - p_b)),
                "kappa": cohen_kappa(x.tolist(), y.tolist()),
                "alpha": krippendorff_alpha(x.tolist(), y.tolist()),
            }
        )
    out = pd.DataFrame(rows)
    out.attrs["mediakit"] = {"unit": unit_name}
    return out
