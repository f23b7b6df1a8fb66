"""Agreement between the gold annotation (annotator A) and an independent second annotation (annotator B).

Run by hand from the repository root::

    .venv/bin/python benchmarks/annotator_agreement.py                  # plain-text tables
    .venv/bin/python benchmarks/annotator_agreement.py --markdown       # tables for docs/evaluation.md
    .venv/bin/python benchmarks/annotator_agreement.py --disagreements  # every disagreement, for adjudication

A is ``data/gold/gold.jsonl`` as annotator A left it, restricted to the items
B annotated; B is ``data/gold/second_annotation.jsonl`` (same format; ``split``
and ``topic`` may be missing). For every label it reports Cohen's kappa and Krippendorff's alpha
on word tokens, sentences and whole items (``mediakit.evaluate.agreement``),
and the span F1 of B against A with overlap and exact matching
(``mediakit.evaluate.evaluate``), then agreement on quotations and speakers.
Agreement is measured on the annotations as they were before adjudication:
``data/gold/adjudication.md`` keeps the original line of every item it
corrected (in the block after ``<!-- original-lines -->``), and by default
those lines replace the corrected ones in A. ``--adjudicated`` compares B with
the corrected gold file instead; ``--gold PATH`` uses another file as it is.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _tables, also when loaded by the tests

from _tables import fmt, render  # noqa: E402

from mediakit.errors import MediakitError  # noqa: E402
from mediakit.evaluate import (  # noqa: E402
    DETECTORS,
    GOLD_LABELS,
    GoldSet,
    agreement,
    attribution_accuracy,
    evaluate,
    read_gold,
    speakers_match,
)

DEFAULT_GOLD = ROOT / "data" / "gold" / "gold.jsonl"
DEFAULT_SECOND = ROOT / "data" / "gold" / "second_annotation.jsonl"
ADJUDICATION_LOG = ROOT / "data" / "gold" / "adjudication.md"
_ORIGINAL_BLOCK = re.compile(r"<!-- original-lines -->\s*```[a-z]*\n(.*?)```", re.S)


def original_lines(log: Path) -> dict[str, str]:
    """Item id -> the line of gold.jsonl before adjudication, for every item the log says was corrected."""
    if not log.exists():
        return {}
    found = _ORIGINAL_BLOCK.search(log.read_text(encoding="utf-8"))
    if found is None:
        return {}
    lines = [line for line in found.group(1).splitlines() if line.strip()]
    return {json.loads(line)["id"]: line for line in lines}


def as_annotated(gold: Path, log: Path, folder: Path) -> tuple[Path, list[str]]:
    """Write gold.jsonl as annotator A left it (corrected items restored from the log) into ``folder``."""
    originals = original_lines(log)
    restored, ids = [], []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item_id = json.loads(line)["id"]
            if item_id in originals:
                line = originals[item_id]
                ids.append(item_id)
        restored.append(line)
    path = folder / "gold_as_annotated.jsonl"
    path.write_text("\n".join(restored) + "\n", encoding="utf-8")
    return path, ids


def restrict(gold: GoldSet, ids: Sequence[str]) -> GoldSet:
    """The items of ``gold`` whose id is in ``ids``, in the order of ``ids``."""
    keep = set(ids)
    corpus = gold.corpus[gold.corpus["doc_id"].isin(keep)]
    corpus = corpus.set_index("doc_id").loc[list(ids)].reset_index()
    corpus.attrs = dict(gold.corpus.attrs)
    spans = gold.spans[gold.spans["doc_id"].isin(keep)].reset_index(drop=True)
    quotes = gold.quotes[gold.quotes["doc_id"].isin(keep)].reset_index(drop=True)
    return GoldSet(corpus, spans, quotes)


def paired(gold_path: Path | None, second_path: Path) -> tuple[GoldSet, GoldSet]:
    """(A restricted to B's items, B), after checking that both annotate the same texts."""
    if not second_path.exists():
        raise SystemExit(
            f"annotator_agreement: {second_path} not found. Put the second annotation there (same format as "
            "data/gold/gold.jsonl) or pass --second PATH."
        )
    a = read_gold(gold_path)
    b = read_gold(second_path)
    a_text = dict(zip(a.corpus["doc_id"], a.corpus["text"]))
    unknown = [d for d in b.corpus["doc_id"] if d not in a_text]
    if unknown:
        raise SystemExit(f"annotator_agreement: item(s) of B not in A: {', '.join(unknown[:5])}")
    changed = [d for d, t in zip(b.corpus["doc_id"], b.corpus["text"]) if a_text[d] != t]
    if changed:
        raise SystemExit(
            f"annotator_agreement: the text of {len(changed)} item(s) differs between A and B "
            f"({', '.join(changed[:5])}); both must annotate the same text"
        )
    return restrict(a, b.corpus["doc_id"].tolist()), b


def label_rows(a: GoldSet, b: GoldSet, *, n_boot: int, seed: int, by_detector: bool) -> list[dict[str, str]]:
    """One row per label (or per detector): kappa/alpha on tokens, sentences, items; span F1 of B vs A."""
    a_spans, b_spans = a.spans, b.spans
    if by_detector:
        to_det = {lab: det for det, labs in DETECTORS.items() for lab in labs}
        a_spans = a_spans.assign(label=a_spans["label"].map(to_det))
        b_spans = b_spans.assign(label=b_spans["label"].map(to_det))
        names = [d for d in DETECTORS if d in set(a_spans["label"]) | set(b_spans["label"])]
    else:
        used = set(a_spans["label"]) | set(b_spans["label"])
        names = [lab for lab in GOLD_LABELS if lab in used]
    stats = {
        unit: agreement(a_spans, b_spans, unit=unit, labels=names, corpus=a.corpus).set_index("label")
        for unit in ("token", "sentence", "document")
    }
    by = "detector" if by_detector else "label"
    overlap = evaluate(b.spans, a, n_boot=n_boot, seed=seed, by=by)
    exact = evaluate(b.spans, a, n_boot=0, criterion="exact", by=by)
    if by_detector:
        overlap = overlap.set_index("detector")
        exact = exact.set_index("detector")
    else:
        overlap = overlap[overlap["label"] != "all"].set_index("label")
        exact = exact[exact["label"] != "all"].set_index("label")
    rows = []
    for name in names:
        tok, sen, doc = stats["token"].loc[name], stats["sentence"].loc[name], stats["document"].loc[name]
        o, e = overlap.loc[name], exact.loc[name]
        rows.append(
            {
                "detector" if by_detector else "label": name,
                "spans A": str(int(o["n_gold"])),
                "spans B": str(int(o["n_pred"])),
                "token κ": fmt(tok["kappa"]),
                "token α": fmt(tok["alpha"]),
                "sentence κ": fmt(sen["kappa"]),
                "sentence α": fmt(sen["alpha"]),
                "item κ": fmt(doc["kappa"]),
                "item α": fmt(doc["alpha"]),
                "span F1 (overlap) [95% CI]": fmt(o["f1"], o["f1_low"], o["f1_high"]),
                "span F1 (exact)": fmt(e["f1"]),
            }
        )
    return rows


def quote_rows(a: GoldSet, b: GoldSet, *, n_boot: int, seed: int) -> list[dict[str, str]]:
    """Quotation boundaries (F1 of B vs A) and speakers (on the quotes both recorded, and overall)."""
    qa, qb = a.quotes.assign(label="quote"), b.quotes.assign(label="quote")
    overlap = evaluate(qb, qa, labels=["quote"], docs=a.corpus, n_boot=n_boot, seed=seed).iloc[0]
    exact = evaluate(qb, qa, labels=["quote"], docs=a.corpus, n_boot=0, criterion="exact").iloc[0]
    per = attribution_accuracy(b.quotes, a, per_quote=True)
    acc = attribution_accuracy(b.quotes, a, n_boot=n_boot, seed=seed).iloc[0]
    both = per[per["matched"]]
    same = int(both["correct"].sum())
    return [
        {"measure": "quotes recorded", "value": f"A {len(a.quotes)}, B {len(b.quotes)}"},
        {
            "measure": "quote span F1 (overlap) [95% CI]",
            "value": fmt(overlap.f1, overlap.f1_low, overlap.f1_high),
        },
        {"measure": "quote span F1 (exact)", "value": fmt(exact.f1)},
        {
            "measure": "same speaker, on quotes both recorded",
            "value": f"{same} of {len(both)} ({fmt(same / len(both) if len(both) else math.nan)})",
        },
        {
            "measure": "B's speaker right for A's quotes (missing = wrong) [95% CI]",
            "value": f"{int(acc.correct)} of {int(acc.n)}: "
            f"{fmt(acc.accuracy, acc.accuracy_low, acc.accuracy_high)}",
        },
    ]


def disagreements(a: GoldSet, b: GoldSet) -> pd.DataFrame:
    """Every difference between A and B, one row each, for adjudication.

    ``kind`` is ``A only`` / ``B only`` (a span of that label that the other
    annotator has nowhere overlapping), ``boundary`` (same label, overlapping,
    different offsets), ``detail`` (same span and label, different detail),
    and for quotations ``quote A only`` / ``quote B only`` / ``quote boundary``
    / ``speaker``.
    """
    rows: list[dict[str, object]] = []
    for doc_id in a.corpus["doc_id"]:
        sa = a.spans[a.spans["doc_id"] == doc_id]
        sb = b.spans[b.spans["doc_id"] == doc_id]
        used_b: set[int] = set()
        for ra in sa.itertuples():
            same = sb[(sb["label"] == ra.label) & (sb["start"] < ra.end) & (ra.start < sb["end"])]
            if not len(same):
                rows.append(_row(doc_id, "A only", ra, None))
                continue
            exact = same[(same["start"] == ra.start) & (same["end"] == ra.end)]
            rb = next((exact if len(exact) else same).itertuples())
            used_b.update(same.index)
            if len(exact):
                if rb.detail != ra.detail:
                    rows.append(_row(doc_id, "detail", ra, rb))
            else:
                rows.append(_row(doc_id, "boundary", ra, rb))
        for rb in sb.itertuples():
            if rb.Index not in used_b:
                rows.append(_row(doc_id, "B only", None, rb))
        qa = a.quotes[a.quotes["doc_id"] == doc_id]
        qb = b.quotes[b.quotes["doc_id"] == doc_id]
        used_q: set[int] = set()
        for ra in qa.itertuples():
            same = qb[(qb["start"] < ra.end) & (ra.start < qb["end"])]
            if not len(same):
                rows.append(_qrow(doc_id, "quote A only", ra, None))
                continue
            overlap = (same["end"].clip(upper=ra.end) - same["start"].clip(lower=ra.start)) / (
                same["end"].clip(lower=ra.end) - same["start"].clip(upper=ra.start)
            )
            rb = next(same.loc[[overlap.idxmax()]].itertuples())
            used_q.add(rb.Index)
            if (rb.start, rb.end) != (ra.start, ra.end):
                rows.append(_qrow(doc_id, "quote boundary", ra, rb))
            if not speakers_match(rb.speaker, ra.speaker):
                rows.append(_qrow(doc_id, "speaker", ra, rb))
        for rb in qb.itertuples():
            if rb.Index not in used_q:
                rows.append(_qrow(doc_id, "quote B only", None, rb))
    columns = ["doc_id", "kind", "label", "a", "b"]
    return pd.DataFrame(rows, columns=columns)


def _row(doc_id: str, kind: str, ra: object, rb: object) -> dict[str, object]:
    def show(r: object) -> str:
        if r is None:
            return "-"
        return f"{r.text!r} [{r.start}:{r.end}]" + (f" ({r.detail})" if r.detail else "")

    label = (ra or rb).label
    return {"doc_id": doc_id, "kind": kind, "label": label, "a": show(ra), "b": show(rb)}


def _qrow(doc_id: str, kind: str, ra: object, rb: object) -> dict[str, object]:
    def show(r: object) -> str:
        if r is None:
            return "-"
        text = r.text if len(r.text) <= 50 else r.text[:47] + "..."
        return f"{text!r} [{r.start}:{r.end}] speaker {r.speaker!r}"

    return {"doc_id": doc_id, "kind": kind, "label": "quote", "a": show(ra), "b": show(rb)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=None, help="annotator A, used as it is")
    parser.add_argument(
        "--adjudicated", action="store_true", help="A = gold.jsonl after adjudication (default: before)"
    )
    parser.add_argument(
        "--second", type=Path, default=DEFAULT_SECOND, help="annotator B (default: %(default)s)"
    )
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--disagreements", action="store_true", help="list every disagreement instead")
    parser.add_argument("--n-boot", type=int, default=1000, help="bootstrap replicates (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.gold is not None:
            gold_path, about = args.gold, f"{args.gold}"
        elif args.adjudicated:
            gold_path, about = DEFAULT_GOLD, "data/gold/gold.jsonl after adjudication"
        else:
            gold_path, restored = as_annotated(DEFAULT_GOLD, ADJUDICATION_LOG, Path(tmp))
            about = "data/gold/gold.jsonl as annotated, before adjudication"
            if restored:
                about += f" ({len(restored)} corrected item(s) restored from data/gold/adjudication.md)"
        return _report(args, gold_path, about)


def _report(args: argparse.Namespace, gold_path: Path, about: str) -> int:
    try:
        a, b = paired(gold_path, args.second)
        if args.disagreements:
            table = disagreements(a, b)
            rows = [{k: str(v) for k, v in r.items()} for r in table.to_dict("records")]
            print(render(rows, markdown=args.markdown, empty="(none)"))
            print()
            kinds = table["kind"].value_counts().to_dict()
            print(f"{len(table)} disagreements of B with A ({about}):", kinds)
            return 0
        per_label = label_rows(a, b, n_boot=args.n_boot, seed=args.seed, by_detector=False)
        per_detector = label_rows(a, b, n_boot=args.n_boot, seed=args.seed, by_detector=True)
        quotes = quote_rows(a, b, n_boot=args.n_boot, seed=args.seed)
    except MediakitError as exc:
        raise SystemExit(f"annotator_agreement: {exc}") from None
    head = "### " if args.markdown else ""
    print(f"{head}Agreement of B ({args.second}) with A ({about}) on B's {len(a.corpus)} items")
    print()
    print(
        "κ = Cohen's kappa, α = Krippendorff's alpha (nominal, 2 coders): a unit is coded yes for a label "
        "if a span of that label overlaps it; tokens are word tokens, items whole items. Span F1: B scored "
        "against A; 95% document-bootstrap intervals "
        f"({args.n_boot} replicates, seed {args.seed})."
    )
    print()
    print(f"{head}Per label")
    print()
    print(render(per_label, markdown=args.markdown, empty="(none)"))
    print()
    print(f"{head}Per detector (labels of a detector pooled)")
    print()
    print(render(per_detector, markdown=args.markdown, empty="(none)"))
    print()
    print(f"{head}Quotations and speakers")
    print()
    print(render(quotes, markdown=args.markdown, empty="(none)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
