"""WebhookDeliverer against a real aiohttp receiver on 127.0.0.1 (no mocks, no sleeps)."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from standardwebhooks import Webhook

from earlywarn.alert.webhook import WebhookDeliverer
from earlywarn.clock import ManualClock
from earlywarn.config import MatchConfig, RetryConfig, SubscriptionConfig
from earlywarn.metrics import Metrics
from earlywarn.model import (
    Alert,
    AlertStatus,
    Category,
    Contribution,
    Escalation,
    Level,
    SignalKind,
)
from earlywarn.reasons import DeadLetterReason, DeliveryOutcome

pytestmark = pytest.mark.integration

SECRET = "whsec_" + base64.b64encode(b"integration-test-signing-key-32b").decode()
RETRY = RetryConfig(
    max_attempts=4,
    initial_backoff_seconds=1.0,
    max_backoff_seconds=30.0,
    multiplier=2.0,
    jitter=0.0,
)

Reply = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Receiver:
    """A webhook receiver that answers from a script and records every request."""

    base_url: str = ""
    replies: dict[str, list[Reply]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)

    def script(self, path: str, *replies: Reply) -> str:
        self.replies[path] = list(replies)
        return self.base_url + path

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests.append((request.path, dict(request.headers), body))
        queue = self.replies.get(request.path, [])
        reply = queue.pop(0) if len(queue) > 1 else (queue[0] if queue else None)
        if reply is None:
            return web.Response(status=404)
        return await reply(request)


def status(code: int, text: str = "", headers: dict[str, str] | None = None) -> Reply:
    async def reply(_: web.Request) -> web.StreamResponse:
        return web.Response(status=code, text=text, headers=headers)

    return reply


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    recv = Receiver()
    app = web.Application()
    app.router.add_post("/{name}", recv.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    recv.base_url = f"http://127.0.0.1:{port}"
    yield recv
    await runner.cleanup()


@dataclass
class Harness:
    deliverer: WebhookDeliverer
    metrics: Metrics
    delays: list[float]


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)  # record instead of waiting

    metrics = Metrics()
    # Real time: the reference verifier refuses timestamps more than 5 minutes off.
    clock = ManualClock(datetime.now(UTC))
    async with aiohttp.ClientSession() as session:
        yield Harness(
            WebhookDeliverer(session, RETRY, metrics, clock, sleep=fake_sleep), metrics, delays
        )


def _alert(level: Level = Level.WARNING) -> Alert:
    t0 = datetime(2024, 3, 29, 12, tzinfo=UTC)
    contribution = Contribution(
        "inc-1", "story-1", t0, "Ataque en Pataz", "https://news.example/1", SignalKind.NEWS, "rpp"
    )
    return Alert.of(
        Escalation(
            region="13",
            region_name="La Libertad",
            category=Category.ARMED_ATTACK,
            status=AlertStatus.FIRING,
            level=level,
            window_start=t0 - timedelta(hours=23),
            window_end=t0 + timedelta(hours=1),
            count=6,
            baseline=0.2,
            threshold=3.0,
            score=2.0,
            rule="poisson_upper_0.99",
            reason="armed_attack in La Libertad: 6 incidents in 24h vs 0.20 expected (threshold 3)",
            episode_started_at=t0,
            contributions=(contribution,),
        )
    )


def _sub(name: str, url: str, **match: object) -> SubscriptionConfig:
    return SubscriptionConfig(name=name, url=url, match=MatchConfig.model_validate(match))


def _count(h: Harness, name: str, outcome: DeliveryOutcome) -> float:
    value = h.metrics.registry.get_sample_value(
        "earlywarn_webhook_deliveries_total", {"subscription": name, "outcome": outcome.value}
    )
    return value or 0.0


async def test_delivered_and_verified_by_the_reference_library(
    receiver: Receiver, harness: Harness
) -> None:
    """A 2xx delivers once; the receiver verifies the signature with standardwebhooks."""
    alert = _alert()
    url = receiver.script("/ops", status(204))
    result = await harness.deliverer.deliver(alert, _sub("ops", url), [SECRET])
    assert (result.outcome, result.attempts, result.status) == (DeliveryOutcome.DELIVERED, 1, 204)
    assert result.dead_letter is None
    [(_, headers, body)] = receiver.requests
    payload = Webhook(SECRET).verify(body, headers)
    assert payload["id"] == alert.id == headers["webhook-id"]
    assert payload["level"] == "warning"
    assert headers["Content-Type"] == "application/json"
    assert _count(harness, "ops", DeliveryOutcome.DELIVERED) == 1
    latency = harness.metrics.registry.get_sample_value(
        "earlywarn_webhook_request_duration_seconds_count", {"subscription": "ops"}
    )
    assert latency == 1


async def test_server_errors_are_retried_with_the_same_webhook_id(
    receiver: Receiver, harness: Harness
) -> None:
    """500, 500, 200 → delivered after three attempts, all with one webhook-id, backing off."""
    url = receiver.script("/ops", status(500), status(500), status(200))
    result = await harness.deliverer.deliver(_alert(), _sub("ops", url), [SECRET])
    assert (result.outcome, result.attempts) == (DeliveryOutcome.DELIVERED, 3)
    ids = {headers["webhook-id"] for _, headers, _ in receiver.requests}
    assert ids == {_alert().id}
    assert len(receiver.requests) == 3
    assert harness.delays == [1.0, 2.0]
    assert _count(harness, "ops", DeliveryOutcome.RETRIED) == 2
    depth = harness.metrics.registry.get_sample_value(
        "earlywarn_webhook_retry_queue_depth", {"subscription": "ops"}
    )
    assert depth == 0


async def test_client_error_is_a_dead_letter_with_the_response_body(
    receiver: Receiver, harness: Harness
) -> None:
    """400 is not retried; the dead letter keeps the status and the receiver's explanation."""
    url = receiver.script("/ops", status(400, "missing field 'region'"))
    result = await harness.deliverer.deliver(_alert(), _sub("ops", url), [SECRET])
    assert (result.outcome, result.attempts, result.status) == (DeliveryOutcome.REJECTED, 1, 400)
    assert result.dead_letter is not None
    assert result.dead_letter.reason is DeadLetterReason.WEBHOOK_REJECTED
    assert "400" in result.dead_letter.error
    assert "missing field 'region'" in result.dead_letter.error
    assert json.loads(result.dead_letter.payload)["id"] == _alert().id
    assert result.dead_letter.source == "ops"
    assert SECRET not in result.dead_letter.error
    assert harness.delays == []


