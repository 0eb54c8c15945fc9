"""Classifier generalisation figures (issue #4): cross-validation and held-out development files.

Prints, for one feature/corpus state of the working tree, macro-F1, F1 of homicide,
armed_attack and not_relevant, and not_relevant precision on:

- ``cv-hw``: 5-fold cross-validation over the hand-written training items (the templated
  ``train.jsonl`` always in training), at the trained relevance gate;
- ``cv-hw<=16``: the same folds over the items of ``train_handwritten_01``…``16`` only, every
  later hand-written file always in training (comparable before and after a new batch);
- the model trained on everything, scored on ``dev.jsonl``, ``test.jsonl`` (v1, now
  development text) and, with ``--fresh``, ``class_fresh1.jsonl`` and ``class_fresh2.jsonl``
  (held out: each scored once before and once after a round's changes).

Never reads ``test2*`` (test set v2). Deterministic (fixed seed). The last line is JSON.
Run inside the venv from the repository root:

    python bench/classify_generalisation.py [--skip-cv] [--fresh]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

from earlywarn.enrich.classify import Classification, ThreatClassifier
from earlywarn.enrich.training import (
    DEFAULT_SEED,
    TRAINED_NOT_RELEVANT_THRESHOLD,
    LabelledItem,
    build_pipeline,
    evaluate,
    read_corpus,
)
from earlywarn.model import Category

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
HELD_OUT = ("dev.jsonl", "test.jsonl")
FRESH = ("class_fresh1.jsonl", "class_fresh2.jsonl")
WATCHED = ("homicide", "armed_attack", "not_relevant")
# The hand-written files before issue #4's round k4; later files are always in training for
# ``cv-hw<=16`` so that figure stays comparable across rounds.
BASE_ROUNDS = 16


def fit(items: Sequence[LabelledItem]) -> ThreatClassifier:
    pipeline = build_pipeline(DEFAULT_SEED)
    pipeline.fit([i.input_text for i in items], [i.category.value for i in items])
    facts = {"not_relevant_threshold": TRAINED_NOT_RELEVANT_THRESHOLD}
    return ThreatClassifier(pipeline, facts)


def summary(report: dict[str, Any]) -> dict[str, float]:
    per_class = report["per_class"]
    row = {"macro_f1": report["macro_f1"]}
    row.update({f"f1_{label}": per_class[label]["f1"] for label in WATCHED})
    row["nr_precision"] = per_class["not_relevant"]["precision"]
    row["nr_recall"] = per_class["not_relevant"]["recall"]
    return row


def base_keys() -> set[str]:
    """(title|text) keys of the hand-written items of rounds 01–16."""
    spec = importlib.util.spec_from_file_location("bh", CORPUS / "build_handwritten.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    files = [
        p
        for p in sorted(CORPUS.glob("train_handwritten_*.txt"))
        if int(p.name.split("_")[2]) <= BASE_ROUNDS
    ]
    return {f"{i['title']}|{i['text']}" for i in builder.parse_training(files)}


class OutOfFold:
    """Answers ``predict`` with each item's out-of-fold prediction, so ``evaluate`` can pool
    the folds into one report (per-fold averages would weight small classes unevenly)."""

    def __init__(self, fixed: list[LabelledItem], folded: list[LabelledItem], folds: int) -> None:
        labels = np.array([i.category.value for i in folded])
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=DEFAULT_SEED)
        self._by_text: dict[str, Classification] = {}
        for train_idx, test_idx in splitter.split(np.zeros(len(folded)), labels):
            model = fit(fixed + [folded[i] for i in train_idx])
            texts = [folded[i].input_text for i in test_idx]
            self._by_text.update(zip(texts, model.predict(texts), strict=True))

        self.gate = TRAINED_NOT_RELEVANT_THRESHOLD

    def predict(self, texts: Sequence[str]) -> list[Classification]:
        return [regate(self._by_text[t], self.gate) for t in texts]


def regate(result: Classification, gate: float) -> Classification:
    """``result`` as the relevance gate ``gate`` would have decided it."""
    p = result.probabilities
    if p["not_relevant"] >= gate:
        best = "not_relevant"
    else:
        best = max((c for c in p if c != "not_relevant"), key=p.__getitem__)
    return replace(result, category=Category(best), confidence=p[best])


def cross_validate(
    fixed: list[LabelledItem],
    folded: list[LabelledItem],
    gates: Sequence[float] = (),
    folds: int = 5,
) -> dict[str, dict[str, float]]:
    """Pooled out-of-fold figures over ``folded`` (``fixed`` in every training split), at the
    trained gate (key ``""``) and at each of ``gates`` (key ``"@gate"``)."""
    pooled = OutOfFold(fixed, folded, folds)
    figures = {"": summary(evaluate(pooled, folded))}  # type: ignore[arg-type]
    for gate in gates:
        pooled.gate = gate
        figures[f"@{gate}"] = summary(evaluate(pooled, folded))  # type: ignore[arg-type]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-cv", action="store_true", help="held-out files only")
    parser.add_argument(
        "--gates",
        type=lambda v: [float(g) for g in v.split(",")],
        default=[],
        help="also report cross-validation at these relevance gates, e.g. 0.5,0.6",
    )
    parser.add_argument(
        "--fresh", action="store_true", help=f"also score {FRESH} (held out: once per round)"
    )
    args = parser.parse_args()
    templated = read_corpus(CORPUS / "train.jsonl")
    handwritten = read_corpus(CORPUS / "train_handwritten.jsonl")
    figures: dict[str, dict[str, float]] = {}
    if not args.skip_cv:
        base = base_keys()
        old = [i for i in handwritten if f"{i.title}|{i.text}" in base]
        new = [i for i in handwritten if f"{i.title}|{i.text}" not in base]
        for name, fixed, folded in (
            ("cv-hw", templated, handwritten),
            (f"cv-hw<={BASE_ROUNDS}", templated + new, old),
        ):
            for suffix, row in cross_validate(fixed, folded, args.gates).items():
                figures[name + suffix] = row
    model = fit(templated + handwritten)
    for name in (*HELD_OUT, *FRESH) if args.fresh else HELD_OUT:
        figures[name] = summary(evaluate(model, read_corpus(CORPUS / name)))
    heads = ["macro_f1", *(f"f1_{label}" for label in WATCHED), "nr_precision", "nr_recall"]
    print(f"{'':18}" + "".join(f"{h:>16}" for h in heads))
    for name, row in figures.items():
        print(f"{name:18}" + "".join(f"{row[h]:>16.3f}" for h in heads))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
