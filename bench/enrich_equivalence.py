"""Enrichment must give the same answers after a speed-up: fingerprints per record, and docs/s.

Usage (from the repository root)::

    .venv/bin/python bench/enrich_equivalence.py            # compare with the saved baseline
    .venv/bin/python bench/enrich_equivalence.py --record   # (re)write the baseline

Runs ``Enricher.enrich`` (classify → severity → geolocate → story id, in batches, in a fixed
order) over a large, varied input set: corpus/{train,dev,test}.jsonl, tests/data/geo_{test,dev}
(also in capitals, for the shouting-headline rules), tests/data/pataz_signals.jsonl, the entries
of the 200 real feeds in ../shared/data/feeds/real, the Defensoría case texts (as body and as
title) and bench/throughput.py's ``make_signals(20000)``. Each record's fingerprint is the
sha256 of its place (``Place.to_dict()``), severity, story id and outcome; the story id is the
``StoryGrouper`` one, assigned here in record order (grouping has moved from enrichment to the
detection stage; assigning it here keeps one comparable figure); ``Geolocator.explain``
(every mention and why) is fingerprinted too, on the project's gazetteer and on one with the
INEI populated centres. The baseline lives in var/cache/enrich_baseline.json (not committed).
String hashing is pinned (PYTHONHASHSEED=0 unless set): the geolocator's tie order between
departments follows set iteration order, which otherwise changes from process to process.

It prints the number of differing records (0 expected, exit status 1 otherwise) and the docs/s of
enrich, locate and severity now beside the recorded baseline. Machines and load differ between
runs, so it also measures, in this run, a floor that no change to the rules touches: normalising
and iterating the raw Aho-Corasick automaton over the same documents. The "normalised" speed-up
divides each rate by that floor before comparing.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from earlywarn.collect.normalize import parse_feed
from earlywarn.config import load_settings
from earlywarn.enrich.cluster import StoryGrouper
from earlywarn.enrich.gazetteer import Gazetteer, normalize
from earlywarn.enrich.geolocate import Geolocator
from earlywarn.enrich.severity import extract_severity
from earlywarn.model import Signal, SignalKind, dumps
from earlywarn.pipeline import Components, Enriched, signal_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from throughput import make_signals  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
BASELINE = ROOT / "var" / "cache" / "enrich_baseline.json"
CCPP = SHARED / "gazetteer" / "ubigeo_ccpp.csv.gz"
START = datetime(2026, 1, 1, tzinfo=UTC)
BATCH = 500


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _signal(group: str, i: int, title: str, text: str, kind: str = "news") -> Signal:
    when = START + timedelta(minutes=3 * i)
    return Signal(
        id=Signal.make_id(group, str(i)),
        source=group,
        kind=SignalKind(kind) if kind in {k.value for k in SignalKind} else SignalKind.NEWS,
        title=title,
        text=text,
        published_at=when,
        received_at=when,
    )


def inputs() -> list[tuple[str, Signal]]:
    """(record key, signal) in a fixed order: story ids depend on what came before."""
    out: list[tuple[str, Signal]] = []
    for name in ("train", "dev", "test"):
        for i, row in enumerate(_jsonl(ROOT / "corpus" / f"{name}.jsonl")):
            sig = _signal(name, i, row["title"], row.get("text", ""), row.get("kind", "news"))
            out.append((f"corpus/{name}:{i}", sig))
    for name in ("geo_test", "geo_dev"):
        rows = list(_jsonl(ROOT / "tests" / "data" / f"{name}.jsonl"))
        for i, row in enumerate(rows):
            out.append((f"{name}:{i}", _signal(name, i, row["title"], row.get("text", ""))))
        for i, row in enumerate(rows):
            title, text = row["title"].upper(), row.get("text", "")
            out.append((f"{name}/upper:{i}", _signal(f"{name}/upper", i, title, text)))
    for i, row in enumerate(_jsonl(ROOT / "tests" / "data" / "pataz_signals.jsonl")):
        sig = _signal("pataz", i, row["title"], row.get("text", ""))
        out.append((f"pataz:{i}", sig))
    feeds = sorted((SHARED / "feeds" / "real").iterdir())
    for path in feeds:
        result = parse_feed(path.name, path.read_bytes(), START, None)
        for j, sig in enumerate(result.signals):
            out.append((f"feed/{path.name}:{j}", sig))
    with (SHARED / "eval" / "defensoria_casos_unicos.csv").open(encoding="utf-8") as fh:
        cases = [row["caso"] for row in csv.DictReader(fh)]
    for i, case in enumerate(cases):
        out.append((f"defensoria/body:{i}", _signal("defensoria", i, "Conflicto social", case)))
        out.append((f"defensoria/title:{i}", _signal("defensoria/t", i, case[:160], case[160:])))
    for i, sig in enumerate(make_signals(20000)):
        out.append((f"bench:{i}", sig))
    return out


def _digest(obj: dict[str, Any]) -> str:
    return hashlib.sha256(dumps(obj)).hexdigest()


def _enriched_print(item: Enriched, stories: StoryGrouper) -> str:
    story = None
    if item.incident is not None:
        signal = item.signal
        story = stories.assign(
            item.place.department_ubigeo,
            item.classification.category,
            signal.published_at,
            signal.title,
            signal.text,
            signal.source,
            field_report=signal.kind is SignalKind.FIELD,
            confidence=item.classification.confidence,
        ).id
    return _digest(
        {
            "place": item.place.to_dict(),
            "severity": item.severity.to_dict(),
            "story": story,
            "outcome": item.outcome.value,
        }
    )


def _explain_print(geo: Geolocator, sig: Signal) -> str:
    found = geo.explain(sig.title, sig.text)
    mentions = [(m.span, m.start, m.kept, m.why) for m in found.mentions]
    return _digest({"place": found.place.to_dict(), "mentions": mentions})


def fingerprints(
    components: Components, ccpp_geo: Geolocator, records: Sequence[tuple[str, Signal]]
) -> dict[str, str]:
    prints: dict[str, str] = {}
    enricher = components.enricher()
    stories = StoryGrouper()
    signals = [sig for _, sig in records]
    for at in range(0, len(signals), BATCH):
        for (key, _), item in zip(
            records[at : at + BATCH], enricher.enrich(signals[at : at + BATCH]), strict=True
        ):
            prints[key] = _enriched_print(item, stories)
    text_records = [(k, s) for k, s in records if not k.startswith("bench:")]
    for key, sig in text_records:
        prints[f"explain/{key}"] = _explain_print(components.geolocator, sig)
        prints[f"ccpp/{key}"] = _explain_print(ccpp_geo, sig)
    return prints


def _best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def rates(components: Components, signals: Sequence[Signal], repeat: int) -> dict[str, float]:
    """Docs/s of the automaton floor, locate, the casualty rules alone and the whole enrich step
    (which counts casualties with the rules plus the learned backstop)."""
    geo = components.geolocator
    automaton = geo._automaton  # the floor walks the very same automaton
    news = [s for s in signals if s.kind is SignalKind.NEWS]
    n = len(news)

    def floor() -> None:
        for s in news:
            for _ in automaton.iter(" " + normalize(f"{s.title}\n{s.text}") + " "):
                pass

    def locate() -> None:
        for s in news:
            geo.locate(s.title, s.text)

    def severity() -> None:
        for s in news:
            extract_severity(signal_text(s))

    def enrich() -> None:
        enricher = components.enricher()
        for at in range(0, n, BATCH):
            enricher.enrich(news[at : at + BATCH])

    return {
        "automaton": n / _best_of(repeat, floor),
        "locate": n / _best_of(repeat, locate),
        "severity": n / _best_of(repeat, severity),
        "enrich": n / _best_of(repeat, enrich),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--record", action="store_true", help="write the baseline")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs, best kept")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="baseline file")
    args = parser.parse_args()
    if "PYTHONHASHSEED" not in os.environ:
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    baseline: Path = args.baseline

    settings = load_settings(ROOT / "config" / "earlywarn.yaml", environ={})
    components = Components.load(settings)
    ccpp_geo = Geolocator(Gazetteer.load([CCPP]))
    records = inputs()
    print(f"{len(records):,} records", flush=True)
    prints = fingerprints(components, ccpp_geo, records)
    now = rates(components, [s for _, s in records], args.repeat)

    if args.record or not baseline.exists():
        baseline.parent.mkdir(parents=True, exist_ok=True)
        baseline.write_text(json.dumps({"rates": now, "fingerprints": prints}))
        print(f"baseline recorded: {len(prints):,} fingerprints in {baseline}")
        for name, rate in now.items():
            print(f"  {name:<10} {rate:>10,.0f} docs/s")
        return 0

    saved = json.loads(baseline.read_text())
    before: dict[str, str] = saved["fingerprints"]
    differ = sorted(k for k in before.keys() | prints.keys() if before.get(k) != prints.get(k))
    print(f"fingerprints: {len(prints):,} compared, {len(differ)} differ")
    for key in differ[:20]:
        print(f"  differs: {key}")
    base_rates: dict[str, float] = saved["rates"]
    floor_now, floor_then = now["automaton"], base_rates["automaton"]
    print(f"{'docs/s':<10} {'baseline':>10} {'now':>10} {'speed-up':>9} {'normalised':>11}")
    for name, rate in now.items():
        then = base_rates[name]
        normalised = (rate / floor_now) / (then / floor_then)
        print(f"{name:<10} {then:>10,.0f} {rate:>10,.0f} {rate / then:>8.2f}× {normalised:>10.2f}×")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
