"""Score mediakit's detectors on the gold set, next to a plain word-list baseline.

Run by hand from the repository root (not part of ``make bench``)::

    .venv/bin/python benchmarks/evaluate_detectors.py               # the test split: report these
    .venv/bin/python benchmarks/evaluate_detectors.py --split dev   # the dev split: tune on this only
    .venv/bin/python benchmarks/evaluate_detectors.py --markdown    # tables for docs/evaluation.md

It runs ``mk.detect_loaded``, ``mk.detect_hedges`` (and ``mk.detect_naming`` if it
exists) and ``mediakit.sources.detect_sources`` on the gold corpus, and prints
span-overlap precision, recall and F1 per label and detector with 95% bootstrap
intervals (``mediakit.evaluate.evaluate``), then speaker attribution accuracy
(``attribution_accuracy``). The baseline runs the same detectors with the same
lexicons stripped of every context rule (``Lexicon.without_context()``), so the
gain from the context rules is visible. Targets (test split): hedging F1 >=
0.85, loaded language F1 >= 0.80, attribution accuracy >= 0.90. ``--check``
exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _tables, also when loaded by the tests

from _tables import fmt, render  # noqa: E402

import mediakit as mk  # noqa: E402
from mediakit.errors import MediakitError  # noqa: E402
from mediakit.evaluate import GOLD_LABELS, attribution_accuracy, evaluate, read_gold  # noqa: E402

#: Minimum F1 (detectors) and accuracy (attribution) on the test split.
TARGETS: dict[str, float] = {"loaded": 0.80, "hedging": 0.85, "attribution": 0.90}


class Detectors:
    """The detector functions this benchmark calls, looked up once with a clear error if any is missing."""

    def __init__(self) -> None:
        needed = ("detect_loaded", "detect_hedges", "Lexicon")
        missing = [f"mediakit.{name}" for name in needed if not hasattr(mk, name)]
        try:
            from mediakit.sources import detect_sources
        except ImportError:
            detect_sources = None
            missing.append("mediakit.sources.detect_sources")
        if missing:
            raise SystemExit(
                f"evaluate_detectors: {', '.join(missing)} not found in this mediakit "
                f"({Path(mk.__file__).parent}). This benchmark scores the detectors; run it once they have "
                "landed (pip install -e . in the checkout that has them)."
            )
        self.loaded: Callable[..., pd.DataFrame] = mk.detect_loaded
        self.hedges: Callable[..., pd.DataFrame] = mk.detect_hedges
        self.naming: Callable[..., pd.DataFrame] | None = getattr(mk, "detect_naming", None)
        self.sources: Callable[..., pd.DataFrame] = detect_sources
        self.lexicon: Any = mk.Lexicon


def _target_note(name: str, value: float, split: str) -> str:
    if name not in TARGETS:
        return ""
    goal = TARGETS[name]
    if value is None or math.isnan(value):
        return f">= {goal:.2f}: no score"
    met = "met" if value >= goal else "NOT met"
    return f">= {goal:.2f}: {met}" + ("" if split == "test" else " (targets apply to test)")


def score_table(table: pd.DataFrame, split: str, *, targets: bool = True) -> list[dict[str, str]]:
    """Printable rows, one per label and detector: P, R, F1 with intervals, and the target if ``targets``."""
    rows = []
    for r in table.itertuples(index=False):
        cells = {
            "detector": r.detector,
            "label": r.label,
            "gold": str(r.n_gold),
            "hits": str(r.n_pred),
            "precision": fmt(r.precision, r.precision_low, r.precision_high),
            "recall": fmt(r.recall, r.recall_low, r.recall_high),
            "F1": fmt(r.f1, r.f1_low, r.f1_high),
        }
        if targets:
            cells["target (F1)"] = _target_note(r.detector, r.f1, split) if r.label == "all" else ""
        rows.append(cells)
    return rows


def run_detectors(det: Detectors, corpus: pd.DataFrame, *, baseline: bool) -> pd.DataFrame:
    """All loaded, naming and hedging hits on the corpus (plain word lists if ``baseline``)."""
    if baseline:
        loaded = det.loaded(corpus, lexicon=det.lexicon.load("loaded").without_context())
        hedges = det.hedges(corpus, lexicon=det.lexicon.load("hedges").without_context())
        frames = [loaded, hedges]
    else:
        frames = [det.loaded(corpus), det.hedges(corpus)]
        if det.naming is not None:
            frames.append(det.naming(corpus))
    frames = [f[["doc_id", "start", "end", "label"]] for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=["doc_id", "start", "end", "label"])
    return pd.concat(frames, ignore_index=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=["test", "dev", "all"],
        default="test",
        help="gold split to score on (default: test; tune on dev only)",
    )
    parser.add_argument("--gold", type=Path, default=None, help="gold file (default: data/gold/gold.jsonl)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--n-boot", type=int, default=1000, help="bootstrap replicates (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    parser.add_argument("--check", action="store_true", help="exit with status 1 if a target is missed")
    args = parser.parse_args(argv)

    det = Detectors()
    try:
        gold = read_gold(args.gold, split=None if args.split == "all" else args.split)
        corpus = gold.corpus
        options = {"labels": list(GOLD_LABELS), "n_boot": args.n_boot, "seed": args.seed}
        with_rules = evaluate(run_detectors(det, corpus, baseline=False), gold, **options)
        plain = evaluate(run_detectors(det, corpus, baseline=True), gold, **options)
        source_hits = det.sources(corpus)
        attribution = attribution_accuracy(source_hits, gold, n_boot=args.n_boot, seed=args.seed)
        gold_quotes = gold.quotes.assign(label="quote")
        quote_hits = source_hits[source_hits["label"] == "quote"] if "label" in source_hits else source_hits
        quotes = evaluate(
            quote_hits.assign(label="quote"),
            gold_quotes,
            labels=["quote"],
            docs=corpus,
            n_boot=args.n_boot,
            seed=args.seed,
        )
    except MediakitError as exc:
        raise SystemExit(f"evaluate_detectors: {exc}") from None

    md = args.markdown
    head = "### " if md else ""
    n_items = len(corpus)
    print(f"{head}mediakit detectors on the gold set: split {args.split}, {n_items} items")
    print()
    print(
        "Span-overlap matching (a hit is correct if it shares a character with a gold span of the same "
        "label); "
        f"95% document-bootstrap percentile intervals, {args.n_boot} replicates, seed {args.seed}."
    )
    print()
    print(f"{head}Detectors (lexicons with context rules)")
    print()
    print(render(score_table(with_rules, args.split), markdown=md))
    print()
    print(f"{head}Baseline: the same lexicons as plain word lists (every context rule removed)")
    print()
    print(render(score_table(plain, args.split, targets=False), markdown=md))
    print()
    gain_rows = []
    for det_name in ("loaded", "naming", "hedging"):
        a = with_rules[(with_rules["detector"] == det_name) & (with_rules["label"] == "all")]
        b = plain[(plain["detector"] == det_name) & (plain["label"] == "all")]
        if len(a) and len(b):
            f_rules, f_plain = float(a["f1"].iloc[0]), float(b["f1"].iloc[0])
            gain = round(f_rules - f_plain, 2) + 0.0  # no "-0.00"
            gain_rows.append(
                {
                    "detector": det_name,
                    "F1 plain list": fmt(f_plain),
                    "F1 with context rules": fmt(f_rules),
                    "gain": "n/a" if math.isnan(gain) else f"{gain:+.2f}",
                }
            )
    print(f"{head}Gain from context rules")
    print()
    print(render(gain_rows, markdown=md))
    print()
    att = attribution.iloc[0]
    q = quotes.iloc[0]
    print(f"{head}Sources")
    print()
    print(
        render(
            [
                {
                    "measure": "quotation detection (label quote, overlap)",
                    "n": f"{int(q.n_gold)} gold, {int(q.n_pred)} hits",
                    "score": f"P {fmt(q.precision, q.precision_low, q.precision_high)}, "
                    f"R {fmt(q.recall, q.recall_low, q.recall_high)}, F1 {fmt(q.f1, q.f1_low, q.f1_high)}",
                    "target": "",
                },
                {
                    "measure": "speaker attribution accuracy",
                    "n": f"{int(att.correct)} of {int(att.n)} gold quotes",
                    "score": fmt(att.accuracy, att.accuracy_low, att.accuracy_high),
                    "target": _target_note("attribution", att.accuracy, args.split),
                },
            ],
            markdown=md,
        )
    )
    missed = []
    for name in ("loaded", "hedging"):
        row = with_rules[(with_rules["detector"] == name) & (with_rules["label"] == "all")]
        value = float(row["f1"].iloc[0]) if len(row) else math.nan
        if not value >= TARGETS[name]:
            missed.append(f"{name} F1 {fmt(value)} < {TARGETS[name]:.2f}")
    if not att.accuracy >= TARGETS["attribution"]:
        missed.append(f"attribution {fmt(att.accuracy)} < {TARGETS['attribution']:.2f}")
    print()
    on = "" if args.split == "test" else f" (on {args.split}; the targets apply to test)"
    print(("Targets missed: " + "; ".join(missed) if missed else "All targets met.") + on)
    return 1 if args.check and missed and args.split == "test" else 0


if __name__ == "__main__":
    sys.exit(main())
