"""The broker is SIGKILLed and restarted while field reports and a feed flow in.

The broker stores in S3 (tansu's ``s3://`` engine against moto on 127.0.0.1), so what it
had acknowledged survives; the worker and its collectors must ride through the outage:
the intake answers 503 with ``Retry-After`` (never a 202 it cannot keep), the feed poller
keeps unpublished items for a later poll, the agents reconnect, and every signal ends an
incident, a dead letter, or not relevant exactly as replay classes it.
"""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from durable_broker import S3Emulator, durable_broker, kill_broker
from faults_kit import LiveRun, make_signals, read_all, reference, wait_accounted

from earlywarn.model import Signal
from earlywarn.runtime.topics import TopicNames, ensure_topics
from earlywarn.testing import (
    FeedServer,
    WebhookRecorder,
    WorkerProcess,
    free_port,
    until,
    write_config,
)

pytestmark = pytest.mark.integration

SIGNALS = 3_000
PER_REQUEST = 25


def _rss(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><description>{title}.</description>"
        f"<pubDate>Wed, 31 Dec 2025 08:00:00 -0500</pubDate></item>"
        for guid, title in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>t</title><link>http://example.invalid/</link>{entries}</channel></rss>"
    ).encode()


# Not relevant and dated before the field reports: they test the poller without moving any
# department's event time (live they arrive mid-stream, replay sorts them first).
FEED_BEFORE = [("feed-1", "Festival de música reúne a miles de vecinos en Trujillo")]
FEED_DURING = [*FEED_BEFORE, ("feed-2", "Inauguran posta médica y colegio en Juliaca")]
FEED_TITLES = {title for _, title in FEED_DURING}


@dataclass
class Feeder:
    """A well-behaved intake client: one request at a time, resends after 503 as told."""

    base: str
    token: str
    accepted: set[str] = field(default_factory=set)
    statuses: Counter[int] = field(default_factory=Counter)
    retry_after: set[str] = field(default_factory=set)

    async def run(self, signals: list[Signal]) -> None:
        auth = {"Authorization": f"Bearer {self.token}"}
        async with aiohttp.ClientSession() as session:
            for at in range(0, len(signals), PER_REQUEST):
                body = {"signals": [_report(s) for s in signals[at : at + PER_REQUEST]]}
                while True:
                    async with session.post(
                        f"{self.base}/v1/signals", json=body, headers=auth
                    ) as response:
                        self.statuses[response.status] += 1
                        if response.status == 202:
                            self.accepted.update((await response.json())["ids"])
                            break
                        assert response.status == 503, await response.text()
                        wait = response.headers["Retry-After"]
                        self.retry_after.add(wait)
                    # The protocol under test: the server said when to come back.
                    await asyncio.sleep(min(float(wait), 0.5))


async def _status(url: str, expected: int) -> bool:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status == expected


def _report(signal: Signal) -> dict[str, Any]:
    return {
        "id": signal.id,
        "title": signal.title,
        "text": signal.text,
        "published_at": signal.published_at.isoformat(),
        "language": "es",
    }


