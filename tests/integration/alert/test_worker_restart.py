"""A worker SIGKILLed with webhook deliveries pending delivers all of them after a restart."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiokafka import AIOKafkaProducer
from delivery_kit import T0, escalation
from standardwebhooks import Webhook

from earlywarn.model import Alert, AlertStatus, Level, dumps
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import WorkerProcess, free_port, until, write_config

pytestmark = pytest.mark.integration

SECRET = "whsec_" + base64.b64encode(b"worker-restart-test-signing-key!").decode()


class SwitchableReceiver:
    """Answers 503 while ``down``, 200 after; records (webhook-id, status) of every POST."""

    def __init__(self) -> None:
        self.down = True
        self.seen: list[tuple[str, int, dict[str, Any]]] = []
        self.runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        headers = {k.lower(): v for k, v in request.headers.items()}
        payload = Webhook(SECRET).verify(body, headers)
        code = 503 if self.down else 200
        self.seen.append((headers["webhook-id"], code, payload))
        return web.Response(status=code)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{self.runner.addresses[0][1]}/hook"

    def accepted(self) -> list[tuple[str, str]]:
        return [(p["fingerprint"], w) for w, code, p in self.seen if code == 200]


async def _until(condition: Callable[[], bool], what: str, timeout: float = 90) -> None:
    await until(condition, what, timeout, interval=0.05)


async def _publish(bootstrap: str, topic: str, alerts: list[Alert]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for alert in alerts:
            await producer.send_and_wait(
                topic, dumps(alert.to_dict()), key=alert.fingerprint.encode()
            )
    finally:
        await producer.stop()


async def test_pending_deliveries_survive_sigkill(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """Alerts pending while the receiver is down are all delivered, once each and in order
    per fingerprint, by a new worker after the first was killed with SIGKILL; a silence made
    through the first worker's API is still there."""
    receiver = SwitchableReceiver()
    url = await receiver.start()
    prefix = f"t{uuid.uuid4().hex[:8]}"
    port = free_port()
    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {"bootstrap_servers": [broker.bootstrap], "topic_prefix": prefix},
            "worker": {"id": prefix, "state_dir": str(tmp_path / "state"), "tick_seconds": 1},
            "http": {"host": "127.0.0.1", "port": port},
            "enrich": {"model_path": str(repo_root / "models" / "threat-classifier")},
            "alert": {
                "allow_private_networks": ["127.0.0.1/32"],
                "retry": {
                    "max_attempts": 10_000,
                    "initial_backoff_seconds": 0.2,
                    "multiplier": 1,
                    "jitter": 0,
                },
                "subscriptions": [{"name": "ops", "url": url, "secret_env": "TEST_RESTART_SECRET"}],
            },
        },
    )
    env = {"TEST_RESTART_SECRET": SECRET, "EARLYWARN_ADMIN_TOKEN": "admin"}
    admin = {"Authorization": "Bearer admin"}
    expected: dict[str, list[str]] = {}
    alerts: list[Alert] = []
    for episode in range(4):
        started = T0 + timedelta(hours=episode)
        steps = [
            Alert.of(escalation(level=Level.WATCH, started=started)),
            Alert.of(escalation(level=Level.CRITICAL, started=started)),
            Alert.of(
                escalation(status=AlertStatus.RESOLVED, level=Level.CRITICAL, started=started)
            ),
        ]
        expected[steps[0].fingerprint] = [a.id for a in steps]
        alerts.extend(steps)
    base = f"http://127.0.0.1:{port}"
    first = WorkerProcess(config, tmp_path / "first.log", env).start()
    second: WorkerProcess | None = None
    try:
        await first.wait_ready(base)
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"{base}/v1/silences",
                json={"matchers": ["department=21"], "duration_seconds": 3600},
                headers=admin,
            ) as response,
        ):
            assert response.status == 201
            silence_id = (await response.json())["id"]
        await _publish(broker.bootstrap, f"{prefix}.alerts", alerts)
        heads = {ids[0] for ids in expected.values()}
        # Every fingerprint's first alert has been tried (and refused) twice: all pending.
        await _until(
            lambda: all(sum(1 for w, _, _ in receiver.seen if w == h) >= 2 for h in heads),
            "every queue retried",
        )
        first.kill()
        tried_before = len(receiver.seen)
        receiver.down = False
        second = WorkerProcess(config, tmp_path / "second.log", env).start()
        await second.wait_ready(base)
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"{base}/v1/silences", headers=admin) as response,
        ):
            # The silence made on the killed worker is still there.
            assert [s["id"] for s in (await response.json())["silences"]] == [silence_id]
        await _until(lambda: len(receiver.accepted()) >= len(alerts), "all delivered")
    finally:
        first.kill()
        if second is not None:
            code = second.stop()
            assert code == 0, second.log_tail()
        if receiver.runner is not None:
            await receiver.runner.cleanup()
    assert tried_before > 0
    accepted = receiver.accepted()
    assert len(accepted) == len({w for _, w in accepted}) == len(alerts)
    for fingerprint, ids in expected.items():
        assert [w for f, w in accepted if f == fingerprint] == ids
