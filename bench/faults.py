"""Worker faults at the issue's size: SIGKILLs and a scale-out-and-back, against replay.

Run from the repo root inside the project's environment:

    python bench/faults.py                       # 5 SIGKILLs during 100,000 signals
    python bench/faults.py --runs 3 --scale-out  # three faulted runs, then join/leave

Each run starts its own tansu broker (in memory) and produces the same signals as the
fault tests (tests/integration/faults/faults_kit.py). The baseline, measured in the same
invocation on the same input: replay (the reference alert set) and one uninterrupted live
worker. Then each faulted run: a worker SIGKILLed at random points (seeded) and restarted,
or (--scale-out) a second worker joining early in a paced stream and leaving mid-stream.
Printed per run: signals, kills, seconds, missing incidents / dead letters, duplicates
recognised by id, alert records and distinct alerts, and whether the alert set equals
replay's (faults_kit.AlertKey). The last line is a JSON object with every run.

The reference is computed first and the workers start minutes later, each importing the
code as it is then: on a tree being edited, point PYTHONPATH at a frozen copy of src/
(``cp -r src/earlywarn /tmp/snap/ && PYTHONPATH=/tmp/snap python bench/faults.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration" / "faults"))

from faults_kit import (  # noqa: E402  (the kit lives with the tests it serves)
    Accounting,
    LiveRun,
    Reference,
    make_signals,
    produce,
    reference,
    run_with_kills,
    scale_out_and_back,
    wait_accounted,
)

from earlywarn.runtime.broker import EmbeddedBroker  # noqa: E402

MODEL = ROOT / "models" / "threat-classifier"  # --model overrides


def row(
    kind: str,
    signals: int,
    kills: int,
    seconds: float,
    ref: Reference,
    acc: Accounting,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "run": kind,
        "signals": signals,
        "kills": kills,
        "seconds": round(seconds, 1),
        **acc.figures(),
        "replay_alerts": len(ref.alerts),
        "alert_set_equal": acc.live_alerts == ref.alerts,
        "extra_alerts": len(acc.live_alerts - ref.alerts),
        "missing_alerts": len(ref.alerts - acc.live_alerts),
        **extra,
    }


def show(result: dict[str, Any]) -> None:
    print(
        f"{result['run']:<14} signals={result['signals']:>7} kills={result['kills']} "
        f"{result['seconds']:>6.1f}s  missing inc/dl={result['missing_incidents']}/"
        f"{result['missing_dead_letters']} unexpected={result['unexpected']} "
        f"dup inc/dl={result['duplicate_incidents']}/{result['duplicate_dead_letters']} "
        f"alerts={result['distinct_alerts']} (records {result['alert_records']}, replay "
        f"{result['replay_alerts']}) equal={result['alert_set_equal']}"
        + (
            f" extra={result['extra_alerts']} missing={result['missing_alerts']}"
            if not result["alert_set_equal"]
            else ""
        ),
        flush=True,
    )


async def uninterrupted(
    workdir: Path, model: Path, signals: list[Any], ref: Reference
) -> Accounting:
    workdir.mkdir(parents=True)
    with EmbeddedBroker(log_path=workdir / "tansu.log") as broker:
        run = LiveRun(broker.bootstrap, workdir, model)
        try:
            await run.start_worker()
            await produce(broker.bootstrap, run.topic("signals"), signals)
            return await wait_accounted(run, ref, timeout=max(120.0, len(signals) / 200))
        finally:
            run.stop_all()


async def killed(
    workdir: Path, model: Path, signals: list[Any], ref: Reference, kills: int, seed: int
) -> Accounting:
    n = len(signals)
    points = random.Random(seed).sample(range(n // 10, n * 9 // 10), kills)
    workdir.mkdir(parents=True)
    with EmbeddedBroker(log_path=workdir / "tansu.log") as broker:
        return await run_with_kills(LiveRun(broker.bootstrap, workdir, model), signals, ref, points)


async def scaled(
    workdir: Path, model: Path, signals: list[Any], ref: Reference, chunk: int
) -> tuple[Accounting, dict[str, int]]:
    workdir.mkdir(parents=True)
    with EmbeddedBroker(log_path=workdir / "tansu.log") as broker:
        run = LiveRun(broker.bootstrap, workdir, model)
        try:
            moved = await scale_out_and_back(run, signals, chunk)
            acc = await wait_accounted(run, ref, timeout=max(120.0, len(signals) / 200))
        finally:
            run.stop_all()
    return acc, {"joined_at": moved.joined_at, "left_at": moved.left_at}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signals", type=int, default=100_000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--runs", type=int, default=1, help="faulted runs (kill points differ)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--no-baseline", action="store_true", help="skip the uninterrupted run")
    parser.add_argument("--scale-out", action="store_true", help="also join/leave a worker")
    parser.add_argument("--chunk", type=int, default=1000, help="paced chunk for --scale-out")
    parser.add_argument("--model", type=Path, default=MODEL, help="classifier directory")
    args = parser.parse_args()

    signals = make_signals(args.signals)
    started = time.perf_counter()
    ref = reference(signals, args.model)
    replay_seconds = time.perf_counter() - started
    print(
        f"replay         signals={len(signals):>7} {replay_seconds:6.1f}s "
        f"({len(signals) / replay_seconds:,.0f} signals/s) alerts={len(ref.alerts)} "
        f"incidents={len(ref.incident_signals)} dead letters={len(ref.dead_letter_signals)}",
        flush=True,
    )
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="earlywarn-faults-") as tmp:
        root = Path(tmp)
        if not args.no_baseline:
            started = time.perf_counter()
            acc = await uninterrupted(root / "baseline", args.model, signals, ref)
            results.append(
                row("uninterrupted", len(signals), 0, time.perf_counter() - started, ref, acc)
            )
            show(results[-1])
        for index in range(args.runs):
            started = time.perf_counter()
            acc = await killed(
                root / f"kills{index}", args.model, signals, ref, args.kills, args.seed + index
            )
            results.append(
                row(
                    f"sigkill#{index + 1}",
                    len(signals),
                    args.kills,
                    time.perf_counter() - started,
                    ref,
                    acc,
                )
            )
            show(results[-1])
        if args.scale_out:
            started = time.perf_counter()
            acc, moved = await scaled(root / "scale", args.model, signals, ref, args.chunk)
            results.append(
                row("scale-out", len(signals), 0, time.perf_counter() - started, ref, acc, **moved)
            )
            show(results[-1])
    print(json.dumps({"replay_seconds": round(replay_seconds, 1), "runs": results}))


if __name__ == "__main__":
    asyncio.run(main())
