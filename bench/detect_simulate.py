"""Write more Noufaily-style weekly series (the design of ../shared/data/detect) for
out-of-sample checks of the detectors: ``python bench/detect_simulate.py --seed 7 --out DIR``.

The baseline is negative binomial with mean exp(θ + β·t + Σ_j γ1·cos(2πjt/52) +
γ2·sin(2πjt/52)) and variance φ·mean; four past outbreaks (k ∈ {2, 3, 5, 10}) in the five
years before the evaluation weeks and one current outbreak (k ∈ 1..10) starting in them;
an outbreak has Poisson(k·sd) cases spread over weeks by a lognormal(0, 0.5) delay
(Noufaily et al. 2013). It writes ``series.csv`` only: no R reference alarms; run
``bench/detect.py --series DIR/series.csv --alarms none`` on it.
"""

from __future__ import annotations

import argparse
import csv
import math
from pathlib import Path

import numpy as np

SCENARIOS = Path(__file__).resolve().parents[1] / "../shared/data/detect/scenarios.csv"
WEEKS = 624
EVAL_START = 576


def simulate(rng: np.random.Generator, sc: dict[str, float]) -> dict[str, list[float]]:
    t = np.arange(1, WEEKS + 1, dtype=np.float64)
    eta = sc["theta"] + sc["beta"] * t
    for j in range(1, int(sc["m"]) + 1):
        eta += sc["gamma1"] * np.cos(2 * math.pi * j * t / 52)
        eta += sc["gamma2"] * np.sin(2 * math.pi * j * t / 52)
    mu = np.exp(eta)
    phi = sc["phi"]
    if phi > 1:
        size = mu / (phi - 1)
        base = rng.negative_binomial(size, 1 / phi)
    else:
        base = rng.poisson(mu)
    past = np.zeros(WEEKS, dtype=np.int64)
    current = np.zeros(WEEKS, dtype=np.int64)

    def place(target: np.ndarray, start: int, k: float) -> None:
        sd = math.sqrt(phi * mu[start - 1])
        cases = rng.poisson(k * sd)
        delays = np.floor(rng.lognormal(0.0, 0.5, size=cases)).astype(np.int64)
        for d in delays:
            if start - 1 + d < WEEKS:
                target[start - 1 + d] += 1

    for _ in range(4):
        place(
            past,
            int(rng.integers(EVAL_START - 5 * 52 - 3, EVAL_START)),
            float(rng.choice([2, 3, 5, 10])),
        )
    place(current, int(rng.integers(EVAL_START, WEEKS + 1)), float(rng.integers(1, 11)))
    observed = base + past + current
    return {
        "mu": mu.tolist(),
        "baseline": base.tolist(),
        "past": past.tolist(),
        "current": current.tolist(),
        "observed": observed.tolist(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=10, help="series per scenario")
    parser.add_argument("--scenarios", type=Path, default=SCENARIOS)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    with args.scenarios.open() as fh:
        scenarios = [{k: float(v) for k, v in row.items()} for row in csv.DictReader(fh)]
    args.out.mkdir(parents=True, exist_ok=True)
    series_id = 0
    with (args.out / "series.csv").open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "series_id",
                "scenario",
                "rep",
                "t",
                "mu",
                "baseline",
                "past_outbreak",
                "current_outbreak",
                "observed",
            ]
        )
        for sc in scenarios:
            for rep in range(1, args.reps + 1):
                series_id += 1
                s = simulate(rng, sc)
                for i in range(WEEKS):
                    writer.writerow(
                        [
                            series_id,
                            int(sc["scenario"]),
                            rep,
                            i + 1,
                            f"{s['mu'][i]:.7g}",
                            s["baseline"][i],
                            s["past"][i],
                            s["current"][i],
                            s["observed"][i],
                        ]
                    )
    print(f"wrote {series_id} series to {args.out / 'series.csv'}")


if __name__ == "__main__":
    main()
