"""Leave-one-file-out: the casualty rules beside the learned mention model (casualty round ten).

Usage (from the repository root)::

    .venv/bin/python bench/casualty_lofo.py              # the per-file table over development
    .venv/bin/python bench/casualty_lofo.py --held-out   # + the held-out files, totals only
    .venv/bin/python bench/casualty_lofo.py --rules-at 24e2444  # features from older rules

Development files: the ones ``corpus/casualty_training.txt`` lists (what ``earlywarn train`` fits
the casualty backstop on): every ``corpus/casualties_*.jsonl`` except the held-out ones, plus
``corpus/test.jsonl`` (test v1, development text since round six). ``HELD_OUT`` is derived: the
casualty files the manifest leaves out, so no second list can drift. For each file left out, the
mention model (``earlywarn.enrich.casualty_model``) is trained on the items of all the other
files and scores the left-out one; the rules (``severity.extract_severity``) score it in the
same run. The rules were tuned on every development file, so their column is **in-sample**;
``rules blind`` is the figure each file gave the rules of the time on its first read (from
corpus/README.md; "—" where none was recorded). ``hybrid`` adds the rules' counts as features
(so it inherits their in-sample advantage on development files); ``fallback`` keeps the rules'
answer unless the hybrid model is at least 0.9 sure of every mention. With ``--held-out`` all
development files train the models and each held-out file is scored, totals only.

``--rules-at REV`` builds the model's features (the rules' lexicons and cues, and the hybrid's
rules counts) from the rules as they were at a git revision (the single file ``severity.py`` or
the package ``severity/``, bench/severity_at_rev.py), and adds that version's score as a
column: with 24e2444 (casualty round seven, before any of fresh11-15 existed) both the
rules column and the model are blind to the newest writers, so that comparison is fair.
Scorer: exact match of all three counts on the items whose gold states any casualty, as
``earlywarn.enrich.training._casualty_accuracy``. Test set v2 is never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from severity_at_rev import load_severity_at  # noqa: E402

import earlywarn.enrich  # noqa: E402
from earlywarn.enrich import casualty_model  # noqa: E402
from earlywarn.enrich.severity import extract_severity  # noqa: E402
from earlywarn.enrich.training import LabelledItem, read_corpus, read_manifest  # noqa: E402
from earlywarn.model import Severity  # noqa: E402

# Development files are what `earlywarn train` fits the casualty backstop on (the manifest);
# held out are the casualty files it leaves out, scored only as totals (corpus/README.md).
MANIFEST = ROOT / "corpus" / "casualty_training.txt"
_LISTED = {path.name for path in read_manifest(MANIFEST)}
HELD_OUT = tuple(
    sorted(
        path.stem
        for path in (ROOT / "corpus").glob("casualties_*.jsonl")
        if path.name not in _LISTED
    )
)
FALLBACK_BELOW = 0.9
# The rules' score on each file's first read, before any rule was changed on it (corpus/README.md)
BLIND = {
    "casualties_blind": "77.6",
    "casualties_dev2": "83.9",
    "casualties_fresh": "87.3",
    "casualties_fresh2": "90.9",
    "casualties_fresh6": "80.0",
    "casualties_fresh7": "73.9",
    "casualties_fresh8": "92.6",
    "casualties_fresh9": "69.8",
    "casualties_fresh10": "87.3",
    "casualties_fresh11": "71.8",
    "casualties_fresh12": "75.4",
    "casualties_fresh13": "79.5",
    "casualties_fresh15": "67.4",
    "casualties_fresh16": "60.3",
    "casualties_fresh17": "65.1",
    "casualties_fresh18": "61.0",
    "casualties_fresh20": "75.8",
    "casualties_fresh21": "61.5",
    "casualties_fresh22": "72.9",
    "casualties_fresh23": "54.1",
    "casualties_fresh25": "77.6",
    "casualties_fresh26": "72.9",
    "casualties_fresh27": "86.5",
    "casualties_fresh29": "81.8",
    "casualties_fresh30": "83.7",
    "casualties_fresh31": "69.5",
    "casualties_fresh32": "85.0",
    "casualties_fresh33": "83.7",
    "casualties_fresh34": "76.6",
    "casualties_fresh35": "85.0",
    "casualties_fresh36": "79.8",
    "casualties_fresh37": "86.0",
    "casualties_fresh39": "79.6",
    "casualties_fresh40": "70.4",
    "casualties_fresh41": "66.0",
}
NEWEST = ("casualties_fresh11", "casualties_fresh12", "casualties_fresh13", "casualties_fresh15")


def development_files() -> dict[str, list[LabelledItem]]:
    """The manifest's files by name (casualty files sorted, then test v1), items with gold."""
    listed = read_manifest(MANIFEST)
    casualty_files = sorted(p for p in listed if p.name.startswith("casualties_"))
    others = [p for p in listed if not p.name.startswith("casualties_")]
    return {
        p.stem: [i for i in read_corpus(p) if i.casualties is not None]
        for p in (*casualty_files, *others)
    }


