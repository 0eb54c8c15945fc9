"""SIGKILLed workers lose nothing: every signal is accounted for by id.

Equality of the alerts with an uninterrupted run after kills is not asserted yet: after a
kill the live worker sometimes (2 runs in 4 here) raises or misses an episode that replay
does not (an open problem, see issue 9's note). Without kills,
tests/integration/faults/test_live_equals_replay_at_scale.py asserts the equality."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest
from faults_kit import LiveRun, make_signals, produce, reference, wait_accounted, wait_progress

from earlywarn.runtime.broker import EmbeddedBroker

pytestmark = pytest.mark.integration

SIGNALS = 5_000
KILLS = 2


async def test_sigkilled_worker_loses_no_signal(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """A worker SIGKILLed twice at random points of a 5,000-signal stream, restarted each
    time, leaves every signal an incident, a dead letter or not relevant, as replay does
    (duplicates allowed, recognised by id), and still raises alerts."""
    model = repo_root / "models" / "threat-classifier"
    signals = make_signals(SIGNALS)
    ref = reference(signals, model)
    assert ref.alerts and ref.dead_letter_signals  # the input exercises both paths
    run = LiveRun(broker.bootstrap, tmp_path, model)
    kill_points = sorted(random.Random(9).sample(range(SIGNALS // 10, SIGNALS * 9 // 10), KILLS))
    try:
        worker, _ = await run.start_worker()
        producing = asyncio.create_task(produce(broker.bootstrap, run.topic("signals"), signals))
        for at in kill_points:
            await wait_progress(run, at)
            worker.kill()
            worker, _ = await run.start_worker()
        await producing
        result = await wait_accounted(run, ref)
    finally:
        run.stop_all()
    assert result.missing_incidents == set(), result.figures()
    assert result.missing_dead_letters == set(), result.figures()
    assert result.unexpected == set(), result.figures()
    assert result.live_alerts, result.figures()