async def test_gone_stops_delivery(receiver: Receiver, harness: Harness) -> None:
    """410 Gone ends delivery at once with a WEBHOOK_GONE dead letter."""
    url = receiver.script("/ops", status(410, "endpoint retired"))
    result = await harness.deliverer.deliver(_alert(), _sub("ops", url), [SECRET])
    assert result.outcome is DeliveryOutcome.GONE
    assert result.dead_letter is not None
    assert result.dead_letter.reason is DeadLetterReason.WEBHOOK_GONE
    assert _count(harness, "ops", DeliveryOutcome.GONE) == 1


async def test_retry_after_is_honoured_and_capped(receiver: Receiver, harness: Harness) -> None:
    """429 with Retry-After waits that long, never more than max_backoff."""
    url = receiver.script(
        "/ops",
        status(429, headers={"Retry-After": "7"}),
        status(503, headers={"Retry-After": "3600"}),
        status(200),
    )
    result = await harness.deliverer.deliver(_alert(), _sub("ops", url), [SECRET])
    assert (result.outcome, result.attempts) == (DeliveryOutcome.DELIVERED, 3)
    assert harness.delays == [7.0, 30.0]


async def test_receiver_down_exhausts_retries(harness: Harness) -> None:
    """A closed port is retried with backoff, then parked as RETRIES_EXHAUSTED."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed when the block ends: nothing listens there
    result = await harness.deliverer.deliver(
        _alert(), _sub("ops", f"http://127.0.0.1:{port}/hook"), [SECRET]
    )
    assert (result.outcome, result.attempts, result.status) == (DeliveryOutcome.EXHAUSTED, 4, None)
    assert harness.delays == [1.0, 2.0, 4.0]
    assert result.dead_letter is not None
    assert result.dead_letter.reason is DeadLetterReason.RETRIES_EXHAUSTED


async def test_missing_secret_is_never_sent_unsigned(receiver: Receiver, harness: Harness) -> None:
    """Without a secret nothing is posted; the alert is parked saying which variable to set."""
    url = receiver.script("/ops", status(200))
    result = await harness.deliverer.deliver(_alert(), _sub("ops", url), [])
    assert result.outcome is DeliveryOutcome.REJECTED
    assert result.dead_letter is not None
    assert "EARLYWARN_WEBHOOK_SECRET" in result.dead_letter.error
    assert receiver.requests == []


async def test_deliver_all_routes_and_a_slow_endpoint_delays_no_one(
    receiver: Receiver, harness: Harness
) -> None:
    """Matched subscriptions are delivered concurrently; unmatched ones get nothing."""
    fast_done = asyncio.Event()

    async def slow(_: web.Request) -> web.StreamResponse:
        # Answers only once the fast endpoint has been served: sequential delivery would hang.
        await asyncio.wait_for(fast_done.wait(), timeout=5)
        return web.Response(status=200)

    async def fast(_: web.Request) -> web.StreamResponse:
        fast_done.set()
        return web.Response(status=200)

    subs = [
        _sub("slow", receiver.script("/slow", slow)),
        _sub("fast", receiver.script("/fast", fast)),
        _sub("puno", receiver.script("/puno", status(200)), departments=("21",)),
    ]
    results = await harness.deliverer.deliver_all(
        _alert(), subs, {"slow": [SECRET], "fast": [SECRET], "puno": [SECRET]}
    )
    assert [(r.subscription, r.outcome) for r in results] == [
        ("slow", DeliveryOutcome.DELIVERED),
        ("fast", DeliveryOutcome.DELIVERED),
    ]
    assert sorted(path for path, _, _ in receiver.requests) == ["/fast", "/slow"]