def right(items: Sequence[LabelledItem], extract: Callable[[str], Severity]) -> tuple[int, int]:
    """(exactly right, stating) over the items whose gold states a casualty."""
    stated = [i for i in items if any(i.casualties or ())]
    hits = 0
    for item in stated:
        got = extract(item.input_text)
        hits += (got.killed, got.injured, got.kidnapped) == item.casualties
    return hits, len(stated)


def fit(
    items: Sequence[LabelledItem], *, hybrid: bool, cm: ModuleType = casualty_model
) -> tuple[casualty_model.MentionModel, int, int]:
    data = cm.training_set(
        ((i.input_text, i.casualties) for i in items if i.casualties is not None), hybrid=hybrid
    )
    return cm.MentionModel(hybrid=hybrid).fit(data), data.items_used, data.items_ambiguous


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def model_with_rules_at(rev: str, into: Path) -> tuple[ModuleType, ModuleType]:
    """The rules at ``rev`` (single file or package), and a copy of casualty_model built on them
    instead of today's."""
    old_rules = load_severity_at(rev, into)
    current = earlywarn.enrich.severity
    earlywarn.enrich.severity = old_rules  # what the copy's "from ... import severity" finds
    try:
        cm = load("casualty_model_at_rev", ROOT / "src/earlywarn/enrich/casualty_model.py")
    finally:
        earlywarn.enrich.severity = current
    return old_rules, cm


def percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f} ({hits}/{total})" if total else "—"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--held-out", action="store_true", help=f"also score {', '.join(HELD_OUT)} (totals only)"
    )
    parser.add_argument("--rules-at", metavar="REV", help="build the features from older rules")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cm: ModuleType = casualty_model
    old_rules: ModuleType | None = None
    if args.rules_at:
        tmp = tempfile.TemporaryDirectory()
        old_rules, cm = model_with_rules_at(args.rules_at, Path(tmp.name))
    files = development_files()
    everything = [i for items in files.values() for i in items]
    _, used, ambiguous = fit(everything, hybrid=False, cm=cm)
    print(
        f"alignment over all development items with gold: {used} used, {ambiguous} ambiguous "
        f"(left out of training)\n"
    )
    columns: tuple[str, ...] = ("rules (in-sample)", "rules blind", "model", "hybrid", "fallback")
    if old_rules is not None:
        columns = (*columns[:2], f"rules at {args.rules_at}", *columns[2:])
    print("| file | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    totals = {c: [0, 0] for c in columns if c != "rules blind"}
    newest = {c: [0, 0] for c in totals}
    for name, items in files.items():
        train = [i for other, its in files.items() if other != name for i in its]
        model, _, _ = fit(train, hybrid=False, cm=cm)
        hybrid, _, _ = fit(train, hybrid=True, cm=cm)
        scores = {
            "rules (in-sample)": right(items, extract_severity),
            "model": right(items, model.extract),
            "hybrid": right(items, hybrid.extract),
            "fallback": right(
                items, lambda t, h=hybrid: h.extract(t, fallback_below=FALLBACK_BELOW)
            ),
        }
        if old_rules is not None:
            scores[f"rules at {args.rules_at}"] = right(items, old_rules.extract_severity)
        for column, (hits, total) in scores.items():
            totals[column][0] += hits
            totals[column][1] += total
            if name in NEWEST:
                newest[column][0] += hits
                newest[column][1] += total
        cells = [percent(*scores[c]) if c in scores else BLIND.get(name, "—") for c in columns]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for label, sums in (("newest writers (fresh11/12/13/15)", newest), ("all", totals)):
        cells = [percent(*sums[c]) if c in sums else "—" for c in columns]
        print(f"| **{label}** | " + " | ".join(cells) + " |")
    # every stating item was scored once (the scorer's count, as _casualty_accuracy counts)
    assert sum(any(i.casualties or ()) for i in everything) == totals["rules (in-sample)"][1]
    if args.held_out:
        model, _, _ = fit(everything, hybrid=False, cm=cm)
        hybrid, _, _ = fit(everything, hybrid=True, cm=cm)
        for name in HELD_OUT:
            held = [
                i
                for i in read_corpus(ROOT / "corpus" / f"{name}.jsonl")
                if i.casualties is not None
            ]
            print(f"\n{name} (held out, totals only):")
            print(f"  rules    {percent(*right(held, extract_severity))}")
            if old_rules is not None:
                old = percent(*right(held, old_rules.extract_severity))
                print(f"  rules at {args.rules_at} {old}")
            print(f"  model    {percent(*right(held, model.extract))}")
            print(f"  hybrid   {percent(*right(held, hybrid.extract))}")
            fallback = right(held, lambda t: hybrid.extract(t, fallback_below=FALLBACK_BELOW))
            print(f"  fallback {percent(*fallback)}")
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
