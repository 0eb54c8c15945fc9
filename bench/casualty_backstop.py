"""The casualty rules alone against the rules plus the learned backstop (issue #4, stop 18).

Usage (from the repository root)::

    .venv/bin/python bench/casualty_backstop.py              # grouped cross-validation, development
    .venv/bin/python bench/casualty_backstop.py --held-out   # + held-out files, totals only
    .venv/bin/python bench/casualty_backstop.py --speed      # µs per text, with and without it
    .venv/bin/python bench/casualty_backstop.py --curve      # gain against training text
    .venv/bin/python bench/casualty_backstop.py --shapes     # what development misses remain

Development files are those ``corpus/casualty_training.txt`` lists, as ``earlywarn train`` uses
them; held out are the casualty files it leaves out (bench/casualty_lofo.py ``HELD_OUT``).
Cross-validation keeps each file whole: the files are dealt into ``--folds`` groups, and each
group is read by a backstop fitted on the others, so no file is scored by a model that saw its
writer's text. The rules were tuned on every development file, so their column is in-sample (the
backstop's gain there is on what the rules still miss after reading the file). Per file: stating
items exactly right (killed, injured and kidnapped, as
``earlywarn.enrich.training._casualty_accuracy``), and how many went from wrong to right and
right to wrong. ``--held-out`` fits on every development file and prints totals per held-out
file, never an item. ``--speed`` times the enricher's per-batch work (classify, then count) with
the shipped model, with and without its backstop, alternating in the same run. ``--curve``
repeats the cross-validation with a quarter, half, three quarters and all of each fold's
training files (a fixed random draw): how the gain grows with training text. ``--shapes``
repeats the cross-validation and counts the wrong kinds of the development stating items by
shape (read as 0, over, under, or a count where the text states none) and by who gave the
wrong count (the rules, or the backstop over a 0 of theirs): where a next round would look.
Test set v2 is never read, and the held-out files never by ``--shapes``."""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from casualty_lofo import HELD_OUT, development_files  # noqa: E402

from earlywarn.enrich.casualty_backstop import CasualtyBackstop  # noqa: E402
from earlywarn.enrich.classify import ThreatClassifier, signal_text  # noqa: E402
from earlywarn.enrich.severity import extract_severity  # noqa: E402
from earlywarn.enrich.training import LabelledItem, read_corpus  # noqa: E402
from earlywarn.model import Severity  # noqa: E402

Counts = tuple[int, int, int]


def counts(found: Severity) -> Counts:
    return (found.killed, found.injured, found.kidnapped)


def labelled(items: Sequence[LabelledItem]) -> list[tuple[str, Counts]]:
    return [(i.input_text, i.casualties) for i in items if i.casualties is not None]


def stating(items: Sequence[LabelledItem]) -> list[LabelledItem]:
    return [i for i in items if any(i.casualties or ())]


def compare(
    items: Sequence[LabelledItem], read: Callable[[list[str]], list[Severity]]
) -> tuple[int, int, int, int]:
    """(rules right, both right, wrong to right, right to wrong) over ``items``."""
    texts = [i.input_text for i in items]
    rules = [counts(extract_severity(t)) for t in texts]
    both = [counts(s) for s in read(texts)]
    rules_right = both_right = fixed = broken = 0
    for item, r, b in zip(items, rules, both, strict=True):
        rules_right += r == item.casualties
        both_right += b == item.casualties
        fixed += r != item.casualties and b == item.casualties
        broken += r == item.casualties and b != item.casualties
    return rules_right, both_right, fixed, broken


def invented(items: Sequence[LabelledItem], read: Callable[[list[str]], list[Severity]]) -> int:
    """Items stating no casualty that the rules read right and the backstop gives one."""
    quiet = [i for i in items if i.casualties == (0, 0, 0)]
    texts = [i.input_text for i in quiet]
    return sum(
        counts(extract_severity(t)) == (0, 0, 0) and counts(b) != (0, 0, 0)
        for t, b in zip(texts, read(texts), strict=True)
    )


