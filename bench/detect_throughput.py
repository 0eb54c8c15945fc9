"""Throughput and memory of the pure escalation detector over a simulated year.

    python bench/detect_throughput.py [--per-day N] [--days D] [--seed S] [--method M]

Every one of Peru's 1,890 districts (../shared/data/gazetteer/ubigeo_inei_2025.csv) is
watched (``district_regions``) besides its department and province, so each incident
updates three regions. Incidents arrive in event-time order, ``--per-day`` a day spread
over all districts (a few mining districts much busier) and nine categories, with story ids
already assigned (grouping is enrichment's job, measured by its own bench). The stream goes
through the pure detector as ``Detection.observe`` drives it, in batches of ``--batch``:
``EscalationDetector.observe_batch``, which advances the department's event time before each
newer incident (same output as advance + observe one at a time; ``bench/detect_golden.py``
checks that). Times are the process's CPU time (``time.process_time``): the detector is
single-threaded, and on a shared machine wall time measures the neighbours. Measured in the
same run on the same stream: the floor (a
minimal loop doing one dict increment per region update, what any counting detector pays),
the closed-form Poisson rule, and the default method. Incident objects are built outside the
timed sections. It prints incidents/s per month, the held state (buckets, story ids) and the
process's RSS; the last line is JSON with the measured method's ``incidents_per_s`` and
``region_updates_per_s`` (each incident updates its department, province and district here,
so three region updates) beside the same-run floor and Poisson rule.

The fits (one per region × category × grid cell reaching ``min_count``, ≈ 0.15 per incident)
must give the same floats as before any speed work (``bench/detect_golden.py``), which bounds
what a pure-Python fit can gain; figures for 2026-11 are in ``docs/architecture.md``.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import resource
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.model import Category, Incident, Place, Precision, Severity, SignalKind

GAZETTEER = Path(__file__).resolve().parents[1] / "../shared/data/gazetteer/ubigeo_inei_2025.csv"
START = datetime(2025, 1, 1, tzinfo=UTC)
CATEGORIES = [c for c in Category if c not in (Category.NOT_RELEVANT, Category.ENVIRONMENTAL)]


def districts() -> list[str]:
    with GAZETTEER.open(encoding="utf-8-sig") as fh:
        return sorted({row["ubigeo"].zfill(6) for row in csv.DictReader(fh, delimiter=";")})


def month_of_incidents(
    rng: random.Random, codes: list[str], weights: list[float], day0: int, days: int, per_day: int
) -> list[Incident]:
    out: list[Incident] = []
    n = days * per_day
    picks = rng.choices(codes, weights=weights, k=n)
    offsets = sorted(rng.random() * days * 86400 for _ in range(n))
    for i, (code, offset) in enumerate(zip(picks, offsets, strict=True)):
        ident = f"{day0}-{i}"
        out.append(
            Incident(
                id=ident,
                signal_ids=(ident,),
                story_id=f"s{ident}" if rng.random() > 0.2 else f"dup{code}{day0}",
                category=rng.choice(CATEGORIES),
                confidence=0.9,
                severity=Severity(killed=1 if rng.random() < 0.05 else 0),
                place=Place(
                    Precision.DISTRICT,
                    department_ubigeo=code[:2],
                    province_ubigeo=code[:4],
                    district_ubigeo=code,
                ),
                occurred_at=START + timedelta(days=day0, seconds=offset),
                source="bench",
                kind=SignalKind.NEWS,
                title="t",
            )
        )
    return out


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def months(days: int) -> Iterator[tuple[int, int]]:
    day = 0
    while day < days:
        span = min(30, days - day)
        yield day, span
        day += span


def feed_detector(
    detector: EscalationDetector,
    incidents: list[Incident],
    seen: dict[str, datetime],
    batch: int = 500,
) -> int:
    """What ``Detection.observe`` does around the detector; returns the escalations."""
    escalations = 0
    observe = detector.observe_batch
    for start in range(0, len(incidents), batch):
        escalations += len(observe(incidents[start : start + batch], seen))
    return escalations


def feed_floor(counts: dict[tuple[str, Category, int], int], incidents: list[Incident]) -> int:
    """The floor: one dict increment per region update (department, province, district)."""
    for incident in incidents:
        place = incident.place
        bucket = int(incident.occurred_at.timestamp() // 3600)
        category = incident.category
        for code in (place.department_ubigeo, place.province_ubigeo, place.district_ubigeo):
            ident = (code or "", category, bucket)
            counts[ident] = counts.get(ident, 0) + 1
    return 0


def warm_up(methods: list[str], codes: list[str]) -> float:
    """CPU seconds spent compiling the detector's numba kernels (a small stream through each
    method), kept out of the figures: on a fresh checkout numba compiles once (then loads from
    its on-disk cache), and that would otherwise land in the first measured month."""
    started = time.process_time()
    watched = codes[:50]
    for method in methods:
        detector = EscalationDetector(
            DetectConfig(method=method, district_regions=tuple(watched)), {}
        )
        stream = month_of_incidents(random.Random(0), watched, [1.0] * len(watched), 0, 30, 100)
        feed_detector(detector, stream, {})
    return time.process_time() - started


def run(method: str, args: argparse.Namespace, codes: list[str]) -> dict[str, object]:
    rng = random.Random(args.seed)
    weights = [25.0 if i % 97 == 0 else 1.0 for i in range(len(codes))]  # mining hot spots
    detector: EscalationDetector | None = None
    floor: dict[tuple[str, Category, int], int] = {}
    if method != "floor":
        cfg = DetectConfig(method=method, district_regions=tuple(codes))
        detector = EscalationDetector(cfg, {})
    seen: dict[str, datetime] = {}
    total = escalations = 0
    elapsed = 0.0
    rows = []
    for day0, span in months(args.days):
        incidents = month_of_incidents(rng, codes, weights, day0, span, args.per_day)
        gc.collect()
        started = time.process_time()
        if detector is None:
            feed_floor(floor, incidents)
        else:
            escalations += feed_detector(detector, incidents, seen, args.batch)
        took = time.process_time() - started
        elapsed += took
        total += len(incidents)
        buckets = len(floor) if detector is None else detector.bucket_count()
        stories = 0 if detector is None else detector.story_count()
        rows.append((day0 // 30 + 1, len(incidents) / took, buckets, stories, rss_mb()))
    print(f"\n{method}: month  incidents/s  buckets  story_ids  rss_mb")
    for month, rate, buckets, stories, rss in rows:
        print(f"{'':10s}{month:3d}  {rate:11,.0f}  {buckets:7,d}  {stories:9,d}  {rss:6.1f}")
    second_half = rows[len(rows) // 2 :]
    return {
        "incidents": total,
        "incidents_per_s": round(total / elapsed),
        "region_updates_per_s": round(3 * total / elapsed),  # department, province, district
        "escalations": escalations,
        "buckets_mid": second_half[0][2],
        "buckets_end": rows[-1][2],
        "story_ids_end": rows[-1][3],
        "rss_mb_mid": round(second_half[0][4], 1),
        "rss_mb_end": round(rows[-1][4], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-day", type=int, default=2000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=500, help="incidents per observe_batch")
    parser.add_argument("--method", default=DetectConfig().method, help="the detector measured")
    args = parser.parse_args()
    codes = districts()
    print(f"{len(codes)} districts, {args.per_day} incidents/day, {args.days} days")
    compiled = warm_up(["poisson", args.method], codes)
    print(f"warm-up (numba compile or cache load, not measured): {compiled:.1f} s CPU")
    floor = run("floor", args, codes)
    poisson = run("poisson", args, codes)
    default = run(args.method, args, codes)
    ratio = default["incidents_per_s"] / floor["incidents_per_s"]  # type: ignore[operator]
    print(f"\nfloor (dict increments, same run): {floor}")
    print(f"poisson (closed form): {poisson}")
    print(f"{args.method} (measured): {default}")
    print(f"{args.method}: {default['incidents_per_s']:,} incidents/s = {ratio:.3f} × the floor")
    print(
        json.dumps(
            {
                "districts": len(codes),
                "method": args.method,
                "incidents_per_s": default["incidents_per_s"],
                "region_updates_per_s": default["region_updates_per_s"],
                "default": default,
                "baseline_poisson": poisson,
                "floor": floor,
                "ratio_to_floor": round(ratio, 4),
            }
        )
    )


if __name__ == "__main__":
    main()
