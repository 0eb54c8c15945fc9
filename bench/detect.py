"""Evaluate every detector on the weekly simulation against R ``surveillance``'s alarms.

    python bench/detect.py [--series PATH] [--alarms PATH|none] [--scenarios PATH]

Defaults are ../shared/data/detect/{series,alarms_r,scenarios}.csv. Metrics as in
../shared/data/detect/SOURCES.md, over the evaluation weeks 576–624: FPR = alarms in weeks
without current-outbreak cases / such weeks; POD = share of series whose current outbreak
has ≥ 1 alarm in a week with its cases; POD1week = alarm in the first such week; mean delay =
weeks from that first week to the first alarm, over detected outbreaks. "sparse" is the
subset of scenarios with θ ≤ 0.5 (mean ≤ 1.6 a week). The last line is JSON for the
default detector (``nb_cusum``). The row ``nb_cusum_live`` runs the live detector's path
(``detect.baseline.compute_baseline`` with ``detect.method="nb_cusum"`` on weekly buckets,
alarm = the week's count reaches its threshold): it must print the same figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from earlywarn.detect.baseline import WEEKLY_NB_CUSUM, compute_baseline
from earlywarn.detect.methods import (
    Decision,
    acled_surge,
    cusum,
    early_farrington,
    early_harmonic,
    ears,
    farrington_flexible,
)
from earlywarn.detect.nbfit import compiled_nb_cusum
from earlywarn.detect.window import BucketCounts

DATA = Path(__file__).resolve().parents[1] / "../shared/data/detect"
FIRST_WEEK, LAST_WEEK = 576, 624
DEFAULT = "nb_cusum"

Method = Callable[[Sequence[float], int], Decision | None]

LIVE_WEEKLY = WEEKLY_NB_CUSUM


def live_nb_cusum(y: Sequence[float], t: int) -> Decision:
    """The live path's decision for week ``t``: its threshold on the counts before it."""
    counts = BucketCounts(LIVE_WEEKLY.window_buckets)
    for week, count in enumerate(y[:t]):
        if count:
            counts.add(week, int(count))
    base = compute_baseline(counts, t, 0, LIVE_WEEKLY)
    alarm = y[t] >= base.threshold
    return Decision(base.expected, float(base.threshold), alarm, y[t] / base.threshold, base.rule)


METHODS: dict[str, tuple[Method, str | None]] = {
    # ours → the R method it corresponds to (None: no R counterpart)
    "ears_c1": (lambda y, t: ears(y, t, "C1", alpha=0.01), "ears_c1"),
    "ears_c2": (lambda y, t: ears(y, t, "C2", alpha=0.01), "ears_c2"),
    "ears_c3": (lambda y, t: ears(y, t, "C3", alpha=0.01), "ears_c3"),
    "farrington_flexible": (farrington_flexible, "farrington_noufaily"),
    "cusum_reset": (cusum, None),
    "acled_surge": (acled_surge, None),
    "early_farrington": (early_farrington, None),  # the previous default
    "early_harmonic": (early_harmonic, None),
    DEFAULT: (compiled_nb_cusum, None),  # methods.nb_cusum's decisions, compiled
    "nb_cusum_live": (live_nb_cusum, None),  # the same, through the live detector's baseline
}


@dataclass
class Series:
    scenario: int
    observed: list[int]
    current: list[int]


@dataclass(frozen=True)
class Metrics:
    fpr: float
    pod: float
    pod1week: float
    mean_delay_weeks: float | None
    n_series: int


def load_series(path: Path) -> dict[int, Series]:
    out: dict[int, Series] = {}
    with path.open() as fh:
        for row in csv.DictReader(fh):
            sid = int(row["series_id"])
            s = out.setdefault(sid, Series(int(row["scenario"]), [], []))
            s.observed.append(int(row["observed"]))
            s.current.append(int(row["current_outbreak"]))
    return out


def load_alarms(path: Path) -> dict[str, dict[tuple[int, int], bool]]:
    out: dict[str, dict[tuple[int, int], bool]] = defaultdict(dict)
    with path.open() as fh:
        for row in csv.DictReader(fh):
            out[row["method"]][(int(row["series_id"]), int(row["t"]))] = row["alarm"] == "1"
    return out