def row(name: str, n: int, figures: tuple[int, int, int, int]) -> str:
    rules_right, both_right, fixed, broken = figures
    return (
        f"| {name} | {n} | {100 * rules_right / n:.1f} % ({rules_right}) "
        f"| {100 * both_right / n:.1f} % ({both_right}) | +{fixed} | −{broken} |"
    )


class Tally:
    """Per-file rows and their totals: stating items, the four figures of ``compare``, and the
    items stating none that the backstop gave a count."""

    def __init__(self) -> None:
        self.total = [0, 0, 0, 0, 0]
        self.quiet = self.phantom = 0

    def add(self, name: str, every: Sequence[LabelledItem], backstop: CasualtyBackstop) -> None:
        self.quiet += sum(i.casualties == (0, 0, 0) for i in every)
        self.phantom += invented(every, backstop.read)
        items = stating(every)
        if not items:
            return
        figures = compare(items, backstop.read)
        print(row(name, len(items), figures))
        self.total[0] += len(items)
        for j, v in enumerate(figures):
            self.total[j + 1] += v

    def finish(self, label: str) -> None:
        t = self.total
        print(row(f"**{label}**", t[0], (t[1], t[2], t[3], t[4])))
        print(
            f"\n{label}, items stating no casualty: {self.quiet}; the backstop gave one to "
            f"{self.phantom}"
        )


