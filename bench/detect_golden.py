"""Golden output of the escalation detector: every decision and snapshot, byte for byte.

    python bench/detect_golden.py [--out FILE] [--incidents N] [--seed S]

Speed work on the detector must not change a single decision. This drives the pure detector
over ``--incidents`` varied incidents per configuration (several methods, windows and
severity weights; bursts that escalate and resolve, late arrivals up to two months, repeated
stories, exact redeliveries, low-confidence and unplaced items, wall-clock watermark ticks,
restore from a JSON snapshot and per-department restores mid-stream) and writes every
escalation (exact floats) and every snapshot as JSON lines. It prints one SHA-256 per
configuration and in total; run it before and after a change and compare (``--out`` keeps
the lines for a diff). Each configuration is fed twice, one incident at a time as
``Detection.observe`` does and in batches through ``EscalationDetector.observe_batch``; both
must give the same lines.

Each configuration also prints the SHA-256 of its decisions alone (``E`` escalation and
``F`` firing-list lines; ``S``/``B`` are snapshots and held state), and the last line
their total. Before the detector's state moved to arrays (issue #6, seed 6, 120k):
total ``15e8b0fadcd876259108c4a5c9373172cad2eb17987f575e525c7daddfe99493``, decisions
``e47f1e6159933d6a59c92e8c522f1d8c7a1f106eb19c79a845b8b981691a5a28`` (farrington
6be75fc24192fc28, poisson b8eda92b648ce099, ears_c1 2b7d24d0e2ef5544, ears_c3
72c5f7c49dda8b8e, acled_surge 141cbb8e536576d4, farrington_6h f35c005a39838c8a, poisson_w1
4c4291bace8dcb98, nb_cusum 028c99bd2ed11895); the array state reproduces both, snapshots
included, one at a time and in batches of 500.

The compiled nb_cusum fit (``detect/nbfit.py``, wired in and run inside the kernel) decides
exactly as numpy's but its expectations differ in the last bits (up to ~1e-4 relative on
ill-conditioned fits, where they are small), so the exact digests of the nb_cusum
configuration change: total ``62d73ffb074ea48d197ef5cddbe017975038855b04ba042c19dcb11f3ba73364``,
decisions ``d49cdcf4a73100960d122c3d2e19eedb281aba546c886a8d80b595bab1aadb4a`` (nb_cusum
51ecb389279e51b4, decisions 57ad10f77e5dea86; the other seven unchanged). The ``rounded``
line hashes every line with floats as the wire carries them (:func:`rounded`): it is
``1c8c5ecbec62c2f4b371463f035459e08df809e49f67400f2e0dc2d672ca0ab9`` both for the numpy fit
(commit e5ce492, ``PYTHONPATH=<its src>``) and for the compiled one, and must stay so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.model import Category, Escalation, Incident, Place, Precision, Severity, SignalKind

START = datetime(2025, 1, 1, tzinfo=UTC)
CATEGORIES = [c for c in Category if c is not Category.NOT_RELEVANT]
DEPARTMENTS = [f"{d:02d}" for d in range(1, 26)]
NAMES = {"13": "La Libertad", "21": "Puno", "04": "Arequipa"}


def district_codes() -> list[str]:
    """Five provinces of six districts per department (synthetic UBIGEO-shaped codes)."""
    return [f"{d}{p:02d}{x:02d}" for d in DEPARTMENTS for p in range(1, 6) for x in range(1, 7)]


WATCHED = tuple(c for i, c in enumerate(district_codes()) if i % 7 == 0)

CONFIGS: dict[str, dict[str, Any]] = {
    "farrington": {"method": "farrington", "district_regions": WATCHED},
    "poisson": {"method": "poisson", "district_regions": WATCHED},
    "ears_c1": {"method": "ears_c1", "province_regions": False},
    "ears_c3": {"method": "ears_c3", "district_regions": WATCHED[:40]},
    "acled_surge": {"method": "acled_surge", "inhibit_subregions": False},
    "farrington_6h": {
        "method": "farrington",
        "window_buckets": 6,
        "baseline_buckets": 6 * 28,
        "quiet_buckets": 12,
        "severity_weights": (1, 2, 4),
        "inhibit_subregions": False,
        "district_regions": WATCHED,
    },
    "poisson_w1": {
        "method": "poisson",
        "window_buckets": 1,
        "baseline_buckets": 24 * 7,
        "quiet_buckets": 3,
        "min_count": 2,
        "bucket_seconds": 7200,
    },
    "nb_cusum": {"method": "nb_cusum", "district_regions": WATCHED},
}


def stream(seed: int, n: int) -> Iterator[Incident]:
    """Incidents mostly in event-time order, with bursts, late arrivals and repeats."""
    rng = random.Random(seed)
    codes = district_codes()
    hot = [c for i, c in enumerate(codes) if i % 31 == 0]
    clock = 0.0
    recent: list[Incident] = []
    burst: tuple[str, Category, int] | None = None
    for i in range(n):
        clock += rng.expovariate(1 / 150.0)  # ~576 a day
        roll = rng.random()
        if burst is None and roll < 0.002:
            burst = (rng.choice(hot), rng.choice(CATEGORIES), rng.randint(5, 60))
        if burst is not None and rng.random() < 0.5:
            code, category, left = burst
            burst = (code, category, left - 1) if left > 1 else None
        else:
            code = rng.choice(hot) if rng.random() < 0.3 else rng.choice(codes)
            category = rng.choice(CATEGORIES)
        at = clock
        late = rng.random()
        if late < 0.05:
            at -= rng.uniform(0, 30 * 3600)
        elif late < 0.06:
            at -= rng.uniform(0, 20 * 86400)
        elif late < 0.062:
            at -= rng.uniform(20 * 86400, 60 * 86400)
        repeat = rng.random()
        if recent and repeat < 0.03:
            yield rng.choice(recent)  # an exact redelivery
            continue
        # Another outlet on a known story, or a new story.
        story = rng.choice(recent).story_id if recent and repeat < 0.15 else f"s{i}"
        place_roll = rng.random()
        if place_roll < 0.01:
            place = Place(Precision.NONE)
        elif place_roll < 0.05:
            place = Place(Precision.DEPARTMENT, department_ubigeo=code[:2])
        elif place_roll < 0.07:  # a province outside its department: not counted there
            place = Place(
                Precision.DISTRICT,
                department_ubigeo=code[:2],
                province_ubigeo="9999",
                district_ubigeo="999999",
            )
        else:
            place = Place(
                Precision.DISTRICT,
                department_ubigeo=code[:2],
                province_ubigeo=code[:4],
                district_ubigeo=code,
                name=f"D{code}" if rng.random() < 0.5 else None,
                department_name=f"Dep {code[:2]}" if rng.random() < 0.5 else None,
            )
        severity_roll = rng.random()
        severity = (
            Severity(killed=2)
            if severity_roll < 0.05
            else Severity(injured=1)
            if severity_roll < 0.15
            else Severity()
        )
        ident = f"i{i}"
        item = Incident(
            id=ident,
            signal_ids=(ident,),
            story_id=story,
            category=Category.NOT_RELEVANT if rng.random() < 0.02 else category,
            confidence=0.3 if rng.random() < 0.03 else round(rng.uniform(0.5, 1.0), 3),
            severity=severity,
            place=place,
            occurred_at=START + timedelta(seconds=round(at, 3)),
            source="golden",
            kind=SignalKind.FIELD if rng.random() < 0.1 else SignalKind.NEWS,
            title=f"t{i}",
            url=None if rng.random() < 0.5 else f"https://x.example/{i}",
        )
        recent.append(item)
        if len(recent) > 200:
            recent.pop(0)
        yield item


def rounded(value: Any) -> Any:
    """``value`` with every float as the wire carries it (4 decimals, ``Escalation.to_dict``)
    and at most 9 significant digits: the compiled fit's expectations differ from numpy's in
    the last bits, and by up to ~1e-4 relative on ill-conditioned fits, where they are small."""
    if isinstance(value, float):
        return float(f"{round(value, 4):.9g}")
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    return value


def escalation_line(escalation: Escalation) -> str:
    data = escalation.to_dict()
    # to_dict rounds floats for the wire; the golden keeps them exact.
    data["baseline"] = repr(escalation.baseline)
    data["threshold"] = repr(escalation.threshold)
    data["score"] = repr(escalation.score)
    return "E " + json.dumps(data, sort_keys=True)


def rounded_line(line: str) -> str:
    """A golden line with its floats :func:`rounded` (snapshots are rounded before hashing,
    so ``S`` lines are kept as they are here and rounded in :func:`drive`)."""
    if not line.startswith("E "):
        return line
    data = json.loads(line[2:])
    for name in ("baseline", "threshold", "score"):
        data[name] = float(data[name])
    return "E " + json.dumps(rounded(data), sort_keys=True)


def snapshot_hashes(snapshot: dict[str, Any]) -> str:
    """SHA-256 of the snapshot exact, and of it with floats rounded (:func:`rounded`)."""
    exact = hashlib.sha256(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()
    approx = hashlib.sha256(json.dumps(rounded(snapshot), sort_keys=True).encode()).hexdigest()
    return f"{exact} ~{approx}"


def drive(name: str, cfg: DetectConfig, incidents: list[Incident], batch: int) -> list[str]:
    """Feed ``incidents`` as the pipeline does; ``batch`` > 0 uses observe_batch."""
    rng = random.Random(name)
    detector = EscalationDetector(cfg, NAMES)
    event_time: dict[str, datetime] = {}
    lines: list[str] = []
    position = 0
    latest = START
    while position < len(incidents):
        # Batches end at the ticks (every 500 incidents), so both ways tick at the same place.
        size = min(batch, 500 - position % 500) if batch > 0 else 1
        chunk = incidents[position : position + size]
        if batch > 0:
            escalations = detector.observe_batch(chunk, event_time)
        else:
            escalations = []
            for incident in chunk:
                department = incident.place.department_ubigeo
                if department is not None:
                    last = event_time.get(department)
                    if last is None or incident.occurred_at > last:
                        event_time[department] = incident.occurred_at
                        escalations.extend(detector.advance(incident.occurred_at, (department,)))
                escalations.extend(detector.observe((incident,)))
        lines.extend(escalation_line(e) for e in escalations)
        before = position // 500
        position += len(chunk)
        latest = max(latest, *(i.occurred_at for i in chunk))
        if position // 500 != before:
            # A wall-clock tick in live mode: every department, a little past event time.
            tick = latest + timedelta(hours=rng.choice([0, 1, 6, 30]))
            lines.extend(escalation_line(e) for e in detector.advance(tick))
            lines.append(f"F {position} " + json.dumps([e.to_dict() for e in detector.firing()]))
        if position // 20_000 != before // 40:
            snapshot = detector.snapshot()
            state = json.dumps(snapshot, sort_keys=True)
            lines.append(f"S {position} {snapshot_hashes(snapshot)}")
            detector = EscalationDetector(cfg, NAMES)
            detector.restore(json.loads(state))
        elif position // 7_000 != before // 14:
            department = rng.choice(DEPARTMENTS)
            part = json.loads(json.dumps(detector.snapshot_region(department)))
            detector.restore_region(department, part)
    lines.append(f"S end {snapshot_hashes(detector.snapshot())}")
    lines.append(f"B {detector.bucket_count()} {detector.story_count()}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--incidents", type=int, default=120_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--batch", type=int, default=0, help="observe_batch size (0: one by one)")
    parser.add_argument("--only", default="", help="comma-separated configuration names")
    parser.add_argument("--out", default="", help="write the golden lines here")
    args = parser.parse_args()
    incidents = list(stream(args.seed, args.incidents))
    total = hashlib.sha256()
    total_decisions = hashlib.sha256()  # escalations (E) and firing lists (F) only
    total_rounded = hashlib.sha256()  # every line, floats rounded (rounded())
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115
    for name, overrides in CONFIGS.items():
        if args.only and name not in args.only.split(","):
            continue
        golden = drive(name, DetectConfig(**overrides), incidents, args.batch)
        # Exact lines: S lines carry the exact snapshot hash only (as before rounding came).
        lines = [line.split(" ~")[0] if line[0] == "S" else line for line in golden]
        approx = [
            f"S {line.split()[1]} {line.split(' ~')[1]}" if line[0] == "S" else rounded_line(line)
            for line in golden
        ]
        total_rounded.update(hashlib.sha256("\n".join(approx).encode()).hexdigest().encode())
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
        total.update(digest.encode())
        decided = [line for line in lines if line[0] in "EF"]
        decisions = hashlib.sha256("\n".join(decided).encode()).hexdigest()
        total_decisions.update(decisions.encode())
        escalations = sum(1 for line in lines if line.startswith("E "))
        print(f"{name:14s} {escalations:6d} escalations  {digest}  decisions {decisions[:16]}")
        if out is not None:
            out.writelines(f"{name} {line}\n" for line in lines)
    if out is not None:
        out.close()
    print(f"{'total':14s} {'':19s} {total.hexdigest()}")
    print(f"{'decisions':14s} {'':19s} {total_decisions.hexdigest()}")
    print(f"{'rounded':14s} {'':19s} {total_rounded.hexdigest()}")


if __name__ == "__main__":
    main()
