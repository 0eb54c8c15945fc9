"""Casualty counts exact, per labelled file, with the rules now and at earlier git revisions.

Usage (from the repository root)::

    .venv/bin/python bench/casualty_scores.py corpus/casualties_fresh42.jsonl ...
    .venv/bin/python bench/casualty_scores.py --rev 526f9f9 --changed 526f9f9 corpus/*.jsonl

This is how corpus/README.md's blind and held-out figures are measured: a file written by a
writer who never saw the rules is scored with the rules of each revision (``git archive``, so
nothing is checked out; bench/severity_at_rev.py) and with the working tree ("now"), before
anyone reads it. It prints totals only, never an item's text or id, so it may be run on
held-out files without revealing them. Scorer: exact match of killed, injured and kidnapped on
the items whose gold states any casualty, as ``earlywarn.enrich.training._casualty_accuracy``
(``all`` counts every item with gold counts, including those that state none).
``--changed REV`` also prints, per file, how many stating items went from right at REV to
wrong now and from wrong to right: a round must not break what an earlier one read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from severity_at_rev import load_severity_at  # noqa: E402

from earlywarn.enrich.severity import extract_severity  # noqa: E402
from earlywarn.enrich.training import LabelledItem, read_corpus  # noqa: E402

Counts = tuple[int, int, int]
Extractor = Callable[[str], object]


def counts_of(extract: Extractor, text: str) -> Counts:
    found = extract(text)
    return (found.killed, found.injured, found.kidnapped)  # type: ignore[attr-defined]


def verdicts(extract: Extractor, items: Sequence[LabelledItem]) -> list[tuple[bool, bool]]:
    """Per item with gold counts: (states a casualty, exactly right)."""
    return [
        (any(item.casualties), counts_of(extract, item.input_text) == item.casualties)
        for item in items
        if item.casualties is not None
    ]


def cell(marks: Sequence[tuple[bool, bool]]) -> str:
    stated = [ok for states, ok in marks if states]
    if not stated:
        return "—"
    return f"{100 * sum(stated) / len(stated):.1f} % ({sum(stated)}/{len(stated)})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="labelled JSONL files")
    parser.add_argument(
        "--rev", action="append", default=[], help="also score with the rules at this revision"
    )
    parser.add_argument(
        "--changed", metavar="REV", help="count items right at REV and wrong now, and the reverse"
    )
    args = parser.parse_args(argv)

    missing = [str(path) for path in args.files if not path.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    revs: list[str] = list(dict.fromkeys([*args.rev, *([args.changed] if args.changed else [])]))
    extractors: dict[str, Extractor] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for number, rev in enumerate(revs):
            module = load_severity_at(rev, Path(tmp) / str(number), f"severity_at_{number}")
            extractors[rev] = module.extract_severity
    extractors["now"] = extract_severity

    columns = [*args.rev, "now"]
    header = ["file (stating items exact)", *columns]
    if args.changed:
        header += [f"right at {args.changed} → wrong", "wrong → right"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    totals: dict[str, list[tuple[bool, bool]]] = {column: [] for column in extractors}
    broke = fixed = 0
    for path in args.files:
        items = read_corpus(path)
        marks = {column: verdicts(extract, items) for column, extract in extractors.items()}
        for column, found in marks.items():
            totals[column] += found
        row = [path.stem, *(cell(marks[column]) for column in columns)]
        if args.changed:
            pairs = list(zip(marks[args.changed], marks["now"], strict=True))
            file_broke = sum(1 for (s, was), (_, now) in pairs if s and was and not now)
            file_fixed = sum(1 for (s, was), (_, now) in pairs if s and now and not was)
            broke, fixed = broke + file_broke, fixed + file_fixed
            row += [str(file_broke), str(file_fixed)]
        print("| " + " | ".join(row) + " |")
    if len(args.files) > 1:
        row = ["**all**", *(cell(totals[column]) for column in columns)]
        if args.changed:
            row += [str(broke), str(fixed)]
        print("| " + " | ".join(row) + " |")
    everything = totals["now"]
    right_all = sum(ok for _, ok in everything)
    print(f"\nnow, all items with gold counts: {right_all}/{len(everything)} exact")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
