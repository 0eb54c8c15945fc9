"""The compiled nb_cusum fit (``detect/nbfit.py``) against numpy's: agreement and speed.

    python bench/nbfit.py [--histories N] [--seeds 7,8]

(a) random daily histories shaped as the live detector's (default DetectConfig, 9-28
periods, ahead 1 and 2, the arguments ``baseline._nb_cusum`` passes); (b) every evaluation
week of ../shared/data/detect/series.csv through the weekly shape (``methods.nb_cusum``'s
defaults). Prints how many inputs took the numpy path, how many bounds / verdicts / decision
intervals agree, the relative difference of the expectations (compiled path only), and the
CPU µs per fit of both (best of 3, the numpy baseline measured in the same run).
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from earlywarn.config import DetectConfig
from earlywarn.detect.baseline import nb_cusum_params
from earlywarn.detect.methods import Decision, NbCusumParams, nb_cusum
from earlywarn.detect.nbfit import compiled_nb_cusum, takes_numpy_path
from earlywarn.testing import live_shaped_histories

DATA = Path(__file__).resolve().parents[1] / "../shared/data/detect"
Case = tuple[list[float], int, NbCusumParams | None, int]
Fit = Callable[[Sequence[float], int, NbCusumParams | None, int], Decision | None]


def daily_cases(count: int, seed: int) -> list[Case]:
    """Live-shaped histories (``earlywarn.testing.live_shaped_histories``) as fit inputs."""
    cfg = DetectConfig()
    cases: list[Case] = []
    for y, ahead in live_shaped_histories(count, seed):
        history = [float(c) for c in y] + [0.0] * ahead
        t = len(history) - 1
        cases.append((history, t, nb_cusum_params(t, ahead, cfg), ahead - 1))
    return cases


def weekly_cases(path: Path) -> list[Case]:
    series: dict[str, list[float]] = {}
    with path.open() as fh:
        for row in csv.DictReader(fh):
            series.setdefault(row["series_id"], []).append(float(row["observed"]))
    return [(y, week - 1, None, 0) for y in series.values() for week in range(576, 625)]


def agreement(name: str, cases: list[Case], min_count: int) -> None:
    numpy_path = none_same = bound = verdict = interval = 0
    diffs: list[tuple[float, float]] = []  # (numpy's expectation, relative difference)
    for case in cases:
        params = case[2] or NbCusumParams()
        ref, got = nb_cusum(*case), compiled_nb_cusum(*case)
        edge = takes_numpy_path(*case)
        numpy_path += edge
        if ref is None or got is None:
            none_same += (ref is None) == (got is None)
            continue
        bound += max(min_count, int(ref.upper)) == max(min_count, int(got.upper))
        verdict += ref.alarm == got.alarm
        interval += params.interval(ref.expected) == params.interval(got.expected)
        if not edge and ref.expected > 0:
            diffs.append((ref.expected, abs(got.expected - ref.expected) / ref.expected))
    decided = len(cases) - none_same
    print(
        f"{name}: {len(cases)} inputs, numpy path {numpy_path}"
        f" ({100 * numpy_path / len(cases):.1f} %), None on both {none_same};"
        f" threshold equal {bound}/{decided}, alarm {verdict}/{decided},"
        f" interval {interval}/{decided}"
    )
    table = np.array(diffs)
    for low in (0.0, 0.1, 1.0):
        chosen = table[table[:, 0] >= low, 1]
        print(
            f"  expectations >= {low:g} (compiled path, n={len(chosen)}): relative difference"
            f" median {np.median(chosen):.1e}, p99 {np.percentile(chosen, 99):.1e},"
            f" max {chosen.max():.1e}"
        )


def cpu_us(fit: Fit, cases: list[Case]) -> float:
    """Best of 3 CPU times per call, µs."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for case in cases:
            fit(*case)
        best = min(best, time.process_time() - started)
    return best / len(cases) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--histories", type=int, default=10_000, help="per seed")
    parser.add_argument("--seeds", default="7,8")
    parser.add_argument("--series", type=Path, default=DATA / "series.csv")
    args = parser.parse_args()
    started = time.perf_counter()
    compiled_nb_cusum(*daily_cases(1, 0)[0])
    elapsed = time.perf_counter() - started
    print(f"first compiled call (compile, or load from the on-disk cache): {elapsed:.2f} s")
    daily = [c for seed in args.seeds.split(",") for c in daily_cases(args.histories, int(seed))]
    weekly = weekly_cases(args.series)
    agreement("daily", daily, DetectConfig().min_count)
    agreement("weekly", weekly, 1)
    compiled_only = [c for c in daily if not takes_numpy_path(*c)]
    for name, cases in (
        ("daily", daily),
        ("daily, compiled path only", compiled_only),
        ("weekly", weekly),
    ):
        print(
            f"µs per fit, {name} ({len(cases)}): numpy {cpu_us(nb_cusum, cases):.1f},"
            f" compiled {cpu_us(compiled_nb_cusum, cases):.1f} (CPU, best of 3)"
        )


if __name__ == "__main__":
    main()
