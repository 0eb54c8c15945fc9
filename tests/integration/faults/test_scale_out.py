"""Scale out and back: a second worker joins mid-stream and later leaves; no alert changes.

Its incidents partitions, and with them the departments' detector state (the state
topic), move to the second worker and back; its alerts partitions, and with them the
pending webhook deliveries (the outbox topic), do the same. The alert set
(``faults_kit.AlertKey``) must equal replay's, which is a single worker's
(test_live_equals_replay_at_scale.py), and every alert must reach the webhook.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from faults_kit import (
    LiveRun,
    make_signals,
    read_all,
    reference,
    scale_out_and_back,
    wait_accounted,
)

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import WebhookRecorder

pytestmark = pytest.mark.integration

SIGNALS = 4_000
CHUNK = 200  # signals produced per commit of the group: the stream flows for ~20 s
SECRET = "whsec_" + base64.b64encode(b"scale-out-test-signing-key-0123").decode()


async def test_second_worker_joining_and_leaving_mid_stream_changes_no_alert(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """A second worker joins early in a 4,000-signal stream, detects for the departments
    it is given (their state read from the state topic) and leaves with Ctrl-C while the
    stream still flows: every signal is accounted for, the alert set equals replay's, and
    every alert reaches the webhook at least once."""
    model = repo_root / "models" / "threat-classifier"
    signals = make_signals(SIGNALS)
    ref = reference(signals, model)
    assert len({key.region for key in ref.alerts}) >= 2  # state to move in several departments
    receiver = await WebhookRecorder().start()
    run = LiveRun(
        broker.bootstrap,
        tmp_path,
        model,
        alert={
            "allow_private_networks": ["127.0.0.1/32"],
            "subscriptions": [{"name": "ops", "url": receiver.url, "secret_env": "SCALE_SECRET"}],
        },
        env={"SCALE_SECRET": SECRET},
    )
    try:
        scaled = await scale_out_and_back(run, signals, CHUNK)
        result = await wait_accounted(run, ref)
        alert_ids = {a["id"] for a in await read_all(run.bootstrap, run.topic("alerts"))}
        delivered = await receiver.wait_for(
            lambda requests: {r.headers["webhook-id"] for r in requests} >= alert_ids
        )
    finally:
        run.stop_all()
        await receiver.stop()
    assert scaled.exit_code == 0 and scaled.left_at < SIGNALS, scaled  # left mid-stream
    assert result.missing_incidents == set(), result.figures()
    assert result.missing_dead_letters == set(), result.figures()
    assert result.unexpected == set(), result.figures()
    assert result.live_alerts == ref.alerts, (
        sorted(result.live_alerts - ref.alerts),
        sorted(ref.alerts - result.live_alerts),
    )
    assert {r.headers["webhook-id"] for r in delivered} >= alert_ids
