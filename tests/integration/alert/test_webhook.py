"""Dispatcher → real aiohttp receivers on 127.0.0.1: signatures, formats, retries, outbox."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from cloudevents.core.bindings.http import HTTPMessage, from_http_event
from delivery_kit import T0, escalation, subscription
from pydantic import ValidationError
from standardwebhooks import Webhook

from earlywarn.alert.dispatch import Dispatcher
from earlywarn.alert.outbox import MemoryOutboxStore
from earlywarn.alert.silence import SilenceBook, parse_matchers
from earlywarn.alert.ssrf import guarded_connector
from earlywarn.alert.webhook import WebhookDeliverer
from earlywarn.clock import SystemClock
from earlywarn.config import AlertConfig, InhibitRuleConfig, MatchConfig, RetryConfig
from earlywarn.metrics import Metrics
from earlywarn.model import Alert, AlertStatus, Category, DeadLetter, Level
from earlywarn.reasons import DeadLetterReason
from earlywarn.testing import free_port, until

pytestmark = pytest.mark.integration

SECRET = "whsec_" + base64.b64encode(b"integration-test-signing-key-32b").decode()
OLD_SECRET = "whsec_" + base64.b64encode(b"the-previous-signing-key-32bytes").decode()
FAST_RETRY = RetryConfig(
    max_attempts=6, initial_backoff_seconds=0.05, multiplier=2, max_backoff_seconds=5, jitter=0
)
LOCAL = ("127.0.0.1/32",)

Reply = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float
    status: int

    def json(self) -> Any:
        import json

        return json.loads(self.body)


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 that answers from a per-path script and records all."""

    base_url: str = ""
    scripts: dict[str, list[Reply]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def url(self, path: str, *replies: Reply) -> str:
        self.scripts[path] = list(replies)
        return self.base_url + path

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        script = self.scripts.get(request.path, [])
        reply = script.pop(0) if len(script) > 1 else (script[0] if script else status(200))
        response = await reply(request)
        self.seen.append(
            Seen(request.path, dict(request.headers), body, time.monotonic(), response.status)
        )
        self.changed.set()
        return response

    async def wait(self, predicate: Callable[[list[Seen]], bool], timeout: float = 10) -> None:
        async with asyncio.timeout(timeout):
            while not predicate(self.seen):
                self.changed.clear()
                await self.changed.wait()


def status(code: int, text: str = "", headers: dict[str, str] | None = None) -> Reply:
    async def reply(_: web.Request) -> web.StreamResponse:
        return web.Response(status=code, text=text, headers=headers)

    return reply


async def serve(receiver: Receiver, port: int = 0) -> web.AppRunner:
    app = web.Application()
    app.router.add_post("/{name}", receiver.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    receiver.base_url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    return runner


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    recv = Receiver()
    runner = await serve(recv)
    yield recv
    await runner.cleanup()


@dataclass
class Harness:
    """Builds dispatchers that share one outbox store (a restart is a new dispatcher)."""

    store: MemoryOutboxStore = field(default_factory=MemoryOutboxStore)
    parked: list[DeadLetter] = field(default_factory=list)
    metrics: Metrics = field(default_factory=Metrics)
    running: list[tuple[Dispatcher, aiohttp.ClientSession]] = field(default_factory=list)

    async def start(
        self,
        *subs: Any,
        secrets: list[str] | None = None,
        allow: tuple[str, ...] = LOCAL,
        silences: SilenceBook | None = None,
        **alert: Any,
    ) -> Dispatcher:
        config = AlertConfig.model_validate(
            {
                "subscriptions": [s.model_dump(mode="json") for s in subs],
                "allow_private_networks": list(allow),
                "retry": FAST_RETRY.model_dump(),
                **alert,
            }
        )
        session = aiohttp.ClientSession(connector=guarded_connector(allow))

        async def park(letters: Any) -> None:
            self.parked.extend(letters)

        dispatcher = Dispatcher(
            config,
            WebhookDeliverer(session, self.metrics, SystemClock(), allow),
            self.store,
            {s.name: secrets or [SECRET] for s in subs},
            self.metrics,
            SystemClock(),
            park,
            silences=silences,
        )
        await dispatcher.load({0, 1, 2, 3})
        self.running.append((dispatcher, session))
        return dispatcher

    async def stop(self) -> None:
        for dispatcher, session in self.running:
            await dispatcher.close()
            await session.close()
        self.running.clear()

    async def wait_parked(self, count: int, timeout: float = 10) -> None:
        await until(lambda: len(self.parked) >= count, f"{count} parked", timeout)


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    h = Harness()
    yield h
    await h.stop()


def alert(level: Level = Level.WARNING, hours: int = 0, **kwargs: Any) -> Alert:
    return Alert.of(escalation(level=level, started=T0 + timedelta(hours=hours), **kwargs))


async def test_standard_webhook_verified_by_the_reference_library_with_two_secrets(
    receiver: Receiver, harness: Harness
) -> None:
    """During a rotation both the new and the old secret verify the same message."""
    url = receiver.url("/ops", status(204))
    dispatcher = await harness.start(subscription("ops", url), secrets=[SECRET, OLD_SECRET])
    sent = alert()
    await dispatcher.submit([(sent, 0)])
    await receiver.wait(lambda seen: len(seen) == 1)
    [request] = receiver.seen
    headers = {k.lower(): v for k, v in request.headers.items()}
    payload = Webhook(SECRET).verify(request.body, headers)
    assert Webhook(OLD_SECRET).verify(request.body, headers) == payload
    assert payload["id"] == sent.id == headers["webhook-id"]
    assert payload["region"] == {"department_ubigeo": "13", "name": "La Libertad"}
    assert payload["contributing"][0]["url"] == "https://news.example/0"
    assert payload["notification"]["repeat"] == 0
    assert headers["content-type"] == "application/json"


async def test_cloudevents_structured_mode_read_by_the_sdk(
    receiver: Receiver, harness: Harness
) -> None:
    """format: cloudevents gives a CloudEvents 1.0 structured event the SDK parses, signed."""
    url = receiver.url("/ce")
    dispatcher = await harness.start(subscription("ce", url, fmt="cloudevents"))
    sent = alert()
    await dispatcher.submit([(sent, 0)])
    await receiver.wait(lambda seen: len(seen) == 1)
    [request] = receiver.seen
    headers = {k.lower(): v for k, v in request.headers.items()}
    event = from_http_event(HTTPMessage(headers=headers, body=request.body))
    assert event.get_specversion() == "1.0"
    assert event.get_id() == sent.id == headers["webhook-id"]
    assert event.get_type() == "pe.earlywarn.alert.firing"
    assert event.get_subject() == "13/armed_attack"
    data = event.get_data()
    assert isinstance(data, dict) and data["level"] == "warning"
    assert headers["content-type"].startswith("application/cloudevents+json")
    Webhook(SECRET).verify(request.body, headers)


async def test_alertmanager_format_looks_like_alertmanager(
    receiver: Receiver, harness: Harness
) -> None:
    """format: alertmanager sends Alertmanager's webhook JSON, version 4, one alert."""
    url = receiver.url("/am")
    dispatcher = await harness.start(subscription("am", url, fmt="alertmanager"))
    sent = Alert.of(escalation(status=AlertStatus.RESOLVED))
    await dispatcher.submit([(sent, 0)])
    await receiver.wait(lambda seen: len(seen) == 1)
    body = receiver.seen[0].json()
    assert (body["version"], body["status"], body["receiver"]) == ("4", "resolved", "am")
    [am_alert] = body["alerts"]
    assert am_alert["labels"]["department"] == "13"
    assert am_alert["labels"]["category"] == "armed_attack"
    assert am_alert["fingerprint"] == sent.fingerprint
    assert am_alert["endsAt"] == "2024-03-29T15:00:00Z"
    assert "summary" in am_alert["annotations"]


async def test_receiver_down_then_up_gets_every_alert_once_in_order(harness: Harness) -> None:
    """With nothing listening, then a receiver: each webhook-id accepted once, in order per
    fingerprint."""
    port = free_port()
    receiver = Receiver()
    url = f"http://127.0.0.1:{port}/ops"
    dispatcher = await harness.start(subscription("ops", url))
    sequences: dict[str, list[str]] = {}
    batch: list[tuple[Alert, int]] = []
    for episode in range(3):
        steps = [
            alert(Level.WATCH, hours=episode),
            alert(Level.WARNING, hours=episode),
            alert(Level.CRITICAL, hours=episode),
            Alert.of(
                escalation(
                    status=AlertStatus.RESOLVED,
                    level=Level.CRITICAL,
                    started=T0 + timedelta(hours=episode),
                )
            ),
        ]
        sequences[steps[0].fingerprint] = [a.id for a in steps]
        batch.extend((a, episode % 4) for a in steps)
    await dispatcher.submit(batch)

    def retried() -> float:
        value = harness.metrics.registry.get_sample_value(
            "earlywarn_webhook_request_duration_seconds_count", {"subscription": "ops"}
        )
        return value or 0.0

    # every fingerprint has failed at least twice
    await until(lambda: retried() >= 6, "six retries", 10)
    runner = await serve(receiver, port)
    try:
        await receiver.wait(lambda seen: len(seen) >= 12)
        await dispatcher.drained()
    finally:
        await runner.cleanup()
    accepted = [(r.json()["fingerprint"], r.headers["webhook-id"]) for r in receiver.seen]
    assert len(accepted) == len({webhook_id for _, webhook_id in accepted}) == 12
    for fingerprint, expected in sequences.items():
        assert [w for f, w in accepted if f == fingerprint] == expected
    assert harness.parked == []


async def test_server_errors_are_retried_with_the_same_webhook_id(
    receiver: Receiver, harness: Harness
) -> None:
    """500, 500, 200: three attempts, one webhook-id, a fresh timestamp each time."""
    url = receiver.url("/ops", status(500), status(500), status(200))
    dispatcher = await harness.start(subscription("ops", url))
    sent = alert()
    await dispatcher.submit([(sent, 0)])
    await receiver.wait(lambda seen: any(r.status == 200 for r in seen))
    assert [r.status for r in receiver.seen] == [500, 500, 200]
    assert {r.headers["webhook-id"] for r in receiver.seen} == {sent.id}
    await dispatcher.drained()
    assert harness.parked == []


async def test_client_error_is_a_dead_letter_with_the_response_body(
    receiver: Receiver, harness: Harness
) -> None:
    """400 is not retried; the dead letter keeps the status and the receiver's explanation."""
    url = receiver.url("/ops", status(400, "missing field 'region'"))
    dispatcher = await harness.start(subscription("ops", url))
    await dispatcher.submit([(alert(), 0)])
    await harness.wait_parked(1)
    [letter] = harness.parked
    assert letter.reason is DeadLetterReason.WEBHOOK_REJECTED
    assert "HTTP 400" in letter.error and "missing field 'region'" in letter.error
    assert letter.source == "ops"
    assert SECRET not in letter.error and SECRET not in letter.payload
    assert len(receiver.seen) == 1


async def test_gone_disables_the_endpoint_and_survives_a_restart(
    receiver: Receiver, harness: Harness
) -> None:
    """410 parks the alert, disables the endpoint (also after a restart): nothing more is sent."""
    url = receiver.url("/ops", status(410, "retired"))
    dispatcher = await harness.start(subscription("ops", url))
    await dispatcher.submit([(alert(hours=0), 0)])
    await harness.wait_parked(1)
    await dispatcher.submit([(alert(hours=1), 1)])
    await harness.wait_parked(2)
    assert [p.reason for p in harness.parked] == [DeadLetterReason.WEBHOOK_GONE] * 2
    assert len(receiver.seen) == 1
    disabled = harness.metrics.registry.get_sample_value(
        "earlywarn_webhook_endpoint_disabled", {"subscription": "ops"}
    )
    assert disabled == 1
    await harness.stop()
    restarted = await harness.start(subscription("ops", url))
    assert "ops" in restarted.outbox.disabled
    await restarted.submit([(alert(hours=2), 2)])
    await harness.wait_parked(3)
    assert len(receiver.seen) == 1


async def test_retry_after_is_honoured(receiver: Receiver, harness: Harness) -> None:
    """503 with Retry-After: 1 waits a second, although the backoff alone would be 50 ms."""
    url = receiver.url("/ops", status(503, headers={"Retry-After": "1"}), status(200))
    dispatcher = await harness.start(subscription("ops", url))
    await dispatcher.submit([(alert(), 0)])
    await receiver.wait(lambda seen: len(seen) == 2)
    first, second = receiver.seen
    assert second.at - first.at >= 0.95


async def test_retries_exhausted_become_a_dead_letter(harness: Harness) -> None:
    """A receiver that never answers is tried max_attempts times, then parked."""
    url = f"http://127.0.0.1:{free_port()}/ops"
    dispatcher = await harness.start(subscription("ops", url))
    await dispatcher.submit([(alert(), 0)])
    await harness.wait_parked(1)
    [letter] = harness.parked
    assert letter.reason is DeadLetterReason.RETRIES_EXHAUSTED
    assert letter.error.startswith("6 attempts failed")
    assert url not in letter.error  # URLs may embed tokens


async def test_worker_restart_resumes_with_the_same_webhook_id(
    receiver: Receiver, harness: Harness
) -> None:
    """A dispatcher stopped mid-retry is replaced by one that resumes the saved queue: same
    webhook-id, attempt count and due time (Retry-After: 1 s from the first answer)."""
    url = receiver.url("/ops", status(503, headers={"Retry-After": "1"}), status(200))
    first = await harness.start(subscription("ops", url))
    sent = alert()
    await first.submit([(sent, 0)])
    await receiver.wait(lambda seen: len(seen) == 1)
    [key] = first.outbox.queue_keys()
    head = await until(
        lambda: (h := first.outbox.head(key)) is not None and h.attempts > 0 and h,
        "a failed first attempt",
        5,
    )
    retry_at = head.due_at
    await harness.stop()  # as if killed: the outbox says "attempt 1 failed, due in 1 s"
    second = await harness.start(subscription("ops", url))
    restored = second.outbox.head(key)
    assert restored is not None
    assert (restored.id, restored.attempts, restored.due_at) == (sent.id, 1, retry_at)
    await receiver.wait(lambda seen: len(seen) == 2)
    assert [r.headers["webhook-id"] for r in receiver.seen] == [sent.id, sent.id]
    assert receiver.seen[1].at - receiver.seen[0].at >= 0.95
    await second.drained()


async def test_an_alert_submitted_while_stopping_is_saved_for_the_next_owner(
    receiver: Receiver, harness: Harness
) -> None:
    """An alert submitted after the dispatcher closed (a worker stopping) is saved in the
    outbox and not sent by it; the next dispatcher to load the partition sends it, once."""
    url = receiver.url("/ops", status(200))
    stopping = await harness.start(subscription("ops", url))
    await stopping.close()
    sent = alert()
    assert await stopping.submit([(sent, 0)]) == 1
    assert stopping.outbox.queue_keys()  # saved, not started
    successor = await harness.start(subscription("ops", url))
    await receiver.wait(lambda seen: len(seen) == 1)
    await successor.drained()
    assert [r.headers["webhook-id"] for r in receiver.seen] == [sent.id]


async def test_a_slow_endpoint_delays_no_other(receiver: Receiver, harness: Harness) -> None:
    """Endpoints are served independently: the slow one answers only after the fast one."""
    fast_done = asyncio.Event()

    async def slow(_: web.Request) -> web.StreamResponse:
        await asyncio.wait_for(fast_done.wait(), timeout=5)
        return web.Response(status=200)

    async def fast(_: web.Request) -> web.StreamResponse:
        fast_done.set()
        return web.Response(status=200)

    dispatcher = await harness.start(
        subscription("slow", receiver.url("/slow", slow)),
        subscription("fast", receiver.url("/fast", fast)),
    )
    await dispatcher.submit([(alert(), 0)])
    await receiver.wait(lambda seen: len(seen) == 2)
    assert [r.path for r in receiver.seen] == ["/fast", "/slow"]


async def test_concurrency_per_endpoint_is_limited(receiver: Receiver, harness: Harness) -> None:
    """No more than max_concurrency requests are in flight to one endpoint."""
    in_flight, peak = 0, 0

    async def busy(_: web.Request) -> web.StreamResponse:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.05)  # a slow endpoint: holds each request in flight
        in_flight -= 1
        return web.Response(status=200)

    dispatcher = await harness.start(
        subscription("ops", receiver.url("/ops", busy), max_concurrency=2)
    )
    await dispatcher.submit([(alert(hours=h), h % 4) for h in range(8)])
    await receiver.wait(lambda seen: len(seen) == 8)
    assert peak == 2


async def test_private_addresses_are_refused_unless_allowed(
    receiver: Receiver, harness: Harness
) -> None:
    """Without 127.0.0.1 in allow_private_networks a name resolving there is refused when
    connecting (the alert is parked, nothing sent), and an IP literal already in the config."""
    by_name = receiver.url("/named").replace("127.0.0.1", "localhost")
    with pytest.raises(ValidationError, match="allow_private_networks"):
        await harness.start(subscription("ops", receiver.url("/ops")), allow=())
    dispatcher = await harness.start(subscription("named", by_name), allow=())
    await dispatcher.submit([(alert(), 0)])
    await harness.wait_parked(1)
    assert {p.reason for p in harness.parked} == {DeadLetterReason.WEBHOOK_URL_REFUSED}
    assert all("loopback" in p.error for p in harness.parked)
    assert receiver.seen == []


async def test_silenced_and_inhibited_alerts_are_not_sent(
    receiver: Receiver, harness: Harness
) -> None:
    """A silence mutes its matches; a critical alert inhibits watch alerts of its department."""
    book = SilenceBook()
    now = SystemClock().now()
    hour = timedelta(hours=1)
    book.add(parse_matchers(["department=21"]), now - hour, now + hour, "tester", "maintenance")
    rule = InhibitRuleConfig(
        source=MatchConfig(min_level="critical"), target=MatchConfig(max_level="watch")
    )
    dispatcher = await harness.start(
        subscription("ops", receiver.url("/ops")),
        inhibit_rules=[rule.model_dump(mode="json")],
        silences=book,
    )
    critical = alert(Level.CRITICAL, hours=0, category=Category.HOMICIDE)
    muted = alert(Level.WATCH, hours=1)
    silenced = alert(Level.CRITICAL, hours=2, region="21")
    await dispatcher.submit([(critical, 0), (muted, 1), (silenced, 2)])
    await receiver.wait(lambda seen: len(seen) == 1)
    await dispatcher.drained()
    assert [r.headers["webhook-id"] for r in receiver.seen] == [critical.id]


async def test_still_firing_alert_is_repeated_with_a_new_webhook_id(
    receiver: Receiver, harness: Harness
) -> None:
    """After repeat_interval a reminder goes out with its own webhook-id."""
    dispatcher = await harness.start(
        subscription("ops", receiver.url("/ops")), repeat_interval_seconds=0.2
    )
    sent = alert()
    await dispatcher.submit([(sent, 0)])
    await receiver.wait(lambda seen: len(seen) >= 2)
    first, second = receiver.seen[:2]
    assert first.headers["webhook-id"] == sent.id
    assert second.headers["webhook-id"] == f"{sent.id}-r1"
    assert second.json()["notification"]["repeat"] == 1
    assert second.at - first.at >= 0.15


async def test_group_wait_holds_a_new_group(receiver: Receiver, harness: Harness) -> None:
    """With group_wait, the first message of a new group goes out only after the wait."""
    dispatcher = await harness.start(
        subscription("ops", receiver.url("/ops")), group_wait_seconds=0.4
    )
    started = time.monotonic()
    await dispatcher.submit([(alert(), 0)])
    await receiver.wait(lambda seen: len(seen) == 1)
    assert receiver.seen[0].at - started >= 0.35


async def test_logs_never_carry_secrets_signatures_or_urls(
    receiver: Receiver, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """Retries and dead letters are logged by subscription name only."""
    caplog.set_level(logging.DEBUG)
    url = receiver.url("/ops-token-abc123", status(503), status(400, "no"))
    dispatcher = await harness.start(subscription("ops", url))
    await dispatcher.submit([(alert(), 0)])
    await harness.wait_parked(1)
    signatures = [r.headers["webhook-signature"] for r in receiver.seen]
    text = "\n".join(r.getMessage() + repr(r.__dict__) for r in caplog.records)
    assert "ops" in text
    for secret in (SECRET, "ops-token-abc123", *signatures):
        assert secret not in text