def sparse_scenarios(path: Path) -> set[int]:
    if not path.exists():
        return set()
    with path.open() as fh:
        return {int(r["scenario"]) for r in csv.DictReader(fh) if float(r["theta"]) <= 0.5}


def metrics(series: dict[int, Series], alarms: dict[tuple[int, int], bool]) -> Metrics:
    false_alarms = quiet_weeks = detected = first_week = 0
    delays: list[int] = []
    for sid, s in series.items():
        weeks = range(FIRST_WEEK, min(LAST_WEEK, len(s.observed)) + 1)
        outbreak = [w for w in weeks if s.current[w - 1] > 0]
        for w in weeks:
            if s.current[w - 1] == 0:
                quiet_weeks += 1
                false_alarms += alarms.get((sid, w), False)
        hits = [w for w in outbreak if alarms.get((sid, w), False)]
        if hits:
            detected += 1
            delays.append(hits[0] - outbreak[0])
        if outbreak and alarms.get((sid, outbreak[0]), False):
            first_week += 1
    n = len(series)
    return Metrics(
        fpr=false_alarms / quiet_weeks if quiet_weeks else 0.0,
        pod=detected / n if n else 0.0,
        pod1week=first_week / n if n else 0.0,
        mean_delay_weeks=sum(delays) / len(delays) if delays else None,
        n_series=n,
    )


def run(method: Method, series: dict[int, Series]) -> dict[tuple[int, int], bool]:
    out: dict[tuple[int, int], bool] = {}
    for sid, s in series.items():
        y = [float(v) for v in s.observed]
        for week in range(FIRST_WEEK, min(LAST_WEEK, len(y)) + 1):
            decision = method(y, week - 1)
            out[(sid, week)] = decision is not None and decision.alarm
    return out


def _fmt(m: Metrics) -> str:
    delay = "  —  " if m.mean_delay_weeks is None else f"{m.mean_delay_weeks:5.2f}"
    return f"{100 * m.fpr:5.2f}% {m.pod:5.3f} {m.pod1week:5.3f} {delay}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--series", type=Path, default=DATA / "series.csv")
    parser.add_argument("--alarms", default=str(DATA / "alarms_r.csv"), help="or 'none'")
    parser.add_argument("--scenarios", type=Path, default=DATA / "scenarios.csv")
    args = parser.parse_args()
    series = load_series(args.series)
    reference = load_alarms(Path(args.alarms)) if args.alarms != "none" else {}
    sparse_ids = sparse_scenarios(args.scenarios)
    sparse = {sid: s for sid, s in series.items() if s.scenario in sparse_ids}
    print(f"{len(series)} series ({len(sparse)} sparse), weeks {FIRST_WEEK}–{LAST_WEEK}")
    head = "   FPR    POD  POD1w delay"
    print(f"{'method':22s} {'ours (all)':26s}| {'ours (sparse)':26s}| R (all)")
    print(f"{'':22s}{head} |{head} |{head}")
    results: dict[str, Metrics] = {}
    for name, (method, r_name) in METHODS.items():
        started = time.perf_counter()
        ours = run(method, series)
        elapsed = time.perf_counter() - started
        results[name] = m = metrics(series, ours)
        line = f"{name:22s} {_fmt(m)} | {_fmt(metrics(sparse, ours)) if sparse else '':25s} |"
        r_alarms = reference.get(r_name or "")
        if r_alarms:
            same = sum(ours[k] == r_alarms.get(k, False) for k in ours)
            line += f" {_fmt(metrics(series, r_alarms))}  agree {100 * same / len(ours):.1f}%"
        print(f"{line}  ({elapsed:.1f}s)")
    for r_name in sorted(set(reference) - {r for _, r in METHODS.values() if r}):
        r_all = metrics(series, reference[r_name])
        r_sparse = _fmt(metrics(sparse, reference[r_name])) if sparse else ""
        print(f"{'R ' + r_name:22s} {_fmt(r_all)} | {r_sparse:25s} |")
    best = results[DEFAULT]
    print(
        json.dumps(
            {
                "method": DEFAULT,
                "fpr": round(best.fpr, 5),
                "pod": round(best.pod, 4),
                "pod1week": round(best.pod1week, 4),
                "mean_delay_weeks": None
                if best.mean_delay_weeks is None
                else round(best.mean_delay_weeks, 4),
            }
        )
    )


if __name__ == "__main__":
    main()
