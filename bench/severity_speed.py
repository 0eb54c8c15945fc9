"""Speed of casualty extraction now, beside an earlier version measured in the same run.

Usage (from the repository root)::

    .venv/bin/python bench/severity_speed.py               # against the last commit (HEAD)
    .venv/bin/python bench/severity_speed.py --rev 3e4d6d8 # against any git revision

Loads the casualty rules (``src/earlywarn/enrich/severity/``) as they are now and as they were
at ``--rev``, single file or package (bench/severity_at_rev.py: read with ``git archive``,
nothing checked out), runs both over the same documents (the training, hand-written and
development corpora, the casualty development files, and bench/throughput.py's
``make_signals(20000)``; not the test set), best of ``--repeat`` runs each, and prints docs/s of
both, the ratio, and how many documents the two versions count differently. Machines and load
differ, so only the ratio within one run means anything.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from severity_at_rev import load_severity_at  # noqa: E402
from throughput import make_signals  # noqa: E402

CORPORA = (
    "train.jsonl",
    "train_handwritten.jsonl",
    "dev.jsonl",
    "casualties_dev.jsonl",
    "casualties_dev2.jsonl",
)


def documents() -> list[str]:
    texts: list[str] = []
    for name in CORPORA:
        with (ROOT / "corpus" / name).open(encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                texts.append(f"{item['title']}. {item.get('text') or ''}")
    texts += [f"{s.title}. {s.text}" for s in make_signals(20000)]
    return texts


def rate(extract: Callable[[str], object], texts: Sequence[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="HEAD", help="git revision to compare with")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs, best kept")
    args = parser.parse_args()

    from earlywarn.enrich.severity import extract_severity

    texts = documents()
    with tempfile.TemporaryDirectory() as tmp:
        before = load_severity_at(args.rev, Path(tmp)).extract_severity
    differ = sum(extract_severity(t) != before(t) for t in texts)
    then = rate(before, texts, args.repeat)
    now = rate(extract_severity, texts, args.repeat)
    print(f"{len(texts):,} documents; counts differ on {differ:,} of them")
    print(f"{'docs/s':<8} {args.rev + ' (baseline)':>18} {'now':>10} {'ratio':>7}")
    print(f"{'severity':<8} {then:>18,.0f} {now:>10,.0f} {now / then:>6.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
