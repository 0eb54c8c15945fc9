"""Scale out and back: a second worker joins mid-stream and later leaves; no alert changes.

Its incidents partitions, and with them the departments' detector state (the state
topic), move to the second worker and back; its alerts partitions, and with them the
pending webhook deliveries (the outbox topic), do the same. The alert set
(``faults_kit.AlertKey``) must equal replay's, which is a single worker's
(test_live_equals_replay_at_scale.py), and every alert must reach the webhook. A second
test has alerts arriving at a stopping worker's deliver agent, so many of its batches are
cut short by Ctrl-C or by the revocation (without held messages it lost alerts in each of
2 runs, 5 of 1,000 in the one counted).
"""

from __future__ import annotations

import asyncio
import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from faults_kit import (
    LiveRun,
    make_signals,
    read_all,
    reference,
    scale_out_and_back,
    wait_accounted,
)

from earlywarn.model import Alert, AlertStatus, Category, Escalation, Level, dumps
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import WebhookRecorder, wait_for_metric

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


def _alert(n: int) -> Alert:
    """The n-th of a series of alerts, each its own episode (own fingerprint and id)."""
    started = datetime(2024, 3, 1, tzinfo=UTC) + timedelta(hours=n)
    return Alert.of(
        Escalation(
            region="13",
            region_name="La Libertad",
            category=Category.ARMED_ATTACK,
            status=AlertStatus.FIRING,
            level=Level.WATCH,
            window_start=started - timedelta(hours=24),
            window_end=started,
            count=3,
            baseline=0.15,
            threshold=3.0,
            score=1.0,
            rule="nb_cusum_h3.3",
            reason="armed_attack: 3 incidents in 24h vs 0.15 expected (threshold 3)",
            episode_started_at=started,
        )
    )


async def _publish_paced(bootstrap: str, topic: str, alerts: list[Alert]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        sent = []
        for alert in alerts:
            sent.append(
                await producer.send(topic, dumps(alert.to_dict()), key=alert.fingerprint.encode())
            )
            await asyncio.sleep(0.002)  # a rate, not a wait: alerts keep arriving as it stops
        await asyncio.gather(*sent)
    finally:
        await producer.stop()


async def test_alerts_reaching_a_worker_as_it_stops_are_delivered_by_the_one_that_stays(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """Alerts keep arriving while one of two workers stops with Ctrl-C: every one reaches the
    webhook, including those its deliver agent had taken but not yet put in the outbox
    (Faust acks such a batch as it stops; they stay uncommitted and the other worker reads
    them again)."""
    alerts = [_alert(n) for n in range(1000)]
    receiver = await WebhookRecorder().start()
    run = LiveRun(
        broker.bootstrap,
        tmp_path,
        repo_root / "models" / "threat-classifier",
        alert={
            "allow_private_networks": ["127.0.0.1/32"],
            "subscriptions": [{"name": "ops", "url": receiver.url, "secret_env": "SCALE_SECRET"}],
        },
        env={"SCALE_SECRET": SECRET},
    )
    try:
        await run.start_worker()
        second, base = await run.start_worker()
        sending = asyncio.create_task(_publish_paced(run.bootstrap, run.topic("alerts"), alerts))
        # Stopped while it delivers, with alerts still arriving.
        await wait_for_metric(
            base, "earlywarn_webhook_deliveries_total", 5, subscription="ops", outcome="delivered"
        )
        exit_code = await asyncio.to_thread(second.stop)
        await sending
        delivered = await receiver.wait_for(
            lambda requests: {r.headers["webhook-id"] for r in requests} >= {a.id for a in alerts}
        )
    finally:
        run.stop_all()
        await receiver.stop()
    assert exit_code == 0
    assert {r.headers["webhook-id"] for r in delivered} >= {a.id for a in alerts}
