"""SIGKILLed workers lose nothing and change no alert.

The alert set is ``faults_kit.AlertKey``: per alert, the episode (region × category and the
event time it started), its status and level, and the window and count judged. Copies of an
alert (at-least-once redelivery after a kill) count once; an extra or missing episode, level
or resolution, or one decided at another moment, makes the sets differ. The reference is
replay, which equals an uninterrupted live worker (test_live_equals_replay_at_scale.py).

The issue's full size (5 SIGKILLs during 100,000 signals) runs in ``bench/faults.py``, or
here with EARLYWARN_FAULTS_SIGNALS=100000 EARLYWARN_FAULTS_KILLS=5.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from faults_kit import LiveRun, make_signals, reference, run_with_kills

from earlywarn.runtime.broker import EmbeddedBroker

pytestmark = pytest.mark.integration

SIGNALS = int(os.environ.get("EARLYWARN_FAULTS_SIGNALS", "5000"))
KILLS = int(os.environ.get("EARLYWARN_FAULTS_KILLS", "3"))


async def test_sigkilled_worker_loses_no_signal_and_changes_no_alert(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """A worker SIGKILLed 3 times at random points of a 5,000-signal stream, restarted each
    time, leaves every signal an incident, a dead letter or not relevant, as replay does
    (duplicates allowed, recognised by id), and raises exactly replay's alert set."""
    model = repo_root / "models" / "threat-classifier"
    signals = make_signals(SIGNALS)
    ref = reference(signals, model)
    assert ref.alerts and ref.dead_letter_signals  # the input exercises both paths
    run = LiveRun(broker.bootstrap, tmp_path, model)
    kill_points = random.Random(9).sample(range(SIGNALS // 10, SIGNALS * 9 // 10), KILLS)
    result = await run_with_kills(run, signals, ref, kill_points)
    assert result.missing_incidents == set(), result.figures()
    assert result.missing_dead_letters == set(), result.figures()
    assert result.unexpected == set(), result.figures()
    assert result.live_alerts == ref.alerts, (
        sorted(result.live_alerts - ref.alerts),
        sorted(ref.alerts - result.live_alerts),
    )
