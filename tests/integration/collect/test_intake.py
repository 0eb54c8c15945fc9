"""The field intake endpoint over real HTTP on 127.0.0.1, with a real aiohttp client."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from earlywarn.clock import ManualClock
from earlywarn.collect.intake import add_intake_routes
from earlywarn.config import IntakeConfig
from earlywarn.metrics import Metrics
from earlywarn.model import Signal, SignalKind
from earlywarn.reasons import DeadLetterReason
from earlywarn.testing import ListSink

pytestmark = pytest.mark.integration

NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
CFG = IntakeConfig(max_body_bytes=2048, max_signals_per_request=3)


def report(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": "Cobro de cupos en Secocha",
        "text": "Mineros denuncian extorsión.",
        "published_at": "2024-05-10T06:00:00-05:00",
        "lat": -16.2,
        "lon": -73.1,
    }
    base.update(fields)
    return base


@dataclass
class Intake:
    url: str
    client: aiohttp.ClientSession
    sink: ListSink
    metrics: Metrics

    async def post(self, **kwargs: Any) -> tuple[int, dict[str, Any], aiohttp.ClientResponse]:
        async with self.client.post(self.url, **kwargs) as resp:
            return resp.status, await resp.json(), resp

    def requests(self, code: int) -> float:
        value = self.metrics.registry.get_sample_value(
            "earlywarn_intake_requests_total", {"code": str(code)}
        )
        return value or 0.0


StartIntake = Callable[..., Awaitable[Intake]]


@pytest.fixture
async def start_intake() -> AsyncIterator[StartIntake]:
    servers: list[TestServer] = []
    clients: list[aiohttp.ClientSession] = []

    async def start(token: str | None = TOKEN, cfg: IntakeConfig = CFG) -> Intake:
        sink, metrics = ListSink(), Metrics()
        app = web.Application()
        secret = SecretStr(token) if token is not None else None
        add_intake_routes(app, sink, secret, cfg, ManualClock(NOW), metrics)
        server = TestServer(app, host="127.0.0.1", port=0)
        await server.start_server()
        servers.append(server)
        client = aiohttp.ClientSession()
        clients.append(client)
        return Intake(str(server.make_url("/v1/signals")), client, sink, metrics)

    yield start
    for client in clients:
        await client.close()
    for server in servers:
        await server.close()


async def test_single_report_is_accepted(start_intake: StartIntake) -> None:
    """A valid report answers 202 with its id, after the sink holds the field signal."""
    intake = await start_intake()
    status, body, _ = await intake.post(json=report(id="r-1"), headers=AUTH)
    assert status == 202
    expected_id = Signal.make_id("intake:intake", "id:r-1")
    assert body == {"accepted": 1, "ids": [expected_id]}
    (signal,) = intake.sink.signals
    assert signal.id == expected_id
    assert signal.kind is SignalKind.FIELD
    assert signal.received_at == NOW
    assert (signal.lat, signal.lon) == (-16.2, -73.1)
    assert intake.requests(202) == 1
    assert (
        intake.metrics.registry.get_sample_value(
            "earlywarn_signals_received_total", {"source_kind": "field", "source": "intake:intake"}
        )
        == 1
    )


async def test_resending_gives_the_same_id(start_intake: StartIntake) -> None:
    """A retried report without client id gets the same id (content hash), so retries are safe."""
    intake = await start_intake()
    first = await intake.post(json=report(), headers=AUTH)
    second = await intake.post(json=report(), headers=AUTH)
    assert first[1]["ids"] == second[1]["ids"]


async def test_missing_token_is_401(start_intake: StartIntake) -> None:
    """Without a bearer token the answer is 401 with WWW-Authenticate, and nothing is kept."""
    intake = await start_intake()
    status, body, resp = await intake.post(json=report())
    assert status == 401
    assert "Bearer" in resp.headers["WWW-Authenticate"]
    assert "Authorization: Bearer" in body["error"]
    assert intake.sink.signals == [] and intake.sink.dead_letters == []
    assert intake.requests(401) == 1


@pytest.mark.parametrize("header", ["Bearer wrong", "Basic czNjcmV0", "Bearer ñandú", "Bearer "])
async def test_wrong_token_is_401(start_intake: StartIntake, header: str) -> None:
    """A wrong token, another scheme or a non-ASCII token is refused with 401."""
    intake = await start_intake()
    status, _, resp = await intake.post(
        data=json.dumps(report()).encode(),
        headers={"Authorization": header, "Content-Type": "application/json"},
    )
    assert status == 401
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


async def test_no_configured_token_disables_intake(start_intake: StartIntake) -> None:
    """With no token configured every request is 503 naming the env variable to set."""
    intake = await start_intake(token=None)
    status, body, _ = await intake.post(json=report(), headers=AUTH)
    assert status == 503
    assert body["error"] == "intake disabled: set EARLYWARN_INTAKE_TOKEN"


async def test_not_json_content_type_is_415(start_intake: StartIntake) -> None:
    """A body that is not declared application/json is refused with 415."""
    intake = await start_intake()
    status, body, _ = await intake.post(data="title=x", headers=AUTH)
    assert status == 415
    assert "application/json" in body["error"]


async def test_declared_oversize_body_is_413(start_intake: StartIntake) -> None:
    """A Content-Length over max_body_bytes is refused with 413 before reading."""
    intake = await start_intake()
    payload = json.dumps(report(text="x" * 4000)).encode()
    status, body, _ = await intake.post(
        data=payload, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert status == 413
    assert "2048" in body["error"]


async def test_streamed_oversize_body_is_413(start_intake: StartIntake) -> None:
    """A chunked body without Content-Length is cut off at max_body_bytes with 413."""
    intake = await start_intake()

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"title": "x", "text": "'
        for _ in range(10):
            yield b"y" * 1024
        yield b'"}'

    status, _, _ = await intake.post(
        data=chunks(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert status == 413
    assert intake.requests(413) == 1


async def test_invalid_json_is_400_and_parked(start_intake: StartIntake) -> None:
    """Bytes that are not JSON answer 400 and are parked as a DECODE_ERROR dead letter."""
    intake = await start_intake()
    status, body, _ = await intake.post(
        data=b'{"title": ', headers={**AUTH, "Content-Type": "application/json"}
    )
    assert status == 400
    assert "not valid" in body["error"] and body["field"] is None
    (dead,) = intake.sink.dead_letters
    assert dead.reason is DeadLetterReason.DECODE_ERROR
    assert dead.payload == '{"title": '


async def test_invalid_signal_is_400_naming_the_field_and_parked(start_intake: StartIntake) -> None:
    """An invalid report answers 400 {error, field} and is parked as INVALID_SIGNAL."""
    intake = await start_intake()
    bad = report(lat=123)
    status, body, _ = await intake.post(json=bad, headers=AUTH)
    assert status == 400
    assert body["field"] == "lat"
    assert "between -90 and 90" in body["error"]
    assert intake.sink.signals == []
    (dead,) = intake.sink.dead_letters
    assert dead.reason is DeadLetterReason.INVALID_SIGNAL
    assert dead.stage == "collect.intake"
    assert json.loads(dead.payload) == bad
    assert dead.first_seen == NOW
    assert (
        intake.metrics.registry.get_sample_value(
            "earlywarn_dead_letters_total", {"stage": "collect.intake", "reason": "invalid_signal"}
        )
        == 1
    )


async def test_batch_accepts_valid_and_rejects_invalid(start_intake: StartIntake) -> None:
    """In a batch valid reports are accepted, invalid ones parked, each listed in results."""
    intake = await start_intake()
    batch = {"signals": [report(id="a"), report(title=""), report(id="b")]}
    status, body, _ = await intake.post(json=batch, headers=AUTH)
    assert status == 202
    ids = [Signal.make_id("intake:intake", f"id:{k}") for k in ("a", "b")]
    assert body["accepted"] == 2 and body["rejected"] == 1
    assert body["ids"] == ids
    assert [r["status"] for r in body["results"]] == ["accepted", "rejected", "accepted"]
    assert body["results"][1]["field"] == "title"
    assert intake.sink.signal_ids == ids
    (dead,) = intake.sink.dead_letters
    assert json.loads(dead.payload)["title"] == ""


async def test_batch_with_only_invalid_reports_is_400(start_intake: StartIntake) -> None:
    """A batch with no valid report answers 400, still with per-item results."""
    intake = await start_intake()
    status, body, _ = await intake.post(json={"signals": [{"title": "x"}]}, headers=AUTH)
    assert status == 400
    assert body["results"][0]["field"] == "published_at"
    assert len(intake.sink.dead_letters) == 1


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"signals": [report()] * 4}, "signals"),
        ({"signals": []}, "signals"),
        ({"signals": {"title": "x"}}, "signals"),
        ({"signals": [report()], "extra": 1}, "extra"),
    ],
)
async def test_bad_batch_shape_is_400(
    start_intake: StartIntake, document: dict[str, Any], field: str
) -> None:
    """Too many, empty, non-array batches or extra keys are refused with 400 naming the field."""
    intake = await start_intake()
    status, body, _ = await intake.post(json=document, headers=AUTH)
    assert status == 400
    assert body["field"] == field
    assert intake.sink.signals == []


async def test_broker_down_is_503_then_retry_succeeds(start_intake: StartIntake) -> None:
    """When the sink raises, the client gets 503 with Retry-After; resending the same report
    then succeeds."""
    intake = await start_intake()
    intake.sink.fail_next(1)
    status, body, response = await intake.post(json=report(), headers=AUTH)
    assert status == 503
    assert "retry" in body["error"]
    assert response.headers["Retry-After"] == "2"
    assert intake.sink.signals == []
    status, body, _ = await intake.post(json=report(), headers=AUTH)
    assert status == 202
    assert intake.sink.signal_ids == body["ids"]
    assert intake.requests(503) == 1 and intake.requests(202) == 1