def cross_validate(files: dict[str, list[LabelledItem]], folds: int) -> None:
    names = sorted(files)
    group = {name: k % folds for k, name in enumerate(names)}
    print("| file | stating | rules | rules + backstop | wrong → right | right → wrong |")
    print("|---|---|---|---|---|---|")
    tally = Tally()
    for k in range(folds):
        train = [i for name in names if group[name] != k for i in files[name]]
        started = time.perf_counter()
        backstop = CasualtyBackstop.fit(labelled(train))
        print(
            f"(fold {k + 1}/{folds}: fitted in {time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )
        for name in (n for n in names if group[n] == k):
            tally.add(name, files[name], backstop)
    tally.finish("all development")


def curve(files: dict[str, list[LabelledItem]], folds: int) -> None:
    names = sorted(files)
    group = {name: k % folds for k, name in enumerate(names)}
    draw = random.Random(7)
    print("| share of training files | wrong → right | right → wrong |")
    print("|---|---|---|")
    for share in (0.25, 0.5, 0.75, 1.0):
        fixed = broken = 0
        for k in range(folds):
            pool = [n for n in names if group[n] != k]
            draw.shuffle(pool)
            pool = pool[: max(1, round(share * len(pool)))]
            try:
                backstop = CasualtyBackstop.fit(labelled([i for n in pool for i in files[n]]))
            except ValueError as exc:  # a small draw may miss a kind entirely
                print(f"(share {share}, fold {k + 1}: {exc})", file=sys.stderr)
                continue
            for name in (n for n in names if group[n] == k):
                items = stating(files[name])
                if items:
                    _, _, f, b = compare(items, backstop.read)
                    fixed += f
                    broken += b
        print(f"| {share:.0%} | +{fixed} | −{broken} |")


def shape(gold: int, said: int) -> str:
    """How a wrong count of one kind is wrong."""
    if said == 0:
        return "read as 0"
    if gold == 0:
        return "stated none"
    return "over" if said > gold else "under"


def shapes(files: dict[str, list[LabelledItem]], folds: int) -> None:
    """The wrong kinds of the development stating items, by kind, shape and source, each item
    read by a backstop fitted on the other folds."""
    names = sorted(files)
    group = {name: k % folds for k, name in enumerate(names)}
    found: Counter[tuple[str, str, str]] = Counter()
    right = total = 0
    for k in range(folds):
        backstop = CasualtyBackstop.fit(
            labelled([i for n in names if group[n] != k for i in files[n]])
        )
        items = [i for n in names if group[n] == k for i in stating(files[n])]
        texts = [i.input_text for i in items]
        for item, text, both in zip(items, texts, backstop.read(texts), strict=True):
            gold = item.casualties or (0, 0, 0)
            rules, read = counts(extract_severity(text)), counts(both)
            total += 1
            right += read == gold
            for kind, g, r, b in zip(KIND_NAMES, gold, rules, read, strict=True):
                if b != g:
                    found[(kind, shape(g, b), "rules" if b == r else "backstop")] += 1
    print(f"development stating items right: {right} of {total}\n")
    print("| kind | shape | wrong count from | kinds |")
    print("|---|---|---|---|")
    for (kind, how, source), n in found.most_common():
        print(f"| {kind} | {how} | {source} | {n} |")


KIND_NAMES = ("killed", "injured", "kidnapped")


def held_out(files: dict[str, list[LabelledItem]]) -> None:
    backstop = CasualtyBackstop.fit(labelled([i for items in files.values() for i in items]))
    print("\n| held-out file (totals only) | stating | rules | rules + backstop | fixed | broken |")
    print("|---|---|---|---|---|---|")
    tally = Tally()
    for name in HELD_OUT:
        tally.add(name, read_corpus(ROOT / "corpus" / f"{name}.jsonl"), backstop)
    tally.finish("all held out")


def speed(files: dict[str, list[LabelledItem]], repeat: int) -> None:
    """Classification plus casualty counts per batch, as the enricher runs them, with the
    shipped model: its counts from the rules alone, then from the rules plus its backstop."""
    from throughput import make_signals

    shipped = ThreatClassifier.load(ROOT / "models" / "threat-classifier")
    rules_only = ThreatClassifier(shipped._pipeline, shipped.metadata)  # no backstop
    sets = {
        "make_signals(20000), the live benches' mix": [
            signal_text(s.title, s.text) for s in make_signals(20_000)
        ],
        "development texts, casualty-dense (in the backstop's training)": [
            i.input_text for v in files.values() for i in v
        ],
    }
    batch = 500  # worker.batch_size's default

    def run(classifier: ThreatClassifier, texts: list[str]) -> float:
        started = time.perf_counter()
        for start in range(0, len(texts), batch):
            chunk = texts[start : start + batch]
            classifier.predict(chunk)
            classifier.read_casualties(chunk)
        return time.perf_counter() - started

    for name, texts in sets.items():
        best_rules = best_both = float("inf")
        for _ in range(repeat):  # alternating, so both see the same machine load
            best_rules = min(best_rules, run(rules_only, texts))
            best_both = min(best_both, run(shipped, texts))
        n = len(texts)
        print(f"{n} texts, {name}; batches of {batch}, best of {repeat}:")
        print(f"  classify + rules:            {1e6 * best_rules / n:.1f} µs/text")
        print(f"  classify + rules + backstop: {1e6 * best_both / n:.1f} µs/text")
        print(f"  ratio: {best_rules / best_both:.2f}× the rate without the backstop")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5, help="file groups for cross-validation")
    parser.add_argument("--held-out", action="store_true", help="also score the held-out files")
    parser.add_argument("--speed", action="store_true", help="only measure documents per second")
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats for --speed")
    parser.add_argument("--curve", action="store_true", help="only the gain against text")
    parser.add_argument(
        "--shapes", action="store_true", help="only the development misses left, by shape"
    )
    args = parser.parse_args(argv)
    files = development_files()
    if args.speed:
        speed(files, args.repeat)
        return 0
    if args.curve:
        curve(files, args.folds)
        return 0
    if args.shapes:
        shapes(files, args.folds)
        return 0
    cross_validate(files, args.folds)
    if args.held_out:
        held_out(files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