async def test_broker_killed_and_restarted_loses_no_signal(tmp_path: Path, repo_root: Path) -> None:
    """SIGKILL of the broker mid-stream, restarted on its port: the intake answers 503 with
    Retry-After meanwhile, every 202-accepted report and every feed item reaches the signals
    topic, each signal is an incident, a dead letter or not relevant as in replay, /readyz
    says 503 then 200 again, and alerts equal replay's and reach the webhook."""
    model = repo_root / "models" / "threat-classifier"
    s3 = S3Emulator(tmp_path / "moto.log").start()
    broker = durable_broker(s3, tmp_path / "tansu.log").start()
    recorder = await WebhookRecorder().start()
    feeds = await FeedServer({"live.xml": _rss(FEED_BEFORE)}).start()
    run = LiveRun(broker.bootstrap, tmp_path, model)
    port, token = free_port(), uuid.uuid4().hex
    secret = "whsec_" + base64.b64encode(uuid.uuid4().bytes * 2).decode()
    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {
                "bootstrap_servers": [broker.bootstrap],
                "topic_prefix": run.prefix,
                "publish_timeout_seconds": 2,
            },
            "worker": {
                "id": run.prefix,
                "state_dir": str(tmp_path / "state"),
                "session_timeout_seconds": 6,
                "tick_seconds": 1,
            },
            "http": {"port": port},
            "intake": {
                "token_env": "TEST_INTAKE_TOKEN",
                "rate_limit": {"per_second": 10_000, "burst": 10_000},
            },
            "demo": {"enabled": False},
            "feeds": [{"id": "live", "url": feeds.url("live.xml"), "interval_seconds": 0.5}],
            "collect": {"allow_private_networks": ["127.0.0.1/32"]},
            "enrich": {"model_path": str(model)},
            "alert": {
                "allow_private_networks": ["127.0.0.1/32"],
                "subscriptions": [
                    {"name": "ops", "url": f"{recorder.url}/hook", "secret_env": "TEST_SECRET"}
                ],
            },
        },
    )
    topics = TopicNames(run.prefix)
    await ensure_topics(broker.bootstrap, topics.all(), 4, compacted=topics.compacted())
    worker = WorkerProcess(
        config, tmp_path / "worker.log", {"TEST_INTAKE_TOKEN": token, "TEST_SECRET": secret}
    )
    base = f"http://127.0.0.1:{port}"
    signals = make_signals(SIGNALS, seed=21)
    feeder = Feeder(base, token)
    try:
        worker.start()
        await worker.wait_ready(base)
        feeding = asyncio.create_task(feeder.run(signals))
        await until(lambda: len(feeder.accepted) >= SIGNALS // 3, "a third accepted")
        kill_broker(broker)
        feeds.documents["live.xml"] = _rss(FEED_DURING)  # a new item while the broker is away
        await until(lambda: feeder.statuses[503] >= 3 or feeding.done(), "503s from the intake")
        assert not feeding.done()  # the outage really fell mid-stream
        await until(lambda: _status(f"{base}/readyz", 503), "/readyz to say not ready", 30, 0.2)
        alerts_before = len(recorder.requests)
        broker.start()
        await feeding
        await worker.wait_ready(base, timeout=60)

        # Every 202 and every feed item is on the signals topic (duplicates allowed).
        async def all_signals_in() -> list[dict[str, Any]] | None:
            records = await read_all(broker.bootstrap, run.topic("signals"))
            ids = {r["id"] for r in records}
            feed_in = {r["title"] for r in records if r["source"] == "live"}
            return records if feeder.accepted <= ids and feed_in >= FEED_TITLES else None

        records = await until(all_signals_in, "every accepted signal on the topic", 60, 0.5)
        feed_titles = {r["title"] for r in records if r["source"] == "live"}
        by_id = {r["id"]: Signal.from_dict(r) for r in records}
        assert feeder.accepted <= set(by_id)
        ref = reference(list(by_id.values()), model)

        result = await wait_accounted(run, ref)
        await until(
            lambda: len(recorder.requests) > alerts_before, "a webhook after the restart", 60
        )
    finally:
        code = worker.stop()
        broker.stop()
        s3.stop()
        await recorder.stop()
        await feeds.stop()
    assert feeder.statuses[503] >= 1 and feeder.retry_after, feeder.statuses
    assert set(feeder.statuses) <= {202, 503}, feeder.statuses
    assert feed_titles == FEED_TITLES
    assert result.missing_incidents == set(), result.figures()
    assert result.missing_dead_letters == set(), result.figures()
    assert result.unexpected == set(), result.figures()
    assert result.live_alerts == ref.alerts, result.figures()
    assert code == 0, worker.log_tail()
