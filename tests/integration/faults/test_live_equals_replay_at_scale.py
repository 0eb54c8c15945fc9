"""The replay contract at scale: thousands of signals, escalations in several departments."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults_kit import LiveRun, make_signals, produce, reference, wait_accounted

from earlywarn.runtime.broker import EmbeddedBroker

pytestmark = pytest.mark.integration


async def test_live_worker_equals_replay_on_a_5000_signal_stream(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """5,000 signals with bursts in three departments give replay's alerts through the live
    worker, although its four incident partitions interleave departments differently."""
    model = repo_root / "models" / "threat-classifier"
    signals = make_signals(5000)
    ref = reference(signals, model)
    assert len({key.region for key in ref.alerts}) >= 2  # escalations in several departments
    run = LiveRun(broker.bootstrap, tmp_path, model)
    try:
        await run.start_worker()
        await produce(broker.bootstrap, run.topic("signals"), signals)
        result = await wait_accounted(run, ref)
    finally:
        run.stop_all()
    assert result.missing_incidents == set(), result.figures()
    assert result.live_alerts == ref.alerts, (
        sorted(result.live_alerts - ref.alerts),
        sorted(ref.alerts - result.live_alerts),
    )
